"""Structure of the 518 scraped articles in hu-news-scrape: the contract and sanity statistics.

The corpus is read at run time from ``KRONIKA_CORPORA`` (default ``../shared/corpora``); no
corpus text is stored in the repository. Its paragraphs are glued together without spaces,
so it exercises the glued-paragraph repair on real pages.
"""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from kronika.structure import segment_article
from kronika.types import Article, Segment, SegmentKind

ARTICLES_IN_CORPUS = 518
# Floors and ceilings with room to spare; raise floors when the rules improve.
MIN_GLUED_BOUNDARIES = 2000
MAX_BOILERPLATE_SHARE = 0.02
MIN_LEDE_SHARE = 0.99
MIN_CAPTIONS = 80
MIN_CREDITS = 200
MIN_SUBHEADINGS = 60

pytestmark = pytest.mark.corpora


@pytest.fixture
def segmented_corpus(corpora: Path) -> list[tuple[Article, tuple[Segment, ...]]]:
    """Every corpus article (skipped cleanly when the corpora are absent) and its segments."""
    articles = []
    for path in sorted((corpora / "hu-news-scrape").glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                title = row["title"].strip() or None
                body = row["body"]
                # the readers' layout: a title leads the text unless the body repeats it
                text = f"{title}\n\n{body}" if title and not body.startswith(title) else body
                articles.append(Article(text=text, date=None, title=title))
    return [(article, segment_article(article)) for article in articles]


def test_every_corpus_article_keeps_the_segmentation_contract(
    segmented_corpus: list[tuple[Article, tuple[Segment, ...]]],
    contract: Callable[[str, Sequence[Segment]], None],
) -> None:
    assert len(segmented_corpus) == ARTICLES_IN_CORPUS
    for article, segments in segmented_corpus:
        contract(article.text, segments)
        if article.title:
            assert segments[0].kind is SegmentKind.HEADLINE


def test_glued_paragraphs_are_repaired_and_little_becomes_boilerplate(
    segmented_corpus: list[tuple[Article, tuple[Segment, ...]]],
) -> None:
    glued = 0
    characters: Counter[SegmentKind] = Counter()
    kinds: Counter[SegmentKind] = Counter()
    with_lede = 0
    for article, segments in segmented_corpus:
        text = article.text
        # a segment that starts right after a non-space character was cut out of glued text
        glued += sum(1 for s in segments if s.start and not text[s.start - 1].isspace())
        for segment in segments:
            characters[segment.kind] += segment.end - segment.start
            kinds[segment.kind] += 1
        with_lede += any(s.kind is SegmentKind.LEDE for s in segments)
    assert glued >= MIN_GLUED_BOUNDARIES
    assert characters[SegmentKind.BOILERPLATE] / sum(characters.values()) < MAX_BOILERPLATE_SHARE
    assert with_lede / len(segmented_corpus) >= MIN_LEDE_SHARE
    assert kinds[SegmentKind.CAPTION] >= MIN_CAPTIONS
    assert kinds[SegmentKind.CREDIT] >= MIN_CREDITS
    assert kinds[SegmentKind.SUBHEADING] >= MIN_SUBHEADINGS
