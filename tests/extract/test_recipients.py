"""Recipients and places of events on hand-built articles: postposition forms, a visit's
host, titles after a name, the place of an attack."""

from __future__ import annotations

from dataclasses import replace

from kronika.extract.coder import code_events

from .conftest import PAST, PRESENT, build
from .test_coder import FACTS, NOM, coded_in, ids, mentioned


def test_an_ellen_phrase_is_the_target_of_a_noun_whose_frame_says_elleni() -> None:
    [event] = coded_in(
        f"Kovács/Kovács/{NOM} pert/per/NOUN/Case=Acc vesztett/veszít/VERB/{PAST} "
        "az Index/Index/PROPN/Case=Nom ellen .",
        ("Kovács", "PER", "Q1"),
        ("Index", "ORG", "kronika:index-hu"),
    )
    assert event.type == "ACCUSE"
    assert ids(event.actors) == ["Q1"]
    assert ids(event.recipients) == ["kronika:index-hu"]


def test_who_proceedings_are_brought_against_with_szemben_is_the_target() -> None:
    # ``Kovács-csal szemben vádat emelt az ügyészség``: Kovács is indicted.
    [event] = coded_in(
        f"Kovács/Kovács/PROPN/Case=Ins szemben/szemben/ADP vádat/vád/NOUN/Case=Acc "
        f"emelt/emel/VERB/{PAST} az/az/DET ügyészség/ügyészség/NOUN/Case=Nom .",
        ("Kovács", "PER", "Q1"),
    )
    assert event.type == "ACCUSE"
    assert ids(event.recipients) == ["Q1"]


def test_a_visit_to_a_capital_is_hosted_by_its_state() -> None:
    facts = replace(
        FACTS,
        governments={"Q3640": "Q43"},
        types={**FACTS.types, "Q3640": "city", "Q43": "country"},
    )
    article = mentioned(
        build(
            f"Haddad/Haddad/{NOM} hivatalos/hivatalos/ADJ látogatást/látogatás/NOUN/Case=Acc "
            f"tett/tesz/VERB/{PAST} Ankarában/Ankara/PROPN/Case=Ine ."
        ),
        ("Haddad", "PER", "Q2"),
        ("Ankarában", "LOC", "Q3640"),
    )
    [event] = code_events(article, facts)
    assert event.type == "CONSULT" and event.mode == "visit"
    assert event.place is not None and event.place.entity_id == "Q3640"
    assert ids(event.recipients) == ["Q43"]


def test_a_visit_to_another_city_names_no_host() -> None:
    [event] = coded_in(
        f"Haddad/Haddad/{NOM} hivatalos/hivatalos/ADJ látogatást/látogatás/NOUN/Case=Acc "
        f"tett/tesz/VERB/{PAST} Ankarában/Ankara/PROPN/Case=Ine .",
        ("Haddad", "PER", "Q2"),
        ("Ankarában", "LOC", "Q649"),
    )
    assert event.recipients == ()


def test_a_title_after_a_name_gives_the_name_its_case() -> None:
    [event] = coded_in(
        f"Zelenszkij/Zelenszkij/{NOM} jelentést/jelentés/NOUN/Case=Acc "
        f"kér/kér/VERB/{PRESENT} Rusztem/Rusztem/{NOM} Umerov/Umerov/{NOM} "
        "korábbi/korábbi/ADJ/Case=Nom védelmi/védelmi/ADJ/Case=Nom "
        "minisztertől/miniszter/NOUN/Case=Abl .",
        ("Zelenszkij", "PER", "Q3874799"),
        ("Rusztem Umerov", "PER", "Q64842485"),
    )
    assert event.type == "REQUEST"
    assert ids(event.actors) == ["Q3874799"]
    assert ids(event.recipients) == ["Q64842485"]


def test_an_attack_with_no_place_of_its_own_happens_where_it_is_aimed() -> None:
    [event] = coded_in(
        f"Oroszország/Oroszország/{NOM} megtámadta/megtámad/VERB/{PAST} "
        "Ukrajnát/Ukrajna/PROPN/Case=Acc .",
        ("Oroszország", "LOC", "Q159"),
        ("Ukrajnát", "LOC", "Q212"),
    )
    assert event.type == "ASSAULT"
    assert ids(event.recipients) == ["Q212"]
    assert event.place is not None and event.place.entity_id == "Q212"


def test_an_attack_keeps_the_place_its_clause_names() -> None:
    [event] = coded_in(
        f"Oroszország/Oroszország/{NOM} megtámadta/megtámad/VERB/{PAST} "
        "Ukrajnát/Ukrajna/PROPN/Case=Acc Moszkvában/Moszkva/PROPN/Case=Ine .",
        ("Oroszország", "LOC", "Q159"),
        ("Ukrajnát", "LOC", "Q212"),
        ("Moszkvában", "LOC", "Q649"),
    )
    assert event.place is not None and event.place.entity_id == "Q649"


def test_solidarity_with_someone_makes_them_the_recipient() -> None:
    [event] = coded_in(
        f"az Európai/Európai/{NOM} Unió/Unió/{NOM} szolidaritást/szolidaritás/NOUN/Case=Acc "
        f"vállal/vállal/VERB/{PRESENT} Dániával/Dánia/PROPN/Case=Ins .",
        ("Európai Unió", "ORG", "Q458"),
        ("Dániával", "LOC", "Q35"),
    )
    assert event.type == "SUPPORT"
    assert ids(event.actors) == ["Q458"]
    assert ids(event.recipients) == ["Q35"]


def test_a_warning_sent_to_someone_is_aimed_at_them() -> None:
    [event] = coded_in(
        f"Zelenszkij/Zelenszkij/{NOM} figyelmeztetést/figyelmeztetés/NOUN/Case=Acc "
        f"küldött/küld/VERB/{PAST} Magyarországnak/Magyarország/PROPN/Case=Dat .",
        ("Zelenszkij", "PER", "Q3874799"),
        ("Magyarországnak", "LOC", "Q28"),
    )
    assert event.type == "THREATEN"
    assert ids(event.recipients) == ["Q28"]


def test_a_name_before_szemben_or_elott_is_not_the_subject() -> None:
    [event] = coded_in(
        f"Kovács/Kovács/{NOM} a Parlament/Parlament/{NOM} előtt/előtt/ADP "
        f"Szabóval/Szabó/PROPN/Case=Ins tárgyalt/tárgyal/VERB/{PAST} .",
        ("Kovács", "PER", "Q1"),
        ("Parlament", "ORG", "Q2"),
        ("Szabóval", "PER", "Q3"),
    )
    assert ids(event.actors) == ["Q1"]
    assert ids(event.recipients) == ["Q3"]


def test_the_instrumental_of_a_clash_is_the_other_side_of_an_attack_its_means() -> None:
    [event] = coded_in(
        f"Wagner/Wagner/{NOM} összecsapott/összecsap/VERB/{PAST} Hamásszal/Hamász/PROPN/Case=Ins .",
        ("Wagner", "ORG", "Q1"),
        ("Hamásszal", "ORG", "Q2"),
    )
    assert event.type == "ASSAULT"
    assert (ids(event.actors), ids(event.recipients)) == (["Q1"], ["Q2"])
    # ``Wagner összecsapása a Hamásszal``: the noun's too.
    [event] = coded_in(
        f"Wagner/Wagner/{NOM} "
        "összecsapása/összecsapás/NOUN/Case=Nom|Number[psor]=Sing|Person[psor]=3 "
        f"Hamásszal/Hamász/PROPN/Case=Ins zajlott/zajlik/VERB/{PAST} .",
        ("Wagner", "ORG", "Q1"),
        ("Hamásszal", "ORG", "Q2"),
    )
    assert (ids(event.actors), ids(event.recipients)) == (["Q1"], ["Q2"])
    # An attack made with something: the Ins is no target.
    # ``a Hezbollahhal`` is a companion here, not a second target.
    [event] = coded_in(
        f"Wagner/Wagner/{NOM} megtámadta/megtámad/VERB/{PAST} "
        "a/a/DET Hamászt/Hamász/PROPN/Case=Acc a/a/DET Hezbollahhal/Hezbollah/PROPN/Case=Ins .",
        ("Wagner", "ORG", "Q1"),
        ("Hamászt", "ORG", "Q2"),
        ("Hezbollahhal", "ORG", "Q3"),
    )
    assert ids(event.recipients) == ["Q2"]


OWNED_FEATS = "Number=Sing|Number[psor]=Sing|Person[psor]=3"
APPOINTMENT = (
    "az/az/DET Egyesült/Egyesült/PROPN/Case=Nom Államok/Államok/PROPN/Case=Nom "
    f"különmegbízottjának/különmegbízott/NOUN/Case=Dat|{OWNED_FEATS} "
    f"kinevezését/kinevezés/NOUN/Case=Acc|{OWNED_FEATS}"
)
UNITED_STATES = ("Egyesült Államok", "LOC", "Q30")


def test_the_owner_of_an_owner_in_the_genitive_takes_the_role_of_the_owned_noun() -> None:
    # ``Kovács bírálta az Egyesült Államok különmegbízottjának kinevezését``: the appointment
    # criticised is the United States' one.
    [event] = coded_in(
        f"Kovács/Kovács/{NOM} bírálta/bírál/VERB/{PAST} {APPOINTMENT} .",
        ("Kovács", "PER", "Q1"),
        UNITED_STATES,
    )
    assert event.type == "ACCUSE"
    assert ids(event.recipients) == ["Q30"]
    # A dative is no owner (``az Egyesült Államok különmegbízottjának nyilatkozott``).
    [event] = coded_in(
        f"Kovács/Kovács/{NOM} az/az/DET Egyesült/Egyesült/PROPN/Case=Nom "
        f"Államok/Államok/PROPN/Case=Nom különmegbízottjának/különmegbízott/NOUN/Case=Dat|"
        f"{OWNED_FEATS} bírálta/bírál/VERB/{PAST} a/a/DET tervet/terv/NOUN/Case=Acc .",
        ("Kovács", "PER", "Q1"),
        UNITED_STATES,
    )
    assert ids(event.recipients) == []


def test_an_object_before_a_subject_with_an_apposition_is_no_part_of_its_description() -> None:
    # ``Felháborítónak nevezte X kinevezését Dánia külügyminisztere, Kovács``: the subject
    # after the object is described by the name after the comma; the object is not.
    [event] = coded_in(
        f"Felháborítónak/felháborító/ADJ/Case=Dat nevezte/nevez/VERB/{PAST} {APPOINTMENT} "
        "Dánia/Dánia/PROPN/Case=Nom "
        f"külügyminisztere/külügyminiszter/NOUN/Case=Nom|{OWNED_FEATS} , "
        f"Kovács/Kovács/{NOM} .",
        UNITED_STATES,
        ("Dánia", "LOC", "Q35"),
        ("Kovács", "PER", "Q1"),
    )
    assert event.type == "ACCUSE"
    assert ids(event.actors) == ["Q1"]
    assert ids(event.recipients) == ["Q30"]


def _arrested_by_nagy(relative: str, antecedent: str = "Szabót/Szabó/PROPN/Case=Acc") -> list:
    """The recipients' ids of the arrest of the invented ``Kovács látta Szabót, akit Nagy
    letartóztatott`` with ``relative`` for ``akit`` and ``antecedent`` for ``Szabót``."""
    events = coded_in(
        f"Kovács/Kovács/{NOM} látta/lát/VERB/{PAST} {antecedent} , {relative} "
        f"Nagy/Nagy/{NOM} letartóztatott/letartóztat/VERB/{PAST} .",
        ("Kovács", "PER", "Q1"),
        ("Szabó", "PER", "Q2"),
        ("Nagy", "PER", "Q3"),
    )
    [event] = [e for e in events if e.type == "COERCE"]
    assert ids(event.actors) == ["Q3"]
    return ids(event.recipients)


def test_an_object_relative_pronoun_with_its_own_subject_stands_for_its_antecedent() -> None:
    # ``Szabót, akit Nagy letartóztatott``: Nagy arrested Szabó.
    assert _arrested_by_nagy("akit/aki/PRON/Case=Acc|PronType=Rel") == ["Q2"]
    # A plural pronoun stands for no single name (``az EU-ban, amelyeket``) …
    assert _arrested_by_nagy("akiket/aki/PRON/Case=Acc|Number=Plur|PronType=Rel") == []
    # … and ``amit`` may stand for the whole clause before it (``megvétózta, amit``).
    assert _arrested_by_nagy("amit/ami/PRON/Case=Acc|PronType=Rel") == []


def test_a_protest_is_against_the_state_whose_act_a_demonym_names_as_its_reason() -> None:
    reason = (
        "az/az/DET amerikai/amerikai/ADJ/Case=Nom közeledés/közeledés/NOUN/Case=Nom miatt/miatt/ADP"
    )
    [event] = coded_in(
        f"Kovács/Kovács/{NOM} {reason} tüntetett/tüntet/VERB/{PAST} .",
        ("Kovács", "PER", "Q1"),
    )
    assert event.type == "PROTEST"
    assert ids(event.recipients) == ["Q30"]
    # A criticism's reason is no party: whom it criticises is its object.
    [event] = coded_in(
        f"Kovács/Kovács/{NOM} {reason} bírálta/bírál/VERB/{PAST} Szabót/Szabó/PROPN/Case=Acc .",
        ("Kovács", "PER", "Q1"),
        ("Szabót", "PER", "Q2"),
    )
    assert event.type == "ACCUSE"
    assert ids(event.recipients) == ["Q2"]
