"""The store behaves the same on SQLite and PostgreSQL (every test runs on both)."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kronika.corpus.neardup import fingerprint_article
from kronika.errors import ConfigError, NotFoundError, StoreError
from kronika.store import AddStatus, Store, fts5_query
from kronika.types import Article, DatePrecision, PublicationDate, Rejection, Segment, SegmentKind

DAY = PublicationDate(dt.date(2026, 1, 23), DatePrecision.DAY)
TEXT = (
    "Putyin és Witkoff tárgyalása zárt ajtók mögött zajlott a Kremlben, és három és fél órán át "
    "tartott. A megbeszélésen szó esett a Béketanács létrehozásáról, több regionális kérdésről, "
    "valamint a grönlandi helyzetről is. Moszkva kész egymilliárd dollárt befizetni."
)


def article(
    text: str = TEXT, url: str | None = "https://telex.hu/kulfold/a", **kw: object
) -> Article:
    body_start = text.index("A megbeszélésen") if "A megbeszélésen" in text else 0
    segments = (
        (
            Segment(SegmentKind.LEDE, 0, body_start - 1),
            Segment(SegmentKind.PARAGRAPH, body_start, len(text)),
        )
        if body_start
        else (Segment(SegmentKind.PARAGRAPH, 0, len(text)),)
    )
    fields: dict[str, object] = {
        "date": DAY,
        "url": url,
        "outlet": "telex.hu",
        "title": None,
        "source": "feed.jsonl:1",
        "segments": segments,
    }
    fields.update(kw)
    return Article(text=text, **fields)  # type: ignore[arg-type]


def add(store: Store, a: Article) -> object:
    return store.add_article(a, fingerprint_article(a))


def test_article_round_trips_with_segments_and_metadata(store: Store) -> None:
    original = article(title=None, category="Külföld")
    outcome = add(store, original)
    assert outcome.status is AddStatus.NEW  # type: ignore[attr-defined]
    stored = store.get_article(original.id)
    assert stored.article == original
    assert stored.urls == ("https://telex.hu/kulfold/a",)
    for segment in stored.article.segments:
        assert stored.article.text[segment.start : segment.end]


def test_reingest_of_the_same_text_adds_nothing_but_a_new_url(store: Store) -> None:
    first = article()
    add(store, first)
    again = add(store, first)
    other_url = add(store, article(url="https://telex.hu/kulfold/masik-cim"))
    assert again.status is AddStatus.DUPLICATE and other_url.status is AddStatus.DUPLICATE  # type: ignore[attr-defined]
    assert store.stats().articles == 1
    assert store.get_article(first.id).urls == (
        "https://telex.hu/kulfold/a",
        "https://telex.hu/kulfold/masik-cim",
    )


def test_near_duplicate_copy_is_linked_not_double_counted(store: Store) -> None:
    original = article()
    copy = article(TEXT.replace("grönlandi", "a grönlandi") + " (MTI)", url="https://hvg.hu/x")
    add(store, original)
    outcome = add(store, copy)
    assert outcome.status is AddStatus.NEAR_DUPLICATE  # type: ignore[attr-defined]
    assert outcome.duplicate_of == original.id  # type: ignore[attr-defined]
    stats = store.stats()
    assert (stats.articles, stats.near_duplicates) == (1, 1)
    assert [a.id for a in store.list_articles()] == [original.id]
    assert {a.id for a in store.list_articles(include_copies=True)} == {original.id, copy.id}
    assert store.get_article(original.id).copies == (copy.id,)
    assert store.get_article(copy.id).duplicate_of == original.id


def test_different_articles_are_not_linked(store: Store) -> None:
    add(store, article())
    other = article(
        "A kormány szerdán elfogadta a jövő évi költségvetést, amely szerint a hiány csökken. "
        "Az ellenzék szerint a számok nem reálisak, és a parlamentben módosítókat nyújt be.",
        url="https://hvg.hu/y",
    )
    assert add(store, other).status is AddStatus.NEW  # type: ignore[attr-defined]


def test_list_articles_filters_by_outlet_and_dates(store: Store) -> None:
    add(store, article())
    later = PublicationDate(dt.date(2026, 2, 1), DatePrecision.MONTH)
    add(
        store,
        article(
            "Egészen más hír a hónapról, rövid szöveggel.",
            outlet="hvg.hu",
            date=later,
            url="https://hvg.hu/z",
        ),
    )
    assert [a.date for a in store.list_articles()] == ["2026-02", "2026-01-23"]
    assert [a.outlet for a in store.list_articles(outlet="hvg.hu")] == ["hvg.hu"]
    assert len(store.list_articles(since=dt.date(2026, 1, 24))) == 1
    assert len(store.list_articles(until=dt.date(2026, 1, 24))) == 1
    assert len(store.list_articles(limit=1)) == 1


def test_show_accepts_a_unique_prefix_and_reports_unknown_ids(store: Store) -> None:
    a = article()
    add(store, a)
    assert store.get_article(a.id[:8]).article.id == a.id
    with pytest.raises(NotFoundError, match="no article"):
        store.get_article("0123456789abcdef")
    with pytest.raises(NotFoundError, match="hex"):
        store.get_article("xyz")


def test_full_text_search_finds_words_and_inflected_forms(store: Store) -> None:
    a = article(title="Putyin nemet mondott")
    add(store, a)
    add(
        store,
        article(
            "A költségvetési vitában a pénzügyminiszter válaszolt a kérdésekre.",
            url="https://hvg.hu/k",
        ),
    )
    hits = store.search("Putyin")
    assert [h.id for h in hits] == [a.id]
    assert "Putyin" in hits[0].snippet
    assert [h.id for h in store.search("Kremlben")] == [a.id]
    assert [h.id for h in store.search('"zárt ajtók mögött"')] == [a.id]
    assert store.search("Putyin -Witkoff") == []
    assert store.search("Budapest") == []


def test_search_with_no_words_is_a_clear_error(store: Store) -> None:
    with pytest.raises(StoreError, match="no words"):
        store.search('"" -- !!')


def test_rejections_are_rows_with_a_reason_and_clear_when_the_input_succeeds(store: Store) -> None:
    store.record_rejection(Rejection("feed.jsonl:1", "missing 'date'"))
    store.record_rejection(Rejection("feed.jsonl:1", "invalid JSON"))
    store.record_rejection(Rejection("b.txt", "empty file"))
    assert store.rejections() == [
        Rejection("b.txt", "empty file"),
        Rejection("feed.jsonl:1", "invalid JSON"),
    ]
    add(store, article())
    assert store.rejections() == [Rejection("b.txt", "empty file")]
    assert store.stats().rejections == 1


def test_stats_count_segments_outlets_and_dates(store: Store) -> None:
    add(store, article())
    stats = store.stats()
    assert stats.segments_by_kind == {"lede": 1, "paragraph": 1}
    assert stats.articles_by_outlet == {"telex.hu": 1}
    assert (stats.first_date, stats.last_date) == ("2026-01-23", "2026-01-23")


def test_reopening_the_store_keeps_data_and_does_not_remigrate(store_url: str) -> None:
    with Store(store_url) as first:
        add(first, article())
    with Store(store_url) as second:
        assert second.stats().articles == 1


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    text=st.text(
        alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
        min_size=1,
        max_size=200,
    ).filter(str.strip),
    cut=st.integers(0, 200),
)
def test_any_text_and_segments_round_trip(store: Store, text: str, cut: int) -> None:
    text = f"{uuid.uuid4().hex} {text}"  # the store fixture is shared by all examples
    cut = min(cut, len(text))
    a = Article(
        text=text,
        date=None,
        segments=(
            Segment(SegmentKind.PARAGRAPH, 0, cut),
            Segment(SegmentKind.BOILERPLATE, cut, len(text)),
        ),
    )
    add(store, a)
    stored = store.get_article(a.id).article
    assert stored == a
    assert stored.date is None


def test_bad_database_urls_are_config_errors(tmp_path: object) -> None:
    with pytest.raises(ConfigError, match="not a database URL"):
        Store("kronika.db")
    with pytest.raises(ConfigError, match="unsupported database"):
        Store("mysql://u@localhost/x")


def test_unreachable_postgres_is_a_store_error() -> None:
    pytest.importorskip("psycopg")
    with pytest.raises(StoreError, match="cannot open the database"):
        Store("postgresql+psycopg://nobody:secret@127.0.0.1:1/none?connect_timeout=2")


def test_fts5_query_never_passes_user_syntax_through() -> None:
    assert fts5_query("Putyin") == '"Putyin"*'
    assert fts5_query('"zárt ajtók" -Trump OR') == '"zárt ajtók" AND "OR" NOT "Trump"*'
    assert fts5_query("a*b (c") == '("a" "b") AND "c"'
