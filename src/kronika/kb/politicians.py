"""Importers for the office-holder tables in ``kb-seed/``: who held which office, when.

* ``everypolitician-scrapers/``: Wikidata query output (2021–2023) for heads of state and
  government of every country, foreign ministers, heads of international organisations,
  current cabinets, and the cabinets, office-holders and legislators of Hungary, Ukraine,
  Russia and the United States. Good for identity (QID ↔ name); stale for 2024–26, which
  :mod:`kronika.kb.manual` and :func:`current_leaders` bring up to date.
* ``congress-legislators/``: the 2026 US Congress and the presidents and vice presidents.
* ``verified/verified_qids.csv``: individually checked QIDs, used to confirm hand-added facts.
* ``world-leaders-current_UNVERIFIED_QIDS/``: 2026 heads of state and government. Its QIDs
  contradict Wikidata in places (it gives the EU Commission president Orbán's Q57641), so only
  names, offices and dates are read from it, never a QID.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from kronika.kb.naturalearth import CountryCodes, read_rows
from kronika.kb.offices import office_key, polity_office_key
from kronika.kb.records import is_qid, make_entity, parse_date, unique, year_end
from kronika.kb.yamlblock import Node, parse_block_yaml
from kronika.types import Entity, EntityType, Role

EP = "everypolitician-scrapers"


@dataclass(frozen=True, slots=True)
class Cabinet:
    """One national folder of everypolitician-scrapers and the country it covers."""

    folder: str
    country_qid: str
    country: str
    snapshot: str


CABINETS = (
    Cabinet("hungary-cabinet", "Q28", "HUN", "2022-07"),
    Cabinet("ukraine-cabinet", "Q212", "UKR", "2022-07"),
    Cabinet("russia-cabinet", "Q159", "RUS", "2022-08"),
    Cabinet("us-cabinet", "Q30", "USA", "2022-08"),
)

# Russia's legislators file also lists a few regional assemblies; only the federal chambers
# are national news.
_FEDERAL_CHAMBERS = re.compile(r"State Duma|Federation Council|National Assembly|People's Deputy")
_LEGISLATIVE = frozenset({"legislator", "senator", "representative", "speaker"})
_MILITARY = re.compile(
    r"general staff|armed forces|joint chiefs|chief of staff of the (army|air)|"
    r"chief of naval|commander",
    re.I,
)
_JUDICIAL = re.compile(r"prosecutor|chief justice|judge|court|attorney general", re.I)
_SOURCE_DATES = re.compile(r"@\d{4}-\d{2}")

#: Organisations whose heads the world table lists, where a checked QID names the body.
_BODIES = {"United Nations": "Q1065"}


def sector_of_office(office: str) -> str:
    """The PLOVER sector of an office: LEG for legislators, MIL, JUD, else GOV."""
    if office in _LEGISLATIVE:
        return "LEG"
    if office == "chief_of_general_staff" or _MILITARY.search(office):
        return "MIL"
    if office == "prosecutor_general" or _JUDICIAL.search(office):
        return "JUD"
    return "GOV"


def sector_of_roles(roles: tuple[Role, ...]) -> str | None:
    """The sector of a person's most recent office (a legislator turned minister is GOV)."""
    offices = [r for r in roles if not r.office.startswith("relative:")]
    if not offices:
        return None
    latest = max(offices, key=lambda r: (r.start or dt.date.min, r.end or dt.date.max))
    return sector_of_office(latest.office)


def hungarian_order(name: str) -> str:
    """A Hungarian person's name family-name first, as Hungarian text writes it
    (``Viktor Orbán`` → ``Orbán Viktor``)."""
    parts = name.split()
    return " ".join([parts[-1], *parts[:-1]]) if len(parts) > 1 else name


def _person(
    qid: str,
    name: str,
    country: str | None,
    roles: tuple[Role, ...],
    source: str,
) -> Entity:
    name_hu = hungarian_order(name) if country == "HUN" else None
    return make_entity(
        qid=qid,
        name_en=name,
        name_hu=name_hu,
        type=EntityType.PERSON,
        aliases=(name,) if name_hu else (),
        country=country,
        sector=sector_of_roles(roles),
        roles=roles,
        source=source,
    )


def _role(label: str, of: str | None, start: str, end: str, source: str) -> Role:
    key = office_key(label)
    # An office keyed without its body loses what it was the head *of*: keep the label then.
    office = label if of is None and key != label else key
    return Role(office, of, parse_date(start), parse_date(end), source)


def cabinet_people(root: Path, cabinet: Cabinet) -> Iterator[Entity]:
    """Office-holders (current in the snapshot and since 1990) and national legislators."""
    folder = root / EP / cabinet.folder / "html"
    source = f"everypolitician:{cabinet.folder}@{cabinet.snapshot}"
    for name in ("current.csv", "holders21.csv", "legislators.csv"):
        path = folder / name
        if not path.exists():
            continue
        for row in read_rows(path):
            qid, person = row.get("personID", ""), row.get("person", "")
            if not is_qid(qid) or not person:
                continue
            if name == "legislators.csv" and not _FEDERAL_CHAMBERS.search(row["position"]):
                continue
            role = _role(
                row["position"],
                cabinet.country_qid,
                row.get("start", ""),
                row.get("end", ""),
                source,
            )
            yield _person(qid, person, cabinet.country, (role,), source)


def hungarian_cabinet_items(root: Path) -> Iterator[Entity]:
    """Hungarian governments (``fourth Orbán government``) and the 2022 cabinet's offices."""
    base = root / EP / "hungary-cabinet" / "wikidata" / "results"
    source = "everypolitician:hungary-cabinet@2022-07"
    for row in read_rows(base / "all-cabinets.csv"):
        label = row["itemLabel"]
        if is_qid(row["item"]) and label and not is_qid(label):
            yield make_entity(
                qid=row["item"],
                name_en=label,
                type=EntityType.ORGANISATION,
                country="HUN",
                sector="GOV",
                source=source,
            )
    for row in read_rows(base / "current-cabinet.csv"):
        role = _role(row["positionLabel"], "Q28", row["start"], "", source)
        yield _person(row["item"], row["itemLabel"], "HUN", (role,), source)


def world_leaders(root: Path, codes: CountryCodes) -> Iterator[Entity]:
    """Heads of state and government of every country (2021–22), with year-precision terms.

    The table gives years only, so a term covers its whole first and last year; the source
    tag says so and :mod:`kronika.kb.merge` prefers a dated term of the same office.
    """
    source = "everypolitician:world-leaders-2021@2022-10#years"
    for row in read_rows(root / EP / "world-leaders-2021" / "data" / "wikidata.csv"):
        if not is_qid(row["officeholder"]):
            continue
        start = parse_date(row["start_year"])
        office = _head_office(row["positionLabel"], row["country"])
        role = Role(office, row["countryid"], start, year_end(row["end_year"]), source)
        country = codes.alpha3_by_qid.get(row["countryid"])
        yield _polity(row["countryid"], row["country"], country, source)
        yield _person(row["officeholder"], row["officeholderLabel"], country, (role,), source)


def _head_office(label: str, polity: str) -> str:
    """The key of a head-of-state or government label, whose last ``of …`` names the polity
    even where the table words it differently (``Prime Minister of the Netherlands`` for the
    ``Kingdom of the Netherlands``)."""
    key = office_key(label, polity)
    return key if key != label else polity_office_key(label)


def _polity(qid: str, label: str, alpha3: str | None, source: str) -> Entity:
    """The country whose office a row names. Natural Earth knows most of them; the rest (the
    Kingdom of Denmark beside Denmark, Palestine, Abkhazia, the Holy See) come from here."""
    return make_entity(
        qid=qid, name_en=label, type=EntityType.COUNTRY, country=alpha3, source=source
    )


def foreign_ministers(root: Path, codes: CountryCodes) -> Iterator[Entity]:
    """Foreign ministers of every country as of early 2023."""
    source = "everypolitician:world-foreign@2023-01"
    for row in read_rows(root / EP / "world" / "sources" / "foreign" / "wikidata.csv"):
        if not is_qid(row["person"]) or not row["name"]:
            continue
        role = Role("foreign_minister", row["country"], parse_date(row["start"]), None, source)
        alpha3 = codes.alpha3_by_qid.get(row["country"])
        yield _polity(row["country"], row["countryLabel"], alpha3, source)
        yield _person(
            row["person"], row["name"], codes.alpha3_by_qid.get(row["country"]), (role,), source
        )


def organisation_heads(root: Path) -> Iterator[Entity]:
    """Heads of international organisations (UN Secretary-General, ICJ president, …)."""
    source = "everypolitician:world-organisations@2023-01"
    for row in read_rows(root / EP / "world" / "html" / "current.csv"):
        if not is_qid(row["personID"]):
            continue
        body = next((qid for name, qid in _BODIES.items() if row["position"].endswith(name)), None)
        role = _role(row["position"], body, row["start"], row["end"], source)
        yield _person(row["personID"], row["person"], None, (role,), source)


def current_cabinets(root: Path, codes: CountryCodes) -> Iterator[Entity]:
    """Governments in office in 2023 (``Von der Leyen Commission``, ``Shmyhal Government``)."""
    source = "everypolitician:world-cabinets@2023-01"
    path = root / EP / "world" / "wikidata" / "results" / "enwiki-current-cabinets.csv"
    for row in read_rows(path):
        label, place = row["itemLabel"], row["country"] or row["jurisdiction"]
        if not is_qid(row["item"]) or is_qid(label) or not place:
            continue
        country = codes.alpha3_by_qid.get(place) or ("EUR" if place == "Q458" else None)
        yield make_entity(
            qid=row["item"],
            name_en=label,
            type=EntityType.ORGANISATION,
            country=country,
            sector="GOV",
            source=source,
        )


def _load_yaml(path: Path) -> list[dict[str, Node]]:
    data = parse_block_yaml(path.read_text(encoding="utf-8"))
    return [item for item in data if isinstance(item, dict)] if isinstance(data, list) else []


def _text(node: Node | None, *keys: str) -> str:
    for key in keys:
        if not isinstance(node, dict):
            return ""
        node = node.get(key)
    return node if isinstance(node, str) else ""


def us_executive(root: Path) -> Iterator[Entity]:
    """US presidents and vice presidents that carry a QID, with their terms."""
    source = "congress-legislators@2026-06"
    offices = {"prez": "president", "viceprez": "vice_president"}
    for item in _load_yaml(root / "congress-legislators" / "executive.yaml"):
        qid = _text(item, "id", "wikidata")
        terms = item.get("terms")
        if not is_qid(qid) or not isinstance(terms, list):
            continue
        roles = tuple(
            Role(
                offices[_text(t, "type")],
                "Q30",
                parse_date(_text(t, "start")),
                parse_date(_text(t, "end")),
                source,
            )
            for t in terms
            if _text(t, "type") in offices
        )
        name = _text(item, "id", "wikipedia") or _plain_name(item)
        entity = _person(qid, name, "USA", roles, source)
        yield _with_aliases(entity, _plain_name(item))


def us_congress(root: Path) -> Iterator[Entity]:
    """Members of the 2026 US Congress, with their current term."""
    source = "congress-legislators@2026-06"
    offices = {"sen": "senator", "rep": "representative"}
    for item in _load_yaml(root / "congress-legislators" / "legislators-current.yaml"):
        qid = _text(item, "id", "wikidata")
        terms = item.get("terms")
        if not is_qid(qid) or not isinstance(terms, list) or not terms:
            continue
        last = terms[-1]
        role = Role(
            offices.get(_text(last, "type"), "legislator"),
            "Q30",
            parse_date(_text(last, "start")),
            parse_date(_text(last, "end")),
            source,
        )
        name = _text(item, "name", "official_full") or _plain_name(item)
        entity = _person(qid, name, "USA", (role,), source)
        yield _with_aliases(entity, _plain_name(item), _text(item, "id", "wikipedia"))


def _plain_name(item: dict[str, Node]) -> str:
    first = _text(item, "name", "nickname") or _text(item, "name", "first")
    return f"{first} {_text(item, 'name', 'last')}".strip()


def _with_aliases(entity: Entity, *aliases: str) -> Entity:
    names = {entity.name_en, entity.name_hu}
    extra = [a for a in aliases if a and a not in names]
    return replace(entity, aliases=unique((*entity.aliases, *extra)))


def us_family(root: Path, heads: frozenset[str]) -> Iterator[Entity]:
    """Spouses, children and children-in-law of the US presidents and vice presidents in
    ``heads`` (``az amerikai elnök veje`` is Jared Kushner), from the family table.

    Each relation is a role ``relative:spouse`` / ``relative:child`` /
    ``relative:son_in_law`` / ``relative:daughter_in_law`` *of* the office-holder.
    """
    base = root / EP / "us-cabinet" / "html"
    source = "everypolitician:us-cabinet@2022-08"
    gender = {row["id"]: row["gender"] for row in read_rows(base / "bio.csv")}
    rows = list(read_rows(base / "family.csv"))
    names = {row["relative"]: row["relativename"] for row in rows} | {
        row["id"]: row["name"] for row in rows
    }
    spouses: dict[str, set[str]] = {}
    for row in rows:
        if row["relationship"] == "spouse":
            spouses.setdefault(row["id"], set()).add(row["relative"])
            spouses.setdefault(row["relative"], set()).add(row["id"])
    for row in rows:
        head, relative, kind = row["id"], row["relative"], row["relationship"]
        if head not in heads or kind not in {"spouse", "child"} or not is_qid(relative):
            continue
        role = Role(f"relative:{kind}", head, None, None, source)
        yield _person(relative, names[relative], "USA", (role,), source)
        if kind != "child":
            continue
        for in_law in sorted(spouses.get(relative, ())):
            if in_law == head or not is_qid(in_law):
                continue
            kind_in_law = {"male": "son_in_law", "female": "daughter_in_law"}.get(
                gender.get(in_law, ""), "child_in_law"
            )
            role = Role(f"relative:{kind_in_law}", head, None, None, source)
            yield _person(in_law, names.get(in_law, in_law), "USA", (role,), source)


@dataclass(frozen=True, slots=True)
class VerifiedQid:
    """One row of ``verified_qids.csv`` whose QID was checked against its evidence."""

    name: str
    qid: str
    aliases: tuple[str, ...]


def verified_qids(root: Path) -> list[VerifiedQid]:
    """The verified rows: ``Agence France-Presse (AFP)`` → name ``Agence France-Presse``,
    alias ``AFP``; annotations such as ``(extra)`` are dropped, positions are skipped."""
    found = []
    for row in read_rows(root / "verified" / "verified_qids.csv"):
        if not row["status"].startswith("verified") or not is_qid(row["qid"]):
            continue
        name, notes = _split_parenthesis(row["entity"])
        if "position" in notes:
            continue
        aliases = tuple(
            n
            for n in notes
            if n not in {"extra", "single source"} and not re.fullmatch(r"\d{4}", n)
        )
        found.append(VerifiedQid(name, row["qid"], aliases))
    return found


def _split_parenthesis(text: str) -> tuple[str, list[str]]:
    match = re.fullmatch(r"(.+?)\s*\((.+)\)", text)
    if not match:
        return text, []
    return match[1], [part.strip() for part in match[2].split(",")]


def identity_index(root: Path) -> dict[str, set[str]]:
    """Every (QID → names) pair in the Wikidata-derived tables, bio tables included: the
    evidence a hand-added QID must match (see :func:`kronika.kb.manual.confirm_qids`)."""
    index: dict[str, set[str]] = {}
    pairs = (
        ("id", "name"),
        ("personID", "person"),
        ("officeholder", "officeholderLabel"),
        ("person", "name"),
        ("item", "itemLabel"),
    )
    for path in sorted((root / EP).rglob("*.csv")):
        for row in read_rows(path):
            for qid_key, name_key in pairs:
                qid, name = row.get(qid_key, ""), row.get(name_key, "")
                if is_qid(qid) and name:
                    index.setdefault(qid, set()).add(name)
    for item in _load_yaml(root / "congress-legislators" / "executive.yaml") + _load_yaml(
        root / "congress-legislators" / "legislators-current.yaml"
    ):
        qid = _text(item, "id", "wikidata")
        if is_qid(qid):
            index.setdefault(qid, set()).update(
                n for n in (_text(item, "id", "wikipedia"), _plain_name(item)) if n
            )
    for verified in verified_qids(root):
        index.setdefault(verified.qid, set()).update((verified.name, *verified.aliases))
    return index


@dataclass(frozen=True, slots=True)
class CurrentHolder:
    """A 2026 head of state or government from the unverified table: names and dates only."""

    country_alpha2: str
    body: str
    office: str
    name_en: str
    name_local: str | None
    since: dt.date | None


UNVERIFIED = "world-leaders-current_UNVERIFIED_QIDS"


def current_leaders(root: Path) -> Iterator[CurrentHolder]:
    """2026 holders from ``countries/*/current.json``; their ``wikidata_id`` is ignored."""
    for path in sorted((root / UNVERIFIED / "countries").glob("*/current.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        country = data.get("country", {})
        for position in data.get("positions", {}).values():
            holder = position.get("current_holder") or {}
            if not holder.get("name_en"):
                continue
            yield CurrentHolder(
                country_alpha2=country.get("iso_code", ""),
                body=country.get("name_en", ""),
                office=office_key(position.get("title_en", "")),
                name_en=holder["name_en"],
                name_local=holder.get("name_local"),
                since=parse_date(holder.get("since")),
            )


def source_date(source: str) -> str:
    """The snapshot date in a source tag (``…@2022-07`` → ``2022-07``), or empty."""
    match = _SOURCE_DATES.search(source)
    return match[0][1:] if match else ""
