"""Modality cues around a stretch of text: negation, plans, intentions, conditions, refusals,
cancellations, reports, continuation and realisation, read from the lexicon's cue rules.

A cue counts for a clause when it stands in that clause (and, across ``és``/``de`` joining
two finite verbs, only in its own half); a ``matrix`` cue also reaches the ``hogy`` clause
right after its own (``tervezik, hogy találkoznak``); a ``sentence`` cue (``X szerint``,
``közölte``) its own clause and the clauses after it, and the clauses before it only when
its clause is a postposed attribution (``…, jelentette ki X``); a cue inside another kind of
subordinate clause (``miután X bejelentette``) stays there. A ``hogyha``/``hacsak`` clause is
a condition, and a doubting predicate (``nem valószínű, hogy``) makes its ``hogy`` clause
hypothetical. A colon inside a clause (``X a Y-ról: nem foglalkozom vele``) divides it like
``és`` does. Text inside a blockquote segment is reported by construction, and so is text
inside a quote of ``article.quotes`` (an indirect quote only where its cue would reach as a
``sentence`` cue). A sentence ending in a dash and a reporting word (``A. B – írja a lap.``)
also reports the sentence before it in its paragraph; ``szerint`` run together with a word
by the scrape (``közleményeszerint``) is still a report, ``helyi idő szerint`` none. The
tokens of the trigger itself never count as its cue, so ``lemond`` (resign) is not its own
cancellation and ``nemet mond`` not its own negation.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field, replace

from kronika.extract.clauses import Clause, TokenView
from kronika.extract.lexicon import CueKind, CueRule, CueScope, Lexicon
from kronika.extract.patterns import PatternIndex
from kronika.types import QuoteKind, SegmentKind, Token

__all__ = ["CueFinder", "ModalityCue"]

#: Conjunctions opening a conditional clause that the lexicon's surface cue ``=ha`` misses,
#: being one word with it (``hogyha``) or a different one (``hacsak`` "unless").
CONDITIONAL_OPENERS = frozenset({"hogyha", "hacsak"})
#: Predicates that doubt their ``hogy`` complement on their own (``kétséges, hogy``) …
DOUBTING = frozenset({"valószínűtlen", "kétséges", "kérdéses", "bizonytalan"})
#: … and those that do so under ``nem`` (``nem valószínű / nem biztos / nem kizárt, hogy``).
DOUBTING_UNDER_NEGATION = frozenset({"valószínű", "biztos", "kizárt"})

#: Nouns of a chance, a risk or a likelihood: a ``hogy`` clause they announce (``annak az
#: esélye, hogy``) tells what may happen.
CHANCE_NOUNS = frozenset(
    {"esély", "valószínűség", "eshetőség", "kockázat", "veszély", "lehetőség", "forgatókönyv"}
)
#: Pronouns that announce the ``hogy`` clause after them (``annak``, ``arra``).
CATAPHORS = frozenset({"annak", "arra"})

#: Conjunctions that join two finite clauses the clause splitter keeps as one.
CLAUSE_COORDINATORS = frozenset({"és", "de", "majd", "ám", "viszont"})

#: The lexicon's text of the conditional mood cue, and the endings of Hungarian conditional
#: forms (``tárgyalna``, ``tárgyalnék``, ``tárgyalnánk``, ``tárgyalnák``) it must show.
CONDITIONAL_FEATURE = "*[Mood=Cnd]"
CONDITIONAL_ENDINGS = (
    "na", "ne", "ná", "né", "nék", "nál", "nél", "nánk", "nénk", "nátok", "nétek",
    "nának", "nének", "nám", "ném", "nád", "néd", "nák",
)  # fmt: skip

#: Segment kinds whose text is someone's words rather than the article's narration.
QUOTED_SEGMENTS = frozenset({SegmentKind.BLOCKQUOTE})
#: Segments whose sentences a paragraph-final attribution (``… – írja a lap.``) reaches.
ATTRIBUTED_SEGMENTS = frozenset({SegmentKind.LEDE, SegmentKind.PARAGRAPH})
#: How many sentences back a paragraph-final attribution reaches within its segment.
ATTRIBUTION_REACH = 1
#: Dashes that set off a postposed attribution (``… – mondta X``).
DASHES = frozenset({"–", "—", "-"})
#: The dashes that set a remark off between spaces (a hyphen standing alone is a minus or a
#: range more often).
SPACED_DASHES = frozenset({"–", "—"})
#: ``szerint`` with a person ending (``szerinte``) or as an adjective (``szerinti``): no
#: glued word (see :meth:`CueFinder._glued_attribution`).
SZERINT = "szerint"
#: Adjectives of a time ahead, which make a clause planned whatever noun they describe.
FUTURE_ADJECTIVES = frozenset({"jövő", "jövőbeli", "jövőbeni", "eljövendő"})
#: The planned cue ``majd`` (later on), which beside a past verb means ``then``.
THEN = "=majd"
SZERINT_ENDINGS = ("", "e", "em", "ed", "ünk", "etek", "ük", "i")
#: Words ending in ``szerint`` that attribute nothing: ``miszerint`` opens a noun's content
#: clause (``kijelentése, miszerint``), ``aszerint, hogy`` means "depending on".
NOT_GLUED = frozenset({"miszerint", "aszerint"})
#: Nouns before ``szerint`` that measure or regulate rather than claim: ``helyi idő szerint``
#: (local time), ``menetrend szerint``, ``a törvény szerint`` (by law) attribute nothing.
NOT_SOURCES = frozenset(
    {"idő", "menetrend", "hagyomány", "szokás", "szabály", "előírás", "törvény", "sorrend", "rend"}
)


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
    _finals: dict[int, ModalityCue | None] = field(init=False, default_factory=dict)
    _sentences: dict[int, list[Clause]] = field(init=False, default_factory=dict)

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
            # (``Majd úgy folytatja, hogy a bíró betiltotta``: what a ``hogy`` clause tells
            # in the past is done, whatever plan or aim its matrix names.)
            past = self._past_clause(clause)
            found.extend(
                _rescoped(cue, CueScope.MATRIX)
                for cue in self._clause_cues(previous)
                if cue.scope is not CueScope.CLAUSE
                and not (past and cue.kind in (CueKind.PLANNED, CueKind.INTENDED))
            )
            doubt = self._doubt(previous)
            if doubt is not None:
                found.append(doubt)
        elif (
            previous is not None
            and clause.opener is None
            and previous.opener == "hogy"
            and self.view.surfaces[clause.first].lower() in CLAUSE_COORDINATORS | {"vagy"}
        ):
            # ``megvolt a lehetősége arra, hogy megvédje …, és ne írja alá …``: a conjunct
            # of a ``hogy`` clause shares the doubt its matrix casts on it.
            matrix = self.view.previous_clause(previous)
            doubt = self._doubt(matrix) if matrix is not None else None
            if doubt is not None:
                found.append(doubt)
        for other in self._sentence_clauses(clause.sentence):
            if other is not clause:
                found.extend(
                    cue
                    for cue in self._clause_cues(other)
                    if cue.scope is CueScope.SENTENCE and self._governs(other, cue, clause)
                )
        found.extend(self._quoted(clause, start, end))
        if not any(cue.kind is CueKind.REPORTED for cue in found):
            final = self._final_attribution(clause)
            if final is not None:
                found.append(final)
        excluded = set(exclude)
        kept: dict[tuple[CueKind, int, int], ModalityCue] = {}
        for cue in found:
            if cue.tokens and set(cue.tokens) <= excluded:
                continue
            if self._describes_other_noun(cue, excluded):
                continue
            if cue.tokens and any(
                set(cue.tokens) < set(other.tokens) and other.kind is not cue.kind
                for other in found
            ):
                # ``feladatként tűzte ki``: the longer cue is the more specific reading (an
                # aim, not the planned ``kitűz`` of a date), as with triggers.
                continue
            kept.setdefault((cue.kind, cue.start, cue.end), cue)
        return tuple(sorted(kept.values(), key=lambda cue: (cue.start, cue.kind)))

    def _describes_other_noun(self, cue: ModalityCue, trigger: Collection[int]) -> bool:
        """Whether ``cue`` is an adjective in the noun phrase of a noun other than the
        trigger's: ``az eredetileg tervezett útvonal`` (the planned route) makes nothing done
        on it planned, as ``a tervezett tárgyalás`` makes the talks so."""
        if len(cue.tokens) != 1:
            return False
        tokens = self.view.article.tokens
        index = cue.tokens[0]
        if tokens[index].pos != "ADJ" or tokens[index].lemma.lower() in FUTURE_ADJECTIVES:
            # (``a jövő évi költségvetésben szán rá``: a time still ahead dates the clause.)
            return False
        before = index - 1
        while before >= 0 and tokens[before].pos in ("ADJ", "ADV", "NUM"):
            before -= 1
        if before < 0 or tokens[before].pos != "DET":
            # Not in a noun phrase: a predicate (``Moszkva kész … befizetni``).
            return False
        after = index + 1
        while after < len(tokens) and tokens[after].pos in ("ADJ", "NUM"):
            after += 1
        return after < len(tokens) and tokens[after].pos == "NOUN" and after not in trigger

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
        # (A converb's phrase counts as a conjunct's verb: ``Pontosan nem körülírva, de …
        # védelmet kapna``, where the ``nem`` is the converb's.)
        finite = [
            i
            for i in range(clause.first, clause.last)
            if tokens[i].feature("VerbForm") in ("Fin", "Conv")
        ]
        # A colon inside a clause follows a verbless lead-in (``X a Y-ról: nem foglalkozom
        # vele``, a headline's topic before its quote): what comes after it is another
        # statement, and its negation or condition does not reach back.
        breaks = tuple(
            i
            for i in range(clause.first, clause.last)
            if (
                surfaces[i].lower() in CLAUSE_COORDINATORS
                and tokens[i].pos == "CCONJ"
                and finite
                and finite[0] < i < finite[-1]
            )
            or (surfaces[i] == ":" and clause.first < i < clause.last - 1)
            # ``Reagált a minisztérium a tiltakozásra – csak pont nem a lényegre``: what a
            # dash adds is a statement of its own; its negation does not reach back.
            or (surfaces[i] in SPACED_DASHES and clause.first < i)
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
        chance = next(
            (
                i
                for i in range(matrix.first, last + 1)
                if tokens[i].pos == "NOUN" and tokens[i].lemma.lower() in CHANCE_NOUNS
            ),
            None,
        )
        if chance is not None and (word in CATAPHORS or chance == last):
            # ``50 százalék az esélye annak, hogy találkozik``, ``annak a valószínűsége, hogy
            # megtámadja``, ``megvolt a lehetősége arra, hogy megvédje``: a chance, a risk
            # or a likelihood of the event, not the event.
            return ModalityCue(
                CueKind.HYPOTHETICAL,
                tokens[chance].start,
                tokens[chance].end,
                f"chance:{tokens[chance].lemma.lower()}",
                CueScope.MATRIX,
                (chance,),
            )
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
        és B``; ``X közölte, hogy A``), a relative or adverbial clause only inside the claim
        (see below). It reaches back to a preceding clause only as a
        postposed attribution, a main clause opened by the reporting word itself (``A, írta
        X``; ``A – mondta X``). A cue inside a subordinate clause other than a ``hogy``
        complement (``miután X bejelentette``, ``amit X megerősített``) reports that clause
        and its own complements, never the main clause before it. The article's narration
        before ``X szerint`` or ``X azt mondta`` stays the article's own.
        """
        attribution = SZERINT in cue.rule
        if clause.first > home.first:
            if clause.opener in (None, "hogy"):
                return True
            if home.opener not in (None, "hogy"):
                return False
            # A relative or adverbial clause belongs to a claim under ``szerint`` or inside
            # the complement of a reporting verb (``közölte, hogy A, miután B``; ``elmondta,
            # A, miután B``), but not to the reporting verb's own clause (``elmondta Y-nak,
            # mire Z megígérte``; ``ezt emelte ki X, aki támogatta``): that is narration.
            return attribution or any(
                other.opener in (None, "hogy")
                for other in self._sentence_clauses(clause.sentence)
                if home.first < other.first < clause.first
            )
        if home.opener is not None or not cue.tokens or attribution:
            # ``szerint`` opening a clause is no postposed attribution of the one before.
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
            if rule.kind is CueKind.NEGATED and _contrasted(tokens, surfaces, indices, clause):
                # ``nem a háborút, hanem a békét kellene támogatnia``: ``nem … hanem``
                # contrasts two phrases; the verb is asserted of the second.
                continue
            if rule.kind is CueKind.NEGATED and _negates_participle(tokens, indices):
                # ``egy meg nem nevezett személyről``: the ``nem`` of a participle describing
                # a noun negates that description, not the clause.
                continue
            if rule.text == CONDITIONAL_FEATURE and not surfaces[indices[0]].lower().endswith(
                CONDITIONAL_ENDINGS
            ):
                # ``a hitük miatt szenvedőknek``: a dative noun the tagger took for a
                # conditional verb; a real one ends in ``-na/-ne``, ``-nék``, ``-nának`` …
                continue
            if rule.text == THEN and self._past_clause(clause):
                # ``pszichológusként, majd nevelőként dolgozó nőt letartóztattak``, ``…, majd
                # azzal vádolta``: beside a past verb ``majd`` is ``then``, not ``later on``.
                continue
            if (
                rule.kind is CueKind.REPORTED
                and rule.text == SZERINT
                and indices[0] > clause.first
                and tokens[indices[0] - 1].lemma.lower() in NOT_SOURCES
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
        cues.extend(self._glued_attribution(clause))
        self._by_clause[clause.first] = cues
        return cues

    def _past_clause(self, clause: Clause) -> bool:
        """Whether ``clause`` has a finite verb in the past tense."""
        return any(
            token.feature("VerbForm") == "Fin" and token.feature("Tense") == "Past"
            for token in self.view.article.tokens[clause.first : clause.last]
        )

    def _glued_attribution(self, clause: Clause) -> list[ModalityCue]:
        """Reported cues for ``szerint`` run together with a neighbouring word, as scraped
        text often has it (``közleményeszerint``, ``szerintkonstruktív``): the tagger gives
        such a token no lemma ``szerint``, so the lexicon's cue misses it. ``eszerint``
        (according to this) attributes too; ``szerinte`` and ``szerinti`` are forms of the
        word itself, which the lexicon already matches."""
        tokens, surfaces = self.view.article.tokens, self.view.surfaces
        found = []
        for index in range(clause.first, clause.last):
            word = surfaces[index].lower()
            if SZERINT not in word or word in NOT_GLUED or tokens[index].lemma.lower() == SZERINT:
                continue
            rest = word[word.index(SZERINT) + len(SZERINT) :]
            glued_before = word.endswith(SZERINT) and len(word) > len(SZERINT)
            glued_after = (
                word.startswith(SZERINT) and rest not in SZERINT_ENDINGS and rest[:1] != "i"
            )
            if glued_before or glued_after:
                found.append(
                    ModalityCue(
                        CueKind.REPORTED,
                        tokens[index].start,
                        tokens[index].end,
                        "glued:szerint",
                        CueScope.SENTENCE,
                        (index,),
                    )
                )
        return found

    def _final_attribution(self, clause: Clause) -> ModalityCue | None:
        """The attribution closing ``clause``'s paragraph when the sentence after it ends in
        a postposed attribution after a dash (``A. B – írja a Reuters.``, ``… – olvasható a
        portálon.``) and attributes nothing else: news prose often attributes two relayed
        sentences once, at the end of the second. Only in a lede or body paragraph, and only
        ``ATTRIBUTION_REACH`` sentences back; a sentence between with an attribution or a
        quote of its own ends the reach. A closing sentence that quotes or attributes inside
        itself too (``X szerint A – írta a lap``) relays that nested claim, not the paragraph.
        """
        article = self.view.article
        segment = next((s for s in article.segments if s.start <= clause.start < s.end), None)
        if segment is None or segment.kind not in ATTRIBUTED_SEGMENTS:
            return None
        last = min(len(article.sentences), clause.sentence + 1 + ATTRIBUTION_REACH)
        for sentence in range(clause.sentence + 1, last):
            if article.sentences[sentence].start >= segment.end:
                return None
            if sentence not in self._finals:
                self._finals[sentence] = self._postposed_report(sentence)
            final = self._finals[sentence]
            if final is not None:
                return final
            if self._attributed(sentence):
                return None
        return None

    def _sentence_clauses(self, sentence: int) -> list[Clause]:
        cached = self._sentences.get(sentence)
        if cached is None:
            cached = [c for c in self.view.clauses if c.sentence == sentence]
            self._sentences[sentence] = cached
        return cached

    def _attributed(self, sentence: int) -> bool:
        """Whether ``sentence`` has a report cue or a quote of its own."""
        span = self.view.article.sentences[sentence]
        if any(q.start < span.end and span.start < q.end for q in self.view.article.quotes):
            return True
        return any(
            cue.kind is CueKind.REPORTED
            for other in self._sentence_clauses(sentence)
            for cue in self._clause_cues(other)
        )

    def _postposed_report(self, sentence: int) -> ModalityCue | None:
        """The report cue opening ``sentence``'s last clause right after a dash, if any."""
        clauses = self._sentence_clauses(sentence)
        if not clauses:
            return None
        home = clauses[-1]
        if home.opener is not None or home.first == 0:
            return None
        span = self.view.article.sentences[sentence]
        if any(
            q.kind is QuoteKind.DIRECT and q.start < span.end and span.start < q.end
            for q in self.view.article.quotes
        ):
            # ``„…” – mondta X.``: the attribution is the quote's.
            return None
        if any(
            cue.kind is CueKind.REPORTED
            for other in clauses[:-1]
            for cue in self._clause_cues(other)
        ):
            return None
        surfaces = self.view.surfaces
        if surfaces[home.first - 1] not in DASHES and surfaces[home.first] not in DASHES:
            return None
        for cue in self._clause_cues(home):
            if cue.kind is CueKind.REPORTED and cue.tokens and self._opens(home, cue.tokens[0]):
                return _rescoped(cue, CueScope.SENTENCE)
        return None

    def _quoted(self, clause: Clause, start: int, end: int) -> list[ModalityCue]:
        article = self.view.article
        cues = [
            ModalityCue(CueKind.REPORTED, s.start, s.end, f"segment:{s.kind}", CueScope.SENTENCE)
            for s in article.segments
            if s.kind in QUOTED_SEGMENTS and s.start <= start and end <= s.end
        ]
        for quote in article.quotes:
            if not (quote.start <= start and end <= quote.end):
                continue
            cue = ModalityCue(
                CueKind.REPORTED,
                quote.cue_start,
                quote.cue_end,
                f"quote:{quote.cue}",
                CueScope.SENTENCE,
            )
            if quote.kind is QuoteKind.INDIRECT and not self._reaches(cue, clause):
                continue
            cues.append(cue)
        return cues

    def _reaches(self, cue: ModalityCue, clause: Clause) -> bool:
        """Whether an indirect quote's cue bears on ``clause`` by the rules of a sentence
        cue (:meth:`_governs`): ``X, mert Y szerint Z`` reports Z, not X. A cue in another
        sentence, or in ``clause`` itself, reaches as the quote finder says."""
        view = self.view
        home = view.clause_at(cue.start)
        if home is None or home.sentence != clause.sentence or home == clause:
            return True
        first = bisect_left(view.token_starts, cue.start)
        return self._governs(home, replace(cue, tokens=(first,)), clause)


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


def _negates_participle(tokens: Sequence[Token], indices: Sequence[int]) -> bool:
    """Whether a one-word negation at ``indices`` stands before a participle that a noun or
    an adjective follows (``egy meg nem nevezett személyről``, ``nem várt fordulat``)."""
    if len(indices) != 1:
        return False
    after = indices[0] + 1
    return (
        after + 1 < len(tokens)
        and tokens[after].feature("VerbForm") in ("PartPast", "PartPres", "Part")
        and tokens[after + 1].pos in ("NOUN", "ADJ", "PROPN")
    )


def _contrasted(
    tokens: Sequence[Token], surfaces: Sequence[str], indices: Sequence[int], clause: Clause
) -> bool:
    """Whether a one-word negation at ``indices`` opens the first half of ``nem X, hanem Y``:
    no verb right after it, and ``hanem`` later in the clause."""
    if len(indices) != 1 or surfaces[indices[0]].lower() != "nem":
        return False
    after = indices[0] + 1
    if after >= clause.last or tokens[after].pos in ("VERB", "AUX"):
        return False
    return any(surfaces[i].lower() == "hanem" for i in range(after, clause.last))
