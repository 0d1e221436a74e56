"""The shipped knowledge base: it loads, it is large enough, and it holds the seed's actors."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kronika.errors import FormatError
from kronika.kb import read_kb, write_kb
from kronika.kb.offices import HEAD_OF_GOVERNMENT, HEAD_OF_STATE
from kronika.types import Entity, EntityType, Role

#: The seed article's entities and their QIDs, each confirmed by kb-seed data (see the
#: evidence column of kb-seed/verified/verified_qids.csv).
SEED_QIDS = {
    "Q7747": "Vlagyimir Putyin",
    "Q22686": "Donald Trump",
    "Q3874799": "Volodimir Zelenszkij",
    "Q13628723": "Jared Kushner",
    "Q133274": "Kreml",
    "Q35525": "Fehér Ház",
    "Q40464": "Agence France-Presse",
    "Q39450": "Anchorage",
    "Q1519": "Abu-Dzabi",
    "Q223": "Grönland",
    "Q605714": "Donyec-medence",
    "Q1899": "Kijev",
    "Q649": "Moszkva",
    "Q61": "Washington",
    "Q212": "Ukrajna",
    "Q159": "Oroszország",
    "Q30": "Amerikai Egyesült Államok",
}
JANUARY_2026 = dt.date(2026, 1, 23)


@pytest.fixture(scope="module")
def kb() -> dict[str, Entity]:
    return {entity.id: entity for entity in read_kb()}


def test_packaged_kb_loads_with_enough_entities(kb: dict[str, Entity]) -> None:
    assert len(kb) >= 1500
    counts = {kind: sum(e.type is kind for e in kb.values()) for kind in EntityType}
    assert counts[EntityType.COUNTRY] >= 200 and counts[EntityType.PERSON] >= 1000


@pytest.mark.parametrize(("qid", "name_hu"), sorted(SEED_QIDS.items()))
def test_seed_article_entities_carry_their_qids_and_hungarian_names(
    kb: dict[str, Entity], qid: str, name_hu: str
) -> None:
    entity = kb[qid]
    assert entity.qid == qid
    assert name_hu in (entity.name_hu, *entity.aliases)


def test_seed_actors_without_confirmed_qids_are_local_entities(kb: dict[str, Entity]) -> None:
    for local, name_hu in (
        ("kronika:steve-witkoff", "Steve Witkoff"),
        ("kronika:alexander-kots", "Alekszandr Koc"),
        ("kronika:board-of-peace", "Béketanács"),
        ("kronika:joint-base-elmendorf-richardson", "Elmendorf–Richardson légibázis"),
    ):
        assert kb[local].qid is None and kb[local].name_hu == name_hu


def _holders(kb: dict[str, Entity], office: str, of: str) -> list[str]:
    return sorted(
        e.name_en
        for e in kb.values()
        if any(r.office == office and r.of == of and r.holds_on(JANUARY_2026) for r in e.roles)
    )


def test_offices_resolve_to_one_holder_in_january_2026(kb: dict[str, Entity]) -> None:
    assert _holders(kb, "president", "Q159") == ["Vladimir Putin"]
    assert _holders(kb, "president", "Q30") == ["Donald Trump"]
    assert _holders(kb, "president", "Q212") == ["Volodymyr Zelenskyy"]
    assert _holders(kb, "prime_minister", "Q212") == ["Yulia Svyrydenko"]
    assert _holders(kb, "prime_minister", "Q28") == ["Viktor Orbán"]
    assert _holders(kb, "president", "Q28") == ["Tamás Sulyok"]
    assert _holders(kb, "foreign_minister", "Q159") == ["Sergey Lavrov"]
    assert _holders(kb, "foreign_minister", "Q30") == ["Marco Rubio"]
    assert _holders(kb, "foreign_minister", "Q28") == ["Péter Szijjártó"]
    assert _holders(kb, "defence_minister", "Q159") == ["Andrey Belousov"]
    assert _holders(kb, "war_correspondent", "Q849047") == ["Alexander Kots"]
    assert "relative:son_in_law" in {r.office for r in kb["Q13628723"].roles}


def test_every_country_has_a_head_of_state_or_government_on_record(
    kb: dict[str, Entity],
) -> None:
    heads = {
        r.of for e in kb.values() for r in e.roles if r.office in HEAD_OF_STATE | HEAD_OF_GOVERNMENT
    }
    sovereign = [e for e in kb.values() if e.type is EntityType.COUNTRY and e.id in heads]
    assert len(sovereign) >= 190


def test_every_role_points_at_a_kb_entity(kb: dict[str, Entity]) -> None:
    missing = {r.of for e in kb.values() for r in e.roles if r.of and r.of not in kb}
    assert not missing


def test_known_wrong_qids_are_not_in_the_kb(kb: dict[str, Entity]) -> None:
    assert kb["Q40469"].name_en == "Associated Press"  # not AFP
    assert "Q35476" not in kb  # AT&T, not the White House
    assert all(e.name_en != "Kyiv Oblast" for e in kb.values() if e.qid == "Q1899")
    assert kb["Q57641"].name_en == "Viktor Orbán"  # never von der Leyen


def test_hungarian_names_and_seats_the_tables_lack_are_in_the_kb() -> None:
    from kronika.kb.index import fold, load_index

    index = load_index()
    # ``Nagy-Britannia`` is the United Kingdom, and acting ``Brüsszel`` is the EU's seat.
    assert index.full[fold("Nagy-Britannia")] == ("Q145",)
    assert index.government_of("Q239") == "Q458"
    # A Chilean region's Roman numeral is no name.
    assert "x" not in index.full


def test_write_is_deterministic_and_round_trips(tmp_path: Path) -> None:
    entities = [
        Entity(
            "kronika:b",
            None,
            "B",
            "Bé",
            EntityType.PERSON,
            aliases=("Bee",),
            country="HUN",
            roles=(Role("mayor", "Q1", dt.date(2019, 10, 13), None, "manual:2026-01"),),
        ),
        Entity("Q1", "Q1", "A", None, EntityType.CITY, latitude=47.5, longitude=19.04),
    ]
    first, second = tmp_path / "one.jsonl.gz", tmp_path / "two.jsonl.gz"
    write_kb(entities, first)
    write_kb(list(reversed(entities)), second)
    assert first.read_bytes() == second.read_bytes()
    assert read_kb(first) == sorted(entities, key=lambda e: e.id)


def test_reading_a_missing_kb_says_how_to_build_it(tmp_path: Path) -> None:
    with pytest.raises(FormatError, match=r"python -m kronika\.kb build"):
        read_kb(tmp_path / "absent.jsonl.gz")
