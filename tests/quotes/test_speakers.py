"""Speakers the text makes hard to find: scraping glue, a lost closing mark, descriptions
named later, company and outlet nouns, source phrases between a verb and its subject.
Hand-written snippets with hand-built tokens and linked mentions."""

from __future__ import annotations

from dataclasses import replace

from kronika.quotes import extract_quotes
from kronika.quotes.lexicon import load_cues
from kronika.quotes.view import repaired
from kronika.types import Article, QuoteKind, Token

from .conftest import glued, make_article, nth

KOVACS = "nil:test:kovacs janos"
ANNA = "nil:test:kovacs anna"
HIRLAP = "nil:test:hirlap"
MOL = "nil:test:mol"
PESKOV = "kronika:dmitry-peskov"
REUTERS = "Q130879"


def said(article: Article) -> list[tuple[str, QuoteKind, str, str | None]]:
    """(span text, kind, cue, speaker id) of every quote, in order."""
    return [
        (article.text[q.start : q.end], q.kind, q.cue, q.speaker_id)
        for q in extract_quotes(article)
    ]


def test_a_quote_that_lost_its_closing_mark_ends_at_its_dash_attribution() -> None:
    article = make_article(
        "„Otthon én főzök, ő a profi – mondta a lapnak Kovács Anna. „Hajnalban kel, és "
        "mindent elkészít” – tette hozzá.",
        [("Kovács Anna", 0, "PER", ANNA)],
    )
    assert said(article) == [
        ("Otthon én főzök, ő a profi", QuoteKind.DIRECT, "mond", ANNA),
        ("Hajnalban kel, és mindent elkészít", QuoteKind.DIRECT, "hozzátesz", ANNA),
    ]


def test_glued_marks_and_verbs_are_split_for_cue_matching() -> None:
    text = "„A határ zárva marad”– tette hozzá Kovács János. Kovács János közölte,„a híd kész”."
    article = make_article(text, [("Kovács János", 0, "PER", KOVACS), ("Kovács", 1, "PER", KOVACS)])
    article = glued(glued(article, "marad”–"), "közölte,„a")
    assert said(article) == [
        ("A határ zárva marad", QuoteKind.DIRECT, "hozzátesz", KOVACS),
        ("a híd kész", QuoteKind.DIRECT, "közöl", KOVACS),
    ]
    assert article.text == text  # only the tokens are repaired


def test_a_glued_article_is_split_off_a_cue_verb_and_a_number_is_no_glue() -> None:
    text = "–mondtaa lap 1,5"
    tokens = [
        Token(0, 8, "–mondtaa", "X"),
        Token(9, 12, "lap", "NOUN"),
        Token(13, 16, "1,5", "NUM"),
    ]
    pieces = [(text[t.start : t.end], t.lemma, t.pos) for t in repaired(text, tokens, load_cues())]
    assert pieces == [
        ("–", "–", "PUNCT"),
        ("mondta", "mond", "VERB"),
        ("a", "a", "DET"),
        ("lap", "lap", "NOUN"),
        ("1,5", "1,5", "NUM"),
    ]


def test_a_role_noun_before_the_article_names_its_holder_is_the_one_given_it_later() -> None:
    article = make_article(
        "A miniszter azt mondta, hogy a növekedés lassul. Kovács János miniszter tárgyalt.",
        [("Kovács János", 0, "PER", KOVACS)],
    )
    ((_, _, cue, speaker),) = said(article)
    assert (cue, speaker) == ("mond", KOVACS)
    (quote,) = extract_quotes(article)
    # The speaker span is the description where it was printed.
    assert article.text[quote.speaker_start : quote.speaker_end] == "miniszter"  # type: ignore[misc]


def test_a_possessor_of_a_noun_in_another_case_is_no_subject() -> None:
    article = make_article(
        "Kovács János miniszter tárgyalt. A miniszter a kormány beavatkozásairól azt mondta, "
        "hogy a piac marad.",
        [("Kovács János", 0, "PER", KOVACS)],
    )
    assert said(article)[-1][3] == KOVACS


def test_the_owner_of_a_noun_in_another_case_is_no_subject_past_its_attributes() -> None:
    # ``a kormány Brüsszellel kapcsolatos terveiről``: the government owns the plans, past
    # the phrase describing them.
    article = make_article(
        "Kovács János miniszter tárgyalt. A miniszter a kormány Brüsszellel kapcsolatos "
        "terveiről azt mondta, hogy a piac marad.",
        [("Kovács János", 0, "PER", KOVACS), ("miniszter", 1, "PER", KOVACS)],
    )
    assert said(article)[-1][3] == KOVACS


def test_a_source_phrase_between_the_verb_and_its_subject_is_skipped() -> None:
    article = make_article(
        "„Itt maradunk” – mondta a Hírlap beszámolója szerint Kovács János.",
        [("Hírlap", 0, "ORG", HIRLAP), ("Kovács János", 0, "PER", KOVACS)],
    )
    assert said(article) == [("Itt maradunk", QuoteKind.DIRECT, "mond", KOVACS)]


def test_a_date_before_the_verb_is_no_subject() -> None:
    article = make_article(
        "Megszólalt Kovács János is, aki március 3-án kijelentette, hogy a híd elkészül.",
        [("Kovács János", 0, "PER", KOVACS)],
    )
    assert said(article) == [("a híd elkészül", QuoteKind.INDIRECT, "kijelent", KOVACS)]


def test_a_company_noun_is_the_organisation_the_article_last_had_speak() -> None:
    article = make_article(
        "Nem cáfolta a Mol a hírt. Az olajipari társaság azt közölte, hogy tárgyal.",
        [("Mol", 0, "ORG", MOL)],
    )
    assert said(article)[-1] == ("tárgyal", QuoteKind.INDIRECT, "közöl", MOL)


def test_a_company_named_in_passing_is_not_what_a_company_noun_means() -> None:
    article = make_article(
        "A Mol eladásáról tárgyalt a kormány. A társaság azt közölte, hogy marad.",
        [("Mol", 0, "ORG", MOL)],
    )
    assert said(article)[-1][3] is None


def test_an_outlet_printed_as_its_web_address_speaks_and_is_what_a_portal_is() -> None:
    article = make_article(
        "A tánc ima lehet – írja a hirek.net. A tánc nem ima – teszi hozzá a portál.",
    )
    quotes = extract_quotes(article)
    speakers = [article.text[q.speaker_start : q.speaker_end] for q in quotes]  # type: ignore[misc]
    assert speakers == ["hirek.net", "hirek.net"]
    assert quotes[0].speaker_id == quotes[1].speaker_id
    assert (quotes[0].speaker_id or "").endswith(":hirek net")


def test_a_role_with_a_possessive_ending_the_tagger_misread_is_the_subject() -> None:
    article = make_article(
        "A Kreml sajtótitkára elmondta, hogy a tárgyalás elhúzódik.",
        [("Kreml", 0, "ORG", "Q133274"), ("sajtótitkára", 0, "PER", PESKOV)],
    )
    # The linker records the description by its dictionary form.
    mentions = tuple(
        replace(m, lemma="sajtótitkár") if m.entity_id == PESKOV else m for m in article.mentions
    )
    article = replace(article, mentions=mentions)
    assert said(article) == [("a tárgyalás elhúzódik", QuoteKind.INDIRECT, "elmond", PESKOV)]


def test_a_postposition_after_an_article_glued_to_a_name_is_not_the_names() -> None:
    text = "Kovács János távozik, írja a Reutersaz alapján."
    article = make_article(text, [("Kovács János", 0, "PER", KOVACS)])
    start, _ = nth(text, "Reutersaz")
    article = replace(
        glued(article, "Reutersaz"),
        mentions=(
            *article.mentions,
            replace(
                article.mentions[0],
                start=start,
                end=start + 7,
                label="ORG",
                lemma="Reuters",
                entity_id=REUTERS,
            ),
        ),
    )
    assert said(article) == [("Kovács János távozik", QuoteKind.INDIRECT, "ír", REUTERS)]


def test_a_name_the_ner_took_for_a_work_speaks_and_is_what_the_paper_is() -> None:
    standard = "nil:test:der standard"
    article = make_article(
        "A kormány új adót vezetett be – állapította meg a Der Standard. Az osztrák lap "
        "kiemeli, hogy a csomag drága.",
        [("Der Standard", 0, "MISC", standard)],
    )
    assert [q[3] for q in said(article)] == [standard, standard]
