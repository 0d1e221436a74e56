"""An article read for attribution: tokens, sentences, segments and speaker mentions by offset,
and the search for the subject of a cue verb (the NLP model gives no dependency parse, so the
subject is found from word order, case and clause boundaries)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace

from kronika.quotes.lexicon import CueLexicon
from kronika.types import Article, Mention, Segment, SegmentKind, Sentence, Token

#: Segments whose text can hold a statement (credits and page junk cannot).
CONTENT_KINDS = frozenset(SegmentKind) - {SegmentKind.BOILERPLATE, SegmentKind.CREDIT}
DASHES = frozenset("–—-")
OPENING_MARKS = frozenset('„“»«‚"')
CLOSING_MARKS = frozenset('”“«»’"')
# Punctuation that ends the clause a subject is looked for in.
_CLAUSE_ENDS = frozenset({".", "!", "?", ";", ":", "…"}) | OPENING_MARKS | CLOSING_MARKS | DASHES
# How far from its verb a subject is looked for, in tokens.
_MAX_BEFORE = 12
_MAX_AFTER = 10
# A role apposition after a name has at most this many words ("török belügyminiszter").
_MAX_APPOSITION = 3
# Nominative nouns that are adverbs of time, not subjects ("Zelenszkij vasárnap közölte").
_TIME_NOUNS = frozenset(
    {"hétfő", "kedd", "szerda", "csütörtök", "péntek", "szombat", "vasárnap", "reggel", "este"}
    | {"délután", "délelőtt", "éjjel", "hét", "nap", "év", "hónap", "ma", "tegnap", "múlt"}
)
_SUBJECT_PRONOUNS = frozenset({"ő", "ők"})
_RELATIVE = frozenset({"aki", "akik"})
_GLUED_ARTICLES = ("az", "a")
#: The rule of a speaker mention made here for a family name the NER missed.
FAMILY_NAME_RULE = "quotes:family-name"


def is_finite_verb(token: Token) -> bool:
    """A finite verb: the head of a clause."""
    return token.pos in ("VERB", "AUX") and token.feature("VerbForm") == "Fin"


def is_nominative(token: Token) -> bool:
    """Nominative, or with no case at all (foreign names are often left unmarked)."""
    return token.feature("Case") in (None, "Nom")


def can_speak(mention: Mention) -> bool:
    """Whether a mention can name a speaker: a person or an organisation, a place standing
    for its government (``Moszkva közölte``), or a name the linker tied to an earlier person
    although the NER labelled it MISC."""
    if mention.label in ("PER", "ORG"):
        return True
    rule = mention.rule or ""
    if mention.label == "LOC":
        return rule.startswith("metonymy:")
    return rule == "coref"


@dataclass(frozen=True, slots=True)
class Subject:
    """What a subject search found: a speaker mention, or that the subject is a word that
    names nobody the linker knows (``a kapus``, ``ő``) — then the speaker is unknown or must
    come from the context."""

    mention: Mention | None
    pronoun: bool = False


class ArticleView:
    """Offset lookups over one article's annotations."""

    def __init__(self, article: Article, cues: CueLexicon) -> None:
        self.article = article
        self.text = article.text
        self.cues = cues
        self.tokens = tuple(sorted(article.tokens, key=lambda t: t.start))
        self._token_starts = [t.start for t in self.tokens]
        self.sentences = tuple(sorted(article.sentences, key=lambda s: s.start))
        self._sentence_starts = [s.start for s in self.sentences]
        self.segments = tuple(
            s for s in sorted(article.segments, key=lambda s: s.start) if s.kind in CONTENT_KINDS
        ) or (Segment(SegmentKind.PARAGRAPH, 0, len(article.text)),)
        self._segment_starts = [s.start for s in self.segments]
        speakers = sorted((m for m in article.mentions if can_speak(m)), key=lambda m: m.start)
        self._mention_of_token: dict[int, Mention] = {}
        self._by_family_name: dict[str, list[Mention]] = {}
        for mention in speakers:
            for index in self.token_range(mention.start, mention.end):
                self._mention_of_token.setdefault(index, mention)
            words = self.text[mention.start : mention.end].split()
            if mention.label == "PER" and len(words) > 1 and mention.entity_id:
                self._by_family_name.setdefault(words[-1], []).append(mention)

    # -- lookups -------------------------------------------------------------------------

    def surface(self, token: Token) -> str:
        return self.text[token.start : token.end]

    def token_range(self, start: int, end: int) -> range:
        """Indices of the tokens that start inside ``[start, end)``."""
        return range(bisect_left(self._token_starts, start), bisect_left(self._token_starts, end))

    def token_after(self, offset: int) -> int:
        """Index of the first token starting at or after ``offset``."""
        return bisect_left(self._token_starts, offset)

    def mention_at(self, index: int) -> Mention | None:
        """The speaker-capable mention covering token ``index``; for a proper noun the NER
        missed, the full name it repeats (``Koc`` after ``Alekszandr Koc``) at its own span."""
        found = self._mention_of_token.get(index)
        if found is not None or not 0 <= index < len(self.tokens):
            return found
        token = self.tokens[index]
        if token.pos != "PROPN":
            return None
        surface = self.surface(token)
        keys = {surface, token.lemma}
        # Scraped pages glue the next word's article on: "Vanceaz UnHerdnek".
        keys.update(surface[: -len(glue)] for glue in _GLUED_ARTICLES if surface.endswith(glue))
        earlier = [
            m for key in keys for m in self._by_family_name.get(key, ()) if m.end <= token.start
        ]
        if not earlier or len({m.entity_id for m in earlier}) > 1:
            return None
        return replace(
            earlier[-1],
            start=token.start,
            end=token.end,
            lemma=token.lemma,
            confidence=None,
            rule=FAMILY_NAME_RULE,
        )

    def sentence_index(self, offset: int) -> int:
        """Index of the sentence holding ``offset`` (the one before it between sentences)."""
        return max(bisect_right(self._sentence_starts, offset) - 1, 0)

    def sentence_at(self, offset: int) -> Sentence:
        """The sentence holding ``offset``, or the content segment when there are none."""
        if not self.sentences:
            segment = self.segment_at(offset)
            return Sentence(segment.start, segment.end)
        sentence = self.sentences[self.sentence_index(offset)]
        if sentence.start <= offset < sentence.end:
            return sentence
        segment = self.segment_at(offset)
        return Sentence(max(sentence.end, segment.start), segment.end)

    def segment_index(self, offset: int) -> int:
        return max(bisect_right(self._segment_starts, offset) - 1, 0)

    def segment_at(self, offset: int) -> Segment:
        return self.segments[self.segment_index(offset)]

    def is_punct(self, index: int, marks: frozenset[str]) -> bool:
        """Whether token ``index`` is one of the punctuation ``marks``."""
        return 0 <= index < len(self.tokens) and self.surface(self.tokens[index]) in marks

    # -- cues ----------------------------------------------------------------------------

    def verb_cue(self, index: int) -> tuple[str, int] | None:
        """The cue lemma of the speech verb at token ``index`` and the index of its last token
        (its particle when one follows: ``jelentette ki``), or None."""
        token = self.tokens[index]
        if token.pos not in ("VERB", "AUX") or token.feature("VerbForm") not in ("Fin", "Conv"):
            return None
        if token.feature("Person") in ("1", "2"):
            return None  # the writer or the speaker of a quote talking, not a report
        following = self.tokens[index + 1] if index + 1 < len(self.tokens) else None
        if following is not None and following.pos in ("ADV", "PART", "ADP", "PREVERB"):
            particle = self.surface(following)
            cue = self.cues.verb_cue(token.lemma, particle)
            if cue is not None and cue != token.lemma.casefold():
                return cue, index + 1
        cue = self.cues.verb_cue(token.lemma)
        return (cue, index) if cue is not None else None

    # -- subjects ------------------------------------------------------------------------

    def subject_before(self, index: int) -> Subject | None:
        """The subject printed before the verb at ``index`` in its clause, or None."""
        low = max(index - _MAX_BEFORE, 0)
        j = index
        while j > low:
            j -= 1
            token = self.tokens[j]
            if self._ends_clause(token) or is_finite_verb(token):
                return None
            if token.lemma.casefold() in self.cues.postpositions:
                # "a Reuters beszámolója szerint": a source phrase, not the subject.
                j = self._phrase_before(j)
                continue
            if token.lemma.casefold() in _RELATIVE and j > 0:
                # "Vucsics szerb elnök, aki bejelentette": the relative's antecedent speaks.
                antecedent = self.antecedent(j)
                return Subject(antecedent) if antecedent is not None else None
            mention = self.mention_at(j)
            if mention is not None:
                found = self._as_subject(mention)
                if found is not None:
                    return found
                continue
            found = self._plain_subject(token)
            if found is not None:
                # "Orbán Balázs, a miniszterelnök politikai igazgatója elárulta": the role
                # noun stands in apposition to the name before its comma.
                named = self._apposed_name(j)
                return Subject(named) if named is not None else found
        return None

    def _phrase_before(self, index: int) -> int:
        """The index of the first token of the noun phrase before token ``index``."""
        j = index
        while j > 0 and (
            self.mention_at(j - 1) is not None
            or self.tokens[j - 1].pos in ("NOUN", "PROPN", "DET", "ADJ", "NUM")
        ):
            j -= 1
        return j

    def _apposed_name(self, noun: int) -> Mention | None:
        """The name before the comma that opens the apposition ending at token ``noun``."""
        start = self._phrase_before(noun)
        while start > 0 and self.tokens[start - 1].pos == "CCONJ":
            start = self._phrase_before(start - 1)
        if start < 2 or self.surface(self.tokens[start - 1]) != ",":
            return None
        mention = self.mention_at(start - 2)
        return mention if mention is not None and mention.label in ("PER", "ORG") else None

    def subject_after(self, index: int) -> Subject | None:
        """The subject printed after the verb (or its particle) at ``index``, or None."""
        high = min(index + 1 + _MAX_AFTER, len(self.tokens))
        for j in range(index + 1, high):
            token = self.tokens[j]
            if self._ends_clause(token) or self.surface(token) == "," or is_finite_verb(token):
                return None
            mention = self.mention_at(j)
            if mention is not None:
                found = self._as_subject(mention)
                if found is not None:
                    return found
                continue
            found = self._plain_subject(token)
            if found is not None:
                return found
        return None

    def antecedent(self, relative: int) -> Mention | None:
        """The person or body a relative pronoun (``aki``) at token ``relative`` refers to:
        the name (or the name before its role words) right before its comma."""
        before = relative - 1
        if before >= 0 and self.surface(self.tokens[before]) == ",":
            before -= 1
        return self.named_before(before) if before >= 0 else None

    def named_before(self, index: int) -> Mention | None:
        """The mention ending at token ``index``, or the name before a role apposition
        ending there (``Alekszandr Koc haditudósító``, ``Ali Yerlikaya török
        belügyminiszter``)."""
        mention = self.mention_at(index)
        if mention is not None:
            return mention
        low = max(index - _MAX_APPOSITION, -1)
        for j in range(index, low, -1):
            token = self.tokens[j]
            if token.pos not in ("NOUN", "ADJ", "CCONJ"):
                return None
            before = self.mention_at(j - 1) if j > 0 else None
            if before is not None and before.label == "PER":
                return before
        return None

    def _plain_subject(self, token: Token) -> Subject | None:
        """A subject word that is not a linked mention: a pronoun, or a common noun such as
        ``a kapus`` that names someone the linker does not know."""
        lemma = token.lemma.casefold()
        if token.pos == "PRON" and lemma in _SUBJECT_PRONOUNS and is_nominative(token):
            return Subject(None, pronoun=True)
        if token.pos == "PROPN" and token.feature("Case") == "Nom":
            return Subject(None)  # a name the NER missed or mangled ("Reutersaz"): unknown
        if (
            token.pos == "NOUN"
            and token.feature("Case") == "Nom"
            and lemma not in _TIME_NOUNS
            and lemma not in self.cues.speech_nouns
        ):
            return Subject(None)
        return None

    def _ends_clause(self, token: Token) -> bool:
        return self.surface(token) in _CLAUSE_ENDS or token.lemma.casefold() == "hogy"

    def _last_token(self, mention: Mention) -> Token:
        indices = self.token_range(mention.start, mention.end)
        return self.tokens[indices[-1]] if indices else self.tokens[self.token_after(mention.start)]

    def _as_subject(self, mention: Mention) -> Subject | None:
        """What a mention beside a verb says about its subject: the mention itself when it
        is nominative; an unknown subject when it possesses a nominative noun (``Trump
        szóvivője közölte``: the spokesperson speaks); None (look further) when it is in
        another case or possesses a noun in another case (``a Reuters érdeklődésére Mike
        Quigley``). A noun of saying does not make a possessor (``Zelenszkij elmondása``)."""
        following = self.token_after(mention.end)
        token = self.tokens[following] if following < len(self.tokens) else None
        if (
            token is not None
            and token.pos == "NOUN"
            and token.feature("Number[psor]") is not None
            and token.lemma.casefold() not in self.cues.speech_nouns
        ):
            return Subject(None) if is_nominative(token) else None
        return Subject(mention) if is_nominative(self._last_token(mention)) else None
