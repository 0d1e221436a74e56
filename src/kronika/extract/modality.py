"""Modality cues around a stretch of text: negation, plans, intentions, conditions, refusals,
cancellations, reports, continuation and realisation, read from the lexicon's cue rules.

A cue counts for a clause when it stands in that clause (and, across ``és``/``de`` joining
two finite verbs, only in its own half); a ``matrix`` cue also reaches the ``hogy`` clause
right after its own (``tervezik, hogy találkoznak``); a ``sentence`` cue (``X szerint``,
``közölte``) its own clause and the clauses after it, and the clauses before it only when
its clause is a postposed attribution (``…, jelentette ki X``); a cue inside another kind of
subordinate clause (``miután X bejelentette``) stays there. A ``hogyha``/``hacsak`` clause is
a condition, and a doubting predicate (``nem valószínű, hogy``) makes its ``hogy`` clause
hypothetical. Text inside a blockquote segment or inside
a quote of ``article.quotes`` is reported by construction. The tokens of the trigger itself
never count as its cue, so ``lemond`` (resign) is not its own cancellation and ``nemet
mond`` not its own negation.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field

from kronika.extract.clauses import Clause, TokenView
from kronika.extract.lexicon import CueKind, CueRule, CueScope, Lexicon
from kronika.extract.patterns import PatternIndex
from kronika.types import SegmentKind

__all__ = ["CueFinder", "ModalityCue"]

#: Conjunctions opening a conditional clause that the lexicon's surface cue ``=ha`` misses,
#: being one word with it (``hogyha``) or a different one (``hacsak`` "unless").
CONDITIONAL_OPENERS = frozenset({"hogyha", "hacsak"})
#: Predicates that doubt their ``hogy`` complement on their own (``kétséges, hogy``) …
DOUBTING = frozenset({"valószínűtlen", "kétséges", "kérdéses", "bizonytalan"})
#: … and those that do so under ``nem`` (``nem valószínű / nem biztos / nem kizárt, hogy``).
DOUBTING_UNDER_NEGATION = frozenset({"valószínű", "biztos", "kizárt"})

#: Conjunctions that join two finite clauses the clause splitter keeps as one.
CLAUSE_COORDINATORS = frozenset({"és", "de", "majd", "ám", "viszont"})

#: Segment kinds whose text is someone's words rather than the article's narration.
QUOTED_SEGMENTS = frozenset({SegmentKind.BLOCKQUOTE})


@dataclass(frozen=True, slots=True)
class ModalityCue:
    """One cue: its kind, its evidence span, the lexicon rule (or ``segment:blockquote``,
    ``quote:<cue>``) that found it, and the scope through which it reached the event."""

    kind: CueKind
    start: int
    end: int
    rule: str
    scope: CueScope
    tokens: tuple[int, ...] = ()


@dataclass(slots=True)
class CueFinder:
    """Finds the cues of one article's clauses, each clause read once."""

    view: TokenView
    lexicon: Lexicon
    _index: PatternIndex[CueRule] = field(init=False)
    _by_clause: dict[int, list[ModalityCue]] = field(init=False, default_factory=dict)
    _breaks: dict[int, tuple[int, ...]] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        self._index = _cue_index(self.lexicon)

    def cues_for(
        self, clause: Clause, start: int, end: int, exclude: Collection[int]
    ) -> tuple[ModalityCue, ...]:
        """The cues bearing on the text ``[start, end)`` in ``clause``, leaving out any cue
        made only of tokens in ``exclude`` (the trigger's own tokens)."""
        found: list[ModalityCue] = [
            cue
            for cue in self._clause_cues(clause)
            if cue.scope is not CueScope.CLAUSE or self._same_conjunct(clause, cue.start, start)
        ]
        previous = self.view.previous_clause(clause)
        if previous is not None and clause.opener == "hogy":
            found.extend(
                _rescoped(cue, CueScope.MATRIX)
                for cue in self._clause_cues(previous)
                if cue.scope is not CueScope.CLAUSE
            )
            doubt = self._doubt(previous)
            if doubt is not None:
                found.append(doubt)
        for other in self.view.clauses:
            if other.sentence == clause.sentence and other is not clause:
                found.extend(
                    cue
                    for cue in self._clause_cues(other)
                    if cue.scope is CueScope.SENTENCE and self._governs(other, cue, clause)
                )
        found.extend(self._quoted(start, end))
        excluded = set(exclude)
        kept: dict[tuple[CueKind, int, int], ModalityCue] = {}
        for cue in found:
            if cue.tokens and set(cue.tokens) <= excluded:
                continue
            kept.setdefault((cue.kind, cue.start, cue.end), cue)
        return tuple(sorted(kept.values(), key=lambda cue: (cue.start, cue.kind)))

    def _same_conjunct(self, clause: Clause, first: int, second: int) -> bool:
        """Whether text offsets ``first`` and ``second`` stand in one conjunct of ``clause``.

        ``Kovács a javaslat mellé állt és a bank kockázatot lát … esetén``: two
        finite clauses joined by ``és`` (or ``de``, ``majd``) without a comma are one clause
        to the splitter, but a clause-bound cue (negation, condition, plan) belongs to its own
        conjunct only; a conjunction between two NPs (``Putyin és Trump nem tárgyalt``) has a
        finite verb on one side only and divides nothing."""
        low, high = min(first, second), max(first, second)
        tokens = self.view.article.tokens
        return not any(low < tokens[b].start < high for b in self._conjunct_breaks(clause))

    def _conjunct_breaks(self, clause: Clause) -> tuple[int, ...]:
        cached = self._breaks.get(clause.first)
        if cached is not None:
            return cached
        tokens, surfaces = self.view.article.tokens, self.view.surfaces
        finite = [
            i for i in range(clause.first, clause.last) if tokens[i].feature("VerbForm") == "Fin"
        ]
        breaks = tuple(
            i
            for i in range(clause.first, clause.last)
            if surfaces[i].lower() in CLAUSE_COORDINATORS
            and tokens[i].pos == "CCONJ"
            and finite
            and finite[0] < i < finite[-1]
        )
        self._breaks[clause.first] = breaks
        return breaks

    def _doubt(self, matrix: Clause) -> ModalityCue | None:
        """A hypothetical cue when ``matrix`` ends in a predicate doubting the ``hogy`` clause
        after it: ``nem valószínű, hogy belemegy`` (unlikely that he agrees) says neither that
        the event happens nor that it does not; it is only possible. The ``nem`` there negates
        the likelihood, not the event, and stays in its own clause."""
        tokens, surfaces = self.view.article.tokens, self.view.surfaces
        last = matrix.last - 1
        while last > matrix.first and tokens[last].pos == "PUNCT":
            last -= 1
        word = surfaces[last].lower()
        first = last
        if word in DOUBTING_UNDER_NEGATION and last > matrix.first:
            first = last - 1
            if surfaces[first].lower() != "nem":
                return None
        elif word not in DOUBTING:
            return None
        return ModalityCue(
            CueKind.HYPOTHETICAL,
            tokens[first].start,
            tokens[last].end,
            f"doubt:{word}",
            CueScope.MATRIX,
            tuple(range(first, last + 1)),
        )

    def _conditional(self, clause: Clause) -> ModalityCue | None:
        """A hypothetical cue for a clause opened by ``hogyha`` or ``hacsak``: what such a
        clause tells is a condition, not a fact (``hogyha megtámadnák``)."""
        if clause.opener not in CONDITIONAL_OPENERS:
            return None
        tokens, surfaces = self.view.article.tokens, self.view.surfaces
        for index in range(clause.first, min(clause.first + 2, clause.last)):
            if surfaces[index].lower() == clause.opener:
                return ModalityCue(
                    CueKind.HYPOTHETICAL,
                    tokens[index].start,
                    tokens[index].end,
                    f"opener:{clause.opener}",
                    CueScope.CLAUSE,
                    (index,),
                )
        return None

    def _governs(self, home: Clause, cue: ModalityCue, clause: Clause) -> bool:
        """Whether a sentence-scope cue standing in ``home`` bears on ``clause``.

        A report governs its own clause and what follows it in the sentence (``X szerint A,
        és B``; ``X közölte, hogy A``). It reaches back to a preceding clause only as a
        postposed attribution, a main clause opened by the reporting word itself (``A, írta
        X``; ``A – mondta X``). A cue inside a subordinate clause other than a ``hogy``
        complement (``miután X bejelentette``, ``amit X megerősített``) reports that clause
        and its own complements, never the main clause before it. The article's narration
        before ``X szerint`` or ``X azt mondta`` stays the article's own.
        """
        if clause.first > home.first:
            return home.opener in (None, "hogy") or clause.opener == "hogy"
        if home.opener is not None or not cue.tokens:
            return False
        return self._opens(home, cue.tokens[0])

    def _opens(self, clause: Clause, index: int) -> bool:
        """Whether token ``index`` is the first word of ``clause`` after punctuation."""
        tokens = self.view.article.tokens
        for position in range(clause.first, index):
            if tokens[position].pos not in ("PUNCT", "X", "CCONJ"):
                return False
        return True

    def _clause_cues(self, clause: Clause) -> list[ModalityCue]:
        cached = self._by_clause.get(clause.first)
        if cached is not None:
            return cached
        tokens, surfaces = self.view.article.tokens, self.view.surfaces
        cues = []
        for rule, indices in self._index.find(tokens, surfaces, clause.first, clause.last):
            following = indices[-1] + 1
            if (
                rule.unless_followed_by
                and following < clause.last
                and surfaces[following].lower() in rule.unless_followed_by
            ):
                continue
            cues.append(
                ModalityCue(
                    kind=rule.kind,
                    start=tokens[indices[0]].start,
                    end=tokens[indices[-1]].end,
                    rule=rule.text,
                    scope=rule.scope,
                    # A morphological cue (Mood=Cnd) may sit on the trigger itself
                    # (tárgyalna): it keeps no tokens, so it is never excluded as the
                    # trigger's own word.
                    tokens=() if all(word.wildcard for word in rule.pattern) else indices,
                )
            )
        conditional = self._conditional(clause)
        if conditional is not None:
            cues.append(conditional)
        self._by_clause[clause.first] = cues
        return cues

    def _quoted(self, start: int, end: int) -> list[ModalityCue]:
        article = self.view.article
        cues = [
            ModalityCue(CueKind.REPORTED, s.start, s.end, f"segment:{s.kind}", CueScope.SENTENCE)
            for s in article.segments
            if s.kind in QUOTED_SEGMENTS and s.start <= start and end <= s.end
        ]
        cues.extend(
            ModalityCue(
                CueKind.REPORTED, q.cue_start, q.cue_end, f"quote:{q.cue}", CueScope.SENTENCE
            )
            for q in article.quotes
            if q.start <= start and end <= q.end
        )
        return cues


def _cue_index(lexicon: Lexicon) -> PatternIndex[CueRule]:
    """The pattern index of a lexicon's cue rules, built once per lexicon."""
    return lexicon.derived("modality.cues", _build_cue_index)


def _build_cue_index(lexicon: Lexicon) -> PatternIndex[CueRule]:
    index: PatternIndex[CueRule] = PatternIndex(lexicon.max_gap)
    for rule in lexicon.cues:
        index.add(rule.pattern, rule)
    return index


def _rescoped(cue: ModalityCue, scope: CueScope) -> ModalityCue:
    return ModalityCue(cue.kind, cue.start, cue.end, cue.rule, scope, cue.tokens)
