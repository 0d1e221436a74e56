"""Ingest + structure + store of the 518 hu-news-scrape articles (target: ≥ 200 articles/s).

Run: .venv/bin/pytest benchmarks/test_ingest_speed.py --benchmark-only
(outside the unit run; needs ../shared/corpora or KRONIKA_CORPORA). Single process, one core.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from kronika.batch import ingest
from kronika.ingest.readers import ReadOptions
from kronika.store import Store

CORPORA = Path(
    os.environ.get("KRONIKA_CORPORA", Path(__file__).resolve().parents[2] / "shared" / "corpora")
)
ARTICLES = 518


@pytest.fixture
def corpus_folder() -> str:
    folder = CORPORA / "hu-news-scrape"
    if not folder.is_dir():
        pytest.skip(f"corpora not found at {CORPORA} (set KRONIKA_CORPORA)")
    return str(folder)


def test_ingest_structure_store_518_articles(
    benchmark: Any, corpus_folder: str, tmp_path: Path
) -> None:
    runs = iter(range(1000))

    def fresh_store() -> tuple[tuple[Store], dict[str, Any]]:
        return (Store(f"sqlite:///{tmp_path / f'bench-{next(runs)}.db'}"),), {}

    def run(store: Store) -> int:
        report = ingest([corpus_folder], store, ReadOptions())
        store.close()
        assert not report.rejected
        return report.ingested + report.near_duplicates

    stored = benchmark.pedantic(run, setup=fresh_store, rounds=5, iterations=1)
    assert stored == ARTICLES
    benchmark.extra_info["articles"] = ARTICLES
    benchmark.extra_info["articles_per_second"] = round(ARTICLES / benchmark.stats.stats.mean, 1)
