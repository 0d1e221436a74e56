"""Importers for the Natural Earth attribute tables in ``kb-seed/natural-earth/``.

Natural Earth gives each feature a Wikidata id and its name in some 25 languages, Hungarian
among them, so it supplies the QIDs and Hungarian exonyms of countries, regions, cities
(``Moszkva``, ``Kijev``, ``Pozsony``, ``Abu-Dzabi``), seas, rivers and airports.

The README of kb-seed lists its known faults, which these importers honour:

* admin-1 ``Kiev Region`` (UA-32) carries Q1899, which is Kyiv city, and ``Altay`` (RU-ALT)
  carries Q5971, the Altai Republic: both QIDs are dropped (:data:`WRONG_ADMIN1_QIDS`); any other
  QID that two admin-1 rows share is dropped too, since at most one of them can be right;
* Crimea and Sevastopol are filed under ``adm0_a3`` RUS with the Ukrainian ISO 3166-2 codes
  UA-43 and UA-40: a subdivision's country is taken from its ISO 3166-2 code when it has one,
  and disputed areas get no country at all;
* ``NAME_HU`` falls back to another language when Wikidata had no Hungarian label: a value in
  a non-Latin script is not taken as the Hungarian name.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from kronika.kb.records import is_qid, make_entity, to_float, unique
from kronika.types import Entity, EntityType, Role

SOURCE = "natural-earth"
#: (ISO 3166-2 code, QID) pairs the kb-seed README documents as wrong.
WRONG_ADMIN1_QIDS = frozenset({("UA-32", "Q1899"), ("RU-ALT", "Q5971")})
# Latin letters with diacritics, digits and name punctuation; anything else (Cyrillic,
# Azerbaijani schwa, modifier letters) means NAME_HU fell back to another language.
_HUNGARIAN_SCRIPT = re.compile(r"^[A-Za-z0-9ÁÉÍÓÖŐÚÜŰáéíóöőúüűÀ-ÿĀ-ſ .,'’()\-–/&]+$")


def read_rows(path: Path) -> Iterator[dict[str, str]]:
    """The rows of a UTF-8 CSV file as dicts with stripped values."""
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            yield {key: (value or "").strip() for key, value in row.items() if key}


def hungarian_name(value: str) -> str | None:
    """``NAME_HU`` when it is written in the Hungarian (Latin) script, else None."""
    return value if value and _HUNGARIAN_SCRIPT.match(value) else None


def _get(row: dict[str, str], *keys: str) -> str:
    """The first non-empty value among ``keys`` (the tables differ in column case)."""
    for key in keys:
        value = row.get(key) or row.get(key.upper()) or row.get(key.lower())
        if value and value != "-99":
            return value
    return ""


@dataclass(frozen=True, slots=True)
class CountryCodes:
    """How the other tables name a country, resolved to its QID and ISO alpha-3 code."""

    alpha3_by_adm0: dict[str, str]
    qid_by_adm0: dict[str, str]
    alpha3_by_qid: dict[str, str]
    alpha3_by_alpha2: dict[str, str]

    def alpha3(self, adm0_a3: str) -> str | None:
        """The ISO alpha-3 code for a Natural Earth ``ADM0_A3`` (``SDS`` → ``SSD``)."""
        return self.alpha3_by_adm0.get(adm0_a3) or (adm0_a3 if len(adm0_a3) == 3 else None)


def country_alpha3(row: dict[str, str]) -> str:
    """A country's ISO alpha-3 code; Natural Earth's own code where ISO has none (Kosovo)."""
    return _get(row, "ISO_A3", "ISO_A3_EH", "ADM0_A3")


def read_country_codes(folder: Path) -> CountryCodes:
    """The country code tables of ``ne_10m_admin_0_countries.csv``."""
    alpha3_by_adm0: dict[str, str] = {}
    qid_by_adm0: dict[str, str] = {}
    alpha3_by_qid: dict[str, str] = {}
    alpha3_by_alpha2: dict[str, str] = {}
    for row in read_rows(folder / "ne_10m_admin_0_countries.csv"):
        alpha3, qid = country_alpha3(row), row["WIKIDATAID"]
        alpha3_by_adm0[row["ADM0_A3"]] = alpha3
        alpha2 = _get(row, "ISO_A2", "ISO_A2_EH")
        if len(alpha2) == 2:
            alpha3_by_alpha2.setdefault(alpha2, alpha3)
        if is_qid(qid):
            qid_by_adm0[row["ADM0_A3"]] = qid
            alpha3_by_qid[qid] = alpha3
    return CountryCodes(alpha3_by_adm0, qid_by_adm0, alpha3_by_qid, alpha3_by_alpha2)


def countries(folder: Path, babel_names: dict[str, str] | None = None) -> Iterator[Entity]:
    """Countries and dependencies, with ISO alpha-3 codes and Hungarian names.

    ``babel_names`` (ISO alpha-2 → Hungarian short name, from CLDR) adds the everyday form
    (``Egyesült Államok`` beside the formal ``Amerikai Egyesült Államok``) as an alias.
    """
    for row in read_rows(folder / "ne_10m_admin_0_countries.csv"):
        alpha2 = _get(row, "ISO_A2", "ISO_A2_EH")
        extra = (babel_names or {}).get(alpha2)
        yield make_entity(
            qid=row["WIKIDATAID"],
            name_en=row["NAME_EN"] or row["ADMIN"],
            name_hu=hungarian_name(row["NAME_HU"]),
            type=EntityType.COUNTRY,
            aliases=(
                row["ADMIN"],
                row["NAME"],
                row["NAME_LONG"],
                row["FORMAL_EN"],
                row["NAME_ALT"],
                row["BRK_NAME"],
                extra,
            ),
            country=country_alpha3(row),
            source=f"{SOURCE}:admin-0-countries",
            local_key=f"ne-{row['ADM0_A3']}",
        )


def map_units_and_names(folder: Path, codes: CountryCodes) -> Iterator[Entity]:
    """Map units (Gaza, West Bank, England), name variants (Donbas) and disputed areas
    (Crimea): regions below or beside a country. A disputed area gets no country."""
    # In the names and disputed-areas files NAME and NAME_LONG are often the sovereign's
    # (Donbas has NAME=Ukraine); only BRK_NAME names the area itself there.
    files = (
        ("ne_10m_admin_0_map_units.csv", "map-units", False, ("NAME", "NAME_LONG", "NAME_ALT")),
        ("ne_10m_admin_0_names.csv", "admin-0-names", False, ("BRK_NAME",)),
        ("ne_10m_admin_0_disputed_areas.csv", "disputed-areas", True, ("BRK_NAME",)),
    )
    for name, tag, disputed, alias_columns in files:
        for row in read_rows(folder / name):
            if not is_qid(row["WIKIDATAID"]):
                continue
            is_country = row["WIKIDATAID"] in codes.alpha3_by_qid
            yield make_entity(
                qid=row["WIKIDATAID"],
                name_en=row["NAME_EN"] or row["BRK_NAME"],
                name_hu=hungarian_name(row["NAME_HU"]),
                type=EntityType.COUNTRY if is_country else EntityType.REGION,
                aliases=[row[column] for column in alias_columns],
                country=None if disputed else codes.alpha3(row["ADM0_A3"]),
                source=f"{SOURCE}:{tag}",
            )


def admin1(folder: Path, codes: CountryCodes) -> Iterator[Entity]:
    """First-level subdivisions (oblasts, states, counties) with coordinates."""
    rows = list(read_rows(folder / "ne_10m_admin_1_states_provinces.csv"))
    usable = [
        r["wikidataid"] for r in rows if (r["iso_3166_2"], r["wikidataid"]) not in WRONG_ADMIN1_QIDS
    ]
    repeated = {qid for qid, count in Counter(usable).items() if count > 1}
    for row in rows:
        qid = row["wikidataid"]
        if (row["iso_3166_2"], qid) in WRONG_ADMIN1_QIDS or qid in repeated:
            qid = ""
        iso = row["iso_3166_2"]
        country = _country_of_subdivision(iso, codes) or codes.alpha3(row["adm0_a3"])
        name_en = row["name_en"] or row["name"]
        if not name_en:
            continue
        yield make_entity(
            qid=qid,
            name_en=name_en,
            name_hu=hungarian_name(row["name_hu"]),
            type=EntityType.REGION,
            aliases=(row["name"], *row["name_alt"].split("|")),
            country=country,
            latitude=to_float(row["latitude"]),
            longitude=to_float(row["longitude"]),
            source=f"{SOURCE}:admin-1",
            local_key=f"ne-adm1-{row['adm1_code']}",
        )


def _country_of_subdivision(iso_3166_2: str, codes: CountryCodes) -> str | None:
    """The alpha-3 code named by an ISO 3166-2 code's prefix (``UA-43`` → ``UKR``)."""
    alpha2 = iso_3166_2.partition("-")[0]
    return codes.alpha3_by_alpha2.get(alpha2) if alpha2 else None


def populated_places(folder: Path, codes: CountryCodes) -> Iterator[Entity]:
    """Capitals and major cities with Hungarian exonyms and coordinates; a national capital
    carries a ``capital`` role of its country, so ``Moszkva`` can stand for Russia's
    government."""
    for row in read_rows(folder / "ne_50m_populated_places.csv"):
        if not is_qid(row["WIKIDATAID"]):
            continue
        roles: tuple[Role, ...] = ()
        country_qid = codes.qid_by_adm0.get(row["ADM0_A3"])
        if row["FEATURECLA"].startswith("Admin-0 capital") and country_qid:
            roles = (Role("capital", country_qid, None, None, f"{SOURCE}:populated-places"),)
        yield make_entity(
            qid=row["WIKIDATAID"],
            name_en=row["NAME_EN"] or row["NAME"],
            name_hu=hungarian_name(row["NAME_HU"]),
            type=EntityType.CITY,
            aliases=(row["NAME"], row["NAMEASCII"], *row["NAMEALT"].split("|")),
            country=codes.alpha3(row["ADM0_A3"]),
            roles=roles,
            latitude=to_float(row["LATITUDE"]),
            longitude=to_float(row["LONGITUDE"]),
            source=f"{SOURCE}:populated-places",
        )


def physical_features(folder: Path) -> Iterator[Entity]:
    """Seas, straits, regions, mountain ranges, rivers and lakes that have a QID."""
    files = (
        ("ne_10m_geography_marine_polys.csv", "marine"),
        ("ne_10m_geography_regions_polys.csv", "regions"),
        ("ne_10m_rivers_lake_centerlines.csv", "rivers"),
        ("ne_10m_lakes.csv", "lakes"),
    )
    for name, tag in files:
        for row in read_rows(folder / name):
            qid = _get(row, "wikidataid")
            name_en = _get(row, "name_en", "name")
            if not is_qid(qid) or not name_en:
                continue
            yield make_entity(
                qid=qid,
                name_en=name_en,
                name_hu=hungarian_name(_get(row, "name_hu")),
                type=EntityType.PLACE,
                aliases=unique((_get(row, "name"), *_get(row, "namealt", "name_alt").split("|"))),
                source=f"{SOURCE}:{tag}",
            )


def airports(folder: Path) -> Iterator[Entity]:
    """Airports with a QID, their IATA code as an alias (the table has no country column)."""
    for row in read_rows(folder / "ne_10m_airports.csv"):
        if not is_qid(row["wikidataid"]):
            continue
        yield make_entity(
            qid=row["wikidataid"],
            name_en=row["name_en"] or row["name"],
            name_hu=hungarian_name(row["name_hu"]),
            type=EntityType.FACILITY,
            aliases=(row["name"], row["iata_code"]),
            source=f"{SOURCE}:airports",
        )
