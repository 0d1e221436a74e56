"""All of hu-news-scrape goes in, and a second ingest adds nothing (needs ../shared/corpora)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kronika.batch import ingest
from kronika.ingest.readers import ReadOptions
from kronika.store import Store

pytestmark = pytest.mark.corpora


def test_all_hu_news_scrape_articles_ingest_and_reingest_adds_nothing(
    store: Store, corpora: Path
) -> None:
    folder = str(corpora / "hu-news-scrape")
    first = ingest([folder], store, ReadOptions())
    assert first.rejected == []
    assert first.ingested + first.duplicates + first.near_duplicates == 518
    assert first.duplicates == 0
    stats = store.stats()
    assert stats.articles + stats.near_duplicates == 518
    assert set(stats.articles_by_outlet) == {"telex.hu", "magyarnemzet.hu", "mandiner.hu", "hvg.hu"}
    assert stats.first_date is not None and stats.first_date >= "2025-12-20"
    second = ingest([folder], store, ReadOptions())
    assert (second.ingested, second.near_duplicates, second.duplicates) == (0, 0, 518)
    assert second.rejected == []
    assert store.stats() == stats


def test_every_stored_corpus_article_has_segments_that_slice_back(
    store: Store, corpora: Path
) -> None:
    report = ingest([str(corpora / "hu-news-scrape" / "hvg_db.csv")], store, ReadOptions())
    for article_id in report.article_ids:
        article = store.get_article(article_id).article
        assert article.segments
        assert article.title and article.text.startswith(article.title)
        for segment in article.segments:
            assert article.text[segment.start : segment.end].strip()
