"""Event triggers: where an article names an event the lexicon knows, with its modality cues.

:func:`find_triggers` matches every lexicon entry (verbs, nominalisations, multiword
expressions) against an article's tokens, sentence by sentence, and returns each match with
its entry, the clause it stands in (with that clause's tense) and the modality cues bearing
on it. It decides nothing about actors or dates: it is the evidence an event coder starts
from. When a phrase and a single word of it both match (``tárgyalást folytat`` and
``tárgyalás``), only the phrase is kept; matches on different words are all kept, so one
sentence may carry several triggers for the coder to merge. A trigger sharing a word with one
of the lexicon's idioms (``felhívja a figyelmet``) is none.
"""

from __future__ import annotations

from dataclasses import dataclass

from kronika.extract.clauses import Clause, TokenView
from kronika.extract.lexicon import CueKind, Lexicon, TriggerEntry, default_lexicon
from kronika.extract.modality import CueFinder, ModalityCue
from kronika.extract.patterns import PatternIndex
from kronika.types import Article, SegmentKind

__all__ = ["TriggerMatch", "find_triggers"]


@dataclass(frozen=True, slots=True)
class TriggerMatch:
    """A lexicon entry found in an article.

    ``start``/``end`` span the trigger from its first to its last matched token (a phrase
    may enclose other words: ``szankciókat vezettek be``); ``tokens`` are the matched tokens'
    indices in ``article.tokens``. ``tense`` is the clause's (``Past``, ``Pres`` or None for a
    verbless clause); ``cues`` the modality cues bearing on the trigger; ``segment`` the kind of
    segment it stands in (a ``caption`` describes the photo, not the story).
    """

    start: int
    end: int
    tokens: tuple[int, ...]
    entry: TriggerEntry
    sentence: int
    clause_start: int
    clause_end: int
    tense: str | None
    cues: tuple[ModalityCue, ...]
    segment: SegmentKind | None

    def cue_kinds(self) -> frozenset[CueKind]:
        """The kinds of the cues found (``{planned, reported}``)."""
        return frozenset(cue.kind for cue in self.cues)


def find_triggers(
    article: Article, lexicon: Lexicon | None = None, view: TokenView | None = None
) -> list[TriggerMatch]:
    """The event triggers of ``article`` in text order, using the shipped lexicon by default.

    Needs ``article.sentences`` and ``article.tokens`` (the NLP stage); an article without
    them has no triggers.
    """
    lexicon = lexicon or default_lexicon()
    view = view or TokenView.of(article)
    index = _entry_index(lexicon)
    cues = CueFinder(view, lexicon)
    tokens = article.tokens
    found: list[TriggerMatch] = []
    idioms = _idiom_index(lexicon)
    for sentence, (first, last) in enumerate(view.sentence_ranges):
        matches = index.find(tokens, view.surfaces, first, last)
        idiomatic = {
            i for _, found in idioms.find(tokens, view.surfaces, first, last) for i in found
        }
        for entry, indices in _without_contained(matches):
            if idiomatic.intersection(indices):
                continue
            clause = view.clause_of(indices[0])
            if clause is None:
                continue
            start, end = tokens[indices[0]].start, tokens[indices[-1]].end
            found.append(
                TriggerMatch(
                    start=start,
                    end=end,
                    tokens=indices,
                    entry=entry,
                    sentence=sentence,
                    clause_start=clause.start,
                    clause_end=clause.end,
                    tense=_tense(clause),
                    cues=cues.cues_for(clause, start, end, indices),
                    segment=view.segment_kind(start),
                )
            )
    return found


#: Pattern indexes by lexicon identity (the lexicon kept alive beside its index).
_INDEXES: dict[int, tuple[Lexicon, PatternIndex[TriggerEntry]]] = {}


def _entry_index(lexicon: Lexicon) -> PatternIndex[TriggerEntry]:
    """The pattern index of a lexicon's entries, built once per lexicon."""
    cached = _INDEXES.get(id(lexicon))
    if cached is not None and cached[0] is lexicon:
        return cached[1]
    index: PatternIndex[TriggerEntry] = PatternIndex(lexicon.max_gap)
    for entry in lexicon.entries:
        index.add(entry.pattern, entry)
    _INDEXES[id(lexicon)] = (lexicon, index)
    return index


_IDIOMS: dict[int, tuple[Lexicon, PatternIndex[int]]] = {}


def _idiom_index(lexicon: Lexicon) -> PatternIndex[int]:
    """The pattern index of a lexicon's idioms, built once per lexicon."""
    cached = _IDIOMS.get(id(lexicon))
    if cached is not None and cached[0] is lexicon:
        return cached[1]
    index: PatternIndex[int] = PatternIndex(lexicon.max_gap)
    for number, pattern in enumerate(lexicon.idioms):
        index.add(pattern, number)
    _IDIOMS[id(lexicon)] = (lexicon, index)
    return index


def _without_contained(
    matches: list[tuple[TriggerEntry, tuple[int, ...]]],
) -> list[tuple[TriggerEntry, tuple[int, ...]]]:
    """Drop a match whose tokens are a strict subset of another match's tokens."""
    sets = [frozenset(indices) for _, indices in matches]
    return [
        match
        for match, tokens in zip(matches, sets, strict=True)
        if not any(tokens < other for other in sets)
    ]


def _tense(clause: Clause) -> str | None:
    return clause.tense
