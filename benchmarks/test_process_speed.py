"""The whole pipeline, ingest to stored events, as `kronika process` runs it, over the 518
hu-news-scrape articles (target: ≥ 20 articles/s on one core).

Run: .venv/bin/pytest benchmarks/test_process_speed.py --benchmark-only
(outside the unit run; needs ../shared/corpora or KRONIKA_CORPORA). Single process, one core
(BLAS threads pinned by conftest.py). The NLP model and the KB index are loaded before the
clock starts; each round writes a fresh SQLite store.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from kronika.batch import ingest
from kronika.ingest.readers import ReadOptions
from kronika.pipeline import PROCESS_COMPONENTS, Pipeline
from kronika.store import Store
from kronika.types import Article

CORPORA = Path(
    os.environ.get("KRONIKA_CORPORA", Path(__file__).resolve().parents[2] / "shared" / "corpora")
)
ARTICLES = 518


@pytest.fixture(scope="module")
def corpus_folder() -> str:
    folder = CORPORA / "hu-news-scrape"
    if not folder.is_dir():
        pytest.skip(f"corpora not found at {CORPORA} (set KRONIKA_CORPORA)")
    return str(folder)


def test_process_518_articles_to_stored_events(
    benchmark: Any, corpus_folder: str, tmp_path: Path
) -> None:
    pipeline = Pipeline.build(PROCESS_COMPONENTS)
    pipeline(Article(text="Putyin tárgyalt Witkoff-fal a Kremlben.", date=None, title=None))
    runs = iter(range(1000))

    def fresh_store() -> tuple[tuple[Store], dict[str, Any]]:
        return (Store(f"sqlite:///{tmp_path / f'bench-{next(runs)}.db'}"),), {}

    def run(store: Store) -> int:
        report = ingest([corpus_folder], store, ReadOptions(), pipeline=pipeline)
        events = len(store.events())
        store.close()
        assert not report.rejected
        assert report.ingested + report.near_duplicates == ARTICLES
        return events

    events = benchmark.pedantic(run, setup=fresh_store, rounds=2, iterations=1)
    benchmark.extra_info["articles"] = ARTICLES
    benchmark.extra_info["events"] = events
    benchmark.extra_info["articles_per_second"] = round(ARTICLES / benchmark.stats.stats.mean, 1)
    assert events > ARTICLES
