"""Time expressions resolved against the publication date (Friday 2026-01-23), by hand-built
articles: each form, the past/future choice by the clause, and what stays unknown."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from kronika.extract.dates import (
    TimeDirection,
    TimeExpression,
    TimePrecision,
    resolve_time_expressions,
)
from kronika.types import DatePrecision, Quote, QuoteKind, SegmentKind

from .conftest import INFINITIVE, PAST, PRESENT, build, plain

D = dt.date


def only(article_text: str) -> TimeExpression:
    article = plain(article_text)
    [found] = resolve_time_expressions(article)
    return found


@pytest.mark.parametrize(
    ("text", "span", "precision", "first", "last"),
    [
        ("2025. augusztus 15-én", "2025. augusztus 15-én", TimePrecision.DAY, D(2025, 8, 15), None),
        ("2025-08-15", "2025-08-15", TimePrecision.DAY, D(2025, 8, 15), None),
        ("2025. 08. 15. délután", "2025. 08. 15.", TimePrecision.DAY, D(2025, 8, 15), None),
        ("január 23-án", "január 23-án", TimePrecision.DAY, D(2026, 1, 23), None),
        ("aug. 15-én este", "aug. 15-én este", TimePrecision.DAY, D(2025, 8, 15), None),
        ("tegnap", "tegnap", TimePrecision.DAY, D(2026, 1, 22), None),
        ("ma este", "ma este", TimePrecision.DAY, D(2026, 1, 23), None),
        ("holnap", "holnap", TimePrecision.DAY, D(2026, 1, 24), None),
        ("a mai napon", "a mai napon", TimePrecision.DAY, D(2026, 1, 23), None),
        ("múlt pénteken", "múlt pénteken", TimePrecision.DAY, D(2026, 1, 16), None),
        ("jövő kedden", "jövő kedden", TimePrecision.DAY, D(2026, 1, 27), None),
        ("múlt héten", "múlt héten", TimePrecision.RANGE, D(2026, 1, 12), D(2026, 1, 18)),
        ("a jövő héten", "a jövő héten", TimePrecision.RANGE, D(2026, 1, 26), D(2026, 2, 1)),
        (
            "a múlt hónapban",
            "a múlt hónapban",
            TimePrecision.MONTH,
            D(2025, 12, 1),
            D(2025, 12, 31),
        ),
        ("idén", "idén", TimePrecision.YEAR, D(2026, 1, 1), D(2026, 12, 31)),
        ("tavaly", "tavaly", TimePrecision.YEAR, D(2025, 1, 1), D(2025, 12, 31)),
        ("2026-ban", "2026-ban", TimePrecision.YEAR, D(2026, 1, 1), D(2026, 12, 31)),
        (
            "2025 decemberében",
            "2025 decemberében",
            TimePrecision.MONTH,
            D(2025, 12, 1),
            D(2025, 12, 31),
        ),
        ("decemberben", "decemberben", TimePrecision.MONTH, D(2025, 12, 1), D(2025, 12, 31)),
        ("tavaly ősszel", "tavaly ősszel", TimePrecision.RANGE, D(2025, 9, 1), D(2025, 11, 30)),
        ("múlt hétvégén", "múlt hétvégén", TimePrecision.RANGE, D(2026, 1, 17), D(2026, 1, 18)),
        (
            "a jövő hétvégén",
            "a jövő hétvégén",
            TimePrecision.RANGE,
            D(2026, 1, 31),
            D(2026, 2, 1),
        ),
        ("a múlt heti", "a múlt heti", TimePrecision.RANGE, D(2026, 1, 12), D(2026, 1, 18)),
        ("a tegnapi", "tegnapi", TimePrecision.DAY, D(2026, 1, 22), None),
        ("télen", "télen", TimePrecision.RANGE, D(2025, 12, 1), D(2026, 2, 28)),
        ("2025 nyarán", "2025 nyarán", TimePrecision.RANGE, D(2025, 6, 1), D(2025, 8, 31)),
        ("2026 elején", "2026 elején", TimePrecision.RANGE, D(2026, 1, 1), D(2026, 5, 1)),
        ("január végén", "január végén", TimePrecision.RANGE, D(2026, 1, 22), D(2026, 1, 31)),
        (
            "március 3. és 5. között",
            "március 3. és 5. között",
            TimePrecision.RANGE,
            D(2026, 3, 3),
            D(2026, 3, 5),
        ),
        (
            "március 3-tól 5-ig",
            "március 3-tól 5-ig",
            TimePrecision.RANGE,
            D(2026, 3, 3),
            D(2026, 3, 5),
        ),
        (
            "2025. március 30-tól április 2-ig",
            "2025. március 30-tól április 2-ig",
            TimePrecision.RANGE,
            D(2025, 3, 30),
            D(2025, 4, 2),
        ),
        (
            "2024 és 2026 között",
            "2024 és 2026 között",
            TimePrecision.RANGE,
            D(2024, 1, 1),
            D(2026, 12, 31),
        ),
    ],
)
def test_each_form_resolves_to_its_dates_and_precision(
    text: str, span: str, precision: TimePrecision, first: dt.date, last: dt.date | None
) -> None:
    found = only(f"Ez {text} történt.")
    assert f"Ez {text} történt."[found.start : found.end] == span
    assert (found.precision, found.first, found.last) == (precision, first, last or first)


def test_korabban_is_a_relative_past_without_a_date() -> None:
    found = only("Korábban Zelenszkij bejelentette a tervet.")
    assert (found.precision, found.first, found.last) == (TimePrecision.NONE, None, None)
    assert found.direction is TimeDirection.PAST and found.relative


def test_a_napokban_is_an_approximate_recent_week() -> None:
    found = only("A napokban több támadás is volt.")
    assert (found.first, found.last, found.approximate) == (D(2026, 1, 17), D(2026, 1, 23), True)


def test_weekday_in_a_past_tense_clause_is_the_last_such_day() -> None:
    article = build("Putyin szerdán/szerda/NOUN/Case=Sup tárgyalt/tárgyal/VERB/" + PAST + " .")
    [found] = resolve_time_expressions(article)
    assert (found.first, found.direction) == (D(2026, 1, 21), TimeDirection.PAST)


def test_weekday_in_a_planned_clause_is_the_next_such_day() -> None:
    article = build(
        "Szerdán/szerda/NOUN/Case=Sup tárgyalni/tárgyal/VERB/"
        + INFINITIVE
        + " fognak/fog/VERB/"
        + PRESENT
        + " ."
    )
    [found] = resolve_time_expressions(article)
    assert (found.first, found.direction) == (D(2026, 1, 28), TimeDirection.FUTURE)


def test_weekday_of_the_publication_day_is_that_day_in_a_past_clause() -> None:
    article = build("Pénteken/péntek/NOUN/Case=Sup tárgyaltak/tárgyal/VERB/" + PAST + " .")
    [found] = resolve_time_expressions(article)
    assert found.first == D(2026, 1, 23)


def test_weekday_in_a_present_clause_takes_the_nearer_day() -> None:
    article = build("Csütörtökön/csütörtök/NOUN/Case=Sup tárgyalnak/tárgyal/VERB/" + PRESENT + " .")
    [found] = resolve_time_expressions(article)
    assert (found.first, found.direction) == (D(2026, 1, 22), TimeDirection.NEAREST)
    later = build("Vasárnap/vasárnap/NOUN tárgyalnak/tárgyal/VERB/" + PRESENT + " .")
    [sunday] = resolve_time_expressions(later)
    assert sunday.first == D(2026, 1, 25)


def test_month_without_a_year_looks_back_or_ahead_by_the_clause() -> None:
    past = build("Decemberben/december/NOUN/Case=Ine tárgyaltak/tárgyal/VERB/" + PAST + " .")
    planned = build(
        "Decemberben/december/NOUN/Case=Ine találkozót/találkozó/NOUN/Case=Acc "
        "terveznek/tervez/VERB/" + PRESENT + " ."
    )
    [back] = resolve_time_expressions(past)
    [ahead] = resolve_time_expressions(planned)
    assert back.first == D(2025, 12, 1)
    assert ahead.first == D(2026, 12, 1)


def test_caption_date_belongs_to_the_caption() -> None:
    article = build(
        "Putyin tegnap/tegnap/ADV tárgyalt/tárgyal/VERB/" + PAST + " .",
        (
            SegmentKind.CAPTION,
            "Trump és Putyin kezet/kéz/NOUN/Case=Acc fog/fog/VERB/"
            + PRESENT
            + " 2025. augusztus 15-én",
        ),
    )
    found = {article.text[t.start : t.end]: t for t in resolve_time_expressions(article)}
    caption = found["2025. augusztus 15-én"]
    assert caption.segment is SegmentKind.CAPTION
    assert (caption.first, caption.relative) == (D(2025, 8, 15), False)
    assert found["tegnap"].segment is SegmentKind.PARAGRAPH


def test_undated_article_leaves_relative_expressions_unknown() -> None:
    article = plain("Tegnap tárgyaltak, 2025. augusztus 15-én pedig találkoztak.", published=None)
    relative, absolute = resolve_time_expressions(article)
    assert (relative.precision, relative.first) == (TimePrecision.NONE, None)
    assert absolute.first == D(2025, 8, 15)


def test_month_precision_publication_date_resolves_years_but_not_days() -> None:
    article = build(
        "Tavaly/tavaly/ADV tárgyaltak/tárgyal/VERB/" + PAST + " , tegnap/tegnap/ADV is .",
        published=D(2026, 1, 1),
        precision=DatePrecision.MONTH,
    )
    last_year, yesterday = resolve_time_expressions(article)
    assert last_year.first == D(2025, 1, 1)
    assert (yesterday.precision, yesterday.first) == (TimePrecision.NONE, None)


@pytest.mark.parametrize(
    "text",
    [
        "Szombathelyen tüntettek.",
        "Az oktatás ügyében maradt minden.",
        "Végül 2000-en vonultak fel.",
        "A hét ember elindult.",
        "A mai Oroszország más.",
    ],
)
def test_look_alikes_are_not_time_expressions(text: str) -> None:
    assert resolve_time_expressions(plain(text)) == []


def test_every_expression_span_slices_back_to_its_words() -> None:
    text = "Tegnap, csütörtökön, múlt héten és 2025. augusztus 15-én is, korábban pedig tavaly."
    for found in resolve_time_expressions(plain(text)):
        assert text[found.start : found.end].strip() == text[found.start : found.end]
        assert found.first is None or found.last is None or found.first <= found.last


def test_a_bare_weekend_is_the_last_one_in_a_past_clause_else_the_nearer_one() -> None:
    past = build("A hét/hét/NOUN végén/vég/NOUN/Case=Sup tárgyaltak/tárgyal/VERB/" + PAST + " .")
    [found] = resolve_time_expressions(past)
    assert (found.first, found.last, found.direction) == (
        D(2026, 1, 17),
        D(2026, 1, 18),
        TimeDirection.PAST,
    )
    # Published on a Friday: the coming weekend is nearer than the last one.
    [found] = resolve_time_expressions(plain("A hétvégi tárgyalás."))
    assert (found.first, found.last) == (D(2026, 1, 24), D(2026, 1, 25))


def test_a_season_without_a_year_looks_back_in_a_past_clause() -> None:
    article = build("Nyáron/nyár/NOUN/Case=Sup tüntettek/tüntet/VERB/" + PAST + " .")
    [found] = resolve_time_expressions(article)
    assert (found.first, found.last, found.approximate) == (D(2025, 6, 1), D(2025, 8, 31), True)


def test_masnap_counts_from_the_day_named_before_it() -> None:
    text = "December 11-én Berlinben beszélt. Szijjártó másnap reagált, aznap este pedig utazott."
    named, next_day, same_day = resolve_time_expressions(plain(text))
    assert named.first == D(2025, 12, 11)
    assert (next_day.first, next_day.precision) == (D(2025, 12, 12), TimePrecision.DAY)
    assert same_day.first == D(2025, 12, 12)


def test_a_word_the_scrape_glued_to_a_time_word_does_not_hide_it() -> None:
    text = "December 11-én Berlinben beszélt. Szijjártó másnapazt mondta, és korábbanis."
    _named, next_day, earlier = resolve_time_expressions(plain(text))
    assert (next_day.first, plain(text).text[next_day.start : next_day.end]) == (
        D(2025, 12, 12),
        "másnap",
    )
    assert plain(text).text[earlier.start : earlier.end] == "korábban"
    assert resolve_time_expressions(plain("Másnapos volt, a mais napon.")) == []


def test_masnap_counts_from_a_day_named_outside_the_spans_asked_for() -> None:
    # The coder asks only for the sentences of its triggers; ``másnap`` still counts from the
    # day the paragraph before named.
    text = "December 11-én Berlinben beszélt. Sokan figyelték.\n\nSzijjártó másnap reagált."
    article = build(*text.split("\n\n"))
    last = article.sentences[-1]
    found = resolve_time_expressions(article, within=[(last.start, last.end)])
    next_day = next(t for t in found if article.text[t.start : t.end] == "másnap")
    assert next_day.first == D(2025, 12, 12)


def test_masnap_without_a_day_before_it_is_unknown() -> None:
    [found] = resolve_time_expressions(plain("Szijjártó másnap reagált."))
    assert (found.precision, found.first, found.relative) == (TimePrecision.NONE, None, True)
    assert resolve_time_expressions(plain("Másnaposan ébredt.")) == []


def test_a_day_inside_a_quote_is_no_reference_for_masnap() -> None:
    # ``ma`` in a quote is the speaker's day, not a day the narration counts from.
    text = "December 11-én beszélt: „Ma itt vagyok.” Másnap Szijjártó reagált."
    article = plain(text)
    quote = Quote(text.index("„"), text.index("”") + 1, QuoteKind.DIRECT, "beszél", 15, 22)
    *_, next_day = resolve_time_expressions(replace(article, quotes=(quote,)))
    assert next_day.first == D(2025, 12, 12)


def quoted_today(when: str) -> TimeExpression:
    """``ma`` in ``„Ma itt vagyok.” – mondta Rutte {when}.``, with the quote recorded."""
    article = build(
        f"„ Ma/ma/ADV itt/itt/ADV vagyok/van/VERB/{PRESENT} . ” "
        f"– mondta/mond/VERB/{PAST} Rutte/Rutte/PROPN/Case=Nom {when} ."
    )
    text = article.text
    cue = text.index("mondta")
    quote = Quote(text.index("„"), text.index("”") + 1, QuoteKind.DIRECT, "mond", cue, cue + 6)
    found = resolve_time_expressions(replace(article, quotes=(quote,)))
    return next(t for t in found if text[t.start : t.end] == "Ma")


def test_ma_in_a_quote_is_the_day_its_attribution_names() -> None:
    said = quoted_today("december/december/NOUN 11-én/11/NUM/Case=Sup")
    assert (said.first, said.precision) == (D(2025, 12, 11), TimePrecision.DAY)
    assert quoted_today("").first == D(2026, 1, 23)


@pytest.mark.parametrize(
    ("words", "day"),
    [("később", 12), ("azután", 12), ("korábban", 10), ("előtte", 10)],
)
def test_egy_nappal_counts_a_day_either_way(words: str, day: int) -> None:
    text = f"December 11-én Berlinben beszélt. Egy nappal {words} Párizsban járt."
    _named, counted = resolve_time_expressions(plain(text))
    assert (counted.first, counted.precision) == (D(2025, 12, day), TimePrecision.DAY)


def test_a_participle_after_an_expression_decides_its_direction() -> None:
    # ``a nyári csúcson elfogadott döntések``: the summer before, though the present clause
    # alone would take the nearer summer ahead.
    adopted = build(
        f"Putyin/Putyin/PROPN/Case=Nom végrehajtja/végrehajt/VERB/{PRESENT} a/a/DET "
        "nyári/nyári/ADJ csúcson/csúcs/NOUN/Case=Sup "
        "elfogadott/elfogadott/ADJ/VerbForm=PartPast döntéseket/döntés/NOUN/Case=Acc ."
    )
    [summer] = resolve_time_expressions(adopted)
    assert (summer.first, summer.last) == (D(2025, 6, 1), D(2025, 8, 31))
    # ``a márciusban tartandó ülésről beszélt``: the March ahead, in a past clause.
    planned = build(
        f"Putyin/Putyin/PROPN/Case=Nom beszélt/beszél/VERB/{PAST} a/a/DET "
        "márciusban/március/NOUN/Case=Ine tartandó/tartandó/ADJ/VerbForm=PartFut "
        "ülésről/ülés/NOUN/Case=Del ."
    )
    [march] = resolve_time_expressions(planned)
    assert march.first == D(2026, 3, 1)


def test_a_past_verb_beside_an_expression_looks_back_in_a_conditional_clause() -> None:
    # ``Putyin kedden tárgyalt volna``: the Tuesday that has passed, though ``volna`` makes
    # the clause a condition; ``a tárgyalást keddre tűzték ki`` still looks ahead.
    missed = build(
        f"Putyin/Putyin/PROPN/Case=Nom kedden/kedd/NOUN/Case=Sup "
        f"tárgyalt/tárgyal/VERB/{PAST} volna/van/AUX/Mood=Cnd|VerbForm=Fin ."
    )
    [tuesday] = resolve_time_expressions(missed)
    assert tuesday.first == D(2026, 1, 20)
    set_for = build(
        f"A/a/DET tárgyalást/tárgyalás/NOUN/Case=Acc keddre/kedd/NOUN/Case=Sub "
        f"tűzték/tűz/VERB/{PAST} ki/ki/ADV ."
    )
    [target] = resolve_time_expressions(set_for)
    assert target.first == D(2026, 1, 27)


def test_a_past_conditional_looks_back() -> None:
    # ``Rubio novemberben részt vett volna a tárgyalásokon``: the November that has passed.
    article = build(
        f"Rubio/Rubio/PROPN/Case=Nom novemberben/november/NOUN/Case=Ine "
        f"részt/rész/NOUN/Case=Acc vett/vesz/VERB/{PAST} volna/van/AUX/Mood=Cnd|VerbForm=Fin "
        "a/a/DET tárgyalásokon/tárgyalás/NOUN/Case=Sup ."
    )
    [november] = resolve_time_expressions(article)
    assert november.first == D(2025, 11, 1)


@pytest.mark.parametrize(("words", "day"), [("Két nappal később", 18), ("3 nappal korábban", 13)])
def test_days_counted_from_the_day_named_before(words: str, day: int) -> None:
    text = f"December 16-án próbálta. {words} írt."
    _named, counted = resolve_time_expressions(plain(text))
    assert (counted.first, counted.precision) == (D(2025, 12, day), TimePrecision.DAY)


def test_later_is_a_vague_time() -> None:
    [later] = resolve_time_expressions(plain("Később meghívta az irodájába."))
    assert (later.precision, later.first) == (TimePrecision.NONE, None)
