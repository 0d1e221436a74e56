"""Merging importer output into one record per entity, and tidying roles.

The same entity arrives from several tables (Putin from the Russian cabinet, the world leaders
table, the verified list and the manual file). Records with the same id (the QID, or the local
id of an entity without one) become one: the first record's scalar fields win, which is why
the build feeds the most trusted source first, and names, aliases, roles and sources are
united.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from kronika.kb.offices import SINGLE_HOLDER_OFFICES
from kronika.types import Entity, EntityType, Role

YEAR_PRECISION = "#years"
INFERRED_END = "; end: successor's start"


@dataclass(slots=True)
class MergeLog:
    """What merging noticed: ids that different sources gave to very different things."""

    type_conflicts: list[str] = field(default_factory=list)


def merge_entities(entities: Iterable[Entity], log: MergeLog | None = None) -> list[Entity]:
    """One entity per id, in first-seen order."""
    merged: dict[str, Entity] = {}
    for entity in entities:
        first = merged.get(entity.id)
        merged[entity.id] = entity if first is None else _merge_pair(first, entity, log)
    return list(merged.values())


def _merge_pair(first: Entity, other: Entity, log: MergeLog | None) -> Entity:
    if log is not None and (first.type is EntityType.PERSON) != (other.type is EntityType.PERSON):
        log.type_conflicts.append(
            f"{first.id}: {first.type.value} {first.name_en!r} ({', '.join(first.sources)}) "
            f"vs {other.type.value} {other.name_en!r} ({', '.join(other.sources)})"
        )
    names = (other.name_en, other.name_hu, *other.aliases)
    return replace(
        first,
        name_hu=first.name_hu or other.name_hu,
        aliases=_dedupe((*first.aliases, *names)),
        country=first.country or other.country,
        sector=first.sector or other.sector,
        roles=(*first.roles, *other.roles),
        latitude=first.latitude if first.latitude is not None else other.latitude,
        longitude=first.longitude if first.longitude is not None else other.longitude,
        sources=_dedupe((*first.sources, *other.sources)),
    )


def _dedupe(values: Iterable[str | None]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(v for v in values if v))


def tidy(entity: Entity) -> Entity:
    """Aliases without the names themselves, sorted; roles without duplicates, in date order;
    sources sorted: a stable shape so rebuilds diff cleanly."""
    names = {entity.name_en, entity.name_hu}
    aliases = sorted({a for a in entity.aliases if a not in names}, key=lambda a: (a.casefold(), a))
    return replace(
        entity,
        aliases=tuple(aliases),
        roles=tuple(sorted(_distinct_roles(entity.roles), key=_role_order)),
        sources=tuple(sorted(set(entity.sources))),
    )


def _role_order(role: Role) -> tuple[dt.date, str, str, str]:
    return (role.start or dt.date.min, role.office, role.of or "", role.source)


def _distinct_roles(roles: tuple[Role, ...]) -> list[Role]:
    """Roles without repeats. A year-precision term is dropped where a dated term of the same
    office overlaps it; of terms of one office that start on the same day the first listed wins,
    since the build lists the most trusted source first (the manual file's end of Shmyhal's
    premiership beats the 2022 snapshot's open term; a table's current term beats its
    per-cabinet history, which ends Szijjártó's term at each re-appointment)."""
    dated = [r for r in roles if YEAR_PRECISION not in r.source]
    kept: dict[tuple[str, str | None, dt.date | None], Role] = {}
    for role in roles:
        if YEAR_PRECISION in role.source and any(_same_term(role, d) for d in dated):
            continue
        if role.start is None:
            kept.setdefault((role.office, role.of, None), role)
        else:
            kept.setdefault((role.office, role.of, role.start), role)
    return list(kept.values())


def _same_term(role: Role, other: Role) -> bool:
    if (role.office, role.of) != (other.office, other.of):
        return False
    start = other.start or dt.date.min
    end = other.end or dt.date.max
    return (role.start or dt.date.min) <= end and start <= (role.end or dt.date.max)


def close_successions(entities: list[Entity]) -> list[Entity]:
    """End open terms of single-holder offices where a later holder's term begins.

    The tables are snapshots: a 2022 table lists Denys Shmyhal as Ukraine's prime minister with
    no end, and the manual file adds Yulia Svyrydenko from 2025-07-17. The earlier open term then
    ends on the successor's start, and its source says the end was inferred.
    """
    starts: dict[tuple[str, str], list[tuple[dt.date, str]]] = {}
    for entity in entities:
        for role in entity.roles:
            if role.office in SINGLE_HOLDER_OFFICES and role.of and role.start:
                starts.setdefault((role.office, role.of), []).append((role.start, entity.id))
    result = []
    for entity in entities:
        roles = tuple(_close(role, entity.id, starts) for role in entity.roles)
        result.append(replace(entity, roles=roles) if roles != entity.roles else entity)
    return result


def _close(
    role: Role, holder: str, starts: dict[tuple[str, str], list[tuple[dt.date, str]]]
) -> Role:
    if role.end is not None or role.start is None or not role.of:
        return role
    later = [
        start
        for start, other in starts.get((role.office, role.of), [])
        if other != holder and start > role.start
    ]
    if not later:
        return role
    return replace(role, end=min(later), source=role.source + INFERRED_END)


def without_other_countries_names(entities: list[Entity]) -> list[Entity]:
    """Entities without the aliases that are another country's own name: Natural Earth files
    some territories under their sovereign's Hungarian name (Clipperton Island as
    ``Franciaország``, Baikonur as ``Kazahsztán``), which would make every mention of the
    country a tie between the country and the territory."""
    owners: dict[str, str] = {}
    for entity in entities:
        if entity.type is EntityType.COUNTRY and entity.country:
            for name in (entity.name_hu, entity.name_en):
                if name:
                    owners.setdefault(name, entity.id)
    kept = []
    for entity in entities:
        aliases = tuple(a for a in entity.aliases if owners.get(a, entity.id) == entity.id)
        kept.append(entity if aliases == entity.aliases else replace(entity, aliases=aliases))
    return kept


#: A Roman numeral up to 39 (``X``, ``VII``, ``XIV``): Natural Earth lists Chile's regions by
#: number. ``IL`` (Illinois) is none.
_ROMAN = re.compile(r"(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})")


def without_codes(entities: list[Entity]) -> list[Entity]:
    """Entities without the aliases of places that are a single letter or a Roman numeral:
    Natural Earth gives Los Lagos the alternate name ``X``, Hanoi ``H`` and Mérida ``M``,
    which made a platform (``írta az X-en``) or a regnal number a region. Airports keep their
    codes, and the two-letter codes of states (``NY``) stay: they are written as names."""
    kept = []
    for entity in entities:
        if entity.type not in (EntityType.REGION, EntityType.CITY, EntityType.PLACE):
            kept.append(entity)
            continue
        aliases = tuple(a for a in entity.aliases if len(a) > 1 and _ROMAN.fullmatch(a) is None)
        kept.append(entity if aliases == entity.aliases else replace(entity, aliases=aliases))
    return kept
