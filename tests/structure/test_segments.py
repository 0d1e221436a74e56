"""Segmentation of hand-written news pages: every role, every guard, the text untouched."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest

from kronika.registry import component
from kronika.structure import segment_article
from kronika.types import Article, Segment, SegmentKind

Segmenter = Callable[..., list[tuple[SegmentKind, str]]]
ContractCheck = Callable[[str, Sequence[Segment]], None]

HEADLINE = SegmentKind.HEADLINE
LEDE = SegmentKind.LEDE
PARAGRAPH = SegmentKind.PARAGRAPH
SUBHEADING = SegmentKind.SUBHEADING
CAPTION = SegmentKind.CAPTION
CREDIT = SegmentKind.CREDIT
BLOCKQUOTE = SegmentKind.BLOCKQUOTE
ATTRIBUTION = SegmentKind.ATTRIBUTION
BOILERPLATE = SegmentKind.BOILERPLATE

LEDE_TEXT = "A kormány szerdán elfogadta a jövő évi költségvetés módosítását, közölte a szóvivő."
BODY_TEXT = (
    "A tervezet szerint a hiány a GDP 3,7 százaléka lesz, a parlament jövő héten szavaz róla."
)


# --- the contract ------------------------------------------------------------------------------


def test_component_is_registered_under_its_versioned_name() -> None:
    article = Article(text=f"{LEDE_TEXT}\n\n{BODY_TEXT}", date=None)
    made = component("structure.rules.v1").create()
    assert made(article) == {"segments": segment_article(article)}


def test_text_is_never_changed_and_every_segment_slices_back(contract: ContractCheck) -> None:
    text = f"  Cím\r\n\r\n{LEDE_TEXT}.Ez glued.\n\n\tFotó: MTI/Kovács Béla  \n"
    article = Article(text=text, date=None)
    segments = segment_article(article)
    assert article.text == text
    contract(text, segments)
    assert all(article.span_text(s.start, s.end) == text[s.start : s.end] for s in segments)


@pytest.mark.parametrize("text", ["", "   ", "\n\n\t\r\n", "\u2028\xa0"])
def test_empty_or_blank_text_has_no_segments(text: str) -> None:
    assert segment_article(Article(text=text, date=None)) == ()


def test_junk_becomes_boilerplate_and_is_never_dropped(segmented: Segmenter) -> None:
    text = f"{LEDE_TEXT}\n\n***\n\nHirdetés\n\n{BODY_TEXT}"
    assert segmented(text) == [
        (LEDE, LEDE_TEXT),
        (BOILERPLATE, "***"),
        (BOILERPLATE, "Hirdetés"),
        (PARAGRAPH, BODY_TEXT),
    ]


# --- headline, lede, paragraphs --------------------------------------------------------------


def test_title_at_the_start_of_the_text_is_the_headline(segmented: Segmenter) -> None:
    title = "Elfogadta a kormány a költségvetés módosítását"
    text = f"{title}\n\n{LEDE_TEXT}\n\n{BODY_TEXT}"
    assert segmented(text, title=title) == [
        (HEADLINE, title),
        (LEDE, LEDE_TEXT),
        (PARAGRAPH, BODY_TEXT),
    ]


def test_title_ending_with_a_stop_is_still_the_headline(segmented: Segmenter) -> None:
    title = "Putyin: nincs alku."
    text = f"{title}\n\n{LEDE_TEXT}"
    assert segmented(text, title=f" {title} ") == [(HEADLINE, title), (LEDE, LEDE_TEXT)]


def test_title_that_is_only_the_start_of_a_word_is_not_the_headline(segmented: Segmenter) -> None:
    text = "Gyorsforgalmi út épül a város mellett, jelentette be a polgármester."
    assert segmented(text, title="Gyors") == [(LEDE, text)]


def test_title_absent_from_the_text_gives_no_headline(segmented: Segmenter) -> None:
    assert segmented(f"{LEDE_TEXT}\n\n{BODY_TEXT}", title="Más cím") == [
        (LEDE, LEDE_TEXT),
        (PARAGRAPH, BODY_TEXT),
    ]


def test_short_first_line_without_a_title_is_the_headline(segmented: Segmenter) -> None:
    assert segmented(f"Elfogadták a módosítást\n\n{LEDE_TEXT}") == [
        (HEADLINE, "Elfogadták a módosítást"),
        (LEDE, LEDE_TEXT),
    ]


def test_first_body_paragraph_is_lede_and_the_rest_are_paragraphs(segmented: Segmenter) -> None:
    assert [kind for kind, _ in segmented(f"{LEDE_TEXT}\n{BODY_TEXT}\n\n{BODY_TEXT}")] == [
        LEDE,
        PARAGRAPH,
        PARAGRAPH,
    ]


# --- glued paragraphs ------------------------------------------------------------------------


def test_glued_paragraph_becomes_segment_boundary(segmented: Segmenter) -> None:
    text = "Az ülés után a szóvivő ezt mondta.A miniszter szerint a döntés végleges."
    assert segmented(text) == [
        (LEDE, "Az ülés után a szóvivő ezt mondta."),
        (PARAGRAPH, "A miniszter szerint a döntés végleges."),
    ]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Nem adjuk fel”A kormány válaszolt.", "Nem adjuk fel”"),
        ("Nem adjuk fel.”Az ellenzék tiltakozott.", "Nem adjuk fel.”"),
        ("Ez volt a terv.„Nem engedünk” – mondta.", "Ez volt a terv."),
        ("Mi lesz most?Egyelőre senki sem tudja.", "Mi lesz most?"),
        ("Ez botrány!Ezt írta a képviselő.", "Ez botrány!"),
        ("Erre senki sem számított…Most viszont itt van.", "Erre senki sem számított…"),
        ("Ez volt a lényeg.)Utána jött a szavazás.", "Ez volt a lényeg.)"),
        ("A sofőr megsérült.2024 májusában vádat emeltek.", "A sofőr megsérült."),
        ("A gyár bezárt.1998-ban nyitották meg újra.", "A gyár bezárt."),
    ],
)
def test_glued_paragraph_after_sentence_end_or_closing_quote_is_a_boundary(
    segmented: Segmenter, text: str, first: str
) -> None:
    segments = segmented(text)
    assert len(segments) == 2
    assert segments[0][1] == first


@pytest.mark.parametrize(
    "text",
    [
        "A könyvet J.R.R.Tolkien írta, az angol kiadó adta ki.",
        "Az A.B.Kovács nevű cég nyerte a pályázatot.",
        "A beszédet dr.Kovács Anna tartotta meg az ülésen.",
        "XIV.Leó pápa szerdán fogadta a küldöttséget.",
        "A határidő 2025.12.24 volt, a növekedés 3.5 százalék.",
        "A 3.2024 számú határozatot és a 2.1998 ügyszámot is idézték.",
        "A hírt a telex.hu és az Index.hu is megírta.",
        "A cikk a www.Example.Com címen olvasható.",
        "A honlap, az Index.Hu szerint a döntés végleges.",
    ],
)
def test_initials_abbreviations_numbers_and_domains_are_not_boundaries(
    segmented: Segmenter, text: str
) -> None:
    assert segmented(text) == [(LEDE, text)]


def test_numbered_heading_glued_after_a_sentence_is_a_boundary(segmented: Segmenter) -> None:
    text = f"{LEDE_TEXT}Ez a lényeg.2. Tervezzünk előre\n\n{BODY_TEXT}"
    assert (SUBHEADING, "2. Tervezzünk előre") in segmented(text)


def test_heading_glued_without_a_stop_becomes_a_subheading(segmented: Segmenter) -> None:
    text = (
        f"{LEDE_TEXT}Kiesett a címvédő a negyeddöntőben"
        "A délutáni mérkőzés is meglepetést hozott, a favorit kikapott."
    )
    assert segmented(text) == [
        (LEDE, LEDE_TEXT),
        (SUBHEADING, "Kiesett a címvédő a negyeddöntőben"),
        (PARAGRAPH, "A délutáni mérkőzés is meglepetést hozott, a favorit kikapott."),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "A tanulmány aNature Biomedical Engineeringfolyóiratban jelent meg tavaly.",
        "A tárca vezetőminiszterlegújabb posztjában reagált a vádakra.",
        "A hírt aPortfolioírta meg, majd a lap közölte, hogyA kormány nem reagált.",
        "A McDonald's, a YouTube, az iPhone, DiCaprio és a PlayStation is szerepel benne.",
    ],
)
def test_lost_spaces_and_camel_case_names_are_not_boundaries(
    segmented: Segmenter, text: str
) -> None:
    assert segmented(text) == [(LEDE, text)]


# --- subheadings -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "heading", ["Putyin nemet mondott a háttéralkura", "Mi jön most?", "„Ez nem alku”"]
)
def test_short_line_between_paragraphs_is_a_subheading(segmented: Segmenter, heading: str) -> None:
    assert segmented(f"{LEDE_TEXT}\n\n{heading}\n\n{BODY_TEXT}") == [
        (LEDE, LEDE_TEXT),
        (SUBHEADING, heading),
        (PARAGRAPH, BODY_TEXT),
    ]


@pytest.mark.parametrize("line", ["Ez volt a döntés.", "A részletek a következők:"])
def test_short_line_ending_like_prose_is_not_a_subheading(segmented: Segmenter, line: str) -> None:
    assert segmented(f"{LEDE_TEXT}\n\n{line}\n\n{BODY_TEXT}")[1] == (PARAGRAPH, line)


def test_short_last_line_is_not_a_subheading(segmented: Segmenter) -> None:
    assert segmented(f"{LEDE_TEXT}\n\nEz a vége")[-1] == (PARAGRAPH, "Ez a vége")


# --- credits and captions --------------------------------------------------------------------


@pytest.mark.parametrize(
    "credit",
    [
        "Fotó: JOHN SMITH-DOE / AFP",
        "Fotó: MTI/Koszticsák Szilárd",
        "(Fotó: Reuters)",
        "Nyitókép forrása: MTI/Varga Ödön",
        "Nyitókép: Kiss Ádám / NurPhoto / Kovács Péter",
        "Nyitóképünk illusztráció. Forrása: Unsplash",
        "Borítókép: Kovács Béla a parlamentben",
        "Kép: Szabó Anna / Telex",
        "Fotók: MTI/Balogh Zoltán",
    ],
)
def test_photo_credit_line_is_a_credit(segmented: Segmenter, credit: str) -> None:
    assert (CREDIT, credit) in segmented(f"{LEDE_TEXT}\n\n{credit}\n\n{BODY_TEXT}")


def test_credit_glued_to_the_end_of_a_paragraph_is_its_own_segment(segmented: Segmenter) -> None:
    text = (
        "A polgármester a hétvégi árvízről a közösségi oldalán számolt be. "
        "Nyitókép forrása: MTI/Varga Ödön"
    )
    assert segmented(text) == [
        (LEDE, "A polgármester a hétvégi árvízről a közösségi oldalán számolt be."),
        (CREDIT, "Nyitókép forrása: MTI/Varga Ödön"),
    ]


def test_line_right_before_a_credit_is_its_caption(segmented: Segmenter) -> None:
    caption = "A két elnök kezet fog a csúcstalálkozó helyszínén, Genfben 2025. június 3-án"
    text = f"{LEDE_TEXT}\n\n{caption}\n\nFotó: Szabó Anna / AFP\n\nAlcím ide\n\n{BODY_TEXT}"
    assert segmented(text) == [
        (LEDE, LEDE_TEXT),
        (CAPTION, caption),
        (CREDIT, "Fotó: Szabó Anna / AFP"),
        (SUBHEADING, "Alcím ide"),
        (PARAGRAPH, BODY_TEXT),
    ]


def test_caption_line_with_its_own_inline_credit(segmented: Segmenter) -> None:
    text = f"{LEDE_TEXT}\n\nTüntetők a Kossuth téren (Fotó: MTI/Kovács Béla)\n\n{BODY_TEXT}"
    assert segmented(text)[1:3] == [
        (CAPTION, "Tüntetők a Kossuth téren"),
        (CREDIT, "(Fotó: MTI/Kovács Béla)"),
    ]


def test_caption_and_credit_glued_between_paragraphs_are_cut_out(segmented: Segmenter) -> None:
    text = (
        "A gazdák reggel traktorokkal vonultak a fővárosba.Traktorok a Kossuth téren 2026."
        " február 3-án – Fotó: Szabó Edit / HírlapA demonstráció szervezője szerint estig maradnak."
    )
    assert segmented(text) == [
        (LEDE, "A gazdák reggel traktorokkal vonultak a fővárosba."),
        (CAPTION, "Traktorok a Kossuth téren 2026. február 3-án"),
        (CREDIT, "– Fotó: Szabó Edit / Hírlap"),
        (PARAGRAPH, "A demonstráció szervezője szerint estig maradnak."),
    ]


def test_credit_keeps_camel_case_agency_names(segmented: Segmenter) -> None:
    text = f"{LEDE_TEXT}\n\nFotó: Kiss Ádám / NurPhoto via AFP"
    assert segmented(text)[-1] == (CREDIT, "Fotó: Kiss Ádám / NurPhoto via AFP")


def test_opening_picture_credit_leaves_the_paragraph_before_it_alone(segmented: Segmenter) -> None:
    text = f"{LEDE_TEXT}\n\nA tárgyalás rövid volt\n\nNyitókép: MTI/Kovács Béla"
    assert segmented(text)[1] == (PARAGRAPH, "A tárgyalás rövid volt")


# --- quotes ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "attribution",
    ["– fogalmazott Koc.", "– jelentette ki a miniszterelnök.", "— mondta.", "- tette hozzá."],
)
def test_dash_line_after_speech_is_attribution_and_speech_is_blockquote(
    segmented: Segmenter, attribution: str
) -> None:
    quote = "Nem engedünk a nyomásnak. Harcolunk tovább"
    assert segmented(f"{LEDE_TEXT}\n\n{quote}\n\n{attribution}\n\n{BODY_TEXT}") == [
        (LEDE, LEDE_TEXT),
        (BLOCKQUOTE, quote),
        (ATTRIBUTION, attribution),
        (PARAGRAPH, BODY_TEXT),
    ]


def test_quote_over_several_paragraphs_is_one_blockquote_per_paragraph(
    segmented: Segmenter,
) -> None:
    text = (
        f"{LEDE_TEXT}\n\n„Nem engedünk a zsarolásnak.\n\nEz a mi hazánk.\n\n"
        f"Meg is védjük”\n\n– jelentette ki a miniszterelnök.\n\n{BODY_TEXT}"
    )
    assert [kind for kind, _ in segmented(text)] == [
        LEDE,
        BLOCKQUOTE,
        BLOCKQUOTE,
        BLOCKQUOTE,
        ATTRIBUTION,
        PARAGRAPH,
    ]


def test_dash_list_items_are_not_attributions(segmented: Segmenter) -> None:
    text = f"{LEDE_TEXT}\n\nA csomag részei:\n- adócsökkentés,\n- béremelés.\n\n{BODY_TEXT}"
    assert ATTRIBUTION not in [kind for kind, _ in segmented(text)]


def test_interview_question_after_a_dash_is_not_an_attribution(segmented: Segmenter) -> None:
    text = f"{LEDE_TEXT}\n\n– Mit gondol a döntésről?\n\n– Jónak tartom."
    assert ATTRIBUTION not in [kind for kind, _ in segmented(text)]


# --- boilerplate -----------------------------------------------------------------------------


def test_tag_run_is_boilerplate(segmented: Segmenter) -> None:
    tags = "OroszországUkrajnaháborúDonald TrumpVlagyimir Putyin"
    assert segmented(f"{LEDE_TEXT}\n\n{tags}") == [(LEDE, LEDE_TEXT), (BOILERPLATE, tags)]


def test_line_of_camel_case_names_is_not_a_tag_run(segmented: Segmenter) -> None:
    line = "A YouTube és a PlayStation közös ajánlata"
    assert segmented(f"{LEDE_TEXT}\n\n{line}\n\n{BODY_TEXT}")[1] == (SUBHEADING, line)


@pytest.mark.parametrize(
    "stamp",
    [
        "2026. január 23. 14:05 CET",
        "2026.01.23. 14:05",
        "Frissítve: 2026. jan. 23. 9:41 CEST",
        "2026-01-23 14:05",
    ],
)
def test_timestamp_is_boilerplate(segmented: Segmenter, stamp: str) -> None:
    assert segmented(f"{stamp}\n\n{LEDE_TEXT}") == [(BOILERPLATE, stamp), (LEDE, LEDE_TEXT)]


def test_times_inside_sentences_are_prose(segmented: Segmenter) -> None:
    text = "A vonat 2026. január 23-án 14:05-kor indult, és 16:30-kor érkezett meg."
    assert segmented(text) == [(LEDE, text)]


@pytest.mark.parametrize("line", ["Szerző: MTI", "Forrás: MTI", "Szerkesztő: Kiss Anna"])
def test_byline_and_source_lines_are_boilerplate(segmented: Segmenter, line: str) -> None:
    assert segmented(f"{LEDE_TEXT}\n\n{line}") == [(LEDE, LEDE_TEXT), (BOILERPLATE, line)]


def test_comment_section_and_everything_below_it_is_boilerplate(segmented: Segmenter) -> None:
    text = (
        f"{LEDE_TEXT}\n\nKommentek (12)\n\nA hozzászólásokat a szerkesztőség moderálja.\n\n"
        "kovacs88: Ez a költségvetés is csak ígéret, semmi több, mint a tavalyi."
    )
    assert [kind for kind, _ in segmented(text)] == [LEDE, BOILERPLATE, BOILERPLATE, BOILERPLATE]


def test_comment_counter_above_the_article_is_not_a_comment_section(segmented: Segmenter) -> None:
    assert segmented(f"Hozzászólások (3)\n\n{LEDE_TEXT}") == [
        (BOILERPLATE, "Hozzászólások (3)"),
        (LEDE, LEDE_TEXT),
    ]


def test_related_and_newsletter_boxes_are_boilerplate(segmented: Segmenter) -> None:
    text = (
        f"{LEDE_TEXT}\n\nOlvasta már?\n\nTrump Davosba érkezett\n\nGyengült a forint\n\n"
        f"{BODY_TEXT}\n\nKapcsolódó: A költségvetés részletei\n\n"
        "Iratkozzon fel hírlevelünkre, és elsőként értesül a hírekről!"
    )
    assert [kind for kind, _ in segmented(text)] == [
        LEDE,
        BOILERPLATE,
        BOILERPLATE,
        BOILERPLATE,
        PARAGRAPH,
        BOILERPLATE,
        BOILERPLATE,
    ]


@pytest.mark.parametrize(
    "tail",
    [
        "A kritikus nyersanyagok miatt aggódik az Európai Unió",
        "Kritikus nyersanyagokról tárgyalt Brüsszel",
        "OroszországUkrajnaháborúDonald Trump",
    ],
)
def test_related_titles_glued_to_the_last_word_are_boilerplate(
    segmented: Segmenter, tail: str
) -> None:
    last = "Az amerikai elnök csütörtökön érkezett Davosba"
    assert segmented(f"{LEDE_TEXT}\n\n{last}{tail}") == [
        (LEDE, LEDE_TEXT),
        (PARAGRAPH, last),
        (BOILERPLATE, tail),
    ]


def test_lost_spaces_in_the_last_paragraph_are_not_related_titles(segmented: Segmenter) -> None:
    last = "A kutatást aNature folyóirat közölte, a vezetőminiszterlegújabb posztja szerint"
    assert segmented(f"{LEDE_TEXT}\n\n{last}")[-1] == (PARAGRAPH, last)


@pytest.mark.parametrize(
    "embed",
    [
        "A bejegyzés megtekintése az InstagramonKiss Anna (@kissanna) által megosztott bejegyzés",
        "pic.twitter.com/AbC123xyz",
        "— Kiss Anna (@kissanna)December 24, 2025",
        "#karacsony#budapest#advent",
    ],
)
def test_social_media_embeds_are_boilerplate(segmented: Segmenter, embed: str) -> None:
    assert (BOILERPLATE, embed) in segmented(f"{LEDE_TEXT}\n\n{embed}\n\n{BODY_TEXT}")
