"""Hand-added facts: ``kronika/data/kb/manual.toml``.

The kb-seed tables stop in 2022–23 and lack whole kinds of actor (news outlets, parties,
courts, the 2025 Board of Peace). The TOML file adds them, with these guarantees:

* a QID appears only where kb-seed data confirms it: :func:`confirm_qids` checks every one
  against the names the Wikidata-derived tables give that QID, so a QID typed from memory
  fails the build instead of shipping;
* every role has a source (``manual:2026-01`` unless the entry says otherwise);
* ``of`` is a KB id (a QID or ``kronika:…``) or an ISO alpha-3 country code, which the build
  resolves to the country's QID through Natural Earth, so no country QID is typed by hand;
  a country entry without a QID takes its ``country`` code's QID the same way, which adds
  its names to the Natural Earth country.
"""

from __future__ import annotations

import tomllib
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path
from typing import Any

from kronika.errors import ConfigError
from kronika.kb.records import is_qid, make_entity, parse_date
from kronika.types import Entity, EntityType, Role

SOURCE = "manual"


def manual_path() -> Path:
    """The packaged ``manual.toml``."""
    return Path(str(resources.files("kronika") / "data" / "kb" / "manual.toml"))


@dataclass(frozen=True, slots=True)
class ManualFacts:
    """The parsed manual file: entities (``of`` not yet resolved) and country adjectives."""

    entities: tuple[Entity, ...]
    demonyms: Mapping[str, tuple[str, ...]]


def load_manual(path: Path | None = None) -> ManualFacts:
    """Read and validate the manual facts file."""
    path = path or manual_path()
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    default_source = str(data.get("default_source", f"{SOURCE}:2026-01"))
    entities = tuple(_entity(item, default_source) for item in data.get("entity", []))
    seen: set[str] = set()
    for entity in entities:
        if entity.id in seen:
            raise ConfigError(f"{path}: {entity.id} is defined twice; merge the two entries")
        seen.add(entity.id)
    demonyms = {key: tuple(words) for key, words in data.get("demonyms", {}).items()}
    return ManualFacts(entities, demonyms)


def _entity(item: Mapping[str, Any], default_source: str) -> Entity:
    name = item.get("name_en")
    if not name:
        raise ConfigError(f"manual entity without name_en: {dict(item)}")
    qid = item.get("qid") or None
    if qid is not None and not is_qid(qid):
        raise ConfigError(f"manual entity {name!r}: {qid!r} is not a QID")
    try:
        entity_type = EntityType(item["type"])
    except (KeyError, ValueError) as exc:
        raise ConfigError(f"manual entity {name!r}: unknown type {item.get('type')!r}") from exc
    roles = tuple(
        Role(
            office=role["office"],
            of=role.get("of"),
            start=parse_date(role.get("start")),
            end=parse_date(role.get("end")),
            source=role.get("source", default_source),
        )
        for role in item.get("roles", [])
    )
    return make_entity(
        qid=qid,
        name_en=name,
        name_hu=item.get("name_hu"),
        type=entity_type,
        aliases=item.get("aliases", []),
        country=item.get("country"),
        sector=item.get("sector"),
        roles=roles,
        latitude=item.get("latitude"),
        longitude=item.get("longitude"),
        source=f"{SOURCE}:{item.get('source_date', default_source.partition(':')[2])}",
        local_key=item.get("key"),
    )


def normalise_name(name: str) -> str:
    """A name folded for comparison: no accents, no case, hyphens and dashes as spaces."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.replace("–", " ").replace("-", " ").replace(".", " ").split())


def confirm_qids(entities: tuple[Entity, ...], index: Mapping[str, set[str]]) -> list[str]:
    """Problems with hand-written QIDs: each must be paired in kb-seed data with the entity's
    English name or one of its aliases. An empty list means every QID is confirmed."""
    problems = []
    for entity in entities:
        if entity.qid is None:
            continue
        known = {normalise_name(n) for n in index.get(entity.qid, set())}
        ours = {normalise_name(n) for n in (entity.name_en, *entity.aliases)}
        if not known:
            problems.append(f"{entity.qid} ({entity.name_en}) appears in no kb-seed table")
        elif not known & ours:
            problems.append(f"{entity.qid} is {sorted(known)} in kb-seed, not {entity.name_en!r}")
    return problems


def resolve_of(entity: Entity, qid_by_alpha3: Mapping[str, str]) -> Entity:
    """The entity with ``of = "DEU"``-style country codes replaced by the country's QID; a
    country written without a QID (names the tables lack, such as ``Nagy-Britannia``) takes
    the QID Natural Earth gives its ``country`` code, so it merges with that country."""
    roles = tuple(
        replace(role, of=qid_by_alpha3.get(role.of, role.of))
        if role.of and len(role.of) == 3 and role.of.isupper()
        else role
        for role in entity.roles
    )
    resolved = replace(entity, roles=roles)
    qid = qid_by_alpha3.get(entity.country or "")
    if entity.type is EntityType.COUNTRY and entity.qid is None and qid is not None:
        resolved = replace(resolved, id=qid, qid=qid)
    return resolved


def unresolved_references(entities: list[Entity]) -> list[str]:
    """Roles whose ``of`` names no entity in ``entities`` (a typo or a missing entry)."""
    ids = {entity.id for entity in entities}
    return sorted(
        f"{entity.id} ({entity.name_en}): {role.office} of {role.of}"
        for entity in entities
        for role in entity.roles
        if role.of is not None and role.of not in ids
    )
