"""What the gold-set evaluators share: the corpus articles they read, how they time the layer
under test apart from the stages before it, and how they turn counts into rates."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from kronika.errors import InputError
from kronika.ingest.readers import ReadOptions, read_inputs
from kronika.pipeline import Pipeline
from kronika.types import Article

T = TypeVar("T")


def nth_occurrence(text: str, needle: str, occurrence: int, overlapping: bool = True) -> int | None:
    """Where the ``occurrence``-th (from 0) occurrence of ``needle`` in ``text`` starts, or
    None. Gold anchors count every occurrence; gold mention surfaces count non-overlapping
    ones (``overlapping=False``)."""
    step = 1 if overlapping else max(len(needle), 1)
    start = -step
    for _ in range(occurrence + 1):
        start = text.find(needle, start + step)
        if start < 0:
            return None
    return start


def ratio(part: int, whole: int) -> float:
    """``part / whole`` to four decimals, 0 when there is nothing to divide by."""
    return round(part / whole, 4) if whole else 0.0


def read_gold_lines(path: Path, parse: Callable[[Mapping[str, Any]], T]) -> list[T]:
    """The gold facts of a JSON-lines file, one per non-blank line, each made by ``parse``.

    A line that is not a JSON object or that ``parse`` rejects (a missing field, a value of
    the wrong kind) raises :class:`InputError` naming ``file:line`` and the problem, and so
    does a file with no facts at all: a gold set that scores nothing is a mistake, not a 0.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read the gold set {path}: {exc}") from exc
    found: list[T] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            if not isinstance(record, dict):
                raise ValueError("the line is not a JSON object")
            found.append(parse(record))
        except KeyError as exc:
            raise InputError(f"{path}:{number}: the gold fact has no {exc} field") from exc
        except (ValueError, TypeError) as exc:
            raise InputError(f"{path}:{number}: not a gold fact ({exc})") from exc
    if not found:
        raise InputError(f"{path}: the gold set holds no facts")
    return found


def read_corpus_articles(corpora: Path, links: Iterable[str] | None = None) -> dict[str, Article]:
    """The hu-news-scrape articles by link (all of them, or those with ``links``); a link
    that appears twice keeps its first copy. Raises :class:`InputError` when the folder is
    missing, or when none of ``links`` is found in it."""
    wanted = set(links) if links is not None else None
    found: dict[str, Article] = {}
    folder = corpora / "hu-news-scrape"
    if not folder.is_dir():
        raise InputError(f"no hu-news-scrape folder under {corpora}; pass --corpora")
    paths = sorted(str(p) for p in folder.glob("*.csv"))
    for item in read_inputs(paths, ReadOptions()):
        if not isinstance(item, Article) or not item.url or item.url in found:
            continue
        if wanted is None or item.url in wanted:
            found[item.url] = item
    if wanted and not found:
        raise InputError(f"none of the gold set's {len(wanted)} articles is in {folder}")
    return found


@dataclass(frozen=True, slots=True)
class TimedRun:
    """Articles by key after a pipeline, the seconds its last component took on its own, the
    seconds of everything before it, and the seconds loading models and indexes took."""

    results: dict[str, Article]
    before_seconds: float
    last_seconds: float
    load_seconds: float


def time_last_component(
    articles: Mapping[str, Article],
    names: Sequence[str],
    options: Mapping[str, Mapping[str, Any]] | None = None,
    batch_size: int = 32,
) -> TimedRun:
    """Run the named components over ``articles``: all but the last in batches, as the batch
    engine runs them, then the last one article by article, timing the two apart. A warm-up
    article loads models and indexes before the clocks start. Articles a component fails on
    are left out of the results."""
    full = Pipeline.build(names, options)
    head = Pipeline(full.specs[:-1], full.components[:-1])
    last = Pipeline(full.specs[-1:], full.components[-1:])
    items = list(articles.items())
    started = time.perf_counter()
    if items:
        full.run_batch([items[0][1]])
    load_seconds = time.perf_counter() - started
    results: dict[str, Article] = {}
    before_seconds = last_seconds = 0.0
    for offset in range(0, len(items), batch_size):
        batch = items[offset : offset + batch_size]
        started = time.perf_counter()
        analysed = head.run_batch([article for _, article in batch])
        before_seconds += time.perf_counter() - started
        for (key, _), result in zip(batch, analysed, strict=True):
            if not isinstance(result, Article):
                continue
            started = time.perf_counter()
            [done] = last.run_batch([result])
            last_seconds += time.perf_counter() - started
            if isinstance(done, Article):
                results[key] = done
    return TimedRun(results, before_seconds, last_seconds, load_seconds)
