"""Sentences cut into clauses, the unit in which modality cues and tense are read.

Hungarian marks a new clause with a comma and, for subordinate clauses, a conjunction
(``hogy``, ``ha``, ``mert``) or a relative pronoun (``amely``, ``aki``). A comma alone also
separates appositions and lists (``…Steve Witkoff, valamint …``, ``…bázison, az alaszkai
Anchorage-ben``), which are not clauses: a comma-separated piece without a finite verb joins
the clause before it, except after a colon, which opens what follows (``közölte: Párizs,
Berlin és a NATO garanciát ad``). A piece opened by a conjunction stays a
clause even without a verb, because a Hungarian third-person present predicate needs no
copula (``hogy a megállapodás aláírásra kész``), unless the comma cut its noun phrase after
an article and adjectives (``amelyen egy torz hangú, árnyékban álló nő beszél``): the
piece after it then joins it.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from kronika.lang.hu import DASHES
from kronika.types import Article, SegmentKind, Token

__all__ = ["Clause", "TokenView"]

#: Punctuation that may end a clause inside a sentence.
CLAUSE_PUNCTUATION = frozenset({",", ";", ":", *DASHES})
#: Subordinating conjunctions the tagger calls ``CCONJ``: they open a conditional clause all
#: the same (``hogyha megtámadnák``, ``amennyiben aláírják``, ``hacsak nem vonul ki``).
SUBORDINATING_CCONJ = frozenset({"hogyha", "amennyiben", "hacsak"})
#: Adverbs that open a new clause after a comma (``…, közben …``, ``…, ugyanakkor …``).
NEW_CLAUSE_ADVERBS = frozenset({"közben", "eközben", "mindeközben", "ezalatt", "ugyanakkor"})


@dataclass(frozen=True, slots=True)
class Clause:
    """A clause: tokens ``[first, last)`` of ``article.tokens`` within sentence ``sentence``.

    ``opener`` is the lowercased conjunction or relative pronoun that opens a subordinate
    clause (``hogy``), else None. ``tense`` is the ``Tense`` of its first finite verb
    (``Past``, ``Pres``), or None when it has none.
    """

    sentence: int
    first: int
    last: int
    start: int
    end: int
    opener: str | None
    tense: str | None

    def __contains__(self, index: object) -> bool:
        return isinstance(index, int) and self.first <= index < self.last


@dataclass(frozen=True, slots=True)
class TokenView:
    """An article's tokens grouped by sentence and clause, with their surface forms."""

    article: Article
    surfaces: tuple[str, ...]
    #: For each sentence, the ``[first, last)`` token range in ``article.tokens``.
    sentence_ranges: tuple[tuple[int, int], ...]
    clauses: tuple[Clause, ...]
    token_starts: tuple[int, ...]
    clause_ends: tuple[int, ...]

    @classmethod
    def of(cls, article: Article) -> TokenView:
        """The view of ``article``; sentences with no tokens get an empty range."""
        tokens = article.tokens
        starts = [token.start for token in tokens]
        surfaces = tuple(article.text[t.start : t.end] for t in tokens)
        ranges = tuple(
            (bisect_left(starts, sentence.start), bisect_left(starts, sentence.end))
            for sentence in article.sentences
        )
        clauses: list[Clause] = []
        for number, (first, last) in enumerate(ranges):
            clauses.extend(_clauses(tokens, surfaces, number, first, last))
        return cls(
            article,
            surfaces,
            ranges,
            tuple(clauses),
            tuple(starts),
            tuple(clause.last for clause in clauses),
        )

    def sentence_of(self, index: int) -> int | None:
        """The sentence holding token ``index``, or None."""
        for number, (first, last) in enumerate(self.sentence_ranges):
            if first <= index < last:
                return number
        return None

    def clause_of(self, index: int) -> Clause | None:
        """The clause holding token ``index``, or None when it is outside every sentence."""
        position = bisect_right(self.clause_ends, index)
        if position < len(self.clauses) and index in self.clauses[position]:
            return self.clauses[position]
        return None

    def clause_at(self, offset: int) -> Clause | None:
        """The clause covering character ``offset`` (the nearest token at or after it)."""
        position = bisect_right(self.token_starts, offset) - 1
        if position >= 0 and self.article.tokens[position].end <= offset:
            position += 1
        return self.clause_of(max(position, 0))

    def previous_clause(self, clause: Clause) -> Clause | None:
        """The clause right before ``clause`` in the same sentence, or None."""
        position = bisect_left(self.clause_ends, clause.last)
        if position >= len(self.clauses) or self.clauses[position] != clause:
            position = self.clauses.index(clause)
        if position == 0:
            return None
        before = self.clauses[position - 1]
        return before if before.sentence == clause.sentence else None

    def segment_kind(self, offset: int) -> SegmentKind | None:
        """The kind of the segment covering character ``offset``, or None."""
        for segment in self.article.segments:
            if segment.start <= offset < segment.end:
                return segment.kind
        return None


def _clauses(
    tokens: tuple[Token, ...], surfaces: tuple[str, ...], sentence: int, first: int, last: int
) -> list[Clause]:
    pieces: list[tuple[int, int, str | None]] = []
    start = first
    for index in range(first, last):
        token = tokens[index]
        if surfaces[index] in CLAUSE_PUNCTUATION and index > start:
            pieces.append((start, index + 1, _opener(tokens, surfaces, start)))
            start = index + 1
        elif (
            _opens_clause(token, surfaces[index])
            and index > start
            # (``…, „hogy megvédje …``: a quotation mark before the conjunction opens the
            # clause with it, not a clause of its own.)
            and any(tokens[i].pos != "PUNCT" for i in range(start, index))
        ):
            pieces.append((start, index, _opener(tokens, surfaces, start)))
            start = index
    if start < last:
        pieces.append((start, last, _opener(tokens, surfaces, start)))
    merged: list[tuple[int, int, str | None]] = []
    for piece_first, piece_last, opener in pieces:
        verbless = _first_finite(tokens, piece_first, piece_last) is None
        after_colon = merged and surfaces[merged[-1][1] - 1] == ":"
        if (
            merged
            and verbless
            and opener is None
            and not after_colon
            and not _new_topic(tokens, surfaces, piece_first, piece_last)
        ):
            merged[-1] = (merged[-1][0], piece_last, merged[-1][2])
        elif (
            merged
            and opener is None
            and _first_finite(tokens, merged[-1][0], merged[-1][1]) is None
            and (
                merged[-1][2] is None
                or _open_phrase(tokens, merged[-1][0], merged[-1][1])
                or _relative_start(tokens, surfaces, merged[-1][0], merged[-1][1])
                or _listed_on(tokens, merged[-1][0], merged[-1][1], piece_first, piece_last)
            )
        ):
            # A verbless piece before any clause (a fronted phrase) belongs to what follows,
            # and so does an opened clause cut inside its subject's adjectives (``amelyen
            # egy torz hangú, árnyékban álló nő beszél``), inside a list of objects (``ha a
            # veszély életet, testi épséget fenyeget``) or a relative clause cut before its
            # verb (``amivel legalább egyszer, valamilyen formában találkozni kell``), keeping
            # its opener.
            merged[-1] = (merged[-1][0], piece_last, merged[-1][2])
        else:
            merged.append((piece_first, piece_last, opener))
    return [
        Clause(
            sentence=sentence,
            first=piece_first,
            last=piece_last,
            start=tokens[piece_first].start,
            end=tokens[piece_last - 1].end,
            opener=opener,
            tense=_tense(tokens, piece_first, piece_last),
        )
        for piece_first, piece_last, opener in merged
    ]


def _new_topic(tokens: tuple[Token, ...], surfaces: tuple[str, ...], first: int, last: int) -> bool:
    """Whether a verbless piece opens a clause of its own whose verb comes in a later piece:
    it starts with an adverb that opens a new clause (``…, közben a műsorvezető, Szabó
    Zsófia, … buzdított``) or sets a new topic off with ``pedig`` (``…, az autotune pedig
    népdalokkal, … találkozik``). Such a piece belongs to what follows, not to the clause
    before."""
    words = [surfaces[i].lower() for i in range(first, last) if tokens[i].pos != "PUNCT"]
    return bool(words) and (words[0] in NEW_CLAUSE_ADVERBS or "pedig" in words[1:4])


def _relative_start(
    tokens: tuple[Token, ...], surfaces: tuple[str, ...], first: int, last: int
) -> bool:
    """Whether the piece ``[first, last)`` is a relative pronoun with adverbs only (``amivel
    legalább egyszer,``, ``aki nyöszörögve, reszketve,``): a relative clause a comma cut
    before its verb. A piece with a noun, a name or a number in it (``amiben Pécs és
    Szeged,``, ``amint több,``) may be a phrase of its own."""
    words = [i for i in range(first, last) if tokens[i].pos != "PUNCT"]
    return (
        bool(words)
        and tokens[words[0]].feature("PronType") == "Rel"
        and all(
            tokens[i].pos in ("ADV", "PART")
            or surfaces[i].lower().endswith(("szer", "szor", "ször"))
            for i in words[1:]
        )
    )


def _listed_on(
    tokens: tuple[Token, ...], first: int, last: int, next_first: int, next_last: int
) -> bool:
    """Whether the piece ``[first, last)`` ends, before its comma, in a noun in an oblique
    case or the accusative and the next piece opens with a noun phrase in the same case: a
    list the comma cut (``életet, testi épséget fenyeget``)."""
    index = last - 1
    while index >= first and tokens[index].pos == "PUNCT":
        index -= 1
    if index < first or tokens[index].pos != "NOUN":
        return False
    case = tokens[index].feature("Case")
    if case in (None, "Nom"):
        return False
    following = next_first
    while following < next_last and tokens[following].pos in ("ADJ", "NUM", "DET"):
        following += 1
    return (
        following < next_last
        and tokens[following].pos == "NOUN"
        and tokens[following].feature("Case") == case
    )


def _open_phrase(tokens: tuple[Token, ...], first: int, last: int) -> bool:
    """Whether the piece ``[first, last)`` ends, before its comma, in adjectives after an
    article with no noun yet (``egy torz hangú,``): a noun phrase the comma cut."""
    index = last - 1
    while index >= first and tokens[index].pos == "PUNCT":
        index -= 1
    if index < first or tokens[index].pos != "ADJ":
        return False
    while index >= first and tokens[index].pos in ("ADJ", "ADV", "NUM"):
        index -= 1
    return index >= first and tokens[index].pos == "DET"


def _opens_clause(token: Token, surface: str) -> bool:
    return (
        token.pos == "SCONJ"
        or token.feature("PronType") == "Rel"
        or surface.lower() in SUBORDINATING_CCONJ
    )


def _asks(token: Token) -> bool:
    """Whether ``token`` is an interrogative word (``hogyan``, ``miért``, ``ki``, ``mit``)."""
    return token.feature("PronType") == "Int" and token.pos in ("ADV", "PRON", "DET")


def _opener(tokens: tuple[Token, ...], surfaces: tuple[str, ...], start: int) -> str | None:
    """The conjunction or relative word opening the piece at ``start`` (after punctuation)."""
    for index in range(start, min(start + 2, len(tokens))):
        if _opens_clause(tokens[index], surfaces[index]):
            return surfaces[index].lower()
        if index > 0 and surfaces[index - 1] == "," and _asks(tokens[index]):
            # ``…, arról, hogyan használta ki``: an embedded question is a complement clause
            # as a ``hogy`` clause is, and is read as one.
            return "hogy"
        if tokens[index].pos != "PUNCT" and tokens[index].pos != "CCONJ":
            return None
    return None


def _first_finite(tokens: tuple[Token, ...], first: int, last: int) -> Token | None:
    for token in tokens[first:last]:
        if token.feature("VerbForm") == "Fin":
            return token
    return None


def _tense(tokens: tuple[Token, ...], first: int, last: int) -> str | None:
    verb = _first_finite(tokens, first, last)
    return verb.feature("Tense") if verb is not None else None
