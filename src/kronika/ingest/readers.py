"""Readers: files, directories, globs and stdin in every input format, to Articles or Rejections.

A reader never raises for bad input: each input that cannot become an article yields a
:class:`~kronika.types.Rejection` with a one-line reason naming it, and reading goes on.
"""

from __future__ import annotations

import csv
import glob
import io
import json
import os
import re
import sys
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any, BinaryIO
from urllib.parse import urlsplit

from kronika.errors import DateError, FormatError, InputError
from kronika.ingest.dates import parse_publication_date
from kronika.ingest.decode import decode_bytes
from kronika.types import Article, PublicationDate, Rejection

STDIN = "-"
# Main text shorter than this is navigation or an error page, not an article.
MIN_HTML_ARTICLE_WORDS = 12

_SEED_HEADER = re.compile(r"\A\ufeff?[ \t]*date[ \t]+(\S+)[ \t]?")
# Auto-detection wants a digit after "date", so prose that starts with the word stays text.
_SEED_HEADER_START = re.compile(r"\A\ufeff?[ \t]*date[ \t]+\d")
_SEED_HEADER_SHAPE = re.compile(r"\d{4}-\d{2}(?:-\d{2})?")
_HTML_START = re.compile(
    r"\A\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S
)


class InputFormat(StrEnum):
    """The formats ``--format`` accepts."""

    AUTO = "auto"
    SEED = "seed"
    TEXT = "text"
    JSONL = "jsonl"
    CSV = "csv"
    HTML = "html"


@dataclass(frozen=True, slots=True)
class CsvColumns:
    """Which CSV column holds which article field; defaults fit the hu-news-scrape exports."""

    title: str = "title"
    date: str = "pub_date"
    body: str = "body"
    url: str = "link"
    category: str = "category"
    outlet: str = "outlet"

    @classmethod
    def parse(cls, spec: str) -> CsvColumns:
        """Parse ``body=text,date=published`` into a mapping (unnamed fields keep defaults)."""
        values: dict[str, str] = {}
        known = set(cls.__dataclass_fields__)
        for part in filter(None, (p.strip() for p in spec.split(","))):
            name, sep, column = part.partition("=")
            if not sep or not column.strip():
                raise FormatError(f"column mapping {part!r} is not FIELD=COLUMN")
            if name.strip() not in known:
                raise FormatError(
                    f"unknown article field {name.strip()!r} in column mapping; "
                    f"known: {', '.join(sorted(known))}"
                )
            values[name.strip()] = column.strip()
        return cls(**values)


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """How to read inputs: the format, fallbacks for missing metadata and limits."""

    format: InputFormat = InputFormat.AUTO
    date: PublicationDate | None = None
    outlet: str | None = None
    max_bytes: int = 5_000_000
    columns: CsvColumns = field(default_factory=CsvColumns)


def outlet_from_url(url: str | None) -> str | None:
    """The outlet named by a URL's host, without ``www.``: ``https://www.hvg.hu/x`` → ``hvg.hu``."""
    if not url:
        return None
    host = urlsplit(url.strip()).hostname
    if not host:
        return None
    return host.removeprefix("www.")


def build_article(
    body: str,
    *,
    date: PublicationDate | None,
    source: str,
    title: str | None = None,
    url: str | None = None,
    outlet: str | None = None,
    fallback_outlet: str | None = None,
    category: str | None = None,
    language: str = "hu",
) -> Article:
    """Assemble an article; a title leads the text (``title + "\\n\\n" + body``) unless the body
    already starts with it, so headlines are part of what later stages read. The outlet is the
    record's own, else the URL's host, else ``fallback_outlet`` (``--outlet``)."""
    title = title.strip() if title and title.strip() else None
    body = body.strip()
    if title and not body.startswith(title):
        text = f"{title}\n\n{body}" if body else title
    else:
        text = body
    if not text.strip():
        raise InputError("no article text")
    url = url.strip() if url and url.strip() else None
    return Article(
        text=text,
        date=date,
        url=url,
        outlet=(outlet.strip() if outlet and outlet.strip() else None)
        or outlet_from_url(url)
        or fallback_outlet,
        title=title,
        source=source,
        category=category.strip() if category and category.strip() else None,
        language=language,
    )


def expand_paths(paths: Iterable[str]) -> Iterator[str | Rejection]:
    """Each input path: files as given, directories walked (sorted, hidden names skipped), globs
    expanded; a path that matches nothing is a rejection."""
    for raw in paths:
        if raw == STDIN:
            yield STDIN
            continue
        path = Path(raw)
        if path.is_dir():
            found = sorted(
                str(p)
                for p in path.rglob("*")
                if p.is_file()
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            if not found:
                yield Rejection(raw, "directory holds no files")
            yield from found
        elif path.exists():
            yield raw
        elif glob.has_magic(raw):
            matches = sorted(p for p in glob.glob(raw, recursive=True) if os.path.isfile(p))
            if not matches:
                yield Rejection(raw, "pattern matches no files")
            yield from matches
        else:
            yield Rejection(raw, "no such file or directory")


def read_inputs(
    paths: Iterable[str], options: ReadOptions, stdin: BinaryIO | None = None
) -> Iterator[Article | Rejection]:
    """Articles and rejections from every input, in order."""
    for item in expand_paths(paths):
        if isinstance(item, Rejection):
            yield item
            continue
        yield from read_source(item, options, stdin)


def read_source(
    path: str, options: ReadOptions, stdin: BinaryIO | None = None
) -> Iterator[Article | Rejection]:
    """Articles and rejections from one file (or ``-`` for standard input)."""
    source = "<stdin>" if path == STDIN else path
    try:
        data = _read_limited(path, options.max_bytes, stdin)
        text = decode_bytes(data)
        fmt = detect_format(path, text) if options.format is InputFormat.AUTO else options.format
    except (InputError, OSError) as exc:
        yield Rejection(source, _reason(exc))
        return
    if fmt is InputFormat.JSONL:
        yield from _read_jsonl(text, source, options)
    elif fmt is InputFormat.CSV:
        yield from _read_csv(text, source, options)
    else:
        try:
            if fmt is InputFormat.HTML:
                yield _read_html(text, source, path, options)
            elif fmt is InputFormat.SEED:
                yield _read_seed(text, source, options, require_header=True)
            else:
                yield _read_seed(text, source, options, require_header=False)
        except InputError as exc:
            yield Rejection(source, _reason(exc))


def detect_format(path: str, text: str) -> InputFormat:
    """Choose a reader by content first (a seed header, an HTML page), then by suffix."""
    if _SEED_HEADER_START.match(text):
        return InputFormat.SEED
    suffix = "" if path == STDIN else Path(path).suffix.lower()
    if suffix in {".jsonl", ".ndjson"}:
        return InputFormat.JSONL
    if suffix in {".csv", ".tsv"}:
        return InputFormat.CSV
    if suffix in {".html", ".htm", ".xhtml"} or _HTML_START.match(text):
        return InputFormat.HTML
    if suffix == "" and text.lstrip().startswith("{"):
        return InputFormat.JSONL
    return InputFormat.TEXT


def _reason(exc: BaseException) -> str:
    if isinstance(exc, FileNotFoundError):
        return "no such file"
    if isinstance(exc, IsADirectoryError):
        return "is a directory"
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, OSError):
        return f"cannot be read ({exc.strerror or exc})"
    return str(exc)


def _read_limited(path: str, max_bytes: int, stdin: BinaryIO | None) -> bytes:
    if path == STDIN:
        stream = stdin if stdin is not None else sys.stdin.buffer
        data = stream.read(max_bytes + 1)
    else:
        size = os.stat(path).st_size
        if size > max_bytes:
            raise InputError(
                f"file is {_megabytes(size)}, over the {_megabytes(max_bytes)} limit (--max-bytes)"
            )
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputError(f"input is over the {_megabytes(max_bytes)} limit (--max-bytes)")
    return data


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def _read_seed(text: str, source: str, options: ReadOptions, *, require_header: bool) -> Article:
    """The seed format (`` date YYYY-MM-DD `` then the text on the same line), or plain text."""
    has_header = require_header or _SEED_HEADER_START.match(text)
    match = _SEED_HEADER.match(text) if has_header else None
    if match is None:
        if options.date is None:
            raise DateError(
                "no date header: the text must start with ' date YYYY-MM-DD ' (or pass --date)"
                if require_header
                else "plain text has no date: pass --date YYYY-MM-DD"
            )
        return build_article(text, date=options.date, source=source, fallback_outlet=options.outlet)
    value = match[1]
    if not _SEED_HEADER_SHAPE.fullmatch(value):
        raise DateError(f"malformed date header {value!r}: expected YYYY-MM-DD or YYYY-MM")
    date = parse_publication_date(value)
    body = text[match.end() :]
    if not body.strip():
        raise InputError("no text after the date header")
    return Article(text=body, date=date, outlet=options.outlet, source=source)


def _read_jsonl(text: str, source: str, options: ReadOptions) -> Iterator[Article | Rejection]:
    for number, line in enumerate(io.StringIO(text), start=1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Rejection(where, f"invalid JSON ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(record, dict):
            yield Rejection(where, "a JSONL line must be an object with 'text' and 'date'")
            continue
        try:
            yield _article_from_record(record, where, options)
        except InputError as exc:
            yield Rejection(where, str(exc))


def _article_from_record(record: Mapping[str, Any], where: str, options: ReadOptions) -> Article:
    body = record.get("text")
    if not isinstance(body, str) or not body.strip():
        raise FormatError("missing or empty 'text'")
    for key in ("date", "url", "outlet", "title", "category", "language"):
        if record.get(key) is not None and not isinstance(record[key], str):
            raise FormatError(f"'{key}' must be a string")
    date = _record_date(record.get("date"), options)
    return build_article(
        body,
        date=date,
        source=where,
        title=record.get("title"),
        url=record.get("url"),
        outlet=record.get("outlet"),
        fallback_outlet=options.outlet,
        category=record.get("category"),
        language=record.get("language") or "hu",
    )


def _record_date(value: str | None, options: ReadOptions) -> PublicationDate:
    if value is not None and value.strip():
        return parse_publication_date(value)
    if options.date is not None:
        return options.date
    raise DateError("missing 'date' (or pass --date)")


def _read_csv(text: str, source: str, options: ReadOptions) -> Iterator[Article | Rejection]:
    columns = options.columns
    delimiter = "\t" if source.lower().endswith(".tsv") else ","
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    header = reader.fieldnames or []
    missing = [c for c in (columns.body,) if c not in header]
    if not options.date and columns.date not in header:
        missing.append(columns.date)
    if missing:
        yield Rejection(
            source,
            f"CSV has no column {', '.join(repr(m) for m in missing)} (columns: "
            f"{', '.join(header) or 'none'}); map them with --columns body=COLUMN,date=COLUMN",
        )
        return
    for number, row in enumerate(reader, start=2):
        where = f"{source}:{number}"
        if None in row:
            yield Rejection(where, "row has more fields than the header")
            continue
        try:
            body = row.get(columns.body) or ""
            title = row.get(columns.title)
            if not body.strip() and not (title and title.strip()):
                raise FormatError("empty row: no title and no body")
            yield build_article(
                body,
                date=_record_date(row.get(columns.date), options),
                source=where,
                title=title,
                url=row.get(columns.url),
                outlet=row.get(columns.outlet),
                fallback_outlet=options.outlet,
                category=row.get(columns.category),
            )
        except InputError as exc:
            yield Rejection(where, str(exc))


def _read_html(text: str, source: str, path: str, options: ReadOptions) -> Article:
    from trafilatura import bare_extraction

    extracted = bare_extraction(text, with_metadata=True, include_comments=False)
    document: dict[str, Any] = {}
    if extracted is not None:
        document = extracted if isinstance(extracted, dict) else extracted.as_dict()
    words = len((document.get("text") or "").split())
    if words < MIN_HTML_ARTICLE_WORDS:
        raise FormatError(f"HTML page holds no article text ({words} words of main text)")
    date: PublicationDate | None = None
    if document.get("date"):
        date = parse_publication_date(str(document["date"]))
    elif options.date is not None:
        date = options.date
    else:
        raise DateError("HTML page has no publication date (pass --date)")
    return build_article(
        str(document["text"]),
        date=date,
        source=source,
        title=document.get("title"),
        url=document.get("url"),
        fallback_outlet=options.outlet,
        category=", ".join(document.get("categories") or []) or None,
    )
