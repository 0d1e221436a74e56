"""Each quote form Hungarian outlets print, on hand-written snippets with hand-built tokens
and linked mentions: the span, the kind, the cue and the speaker."""

from __future__ import annotations

from kronika.quotes import QuoteStage, extract_quotes
from kronika.types import Article, Quote, QuoteKind, SegmentKind

from .conftest import make_article

KOVACS = "nil:test:kovacs janos"
PM = "Q57641"


def quoted(article: Article) -> list[tuple[str, QuoteKind, str, str | None]]:
    """(span text, kind, cue, speaker id) of every quote, in order."""
    return [(article.text[q.start : q.end], q.kind, q.cue, q.speaker_id) for q in only(article)]


def only(article: Article) -> tuple[Quote, ...]:
    return extract_quotes(article)


def test_hungarian_marks_followed_by_dash_and_verb_are_a_direct_quote_by_the_subject() -> None:
    article = make_article(
        "„Nem engedünk a nyomásnak.” – mondta Kovács János.",
        [("Kovács János", 0, "PER", KOVACS)],
    )
    assert quoted(article) == [("Nem engedünk a nyomásnak.", QuoteKind.DIRECT, "mond", KOVACS)]
    (quote,) = only(article)
    assert article.text[quote.speaker_start : quote.speaker_end] == "Kovács János"  # type: ignore[misc]


def test_ascii_quotes_and_guillemets_make_direct_quotes_too() -> None:
    article = make_article(
        'Kovács János: "Nem engedünk a nyomásnak." Később: »Holnap is itt leszünk« – '
        "mondta Kovács János.",
        [("Kovács János", 0, "PER", KOVACS), ("Kovács János", 1, "PER", KOVACS)],
    )
    assert quoted(article) == [
        ("Nem engedünk a nyomásnak.", QuoteKind.DIRECT, ":", KOVACS),
        ("Holnap is itt leszünk", QuoteKind.DIRECT, "mond", KOVACS),
    ]


def test_name_and_colon_before_a_quote_attribute_it() -> None:
    article = make_article(
        "A miniszterelnök: „Ezt a csatát is megnyerjük, bármi történjék.”",
        [("miniszterelnök", 0, "PER", PM)],
    )
    assert quoted(article) == [
        ("Ezt a csatát is megnyerjük, bármi történjék.", QuoteKind.DIRECT, ":", PM)
    ]


def test_cue_verb_before_the_colon_attributes_the_quote_to_its_subject() -> None:
    article = make_article(
        "Kovács János azt mondta: „Ebből nem lesz semmi.”", [("Kovács János", 0, "PER", KOVACS)]
    )
    assert quoted(article) == [("Ebből nem lesz semmi.", QuoteKind.DIRECT, "mond", KOVACS)]


def test_blockquote_before_a_dash_attribution_line_is_one_quote_though_its_mark_was_lost() -> None:
    article = make_article(
        "Kovács János a téren beszélt.\n\nA határ lezárva marad. Holnap is itt leszünk.\n\n"
        "– fogalmazott Kovács.",
        [("Kovács János", 0, "PER", KOVACS), ("Kovács", 1, "PER", KOVACS)],
        [SegmentKind.LEDE, SegmentKind.BLOCKQUOTE, SegmentKind.ATTRIBUTION],
    )
    assert quoted(article) == [
        ("A határ lezárva marad. Holnap is itt leszünk.", QuoteKind.DIRECT, "fogalmaz", KOVACS)
    ]


def test_quote_over_several_paragraphs_reopens_each_and_closes_once() -> None:
    article = make_article(
        "„Az első bekezdés itt véget ér.\n\n„A második is hozzá tartozik, ezzel zárul.” – "
        "mondta Kovács János.",
        [("Kovács János", 0, "PER", KOVACS)],
    )
    ((text, kind, cue, speaker),) = quoted(article)
    assert text.startswith("Az első bekezdés") and text.endswith("ezzel zárul.")
    assert (kind, cue, speaker) == (QuoteKind.DIRECT, "mond", KOVACS)


def test_nested_quote_stays_inside_the_outer_one() -> None:
    article = make_article(
        "„Azt írták: »nincs tovább«, de mi maradunk” – mondta Kovács János.",
        [("Kovács János", 0, "PER", KOVACS)],
    )
    assert quoted(article) == [
        ("Azt írták: »nincs tovább«, de mi maradunk", QuoteKind.DIRECT, "mond", KOVACS)
    ]


def test_quote_in_a_photo_caption_is_found() -> None:
    article = make_article(
        "A tüntetés a téren.\n\n„Itt maradunk, amíg kell” – mondta Kovács János a téren",
        [("Kovács János", 0, "PER", KOVACS)],
        [SegmentKind.PARAGRAPH, SegmentKind.CAPTION],
    )
    assert quoted(article) == [("Itt maradunk, amíg kell", QuoteKind.DIRECT, "mond", KOVACS)]


def test_closing_mark_without_opening_one_starts_the_quote_at_its_paragraph() -> None:
    article = make_article(
        "Ebből nem lesz semmi, ezt mindenki tudja” – mondta Kovács János.",
        [("Kovács János", 0, "PER", KOVACS)],
    )
    assert quoted(article) == [
        ("Ebből nem lesz semmi, ezt mindenki tudja", QuoteKind.DIRECT, "mond", KOVACS)
    ]


def test_dialogue_dash_quote_is_direct_and_keeps_the_earlier_speaker() -> None:
    article = make_article(
        "Kovács János a téren beszélt. – Holnap is itt leszünk. Ezt megígérem – mondta.",
        [("Kovács János", 0, "PER", KOVACS)],
    )
    assert quoted(article) == [
        ("Holnap is itt leszünk. Ezt megígérem", QuoteKind.DIRECT, "mond", KOVACS)
    ]


def test_scare_quoted_word_is_not_a_quote() -> None:
    article = make_article("Megbukott az Ukrajnáról szóló „háttéralku” a héten.")
    assert quoted(article) == []


def test_verb_with_hogy_clause_is_an_indirect_statement_to_the_sentence_end() -> None:
    article = make_article(
        "Kovács János közölte, hogy a határ lezárva marad.", [("Kovács János", 0, "PER", KOVACS)]
    )
    assert quoted(article) == [("a határ lezárva marad", QuoteKind.INDIRECT, "közöl", KOVACS)]


def test_arrol_beszelt_hogy_and_azt_is_kozolte_are_indirect_statements() -> None:
    article = make_article(
        "Kovács János arról beszélt, hogy a határ lezárva marad. Az ukrán elnök azt is "
        "közölte, hogy holnap tárgyalnak.",
        [("Kovács János", 0, "PER", KOVACS), ("ukrán elnök", 0, "PER", "Q3874799")],
    )
    assert quoted(article) == [
        ("a határ lezárva marad", QuoteKind.INDIRECT, "beszél", KOVACS),
        ("holnap tárgyalnak", QuoteKind.INDIRECT, "közöl", "Q3874799"),
    ]


def test_szerint_attributes_the_rest_of_the_sentence_to_the_name_before_it() -> None:
    article = make_article("Kovács szerint a határ lezárva marad.", [("Kovács", 0, "PER", KOVACS)])
    assert quoted(article) == [("a határ lezárva marad", QuoteKind.INDIRECT, "szerint", KOVACS)]


def test_szerint_at_the_end_attributes_what_comes_before() -> None:
    article = make_article("A határ lezárva marad, Kovács szerint.", [("Kovács", 0, "PER", KOVACS)])
    assert quoted(article) == [("A határ lezárva marad", QuoteKind.INDIRECT, "szerint", KOVACS)]


def test_szerint_after_a_plan_is_not_a_statement() -> None:
    assert quoted(make_article("A terv szerint a híd jövőre elkészül.")) == []


def test_elmondasa_szerint_continues_the_previous_speaker() -> None:
    article = make_article(
        "Kovács János bejelentette, hogy jövőre indul. Elmondása szerint a párt mögötte áll.",
        [("Kovács János", 0, "PER", KOVACS)],
    )
    assert quoted(article)[1] == (
        "a párt mögötte áll",
        QuoteKind.INDIRECT,
        "szerint",
        KOVACS,
    )
    assert only(article)[1].rule == "indirect.nominal/context"


def test_hivatkozva_attributes_the_statement_to_the_cited_source() -> None:
    article = make_article(
        "A TASZSZ-ra hivatkozva a front mozgásban van.",
        [("TASZSZ-ra", 0, "ORG", "Q193606")],
    )
    assert quoted(article) == [("a front mozgásban van", QuoteKind.INDIRECT, "hivatkoz", "Q193606")]


def test_unmarked_clause_before_comma_and_cue_verb_is_reported_speech() -> None:
    article = make_article(
        "Oroszország folytatja a harcot, jelentette ki Kovács János.",
        [("Oroszország", 0, "LOC", "Q159"), ("Kovács János", 0, "PER", KOVACS)],
    )
    assert quoted(article) == [
        ("Oroszország folytatja a harcot", QuoteKind.INDIRECT, "kijelent", KOVACS)
    ]


def test_speaker_is_unknown_when_the_subject_names_no_linked_entity() -> None:
    article = make_article(
        "Kovács János is ott volt. „Jövőre bajnokok leszünk, ebben biztos vagyok” – mondta a "
        "kapus.",
        [("Kovács János", 0, "PER", KOVACS)],
    )
    ((_, kind, cue, speaker),) = quoted(article)
    assert (kind, cue, speaker) == (QuoteKind.DIRECT, "mond", None)


def test_possessor_of_the_subject_is_not_the_speaker() -> None:
    article = make_article(
        "Kovács János szóvivője közölte, hogy a határ lezárva marad.",
        [("Kovács János", 0, "PER", KOVACS)],
    )
    assert quoted(article) == [("a határ lezárva marad", QuoteKind.INDIRECT, "közöl", None)]


def test_first_person_verb_is_no_cue() -> None:
    assert quoted(make_article("Hiába mondjuk, hogy a határ lezárva marad.")) == []


def test_cue_inside_a_direct_quote_makes_no_indirect_statement() -> None:
    article = make_article(
        "„Kovács közölte, hogy a határ lezárva marad, de ez nem igaz” – mondta Kovács János.",
        [("Kovács", 0, "PER", KOVACS), ("Kovács János", 0, "PER", KOVACS)],
    )
    assert [kind for _, kind, _, _ in quoted(article)] == [QuoteKind.DIRECT]


def test_quote_stage_assigns_quotes_one_by_one_and_in_batches() -> None:
    article = make_article("Kovács szerint a határ lezárva marad.", [("Kovács", 0, "PER", KOVACS)])
    stage = QuoteStage()
    (piped,) = list(stage.pipe([article]))
    assert piped == stage(article) == {"quotes": extract_quotes(article)}
