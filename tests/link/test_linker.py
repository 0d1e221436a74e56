"""Linking rules on hand-built articles over a small hand-built KB (no model needed)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from kronika.link import KbIndex, build_index, link_mentions
from kronika.types import Entity, EntityType, Mention, Role, Sentence

from .conftest import make_article


def linked(index: KbIndex, text: str, *mentions: tuple[str, str], day: dt.date | None = None):
    article = make_article(text, mentions, day or dt.date(2026, 1, 23))
    result = link_mentions(article, index)
    return {article.text[m.start : m.end]: m for m in result}, article


@pytest.mark.parametrize(
    ("surface", "entity_id", "rule", "lemma"),
    [
        ("Putyinnal", "Q7747", "inflection", "Putyin"),
        ("Trumppal", "Q22686", "inflection", "Trump"),
        # The KB knows "Steve Witkoff", not "Witkoff" alone: the stem is a family name.
        ("Witkoff-fal", "kronika:steve-witkoff", "partial-name", "Witkoff-fal"),
        ("Zelenszkijnek", "Q3874799", "inflection", "Zelenszkij"),
        ("Abu-Dzabiban", "Q1519", "inflection", "Abu-Dzabi"),
        ("Kijevbe", "Q1899", "inflection", "Kijev"),
        ("Moszkvától", "Q649", "inflection", "Moszkva"),
    ],
)
def test_inflected_names_link_through_their_stem(
    index: KbIndex, surface: str, entity_id: str, rule: str, lemma: str
) -> None:
    # The lemma is deliberately the surface: the linker must find the stem itself, and the
    # stem it found becomes the lemma.
    by_surface, _ = linked(index, f"Tegnap {surface} is tárgyalt.", (surface, "PER"))
    mention = by_surface[surface]
    assert mention.entity_id == entity_id
    assert mention.rule == rule
    assert mention.lemma == lemma
    assert mention.confidence is not None and 0 < mention.confidence <= 1


def test_a_capitalised_word_is_not_an_acronym_plus_a_case_ending(index: KbIndex) -> None:
    by_surface, _ = linked(index, "Az Isten és az IST is.", ("Isten", "PER"), ("IST", "LOC"))
    assert by_surface["Isten"].entity_id != "Q86473"
    assert by_surface["Isten"].lemma == "Isten"
    assert by_surface["IST"].entity_id == "Q86473"


def test_full_and_partial_names_link_to_the_same_person(index: KbIndex) -> None:
    by_surface, _ = linked(index, "Putyin nyilatkozott.", ("Putyin", "PER"))
    assert by_surface["Putyin"].entity_id == "Q7747"
    by_surface, _ = linked(index, "Vlagyimir Putyin nyilatkozott.", ("Vlagyimir Putyin", "PER"))
    assert by_surface["Vlagyimir Putyin"].rule == "exact"


def test_a_lone_surname_of_an_obscure_person_stays_nil(index: KbIndex) -> None:
    # The only Kovács in the KB is a 1998 legislator: "Kovács" in today's news is someone else.
    by_surface, article = linked(index, "Kovács nyilatkozott.", ("Kovács", "PER"))
    assert by_surface["Kovács"].entity_id == f"nil:{article.id}:kovacs"


@pytest.mark.parametrize("typo", ["Wikoff", "Whitkoff"])
def test_typos_of_long_names_link_by_fuzzy_match(index: KbIndex, typo: str) -> None:
    by_surface, _ = linked(index, f"{typo} tárgyalt.", (typo, "PER"))
    assert by_surface[typo].entity_id == "kronika:steve-witkoff"
    assert by_surface[typo].rule == "fuzzy"


def test_trump_does_not_absorb_trumpf(index: KbIndex) -> None:
    by_surface, _ = linked(index, "Trumpf nyilatkozott.", ("Trumpf", "ORG"))
    assert by_surface["Trumpf"].entity_id.startswith("nil:")


def test_transcription_variant_links_donbasz_to_donbass(index: KbIndex) -> None:
    by_surface, _ = linked(index, "A Donbasz kérdése.", ("Donbasz", "LOC"))
    assert by_surface["Donbasz"].entity_id == "Q605714"


def test_unknown_name_gets_one_nil_id_for_all_its_forms_and_its_surname(index: KbIndex) -> None:
    text = "Kovács Jánosnak írt. Kovács János nyilatkozott. Kovács beszélt."
    article = make_article(
        text,
        [
            ("Kovács Jánosnak", "PER", 0, "Kovács János"),
            ("Kovács János", "PER", 1),
            ("Kovács", "PER", 2),
        ],
    )
    ids = {m.entity_id for m in link_mentions(article, index)}
    assert ids == {f"nil:{article.id}:kovacs janos"}


def test_short_mentions_corefer_with_the_earlier_full_name(index: KbIndex) -> None:
    text = "Alekszandr Koc haditudósító beszélt. Koc szerint vége. Zelenszkij közölte."
    by_surface, _ = linked(
        index, text, ("Alekszandr Koc", "PER"), ("Koc", "PER", 1), ("Zelenszkij", "PER")
    )
    assert by_surface["Koc"].entity_id == "kronika:alexander-kots"
    assert by_surface["Koc"].rule == "coref"
    # A headline-style surname before its full name also follows it.
    by_surface, _ = linked(
        index,
        "Zelenszkij beszélt. Volodimir Zelenszkijnek írt.",
        ("Zelenszkij", "PER"),
        ("Volodimir Zelenszkijnek", "PER"),
    )
    assert by_surface["Zelenszkij"].rule == "coref"
    assert by_surface["Zelenszkij"].entity_id == "Q3874799"


def test_an_organisation_run_into_one_the_article_names_alone_is_split(index: KbIndex) -> None:
    text = "A Kovax Petrolinnal folytatott tárgyalásról a Petrolin nem nyilatkozott."
    by_surface, _ = linked(index, text, ("Kovax Petrolinnal", "ORG"), ("Petrolin", "ORG", 1))
    assert "Kovax Petrolinnal" not in by_surface
    assert by_surface["Kovax"].label == by_surface["Petrolinnal"].label == "ORG"
    assert by_surface["Petrolinnal"].entity_id == by_surface["Petrolin"].entity_id
    # A person's full name keeps its family name, and a bare last word may end one name.
    text = "Anna Szabónak írtak. Szabó válaszolt. A Kovax Petrolin gyárat is a Petrolin vette."
    by_surface, _ = linked(
        index,
        text,
        ("Anna Szabónak", "PER"),
        ("Szabó", "PER", 1),
        ("Kovax Petrolin", "ORG"),
        ("Petrolin", "ORG", 1),
    )
    assert {"Anna Szabónak", "Kovax Petrolin"} <= set(by_surface)


def test_a_family_name_the_ner_missed_follows_the_earlier_full_name(index: KbIndex) -> None:
    text = (
        "Alekszandr Koc haditudósító beszélt. A minisztérium Kocot is meghívta. "
        "Később Alekszandr Kocnak is írtak. A Koc Intézet hallgatott."
    )
    by_surface, _ = linked(index, text, ("Alekszandr Koc", "PER"))
    added = by_surface["Kocot"]
    assert (added.entity_id, added.rule, added.label, added.lemma) == (
        "kronika:alexander-kots",
        "coref-untagged",
        "PER",
        "Koc",
    )
    # The full name again, which the NER missed, is one mention with the given name.
    again = by_surface["Alekszandr Kocnak"]
    assert (again.entity_id, again.lemma) == ("kronika:alexander-kots", "Alekszandr Koc")
    # Another capital word beside it makes it part of another name.
    assert "Koc" not in by_surface
    # Linking again finds them again, once.
    article = make_article(text, [("Alekszandr Koc", "PER")])
    mentions = link_mentions(article, index)
    assert link_mentions(replace(article, mentions=mentions), index) == mentions
    # Nothing is added before the full name, nor when the article names no one in full.
    by_surface, _ = linked(
        index, "A minisztérium Kocot hívta. Alekszandr Koc beszélt.", ("Alekszandr Koc", "PER")
    )
    assert "Kocot" not in by_surface
    by_surface, _ = linked(index, "A minisztérium Kocot hívta.")
    assert "Kocot" not in by_surface


def test_a_capital_at_a_sentence_start_needs_a_proper_noun(index: KbIndex) -> None:
    text = "Fehér Anna beszélt. Fehér zászlót lengettek. Fehér szerint vége."
    article = make_article(text, [("Fehér Anna", "PER")])
    starts = [0, text.index("Fehér zászlót"), text.index("Fehér szerint")]
    sentences = tuple(
        Sentence(a, b - 1) for a, b in zip(starts, [*starts[1:], len(text) + 1], strict=True)
    )
    # The tagger reads the first sentence-initial word as an adjective, the second as a name.
    tokens = tuple(replace(t, pos="ADJ") if t.start == starts[1] else t for t in article.tokens)
    mentions = link_mentions(replace(article, tokens=tokens, sentences=sentences), index)
    added = [m.start for m in mentions if m.rule == "coref-untagged"]
    assert added == [text.index("Fehér szerint")]


def test_role_description_resolves_by_country_adjective_and_date(index: KbIndex) -> None:
    text = "Az orosz elnök nyilatkozott."
    by_surface, _ = linked(index, text)
    assert by_surface["orosz elnök"].entity_id == "Q7747"
    assert by_surface["orosz elnök"].rule == "role"
    assert by_surface["orosz elnök"].label == "PER"
    by_surface, _ = linked(index, text, day=dt.date(1995, 3, 1))
    assert by_surface["orosz elnök"].entity_id == "Q23530"


def test_kinship_after_a_role_follows_the_relative_roles(index: KbIndex) -> None:
    by_surface, _ = linked(index, "Az amerikai elnök veje tárgyalt.")
    assert by_surface["amerikai elnök veje"].entity_id == "Q13628723"


def test_bare_head_of_government_means_hungary_by_default(index: KbIndex) -> None:
    by_surface, _ = linked(index, "A kormányfő beszélt.")
    assert by_surface["kormányfő"].entity_id == "Q57641"


def test_description_learned_from_an_apposition(index: KbIndex) -> None:
    text = "Alekszandr Koc haditudósító beszélt. A haditudósító szerint vége."
    result = link_mentions(make_article(text, [("Alekszandr Koc", "PER")]), index)
    roles = [m for m in result if m.rule == "role"]
    # The apposition adds no mention; the later description does.
    assert [text[m.start : m.end] for m in roles] == ["haditudósító"]
    assert roles[0].start > text.index("A haditudósító")
    assert roles[0].entity_id == "kronika:alexander-kots"


def test_former_and_plural_descriptions_are_not_the_current_holder(index: KbIndex) -> None:
    by_surface, _ = linked(index, "A volt orosz elnök beszélt. Az elnökök tárgyalt.")
    assert "orosz elnök" not in by_surface and "elnökök" not in by_surface


def test_acting_capital_records_the_government_reading(index: KbIndex) -> None:
    text = "Moszkva és Kijev dolgozik. A Kremlben zajlott. Kijev számára rossz."
    article = make_article(
        text, [("Moszkva", "LOC"), ("Kijev", "LOC"), ("Kremlben", "LOC"), ("Kijev", "LOC", 1)]
    )
    mentions = link_mentions(article, index)
    moscow, kyiv, kremlin, kyiv_for = mentions
    assert (moscow.entity_id, moscow.rule) == ("Q649", "metonymy:Q159")
    assert (kyiv.entity_id, kyiv.rule) == ("Q1899", "metonymy:Q212")
    # A location and the object of a postposition keep the place reading.
    assert (kremlin.entity_id, kremlin.rule) == ("Q133274", "inflection")
    assert (kyiv_for.entity_id, kyiv_for.rule) == ("Q1899", "exact")


def test_kremlin_acting_as_source_is_metonymy(index: KbIndex) -> None:
    by_surface, _ = linked(index, "A Kreml szerint nincs baj.", ("Kreml", "ORG"))
    assert by_surface["Kreml"].rule == "metonymy:Q159"
    assert by_surface["Kreml"].entity_id == "Q133274"


def test_lower_case_place_adjective_links_as_demonym(index: KbIndex) -> None:
    by_surface, _ = linked(index, "A grönlandi helyzet.", ("grönlandi", "LOC"))
    assert by_surface["grönlandi"].entity_id == "Q223"
    assert by_surface["grönlandi"].rule == "demonym"


def test_scraping_glue_is_repaired_before_lookup(index: KbIndex) -> None:
    text = "– mondtaVolodimir Zelenszkij. Donald Trumphétfőn beszélt. Szerinte DonaldTrump jött."
    by_surface, _ = linked(
        index,
        text,
        ("mondtaVolodimir Zelenszkij", "PER"),
        ("Donald Trumphétfőn", "PER"),
        ("DonaldTrump", "PER"),
    )
    # The span is cut to the name, so a speaker or an unknown name's id is the name alone.
    assert by_surface["Volodimir Zelenszkij"].entity_id == "Q3874799"
    assert by_surface["Donald Trumphétfőn"].entity_id == "Q22686"
    # A whole name whose space was lost (``DonaldTrumpelnök`` split by the tokenizer).
    assert by_surface["DonaldTrump"].entity_id == "Q22686"


def test_a_word_glued_into_a_name_is_cut_off_its_span(index: KbIndex) -> None:
    text = "Trump aHírlapnak beszélt, írta aKrónikás. Vanceaz Interjúban volt."
    by_surface, _ = linked(
        index,
        text,
        ("Trump aHírlapnak", "PER"),
        ("aKrónikás", "ORG"),
        ("Vanceaz Interjúban", "PER"),
    )
    assert by_surface["Trump"].entity_id == "Q22686"
    # An unknown name gets its id from the name, not from the glued article.
    assert by_surface["Krónikás"].entity_id.endswith(":kronikas")
    # "Vance" is no KB name here, so nothing says where the name ends: the span stays.
    assert "Vanceaz Interjúban" in by_surface


def test_a_glued_article_after_a_known_name_ends_the_name(index: KbIndex) -> None:
    by_surface, _ = linked(index, "– mondta Trumpaz Interjúban.", ("Trumpaz Interjúban", "PER"))
    assert by_surface["Trump"].entity_id == "Q22686"


def test_a_glued_article_before_a_lower_case_word_ends_a_known_name(index: KbIndex) -> None:
    by_surface, _ = linked(
        index, "Ezt látni.Trumpa berlini beszédében mondta.", ("Trumpa berlini", "PER")
    )
    assert by_surface["Trump"].entity_id == "Q22686"


def test_south_slavic_names_meet_their_hungarian_transcription(index: KbIndex) -> None:
    text = "Alekszandar Vucsics szerb elnök beszélt. Vucsics szerint jó volt."
    by_surface, _ = linked(
        index, text, ("Alekszandar Vucsics", "PER"), ("Vucsics", "PER", 1), day=dt.date(2025, 12, 1)
    )
    assert by_surface["Alekszandar Vucsics"].entity_id == "Q222031"
    assert by_surface["Vucsics"].entity_id == "Q222031"
    assert by_surface["Vucsics"].rule == "coref"


def test_a_name_grows_over_the_family_name_the_ner_left_out(index: KbIndex) -> None:
    by_surface, _ = linked(index, "Vitályos Eszter azt mondta.", ("Eszter", "PER"))
    assert by_surface["Vitályos Eszter"].entity_id == "Q111884634"


def test_linking_keeps_every_input_mention_and_its_span(index: KbIndex) -> None:
    text = "Putyin és Trumpf tárgyalt."
    article = make_article(text, [("Putyin", "PER"), ("Trumpf", "ORG")])
    result = [m for m in link_mentions(article, index) if m.rule != "role"]
    assert [(m.start, m.end, m.label) for m in result] == [
        (m.start, m.end, m.label) for m in article.mentions
    ]
    assert all(isinstance(m, Mention) and m.entity_id and m.rule for m in result)


def test_a_bare_role_after_a_qualified_foreign_holder_is_the_one_named_by_name(
    index: KbIndex,
) -> None:
    text = "Orbán Viktor beszélt. A belga miniszterelnök tárgyalt. A miniszterelnök fogalmazott."
    result = link_mentions(make_article(text, [("Orbán Viktor", "PER")]), index)
    roles = [(text[m.start : m.end], m.entity_id) for m in result if m.rule == "role"]
    assert roles == [
        ("belga miniszterelnök", "kronika:bart-de-wever"),
        ("miniszterelnök", "Q57641"),
    ]


def test_a_bare_role_after_the_only_holder_the_article_knows_is_that_holder(
    index: KbIndex,
) -> None:
    text = "A belga miniszterelnök tárgyalt. A miniszterelnök fogalmazott."
    result = link_mentions(make_article(text, []), index)
    assert [m.entity_id for m in result if m.rule == "role"] == ["kronika:bart-de-wever"] * 2


def test_an_acronym_defined_in_parentheses_names_the_body_before_it(index: KbIndex) -> None:
    text = "A Nyomozó Bizottság (NYB) közölte. Az NYB szerint vége."
    article = make_article(text, [("Nyomozó Bizottság", "ORG"), ("NYB", "ORG"), ("NYB", "ORG", 1)])
    body, defined, later = link_mentions(article, index)
    assert body.entity_id is not None and body.entity_id.startswith("nil:")
    assert defined.entity_id == later.entity_id == body.entity_id
    assert later.rule == "acronym-defined"


def test_an_unknown_name_inflected_is_the_same_unknown_name_written_bare(index: KbIndex) -> None:
    text = "Xavér Zsoltot letartóztatták. Xavér Zsolt tüntetett. Xavér Zsoltnak nincs köze."
    article = make_article(
        text, [("Xavér Zsoltot", "PER"), ("Xavér Zsolt", "PER", 1), ("Xavér Zsoltnak", "ORG")]
    )
    inflected, bare, other_label = link_mentions(article, index)
    assert inflected.entity_id == bare.entity_id == f"nil:{article.id}:xaver zsolt"
    assert inflected.lemma == "Xavér Zsolt"
    # Another kind of name is left alone.
    assert other_label.entity_id == f"nil:{article.id}:xaver zsoltnak"


def test_members_named_after_an_acronym_are_the_organisation(index: KbIndex) -> None:
    text = "A KTK-sok oltották el. A KTK-soknak köszönik. Egy KTK-s autó. Az XYZ-sek jöttek."
    # The NER missed the first, took the second for an unknown name and rightly left the
    # singular adjective; no organisation is called XYZ.
    article = make_article(text, [("KTK-soknak", "PER")])
    article = replace(article, mentions=(replace(article.mentions[0], entity_id="nil:x:y"),))
    mentions = link_mentions(article, index)
    assert [(text[m.start : m.end], m.entity_id, m.rule, m.label) for m in mentions] == [
        ("KTK-sok", "kronika:kozponti-tuzoltokar", "acronym-member", "ORG"),
        ("KTK-soknak", "kronika:kozponti-tuzoltokar", "acronym-member", "ORG"),
    ]
    # Linking again finds them again, once.
    again = link_mentions(replace(article, mentions=mentions), index)
    assert again == mentions


def test_a_role_noun_the_lemmatizer_cut_is_found_and_the_named_holder_chosen(
    index: KbIndex,
) -> None:
    text = "Peszkov tárgyalt. A Kreml sajtótitkára beszélt."
    by_surface, _ = linked(index, text, ("Peszkov", "PER"), ("Kreml", "ORG"))
    role = by_surface["sajtótitkára"]
    # Russia has two spokespeople; the article named one.
    assert (role.entity_id, role.lemma) == ("kronika:dmitry-peskov", "sajtótitkár")
    by_surface, _ = linked(index, "A Kreml sajtótitkára beszélt.", ("Kreml", "ORG"))
    assert "sajtótitkára" not in by_surface


def test_an_organisation_tagged_as_a_place_is_relabelled_and_cut_from_a_glued_article(
    index: KbIndex,
) -> None:
    by_surface, _ = linked(index, "– írja a Reutersaz alapján.", ("Reutersaz", "LOC"))
    reuters = by_surface["Reuters"]
    assert (reuters.entity_id, reuters.label) == ("Q130879", "ORG")


def test_a_role_glued_to_its_verb_is_described_without_the_verb(index: KbIndex) -> None:
    text = "Orbán Viktor beszélt. Később a kormányfőelárulta, hogy kész."
    by_surface, _ = linked(index, text, ("Orbán Viktor", "PER"))
    role = by_surface["kormányfő"]
    assert (role.entity_id, role.rule) == ("Q57641", "role")
    # A compound noun that opens with a role word is not split.
    by_surface, _ = linked(index, "Orbán Viktor a elnökválasztást kész.", ("Orbán Viktor", "PER"))
    assert set(by_surface) == {"Orbán Viktor"}


def test_an_office_filed_under_a_state_without_a_code_holds_for_the_coded_state() -> None:
    # A source files the Danish prime minister under the Kingdom of Denmark (no alpha-3
    # code), whose name is an alias of Denmark (DNK).
    day = dt.date(2026, 1, 23)
    premier = Role("prime_minister", "Q756617", dt.date(2019, 6, 27), None, "test")
    entities = [
        Entity("Q35", "Q35", "Denmark", "Dánia", EntityType.COUNTRY, ("Kingdom of Denmark",),
               "DNK", sources=("test",)),
        Entity("Q756617", "Q756617", "Kingdom of Denmark", None, EntityType.COUNTRY,
               sources=("test",)),
        Entity("Q5015", "Q5015", "Mette Frederiksen", None, EntityType.PERSON, roles=(premier,),
               sources=("test",)),
    ]  # fmt: skip
    index = build_index(entities, {})
    for state in ("Q35", "Q756617"):
        [holder] = index.office_holders(("prime_minister",), state, day)
        assert holder.entity_id == "Q5015"


def test_a_demonym_names_the_country_with_a_capital_among_those_sharing_its_code() -> None:
    # Natural Earth files island territories under their sovereign's code (``AUS``).
    def country(qid: str, name: str) -> Entity:
        return Entity(qid, qid, name, None, EntityType.COUNTRY, country="AUS", sources=("t",))

    capital = Role("capital", "Q408", None, None, "test")
    entities = [
        country("Q133888", "Ashmore and Cartier Islands"),
        country("Q408", "Australia"),
        Entity("Q3114", "Q3114", "Canberra", None, EntityType.CITY, roles=(capital,),
               sources=("t",)),
    ]  # fmt: skip
    assert build_index(entities, {"AUS": ("ausztrál",)}).demonyms["ausztrál"] == "Q408"


def test_a_sentence_opening_word_the_ner_took_into_a_name_is_cut_off(index: KbIndex) -> None:
    by_surface, _ = linked(
        index, "Miközben Trump tárgyalt, Putyin várt.", ("Miközben Trump", "PER")
    )
    mention = by_surface["Trump"]
    assert mention.entity_id == "Q22686"
    assert mention.lemma == "Trump"


def test_an_organisation_run_into_a_persons_name_is_split(index: KbIndex) -> None:
    # ``idézte a Reuters XIV. Leó pápát``, ``a Reuters Vitályos Esztert idézte``: the NER
    # took an agency and the person after it for one name. A name that merely opens with
    # the agency's (``a Reuters Business Daily``) stays whole.
    by_surface, _ = linked(
        index,
        "Idézte a Reuters XIV. Leó pápát, majd a Reuters Vitályos Esztert. "
        "A Reuters Business Daily írta.",
        ("Reuters XIV. Leó", "MISC"),
        ("Reuters Vitályos Esztert", "ORG"),
        ("Reuters Business Daily", "ORG"),
    )
    assert by_surface["Reuters"].entity_id == "Q130879"
    assert by_surface["XIV. Leó"].label == "PER"
    assert by_surface["Vitályos Esztert"].entity_id == "Q111884634"
    assert by_surface["Reuters Business Daily"].entity_id.startswith("nil:")


def test_a_hyphenated_word_run_into_a_name_is_cut_off_it(index: KbIndex) -> None:
    text = (
        "Ezt mondta a Reuters-nek Donald Trump. A Facebook-oldalán Vlagyimir Putyin írt. "
        "Írta az X-en Volodimir Zelenszkij. A Sydney-i Műszaki Egyetem közölte."
    )
    by_surface, _ = linked(
        index,
        text,
        ("Reuters-nek Donald Trump", "ORG"),
        ("Facebook-oldalán Vlagyimir Putyin", "MISC"),
        ("X-en Volodimir Zelenszkij", "MISC"),
        ("Sydney-i Műszaki Egyetem", "ORG"),
    )
    # A name with a case ending is a mention of its own, and the person after it is one too.
    assert by_surface["Reuters-nek"].entity_id == "Q130879"
    assert by_surface["Donald Trump"].entity_id == "Q22686"
    assert by_surface["Donald Trump"].label == "PER"
    # A compound common noun is no name: the mention starts after it.
    assert "Facebook-oldalán" not in by_surface
    assert by_surface["Vlagyimir Putyin"].entity_id == "Q7747"
    # A one-letter name is dropped rather than read as an initial.
    assert "X-en" not in by_surface
    assert by_surface["Volodimir Zelenszkij"].entity_id == "Q3874799"
    # An adjective made from a name opens the institution's name.
    assert "Sydney-i Műszaki Egyetem" in by_surface


def test_two_kb_names_run_together_are_two_mentions(index: KbIndex) -> None:
    text = (
        "Ukrajna Oroszországgal tárgyalt. Dmitrij Peszkov Moszkvában nyilatkozott. "
        "A Reuters Ukrajnában dolgozik."
    )
    by_surface, _ = linked(
        index,
        text,
        ("Ukrajna Oroszországgal", "ORG"),
        ("Dmitrij Peszkov Moszkvában", "PER"),
        ("Reuters Ukrajnában", "ORG"),
    )
    assert by_surface["Ukrajna"].entity_id == "Q212"
    assert (by_surface["Oroszországgal"].entity_id, by_surface["Oroszországgal"].label) == (
        "Q159",
        "LOC",
    )
    assert by_surface["Dmitrij Peszkov"].entity_id == "kronika:dmitry-peskov"
    assert by_surface["Moszkvában"].entity_id == "Q649"
    # An organisation's name before a place's is its branch: one name, which the KB lacks.
    assert by_surface["Reuters Ukrajnában"].entity_id.startswith("nil:")
    # A person the KB does not know, where they are; a name whose last letters read as a
    # place in the superessive stays whole.
    # One word alone must be a name the KB knows (not ``Magánúton``, capitalised after glue).
    by_surface, _ = linked(
        index,
        "Tegnap Kovács Béla Moszkvában tárgyalt. Tegnap Matt Kijeven beszélt. "
        "Tegnap Magánúton Kijevbe utazott.",
        ("Kovács Béla Moszkvában", "PER"),
        ("Matt Kijeven", "PER"),
        ("Magánúton Kijevbe", "PER"),
    )
    assert by_surface["Kovács Béla"].entity_id.startswith("nil:")
    assert (by_surface["Moszkvában"].entity_id, by_surface["Moszkvában"].label) == ("Q649", "LOC")
    assert by_surface["Matt Kijeven"].entity_id.startswith("nil:")
    assert by_surface["Magánúton Kijevbe"].entity_id.startswith("nil:")


def test_a_persons_one_word_name_run_into_the_next_name_is_two_mentions(
    index: KbIndex,
) -> None:
    text = (
        "A fotón Trump Epsteinnel látható. Putyin Ukrajna ellen harcol. Putyin Vlagyimir beszélt."
    )
    by_surface, _ = linked(
        index,
        text,
        ("Trump Epsteinnel", "PER"),
        ("Putyin Ukrajna", "PER"),
        ("Putyin Vlagyimir", "PER"),
    )
    assert by_surface["Trump"].entity_id == "Q22686"
    # The unknown name gets its own id, not one made of both names.
    assert by_surface["Epsteinnel"].entity_id.startswith("nil:")
    assert "trump" not in by_surface["Epsteinnel"].entity_id
    assert by_surface["Ukrajna"].entity_id == "Q212"
    assert by_surface["Ukrajna"].label == "LOC"
    # A person's own name written family first stays whole.
    assert by_surface["Putyin Vlagyimir"].entity_id == "Q7747"
