"""``build_kb``: the knowledge base from ``kb-seed`` and the manual facts.

Sources are fed to the merge most trusted first, because the first record of an entity keeps
its names, type, country and sector:

1. the manual facts (hand-checked Hungarian names, 2026 offices; QIDs confirmed by data);
2. Natural Earth (countries, regions, cities, physical features, airports);
3. the office-holder tables (cabinets, world leaders, foreign ministers, US Congress);
4. kinship of US presidents, the verified-QID names as aliases, and the 2026 heads of state
   and government from the unverified table (names and dates only).

Then Russian, Ukrainian and Belarusian people get their Hungarian transcription, open terms
end where a successor's begins, and every role must point at an entity of the KB.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from kronika.errors import KnowledgeBaseError
from kronika.kb import naturalearth, politicians
from kronika.kb.manual import (
    confirm_qids,
    load_manual,
    normalise_name,
    resolve_of,
    unresolved_references,
)
from kronika.kb.merge import (
    MergeLog,
    close_successions,
    merge_entities,
    tidy,
    without_codes,
    without_other_countries_names,
)
from kronika.kb.records import make_entity
from kronika.kb.translit import Language, cyrillic_to_hungarian, romanised_to_hungarian
from kronika.types import Entity, EntityType, Role

CURRENT_SOURCE = "world-leaders-current@2026-08#names-only"
_TRANSCRIBED: dict[str, Language] = {"RUS": "ru", "BLR": "ru", "UKR": "uk"}
# The unverified table's non-country bodies, mapped to the KB entities their offices are of.
_BODIES = {
    ("EU", "commission_president"): "kronika:european-commission",
    ("EU", "european_council_president"): "kronika:european-council",
    ("AU_AF", ""): "kronika:african-union",
}
_PATRONYMIC = re.compile(r"(вич|вна|ична|івна)$")


@dataclass(slots=True)
class BuildNotes:
    """What a build noticed, for the person running it."""

    type_conflicts: list[str] = field(default_factory=list)
    unmatched_current: list[str] = field(default_factory=list)
    ambiguous_current: list[str] = field(default_factory=list)
    verified_missing: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class KbBuild:
    """A built knowledge base and the notes taken while building it."""

    entities: list[Entity]
    notes: BuildNotes


def build_kb(corpora: Path) -> list[Entity]:
    """Build the knowledge base from ``corpora/kb-seed`` and the packaged manual facts."""
    return build_kb_with_notes(corpora).entities


def build_kb_with_notes(corpora: Path) -> KbBuild:
    """:func:`build_kb`, also returning what the build noticed (conflicts, unmatched names)."""
    root = corpora / "kb-seed"
    if not root.is_dir():
        raise KnowledgeBaseError(f"{root} not found: point --corpora at the shared corpora")
    notes = BuildNotes()
    manual = load_manual()
    codes = naturalearth.read_country_codes(root / "natural-earth")
    problems = confirm_qids(manual.entities, seed_identities(root, codes))
    if problems:
        raise KnowledgeBaseError("manual QIDs not confirmed by kb-seed: " + "; ".join(problems))
    qid_by_alpha3 = {alpha3: qid for qid, alpha3 in codes.alpha3_by_qid.items()}
    log = MergeLog()
    entities = merge_entities(
        (
            *(resolve_of(entity, qid_by_alpha3) for entity in manual.entities),
            *_data_entities(root, codes),
        ),
        log,
    )
    notes.type_conflicts = log.type_conflicts
    entities = merge_entities([*entities, *_us_family(root, entities)], log)
    entities = _add_verified_names(entities, root, notes)
    entities = _add_current_leaders(entities, root, codes, notes)
    entities = without_codes(without_other_countries_names(entities))
    entities = [tidy(_transcribed(entity)) for entity in entities]
    entities = [tidy(entity) for entity in close_successions(entities)]
    missing = unresolved_references(entities)
    if missing:
        raise KnowledgeBaseError("roles point at entities the KB lacks: " + "; ".join(missing))
    return KbBuild(sorted(entities, key=lambda e: e.id), notes)


def seed_identities(
    root: Path, codes: naturalearth.CountryCodes | None = None
) -> dict[str, set[str]]:
    """The names kb-seed (at ``root``) pairs with each QID, the evidence a hand-added QID
    must match: the Wikidata-derived tables' and Natural Earth's, whose ``WIKIDATAID``
    column names its places (Brussels is Q239 there)."""
    if codes is None:
        codes = naturalearth.read_country_codes(root / "natural-earth")
    index = politicians.identity_index(root)
    for entity in _places(root, codes, {}):
        if entity.qid:
            index.setdefault(entity.qid, set()).update((entity.name_en, *entity.aliases))
    return index


def _places(
    root: Path, codes: naturalearth.CountryCodes, country_names: dict[str, str]
) -> Iterator[Entity]:
    folder = root / "natural-earth"
    yield from naturalearth.countries(folder, country_names)
    yield from naturalearth.map_units_and_names(folder, codes)
    yield from naturalearth.populated_places(folder, codes)
    yield from naturalearth.admin1(folder, codes)
    yield from naturalearth.physical_features(folder)
    yield from naturalearth.airports(folder)


def _data_entities(root: Path, codes: naturalearth.CountryCodes) -> Iterator[Entity]:
    yield from _places(root, codes, _babel_country_names())
    for cabinet in politicians.CABINETS:
        yield from politicians.cabinet_people(root, cabinet)
    yield from politicians.hungarian_cabinet_items(root)
    yield from politicians.us_executive(root)
    yield from politicians.world_leaders(root, codes)
    yield from politicians.foreign_ministers(root, codes)
    yield from politicians.organisation_heads(root)
    yield from politicians.current_cabinets(root, codes)
    yield from politicians.us_congress(root)


def _babel_country_names() -> dict[str, str]:
    """Hungarian short country names from CLDR via Babel, when Babel is installed.

    Babel is not a dependency of Krónika: without it the build only loses aliases such as
    ``Egyesült Államok``, which the Natural Earth names otherwise lack.
    """
    try:
        from babel import Locale
    except ImportError:
        return {}
    territories = Locale("hu").territories
    return {code: str(name) for code, name in territories.items() if len(code) == 2}


def _us_family(root: Path, entities: list[Entity]) -> Iterator[Entity]:
    heads = frozenset(
        entity.id
        for entity in entities
        for role in entity.roles
        if role.of == "Q30" and role.office in {"president", "vice_president"}
    )
    yield from politicians.us_family(root, heads)


def _add_verified_names(entities: list[Entity], root: Path, notes: BuildNotes) -> list[Entity]:
    """Add each verified row's name to its entity as an alias; note rows no entity has."""
    by_id = {entity.id: entity for entity in entities}
    for verified in politicians.verified_qids(root):
        entity = by_id.get(verified.qid)
        if entity is None:
            notes.verified_missing.append(f"{verified.qid} {verified.name}")
            continue
        by_id[verified.qid] = replace(
            entity,
            aliases=(*entity.aliases, verified.name, *verified.aliases),
            sources=(*entity.sources, "kb-seed:verified-qids"),
        )
    return list(by_id.values())


def _add_current_leaders(
    entities: list[Entity],
    root: Path,
    codes: naturalearth.CountryCodes,
    notes: BuildNotes,
) -> list[Entity]:
    """Attach the 2026 heads of state and government, matched by name, never by the table's
    QIDs; a holder no KB person is named like becomes a new entity without a QID."""
    by_id = {entity.id: entity for entity in entities}
    people: dict[str, list[str]] = {}
    for entity in entities:
        if entity.type is EntityType.PERSON:
            for name in {entity.name_en, *entity.aliases}:
                people.setdefault(normalise_name(name), []).append(entity.id)
    qid_by_alpha3 = {alpha3: qid for qid, alpha3 in codes.alpha3_by_qid.items()}
    for holder in politicians.current_leaders(root):
        body = _body_of(holder, codes, qid_by_alpha3)
        if body is None:
            continue
        role = Role(holder.office, body, holder.since, None, CURRENT_SOURCE)
        candidates = sorted(set(people.get(normalise_name(holder.name_en), [])))
        if len(candidates) > 1:
            notes.ambiguous_current.append(f"{holder.name_en}: {', '.join(candidates)}")
            continue
        if candidates:
            entity = by_id[candidates[0]]
            if not any(_same_office(role, r) for r in entity.roles):
                by_id[entity.id] = replace(
                    entity, roles=(*entity.roles, role), sources=(*entity.sources, CURRENT_SOURCE)
                )
            continue
        notes.unmatched_current.append(f"{holder.name_en} ({holder.body}, {holder.office})")
        country = codes.alpha3_by_alpha2.get(holder.country_alpha2)
        new = make_entity(
            qid=None,
            name_en=holder.name_en,
            type=EntityType.PERSON,
            aliases=_local_name_aliases(holder.name_local, country),
            country=country,
            sector="GOV",
            roles=(role,),
            source=CURRENT_SOURCE,
        )
        by_id.setdefault(new.id, new)
        people.setdefault(normalise_name(holder.name_en), []).append(new.id)
    return list(by_id.values())


def _body_of(
    holder: politicians.CurrentHolder,
    codes: naturalearth.CountryCodes,
    qid_by_alpha3: dict[str, str],
) -> str | None:
    for (code, office), body in _BODIES.items():
        if holder.country_alpha2 == code and office in ("", holder.office):
            return body
    alpha3 = codes.alpha3_by_alpha2.get(holder.country_alpha2)
    return qid_by_alpha3.get(alpha3) if alpha3 else None


def _same_office(role: Role, other: Role) -> bool:
    """Whether two roles are the same term: same office and body, starts within a month."""
    if (role.office, role.of) != (other.office, other.of):
        return False
    if role.start is None or other.start is None:
        return True
    return abs(role.start - other.start) <= dt.timedelta(days=31)


def _local_name_aliases(name_local: str | None, country: str | None) -> list[str]:
    """The Hungarian transcription of a Cyrillic name (patronymic dropped): ``Владимир
    Владимирович Путин`` → ``Vlagyimir Putyin``."""
    language = _TRANSCRIBED.get(country or "")
    if not name_local or language is None or not re.search("[а-яА-ЯіїєІЇЄ]", name_local):
        return []
    words = [w for w in name_local.split() if not _PATRONYMIC.search(w)]
    return [cyrillic_to_hungarian(" ".join(words), language)]


def _transcribed(entity: Entity) -> Entity:
    """A Russian, Belarusian or Ukrainian person with the Hungarian transcription of the
    English name as an alias, and as the Hungarian name where none is known."""
    language = _TRANSCRIBED.get(entity.country or "")
    if entity.type is not EntityType.PERSON or language is None:
        return entity
    hungarian = romanised_to_hungarian(entity.name_en, language)
    return replace(
        entity,
        name_hu=entity.name_hu or hungarian,
        aliases=(*entity.aliases, hungarian),
    )


def summary(entities: list[Entity]) -> dict[str, Counter[str]]:
    """Entity counts by type and by source (a source family: ``natural-earth:admin-1``)."""
    by_type = Counter(entity.type.value for entity in entities)
    by_source: Counter[str] = Counter()
    for entity in entities:
        for source in {s.split("@")[0] for s in entity.sources}:
            by_source[source] += 1
    return {"type": by_type, "source": by_source}
