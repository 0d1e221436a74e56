"""Office-holder importers on hand-written rows in the kb-seed layouts.

People, dates and QIDs here are either real facts confirmed by the kb-seed tables (Putin
Q7747, Russia Q159) or invented (``Q900000001`` and up) where a test needs a stranger.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from kronika.kb import politicians as pol
from kronika.kb.naturalearth import CountryCodes
from kronika.types import EntityType

from .conftest import WriteTable

CODES = CountryCodes(
    alpha3_by_adm0={"RUS": "RUS", "HUN": "HUN"},
    qid_by_adm0={"RUS": "Q159", "HUN": "Q28"},
    alpha3_by_qid={"Q159": "RUS", "Q28": "HUN", "Q30": "USA"},
    alpha3_by_alpha2={"RU": "RUS", "HU": "HUN", "US": "USA"},
)


def test_cabinet_rows_become_people_with_roles_of_the_country(
    seed_root: Path, write_table: WriteTable
) -> None:
    folder = "everypolitician-scrapers/hungary-cabinet/html"
    write_table(
        f"{folder}/current.csv",
        [
            {
                "position": "Prime Minister",
                "person": "Viktor Orbán",
                "personID": "Q57641",
                "start": "2010-05-29",
            },
        ],
    )
    write_table(
        f"{folder}/legislators.csv",
        [
            {
                "position": "member of the National Assembly of Hungary",
                "person": "Ann Example",
                "personID": "Q900000001",
                "start": "2018-05-08",
                "end": "2022-05-01",
            },
            {
                "position": "member of a county assembly",
                "person": "Bob Example",
                "personID": "Q900000002",
                "start": "2018",
                "end": "",
            },
        ],
    )
    people = {e.id: e for e in pol.cabinet_people(seed_root, pol.CABINETS[0])}
    orban = people["Q57641"]
    assert orban.name_hu == "Orbán Viktor"  # Hungarian order for Hungarian people
    assert orban.roles[0].office == "prime_minister" and orban.roles[0].of == "Q28"
    assert orban.roles[0].start == dt.date(2010, 5, 29) and orban.sector == "GOV"
    assert people["Q900000001"].sector == "LEG"
    assert "Q900000002" not in people  # not a national chamber


def test_world_leaders_read_years_as_whole_years(seed_root: Path, write_table: WriteTable) -> None:
    write_table(
        "everypolitician-scrapers/world-leaders-2021/data/wikidata.csv",
        [
            {
                "countryid": "Q159",
                "country": "Russia",
                "position": "Q218295",
                "positionLabel": "President of Russia",
                "officeholder": "Q7747",
                "officeholderLabel": "Vladimir Putin",
                "start_year": "2012",
                "end_year": "",
            },
            {
                "countryid": "Q900000010",
                "country": "Kingdom of Examples",
                "position": "Q900000011",
                "positionLabel": "Prime Minister of Examples",
                "officeholder": "Q900000012",
                "officeholderLabel": "Carl Example",
                "start_year": "2015",
                "end_year": "2019",
            },
        ],
    )
    found = {e.id: e for e in pol.world_leaders(seed_root, CODES)}
    putin = found["Q7747"]
    assert putin.country == "RUS"
    assert (putin.roles[0].office, putin.roles[0].start) == ("president", dt.date(2012, 1, 1))
    carl = found["Q900000012"].roles[0]
    assert (carl.office, carl.end) == ("prime_minister", dt.date(2019, 12, 31))
    assert found["Q900000010"].type is EntityType.COUNTRY  # the polity the office is of


def test_verified_rows_split_annotations_and_skip_unverified(
    seed_root: Path, write_table: WriteTable
) -> None:
    write_table(
        "verified/verified_qids.csv",
        [
            {
                "entity": "Agence France-Presse (AFP)",
                "qid": "Q40464",
                "status": "verified",
                "evidence": "",
                "excerpt": "",
            },
            {
                "entity": "Someone (extra)",
                "qid": "Q900000020",
                "status": "verified (extra)",
                "evidence": "",
                "excerpt": "",
            },
            {
                "entity": "Steve Witkoff",
                "qid": "",
                "status": "not verified",
                "evidence": "",
                "excerpt": "",
            },
            {
                "entity": "member of a body (position, extra)",
                "qid": "Q900000021",
                "status": "verified (extra)",
                "evidence": "",
                "excerpt": "",
            },
        ],
    )
    rows = pol.verified_qids(seed_root)
    assert [(r.name, r.qid, r.aliases) for r in rows] == [
        ("Agence France-Presse", "Q40464", ("AFP",)),
        ("Someone", "Q900000020", ()),
    ]


def test_unverified_current_leaders_never_yield_their_qids(seed_root: Path) -> None:
    path = seed_root / pol.UNVERIFIED / "countries" / "examples" / "current.json"
    path.parent.mkdir(parents=True)
    path.write_text(
        json.dumps(
            {
                "country": {"iso_code": "RU", "name_en": "Russia"},
                "positions": {
                    "head_of_state": {
                        "title_en": "President",
                        "current_holder": {
                            "name_en": "Vladimir Putin",
                            "name_local": "Владимир Владимирович Путин",
                            "wikidata_id": "Q57641",
                            "since": "2012-05-07",
                        },
                    }
                },
            }
        ),
        encoding="utf-8",
    )
    (holder,) = pol.current_leaders(seed_root)
    assert (holder.office, holder.name_en, holder.since) == (
        "president",
        "Vladimir Putin",
        dt.date(2012, 5, 7),
    )
    assert "Q57641" not in repr(holder)


def test_family_table_gives_children_in_law_of_a_president(
    seed_root: Path, write_table: WriteTable
) -> None:
    folder = "everypolitician-scrapers/us-cabinet/html"
    write_table(
        f"{folder}/bio.csv",
        [
            {"id": "Q900000031", "name": "Sam Inlaw", "gender": "male"},
        ],
    )
    write_table(
        f"{folder}/family.csv",
        [
            {
                "id": "Q900000030",
                "name": "Pat Head",
                "relationship": "child",
                "relative": "Q900000032",
                "relativename": "Kim Head",
            },
            {
                "id": "Q900000032",
                "name": "Kim Head",
                "relationship": "spouse",
                "relative": "Q900000031",
                "relativename": "Sam Inlaw",
            },
        ],
    )
    found = {e.id: e for e in pol.us_family(seed_root, frozenset({"Q900000030"}))}
    assert [(r.office, r.of) for r in found["Q900000032"].roles] == [
        ("relative:child", "Q900000030")
    ]
    assert [(r.office, r.of) for r in found["Q900000031"].roles] == [
        ("relative:son_in_law", "Q900000030")
    ]
