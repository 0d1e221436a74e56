"""Event modality and the source of reported events on hand-built Hungarian sentences:
prevention, plans, decisions and offers, the reach of reports (``szerint``, reporting verbs,
a paragraph-final ``– írja X``), whose verbal act a report relays, and the speaker's id."""

from __future__ import annotations

from dataclasses import replace

from kronika.extract.coder import code_events
from kronika.types import Article, Event, Modality, Quote, QuoteKind, SegmentKind

from .conftest import PAST, PRESENT, build
from .test_coder import FACTS, NOM, ids, mentioned

PAST_PLURAL = "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"
SUBJUNCTIVE = "Mood=Imp|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"
PUTYIN = ("Putyin", "PER", "Q7747")
WITKOFF = ("Witkoff-fal", "PER", "kronika:steve-witkoff")
KOVACS = ("Kovács", "PER", "nil:t:kovacs")
MEETING = f"Putyin/Putyin/{NOM} tárgyalt/tárgyal/VERB/{PAST} Witkoff-fal/Witkoff/PROPN/Case=Ins"


def only(article: Article, kind: str) -> Event:
    [event] = [e for e in code_events(article, FACTS) if e.type == kind]
    return event


def meeting(before: str = "", after: str = "", *names: tuple[str, str, str]) -> Event:
    """The CONSULT event of ``before`` + Putin meets Witkoff + ``after``."""
    text = " ".join(part for part in (before, MEETING, after) if part)
    named = [n for n in names if n[0] in before]
    named += [PUTYIN, WITKOFF]
    named += [n for n in names if n[0] in after]
    return consult_in(text, *named)


def consult_in(text: str, *names: tuple[str, str, str]) -> Event:
    """The CONSULT event of ``text`` (in ``build`` notation), Putin and Witkoff named in it
    unless ``names`` says otherwise."""
    return only(mentioned(build(text), *(names or (PUTYIN, WITKOFF))), "CONSULT")


def governed_meeting(matrix: str, *names: tuple[str, str, str]) -> Event:
    """The CONSULT event of ``matrix`` + ``, hogy`` Putin meet Witkoff, in the subjunctive a
    plan, an offer or an aim governs (``…, hogy Putyin tárgyaljon Witkoff-fal``)."""
    return consult_in(
        f"{matrix} , hogy Putyin/Putyin/{NOM} tárgyaljon/tárgyal/VERB/{SUBJUNCTIVE} "
        "Witkoff-fal/Witkoff/PROPN/Case=Ins .",
        *names,
        PUTYIN,
        WITKOFF,
    )


def test_what_is_prevented_is_only_possible() -> None:
    article = mentioned(
        build(
            f"A szövetségesek/szövetséges/NOUN/Case=Nom|Number=Plur "
            f"megakadályozták/megakadályoz/VERB/{PAST_PLURAL} , hogy "
            f"Oroszország/Oroszország/{NOM} megtámadja/megtámad/VERB/{SUBJUNCTIVE} "
            "Kijevet/Kijev/PROPN/Case=Acc ."
        ),
        ("Oroszország", "LOC", "Q159"),
        ("Kijevet", "LOC", "Q1899"),
    )
    assert only(article, "ASSAULT").modality is Modality.HYPOTHETICAL


def test_a_chance_of_an_event_is_only_possible() -> None:
    # ``50 százalék az esélye annak, hogy Putyin tárgyal Witkoff-fal``: a likelihood.
    chance = meeting(
        "50/50/NUM százalék/százalék/NOUN/Case=Nom az/az/DET "
        "esélye/esély/NOUN/Case=Nom|Number[psor]=Sing|Person[psor]=3 annak/az/PRON/Case=Dat , "
        "hogy/hogy/SCONJ",
        ".",
    )
    assert chance.modality is Modality.HYPOTHETICAL
    # ``…, hogy Kovács pihen, és Putyin tárgyal Witkoff-fal``: the conjunct shares the chance.
    conjunct = meeting(
        "50/50/NUM százalék/százalék/NOUN/Case=Nom az/az/DET "
        "esélye/esély/NOUN/Case=Nom|Number[psor]=Sing|Person[psor]=3 annak/az/PRON/Case=Dat , "
        f"hogy/hogy/SCONJ Kovács/Kovács/{NOM} pihen/pihen/VERB/{PRESENT} , és/és/CCONJ",
        ".",
    )
    assert conjunct.modality is Modality.HYPOTHETICAL
    # ``Kovács annak örült, hogy …``: no chance named, the talks took place.
    glad = meeting(
        f"Kovács/Kovács/{NOM} annak/az/PRON/Case=Dat örült/örül/VERB/{PAST} , hogy/hogy/SCONJ",
        ".",
    )
    assert glad.modality is Modality.OCCURRED


def test_expecting_and_deciding_look_ahead() -> None:
    expected = governed_meeting(f"Kovács/Kovács/{NOM} várja/vár/VERB/{PRESENT}", KOVACS)
    assert expected.modality is Modality.PLANNED
    decided = governed_meeting(f"Kovács/Kovács/{NOM} úgy döntött/dönt/VERB/{PAST}", KOVACS)
    assert decided.modality is Modality.PLANNED
    waited = meeting(f"Kovács/Kovács/{NOM} várta/vár/VERB/{PAST} , hogy", ".")
    assert waited.modality is Modality.OCCURRED


def test_an_offer_is_an_intention() -> None:
    event = governed_meeting(f"Kovács/Kovács/{NOM} felajánlotta/felajánl/VERB/{PAST}", KOVACS)
    assert event.modality is Modality.INTENDED


def test_a_negation_after_a_colon_belongs_to_what_follows_it() -> None:
    article = mentioned(
        build(
            (
                SegmentKind.HEADLINE,
                f"Putyin/Putyin/{NOM} és Witkoff/Witkoff/{NOM} "
                "tárgyalása/tárgyalás/NOUN/Case=Nom|Number[psor]=Sing|Person[psor]=3 : "
                "nem kommentálom/kommentál/VERB/Mood=Ind|Person=1|Tense=Pres|VerbForm=Fin",
            )
        ),
        PUTYIN,
        ("Witkoff", "PER", "kronika:steve-witkoff"),
    )
    assert only(article, "CONSULT").modality is Modality.OCCURRED


def test_a_negated_converb_before_de_negates_only_its_own_phrase() -> None:
    # ``Pontosan nem körülírva, de Putyin tárgyalt Witkoff-fal``: the ``nem`` is the
    # converb's; the talks took place.
    converb = "Pontosan nem körülírva/körülírva/ADV/VerbForm=Conv , de/de/CCONJ"
    assert meeting(converb, ".").modality is Modality.OCCURRED
    # Without the converb the ``nem`` is the clause's own.
    event = consult_in(
        f"Pontosan nem/nem/ADV , de/de/CCONJ Putyin/Putyin/{NOM} nem/nem/ADV "
        f"tárgyalt/tárgyal/VERB/{PAST} Witkoff-fal/Witkoff/PROPN/Case=Ins ."
    )
    assert event.modality is Modality.NEGATED


def test_a_negated_participle_or_a_litotes_negates_no_event() -> None:
    # ``Putyin tárgyalt Witkoff-fal egy meg nem nevezett helyen``: the place is unnamed.
    unnamed = meeting(
        "",
        "egy/egy/DET meg/meg/PART nem/nem/ADV nevezett/nevezett/ADJ/VerbForm=PartPast "
        "helyen/hely/NOUN/Case=Sup .",
    )
    assert unnamed.modality is Modality.OCCURRED
    # ``Putyin nem véletlen tárgyalt``: not by chance, a litotes.
    event = consult_in(
        f"Putyin/Putyin/{NOM} nem/nem/ADV véletlen/véletlen/ADJ "
        f"tárgyalt/tárgyal/VERB/{PAST} Witkoff-fal/Witkoff/PROPN/Case=Ins ."
    )
    assert event.modality is Modality.OCCURRED
    # ``Putyin nem sokkal később tárgyalt``: shortly after, a time.
    event = consult_in(
        f"Putyin/Putyin/{NOM} nem/nem/ADV sokkal/sok/ADV később/később/ADV "
        f"tárgyalt/tárgyal/VERB/{PAST} Witkoff-fal/Witkoff/PROPN/Case=Ins ."
    )
    assert event.modality is Modality.OCCURRED


def test_nem_hanem_contrasts_phrases_and_negates_no_event() -> None:
    # ``Putyin nem Kijevben, hanem Moszkvában tárgyalt Witkoff-fal``: the talks took place.
    event = consult_in(
        f"Putyin/Putyin/{NOM} nem/nem/ADV Kijevben/Kijev/PROPN/Case=Ine , hanem/hanem/CCONJ "
        f"Moszkvában/Moszkva/PROPN/Case=Ine tárgyalt/tárgyal/VERB/{PAST} "
        "Witkoff-fal/Witkoff/PROPN/Case=Ins ."
    )
    assert event.modality is Modality.OCCURRED


def test_local_time_is_no_source() -> None:
    event = meeting("", "helyi idő/idő/NOUN szerint este/este/ADV .")
    assert event.modality is Modality.OCCURRED


def test_szerint_run_into_the_next_word_still_attributes() -> None:
    event = meeting("A lap/lap/NOUN közleményeszerint/közleményeszerint/NOUN", ".")
    assert event.modality is Modality.REPORTED
    miszerint = meeting("", ", miszerint/miszerint/SCONJ ez/ez/PRON fontos/fontos/ADJ .")
    assert miszerint.modality is Modality.OCCURRED


def test_a_report_in_a_later_subordinate_clause_does_not_reach_back() -> None:
    text = (
        f"{MEETING} , mert/mert/SCONJ elemzők/elemző/NOUN/Case=Nom|Number=Plur szerint "
        f"ez/ez/PRON fontos/fontos/ADJ ."
    )
    article = mentioned(build(text), PUTYIN, WITKOFF)
    cue = article.text.index("szerint")
    quote = Quote(0, len(article.text) - 1, QuoteKind.INDIRECT, "szerint", cue, cue + 7)
    event = only(replace(article, quotes=(quote,)), "CONSULT")
    assert event.modality is Modality.OCCURRED


def test_a_relative_clause_after_the_reporting_verb_is_narration() -> None:
    inside = meeting(
        f"Kovács/Kovács/{NOM} elmondta/elmond/VERB/{PAST} , hogy ez/ez/PRON fontos/fontos/ADJ , "
        "miután/miután/SCONJ",
        ".",
    )
    assert inside.modality is Modality.REPORTED
    outside = meeting(
        f"Kovács/Kovács/{NOM} elmondta/elmond/VERB/{PAST} ezt/ez/PRON/Case=Acc , mire/mire/SCONJ",
        ".",
    )
    assert outside.modality is Modality.OCCURRED


def test_a_dash_attribution_closing_a_paragraph_reports_the_sentence_before() -> None:
    article = mentioned(
        build(
            f"{MEETING} . Egy dokumentum/dokumentum/NOUN is elkészült/elkészül/VERB/{PAST} "
            f"– írja/ír/VERB/{PRESENT} a Reuters/Reuters/{NOM} ."
        ),
        PUTYIN,
        WITKOFF,
        ("Reuters", "ORG", "Q130879"),
    )
    event = only(article, "CONSULT")
    assert event.modality is Modality.REPORTED
    assert event.source is not None and event.source.entity_id == "Q130879"


def test_a_dash_attribution_of_a_nested_claim_does_not_reach_back() -> None:
    article = mentioned(
        build(
            f"{MEETING} . Kovács/Kovács/{NOM} szerint ez/ez/PRON fontos/fontos/ADJ "
            f"– írja/ír/VERB/{PRESENT} a Reuters/Reuters/{NOM} ."
        ),
        PUTYIN,
        WITKOFF,
        ("Reuters", "ORG", "Q130879"),
    )
    assert only(article, "CONSULT").modality is Modality.OCCURRED


def test_someone_elses_verbal_act_told_in_a_report_is_a_claim() -> None:
    # The speaker's own act made by saying it is ``occurred`` (test_coder.py:
    # test_a_verbal_act_by_the_speaker_is_no_mere_report).
    def rejection(words: str, *names: tuple[str, str, str]) -> Event:
        article = mentioned(build(words + " a tervet/terv/NOUN/Case=Acc ."), *names)
        return only(article, "REJECT")

    zelensky = ("Zelenszkij", "PER", "Q3874799")
    russia = ("Oroszország", "LOC", "Q159")
    others = rejection(
        f"Zelenszkij/Zelenszkij/{NOM} közölte/közöl/VERB/{PAST} , hogy "
        f"Oroszország/Oroszország/{NOM} elutasította/elutasít/VERB/{PAST}",
        zelensky,
        russia,
    )
    assert others.modality is Modality.REPORTED
    assert others.source is not None and others.source.entity_id == "Q3874799"
    unknown = rejection(
        f"A lap/lap/NOUN szerint Oroszország/Oroszország/{NOM} elutasította/elutasít/VERB/{PAST}",
        russia,
    )
    assert unknown.modality is Modality.REPORTED


def test_a_leader_speaks_for_the_state_they_lead() -> None:
    article = mentioned(
        build(
            f"Vučić/Vučić/{NOM} szerint Szerbia/Szerbia/{NOM} "
            f"elutasítja/elutasít/VERB/{PRESENT} a tervet/terv/NOUN/Case=Acc ."
        ),
        ("Vučić", "PER", "Q222031"),
        ("Szerbia", "LOC", "Q403"),
    )
    leading = replace(FACTS, leaders={"Q222031": (("Q403", None, None),)})
    [event] = [e for e in code_events(article, leading) if e.type == "REJECT"]
    assert ids(event.actors) == ["Q403"]
    assert event.modality is Modality.OCCURRED
    [other] = [e for e in code_events(article, FACTS) if e.type == "REJECT"]
    assert other.modality is Modality.REPORTED


def test_an_unlinked_speaker_is_the_name_linked_elsewhere() -> None:
    text = (
        f"Rutte/Rutte/{NOM} Brüsszelben/Brüsszel/PROPN/Case=Ine beszélt/beszél/VERB/{PAST} . "
        f"„ {MEETING} ” – mondta/mond/VERB/{PAST} Rutte(MTI)/Rutte(MTI)/PROPN ."
    )
    article = mentioned(
        build(text), ("Rutte", "PER", "Q57792"), PUTYIN, WITKOFF, ("Rutte(MTI)", "PER", "nil:r")
    )
    first = article.text.index("„") + 2
    cue = article.text.index("mondta")
    speaker = article.text.index("Rutte(MTI)")
    quote = Quote(
        first,
        article.text.index("”"),
        QuoteKind.DIRECT,
        "mond",
        cue,
        cue + len("mondta"),
        "nil:r",
        speaker,
        speaker + len("Rutte(MTI)"),
    )
    event = only(replace(article, quotes=(quote,)), "CONSULT")
    assert event.modality is Modality.REPORTED
    assert event.source is not None and event.source.entity_id == "Q57792"


def test_a_meeting_that_took_place_is_no_plan_of_its_clause() -> None:
    def talks(words: str) -> Event:
        article = mentioned(
            build(f"Putyin/Putyin/{NOM} és Witkoff/Witkoff/{NOM} {words} ."),
            PUTYIN,
            ("Witkoff", "PER", "kronika:steve-witkoff"),
        )
        return only(article, "CONSULT")

    possessed = "Number[psor]=Sing|Person[psor]=3"
    setting = talks(
        f"tárgyalásán/tárgyalás/NOUN/Case=Sup|{possessed} "
        f"döntöttek/dönt/VERB/{PAST_PLURAL} a hitelről/hitel/NOUN/Case=Del"
    )
    assert setting.modality is Modality.OCCURRED
    ahead = talks(
        f"tárgyalásán/tárgyalás/NOUN/Case=Sup|{possessed} "
        f"döntenek/dönt/VERB/{PRESENT} a hitelről/hitel/NOUN/Case=Del"
    )
    assert ahead.modality is Modality.PLANNED


def test_majd_beside_a_past_verb_is_then_not_later() -> None:
    # ``…, majd Witkoff-fal tárgyalt``: then he met Witkoff (it happened).
    assert (
        meeting(
            "Putyin/Putyin/PROPN/Case=Nom beszélt/beszél/VERB/" + PAST + " , majd/majd/ADV"
        ).modality
        is Modality.OCCURRED
    )
    # ``majd tárgyal``: he will meet him later on.
    later = only(
        mentioned(
            build(
                f"Putyin/Putyin/{NOM} majd/majd/ADV tárgyal/tárgyal/VERB/{PRESENT} "
                "Witkoff-fal/Witkoff/PROPN/Case=Ins ."
            ),
            PUTYIN,
            WITKOFF,
        ),
        "CONSULT",
    )
    assert later.modality is Modality.PLANNED


def test_a_cue_adjective_describing_another_noun_bears_not_on_the_event() -> None:
    def modality(before: str) -> Modality:
        return meeting(before, "").modality

    # ``a tervezett útvonalon Putyin tárgyalt``: the route was planned; the talks happened.
    route = (
        "A/a/DET tervezett/tervezett/ADJ/Case=Nom|VerbForm=PartPast útvonalon/útvonal/NOUN/Case=Sup"
    )
    assert modality(route) is Modality.OCCURRED
    # ``a lehetséges jelöltekről``: the candidates are possible, not the talks.
    possible = "A/a/DET lehetséges/lehetséges/ADJ/Case=Nom jelöltekről/jelölt/NOUN/Case=Del"
    assert modality(possible) is Modality.OCCURRED
    # A time ahead still makes the clause planned, whatever it describes.
    ahead = "A/a/DET jövő/jövő/ADJ/Case=Nom héten/hét/NOUN/Case=Sup"
    assert modality(ahead) is Modality.PLANNED
    # On the trigger noun itself the cue stands: ``a tervezett tárgyalás``.
    article = mentioned(
        build(
            "A/a/DET tervezett/tervezett/ADJ/Case=Nom|VerbForm=PartPast "
            f"tárgyalás/tárgyalás/NOUN/Case=Nom Putyin/Putyin/{NOM} és/és/CCONJ "
            f"Witkoff/Witkoff/{NOM} között/között/ADP ."
        ),
        PUTYIN,
        ("Witkoff", "PER", "kronika:steve-witkoff"),
    )
    assert only(article, "CONSULT").modality is Modality.PLANNED


def talks_modality(postposition: str, denial: str) -> Modality:
    """The modality of ``Putyin és Witkoff tárgyalásai`` + ``postposition`` + ``nem`` +
    ``denial`` (in ``build`` notation)."""
    article = mentioned(
        build(
            f"Putyin/Putyin/{NOM} és/és/CCONJ Witkoff/Witkoff/{NOM} "
            f"tárgyalásai/tárgyalás/NOUN/Case=Nom|Person[psor]=3 {postposition} "
            f"nem/nem/ADV {denial} ."
        ),
        PUTYIN,
        ("Witkoff", "PER", "kronika:steve-witkoff"),
    )
    return only(article, "CONSULT").modality


def test_talks_that_frame_a_failure_took_place() -> None:
    def modality(postposition: str) -> Modality:
        return talks_modality(
            postposition,
            f"sikerült/sikerül/VERB/{PAST} megállapodni/megállapodik/VERB/VerbForm=Inf",
        )

    # ``a tárgyalások során nem sikerült megállapodni``: no agreement, but the talks were held.
    assert modality("során/során/ADP") is Modality.OCCURRED
    # Without the frame the denial is the clause's, and bears on the talks too.
    assert modality("") is Modality.NEGATED


def test_talks_that_time_is_counted_from_took_place_in_any_tense() -> None:
    def modality(postposition: str) -> Modality:
        return talks_modality(
            postposition, f"változik/változik/VERB/{PRESENT} semmi/semmi/PRON/Case=Nom"
        )

    # ``a tárgyalások óta nem változik semmi``: nothing changes, but the talks were held.
    assert modality("óta/óta/ADP") is Modality.OCCURRED
    # ``után`` frames only a past clause; in the present the denial bears on the talks too.
    assert modality("után/után/ADP") is Modality.NEGATED


def test_the_longer_cue_is_the_reading() -> None:
    # ``feladatként tűzte ki, hogy …``: an aim (intended), not the planned ``kitűz`` of a date.
    aim = governed_meeting(
        f"Trump/Trump/{NOM} feladatként/feladat/NOUN/Case=Ess tűzte/tűz/VERB/{PAST} ki/ki/ADV",
        ("Trump", "PER", "Q22686"),
    )
    assert aim.modality is Modality.INTENDED
    # ``kitűzte, hogy …`` alone sets a date: planned.
    date = governed_meeting(
        f"Trump/Trump/{NOM} kitűzte/kitűz/VERB/{PAST}", ("Trump", "PER", "Q22686")
    )
    assert date.modality is Modality.PLANNED


def test_sanctions_that_cause_something_are_in_force() -> None:
    def modality(postposition: str) -> Modality:
        article = mentioned(
            build(
                "Az/az/DET amerikai/amerikai/ADJ/Case=Nom "
                f"szankciók/szankció/NOUN/Case=Nom|Number=Plur {postposition} csak/csak/ADV "
                "árengedménnyel/árengedmény/NOUN/Case=Ins "
                "lehet/lehet/VERB/Mood=Pot|VerbForm=Fin eladni/elad/VERB/VerbForm=Inf "
                "az/az/DET olajat/olaj/NOUN/Case=Acc ."
            ),
        )
        return only(article, "SANCTION").modality

    # ``az amerikai szankciók hatására … lehet eladni``: the sanctions are in force.
    assert modality("hatására/hatás/NOUN/Case=Sbl") is Modality.OCCURRED


def test_what_is_in_someones_interest_is_only_possible() -> None:
    # ``olyan érdekek, amelyek érdekében áll Oroszország támadása``: a wish, no attack.
    article = mentioned(
        build(
            "Olyan/olyan/ADJ/Case=Nom érdekek/érdek/NOUN/Case=Nom|Number=Plur "
            f"működnek/működik/VERB/{PRESENT} ,/,/PUNCT amelyek/amely/PRON/Case=Nom|PronType=Rel "
            f"érdekében/érdekében/ADP áll/áll/VERB/{PRESENT} Oroszország/Oroszország/{NOM} "
            "támadása/támadás/NOUN/Case=Nom|Number[psor]=Sing|Person[psor]=3 ."
        ),
        ("Oroszország", "LOC", "Q159"),
    )
    assert only(article, "ASSAULT").modality is Modality.HYPOTHETICAL


def test_a_plan_in_the_matrix_does_not_bear_on_what_a_hogy_clause_tells_as_past() -> None:
    def modality(tense: str) -> Modality:
        return consult_in(
            f"Majd/majd/ADV úgy/úgy/ADV folytatja/folytat/VERB/{PRESENT} , hogy "
            f"Putyin/Putyin/{NOM} tárgyalt/tárgyal/VERB/{tense} "
            "Witkoff-fal/Witkoff/PROPN/Case=Ins ."
        ).modality

    # ``Majd úgy folytatja, hogy Putyin tárgyalt Witkoff-fal``: then he goes on to say that
    # the talks took place.
    assert modality(PAST) is not Modality.PLANNED
    # ``…, hogy Putyin tárgyal Witkoff-fal``: in the present, they lie ahead.
    assert modality(PRESENT) is Modality.PLANNED


def test_an_aim_and_an_openness_are_intentions() -> None:
    # ``A kormány célkitűzése az, hogy Putyin tárgyaljon Witkoff-fal``.
    aim = governed_meeting(
        "A/a/DET kormány/kormány/NOUN/Case=Nom "
        "célkitűzése/célkitűzés/NOUN/Case=Nom|Number[psor]=Sing|Person[psor]=3 az/az/PRON/Case=Nom"
    )
    assert aim.modality is Modality.INTENDED
    # ``Putyin nyitott a tárgyalásra Witkoff-fal``: open to talks, not in them.
    text = (
        f"Putyin/Putyin/{NOM} nyitott/nyit/VERB/{PAST} a/a/DET "
        "tárgyalásra/tárgyalás/NOUN/Case=Sbl Witkoff-fal/Witkoff/PROPN/Case=Ins ."
    )
    assert consult_in(text).modality is Modality.INTENDED


def test_a_negation_after_a_dash_does_not_reach_back() -> None:
    # ``Putyin tárgyalt Witkoff-fal – csak nem a lényegről``: the talks took place; what the
    # dash adds is another statement.
    after = "–/–/X csak/csak/ADV nem/nem/ADV a/a/DET lényegről/lényeg/NOUN/Case=Del ."
    assert meeting("", after).modality is Modality.OCCURRED
    # Without the dash the negation is the clause's.
    before = f"Putyin/Putyin/{NOM} nem/nem/ADV tárgyalt/tárgyal/VERB/{PAST}"
    assert consult_in(f"{before} Witkoff-fal/Witkoff/PROPN/Case=Ins .").modality is (
        Modality.NEGATED
    )


def test_a_protest_scheduled_in_advance_is_planned() -> None:
    def protest(scheduled: str) -> Event:
        text = (
            f"Reagált/reagál/VERB/{PAST} a/a/DET minisztérium/minisztérium/NOUN/Case=Nom "
            f"a/a/DET fuvarozók/fuvarozó/NOUN/Case=Nom|Number=Plur {scheduled} "
            "tiltakozására/tiltakozás/NOUN/Case=Sbl|Number[psor]=Sing|Person[psor]=3 ."
        )
        return only(build(text), "PROTEST")

    # ``a fuvarozók hétfőre betervezett tiltakozására``: a protest scheduled, not yet held.
    scheduled = "hétfőre/hétfő/NOUN/Case=Sbl betervezett/betervezett/ADJ/Case=Nom"
    assert protest(scheduled).modality is Modality.PLANNED
    assert protest("").modality is Modality.OCCURRED
