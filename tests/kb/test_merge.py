"""Merging records by id, and tidying roles across sources."""

from __future__ import annotations

import datetime as dt

from kronika.kb.merge import (
    MergeLog,
    close_successions,
    merge_entities,
    tidy,
    without_codes,
    without_other_countries_names,
)
from kronika.types import Entity, EntityType, Role

D = dt.date


def _person(qid: str, name: str, *roles: Role, source: str = "a", hu: str | None = None) -> Entity:
    return Entity(qid, qid, name, hu, EntityType.PERSON, roles=roles, sources=(source,))


def test_records_with_one_qid_merge_first_source_first() -> None:
    first = _person("Q7747", "Vladimir Putin", source="manual", hu="Vlagyimir Putyin")
    second = Entity(
        "Q7747",
        "Q7747",
        "Putin",
        None,
        EntityType.PERSON,
        aliases=("V. Putin",),
        country="RUS",
        sources=("table",),
    )
    (merged,) = merge_entities([first, second])
    assert (merged.name_en, merged.name_hu, merged.country) == (
        "Vladimir Putin",
        "Vlagyimir Putyin",
        "RUS",
    )
    assert set(merged.aliases) >= {"Putin", "V. Putin"}
    assert merged.sources == ("manual", "table")


def test_a_person_and_a_place_under_one_qid_is_logged() -> None:
    log = MergeLog()
    place = Entity("Q1", "Q1", "Somewhere", None, EntityType.CITY)
    merge_entities([place, _person("Q1", "Someone")], log)
    assert len(log.type_conflicts) == 1


def test_open_term_ends_where_the_successor_begins() -> None:
    old = _person("Q1", "Old", Role("prime_minister", "Q212", D(2020, 3, 4), None, "t@2022"))
    new = _person("Q2", "New", Role("prime_minister", "Q212", D(2025, 7, 17), None, "manual"))
    closed = {e.id: e for e in close_successions([old, new])}
    (role,) = closed["Q1"].roles
    assert role.end == D(2025, 7, 17) and "successor" in role.source
    assert closed["Q2"].roles[0].end is None


def test_offices_with_many_holders_are_not_closed() -> None:
    one = _person("Q1", "A", Role("legislator", "Q28", D(2018, 5, 8), None, "t"))
    two = _person("Q2", "B", Role("legislator", "Q28", D(2022, 5, 2), None, "t"))
    assert close_successions([one, two])[0].roles[0].end is None


def test_tidy_prefers_a_dated_term_to_a_year_and_the_first_listed_of_one_start() -> None:
    person = _person(
        "Q1",
        "A",
        Role("president", "Q159", D(2012, 1, 1), None, "world#years"),
        Role("president", "Q159", D(2012, 5, 7), None, "cabinet@2022"),
        Role("prime_minister", "Q212", D(2020, 3, 4), D(2025, 7, 17), "manual"),
        Role("prime_minister", "Q212", D(2020, 3, 4), None, "cabinet@2022"),
        Role("foreign_minister", "Q28", D(2014, 9, 23), None, "current@2022"),
        Role("foreign_minister", "Q28", D(2014, 9, 23), D(2018, 5, 18), "holders@2022"),
    )
    roles = tidy(person).roles
    assert [(r.office, r.start, r.end) for r in roles] == [
        ("president", D(2012, 5, 7), None),
        ("foreign_minister", D(2014, 9, 23), None),
        ("prime_minister", D(2020, 3, 4), D(2025, 7, 17)),
    ]


def test_tidy_sorts_aliases_and_drops_the_names_themselves() -> None:
    entity = Entity(
        "Q1",
        "Q1",
        "Moscow",
        "Moszkva",
        EntityType.CITY,
        aliases=("Moskva", "Moscow", "Moszkva", "Mosca"),
    )
    assert tidy(entity).aliases == ("Mosca", "Moskva")


def _country(qid: str, name_en: str, hu: str | None, code: str | None, *aliases: str) -> Entity:
    return Entity(
        qid, qid, name_en, hu, EntityType.COUNTRY, aliases=aliases, country=code, sources=("a",)
    )


def test_a_territory_loses_the_name_of_its_sovereign_country() -> None:
    france = _country("Q142", "France", "Franciaország", "FRA", "French Republic")
    clipperton = _country("Q161258", "Clipperton Island", None, "FRA", "Clipperton I.", "France")
    realm = _country("Q756617", "Kingdom of Denmark", None, None)
    denmark = _country("Q35", "Denmark", "Dánia", "DNK", "Kingdom of Denmark")
    kept = {e.id: e for e in without_other_countries_names([france, clipperton, realm, denmark])}
    assert kept["Q161258"].aliases == ("Clipperton I.",)
    assert kept["Q142"] == france
    # A name of a country without a code is nobody's own: Denmark keeps it.
    assert kept["Q35"] == denmark


def test_a_place_loses_aliases_that_are_a_letter_or_a_roman_numeral() -> None:
    def place(qid: str, kind: EntityType, *aliases: str) -> Entity:
        return Entity(qid, qid, qid, None, kind, aliases=aliases, sources=("a",))

    region = place("Q1", EntityType.REGION, "X", "Los Lagos", "XIV", "NY", "IL")
    city = place("Q2", EntityType.CITY, "H", "Ha Noi")
    airport = place("Q3", EntityType.FACILITY, "VIX")
    person = place("Q4", EntityType.PERSON, "X")
    kept = {e.id: e.aliases for e in without_codes([region, city, airport, person])}
    assert kept == {
        "Q1": ("Los Lagos", "NY", "IL"),
        "Q2": ("Ha Noi",),
        "Q3": ("VIX",),
        "Q4": ("X",),
    }
