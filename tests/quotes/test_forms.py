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


def test_an_inscription_a_slogan_or_a_title_is_not_a_quote() -> None:
    said = "„Nem engedünk a nyomásnak, mert igazunk van és lesz”"
    for after in (
        "feliratú táblát tartott.",
        "és az „Itt vagyunk” feliratok voltak rajta.",
        "című dalt énekelték.",
    ):
        article = make_article(
            f"Kovács János tüntetett. Egy {said} {after}", [("Kovács János", 0, "PER", KOVACS)]
        )
        assert quoted(article) == [], after
    # The same words said with no such noun after them are Kovács's speech.
    article = make_article(
        f"Kovács János tüntetett. Egy kiabálta: {said}. Majd hazament.",
        [("Kovács János", 0, "PER", KOVACS)],
    )
    assert [q[0] for q in quoted(article)] == [said.strip("„”")]


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


# -- speakers: rules added for issue 6 (texts written for these tests) ---------------------

RUBIO = "Q324546"
NAGY = "nil:test:nagy bela"
PARTY = "nil:test:kek part"
OFFICE = "nil:test:verseny hivatal"
VUCIC = "Q222031"


def test_a_name_before_its_role_noun_is_the_subject() -> None:
    article = make_article(
        "Marco Rubio külügyminiszter csütörtök este azt mondta, hogy a tárgyalás elhúzódik.",
        [("Marco Rubio", 0, "PER", RUBIO)],
    )
    assert quoted(article) == [("a tárgyalás elhúzódik", QuoteKind.INDIRECT, "mond", RUBIO)]


def test_a_role_the_linker_resolved_speaks_for_the_body_that_owns_it() -> None:
    article = make_article(
        "„Most kezdődik a munka” – mondta a Kék Párt elnöke.",
        [("Kék Párt", 0, "ORG", PARTY), ("elnöke", 0, "PER", NAGY)],
    )
    assert quoted(article) == [("Most kezdődik a munka", QuoteKind.DIRECT, "mond", NAGY)]


def test_the_agent_of_a_participle_is_not_the_speaker() -> None:
    # "by the minister leading the ministry": the subject is dropped, so Nagy Béla continues.
    article = make_article(
        "Nagy Béla bírálta a tervet. „Ez így nem igaz” – mondta ismét a tárcát vezető "
        "miniszter által mondottakra.",
        [("Nagy Béla", 0, "PER", NAGY)],
    )
    (quote,) = only(article)
    assert (quote.cue, quote.speaker_id) == ("mond", NAGY)


def test_a_particle_between_a_name_and_its_relative_clause_is_skipped() -> None:
    article = make_article(
        "Megszólalt Marco Rubio is, aki kijelentette, hogy a tárgyalás elhúzódik.",
        [("Marco Rubio", 0, "PER", RUBIO)],
    )
    assert quoted(article) == [("a tárgyalás elhúzódik", QuoteKind.INDIRECT, "kijelent", RUBIO)]


def test_a_dropped_subject_continues_the_source_named_earlier_in_its_sentence() -> None:
    article = make_article(
        "Kovács János közölte, hogy a határ lezárva marad. Marco Rubio szerint a tárgyalás "
        "elhúzódik, ugyanakkor felhívta a figyelmet arra, hogy a határidő közeleg.",
        [("Kovács János", 0, "PER", KOVACS), ("Marco Rubio", 0, "PER", RUBIO)],
    )
    last = only(article)[-1]
    assert (article.text[last.start : last.end], last.speaker_id) == ("a határidő közeleg", RUBIO)


def test_plural_szerintuk_is_no_single_earlier_speaker() -> None:
    article = make_article(
        "Kovács János közölte, hogy a határ lezárva marad. A határidő szerintük közeleg.",
        [("Kovács János", 0, "PER", KOVACS)],
    )
    assert only(article)[-1].speaker_id is None


def test_an_outlet_relaying_a_named_source_does_not_take_the_statement() -> None:
    article = make_article(
        "Marco Rubio megerősítette, hogy a tárgyalás elhúzódik – írta a Hírlap.",
        [("Marco Rubio", 0, "PER", RUBIO), ("Hírlap", 0, "ORG", "nil:test:hirlap")],
    )
    assert quoted(article) == [("a tárgyalás elhúzódik", QuoteKind.INDIRECT, "megerősít", RUBIO)]


def test_a_name_the_ner_missed_is_a_speaker_by_its_printed_name() -> None:
    # Scraping glued the article to the name; the speaker is "Hírlap", an unknown name.
    article = make_article("„A vizsgálat folyik” – írta aHírlap.")
    (quote,) = only(article)
    assert quote.speaker_id is not None and quote.speaker_id.endswith(":hirlap")
    assert article.text[quote.speaker_start : quote.speaker_end] == "Hírlap"  # type: ignore[misc]


def test_a_definite_noun_refers_back_to_the_body_whose_name_ends_in_it() -> None:
    article = make_article(
        "A Verseny Hivatal eljárást indított. A hivatal úgy vélte, hogy a cég megtévesztett.",
        [("Verseny Hivatal", 0, "ORG", OFFICE)],
    )
    assert quoted(article) == [("a cég megtévesztett", QuoteKind.INDIRECT, "vél", OFFICE)]


def test_a_definite_role_noun_refers_back_to_the_person_given_that_role() -> None:
    article = make_article(
        "Nagy Béla miniszter tárgyalt. A miniszter azt mondta, hogy a cég megtévesztett.",
        [("Nagy Béla", 0, "PER", NAGY)],
    )
    assert quoted(article) == [("a cég megtévesztett", QuoteKind.INDIRECT, "mond", NAGY)]


def test_a_role_the_press_uses_for_variety_refers_back_to_the_person_titled_otherwise() -> None:
    # ``Nagy Béla miniszterelnök … A kormányfő azt mondta``: the head of government is he.
    article = make_article(
        "Nagy Béla miniszterelnök fogadta Kovács Jánost. Kovács János nyilatkozott. "
        "A kormányfő azt mondta, hogy a cég megtévesztett.",
        [
            ("Nagy Béla", 0, "PER", NAGY),
            ("Kovács Jánost", 0, "PER", KOVACS),
            ("Kovács János", 0, "PER", KOVACS),
        ],
    )
    assert quoted(article) == [("a cég megtévesztett", QuoteKind.INDIRECT, "mond", NAGY)]


def test_a_verb_the_lemmatizer_left_whole_is_still_a_cue() -> None:
    article = make_article(
        "Megerősítette Marco Rubio, hogy a tárgyalás elhúzódik.",
        [("Marco Rubio", 0, "PER", RUBIO)],
    )
    assert quoted(article) == [("a tárgyalás elhúzódik", QuoteKind.INDIRECT, "megerősít", RUBIO)]


def test_a_verb_with_its_object_printed_introduces_no_reported_clause() -> None:
    article = make_article(
        "Marco Rubio bírálta a jelölteket, köztük Nagy Bélát is.",
        [("Marco Rubio", 0, "PER", RUBIO)],
    )
    assert quoted(article) == []


def test_a_family_name_in_a_headline_is_the_person_named_in_full_later() -> None:
    article = make_article(
        "Vucsics szerint a határidő közeleg\n\nAlekszandar Vucsics szerb elnök tárgyalt.",
        [("Alekszandar Vucsics", 0, "PER", VUCIC)],
    )
    assert only(article)[0].speaker_id == VUCIC
