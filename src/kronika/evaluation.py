"""What the gold-set evaluators share: the corpus articles they read, how they time the layer
under test apart from the stages before it, and how they turn counts into rates."""

from __future__ import annotations

import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kronika.ingest.readers import ReadOptions, read_inputs
from kronika.pipeline import Pipeline
from kronika.types import Article


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


def read_corpus_articles(corpora: Path, links: Iterable[str] | None = None) -> dict[str, Article]:
    """The hu-news-scrape articles by link (all of them, or those with ``links``); a link
    that appears twice keeps its first copy."""
    wanted = set(links) if links is not None else None
    found: dict[str, Article] = {}
    paths = sorted(str(p) for p in (corpora / "hu-news-scrape").glob("*.csv"))
    for item in read_inputs(paths, ReadOptions()):
        if not isinstance(item, Article) or not item.url or item.url in found:
            continue
        if wanted is None or item.url in wanted:
            found[item.url] = item
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
