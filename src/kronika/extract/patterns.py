"""Matching lexicon word patterns against an article's tokens.

One matcher serves trigger entries and modality cues alike. A word matches a token by lemma
(or by surface form, for words the lemmatiser left alone), with the FEATS it requires; a
separable verb (``be+vezet``) also matches its bare stem when the preverb stands apart
within a few tokens (``szankciókat vezettek be``, ``be fogják vezetni``), while a bare verb's
word does not match a finite verb with a preverb right after it, which is another verb
(``bírálja el`` is ``elbírál``, decide on, not ``bírál``, criticise). The words of a
phrase match in any order, each on its own token, all within one token range, with at most
``max_gap`` other tokens between neighbours, because Hungarian moves the object, the focus
and the negation around the verb (``kezet fog`` / ``nem fogott kezet``).

A verb whose lemma the lemmatiser left with its potential suffix (``bemutathat``) or gave a
stray ``-ik`` (``feladik`` for ``feladnia``) matches its verb (:func:`verb_stems`), the
first in the potential mood.

Scraped pages glue words together; two kinds of glue a verb survives here: the next word's
article on a separated preverb (``álltak kia sziget mellett``) and a word before a verb with
its preverb (``durvánmegfenyegette``). A preverb and its verb never stand apart across a
punctuation mark (``nem hazudhatnak le” – mondta`` has no ``lemond``).
"""

from __future__ import annotations

import threading
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import product
from typing import Generic, TypeVar

from kronika.extract.lexicon import PREVERBS, WordPattern
from kronika.lang.hu import ARTICLES, VOWELS, stem_candidates
from kronika.nlp.wordforms import load_wordforms
from kronika.types import Token

__all__ = ["PatternIndex", "potential_stem", "verb_stems", "word_matches"]

T = TypeVar("T")
#: Per-thread memo of the pattern keys of the article being matched.
_MEMO = threading.local()

#: How far a separated preverb may stand from its verb (``be fogják vezetni`` is 2 away).
PREVERB_REACH = 3
#: Parts of speech a separated preverb is never tagged with (``ki`` "who" is a pronoun).
NOT_PREVERB_POS = frozenset({"PRON", "DET", "NOUN", "PROPN", "CCONJ", "SCONJ", "VERB", "NUM"})
#: Tags an unrecognised verb form may carry instead of VERB (see :func:`word_matches`).
FALLBACK_POS = frozenset({"ADV", "PROPN"})
#: Lemmatiser misses are only trusted for verbs whose dictionary form is this long.
MIN_FALLBACK_LEMMA = 4
#: How long a word glued before a preverbed verb must be (``durván|megfenyegette``).
MIN_GLUED_WORD = 3
#: ...and how long the whole run (``szeptemberbenmeggyilkolták``).
MIN_GLUED_FORM = 10
#: Present, past, conditional and infinitive endings of regular verbs, for forms the
#: lemmatiser did not recognise.
VERB_ENDINGS = frozenset(
    [
        "ok",
        "ek",
        "ök",
        "om",
        "em",
        "öm",
        "sz",
        "asz",
        "esz",
        "unk",
        "ünk",
        "tok",
        "tek",
        "tök",
        "otok",
        "etek",
        "ötök",
        "nak",
        "nek",
        "ik",
        "ja",
        "je",
        "i",
        "juk",
        "jük",
        "játok",
        "itek",
        "ják",
        "t",
        "tt",
        "ott",
        "ett",
        "ött",
        "tam",
        "tem",
        "tál",
        "tél",
        "tunk",
        "tünk",
        "tatok",
        "tetek",
        "tak",
        "ottak",
        "ettek",
        "ta",
        "te",
        "tad",
        "ted",
        "ták",
        "ték",
        "tuk",
        "tük",
        "na",
        "ne",
        "nánk",
        "nénk",
        "nának",
        "nének",
        "ni",
        "ani",
        "eni",
        "va",
        "ve",
        "ván",
        "vén",
    ]
)
#: A phrase with more candidate combinations than this is matched on the first ones only.
MAX_COMBINATIONS = 4096


def word_matches(word: WordPattern, token: Token, surface: str) -> bool:
    """Whether ``token`` (written ``surface``) is ``word`` itself (its preverb attached)."""
    if not _features_match(word, token):
        return False
    if word.wildcard:
        return True
    lemma, form = token.lemma.lower(), surface.lower()
    if word.surface_only:
        return form == word.lemma
    if word.lemma in (lemma, form):
        return True
    if (
        token.pos in _VERB_TAGS
        and lemma.endswith(_KEPT_SUFFIXES)
        and word.lemma in verb_stems(token, lemma, form)
    ):
        return True
    # The lemmatiser sometimes returns an unknown verb form unchanged (``Harcolunk``): accept
    # it when the form is the dictionary form plus a verb ending, so the noun ``harc`` does
    # not match ``harcolunk`` while the verb ``harcol`` does.
    # The tagger calls such forms an adverb when they end in the ``-va/-ve`` converb
    # (``minősítve``) and a proper noun at the start of a sentence (``Felszólítjuk``).
    if not word.features and _glued_verb(word, token, lemma, form):
        return True
    if lemma == form and token.pos == "NOUN" and word.lemma in _stems_by_morph(form, token.morph):
        return True
    if word.lemma in possessive_stems(token, lemma) or word.lemma in past_stems(token, lemma, form):
        return True
    return (
        not word.features
        and _may_be_unanalysed_verb(token, surface)
        and lemma == form
        and len(word.lemma) >= MIN_FALLBACK_LEMMA
        and form.startswith(word.lemma)
        and form[len(word.lemma) :] in VERB_ENDINGS
    )


#: Plural endings a noun's stem may keep after its case ending is cut (``egyeztetések``).
_PLURAL_ENDINGS = ("ok", "ek", "ök", "ak")


def unanalysed_noun_stems(token: Token, form: str) -> frozenset[str]:
    """The dictionary forms an inflected noun the lemmatiser left unchanged may have: its
    lower-case ``form`` without the ending of the case the tagger gave it, and without a
    plural ending then (``egyeztetésekben``, tagged inessive → ``egyeztetés``). Empty for a
    word the lemmatiser did analyse, or one in the nominative; a bare ``-t`` accusative is
    not cut."""
    if token.pos != "NOUN" or token.lemma.lower() != form:
        return frozenset()
    return _stems_by_morph(form, token.morph)


#: The potential-mood suffix (``bemutathat``: may present).
_POTENTIAL_SUFFIXES = ("hat", "het")
#: Endings a verb's lemma may keep or gain that :func:`verb_stems` takes off.
_KEPT_SUFFIXES = (*_POTENTIAL_SUFFIXES, "ik")
_VERB_TAGS = ("VERB", "AUX")


def potential_stem(token: Token, lemma: str) -> str | None:
    """The verb a verb's ``lemma`` stands for when the lemmatiser kept the potential suffix
    ``-hat/-het`` on it (``bemutathatnak`` lemmatised ``bemutathat``: ``bemutat``), else None.
    The stem must be a verb's length: ``meghat`` (to move) and ``kihat`` keep their ``-hat``."""
    if token.pos not in _VERB_TAGS or not lemma.endswith(_POTENTIAL_SUFFIXES):
        return None
    stem = lemma[:-3]
    return stem if len(stem) >= MIN_FALLBACK_LEMMA else None


#: How long the verb before a stray ``-ik`` must be: ``veszik`` (perish) is no ``vesz``.
MIN_STRAY_IK_STEM = 5


def verb_stems(token: Token, lemma: str, form: str) -> tuple[str, ...]:
    """The verbs a verb's ``lemma`` may stand for besides itself: without a potential
    suffix the lemmatiser kept (:func:`potential_stem`), and without an ``-ik`` it added to
    a verb that has none (``feladnia`` lemmatised ``feladik``, ``megvétózta`` ``megvétózik``:
    ``felad``, ``megvétóz``) when the written form begins with the verb."""
    stems: tuple[str, ...] = ()
    potential = potential_stem(token, lemma)
    if potential is not None:
        stems = (potential,)
    if (
        token.pos in _VERB_TAGS
        and lemma.endswith("ik")
        and len(lemma) - 2 >= MIN_STRAY_IK_STEM
        and form.startswith(lemma[:-2])
    ):
        stems += (lemma[:-2],)
    return stems


#: Third-person possessive endings the lemmatiser may leave on a lemma (``vízumát`` →
#: ``vízuma``), longest first.
_POSSESSIVE_ENDINGS = ("ja", "je", "a", "e")


def possessive_stems(token: Token, lemma: str) -> tuple[str, ...]:
    """The dictionary forms a possessed noun's ``lemma`` may stand for when the lemmatiser
    kept its possessive ending (``vízumát`` lemmatised ``vízuma``: ``vízum``); none for a
    noun the tagger does not call possessed."""
    if token.pos != "NOUN" or token.feature("Person[psor]") != "3":
        return ()
    return tuple(
        lemma[: -len(ending)]
        for ending in _POSSESSIVE_ENDINGS
        if lemma.endswith(ending) and len(lemma) - len(ending) >= MIN_FALLBACK_LEMMA
    )


#: Past-tense suffixes the lemmatiser may leave on the lemma of a verb whose stem ends in
#: ``-t`` (``kiosztotta`` → ``kiosztot``, ``gyanúsítottak`` → ``gyanúsított``), longest first.
_PAST_SUFFIXES = ("ott", "ett", "ött", "ot", "et", "öt")


def past_stems(token: Token, lemma: str, form: str) -> tuple[str, ...]:
    """The dictionary form a past-tense verb's ``lemma`` stands for when the lemmatiser kept
    the past suffix after a stem in ``-t`` (``kiosztot`` for ``kioszt``, ``eltiltot`` for
    ``eltilt``, ``gyanúsított`` for ``gyanúsít``): the lemma is the written form's start, and
    one ending in ``-ot``, ``-et`` or ``-öt`` is no known word form (``tüntet`` in
    ``tüntettek`` is the verb's own lemma); a finite verb's lemma never ends in ``-ott``.
    Nothing for other tokens."""
    if token.pos != "VERB" or token.feature("Tense") != "Past" or not form.startswith(lemma):
        return ()
    for suffix in _PAST_SUFFIXES:
        stem = lemma[: -len(suffix)]
        if lemma.endswith(suffix) and stem.endswith("t") and len(stem) >= MIN_FALLBACK_LEMMA:
            if len(suffix) == 2 and lemma in load_wordforms():
                return ()
            return (stem,)
    return ()


@lru_cache(maxsize=8192)
def _stems_by_morph(form: str, morph: str) -> frozenset[str]:
    """:func:`unanalysed_noun_stems` of a noun written ``form`` with the FEATS ``morph``."""
    case = next((f[5:] for f in morph.split("|") if f.startswith("Case=")), None)
    if case in (None, "Nom"):
        return frozenset()
    stems: set[str] = set()
    for reading in stem_candidates(form)[1:]:
        # A bare ``-t`` is as often a past verb form the tagger took for a noun
        # (``lefoglalt``) as an accusative: it is left alone.
        if reading.case != case or reading.suffix == "t":
            continue
        stem = reading.stem
        stems.add(stem)
        if stem.endswith(_PLURAL_ENDINGS) and len(stem) > MIN_FALLBACK_LEMMA + 2:
            stems.add(stem[:-2])
        elif stem.endswith("k") and stem[-2:-1] in VOWELS and len(stem) > MIN_FALLBACK_LEMMA + 1:
            stems.add(stem[:-1])
    return frozenset(stems)


def _glued_verb(word: WordPattern, token: Token, lemma: str, form: str) -> bool:
    """Whether a verb form is a word glued on by the scrape before a verb with its preverb
    and a verb ending (``durvánmegfenyegette``, ``szeptemberbenmeggyilkolták``). The preverb
    marks where the verb starts. The lemmatiser did not know the run: it left it alone or cut
    off an ending (``durvánmegfenyeg``); a real compound verb keeps the verb's dictionary
    form at the end of its lemma (``szembeszáll`` is no ``beszáll``)."""
    if token.pos != "VERB" or word.preverb is None or not _glued_run(lemma, form):
        return False
    start = form.find(word.lemma, MIN_GLUED_WORD)
    return (
        start > 0
        and form[start + len(word.lemma) :] in VERB_ENDINGS
        and not lemma.endswith(word.lemma)
    )


def _glued_run(lemma: str, form: str) -> bool:
    """Whether a verb's lemma is its written form or a start of it, and the form long enough
    to hold a glued word and a verb."""
    return len(form) >= MIN_GLUED_FORM and form.startswith(lemma)


def _may_be_unanalysed_verb(token: Token, surface: str) -> bool:
    """A verb, or a form the tagger gave another tag that a verb form may get: an adverb
    ending in the ``-va/-ve`` converb, a proper noun at the start of a sentence."""
    if token.pos == "VERB":
        return True
    return token.pos in FALLBACK_POS and (surface.endswith(("va", "ve")) or surface[:1].isupper())


def _features_match(word: WordPattern, token: Token) -> bool:
    for key, allowed in word.features:
        value = token.feature(key)
        # A verb whose lemma kept the potential suffix is in the potential mood, whatever
        # mood the tagger gave it (``bemutathatnak``, tagged indicative).
        if (value is None or value not in allowed.split("|")) and not (
            key == "Mood"
            and "Pot" in allowed
            and potential_stem(token, token.lemma.lower()) is not None
        ):
            return False
    return True


@dataclass(slots=True)
class PatternIndex(Generic[T]):
    """Patterns (each tagged with a payload) indexed by the words they need, so a token range
    is only tried against the patterns whose words all occur in it."""

    max_gap: int
    _patterns: list[tuple[tuple[WordPattern, ...], T]] = field(default_factory=list)
    _by_key: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    _keys: list[frozenset[str]] = field(default_factory=list)
    _always: list[int] = field(default_factory=list)
    _gaps: list[int] = field(default_factory=list)

    def add(self, pattern: tuple[WordPattern, ...], payload: T, max_gap: int | None = None) -> None:
        """Index ``pattern`` under the lemmas (and separable stems) it needs; ``max_gap``
        overrides the index's for this pattern."""
        number = len(self._patterns)
        self._patterns.append((pattern, payload))
        self._gaps.append(self.max_gap if max_gap is None else max_gap)
        needed = {word.lemma for word in pattern if not word.wildcard}
        self._keys.append(frozenset(needed))
        if not needed:
            self._always.append(number)
        for word in pattern:
            if word.wildcard:
                continue
            self._by_key[word.lemma].append(number)
            if word.stem:
                self._by_key[word.stem].append(number)

    def needs(self, key: str) -> bool:
        """Whether some pattern needs the lemma (or separable stem) ``key``."""
        return key in self._by_key

    def find(
        self,
        tokens: Sequence[Token],
        surfaces: Sequence[str],
        first: int,
        last: int,
        remember: bool = True,
    ) -> list[tuple[T, tuple[int, ...]]]:
        """Every match in tokens ``[first, last)``: the payload and the matched token indices
        (preverbs included), in text order; a phrase never reuses a token. With ``remember``
        off, the range's keys are worked out without the per-article memo (for tokens that
        stand in for the article's own just once)."""
        present = (
            self._present_keys(tokens, surfaces, first, last)
            if remember
            else _keys_in(tokens, surfaces, first, last)
        )
        candidates = set(self._always)
        for key in present:
            candidates.update(self._by_key.get(key, ()))
        found: list[tuple[T, tuple[int, ...]]] = []
        for number in sorted(candidates):
            pattern, payload = self._patterns[number]
            if not self._could_match(number, present):
                continue
            for match in self._matches(pattern, tokens, surfaces, first, last, self._gaps[number]):
                found.append((payload, match))
        found.sort(key=lambda item: (item[1][0], -len(item[1])))
        return found

    def _could_match(self, number: int, present: set[str]) -> bool:
        pattern = self._patterns[number][0]
        return all(
            word.wildcard or word.lemma in present or (word.stem or "") in present
            for word in pattern
        )

    @staticmethod
    def _present_keys(
        tokens: Sequence[Token], surfaces: Sequence[str], first: int, last: int
    ) -> set[str]:
        # The trigger, idiom and cue indexes all ask for the same sentences and clauses of
        # one article in turn: the keys are worked out once per token range.
        memo = _MEMO.__dict__
        if memo.get("tokens") is not tokens:
            memo["tokens"], memo["keys"] = tokens, {}
        keys: dict[tuple[int, int], set[str]] = memo["keys"]
        found = keys.get((first, last))
        if found is None:
            found = keys[(first, last)] = _keys_in(tokens, surfaces, first, last)
        return found

    def _matches(
        self,
        pattern: tuple[WordPattern, ...],
        tokens: Sequence[Token],
        surfaces: Sequence[str],
        first: int,
        last: int,
        max_gap: int,
    ) -> Iterable[tuple[int, ...]]:
        options = [list(_word_options(word, tokens, surfaces, first, last)) for word in pattern]
        if not all(options):
            return []
        width_limit = len(pattern) + max_gap * (len(pattern) - 1)
        combos: list[tuple[int, tuple[int, ...]]] = []
        for count, combo in enumerate(product(*options)):
            if count >= MAX_COMBINATIONS:
                break
            indices = tuple(index for part in combo for index in part)
            if len(set(indices)) != len(indices):
                continue
            heads = [part[0] for part in combo]
            if max(heads) - min(heads) + 1 > width_limit:
                continue
            combos.append((max(indices) - min(indices), tuple(sorted(indices))))
        combos.sort()
        used: set[int] = set()
        chosen: list[tuple[int, ...]] = []
        for _width, indices in combos:
            if used.isdisjoint(indices):
                chosen.append(indices)
                used.update(indices)
        return sorted(chosen)


def _word_options(
    word: WordPattern, tokens: Sequence[Token], surfaces: Sequence[str], first: int, last: int
) -> Iterable[tuple[int, ...]]:
    """Ways ``word`` can be matched in the range: ``(token,)`` or ``(verb, preverb)``."""
    for index in range(first, last):
        token = tokens[index]
        if word_matches(word, token, surfaces[index]):
            if (
                word.preverb is None
                and not word.wildcard
                and _preverb_after(index, tokens, surfaces, last)
            ):
                # ``bírálja el a kérelmet`` is ``elbírál`` (decide on), not ``bírál``
                # (criticise): a bare verb's entry does not take a verb with a preverb of
                # its own; a preverbed one the lexicon wants it lists (``meg+támad``).
                continue
            yield (index,)
        elif (
            word.preverb
            and not word.surface_only
            and token.pos in ("VERB", "AUX")
            and (
                word.stem == token.lemma.lower()
                or word.stem in verb_stems(token, token.lemma.lower(), surfaces[index].lower())
            )
            and _features_match(word, token)
        ):
            preverb = _separated_preverb(word.preverb, index, tokens, surfaces, first, last)
            if preverb is not None:
                yield (index, preverb)


def _preverb_after(verb: int, tokens: Sequence[Token], surfaces: Sequence[str], last: int) -> bool:
    """Whether a finite verb's own preverb stands right after it (``bírálja el``,
    ``tartja fenn``)."""
    following = verb + 1
    return (
        tokens[verb].pos in ("VERB", "AUX")
        and tokens[verb].feature("VerbForm") == "Fin"
        and following < last
        and surfaces[following].lower() in PREVERBS
        and surfaces[following].lower() not in ADVERBIAL_PREVERBS
        and tokens[following].pos not in NOT_PREVERB_POS
    )


#: Preverbs that as often stand after a verb as adverbs, keeping its meaning
#: (``harcolunk tovább``: we fight on; ``dolgoznak együtt``).
ADVERBIAL_PREVERBS = frozenset({"tovább", "együtt", "újra", "végig", "haza"})


def _separated_preverb(
    preverb: str,
    verb: int,
    tokens: Sequence[Token],
    surfaces: Sequence[str],
    first: int,
    last: int,
) -> int | None:
    """The token of ``preverb`` standing apart from the verb at ``verb``, nearest first
    (after the verb before before it: ``vezették be`` is the usual order). A preverb before
    a verb that an infinitive follows is the infinitive's, the verb its auxiliary (``el
    fogjuk érni``: reach, not capture)."""
    if verb + 1 < last and _glued_preverb(preverb, tokens[verb + 1], surfaces[verb + 1]):
        return verb + 1
    auxiliary = verb + 1 < last and tokens[verb + 1].feature("VerbForm") == "Inf"
    for distance in range(1, PREVERB_REACH + 1):
        for index in (verb + distance, verb - distance):
            if index < verb and auxiliary:
                continue
            if (
                first <= index < last
                and surfaces[index].lower() == preverb
                and tokens[index].pos not in NOT_PREVERB_POS
                and not _punctuation_between(surfaces, index, verb)
            ):
                return index
    return None


def _punctuation_between(surfaces: Sequence[str], one: int, other: int) -> bool:
    """Whether a punctuation mark stands between two words: a preverb never belongs to a
    verb past one (``nem hazudhatnak le” – mondta``: no ``lemond``)."""
    return any(
        not any(c.isalnum() for c in surfaces[index])
        for index in range(min(one, other) + 1, max(one, other))
    )


def _glued_preverb(preverb: str, token: Token, surface: str) -> bool:
    """Whether the word right after a verb is ``preverb`` with the next word's article glued
    on by the scrape (``álltak kia sziget``, ``állapodott megaz``): written in lower case and
    left unanalysed, as no word of that form exists."""
    return (
        surface.islower()
        and token.lemma == surface
        and any(surface == preverb + article for article in ARTICLES)
    )


def _keys_in(tokens: Sequence[Token], surfaces: Sequence[str], first: int, last: int) -> set[str]:
    """The lemmas, forms and fallback stems a token range offers to patterns."""
    present: set[str] = set()

    # A lemma that is a known word form is the lemmatiser's own analysis, not a glued
    # run (``tárgyaltak`` → ``tárgyal``); only unknown runs are searched for a verb.
    known = load_wordforms()
    for index in range(first, last):
        lemma, form = tokens[index].lemma.lower(), surfaces[index].lower()
        present.update((lemma, form))
        present.update(unanalysed_noun_stems(tokens[index], form))
        present.update(possessive_stems(tokens[index], lemma))
        present.update(past_stems(tokens[index], lemma, form))
        if lemma.endswith(_KEPT_SUFFIXES):
            present.update(verb_stems(tokens[index], lemma, form))
        if lemma == form and _may_be_unanalysed_verb(tokens[index], surfaces[index]):
            present.update(form[:n] for n in range(MIN_FALLBACK_LEMMA, len(form)))
        if tokens[index].pos == "VERB" and _glued_run(lemma, form) and lemma not in known:
            # A verb glued after another word (``durvánmegfenyegette``).
            present.update(
                form[start:end]
                for start in range(MIN_GLUED_WORD, len(form))
                for end in range(start + MIN_FALLBACK_LEMMA, len(form))
            )
    return present
