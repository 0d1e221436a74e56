"""Entity linking next to the NLP stage (target: linking adds at most 20% to NLP time).

Run: .venv/bin/pytest benchmarks/test_link_speed.py --benchmark-only
Over the 518 hu-news-scrape articles, already analysed by the NLP stage (outside the timing);
the KB index is built before the clock starts.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

import pytest

from kronika.ingest.readers import ReadOptions, read_inputs
from kronika.link import link_mentions, load_index
from kronika.pipeline import Pipeline
from kronika.types import Article

CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpora"


@pytest.fixture(scope="module")
def analysed() -> tuple[list[Article], float]:
    folder = Path(os.environ.get("KRONIKA_CORPORA", CORPORA)) / "hu-news-scrape"
    if not folder.is_dir():
        pytest.skip(f"corpora not found at {folder.parent} (set KRONIKA_CORPORA)")
    structure = Pipeline.build()
    nlp = Pipeline.build(("nlp.spacy.v1",), given=frozenset({"text", "title", "segments"}))
    articles = [
        structure(a) for a in read_inputs([str(folder)], ReadOptions()) if isinstance(a, Article)
    ]
    nlp(articles[0])
    started = time.perf_counter()
    done = [a for a in nlp.run_batch(articles) if isinstance(a, Article)]
    return done, time.perf_counter() - started


def test_linking_time_next_to_nlp(benchmark: Any, analysed: tuple[list[Article], float]) -> None:
    articles, nlp_seconds = analysed
    index = load_index()

    def run() -> int:
        return sum(len(link_mentions(article, index)) for article in articles)

    mentions = benchmark.pedantic(run, rounds=3, iterations=1)
    benchmark.extra_info["articles"] = len(articles)
    benchmark.extra_info["mentions"] = mentions
    benchmark.extra_info["nlp_seconds"] = round(nlp_seconds, 2)
    benchmark.extra_info["link_vs_nlp"] = round(benchmark.stats.stats.mean / nlp_seconds, 3)
    assert mentions > 1000
