"""Streaming import of Wikidata JSON dumps (``latest-all.json.gz`` and smaller extracts).

A dump is one JSON array with one entity per line (``[``, then ``{…},`` lines, then ``]``),
plain or compressed with gzip or bzip2. :func:`import_wikidata` reads it line by line, never
holding more than one entity, and keeps what news needs:

* people (P31 human) who held a position (P39), with its P580/P582 start and end;
* countries (P31 country or sovereign state), with their ISO alpha-3 code (P298);
* cities (P31 city, big city, capital city);
* organisations (P31 organisation, political party, international organisation, news agency,
  newspaper), with a PLOVER sector where the class implies one.

Labels and aliases are taken in Hungarian and English, P17 (country) or P27 (citizenship) gives
the country and P625 the coordinates. A position's label and jurisdiction are known only if the
position's own item came earlier in the stream; otherwise the role's office is its QID.
"""

from __future__ import annotations

import bz2
import datetime as dt
import gzip
import json
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import IO, Any

from kronika.errors import FormatError
from kronika.kb.offices import polity_office_key
from kronika.kb.records import make_entity
from kronika.types import Entity, EntityType, Role

SOURCE = "wikidata-dump"
HUMAN = "Q5"
COUNTRY_CLASSES = frozenset({"Q6256", "Q3624078"})  # country, sovereign state
CITY_CLASSES = frozenset({"Q515", "Q1549591", "Q5119"})  # city, big city, capital city
POSITION_CLASSES = frozenset({"Q4164871"})  # position
#: Organisation classes and the PLOVER sector each implies (None: no implication).
ORGANISATION_CLASSES: dict[str, str | None] = {
    "Q43229": None,  # organisation
    "Q7278": "PTY",  # political party
    "Q484652": None,  # international organisation
    "Q192283": "JRN",  # news agency
    "Q11032": "JRN",  # newspaper
}
_LANGUAGES = ("hu", "en")


def open_dump(path: Path) -> IO[str]:
    """Open a dump as text, decompressing ``.gz`` and ``.bz2`` files on the fly."""
    if path.suffix == ".gz":
        return gzip.open(path, "rt", encoding="utf-8")
    if path.suffix == ".bz2":
        return bz2.open(path, "rt", encoding="utf-8")
    return path.open(encoding="utf-8")


def iter_dump_items(path: Path) -> Iterator[dict[str, Any]]:
    """The raw entity objects of a dump, one at a time."""
    with open_dump(path) as handle:
        for number, raw in enumerate(handle, start=1):
            line = raw.strip().rstrip(",")
            if line in {"", "[", "]"}:
                continue
            try:
                item = json.loads(line)
            except json.JSONDecodeError as exc:
                raise FormatError(f"{path} line {number}: not a JSON entity ({exc.msg})") from exc
            if isinstance(item, dict):
                yield item


def import_wikidata(
    path: Path,
    country_codes: Mapping[str, str] | None = None,
) -> Iterator[Entity]:
    """Stream the news-relevant entities of a Wikidata dump as KB entities.

    ``country_codes`` maps country QIDs to ISO alpha-3 codes (for example from the packaged KB);
    country items met in the stream add their own P298 code to it.
    """
    codes = dict(country_codes or {})
    positions: dict[str, tuple[str, str | None]] = {}
    for item in iter_dump_items(path):
        classes = set(_item_values(item, "P31"))
        if classes & POSITION_CLASSES:
            label = _label(item, "en")
            if label:
                jurisdiction = next(iter(_item_values(item, "P1001")), None)
                positions[item["id"]] = (label, jurisdiction)
            continue
        entity = _entity(item, classes, codes, positions)
        if entity is not None:
            yield entity


def _entity(
    item: dict[str, Any],
    classes: set[str],
    codes: dict[str, str],
    positions: Mapping[str, tuple[str, str | None]],
) -> Entity | None:
    qid = item.get("id", "")
    name_en = _label(item, "en") or _label(item, "hu")
    if not name_en:
        return None
    roles: tuple[Role, ...] = ()
    sector: str | None = None
    country_claim = "P17"
    if HUMAN in classes:
        roles = tuple(_positions_held(item, positions))
        if not roles:
            return None
        kind, country_claim = EntityType.PERSON, "P27"
    elif classes & COUNTRY_CLASSES:
        kind = EntityType.COUNTRY
        alpha3 = next(iter(_item_strings(item, "P298")), None)
        if alpha3:
            codes[qid] = alpha3
    elif classes & CITY_CLASSES:
        kind = EntityType.CITY
    elif organisation := classes & ORGANISATION_CLASSES.keys():
        kind = EntityType.ORGANISATION
        sector = next(
            (ORGANISATION_CLASSES[c] for c in sorted(organisation) if ORGANISATION_CLASSES[c]), None
        )
    else:
        return None
    country = codes.get(qid) if kind is EntityType.COUNTRY else None
    if country is None:
        country = next((codes[c] for c in _item_values(item, country_claim) if c in codes), None)
    latitude, longitude = _coordinates(item)
    return make_entity(
        qid=qid,
        name_en=name_en,
        name_hu=_label(item, "hu"),
        type=kind,
        aliases=[a for lang in _LANGUAGES for a in _aliases(item, lang)],
        country=country,
        sector=sector,
        roles=roles,
        latitude=latitude,
        longitude=longitude,
        source=SOURCE,
    )


def _label(item: Mapping[str, Any], language: str) -> str | None:
    value = item.get("labels", {}).get(language, {}).get("value")
    return value if isinstance(value, str) and value else None


def _aliases(item: Mapping[str, Any], language: str) -> list[str]:
    return [a["value"] for a in item.get("aliases", {}).get(language, []) if a.get("value")]


def _statements(item: Mapping[str, Any], prop: str) -> list[dict[str, Any]]:
    """Statements of ``prop`` that are not deprecated."""
    claims = item.get("claims", {}).get(prop, [])
    return [c for c in claims if c.get("rank") != "deprecated"]


def _value(snak: Mapping[str, Any]) -> Any:
    return snak.get("datavalue", {}).get("value") if snak.get("snaktype") == "value" else None


def _item_values(item: Mapping[str, Any], prop: str) -> list[str]:
    values = (_value(c.get("mainsnak", {})) for c in _statements(item, prop))
    return [v["id"] for v in values if isinstance(v, dict) and isinstance(v.get("id"), str)]


def _item_strings(item: Mapping[str, Any], prop: str) -> list[str]:
    values = (_value(c.get("mainsnak", {})) for c in _statements(item, prop))
    return [v for v in values if isinstance(v, str)]


def _coordinates(item: Mapping[str, Any]) -> tuple[float | None, float | None]:
    for claim in _statements(item, "P625"):
        value = _value(claim.get("mainsnak", {}))
        if isinstance(value, dict) and "latitude" in value:
            return round(float(value["latitude"]), 5), round(float(value["longitude"]), 5)
    return None, None


def _positions_held(
    item: Mapping[str, Any], positions: Mapping[str, tuple[str, str | None]]
) -> Iterator[Role]:
    """P39 statements as roles, with P580/P582 qualifiers as start and end.

    A position seen earlier in the stream with a jurisdiction (P1001) gives a keyed office of
    that jurisdiction (``President of Russia`` → ``president`` of Q159); otherwise the office
    is the position's label, or its QID when the position has not been seen.
    """
    for claim in _statements(item, "P39"):
        value = _value(claim.get("mainsnak", {}))
        if not isinstance(value, dict) or not isinstance(value.get("id"), str):
            continue
        label, jurisdiction = positions.get(value["id"], (value["id"], None))
        qualifiers = claim.get("qualifiers", {})
        of = next(iter(_qualifier_items(qualifiers, "P642")), None) or jurisdiction
        yield Role(
            office=polity_office_key(label) if of else label,
            of=of,
            start=_qualifier_date(qualifiers, "P580"),
            end=_qualifier_date(qualifiers, "P582"),
            source=SOURCE,
        )


def _qualifier_items(qualifiers: Mapping[str, Any], prop: str) -> list[str]:
    values = (_value(q) for q in qualifiers.get(prop, []))
    return [v["id"] for v in values if isinstance(v, dict) and isinstance(v.get("id"), str)]


def _qualifier_date(qualifiers: Mapping[str, Any], prop: str) -> dt.date | None:
    for qualifier in qualifiers.get(prop, []):
        value = _value(qualifier)
        if isinstance(value, dict) and isinstance(value.get("time"), str):
            return wikidata_date(value["time"])
    return None


def wikidata_date(value: str) -> dt.date | None:
    """A Wikidata time (``+2012-05-07T00:00:00Z``; month or day ``00`` when less precise) as a
    date, the first day of the known period; None for dates before year 1."""
    if not value.startswith("+"):
        return None
    year, month, day = value[1:11].split("-")
    try:
        return dt.date(int(year), max(int(month), 1), max(int(day), 1))
    except ValueError:
        return None
