from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kronika.types import (
    Article,
    DatePrecision,
    Fingerprint,
    PublicationDate,
    Segment,
    SegmentKind,
    content_id,
)


@st.composite
def articles_with_spans(draw: st.DrawFn) -> tuple[Article, list[tuple[int, int]]]:
    text = draw(st.text(min_size=0, max_size=300))
    bounds = st.integers(min_value=0, max_value=len(text))
    spans = [tuple(sorted(draw(st.tuples(bounds, bounds)))) for _ in range(draw(st.integers(0, 8)))]
    kinds = st.sampled_from(list(SegmentKind))
    segments = tuple(Segment(draw(kinds), s, e) for s, e in spans)
    return Article(text=text, date=None, segments=segments), spans


@given(articles_with_spans())
def test_every_segment_span_slices_back_to_its_text(
    case: tuple[Article, list[tuple[int, int]]],
) -> None:
    article, spans = case
    for segment, (start, end) in zip(article.segments, spans, strict=True):
        assert article.span_text(segment.start, segment.end) == article.text[start:end]
        assert len(article.span_text(segment.start, segment.end)) == end - start


@given(st.text(max_size=50), st.integers(1, 20))
def test_article_refuses_a_segment_past_its_text(text: str, overshoot: int) -> None:
    with pytest.raises(ValueError, match="ends past the text"):
        Article(
            text=text,
            date=None,
            segments=(Segment(SegmentKind.PARAGRAPH, 0, len(text) + overshoot),),
        )


def test_segment_refuses_reversed_or_negative_spans() -> None:
    with pytest.raises(ValueError):
        Segment(SegmentKind.PARAGRAPH, 5, 4)
    with pytest.raises(ValueError):
        Segment(SegmentKind.PARAGRAPH, -1, 4)


def test_article_is_immutable_and_annotations_make_a_new_article() -> None:
    article = Article(text="Putyin nemet mondott.", date=None)
    with pytest.raises(AttributeError):
        article.text = "más"  # type: ignore[misc]
    annotated = article.with_segments((Segment(SegmentKind.LEDE, 0, 21),))
    assert article.segments == ()
    assert annotated.text is article.text and annotated.id == article.id


def test_article_id_is_a_hash_of_the_normalised_text() -> None:
    composed = "Kijevbe érkezett"
    decomposed = "Kijevbe e\u0301rkezett"
    assert content_id(composed) == content_id(decomposed)
    assert content_id(composed) != content_id(composed + ".")
    assert Article(text=composed, date=None).id == content_id(composed)
    assert len(content_id(composed)) == 16


def test_month_precision_date_is_first_of_month_and_prints_as_month() -> None:
    date = PublicationDate(dt.date(2026, 1, 1), DatePrecision.MONTH)
    assert date.isoformat() == "2026-01"
    with pytest.raises(ValueError):
        PublicationDate(dt.date(2026, 1, 23), DatePrecision.MONTH)


@given(st.lists(st.integers(0, 2**32 - 1), min_size=64, max_size=64))
def test_fingerprint_round_trips_through_bytes(values: list[int]) -> None:
    fingerprint = Fingerprint(tuple(values))
    assert Fingerprint.from_bytes(fingerprint.to_bytes()) == fingerprint
    assert fingerprint.similarity(fingerprint) == 1.0
    assert len(set(fingerprint.band_keys())) == 16
