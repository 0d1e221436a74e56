"""Two sources in one sentence, a statement nested in another's span, and speakers bound
only by the article (issue 6, third pass). Hand-written snippets with hand-built tokens and
linked mentions."""

from __future__ import annotations

from dataclasses import replace

from kronika.quotes import extract_quotes
from kronika.types import Article, QuoteKind

from .conftest import make_article, nth

KOVACS = "nil:test:kovacs janos"
HIRLAP = "nil:test:hirlap"
ORBAN = "Q57641"
VITALYOS = "Q111884634"


def said(article: Article) -> list[tuple[str, QuoteKind, str, str | None]]:
    """(span text, kind, cue, speaker id) of every quote, in order."""
    return [
        (article.text[q.start : q.end], q.kind, q.cue, q.speaker_id)
        for q in extract_quotes(article)
    ]


def retagged(article: Article, surface: str, occurrence: int, pos: str, morph: str) -> Article:
    """``article`` with the token of ``surface`` given another part of speech."""
    start, _ = nth(article.text, surface, occurrence)
    tokens = tuple(
        replace(t, pos=pos, morph=morph) if t.start == start else t for t in article.tokens
    )
    return replace(article, tokens=tokens)


def test_a_concession_splits_from_the_outlet_that_reports_the_main_clause() -> None:
    article = make_article(
        "Bár Kovács János szerint a háború véget ér, a szolgálatok ezt nem így látják, "
        "írja a Hírlap.",
        [("Kovács János", 0, "PER", KOVACS), ("Hírlap", 0, "ORG", HIRLAP)],
    )
    assert said(article) == [
        ("a háború véget ér", QuoteKind.INDIRECT, "szerint", KOVACS),
        ("a szolgálatok ezt nem így látják", QuoteKind.INDIRECT, "ír", HIRLAP),
    ]


def test_a_reported_clause_stops_before_a_source_of_its_own() -> None:
    article = make_article(
        "Kovács János tagadja, hogy a cég csődbe megy, a Hírlap szerint a tárgyalás elhúzódik.",
        [("Kovács János", 0, "PER", KOVACS), ("Hírlap", 0, "ORG", HIRLAP)],
    )
    assert said(article) == [
        ("a cég csődbe megy", QuoteKind.INDIRECT, "tagad", KOVACS),
        ("a tárgyalás elhúzódik", QuoteKind.INDIRECT, "szerint", HIRLAP),
    ]


def test_a_source_between_commas_is_a_parenthesis_not_a_statement_of_its_own() -> None:
    article = make_article(
        "Kovács János közölte, hogy a cég, a Hírlap szerint, csődbe megy.",
        [("Kovács János", 0, "PER", KOVACS), ("Hírlap", 0, "ORG", HIRLAP)],
    )
    assert said(article)[0] == (
        "a cég, a Hírlap szerint, csődbe megy",
        QuoteKind.INDIRECT,
        "közöl",
        KOVACS,
    )


def test_a_reported_clause_opening_with_a_source_is_that_sources_statement() -> None:
    # The outlet cites someone else, unnamed: the speaker is unknown, not the outlet.
    article = make_article(
        "A Hírlap azt írja, hogy két forrásuk szerint a tárgyalás elhúzódik.",
        [("Hírlap", 0, "ORG", HIRLAP)],
    )
    assert said(article) == [("a tárgyalás elhúzódik", QuoteKind.INDIRECT, "szerint", None)]


def test_the_name_in_apposition_owns_the_words_an_outlet_relays() -> None:
    article = make_article(
        "A terv veszélyes volt, Kovács János, a helyi rendőrfőnök szavai szerint – írta a Hírlap.",
        [("Kovács János", 0, "PER", KOVACS), ("Hírlap", 0, "ORG", HIRLAP)],
    )
    [(span, kind, cue, speaker)] = said(article)
    assert (span.startswith("A terv veszélyes volt"), kind, cue, speaker) == (
        True,
        QuoteKind.INDIRECT,
        "szerint",
        KOVACS,
    )


def test_a_partial_quote_inside_a_relayed_statement_does_not_take_it() -> None:
    article = make_article(
        "A táncos szerint „a hit egy új útját mutatja meg nekünk” az előadás, amit a "
        "gyülekezet bosszantónak tartotta – írja a Hírlap.",
        [("Hírlap", 0, "ORG", HIRLAP)],
    )
    found = said(article)
    assert ("a hit egy új útját mutatja meg nekünk", QuoteKind.DIRECT, "", None) in [
        (span, kind, cue, None) for span, kind, cue, _ in found
    ]
    assert any(kind is QuoteKind.INDIRECT and who == HIRLAP for _, kind, _, who in found)


def test_a_role_glued_to_its_verb_is_the_subject() -> None:
    article = make_article(
        "Orbán Viktor beszélt. Később a kormányfőelárulta, azok nem rajzok.",
        [("Orbán Viktor", 0, "PER", ORBAN), ("kormányfő", 0, "PER", ORBAN)],
    )
    assert said(article) == [("azok nem rajzok", QuoteKind.INDIRECT, "elárul", ORBAN)]


def test_a_role_tagged_as_an_adjective_is_the_person_a_caption_gives_it() -> None:
    article = make_article(
        "„Boldog ünnepeket kívánok” – közölte a kormányszóvivő kedden.\n\n"
        "Vitályos Eszter kormányszóvivő.",
        [("Vitályos Eszter", 0, "PER", VITALYOS)],
    )
    article = retagged(article, "kormányszóvivő", 0, "ADJ", "Case=Nom|Degree=Pos")
    assert said(article) == [
        ("Boldog ünnepeket kívánok", QuoteKind.DIRECT, "közöl", VITALYOS),
    ]


def test_an_outlet_named_by_a_number_asks_and_the_one_who_answers_speaks_next() -> None:
    article = make_article(
        "„Mi a véleménye?” – kérdezte a 444, mire Kovács János a nyilatkozatára utalt. "
        "„Ez mindenkire vonatkozik” – írta.",
        [("Kovács János", 0, "PER", KOVACS)],
    )
    asked, answered = extract_quotes(article)
    assert article.text[asked.speaker_start : asked.speaker_end] == "444"  # type: ignore[misc]
    assert asked.speaker_id is not None and asked.speaker_id.endswith(":444")
    assert answered.speaker_id == KOVACS


def test_a_verb_of_quoting_names_its_object_as_the_speaker() -> None:
    article = make_article(
        "„Szomorú vagyok” – idézte a Hírlap Kovács Jánost.\n\n„Nem jön béke” – idézte a Hírlap.",
        [("Hírlap", 0, "ORG", HIRLAP), ("Kovács Jánost", 0, "PER", KOVACS)],
    )
    assert [(cue, who) for _, _, cue, who in said(article)] == [("idéz", KOVACS), ("idéz", None)]


def test_a_quote_that_lost_its_opening_mark_after_hogy_starts_there() -> None:
    article = make_article(
        "Kovács János arra a kérdésre, hogy mi romlik el, azt felelte, hogy, persze, ez a terv”.",
        [("Kovács János", 0, "PER", KOVACS)],
    )
    assert said(article) == [("persze, ez a terv", QuoteKind.DIRECT, "felel", KOVACS)]


def test_the_antecedent_of_a_relative_clause_before_the_verb_is_its_subject() -> None:
    article = make_article(
        "Kovács János, aki korábban volt elnök, úgy gondolta, hogy a terv jó.",
        [("Kovács János", 0, "PER", KOVACS)],
    )
    assert said(article) == [("a terv jó", QuoteKind.INDIRECT, "gondol", KOVACS)]
