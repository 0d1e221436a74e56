"""The KB index: every way a knowledge-base entity can be written, built once per KB, and the
local ids of names the KB lacks. The linker reads it, and so does the event stage (a capital's
state, place types, demonyms); it lives with the KB so that stages need not import each other.

Names are looked up *folded* (no case, no accents, hyphens as spaces: ``Abu-Dzabi`` and
``abu dzabi`` meet), which is safe because only capitalised surfaces are folded (see
:mod:`kronika.link.linker`). Four tables answer the linker's questions:

* ``full``: Hungarian and English names and aliases → entity ids (``vlagyimir putyin``);
* ``surnames``: the family name alone → people (``putyin``); Hungarian people write the
  family name first (``Orbán Viktor``), everyone else last;
* ``acronyms``: initials of multi-word organisation names (``NVI``), case-sensitive;
* ``near``: one-deletion variants of long single-word names, for typos (``Wikoff``).

Besides names it keeps what role descriptions and metonymy need: who holds which office of
what, which country an adjective names (``orosz`` → Russia) and which government a seat or
capital stands for (``Kreml`` → Russia).
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from kronika.kb import read_kb
from kronika.kb.manual import load_manual
from kronika.kb.offices import HEAD_OF_GOVERNMENT, HEAD_OF_STATE
from kronika.types import Article, Entity, EntityType, Mention, Role

#: Roles that make a place stand for a government (``Moszkva``, ``a Kreml`` acting).
GOVERNMENT_ROLES = ("seat_of_government", "capital")
#: Offices whose holders news names by surname alone; they win a shared surname.
HIGH_OFFICES = (
    HEAD_OF_STATE
    | HEAD_OF_GOVERNMENT
    | frozenset(
        {
            "vice_president",
            "foreign_minister",
            "defence_minister",
            "interior_minister",
            "finance_minister",
            "speaker",
            "commission_president",
            "european_council_president",
            "parliament_president",
            "secretary_general",
            "central_bank_governor",
            "special_envoy",
            "party_leader",
            "high_representative",
            "spokesperson",
            "board_chair",
        }
    )
)
# Typos are matched only in names at least this long: "Trump" (5) never absorbs "Trumpf",
# "Akimov" (6) never absorbs "Akilov"; "Witkoff" (7) still catches "Wikoff".
MIN_FUZZY_LENGTH = 7
# Sources that mark an entity as curated for news (hand-checked or individually verified).
_CURATED_SOURCES = ("manual:", "kb-seed:verified-qids")
_STATIC_TYPE_PRIOR = {
    EntityType.COUNTRY: 3.0,
    EntityType.ORGANISATION: 1.5,
    EntityType.CITY: 1.0,
    EntityType.FACILITY: 0.8,
    EntityType.PERSON: 0.5,
    EntityType.REGION: 0.4,
    EntityType.PLACE: 0.3,
    EntityType.EVENT: 0.3,
    EntityType.WORK: 0.3,
}


# Letters that Unicode does not decompose into a base letter and an accent.
_UNDECOMPOSABLE = str.maketrans({"ø": "o", "æ": "ae", "ß": "ss", "ł": "l", "đ": "d", "ı": "i"})


@lru_cache(maxsize=65536)
def fold(name: str) -> str:
    """A name folded for lookup: no case, no accents, hyphens, dashes and dots as spaces."""
    decomposed = unicodedata.normalize("NFKD", name.casefold().translate(_UNDECOMPOSABLE))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    for mark in "-–.,’'\"„”":
        bare = bare.replace(mark, " ")
    return " ".join(bare.split())


@dataclass(frozen=True, slots=True)
class OfficeHolder:
    """One entity holding one office of one polity (or person, for kinship roles)."""

    entity_id: str
    role: Role


@dataclass(frozen=True, slots=True)
class KbIndex:
    """Lookup tables over a knowledge base; build with :func:`build_index`."""

    entities: Mapping[str, Entity]
    full: Mapping[str, tuple[str, ...]]
    written: frozenset[str]
    surnames: Mapping[str, tuple[str, ...]]
    acronyms: Mapping[str, tuple[str, ...]]
    near: Mapping[str, tuple[str, ...]]
    transcribed: Mapping[str, tuple[str, ...]]
    holders: Mapping[str, tuple[OfficeHolder, ...]]
    demonyms: Mapping[str, str]
    governments: Mapping[str, str]
    hungarian_given_names: frozenset[str]
    static_prior: Mapping[str, float]

    def entity(self, entity_id: str) -> Entity | None:
        """The entity with ``entity_id``, or None for NIL and unknown ids."""
        return self.entities.get(entity_id)

    def government_of(self, entity_id: str) -> str | None:
        """The country a seat of government or capital stands for (``Kreml`` → Q159)."""
        return self.governments.get(entity_id)

    def is_known_name(self, key: str) -> bool:
        """Whether a folded single word is itself a name in the KB (so never a typo)."""
        return key in self.full or key in self.surnames or key in self.hungarian_given_names

    def near_keys(self, key: str) -> set[str]:
        """Indexed names one edit from ``key`` (deletion neighbourhoods), the edit inside the
        word: a changed last letter is an ending (``Trumpf``, ``Borsot``), not a typo."""
        found: set[str] = set()
        for variant in (key, *_deletions(key)):
            found.update(self.near.get(variant, ()))
        return {
            name
            for name in found
            if name != key and name[-1] == key[-1] and _within_one_edit(key, name)
        }

    def is_current(self, entity_id: str, day: dt.date | None) -> bool:
        """Whether the entity holds any role on ``day`` (an open role when undated)."""
        return any(self.is_current_role(role, day) for role in self.entities[entity_id].roles)

    @staticmethod
    def is_current_role(role: Role, day: dt.date | None) -> bool:
        """Whether ``role`` is held on ``day`` (or has no end, when the day is unknown)."""
        return role.holds_on(day) if day else role.end is None

    def office_holders(
        self, offices: Iterable[str], of: str | None, day: dt.date | None
    ) -> list[OfficeHolder]:
        """Holders of any of ``offices`` (of ``of`` when given) on ``day``; without a day,
        the holders whose term has no end."""
        found = []
        for office in offices:
            for holder in self.holders.get(office, ()):
                if of is not None and holder.role.of != of:
                    continue
                held = holder.role.holds_on(day) if day else holder.role.end is None
                if held:
                    found.append(holder)
        return found

    def prior(self, entity_id: str, day: dt.date | None) -> float:
        """How likely news means this entity: static prominence plus offices held on ``day``."""
        entity = self.entities[entity_id]
        score = self.static_prior.get(entity_id, 0.0)
        for role in entity.roles:
            if day is not None and not role.holds_on(day):
                continue
            if day is None and role.end is not None:
                continue
            score += 3.0 if role.office in HIGH_OFFICES else 0.3
        return score


def _deletions(key: str) -> set[str]:
    return {key[:i] + key[i + 1 :] for i in range(len(key))}


def _within_one_edit(a: str, b: str) -> bool:
    """Levenshtein distance ≤ 1 (the deletion index also proposes some distance-2 pairs)."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def edit_distance_at_most_one(a: str, b: str) -> bool:
    """Levenshtein distance ≤ 1."""
    return _within_one_edit(a, b)


def _is_hungarian_order(entity: Entity) -> bool:
    """Hungarian people's Hungarian names put the family name first (``Orbán Viktor``)."""
    return entity.country == "HUN" and entity.type is EntityType.PERSON


def _person_names(entity: Entity) -> list[tuple[str, bool]]:
    """A person's multi-word names with whether the family name comes first."""
    names: list[tuple[str, bool]] = []
    if entity.name_hu:
        names.append((entity.name_hu, _is_hungarian_order(entity)))
    names.append((entity.name_en, False))
    names.extend((alias, False) for alias in entity.aliases)
    return [(name, family_first) for name, family_first in names if len(name.split()) > 1]


def _surname(name: str, family_first: bool) -> str:
    """The family name, folded; a hyphenated one stays whole (``Szent-Iványi``)."""
    words = name.split()
    return fold(words[0] if family_first else words[-1])


def family_names(entity: Entity) -> set[str]:
    """A person's family names, folded, from every multi-word name (``putyin``)."""
    return {_surname(name, family_first) for name, family_first in _person_names(entity)}


def given_names(entity: Entity) -> set[str]:
    """A person's given names, folded, from every multi-word name (``Steve``, ``Steven``)."""
    found: set[str] = set()
    for name, family_first in _person_names(entity):
        words = [fold(word) for word in name.split()]
        found.update(words[1:] if family_first else words[:-1])
    return found


def transcription_key(key: str) -> str:
    """A folded name with the Hungarian ``sz`` and doubled ``s`` read as a plain ``s``, so
    the transcription ``Donbasz`` meets the English ``Donbass``/``Donbas``; and with ``cs`` and
    ``zs`` read as ``c`` and ``z``, because folding strips the accents of the South Slavic
    letters they transcribe: ``Alekszandar Vucsics`` meets ``Aleksandar Vučić`` (folded
    ``aleksandar vucic``)."""
    return key.replace("cs", "c").replace("zs", "z").replace("sz", "s").replace("ss", "s")


def _acronym(name: str) -> str | None:
    """Initials of a name of three or more capitalised words (``Nemzeti Választási Iroda``)."""
    words = [w for w in name.replace("-", " ").split() if w[:1].isalpha()]
    if len(words) < 3 or not all(w[0].isupper() for w in words):
        return None
    return "".join(w[0] for w in words)


def _static_prior(entity: Entity, capitals: set[str]) -> float:
    score = _STATIC_TYPE_PRIOR.get(entity.type, 0.3)
    if entity.id in capitals:
        score += 1.5
    if any(source.startswith(_CURATED_SOURCES) for source in entity.sources):
        score += 1.0
    if entity.qid is not None:
        score += 0.2
    return score


def build_index(entities: Iterable[Entity], demonyms: Mapping[str, Iterable[str]]) -> KbIndex:
    """Index ``entities``; ``demonyms`` maps a country's alpha-3 code (or a KB id, ``Q458``)
    to its Hungarian adjectives (``RUS`` → ``orosz``), as in ``manual.toml``."""
    by_id = {entity.id: entity for entity in entities}
    full: dict[str, set[str]] = defaultdict(set)
    written: set[str] = set()
    surnames: dict[str, set[str]] = defaultdict(set)
    acronyms: dict[str, set[str]] = defaultdict(set)
    holders: dict[str, list[OfficeHolder]] = defaultdict(list)
    governments: dict[str, str] = {}
    given: set[str] = set()
    coded: dict[str, list[str]] = {}
    for entity in by_id.values():
        for name in (entity.name_hu, entity.name_en, *entity.aliases):
            if name and fold(name):
                full[fold(name)].add(entity.id)
                written.add(name)
        if entity.type is EntityType.PERSON:
            for name, family_first in _person_names(entity):
                surnames[_surname(name, family_first)].add(entity.id)
            if entity.name_hu and _is_hungarian_order(entity) and len(entity.name_hu.split()) > 1:
                given.add(fold(entity.name_hu).split()[-1])
        if entity.type is EntityType.ORGANISATION:
            for name in (entity.name_hu, entity.name_en):
                initials = _acronym(name) if name else None
                if initials:
                    acronyms[initials].add(entity.id)
        if entity.type is EntityType.COUNTRY and entity.country:
            coded.setdefault(entity.country, []).append(entity.id)
        for role in entity.roles:
            holders[role.office].append(OfficeHolder(entity.id, role))
            # A seat of government outranks a capital: the Kremlin stands for Russia even
            # though it is in Moscow, which is Russia's capital too.
            if (
                role.office in GOVERNMENT_ROLES
                and role.of
                and (role.office == "seat_of_government" or entity.id not in governments)
            ):
                governments[entity.id] = role.of
    _hold_for_coded_states(holders, by_id, full)
    capitals = {h.entity_id for h in holders.get("capital", ())}
    # Several country entities may share a code (Australia and its island territories,
    # ``AUS``): the code's country is the one with a capital.
    with_capital = {h.role.of for h in holders.get("capital", ())}
    country_by_code = {
        code: min(ids, key=lambda i: (i not in with_capital, ids.index(i)))
        for code, ids in coded.items()
    }
    demonym_ids = {
        word: country_by_code.get(code, code)
        for code, words in demonyms.items()
        for word in words
        if country_by_code.get(code, code) in by_id
    }
    transcribed: dict[str, set[str]] = defaultdict(set)
    for key, ids in full.items():
        if transcription_key(key) != key or "s" in key:
            transcribed[transcription_key(key)].update(ids)
    near: dict[str, set[str]] = defaultdict(set)
    for key in {*full, *surnames}:
        if " " not in key and len(key) >= MIN_FUZZY_LENGTH:
            for variant in (key, *_deletions(key)):
                near[variant].add(key)
    # Acronyms that spell a real name ("MTA" may be both) defer to the name.
    acronym_table = {k: tuple(sorted(v)) for k, v in acronyms.items() if fold(k) not in full}
    return KbIndex(
        entities=by_id,
        full={k: tuple(sorted(v)) for k, v in full.items()},
        written=frozenset(written),
        surnames={k: tuple(sorted(v)) for k, v in surnames.items()},
        acronyms=acronym_table,
        near={k: tuple(sorted(v)) for k, v in near.items()},
        transcribed={k: tuple(sorted(v)) for k, v in transcribed.items()},
        holders={k: tuple(v) for k, v in holders.items()},
        demonyms=demonym_ids,
        governments=governments,
        hungarian_given_names=frozenset(given),
        static_prior={e.id: _static_prior(e, capitals) for e in by_id.values()},
    )


def _hold_for_coded_states(
    holders: dict[str, list[OfficeHolder]],
    by_id: Mapping[str, Entity],
    full: Mapping[str, set[str]],
) -> None:
    """Let an office of a state the KB has twice hold for the state's coded entry too:
    a country without an alpha-3 code (``Kingdom of Denmark``, where a source files the
    Danish prime minister) whose English name is a name of exactly one coded country
    (Denmark, ``DNK``) is that country, so ``Dánia miniszterelnöke`` finds its holder."""
    same: dict[str, str] = {}
    for entity in by_id.values():
        if entity.type is not EntityType.COUNTRY or entity.country or not entity.name_en:
            continue
        coded = [
            i
            for i in full.get(fold(entity.name_en), ())
            if i != entity.id and by_id[i].type is EntityType.COUNTRY and by_id[i].country
        ]
        if len(coded) == 1:
            same[entity.id] = coded[0]
    for found in holders.values():
        found.extend(
            OfficeHolder(holder.entity_id, replace(holder.role, of=same[holder.role.of]))
            for holder in list(found)
            if holder.role.of in same
        )


#: The last entity list indexed, by identity, with its index (see :func:`index_of`).
_LAST_BUILT: list[tuple[Sequence[Entity], KbIndex]] = []


def index_of(entities: Sequence[Entity]) -> KbIndex:
    """The index over ``entities`` (a store's KB, analysts' edits included), with the
    manual demonyms; the stages of one pipeline get the same list and share one index."""
    if _LAST_BUILT and _LAST_BUILT[0][0] is entities:
        return _LAST_BUILT[0][1]
    index = build_index(entities, load_manual().demonyms)
    _LAST_BUILT[:] = [(entities, index)]
    return index


@lru_cache(maxsize=4)
def load_index(kb_file: str | None = None) -> KbIndex:
    """The index over a KB file (the packaged one by default), built once per process."""
    entities = read_kb(Path(kb_file) if kb_file else None)
    return build_index(entities, load_manual().demonyms)


#: Local ids of names the KB lacks start with this (``nil:<article id>:<folded name>``).
NIL_PREFIX = "nil:"


def nil_id(article: Article, mention: Mention) -> str:
    """The local id of an unknown name: the same for every inflected form in one article."""
    name = fold(mention.lemma) or fold(article.text[mention.start : mention.end])
    return f"{NIL_PREFIX}{article.id}:{name}"
