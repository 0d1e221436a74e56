"""A reader for the block-style YAML subset of the congress-legislators files.

Those files use only block mappings, block sequences (``- key: value`` items) and plain or
quoted scalars, one per line. Reading that subset here keeps PyYAML out of the dependencies
for one build-time table; anything outside the subset (flow collections, multi-line scalars,
anchors) raises :class:`~kronika.errors.FormatError` rather than being misread.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from kronika.errors import FormatError

Node = dict[str, "Node"] | list["Node"] | str


@dataclass(frozen=True, slots=True)
class _Line:
    number: int
    indent: int
    text: str


def parse_block_yaml(text: str) -> Node:
    """Parse a block-style YAML document into dicts, lists and strings (scalars stay strings)."""
    lines = list(_significant_lines(text))
    if not lines:
        return {}
    node, end = _parse_node(lines, 0, lines[0].indent)
    if end != len(lines):
        raise FormatError(f"YAML line {lines[end].number}: unexpected indentation")
    return node


def _significant_lines(text: str) -> Iterator[_Line]:
    for number, raw in enumerate(text.splitlines(), start=1):
        stripped = raw.strip()
        if not stripped or stripped.startswith("#") or stripped in {"---", "..."}:
            continue
        if "\t" in raw[: len(raw) - len(raw.lstrip())]:
            raise FormatError(f"YAML line {number}: tabs in indentation")
        yield _Line(number, len(raw) - len(raw.lstrip(" ")), raw.strip())


def _parse_node(lines: list[_Line], start: int, indent: int) -> tuple[Node, int]:
    if lines[start].text.startswith("- ") or lines[start].text == "-":
        return _parse_sequence(lines, start, indent)
    return _parse_mapping(lines, start, indent)


def _parse_sequence(lines: list[_Line], start: int, indent: int) -> tuple[Node, int]:
    items: list[Node] = []
    i = start
    while i < len(lines) and lines[i].indent == indent and lines[i].text.startswith("-"):
        line = lines[i]
        rest = line.text[1:].strip()
        if not rest:
            item, i = _parse_node(lines, i + 1, lines[i + 1].indent)
        elif _split_key(rest) is not None:
            # "- key: value" opens a mapping whose keys sit two columns further in.
            inner = [_Line(line.number, indent + 2, rest), *lines[i + 1 :]]
            item, used = _parse_mapping(inner, 0, indent + 2)
            i += used
        else:
            item, i = _scalar(rest, line.number), i + 1
        items.append(item)
    return items, i


def _parse_mapping(lines: list[_Line], start: int, indent: int) -> tuple[Node, int]:
    mapping: dict[str, Node] = {}
    i = start
    while i < len(lines) and lines[i].indent == indent and not lines[i].text.startswith("- "):
        line = lines[i]
        pair = _split_key(line.text)
        if pair is None:
            raise FormatError(f"YAML line {line.number}: expected 'key: value'")
        key, value = pair
        if value:
            mapping[key] = _scalar(value, line.number)
            i += 1
        elif i + 1 < len(lines) and (
            lines[i + 1].indent > indent
            or (lines[i + 1].indent == indent and lines[i + 1].text.startswith("-"))
        ):
            mapping[key], i = _parse_node(lines, i + 1, lines[i + 1].indent)
        else:
            mapping[key] = ""
            i += 1
    return mapping, i


def _split_key(text: str) -> tuple[str, str] | None:
    if text.startswith(("'", '"')):
        return None
    key, sep, value = text.partition(":")
    if not sep or (value and not value.startswith(" ")):
        return None
    return key.strip(), value.strip()


def _scalar(text: str, number: int) -> str:
    if text.startswith(("[", "{", "&", "*", "|", ">")):
        raise FormatError(f"YAML line {number}: flow collections and block scalars unsupported")
    if len(text) >= 2 and text[0] == text[-1] == "'":
        return text[1:-1].replace("''", "'")
    if len(text) >= 2 and text[0] == text[-1] == '"':
        return text[1:-1].replace('\\"', '"')
    comment = text.find(" #")
    return text[:comment].rstrip() if comment >= 0 else text
