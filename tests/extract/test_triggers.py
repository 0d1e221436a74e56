"""Trigger matching and modality cues on hand-built articles (no model needed)."""

from __future__ import annotations

import pytest

from kronika.extract.lexicon import CueKind, CueScope
from kronika.extract.patterns import potential_stem, verb_stems
from kronika.extract.triggers import TriggerMatch, find_triggers
from kronika.types import PloverType, SegmentKind, Token

from .conftest import INFINITIVE, PAST, PRESENT, build, plain

CND = "Mood=Cnd|Tense=Pres|VerbForm=Fin"


def triggers(*segments: str | tuple[SegmentKind, str]) -> dict[str, TriggerMatch]:
    article = build(*segments)
    return {article.text[m.start : m.end]: m for m in find_triggers(article)}


def test_verb_lemma_is_a_trigger_with_its_clause_tense() -> None:
    found = triggers(
        "Putyin tárgyalt/tárgyal/VERB/" + PAST + " Witkoff-fal/Witkoff/PROPN/Case=Ins ."
    )
    match = found["tárgyalt"]
    assert match.entry.type is PloverType.CONSULT
    assert match.tense == "Past"
    assert match.cues == ()


def test_separated_preverb_joins_its_verb_and_the_phrase_beats_the_bare_noun() -> None:
    found = triggers(
        "Az EU szankciókat/szankció/NOUN/Case=Acc vezetett/vezet/VERB/" + PAST + " be "
        "Oroszország/Oroszország/PROPN ellen ."
    )
    [match] = found.values()
    assert match.entry.id == "SANCTION:szankció[Acc] be+vezet"
    assert len(match.tokens) == 3


def test_attached_preverb_matches_the_same_entry() -> None:
    found = triggers(
        "Az EU bevezette/bevezet/VERB/" + PAST + " a szankciókat/szankció/NOUN/Case=Acc ."
    )
    assert found["bevezette a szankciókat"].entry.id == "SANCTION:szankció[Acc] be+vezet"


def test_bare_stem_without_its_preverb_is_not_the_preverb_verb() -> None:
    found = triggers(
        "A miniszter vezette/vezet/VERB/" + PAST + " a szankciókat/szankció/NOUN/Case=Acc ."
    )
    assert [m.entry.id for m in found.values()] == ["SANCTION:szankció"]


def test_a_bare_verb_with_a_preverb_of_its_own_after_it_is_another_verb() -> None:
    # ``a bíróság bírálja el a kérelmet``: ``elbírál`` (decides on), not ``bírál``
    # (criticises), which the lexicon lists bare.
    found = triggers(
        f"A bíróság bírálja/bírál/VERB/{PRESENT} el/el/ADV a kérelmet/kérelem/NOUN/Case=Acc ."
    )
    assert [m.entry.type for m in found.values()] == [PloverType.REQUEST]
    assert "bírálja" not in found
    # Without the preverb it is criticism.
    found = triggers(f"A bíróság bírálja/bírál/VERB/{PRESENT} a döntést/döntés/NOUN/Case=Acc .")
    assert found["bírálja"].entry.type is PloverType.ACCUSE


def test_nemet_mond_is_a_refusal_not_a_negation() -> None:
    found = triggers(
        "Putyin nemet/nem/NOUN/Case=Acc mondott/mond/VERB/"
        + PAST
        + " a tárgyalásra/tárgyalás/NOUN/Case=Sbl ."
    )
    reject = found["nemet mondott"]
    assert reject.entry.type is PloverType.REJECT
    assert CueKind.NEGATED not in reject.cue_kinds()
    talks = found["tárgyalásra"]
    assert CueKind.REFUSED in talks.cue_kinds()
    assert CueKind.NEGATED not in talks.cue_kinds()


def test_negation_word_negates_the_event_in_its_clause() -> None:
    found = triggers(
        "Putyin nem tárgyalt/tárgyal/VERB/" + PAST + " Witkoff-fal/Witkoff/PROPN/Case=Ins ."
    )
    assert found["tárgyalt"].cue_kinds() == {CueKind.NEGATED}


def test_negation_of_a_focus_word_does_not_negate_the_event() -> None:
    found = triggers(
        "A felek nem kizárólag Ukrajnáról/Ukrajna/PROPN/Case=Del egyeztettek/egyeztet/VERB/"
        + PAST
        + " ."
    )
    assert CueKind.NEGATED not in found["egyeztettek"].cue_kinds()


def test_an_inflected_noun_the_lemmatiser_left_alone_still_matches() -> None:
    # ``egyeztetésekben`` left unlemmatised (tagged inessive): the phrase with
    # ``egyeztetés[Ine|Sup]`` still matches; a bare ``-t`` is no accusative to cut
    # (``lefoglalt`` is a past form).
    found = triggers(
        "Szerbia nem vesz/vesz/VERB/" + PRESENT + " részt/rész/NOUN/Case=Acc "
        "ezekben/ez/PRON/Case=Ine az egyeztetésekben/egyeztetésekben/NOUN/Case=Ine ."
    )
    assert [m.entry.type for m in found.values()] == [PloverType.CONSULT]
    seized = triggers("a lefoglalt/lefoglalt/NOUN/Case=Acc vagyon marad .")
    assert seized == {}


def test_denying_the_accusations_is_no_event() -> None:
    found = triggers("Kovács tagadja/tagad/VERB/" + PRESENT + " a vádakat/vád/NOUN/Case=Acc .")
    assert found == {}


def test_a_litotes_is_no_negation() -> None:
    # ``nem mindennapi`` (unusual), ``nem egyszer`` (repeatedly), ``nem titkoltan`` (openly):
    # it happened.
    for litotes in (
        "Nem mindennapi/mindennapi/ADJ/Case=Nom látogatót",
        "Nem egyszer/egyszer/ADV",
        "Nem titkoltan/titkolt/ADJ/Case=Ess",
    ):
        found = triggers(f"{litotes} fogadott/fogad/VERB/{PAST} Putyin .")
        assert CueKind.NEGATED not in found["fogadott"].cue_kinds(), litotes


def test_nominalisation_is_a_trigger_and_a_realisation_verb_is_its_cue() -> None:
    found = triggers(
        "A tárgyalás/tárgyalás/NOUN/Case=Nom zárt ajtók mögött zajlott/zajlik/VERB/" + PAST + " ."
    )
    match = found["tárgyalás"]
    assert match.entry.type is PloverType.CONSULT
    assert match.cue_kinds() == {CueKind.OCCURRED}


def test_phrase_words_too_far_apart_do_not_match() -> None:
    far = triggers(
        "Kezet/kéz/NOUN/Case=Acc mindenki ma egy nagyon hosszú napon fogott/fog/VERB/" + PAST + " ."
    )
    near = triggers("Kezet/kéz/NOUN/Case=Acc fogtak/fog/VERB/" + PAST + " .")
    assert far == {}
    assert near["Kezet fogtak"].entry.type is PloverType.CONSULT


def test_refusal_in_the_main_clause_reaches_the_hogy_clause() -> None:
    found = triggers(
        "Putyin elutasította/elutasít/VERB/"
        + PAST
        + " , hogy tárgyaljon/tárgyal/VERB/Mood=Imp|VerbForm=Fin ."
    )
    talks = found["tárgyaljon"]
    [refusal] = [c for c in talks.cues if c.kind is CueKind.REFUSED]
    assert refusal.scope is CueScope.MATRIX
    assert found["elutasította"].entry.type is PloverType.REJECT


def test_planned_multilateral_meeting_announced_by_someone_is_planned_and_reported() -> None:
    found = triggers(
        "Zelenszkij bejelentette/bejelent/VERB/" + PAST + " , hogy háromoldalú/háromoldalú/ADJ "
        "találkozót/találkozó/NOUN/Case=Acc terveznek/tervez/VERB/" + PRESENT + " ."
    )
    match = found["háromoldalú találkozót"]
    assert (match.entry.type, match.entry.mode) == (PloverType.CONSULT, "multilateral")
    assert match.cue_kinds() == {CueKind.PLANNED, CueKind.REPORTED}


def test_fog_with_an_infinitive_makes_an_event_planned() -> None:
    found = triggers(
        "A felek tárgyalni/tárgyal/VERB/" + INFINITIVE + " fognak/fog/VERB/" + PRESENT + " ."
    )
    assert found["tárgyalni"].cue_kinds() == {CueKind.PLANNED}


def test_a_preverb_before_an_auxiliary_belongs_to_the_infinitive_after_it() -> None:
    # ``el fogjuk érni``: "we will reach", not ``el+fog`` (capture); the lone ``fog`` of a
    # capture, ``elfogták``, still matches.
    found = triggers(
        "A bérek célját el/el/ADV fogjuk/fog/VERB/" + PRESENT + " érni/ér/VERB/" + INFINITIVE + " ."
    )
    assert all(m.entry.type is not PloverType.COERCE for m in found.values())
    caught = triggers("A rendőrök a férfit fogták/fog/VERB/" + PAST + " el/el/ADV tegnap .")
    assert [m.entry.type for m in caught.values()] == [PloverType.COERCE]


def test_a_preverb_and_a_verb_past_a_punctuation_mark_are_two_words() -> None:
    # ``… le” – mondta``: the quote's last word and the attribution's verb, no ``lemond``.
    quoted = triggers(
        "„ Nem hazudhatnak/hazudik/VERB/"
        + PRESENT
        + " le/le/ADV ” – mondta/mond/VERB/"
        + PAST
        + " Kovács ."
    )
    assert all(m.entry.type is not PloverType.RETREAT for m in quoted.values())
    resigned = triggers("Kovács tegnap mondott/mond/VERB/" + PAST + " le/le/ADV .")
    assert [m.entry.type for m in resigned.values()] == [PloverType.RETREAT]


def test_attacking_sharply_is_criticism_and_attacking_is_an_assault() -> None:
    sharply = triggers("Kovács élesen/éles/ADJ/Case=Ess támadta/támad/VERB/" + PAST + " a tervet .")
    assert [m.entry.type for m in sharply.values()] == [PloverType.ACCUSE]
    attack = triggers("Az ezred hajnalban támadta/támad/VERB/" + PAST + " a várost .")
    assert [m.entry.type for m in attack.values()] == [PloverType.ASSAULT]


def test_readiness_to_pay_is_an_intended_aid() -> None:
    found = triggers(
        "Moszkva kész egymilliárd dollárt/dollár/NOUN/Case=Acc befizetni/befizet/VERB/"
        + INFINITIVE
        + " a költségvetésbe/költségvetés/NOUN/Case=Ill ."
    )
    match = found["dollárt befizetni"]
    assert match.entry.type is PloverType.AID
    assert match.cue_kinds() == {CueKind.INTENDED}


def test_conditional_mood_makes_an_event_hypothetical() -> None:
    found = triggers("Ha kérnék/kér/VERB/" + CND + " , Putyin tárgyalna/tárgyal/VERB/" + CND + " .")
    assert CueKind.HYPOTHETICAL in found["tárgyalna"].cue_kinds()


def test_cancelled_meeting_carries_a_cancellation_cue() -> None:
    found = triggers("A találkozó/találkozó/NOUN elmarad/elmarad/VERB/" + PRESENT + " .")
    assert found["találkozó"].cue_kinds() == {CueKind.CANCELLED}


def test_resignation_is_not_its_own_cancellation_but_cancels_a_visit() -> None:
    resign = triggers("A miniszter lemondott/lemond/VERB/" + PAST + " .")
    assert resign["lemondott"].entry.id == "RETREAT:resign:le+mond"
    assert resign["lemondott"].cues == ()
    visit = triggers(
        "Az elnök lemondta/lemond/VERB/" + PAST + " a látogatást/látogatás/NOUN/Case=Acc ."
    )
    assert CueKind.CANCELLED in visit["látogatást"].cue_kinds()


def test_postposed_reporting_clause_and_szerint_report_the_whole_sentence() -> None:
    postposed = triggers(
        "Oroszország folytatja/folytat/VERB/" + PRESENT + " a harci/harci/ADJ "
        "cselekményeket/cselekmény/NOUN/Case=Acc , jelentette/jelent/VERB/" + PAST + " ki Koc ."
    )
    fighting = postposed["harci cselekményeket"]
    assert fighting.entry.type is PloverType.ASSAULT
    assert fighting.cue_kinds() == {CueKind.CONTINUING, CueKind.REPORTED}
    according = triggers("Koc szerint a felek tárgyaltak/tárgyal/VERB/" + PAST + " .")
    assert according["tárgyaltak"].cue_kinds() == {CueKind.REPORTED}


def test_blockquote_text_is_reported() -> None:
    found = triggers(
        (SegmentKind.BLOCKQUOTE, "Harcolunk/Harcolunk/VERB/" + PRESENT + " tovább"),
        (SegmentKind.ATTRIBUTION, "– fogalmazott/fogalmaz/VERB/" + PAST + " Koc ."),
    )
    match = found["Harcolunk"]
    assert match.entry.id == "ASSAULT:harcol"  # an unlemmatised verb, not the noun harc
    assert match.cue_kinds() == {CueKind.CONTINUING, CueKind.REPORTED}
    assert match.segment is SegmentKind.BLOCKQUOTE


def test_caption_trigger_says_it_stands_in_a_caption() -> None:
    found = triggers(
        (SegmentKind.CAPTION, "Trump és Putyin kezet/kéz/NOUN/Case=Acc fog/fog/VERB/" + PRESENT),
    )
    assert found["kezet fog"].segment is SegmentKind.CAPTION


def test_article_without_tokens_has_no_triggers() -> None:
    assert find_triggers(plain("Putyin tárgyalt Witkoff-fal.")) == []


def test_every_trigger_span_slices_back_to_its_tokens() -> None:
    article = build(
        "Az EU szankciókat/szankció/NOUN/Case=Acc vezetett/vezet/VERB/" + PAST + " be .",
        "Putyin nemet/nem/NOUN/Case=Acc mondott/mond/VERB/" + PAST + " .",
    )
    for match in find_triggers(article):
        first, last = article.tokens[match.tokens[0]], article.tokens[match.tokens[-1]]
        assert (match.start, match.end) == (first.start, last.end)
        assert match.clause_start <= match.start < match.end <= match.clause_end


def test_a_verb_form_tagged_otherwise_still_matches_its_verb() -> None:
    # The tagger leaves these forms unanalysed and calls them a proper noun (sentence start)
    # or an adverb (the -va/-ve converb).
    found = triggers("Felszólítjuk/Felszólítjuk/PROPN a kormányt/kormány/NOUN/Case=Acc .")
    assert found["Felszólítjuk"].entry.type is PloverType.REQUEST
    found = triggers("A lapot propagandának/propagandának/NOUN minősítve/minősítve/ADV bírálta .")
    assert found["propagandának minősítve"].entry.type is PloverType.ACCUSE
    # A capitalised name that is no verb form stays no trigger.
    assert triggers("Kovács/Kovács/PROPN Harcosnak/Harcos/PROPN/Case=Dat .") == {}


def test_a_preverb_with_the_next_article_glued_on_still_joins_its_verb() -> None:
    # Scraped text runs ``ki`` and ``a`` together (``álltak kia``); the run is no word.
    found = triggers(
        "A vezetők álltak/áll/VERB/" + PAST + " kia/kia/NOUN/Case=Nom "
        "sziget/sziget/NOUN/Case=Nom függetlensége/függetlenség/NOUN/Case=Nom mellett/mellett/ADP ."
    )
    match = found["álltak kia sziget függetlensége mellett"]
    assert match.entry.type is PloverType.SUPPORT
    found = triggers(
        "Az EU szankciókat/szankció/NOUN/Case=Acc vezetett/vezet/VERB/" + PAST + " beaz/beaz/NOUN "
        "országgal/ország/NOUN/Case=Ins szemben ."
    )
    assert found["szankciókat vezetett beaz"].entry.id == "SANCTION:szankció[Acc] be+vezet"
    # A name after the verb is no glued preverb, nor is a glued run before the verb.
    found = triggers(
        "Az EU szankciókat/szankció/NOUN/Case=Acc vezetett/vezet/VERB/" + PAST + " Bea/Bea/PROPN ."
    )
    assert [m.entry.id for m in found.values()] == ["SANCTION:szankció"]
    found = triggers(
        "Az EU beaz/beaz/NOUN szankciókat/szankció/NOUN/Case=Acc vezetett/vezet/VERB/" + PAST + " ."
    )
    assert [m.entry.id for m in found.values()] == ["SANCTION:szankció"]


def test_a_past_participle_after_altal_and_a_dative_is_its_verb() -> None:
    # ``X által Y-nak követelt``: the dative between is the act's recipient or predicate.
    found = triggers(
        "Kijev elutasította/elutasít/VERB/" + PAST + " az oroszok/orosz/NOUN/Case=Nom|Number=Plur "
        "által/által/ADP magukénak/maguké/NOUN/Case=Dat követelt/követelt/ADJ/Case=Nom "
        "területek/terület/NOUN/Case=Nom|Number=Plur átadását/átadás/NOUN/Case=Acc ."
    )
    assert found["követelt"].entry.type is PloverType.REQUEST
    # Without ``által`` the participle is a mere attribute.
    found = triggers(
        "Kijev elutasította/elutasít/VERB/" + PAST + " a magukénak/maguké/NOUN/Case=Dat "
        "követelt/követelt/ADJ/Case=Nom területek/terület/NOUN/Case=Nom|Number=Plur "
        "átadását/átadás/NOUN/Case=Acc ."
    )
    assert "követelt" not in found


def test_a_verb_with_a_word_glued_before_it_still_matches() -> None:
    # The scrape ran ``durván`` and ``megfenyegette`` together; the lemmatiser cut an
    # ending off the run.
    found = triggers(
        "Kovács durvánmegfenyegette/durvánmegfenyeg/VERB/"
        + PAST
        + " a bíróságot/bíróság/NOUN/Case=Acc ."
    )
    assert found["durvánmegfenyegette"].entry.id == "THREATEN:meg+fenyeget"
    # A compound verb the lemmatiser knew ends in its own dictionary form: no glue.
    found = triggers(
        "A hatóság újrabetiltotta/újrabetilt/VERB/" + PAST + " a lapot/lap/NOUN/Case=Acc ."
    )
    assert found == {}
    # Without a preverb the verb's start is unknown.
    found = triggers("Kovács durvánfenyegette/durvánfenyeg/VERB/" + PAST + " a bíróságot .")
    assert found == {}


@pytest.mark.parametrize(
    ("idiom", "plain", "kind"),
    [
        # ``életét követelte`` (claimed a life) asks nobody for anything.
        (
            "A támadás egy ember életét/élet/NOUN/Case=Acc követelte/követel/VERB/" + PAST + " .",
            "A szakszervezet béremelést/béremelés/NOUN/Case=Acc követelt/követel/VERB/"
            + PAST
            + " .",
            PloverType.REQUEST,
        ),
        # ``kizárta, hogy`` (ruled out that) is a statement; excluding someone is a refusal.
        (
            "A rendőrség kizárta/kizár/VERB/" + PAST + " , hogy baleset/baleset/NOUN történt .",
            "A bizottság kizárta/kizár/VERB/" + PAST + " a tagot/tag/NOUN/Case=Acc a pártból .",
            PloverType.REJECT,
        ),
        # ``megkéri a lány kezét`` proposes marriage; asking for an opinion is a request.
        (
            "Kovács megkéri/megkér/VERB/" + PRESENT + " a lány kezét/kéz/NOUN/Case=Acc .",
            "Kovács megkéri/megkér/VERB/" + PRESENT + " a bizottság véleményét/vélemény/NOUN"
            "/Case=Acc .",
            PloverType.REQUEST,
        ),
    ],
)
def test_an_idiom_is_no_event_while_the_plain_verb_is(
    idiom: str, plain: str, kind: PloverType
) -> None:
    assert all(m.entry.type is not kind for m in triggers(idiom).values())
    assert [m.entry.type for m in triggers(plain).values()] == [kind]


def test_a_possessive_ending_left_on_the_lemma_still_matches_the_noun() -> None:
    # ``visszavonta … vízumát``, lemmatised ``vízuma``: revoking a visa, not a concession.
    found = triggers(
        f"visszavonta/visszavon/VERB/{PAST} egy brit állampolgár "
        "vízumát/vízuma/NOUN/Case=Acc|Number[psor]=Sing|Person[psor]=3 ."
    )
    [match] = found.values()
    assert match.entry.id == "SANCTION:discontinue:vízum[Acc] vissza+von"
    # Without the possessive tag the lemma is taken at its word.
    found = triggers(f"visszavonta/visszavon/VERB/{PAST} a vízumát/vízuma/NOUN/Case=Acc .")
    assert [m.entry.id for m in found.values()] == ["CONCEDE:vissza+von"]


def test_a_potential_suffix_left_on_the_lemma_still_matches_the_verb() -> None:
    # ``megtámadhatják``, ``támadhatják meg`` lemmatised with the ``-hat`` kept: the attack
    # verb, in the potential mood (what may happen), with its preverb joined or apart.
    for verb, tokens in (
        (f"megtámadhatják/megtámadhat/VERB/{PRESENT}", 1),
        (f"támadhatják/támadhat/VERB/{PRESENT} meg", 2),
    ):
        [match] = triggers(f"Az oroszok {verb} a várost/város/NOUN/Case=Acc .").values()
        assert (match.entry.id, len(match.tokens)) == ("ASSAULT:meg+támad", tokens)
        assert match.cue_kinds() == {CueKind.HYPOTHETICAL}
    # The plain form is no potential; a short verb ending in ``-hat`` keeps it (``meghat``).
    [match] = triggers(f"Az oroszok megtámadják/megtámad/VERB/{PRESENT} a várost .").values()
    assert match.cue_kinds() == frozenset()
    moving = Token(0, 6, "meghat", "VERB", PRESENT)
    assert (potential_stem(moving, "meghat"), potential_stem(moving, "elkaphat")) == (None, "elkap")


def test_an_ik_the_lemmatiser_added_to_a_verb_is_left_off() -> None:
    # ``hajlandó feladnia a törekvéseit`` lemmatised ``feladik``: giving the aims up; a verb
    # of four letters keeps its ``-ik`` (``veszett``, perished: ``veszik``, not ``vesz``).
    [match] = triggers(
        "Kijev hajlandó/hajlandó/ADJ feladnia/feladik/VERB/VerbForm=Inf "
        "törekvéseit/törekvés/NOUN/Case=Acc ."
    ).values()
    assert match.entry.id == "CONCEDE:törekvés[Acc] fel+ad"
    assert match.cue_kinds() == {CueKind.INTENDED}
    perished = Token(0, 7, "veszik", "VERB", PAST)
    assert verb_stems(perished, "veszik", "veszett") == ()


def test_a_relative_pronoun_stands_in_for_its_noun_in_a_phrase() -> None:
    # ``a javaslat, amit Moszkvának bemutatnak``: ``javaslat[Acc] be+mutat *[Dat]`` with the
    # accusative pronoun for the proposal; a nominative pronoun is the subject, no object.
    def presented(pronoun: str) -> list[str]:
        found = triggers(
            f"A javaslat/javaslat/NOUN/Case=Nom , {pronoun} a tárgyalók/tárgyaló/NOUN/Case=Nom "
            f"Moszkvának/Moszkva/PROPN/Case=Dat bemutatnak/bemutat/VERB/{PRESENT} ."
        )
        return [m.entry.id for m in found.values()]

    assert presented("amit/ami/PRON/Case=Acc|PronType=Rel") == [
        "AGREE:javaslat[Acc] be+mutat *[Dat]"
    ]
    assert presented("amely/amely/PRON/Case=Nom|PronType=Rel") == []
    # Without the comma the pronoun has no antecedent noun.
    found = triggers(
        f"A javaslat/javaslat/NOUN/Case=Nom amit/ami/PRON/Case=Acc|PronType=Rel "
        f"Moszkvának/Moszkva/PROPN/Case=Dat bemutatnak/bemutat/VERB/{PRESENT} ."
    )
    assert found == {}


def test_a_document_that_came_about_between_parties_is_their_agreement() -> None:
    found = triggers(
        "Kijev és Washington között/között/ADP "
        "létrejött/létrejött/ADJ/Case=Nom|VerbForm=PartPast dokumentum/dokumentum/NOUN ."
    )
    assert [m.entry.id for m in found.values()] == ["AGREE:=létrejött dokumentum"]
    # A document alone is none.
    assert triggers("A dokumentum/dokumentum/NOUN megjelent/megjelenik/VERB/" + PAST + " .") == {}


def test_with_before_kapcsolatos_is_regarding_not_a_partner() -> None:
    found = triggers(
        f"Gulyás beszélt/beszél/VERB/{PAST} az amerikai "
        "védőpajzzsal/védőpajzs/NOUN/Case=Ins kapcsolatos/kapcsolatos/ADJ kérdésről ."
    )
    assert "CONSULT:*[Ins] beszél" not in [m.entry.id for m in found.values()]
    found = triggers(f"Gulyás beszélt/beszél/VERB/{PAST} Kovács/Kovács/PROPN/Case=Ins ma .")
    assert [m.entry.id for m in found.values()] == ["CONSULT:*[Ins] beszél"]


def test_a_word_with_a_military_and_a_civilian_sense_takes_the_one_its_sentence_fits() -> None:
    def types(sentence: str) -> list[str]:
        article = build(sentence)
        return sorted(m.entry.type.value for m in find_triggers(article))

    # ``A kormány meghátrált``: it backed down.
    assert types(f"A kormány/kormány/NOUN/Case=Nom meghátrált/meghátrál/VERB/{PAST} .") == [
        "CONCEDE"
    ]
    # ``A csapatok meghátráltak``: troops fell back.
    assert types(
        f"A csapatok/csapat/NOUN/Case=Nom|Number=Plur meghátráltak/meghátrál/VERB/{PAST} ."
    ) == ["RETREAT"]
    # ``a szervezők kilencedik felvonulása``: a march; the army's is troops moving up.
    assert types("A kilencedik/kilencedik/ADJ felvonulás/felvonulás/NOUN/Case=Nom volt .") == [
        "PROTEST"
    ]
    assert types(
        "A hadsereg/hadsereg/NOUN/Case=Nom felvonulása/felvonulás/NOUN/Case=Nom|Person[psor]=3 "
        "folytatódott ."
    ) == ["MOBILIZE"]


def test_breaking_into_a_field_being_busy_a_national_consultation_or_admitting_is_no_event() -> (
    None
):
    def found(words: str) -> list[str]:
        return [m.entry.id for m in find_triggers(build(f"Kovács/Kovács/PROPN/Case=Nom {words} ."))]

    # ``betört a köztudatba``: broke through; ``betört a házba``: broke in.
    assert found(f"betört/betör/VERB/{PAST} a köztudatba/köztudat/NOUN/Case=Ill") == []
    assert found(f"betört/betör/VERB/{PAST} a házba/ház/NOUN/Case=Ill") == ["ASSAULT:be+tör"]
    # ``fehér karácsonnyal köszönt be``: Christmas sets in.
    assert found(f"köszönt/köszön/VERB/{PAST} be/be/ADV") == []
    # ``a választással voltak elfoglalva``: busy; ``elfoglalták a várost``: occupied it.
    assert (
        found(
            "a/a/DET választással/választás/NOUN/Case=Ins voltak/van/AUX/"
            f"{PAST} elfoglalva/elfoglal/VERB/VerbForm=Conv"
        )
        == []
    )
    assert found(f"elfoglalták/elfoglal/VERB/{PAST} a várost/város/NOUN/Case=Acc") != []
    # ``többet engedett meg magának``: allowed himself; ``engedett a nyomásnak``: conceded.
    assert (
        found(
            f"többet/több/NUM engedett/enged/VERB/{PAST} meg/meg/PART "
            "magának/maga/PRON/Case=Dat|PronType=Prs|Reflex=Yes"
        )
        == []
    )
    assert found(f"engedett/enged/VERB/{PAST} a nyomásnak/nyomás/NOUN/Case=Dat") != []
    # ``nemzeti konzultációt indított``: a questionnaire; ``konzultációt tartott``: talks.
    assert (
        found(
            "nemzeti/nemzeti/ADJ/Case=Nom konzultációt/konzultáció/NOUN/Case=Acc "
            f"indított/indít/VERB/{PAST}"
        )
        == []
    )
    assert found(f"konzultációt/konzultáció/NOUN/Case=Acc tartott/tart/VERB/{PAST}") != []
    # ``ezt elismerte``: admitted it; ``elismerte a munkát``: praised the work.
    assert found(f"ezt/ez/PRON/Case=Acc|PronType=Dem elismerte/elismer/VERB/{PAST}") == []
    assert found(f"elismerte/elismer/VERB/{PAST} a munkát/munka/NOUN/Case=Acc") != []


def test_someones_access_is_no_event_while_granting_it_is() -> None:
    # ``Ukrajna hozzáférése a tengerhez``: the owner of access has it; nobody grants it
    # there. ``hozzáférést biztosít`` grants it.
    found = triggers(
        "Ukrajna/Ukrajna/PROPN hozzáférése/hozzáférés/NOUN/Case=Nom a tengerhez/tenger/NOUN"
        "/Case=All romlott/romlik/VERB/" + PAST + " , de az ENSZ hozzáférést/hozzáférés/"
        "NOUN/Case=Acc biztosított/biztosít/VERB/" + PAST + " ."
    )
    assert [m.entry.id for m in found.values()] == ["RETREAT:access:hozzáférés[Acc] biztosít"]


def test_summoning_someone_to_talks_is_a_meeting_calling_up_reservists_a_mobilisation() -> None:
    summoned = triggers(
        f"A rendőrség behívta/behív/VERB/{PAST} Kovácsot/Kovács/PROPN/Case=Acc "
        "egyeztetésre/egyeztetés/NOUN/Case=Sbl ."
    )
    assert [m.entry.type for m in summoned.values()] == [PloverType.CONSULT]
    called_up = triggers(f"Oroszország behívta/behív/VERB/{PAST} a tartalékosokat/tartalékos .")
    assert [m.entry.type for m in called_up.values()] == [PloverType.MOBILIZE]


def test_a_greeting_is_no_praise_a_thanks_is() -> None:
    # ``Szeretettel köszöntöm a kormány tagjait``: a greeting.
    greeting = triggers(f"Szeretettel köszöntöm/köszönt/VERB/{PRESENT} a tagokat/tag .")
    assert greeting == {}
    thanks = triggers(f"Kovács megköszönte/megköszön/VERB/{PAST} a segítséget/segítség .")
    assert thanks["megköszönte"].entry.type is PloverType.SUPPORT


def test_a_past_suffix_left_on_the_lemma_of_a_verb_in_t_still_matches_the_verb() -> None:
    # The lemmatiser leaves ``kiosztot`` for ``kiosztotta`` and ``gyanúsított`` for
    # ``gyanúsították``: the verbs ``kioszt`` and ``gyanúsít``.
    found = triggers(
        f"Kovács kiosztotta/kiosztot/VERB/{PAST} Szabót/Szabó/PROPN/Case=Acc , "
        f"és gyanúsították/gyanúsított/VERB/{PAST} Nagyot/Nagy/PROPN/Case=Acc ."
    )
    assert found["kiosztotta"].entry.id == "ACCUSE:disapprove:ki+oszt"
    assert found["gyanúsították"].entry.id == "ACCUSE:allege:gyanúsít"
