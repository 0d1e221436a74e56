"""Cutting an article's text into pieces: lines, glued paragraphs, credits and carved junk.

A piece is a trimmed, non-empty stretch of one line. The pieces of a line partition it, so
every non-whitespace character of the text lands in exactly one piece; the text itself is
never touched. Roles are assigned later (:mod:`kronika.structure.roles`); here a piece only
learns why it starts where it does and, for carved stretches, what it already is.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from enum import Enum, auto

from kronika.structure import patterns as p
from kronika.types import SegmentKind


class Cause(Enum):
    """Why a piece starts where it does."""

    LINE = auto()
    SENTENCE_GLUE = auto()
    WORD_GLUE = auto()
    CARVE = auto()
    SENTENCE = auto()


class CreditRole(Enum):
    """What a labelled credit line credits."""

    PHOTO = auto()
    OPENING = auto()
    SOURCE = auto()
    BYLINE = auto()


@dataclass(slots=True)
class Piece:
    """A trimmed stretch ``[start, end)`` of the text with what is known about it so far."""

    start: int
    end: int
    cause: Cause
    kind: SegmentKind | None = None
    credit: CreditRole | None = None


@dataclass(frozen=True, slots=True)
class _Carve:
    """A stretch of a line whose role is known from its own shape (local offsets)."""

    start: int
    end: int
    kind: SegmentKind
    credit: CreditRole | None


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` without surrounding whitespace (``str.isspace``, like the contract)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def cut_pieces(text: str, start: int = 0) -> list[Piece]:
    """The pieces of ``text[start:]``, in order."""
    pieces: list[Piece] = []
    for line in p.LINE.finditer(text, start):
        line_start, line_end = trimmed(text, line.start(), line.end())
        if line_start < line_end:
            pieces.extend(_cut_line(text, line_start, line_end))
    return pieces


def _cut_line(text: str, line_start: int, line_end: int) -> list[Piece]:
    """Partition one trimmed line into pieces."""
    line = text[line_start:line_end]
    carves = _carves(line)
    carve_starts = [carve.start for carve in carves]
    cuts: dict[int, Cause] = {}
    for carve in carves:
        cuts.setdefault(carve.start, Cause.CARVE)
        cuts[carve.end] = Cause.CARVE
    for position, cause in _glue_cuts(line):
        index = bisect_right(carve_starts, position) - 1
        if index < 0 or position >= carves[index].end:  # glue inside a carve is the carve's
            cuts.setdefault(position, cause)
    for position in _caption_cuts(line, carves, sorted(cuts)):
        cuts.setdefault(position, Cause.SENTENCE)
    cuts[0] = Cause.LINE
    carve_at = {carve.start: carve for carve in carves}
    bounds = sorted(cuts)
    pieces: list[Piece] = []
    for begin, finish in zip(bounds, [*bounds[1:], len(line)], strict=True):
        start, end = trimmed(line, begin, finish)
        if start == end:
            continue
        carved = carve_at.get(begin)
        pieces.append(
            Piece(
                line_start + start,
                line_start + end,
                cuts[begin],
                carved.kind if carved else None,
                carved.credit if carved else None,
            )
        )
    return pieces


# --- carving -------------------------------------------------------------------------------


def _carves(line: str) -> list[_Carve]:
    """Credits, bylines, timestamps and embeds of one line, sorted and non-overlapping."""
    labels: list[re.Match[str]] = []
    carves: list[_Carve] = []
    colon = line.find(":")
    while colon != -1:
        if 0 < colon < len(line) - 1 and line[colon - 1].isdigit() and line[colon + 1].isdigit():
            stamp = _timestamp_at(line, colon)
            if stamp is not None:
                _add_carve(carves, stamp)
        elif _may_end_credit_label(line, colon):
            labels.extend(
                label
                for label in p.CREDIT.finditer(line, max(0, colon - p.CREDIT_WINDOW), colon + 1)
                if label.end() == colon + 1
            )
        colon = line.find(":", colon + 1)
    for index, label in enumerate(labels):
        limit = labels[index + 1].start() if index + 1 < len(labels) else len(line)
        end = _credit_end(line, label, limit)
        if end - label.start() <= p.MAX_CREDIT_LENGTH:  # longer: a label in running text
            role = _credit_role(label)
            kind = SegmentKind.BOILERPLATE if role is CreditRole.BYLINE else SegmentKind.CREDIT
            _add_carve(carves, _Carve(label.start(), end, kind, role))
    for trigger, pattern in p.EMBEDS:
        if trigger in line:
            for embed in pattern.finditer(line):
                junk = _Carve(embed.start(), embed.end(), SegmentKind.BOILERPLATE, None)
                _add_carve(carves, junk)
    return carves


def _may_end_credit_label(line: str, colon: int) -> bool:
    """Whether the letter before ``colon`` (past a little whitespace) can end a credit label."""
    index = colon - 1
    while index >= max(0, colon - 8) and line[index].isspace():
        index -= 1
    return index >= 0 and line[index] in p.CREDIT_LABEL_FINALS


def _timestamp_at(line: str, colon: int) -> _Carve | None:
    """The timestamp whose time has its colon at ``colon``, if there is one."""
    before, after = p.TIMESTAMP_WINDOW
    for stamp in p.TIMESTAMP.finditer(line, max(0, colon - before), colon + after):
        if stamp.start() < colon < stamp.end():
            return _Carve(stamp.start(), stamp.end(), SegmentKind.BOILERPLATE, None)
    return None


def _add_carve(carves: list[_Carve], carve: _Carve) -> None:
    """Insert ``carve`` into the sorted ``carves`` unless it overlaps one found before."""
    index = bisect_left(carves, carve.start, key=_carve_start)
    if index and carves[index - 1].end > carve.start:
        return
    if index < len(carves) and carves[index].start < carve.end:
        return
    carves.insert(index, carve)


def _carve_start(carve: _Carve) -> int:
    """Sort key of carves."""
    return carve.start


def _credit_role(label: re.Match[str]) -> CreditRole:
    """What the credit label says it credits."""
    if label.group("opening"):
        return CreditRole.OPENING
    if label.group("source"):
        return CreditRole.SOURCE
    if label.group("byline"):
        return CreditRole.BYLINE
    return CreditRole.PHOTO


def _credit_end(line: str, label: re.Match[str], limit: int) -> int:
    """Where the credit introduced by ``label`` ends: its bracket, a glued sentence, the line."""
    start = label.end()
    opener = label.group("open") or ""
    if opener.startswith("("):
        close = line.find(")", start, min(limit, start + p.MAX_BRACKETED_CREDIT))
        if close != -1:
            return close + 1
    end = limit
    stop = p.CREDIT_STOP.search(line, start, end)
    if stop:
        end = stop.start() + (1 if line[stop.start()] in p.SENTENCE_END else 0)
    for glue in p.SENTENCE_GLUE.finditer(line, start, end):
        if _is_sentence_end(line, glue):
            end = glue.end()
            break
    for glue in p.CREDIT_GLUE.finditer(line, start, end):
        position = glue.start()
        if _starts_sentence(line, position) and not _inside_camel_case(line, position):
            return position
    return end


def _starts_sentence(line: str, position: int) -> bool:
    """Whether running prose (a lowercase word soon) begins at ``position`` of a credit."""
    if line.startswith(("A ", "Az "), position) and line[position - 1].islower():
        return True  # `…/ HírlapA vonat…`: no name part ends in a glued article
    if p.NUMBERED_HEADING.match(line, position):
        return True  # `…/ Kovács Anna2. Az első…`: a numbered heading glued to the credit
    for index, token in enumerate(line[position : position + 80].split(None, 4)[:4]):
        if "/" in token:
            return False
        word = token.strip(",.;:()")
        if index and word[:1].islower() and word not in p.CREDIT_LOWERCASE_WORDS:
            return True
    return False


# --- glued paragraphs ------------------------------------------------------------------------


def _glue_cuts(line: str) -> list[tuple[int, Cause]]:
    """Positions where two paragraphs were glued together with no line break."""
    cuts = [
        (glue.end(), Cause.SENTENCE_GLUE)
        for glue in p.SENTENCE_GLUE.finditer(line)
        if _is_sentence_end(line, glue)
    ]
    cuts.extend(
        (glue.end(), Cause.SENTENCE_GLUE)
        for glue in p.QUOTE_GLUE.finditer(line)
        if glue.start()
        and line[glue.start() - 1] not in p.NOT_BEFORE_CLOSING_QUOTE
        and not line[glue.start() - 1].isspace()
    )
    cuts.extend(
        (glue.start(), Cause.WORD_GLUE)
        for glue in p.WORD_GLUE.finditer(line)
        if _word_before(line, glue.start()).lower() not in p.FUNCTION_WORDS
    )
    return cuts


def _is_sentence_end(line: str, glue: re.Match[str]) -> bool:
    """Whether the stop in ``glue`` ends a sentence, not an initial, abbreviation or domain."""
    stop_start = glue.start()
    stop_end = stop_start
    while stop_end < glue.end() and line[stop_end] in p.SENTENCE_END:
        stop_end += 1
    if (
        line[glue.end() : glue.end() + 1].isdigit()
        and not line[stop_start - 1 : stop_start].islower()
    ):
        return False  # a numbered heading glues only to a word: `lényeg.2. Tervezzünk`
    if line[stop_start:stop_end] != ".":
        return True
    token = _word_before(line, stop_start, str.isalnum)
    if len(token) == 1 and token.isalpha():
        return False  # `J.R.R.Tolkien`, `A.B.`
    if token.lower() in p.ABBREVIATIONS_BEFORE_NAME or (token and p.ROMAN_NUMERAL.fullmatch(token)):
        return False  # `dr.Kovács`, `XIV.Leó`
    word = _word_before(line, stop_start, lambda char: not char.isspace(), p.MAX_URL_LENGTH)
    if "://" in word or "@" in word or word.lower().split(".")[0] == "www":
        return False
    return not (glue.end() == stop_end and p.TOP_LEVEL_DOMAIN.match(line, stop_end))


def _word_before(
    line: str, position: int, belongs: Callable[[str], bool] = str.isalpha, limit: int = 32
) -> str:
    """The run (at most ``limit`` long) of characters satisfying ``belongs`` before ``position``."""
    start = position
    floor = max(0, position - limit)
    while start > floor and belongs(line[start - 1]):
        start -= 1
    return line[start:position]


def _inside_camel_case(line: str, position: int) -> bool:
    """Whether the capital at ``position`` is inside a camel-case name (`YouTube`)."""
    start = max(0, position - p.MAX_CAMEL_CASE_LENGTH)
    end = min(len(line), position + p.MAX_CAMEL_CASE_LENGTH)
    return any(
        name.start() < position < name.end()
        for name in p.CAMEL_CASE_WORD.finditer(line, start, end)
    )


def capital_glues(text: str, pattern: re.Pattern[str], start: int, end: int) -> Iterator[int]:
    """Positions of the zero-width ``pattern`` in ``text[start:end]`` outside camel-case names."""
    for glue in pattern.finditer(text, start, end):
        position = glue.start()
        # lookbehinds see past `start`, but a glue needs text of the piece on both sides
        if (
            position > start
            and not _inside_camel_case(text, position)
            and _word_before(text, position).lower() not in p.FUNCTION_WORDS
        ):
            yield position


# --- captions glued to their credit ----------------------------------------------------------


def _caption_cuts(line: str, carves: list[_Carve], bounds: list[int]) -> list[int]:
    """Sentence boundaries that separate a caption glued to its credit from the prose before."""
    positions: list[int] = []
    for carve in carves:
        if carve.credit not in (CreditRole.PHOTO, CreditRole.SOURCE):
            continue
        index = bisect_left(bounds, carve.start)
        start, end = trimmed(line, bounds[index - 1] if index else 0, carve.start)
        if start == end or p.ENDS_SENTENCE.search(line, start, end):
            continue
        breaks = list(p.SENTENCE_BREAK.finditer(line, start, end))
        if breaks:
            positions.append(breaks[-1].end())
    return positions
