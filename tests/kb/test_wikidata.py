"""Streaming import of Wikidata JSON dumps, on the hand-written sample in ``data/``."""

from __future__ import annotations

import bz2
import datetime as dt
import gzip
from pathlib import Path

import pytest

from kronika.errors import FormatError
from kronika.kb.wikidata import import_wikidata, wikidata_date
from kronika.types import EntityType

SAMPLE = Path(__file__).parent / "data" / "wikidata-sample.json"


def test_dump_keeps_countries_cities_office_holders_and_organisations() -> None:
    found = {e.id: e for e in import_wikidata(SAMPLE)}
    assert set(found) == {"Q159", "Q649", "Q7747", "Q223799"}
    russia, moscow = found["Q159"], found["Q649"]
    assert (russia.type, russia.country, russia.name_hu) == (
        EntityType.COUNTRY,
        "RUS",
        "Oroszország",
    )
    assert set(russia.aliases) == {"Russian Federation", "Orosz Föderáció"}
    assert (moscow.type, moscow.country) == (EntityType.CITY, "RUS")
    assert (moscow.latitude, moscow.longitude) == (55.75, 37.6167)
    assert (found["Q223799"].sector, found["Q223799"].country) == ("JRN", "RUS")


def test_positions_held_become_dated_roles_and_deprecated_claims_are_skipped() -> None:
    putin = next(e for e in import_wikidata(SAMPLE) if e.id == "Q7747")
    assert (putin.type, putin.country, putin.name_hu) == (
        EntityType.PERSON,
        "RUS",
        "Vlagyimir Putyin",
    )
    assert [(r.office, r.of, r.start, r.end) for r in putin.roles] == [
        ("president", "Q159", dt.date(2012, 5, 7), None),
        ("president", "Q159", dt.date(2000, 5, 7), dt.date(2008, 5, 7)),
    ]


@pytest.mark.parametrize("opener", [gzip.open, bz2.open])
def test_compressed_dumps_stream_the_same(tmp_path: Path, opener: object) -> None:
    suffix = ".gz" if opener is gzip.open else ".bz2"
    path = tmp_path / f"dump.json{suffix}"
    with opener(path, "wb") as handle:  # type: ignore[operator]
        handle.write(SAMPLE.read_bytes())
    assert [e.id for e in import_wikidata(path)] == [e.id for e in import_wikidata(SAMPLE)]


def test_a_broken_line_names_its_number(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('[\n{"id": "Q1"},\n{not json\n]\n', encoding="utf-8")
    with pytest.raises(FormatError, match="line 3"):
        list(import_wikidata(path))


def test_wikidata_times_of_lower_precision_start_their_period() -> None:
    assert wikidata_date("+2019-00-00T00:00:00Z") == dt.date(2019, 1, 1)
    assert wikidata_date("-0044-03-15T00:00:00Z") is None
