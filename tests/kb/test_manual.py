"""The hand-added facts: well-formed, and their QIDs only where data confirms them."""

from __future__ import annotations

from dataclasses import replace

from kronika.kb.index import load_index
from kronika.kb.manual import confirm_qids, load_manual, resolve_of
from kronika.kb.records import is_qid
from kronika.types import Entity, EntityType, Role

PLOVER_SECTORS = {
    "COP",
    "GOV",
    "JUD",
    "LEG",
    "MIL",
    "PRM",
    "PTY",
    "REB",
    "SPY",
    "UAF",
    "UNK",
    "AGR",
    "BUS",
    "CRM",
    "CVL",
    "EDU",
    "ELI",
    "JRN",
    "LAB",
    "MED",
    "REF",
    "OPP",
    "PRE",
    "REL",
    "SOC",
}
BODY_CODES = {"IGO", "UNO", "EUR", "NGO"}


def test_manual_entities_are_well_formed() -> None:
    facts = load_manual()
    assert len(facts.entities) > 200
    for entity in facts.entities:
        assert entity.qid is None or is_qid(entity.qid), entity
        assert entity.id == entity.qid or entity.id.startswith("kronika:"), entity
        assert entity.country is None or (entity.country.isupper() and len(entity.country) == 3)
        assert entity.sector is None or entity.sector in PLOVER_SECTORS, entity
        for role in entity.roles:
            assert role.source.startswith("manual:"), role
            assert role.start is None or role.end is None or role.start <= role.end, entity


def test_manual_covers_the_seed_article_actors_without_guessed_qids() -> None:
    by_id = {e.id: e for e in load_manual().entities}
    for local in (
        "steve-witkoff",
        "alexander-kots",
        "board-of-peace",
        "joint-base-elmendorf-richardson",
        "mti",
    ):
        assert f"kronika:{local}" in by_id
    assert by_id["kronika:board-of-peace"].name_hu == "Béketanács"
    assert by_id["kronika:alexander-kots"].name_hu == "Alekszandr Koc"
    assert by_id["kronika:alexander-kots"].sector == "JRN"
    assert by_id["Q40464"].name_en == "Agence France-Presse"  # not Q40469, which is AP


def test_demonyms_are_keyed_by_country_code_or_kb_id() -> None:
    demonyms = load_manual().demonyms
    assert demonyms["RUS"] == ("orosz",) and demonyms["UKR"] == ("ukrán",)
    assert all(len(key) == 3 or is_qid(key) for key in demonyms)


def test_a_qid_the_data_does_not_pair_with_the_name_is_rejected() -> None:
    white_house = Entity("Q35476", "Q35476", "White House", None, EntityType.FACILITY)
    index = {"Q35476": {"AT&T"}, "Q35525": {"White House"}}
    assert confirm_qids((white_house,), index) == [
        "Q35476 is ['at&t'] in kb-seed, not 'White House'"
    ]
    unknown = Entity("Q42", "Q42", "Somebody", None, EntityType.PERSON)
    assert "appears in no kb-seed table" in confirm_qids((unknown,), index)[0]
    right = Entity("Q35525", "Q35525", "White House", None, EntityType.FACILITY)
    assert confirm_qids((right,), index) == []


def test_country_codes_in_roles_resolve_to_country_ids() -> None:
    entity = Entity(
        "kronika:x",
        None,
        "X",
        None,
        EntityType.PERSON,
        roles=(
            Role("president", "POL", None, None, "manual:2026-01"),
            Role("board_chair", "kronika:board-of-peace", None, None, "manual"),
        ),
    )
    resolved = resolve_of(entity, {"POL": "Q36"})
    assert [r.of for r in resolved.roles] == ["Q36", "kronika:board-of-peace"]


def test_a_country_without_a_qid_takes_its_codes_qid_and_joins_that_country() -> None:
    country = Entity(
        "kronika:x", None, "X", "Iksz", EntityType.COUNTRY, aliases=("Nagy-Iksz",), country="XXA"
    )
    resolved = resolve_of(country, {"XXA": "Q99"})
    assert (resolved.id, resolved.qid, resolved.aliases) == ("Q99", "Q99", ("Nagy-Iksz",))
    # Only countries: a body of the same country keeps its local id.
    body = replace(country, type=EntityType.ORGANISATION)
    assert resolve_of(body, {"XXA": "Q99"}).id == "kronika:x"
    # An unknown code leaves the entry as written.
    assert resolve_of(country, {}).id == "kronika:x"


def test_the_packaged_facts_give_great_britain_its_hungarian_names() -> None:
    (britain,) = [
        resolve_of(e, {"GBR": "Q145"})
        for e in load_manual().entities
        if e.type is EntityType.COUNTRY and e.country == "GBR"
    ]
    assert britain.id == "Q145"
    assert "Nagy-Britannia" in britain.aliases


def test_every_manual_demonym_names_a_country_of_the_packaged_kb() -> None:
    # ``a szír kormány``, ``afgán tálibok``: an adjective not formed from the country's name
    # with -i is listed by hand; each must reach a country the shipped KB has.
    index = load_index()
    for code, words in load_manual().demonyms.items():
        for word in words:
            assert index.demonyms.get(word) is not None, (code, word)
    assert index.demonyms["szír"] == index.demonyms["szíriai"] == "Q858"
    assert index.demonyms["afgán"] == "Q889"


def test_the_packaged_kb_has_the_pope_as_the_vaticans_sovereign() -> None:
    # ``XIV. Leó pápa`` (15 hu-news-scrape mentions) was a NIL name before.
    index = load_index()
    pope = index.entity("kronika:leo-xiv")
    assert pope is not None and pope.name_hu == "XIV. Leó"
    assert {"Leó pápa", "XIV. Leó pápa"} <= set(pope.aliases)
    assert [(r.office, r.of) for r in pope.roles] == [("monarch", "Q237")]
