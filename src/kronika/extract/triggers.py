"""Event triggers: where an article names an event the lexicon knows, with its modality cues.

:func:`find_triggers` matches every lexicon entry (verbs, nominalisations, multiword
expressions) against an article's tokens, sentence by sentence, and returns each match with
its entry, the clause it stands in (with that clause's tense) and the modality cues bearing
on it. It decides nothing about actors or dates: it is the evidence an event coder starts
from. When a phrase and a single word of it both match (``tárgyalást folytat`` and
``tárgyalás``), only the phrase is kept; matches on different words are all kept, so one
sentence may carry several triggers for the coder to merge. A trigger sharing a word with one
of the lexicon's idioms (``felhívja a figyelmet``) is none.

A present participle the model tags as an adjective (``a Borsot betiltó Mikus Zsuzsanna``,
``az őt bíráló Szijjártó``) matches its verb's entry only when the name of a person follows it
directly: the participle then describes what that person did. With any other head (``a
vállalatokat segítő program``, ``az elismerő memorandum``) it is an attribute, not an event.
A past participle right after ``által`` (``az oroszok által követelt területek``), or after
``által`` and one dative (``az oroszok által magukénak követelt``), matches its verb's entry
too: the postposition names who did it. A relative pronoun right after a comma after a
noun stands in for that noun in the phrases of its own clause (``a javaslat, amit
Moszkvának bemutatnak``: ``javaslat[Acc] be+mutat *[Dat]``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from kronika.extract.clauses import Clause, TokenView
from kronika.extract.lexicon import (
    CueKind,
    CueScope,
    Lexicon,
    TriggerEntry,
    TriggerForm,
    default_lexicon,
)
from kronika.extract.modality import CueFinder, ModalityCue
from kronika.extract.patterns import PatternIndex
from kronika.types import Article, Mention, SegmentKind, Token

__all__ = [
    "PARTICIPLE_ENDINGS",
    "PAST_PARTICIPLE_ENDINGS",
    "TriggerMatch",
    "after_by_phrase",
    "find_triggers",
]


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
    participles = _participle_verbs(lexicon)
    person_starts = _person_starts(article.mentions)
    for sentence, (first, last) in enumerate(view.sentence_ranges):
        matches = index.find(tokens, view.surfaces, first, last)
        participial = _participle_matches(tokens, first, last, participles, person_starts)
        participial += _agent_participle_matches(tokens, view.surfaces, first, last, participles)
        participial += _relative_phrase_matches(index, view, first, last)
        if participial:
            matches = sorted(matches + participial, key=lambda match: match[1][0])
        idiomatic = {
            i for _, found in idioms.find(tokens, view.surfaces, first, last) for i in found
        }
        for entry, indices in _one_sense(_without_contained(matches), tokens, first, last):
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
    return _enclosed_unnegated(found)


def _enclosed_unnegated(matches: list[TriggerMatch]) -> list[TriggerMatch]:
    """The matches, a noun or phrase trigger that stands between the words of a longer verb
    phrase trigger without the clause's negation: the negation is the verb's (``nem vesz
    részt az Ukrajnának nyújtott EU-hitel finanszírozásában``: the loan is given, only
    Hungary takes no part in it)."""
    spans = [
        (min(m.tokens), max(m.tokens))
        for m in matches
        if m.entry.form is not TriggerForm.NOUN and len(m.tokens) > 1
    ]
    if not spans:
        return matches
    result = []
    for match in matches:
        first, last = min(match.tokens), max(match.tokens)
        if any(a < first and last < b for a, b in spans) and any(
            cue.kind is CueKind.NEGATED and cue.scope is CueScope.CLAUSE for cue in match.cues
        ):
            kept = tuple(
                cue
                for cue in match.cues
                if not (cue.kind is CueKind.NEGATED and cue.scope is CueScope.CLAUSE)
            )
            match = replace(match, cues=kept)
        result.append(match)
    return result


#: Lemmas that put a sentence in a military context: they decide for a military sense of
#: a word with a civilian one too (``felvonulás``: a march or troops moving up;
#: ``meghátrál``: back down or fall back).
MILITARY_WORDS = frozenset(
    {
        "katona", "katonai", "csapat", "hadsereg", "haderő", "fegyveres", "harckocsi", "tank",
        "hadosztály", "dandár", "zászlóalj", "ezred", "front", "frontvonal", "hadgyakorlat",
        "páncélos", "tüzérség", "sereg", "hadtest", "légierő", "haditengerészet",
    }
)  # fmt: skip


def _one_sense(
    matches: Sequence[tuple[TriggerEntry, tuple[int, ...]]],
    tokens: Sequence[Token],
    first: int,
    last: int,
) -> list[tuple[TriggerEntry, tuple[int, ...]]]:
    """The matches with one sense per word where a military sense and a civilian one matched
    the same words: the military one in a sentence with a :data:`MILITARY_WORDS` lemma, the
    civilian one elsewhere (``Radványi kilencedik felvonulása`` is a march)."""
    senses: dict[tuple[int, ...], list[TriggerEntry]] = {}
    for entry, indices in matches:
        senses.setdefault(indices, []).append(entry)
    military: bool | None = None
    kept = []
    for entry, indices in matches:
        rivals = senses[indices]
        civilian = [e for e in rivals if "military" not in e.contexts]
        if len(rivals) > 1 and civilian and len(civilian) < len(rivals):
            if military is None:
                military = any(
                    tokens[i].lemma.lower() in MILITARY_WORDS for i in range(first, last)
                )
            if ("military" in entry.contexts) != military:
                continue
        kept.append((entry, indices))
    return kept


def _entry_index(lexicon: Lexicon) -> PatternIndex[TriggerEntry]:
    """The pattern index of a lexicon's entries, built once per lexicon."""
    return lexicon.derived("triggers.entries", _build_entry_index)


def _build_entry_index(lexicon: Lexicon) -> PatternIndex[TriggerEntry]:
    index: PatternIndex[TriggerEntry] = PatternIndex(lexicon.max_gap)
    for entry in lexicon.entries:
        index.add(entry.pattern, entry, entry.max_gap)
    return index


def _idiom_index(lexicon: Lexicon) -> PatternIndex[int]:
    """The pattern index of a lexicon's idioms, built once per lexicon."""
    return lexicon.derived("triggers.idioms", _build_idiom_index)


def _build_idiom_index(lexicon: Lexicon) -> PatternIndex[int]:
    index: PatternIndex[int] = PatternIndex(lexicon.max_gap)
    for number, pattern in enumerate(lexicon.idioms):
        index.add(pattern, number)
    return index


#: Participle endings: ``betilt`` + ``ó`` is ``betiltó``, ``bírál`` + ``ó`` ``bíráló``.
PARTICIPLE_ENDINGS = ("ó", "ő")


def _participle_verbs(lexicon: Lexicon) -> dict[str, TriggerEntry]:
    """The one-word verb entries by their written lemma (``betilt`` for ``be+tilt``), the
    first entry of a lemma winning, built once per lexicon."""
    return lexicon.derived("triggers.participles", _build_participle_verbs)


def _build_participle_verbs(lexicon: Lexicon) -> dict[str, TriggerEntry]:
    verbs: dict[str, TriggerEntry] = {}
    for entry in lexicon.entries:
        if entry.form is TriggerForm.VERB and len(entry.pattern) == 1:
            word = entry.pattern[0]
            if not word.surface_only and not word.wildcard and not word.features:
                verbs.setdefault(word.lemma, entry)
    return verbs


def _person_starts(mentions: tuple[Mention, ...]) -> frozenset[int]:
    """Where the linked person mentions start: the heads a participle may describe. A name
    the NER tagged otherwise here is a person when it is one elsewhere in the article (one id:
    ``a Borsot betiltó Mikus Zsuzsanna``, tagged ORG once and PER once)."""
    people = {m.entity_id for m in mentions if m.label == "PER" and m.entity_id is not None}
    return frozenset(m.start for m in mentions if m.entity_id in people)


def _participle_matches(
    tokens: tuple[Token, ...],
    first: int,
    last: int,
    verbs: dict[str, TriggerEntry],
    person_starts: frozenset[int],
) -> list[tuple[TriggerEntry, tuple[int, ...]]]:
    """Participles tagged ``ADJ`` right before a linked person's name, with their verb's
    entry. Only a person head is trusted: on the 486 corpus articles the other heads were a
    document (``elismerő memorandum``) and an app (``segítő Gondosóra``), no doers."""
    found: list[tuple[TriggerEntry, tuple[int, ...]]] = []
    for index in range(first, last - 1):
        token = tokens[index]
        lemma = token.lemma.lower()
        if token.pos != "ADJ" or not lemma.endswith(PARTICIPLE_ENDINGS):
            continue
        entry = verbs.get(lemma[:-1])
        if entry is not None and tokens[index + 1].start in person_starts:
            found.append((entry, (index,)))
    return found


#: Past participle endings after a verb stem: ``elfogad`` + ``ott``, ``követel`` + ``t``.
PAST_PARTICIPLE_ENDINGS = ("ott", "ett", "ött", "tt", "t")


def _past_participle_verb(form: str, verbs: Mapping[str, TriggerEntry]) -> TriggerEntry | None:
    """The verb entry whose past participle ``form`` is (``elfogadott`` → ``el+fogad``),
    or None."""
    for ending in PAST_PARTICIPLE_ENDINGS:
        if form.endswith(ending):
            entry = verbs.get(form[: -len(ending)])
            if entry is not None:
                return entry
    return None


#: Dative endings of a word between ``által`` and its participle: the recipient or the
#: predicate of the act (``az EU által Ukrajnának nyújtott hitel``, ``az oroszok által
#: magukénak követelt területek``).
DATIVE_ENDINGS = ("nak", "nek")


def after_by_phrase(surfaces: Sequence[str], index: int) -> bool:
    """Whether word ``index`` follows ``által`` or its personal form (``általa``, ``általuk``:
    by him, by them), right after it, after ``is`` or an adverb of degree or time (``az
    Oroszország által is aláírt memorandum``, ``az általa sokat kritizált ügynökség``) or
    after one dative (``az oroszok által magukénak követelt területek``)."""
    before = index - 1
    if before > 0:
        word = surfaces[before].lower()
        if word in BY_PHRASE_ADVERBS or word.endswith(DATIVE_ENDINGS):
            before -= 1
    return before >= 0 and surfaces[before].lower() in BY_FORMS


#: ``által`` and its personal forms.
BY_FORMS = frozenset({"által", "általam", "általad", "általa", "általunk", "általatok", "általuk"})
#: Words that may stand between ``által`` and its participle.
BY_PHRASE_ADVERBS = frozenset(
    {"is", "sokat", "sokszor", "többször", "gyakran", "már", "korábban", "nemrég", "élesen"}
)


def _agent_participle_matches(
    tokens: tuple[Token, ...],
    surfaces: tuple[str, ...],
    first: int,
    last: int,
    verbs: dict[str, TriggerEntry],
) -> list[tuple[TriggerEntry, tuple[int, ...]]]:
    """Past participles right after ``által``, with their verb's entry: ``az oroszok által
    követelt területek``, ``az ukrán küldöttek által elfogadott terv``. The postposition names
    who did it, so the participle tells an event, not a mere property of its noun."""
    found: list[tuple[TriggerEntry, tuple[int, ...]]] = []
    for index in range(first + 1, last):
        token = tokens[index]
        if token.pos not in ("ADJ", "VERB") or not after_by_phrase(surfaces, index):
            continue
        if token.feature("VerbForm") == "Fin":
            # Tagged as a finite verb, it has a verb's lemma, which the lexicon index
            # already matched.
            continue
        entry = _past_participle_verb(surfaces[index].lower(), verbs)
        if entry is None:
            entry = _past_participle_verb(token.lemma.lower(), verbs)
        if entry is not None:
            found.append((entry, (index,)))
    return found


def _relative_phrase_matches(
    index: PatternIndex[TriggerEntry], view: TokenView, first: int, last: int
) -> list[tuple[TriggerEntry, tuple[int, ...]]]:
    """Phrases whose noun a relative pronoun stands in for (``a javaslat, amit az amerikai
    tárgyalók Moszkvának bemutatnak``: ``javaslat[Acc] be+mutat``): the pronoun right
    after a comma after a noun takes that noun's lemma, in its own case, within its clause.
    Only phrases holding the pronoun and another word count; the noun alone is matched where
    it stands."""
    tokens, surfaces = view.article.tokens, view.surfaces
    found: list[tuple[TriggerEntry, tuple[int, ...]]] = []
    for position in range(first + 2, last):
        if surfaces[position - 1] != "," or tokens[position - 2].pos != "NOUN":
            continue
        pronoun = tokens[position]
        antecedent = tokens[position - 2]
        if (
            pronoun.feature("PronType") != "Rel"
            or pronoun.feature("Case") in (None, "Nom")
            or not index.needs(antecedent.lemma.lower())
        ):
            continue
        clause = view.clause_of(position)
        if clause is None or clause.first != position:
            continue
        standing = list(tokens)
        standing[position] = replace(pronoun, lemma=antecedent.lemma)
        for entry, indices in index.find(standing, surfaces, position, clause.last, remember=False):
            if (
                entry.form is TriggerForm.PHRASE
                and position in indices
                and len(indices) > 1
                # (The pronoun stands for the noun, not for a wildcard it fits as itself.)
                and any(word.lemma == standing[position].lemma.lower() for word in entry.pattern)
            ):
                found.append((entry, indices))
    return found


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
