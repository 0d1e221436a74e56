"""The shipped NLP pipeline over real news (targets: ≥ 10k words/s on one core, ≤ 1 GB).

Run: .venv/bin/pytest benchmarks/test_nlp_speed.py --benchmark-only
The stage as ingest runs it (content segments of every article, nlp.pipe in batches),
over the 518 hu-news-scrape articles; words are the stage's own non-space tokens.
"""

from __future__ import annotations

import resource
from pathlib import Path
from typing import Any

import pytest

from kronika.ingest.readers import ReadOptions, read_inputs
from kronika.nlp.stage import NlpStage
from kronika.pipeline import Pipeline
from kronika.types import Article

CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpora"


@pytest.fixture(scope="module")
def articles() -> list[Article]:
    import os

    folder = Path(os.environ.get("KRONIKA_CORPORA", CORPORA)) / "hu-news-scrape"
    if not folder.is_dir():
        pytest.skip(f"corpora not found at {folder.parent} (set KRONIKA_CORPORA)")
    structure = Pipeline.build()
    return [
        structure(a) for a in read_inputs([str(folder)], ReadOptions()) if isinstance(a, Article)
    ]


def test_nlp_stage_words_per_second_and_peak_memory(
    benchmark: Any, articles: list[Article]
) -> None:
    stage = NlpStage()
    assert stage.nlp.pipe_names  # load the model outside the timing

    def run() -> int:
        return sum(len(result["tokens"]) for result in stage.pipe(articles))

    words = benchmark.pedantic(run, rounds=3, iterations=1)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    benchmark.extra_info["words"] = words
    benchmark.extra_info["words_per_second"] = round(words / benchmark.stats.stats.mean)
    benchmark.extra_info["peak_rss_mb"] = round(peak_mb)
    assert words > 100_000
