"""Golden test: the seed article's structure, offsets exact (segmentation is deterministic)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from kronika.structure import segment_article
from kronika.types import Article, Segment, SegmentKind

HEADER = " date 2026-01-23 "

# (kind, start, end, how the segment starts, how it ends)
EXPECTED = [
    (SegmentKind.LEDE, 0, 318, "Vlagyimir Putyin orosz elnök", "Alekszandr Koc haditudósító."),
    (SegmentKind.CAPTION, 320, 545, "Donald Trump amerikai és Vlagyimir", "2025. augusztus 15-én"),
    (SegmentKind.CREDIT, 547, 584, "Fotó: ANDREW CABALLERO-REYNOLDS / AFP", "/ AFP"),
    (SegmentKind.SUBHEADING, 586, 621, "Putyin nemet mondott a háttéralkura", "háttéralkura"),
    (SegmentKind.PARAGRAPH, 623, 996, "Putyin és Witkoff tárgyalása", "orosz vagyon terhére."),
    (SegmentKind.BLOCKQUOTE, 998, 1116, "A háttéralku elmarad.", "Harcolunk tovább"),
    (SegmentKind.ATTRIBUTION, 1118, 1136, "– fogalmazott Koc.", "Koc."),
    (SegmentKind.PARAGRAPH, 1138, 1502, "A haditudósító szerint", "Oroszország ellen hangolnia."),
    (
        SegmentKind.PARAGRAPH,
        1504,
        1916,
        "Korábban Zelenszkij bejelentette",
        "időpont megjelölését.",
    ),
]


@pytest.fixture
def seed_text(seed_path: Path) -> str:
    raw = seed_path.read_text(encoding="utf-8")
    assert raw.startswith(HEADER)
    return raw[len(HEADER) :]


def test_seed_segments_match_the_golden_structure_exactly(
    seed_text: str, contract: Callable[[str, Sequence[Segment]], None]
) -> None:
    segments = segment_article(Article(text=seed_text, date=None))
    contract(seed_text, segments)
    assert [(s.kind, s.start, s.end) for s in segments] == [row[:3] for row in EXPECTED]
    for segment, (_, _, _, opening, closing) in zip(segments, EXPECTED, strict=True):
        stretch = seed_text[segment.start : segment.end]
        assert stretch.startswith(opening) and stretch.endswith(closing), stretch


def test_seed_with_its_title_prepended_gains_only_a_headline(seed_text: str) -> None:
    title = "Putyin nemet mondott a háttéralkura"
    text = f"{title}\n\n{seed_text}"
    segments = segment_article(Article(text=text, date=None, title=title))
    offset = len(title) + 2
    assert [(s.kind, s.start, s.end) for s in segments] == [
        (SegmentKind.HEADLINE, 0, len(title)),
        *((kind, start + offset, end + offset) for kind, start, end, _, _ in EXPECTED),
    ]


def test_seed_read_through_the_reader_has_the_golden_kinds(seed_path: Path) -> None:
    from kronika.ingest.readers import ReadOptions, read_inputs
    from kronika.pipeline import Pipeline

    [article] = read_inputs([str(seed_path)], ReadOptions())
    assert isinstance(article, Article)
    structured = Pipeline.build()(article)
    assert [s.kind for s in structured.segments] == [row[0] for row in EXPECTED]
    credit = next(s for s in structured.segments if s.kind is SegmentKind.CREDIT)
    assert "ANDREW CABALLERO-REYNOLDS / AFP" in structured.text[credit.start : credit.end]
