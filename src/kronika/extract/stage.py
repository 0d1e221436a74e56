"""The events pipeline component: ``kronika.extract:EventStage``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from kronika.config import UNCODED_CATEGORIES
from kronika.extract.coder import EXTRACTOR, EntityFacts, code_events
from kronika.extract.lexicon import Lexicon, default_lexicon, load_lexicon
from kronika.kb.index import KbIndex, family_names, index_of, load_index
from kronika.kb.offices import HUNGARIAN_ROLE_WORDS
from kronika.types import Article, Entity, Event, Role


class EventStage:
    """Codes the PLOVER events of articles that carry tokens, linked mentions and quotes;
    assigns ``events``. Entity facts (a capital's state, place types, demonyms) come from the
    same KB the linker reads: the packaged one, a KB file, or a store's entities."""

    def __init__(
        self,
        kb: str | None = None,
        entities: Sequence[Entity] | None = None,
        lexicon: str | Path | None = None,
        uncoded_categories: Iterable[str] = UNCODED_CATEGORIES,
    ) -> None:
        self.kb = kb
        self.entities = entities
        #: Case-folded article categories whose events are not coded (the ``sport`` section).
        self.uncoded_categories = frozenset(c.casefold() for c in uncoded_categories)
        self.lexicon: Lexicon = load_lexicon(lexicon) if lexicon else default_lexicon()
        self._facts: EntityFacts | None = None

    @property
    def facts(self) -> EntityFacts:
        if self._facts is None:
            index: KbIndex = (
                load_index(self.kb) if self.entities is None else index_of(self.entities)
            )
            demonyms = _demonyms(index)
            self._facts = EntityFacts(
                governments=index.governments,
                types={e.id: e.type.value for e in index.entities.values()},
                demonyms=demonyms,
                places=_place_names(index),
                institutions=_institutions(index, demonyms),
                acronyms=_acronyms(index),
                leaders=_leaders(index),
                leader_surnames=_leader_surnames(index),
                envoys=_leaders(index, ENVOY_OFFICES),
                offices=_offices(index),
                wars=_wars(index),
            )
        return self._facts

    @property
    def coder(self) -> str:
        """What this stage records as the events' coder: ``events.rules.v1@<lexicon>``."""
        return f"{EXTRACTOR}@{self.lexicon.version}"

    def __call__(self, article: Article) -> dict[str, Any]:
        return {"events": self._events(article), "event_coder": self.coder}

    def _events(self, article: Article) -> tuple[Event, ...]:
        """The article's events; none for a category left uncoded (sport, advertising)."""
        if article.category is not None and article.category.casefold() in self.uncoded_categories:
            return ()
        return code_events(article, self.facts, self.lexicon)

    def pipe(self, articles: Sequence[Article]) -> Iterator[dict[str, Any]]:
        """The annotations of each article, in order."""
        for article in articles:
            yield self(article)


#: Offices whose holder speaks and acts for a state or an organisation: a head of state or
#: of government, an organisation's secretary general.
LEADING_OFFICES = frozenset(
    {"president", "prime_minister", "chancellor", "monarch", "secretary_general"}
)
#: What a leader can lead.
LED_TYPES = frozenset({"country", "organisation"})


#: Offices whose holders speak for their state abroad, though they do not lead it.
ENVOY_OFFICES = frozenset(
    {"vice_president", "foreign_minister", "defence_minister", "spokesperson", "special_envoy"}
)


def _leaders(
    index: KbIndex, offices: Iterable[str] = LEADING_OFFICES
) -> dict[str, tuple[tuple[str, dt.date | None, dt.date | None], ...]]:
    """Each head of a state, a government or an organisation (or holder of another of
    ``offices``) → what they lead, with the term's days: who a leader's ``we`` in a quote
    stands for."""
    found: dict[str, list[tuple[str, dt.date | None, dt.date | None]]] = {}
    for person, role in _people_holding(index, sorted(offices)):
        state = index.entities.get(role.of or "")
        if state is not None and state.type.value in LED_TYPES:
            found.setdefault(person, []).append((state.id, role.start, role.end))
    return {person: tuple(terms) for person, terms in found.items()}


def _leader_surnames(index: KbIndex) -> dict[str, tuple[str, ...]]:
    """Each folded family name of a head of state or government → the people of that name
    who were one (``orban`` → Orbán Viktor)."""
    found: dict[str, set[str]] = {}
    for person, role in _people_holding(index, sorted(LEADING_OFFICES)):
        state = index.entities.get(role.of or "")
        entity = index.entities.get(person)
        if state is None or entity is None or state.type.value != "country":
            continue
        for name in family_names(entity):
            found.setdefault(name, set()).add(person)
    return {name: tuple(sorted(people)) for name, people in found.items()}


def _offices(
    index: KbIndex,
) -> dict[tuple[str, str], tuple[tuple[str, dt.date | None, dt.date | None], ...]]:
    """(body id, one-word Hungarian role noun) → the terms of the people holding an office
    that noun names there: ``(Q35, miniszterelnök)`` → Mette Frederiksen's term."""
    found: dict[tuple[str, str], list[tuple[str, dt.date | None, dt.date | None]]] = {}
    for noun, offices in HUNGARIAN_ROLE_WORDS.items():
        if " " in noun:
            continue
        for person, role in _people_holding(index, offices):
            if role.of:
                found.setdefault((role.of, noun), []).append((person, role.start, role.end))
    return {key: tuple(terms) for key, terms in found.items()}


#: The KB role of a state waging war on another (its ``of``); see ``manual.toml``.
WAR_ROLE = "wages_war_on"


def _wars(index: KbIndex) -> dict[str, tuple[tuple[str, dt.date | None, dt.date | None], ...]]:
    """Each state attacked in a war the KB records → its attackers, with the war's days."""
    found: dict[str, list[tuple[str, dt.date | None, dt.date | None]]] = {}
    for holder in index.holders.get(WAR_ROLE, ()):
        role = holder.role
        state = index.entities.get(holder.entity_id)
        if role.of and state is not None and state.type.value == "country":
            found.setdefault(role.of, []).append((state.id, role.start, role.end))
    return {state: tuple(terms) for state, terms in found.items()}


def _people_holding(index: KbIndex, offices: Iterable[str]) -> Iterator[tuple[str, Role]]:
    """(person id, role) for each term a person holds one of ``offices`` in the KB."""
    for office in offices:
        for holder in index.holders.get(office, ()):
            person = index.entities.get(holder.entity_id)
            if person is not None and person.type.value == "person":
                yield person.id, holder.role


#: Entity types whose names make place adjectives, the one preferred first.
_PLACE_TYPES = ("city", "region", "place", "facility", "country")


def _place_names(index: KbIndex) -> dict[str, str]:
    """Lower-case Hungarian names of cities, regions and sites → their id; a city wins a
    name it shares (``Washington``), then the entity the KB ranks higher."""
    found: dict[str, tuple[int, float, str]] = {}
    for entity in index.entities.values():
        kind = entity.type.value
        if kind not in _PLACE_TYPES or not entity.name_hu:
            continue
        rank = (_PLACE_TYPES.index(kind), -index.static_prior.get(entity.id, 0.0), entity.id)
        key = entity.name_hu.lower()
        if key not in found or rank < found[key]:
            found[key] = rank
    return {name: rank[2] for name, rank in found.items()}


def _demonyms(index: KbIndex) -> dict[str, str]:
    """The KB's listed demonyms (``orosz``), and the regular ``-i`` adjective of the
    Hungarian name of every country that has no listed one (``kolumbiai``). A country with
    a demonym of its own uses the ``-i`` form for places (``franciaországi merényletek``:
    attacks in France, not by France), so that form is a place adjective, not a side."""
    listed = set(index.demonyms.values())
    found = {}
    for entity in index.entities.values():
        name = (entity.name_hu or "").lower()
        if (
            entity.type.value == "country"
            and name
            and " " not in name
            and name[-1] != "i"
            and entity.id not in listed
        ):
            found[name + "i"] = entity.id
    found.update(index.demonyms)
    return found


def _institutions(index: KbIndex, demonyms: Mapping[str, str]) -> dict[str, str]:
    """Lower-case names of organisations of two or three words that start with a demonym
    (``ukrán parlament``, ``orosz védelmi minisztérium``) → the organisation's id."""
    found: dict[str, str] = {}
    for entity in index.entities.values():
        if entity.type.value != "organisation":
            continue
        for name in entity.names():
            words = name.lower().split()
            if 2 <= len(words) <= 3 and words[0] in demonyms:
                found.setdefault(" ".join(words), entity.id)
    return found


def _acronyms(index: KbIndex) -> dict[str, str]:
    """Organisations' names written in capitals (``NATO``, ``ENSZ``, ``G7``) → their id; a
    name two organisations share is left out."""
    found: dict[str, set[str]] = {}
    for entity in index.entities.values():
        if entity.type.value != "organisation":
            continue
        for name in entity.names():
            if len(name) >= 2 and " " not in name and name.isupper():
                found.setdefault(name, set()).add(entity.id)
    return {name: next(iter(ids)) for name, ids in found.items() if len(ids) == 1}
