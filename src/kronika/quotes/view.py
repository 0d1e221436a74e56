"""An article read for attribution: tokens, sentences, segments and speaker mentions by offset,
and the search for the subject of a cue verb (the NLP model gives no dependency parse, so the
subject is found from word order, case and clause boundaries)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from kronika.kb.index import nil_id
from kronika.lang.hu import ARTICLES, ROLE_VARIANTS
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
# A role apposition after a name has at most this many words ("török belügyminiszter",
# "építési és közlekedési miniszter").
_MAX_APPOSITION = 5
# Nominative nouns that are adverbs of time, not subjects ("Zelenszkij vasárnap közölte").
_TIME_NOUNS = frozenset(
    {"hétfő", "kedd", "szerda", "csütörtök", "péntek", "szombat", "vasárnap", "reggel", "este"}
    | {"délután", "délelőtt", "éjjel", "hét", "nap", "év", "hónap", "ma", "tegnap", "múlt"}
    | {"január", "február", "március", "április", "május", "június", "július", "augusztus"}
    | {"szeptember", "október", "november", "december"}
)
_SUBJECT_PRONOUNS = frozenset({"ő", "ők"})
# A common noun shorter than this ("pap", "fél") is too plain to refer back by name ending.
_MIN_DESCRIBED = 5

_RELATIVE = frozenset({"aki", "akik"})
# Particles between a name and the comma of its relative clause ("Putyin is, aki …").
_PARTICLES = frozenset({"is", "pedig", "viszont", "sem", "szintén", "meg"})
# Word classes a name the NER missed may be tagged with; an adjective ("Magyar", "Nagy") is
# too often the ordinary word to be read as a family name.
_NAME_LIKE_POS = frozenset({"PROPN", "NOUN", "VERB", "X"})
#: The rule of a speaker mention made here for a family name the NER missed.
FAMILY_NAME_RULE = "quotes:family-name"
#: The rule of a speaker mention made here for a description bound to a person named later.
DESCRIBED_RULE = "quotes:described-later"
#: The rule of a speaker mention made here for a name the NER missed entirely.
UNLINKED_NAME_RULE = "quotes:unlinked-name"
# Lower-case text scraping glued to the front of a name: "aBillboard", "–mondtaVance".
_GLUED_PREFIX = re.compile(r"^[a-záéíóöőúüű–-]+(?=[A-ZÁÉÍÓÖŐÚÜŰ])")
# The pieces of a token with a dash, a comma or a quotation mark glued to a word: the word
# runs and the marks one by one. A hyphen inside a word ("Facebook-oldalán") is no glue.
_GLUE_POINTS = re.compile(r"[^\W\d_][\w.-]*(?<![-.])|[–—„”“»«\",:]|[\d.]+|\S")
# A mark glued to a letter or to another mark ("–mondtaa", "közölte,„a", "”–"); "1,5" is
# a number, not glue.
_GLUED = re.compile(r"[^\W\d_][–—„”“»«\",:]|[–—„”“»«\",:][^\W\d_]|[„”“»«\"][–—,:]|[–—,:][„”“»«\"]")
# Endings of a third-person cue verb a glued word may carry ("mondta", "közölte", "írt").
_THIRD_PERSON_ENDINGS = frozenset(
    {"t", "tt", "ott", "ett", "ött", "ta", "te", "tta", "tte", "otta", "ette", "ja", "je", "i"}
)
# A web address standing for an outlet ("raskolam.net", "index.hu").
_WEB_NAME = re.compile(r"[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:hu|com|net|org|eu|info)")
# The third-person possessive endings of a nominative noun ("elnöke", "sajtótitkára").
_OWN_ENDINGS = frozenset({"a", "e", "ja", "je"})
_GLUED_VERB = "Mood=Ind|Number=Sing|Person=3|VerbForm=Fin"


def repaired(text: str, tokens: Iterable[Token], cues: CueLexicon) -> Iterator[Token]:
    """The tokens with the ones scraping glued together split again, for cue matching only
    (the text is unchanged): a dash or a quotation mark glued to a word (``–mondtaa``,
    ``vesztette”–``, ``közölte,„a``) is its own token, and a word glued to one is read as a
    cue verb when its form is one (``mondta``, with a glued article ``a`` split off)."""
    previous: Token | None = None
    for token in tokens:
        surface = text[token.start : token.end]
        glued_role = _glued_subject(surface, token, previous, cues)
        previous = token
        if glued_role is not None:
            # "a kormányfőelárulta": a noun scraping glued to the cue verb after it.
            cut = token.start + glued_role
            yield Token(token.start, cut, surface[:glued_role], "NOUN", "Case=Nom|Number=Sing")
            yield from _glued_word(cut, surface[glued_role:], cues)
            continue
        if not _GLUED.search(surface):
            yield token
            continue
        for piece in _GLUE_POINTS.finditer(surface):
            start = token.start + piece.start()
            form = piece.group()
            if not form[0].isalpha():
                yield Token(start, start + len(form), form, "PUNCT")
                continue
            yield from _glued_word(start, form, cues)


def _glued_subject(
    surface: str, token: Token, previous: Token | None, cues: CueLexicon
) -> int | None:
    """The length of a lower-case noun glued to the third-person cue verb that ends
    ``token`` (``kormányfőelárulta``): tagged as one verb, after an article, which never
    stands before a verb; None otherwise."""
    if (
        token.pos != "VERB"
        or previous is None
        or previous.lemma.casefold() not in ARTICLES
        or not surface.isalpha()
        or not surface.islower()
    ):
        return None
    for length in range(3, len(surface) - 3):
        rest = surface[length:]
        cue = cues.verb_opening(rest)
        if cue is not None and rest[len(cue) :] in _THIRD_PERSON_ENDINGS:
            return length
    return None


def _glued_word(start: int, form: str, cues: CueLexicon) -> Iterator[Token]:
    """A word cut out of a glued token: a third-person cue verb (with an article glued to
    its end split off), else a word the extractor does not react to."""
    for article in ("", "a", "az"):
        stem = form[: len(form) - len(article)]
        if not form.endswith(article) or len(stem) < 3:
            continue
        cue = cues.verb_opening(stem)
        if cue is not None and stem.casefold()[len(cue) :] in _THIRD_PERSON_ENDINGS:
            yield Token(start, start + len(stem), cue, "VERB", _GLUED_VERB)
            if article:
                yield Token(start + len(stem), start + len(form), article, "DET")
            return
    yield Token(start, start + len(form), form, "X")


def is_finite_verb(token: Token) -> bool:
    """A finite verb: the head of a clause."""
    return token.pos in ("VERB", "AUX") and token.feature("VerbForm") == "Fin"


def is_nominative(token: Token) -> bool:
    """Nominative, or with no case at all (foreign names are often left unmarked)."""
    return token.feature("Case") in (None, "Nom")


def can_speak(mention: Mention) -> bool:
    """Whether a mention can name a speaker: a person or an organisation, a place standing
    for its government (``Moszkva közölte``), or a name the linker tied to an earlier person
    although the NER labelled it otherwise."""
    if mention.label in ("PER", "ORG"):
        return True
    rule = mention.rule or ""
    if rule == "coref":
        return True  # the linker follows only people: "Várkonyi" tagged LOC is the person
    return mention.label == "LOC" and rule.startswith("metonymy:")


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
        self.tokens = tuple(
            repaired(self.text, sorted(article.tokens, key=lambda t: t.start), cues)
        )
        self._token_starts = [t.start for t in self.tokens]
        self.sentences = tuple(sorted(article.sentences, key=lambda s: s.start))
        self._sentence_starts = [s.start for s in self.sentences]
        self.segments = tuple(
            s for s in sorted(article.segments, key=lambda s: s.start) if s.kind in CONTENT_KINDS
        ) or (Segment(SegmentKind.PARAGRAPH, 0, len(article.text)),)
        self._segment_starts = [s.start for s in self.segments]
        # Tokens any mention touches (a name the linker trimmed still covers its token).
        self._named_tokens = {
            index for m in article.mentions for index in self._touching(m.start, m.end)
        }
        speakers = sorted(
            [*(m for m in article.mentions if can_speak(m)), *self._web_names()],
            key=lambda m: m.start,
        )
        self._speakers = speakers
        # Names the NER took for a work (MISC), by where they start: one speaks only as the
        # subject of a cue verb (see _named_thing and _latest_body).
        self._things = {m.start: m for m in article.mentions if m.label == "MISC" and m.entity_id}
        self._bodies = sorted([*speakers, *self._things.values()], key=lambda m: m.start)
        self._mention_of_token: dict[int, Mention] = {}
        self._by_family_name: dict[str, list[Mention]] = {}
        # Offsets of company and outlet nouns being bound (see _latest_body).
        self._binding: set[int] = set()
        for mention in speakers:
            for index in self._touching(mention.start, mention.end):
                self._mention_of_token.setdefault(index, mention)
            words = self.text[mention.start : mention.end].split()
            if mention.label == "PER" and len(words) > 1 and mention.entity_id:
                self._by_family_name.setdefault(words[-1], []).append(mention)

    def _web_names(self) -> list[Mention]:
        """Outlets printed as their web address (``írja a raskolam.net``), which the NER
        does not take for names: organisations with the local id an unknown name gets."""
        found = []
        for index, token in enumerate(self.tokens):
            name = self.surface(token)
            if index in self._named_tokens or not _WEB_NAME.fullmatch(name):
                continue
            mention = Mention(token.start, token.end, "ORG", name, rule=UNLINKED_NAME_RULE)
            found.append(replace(mention, entity_id=nil_id(self.article, mention)))
        return found

    # -- lookups -------------------------------------------------------------------------

    def surface(self, token: Token) -> str:
        return self.text[token.start : token.end]

    def token_range(self, start: int, end: int) -> range:
        """Indices of the tokens that start inside ``[start, end)``."""
        return range(bisect_left(self._token_starts, start), bisect_left(self._token_starts, end))

    def _touching(self, start: int, end: int) -> range:
        """Indices of the tokens that overlap ``[start, end)``: a mention the linker cut out
        of a glued token (``Billboard`` in ``aBillboard``) still names that token."""
        first = self.token_after(start)
        if first > 0 and self.tokens[first - 1].end > start:
            first -= 1
        return range(first, self.token_after(end))

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
        surface = self.surface(token)
        # The tagger takes an unknown foreign name for anything ("Vučić" as a verb), so a
        # capitalised word that repeats a person's family name is that person.
        if token.pos not in _NAME_LIKE_POS or not surface[:1].isupper():
            return None
        keys = {surface, token.lemma}
        # Scraped pages glue the next word's article on: "Vanceaz UnHerdnek".
        keys.update(surface[: -len(glue)] for glue in ARTICLES if surface.endswith(glue))
        named = [m for key in keys for m in self._by_family_name.get(key, ())]
        # The nearest earlier full name, or in a headline or lede that names the person in
        # full only later, the first later one.
        earlier = [m for m in named if m.end <= token.start] or sorted(
            named, key=lambda m: m.start
        )[:1]
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
        if cue is None and token.lemma == self.surface(token):
            # The lemmatizer left the form as it is (a capitalised, sentence-opening
            # "Megerősítette"): the longest cue verb the form starts with.
            cue = self.cues.verb_opening(token.lemma)
        return (cue, index) if cue is not None else None

    # -- subjects ------------------------------------------------------------------------

    def subject_before(self, index: int) -> Subject | None:
        """The subject printed before the verb at ``index`` in its clause, or None."""
        # Not past the start of the verb's sentence: a headline before it has its own verb.
        first = self.token_after(self.sentence_at(self.tokens[index].start).start)
        low = max(index - _MAX_BEFORE, first)
        j = index
        # An owned noun in an oblique case passed on the way back (``megjegyzéseitől``):
        # the next common noun before it is its owner, not the subject (``az elnök Grönland
        # annektálásával kapcsolatos megjegyzéseitől``).
        owned = False
        while j > low:
            j -= 1
            token = self.tokens[j]
            mention = self.mention_at(j)
            if mention is None and (self._ends_clause(token) or is_finite_verb(token)):
                return None
            if (
                mention is None
                and token.pos == "NOUN"
                and token.feature("Number[psor]") is not None
                and not is_nominative(token)
            ):
                owned = True
                continue
            if token.pos == "ADP" or token.lemma.casefold() in self.cues.postpositions:
                # "a Reuters beszámolója szerint", "a beszéd kiszivárgása után": the phrase
                # of a postposition is a source or an adverbial, not the subject.
                j = self._phrase_before(j)
                continue
            if owned and token.pos == "NOUN":
                # (Named or not: ``az elnök`` links to the president it stands for.)
                owned = False
                continue
            if token.lemma.casefold() in _RELATIVE and j > 0:
                # "Vucsics szerb elnök, aki bejelentette": the relative's antecedent speaks.
                antecedent = self.antecedent(j)
                return Subject(antecedent) if antecedent is not None else None
            if mention is not None:
                found = self.as_subject(mention)
                if found is not None:
                    return found
                continue
            if self._owns_oblique(j):
                continue  # "a kormány piaci beavatkozásainak": a possessor, not the subject
            found = self._plain_subject(j)
            if found is not None:
                # "Kovács Béla, a miniszter politikai tanácsadója elárulta", "Marco
                # Rubio külügyminiszter azt mondta": the role noun stands in apposition to
                # the name before it.
                named = self.apposed_name(j) or self._name_before_role(j)
                if named is None and found.mention is None:
                    named = self._relative_antecedent(j, index)
                return Subject(named) if named is not None else found
        return None

    def _relative_antecedent(self, noun: int, verb: int) -> Mention | None:
        """The antecedent of the relative clause holding the noun at token ``noun`` when a
        comma closes that clause before the verb at ``verb`` (``Mádl Ferenc, aki … volt
        köztársasági elnök, úgy gondolta``: Mádl is the subject, not ``elnök``)."""
        if not any(self.is_punct(k, frozenset({","})) for k in range(noun + 1, verb)):
            return None
        first = self.token_after(self.sentence_at(self.tokens[noun].start).start)
        for k in range(noun - 1, max(noun - _MAX_BEFORE, first - 1), -1):
            token = self.tokens[k]
            if self._ends_clause(token) or self.is_punct(k, frozenset({","})):
                return None
            if token.lemma.casefold() in _RELATIVE:
                return self.antecedent(k)
        return None

    def _owns_oblique(self, index: int) -> bool:
        """Whether the word at token ``index`` possesses a noun in a case other than the
        nominative (``a kormány piaci beavatkozásainak``), so is no subject."""
        following = index + 1
        while following < len(self.tokens) and self.tokens[following].pos == "ADJ":
            following += 1
        if following >= len(self.tokens):
            return False
        token = self.tokens[following]
        return (
            token.pos == "NOUN"
            and token.feature("Number[psor]") is not None
            and not is_nominative(token)
        )

    def _name_before_role(self, noun: int) -> Mention | None:
        """The person named right before the role words ending at token ``noun`` (``Nagy
        Márton nemzetgazdasági miniszter``), when the noun is nominative and unpossessed."""
        token = self.tokens[noun]
        if token.pos != "NOUN" or token.feature("Number[psor]") is not None or noun == 0:
            return None
        mention = self.named_before(noun)
        return mention if mention is not None and mention.label == "PER" else None

    def _phrase_before(self, index: int) -> int:
        """The index of the first token of the noun phrase before token ``index``."""
        j = index
        while j > 0 and (
            self.mention_at(j - 1) is not None
            or self.tokens[j - 1].pos in ("NOUN", "PROPN", "DET", "ADJ", "NUM")
        ):
            j -= 1
        return j

    def apposed_name(self, noun: int) -> Mention | None:
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
        j = index
        while j + 1 < high:
            j += 1
            token = self.tokens[j]
            if self._ends_clause(token) or self.surface(token) == "," or is_finite_verb(token):
                return None
            mention = self.mention_at(j)
            source_end = self._source_phrase_end(j)
            if source_end is not None:
                # "– mondta a CNN beszámolója szerint J. D. Vance": a source phrase between
                # the verb and its subject.
                j = source_end
                continue
            if mention is not None:
                found = self.as_subject(mention)
                if found is not None:
                    return found
                continue
            if self._postposition_after(j):
                continue  # "a miniszter által": the agent of a participle, not the subject
            found = self._plain_subject(j)
            if found is not None:
                return found
        return None

    def quoted_person(self, index: int) -> Subject:
        """The person a verb of quoting at token ``index`` quotes: its object after it in its
        clause (``– idézte a Reuters XIV. Leó pápát``), in the accusative by its last word or
        by the role noun after it; unknown when no person is its object."""
        high = min(index + 1 + _MAX_AFTER, len(self.tokens))
        for j in range(index + 1, high):
            token = self.tokens[j]
            if self._ends_clause(token) or self.surface(token) == "," or is_finite_verb(token):
                break
            mention = self.mention_at(j)
            if mention is None or mention.label != "PER":
                continue
            following = self.token_after(mention.end)
            cases = [self._last_token(mention).feature("Case")]
            if following < len(self.tokens) and self.tokens[following].pos == "NOUN":
                cases.append(self.tokens[following].feature("Case"))
            if "Acc" in cases:
                return Subject(mention)
        return Subject(None)

    def _source_phrase_end(self, index: int) -> int | None:
        """The index of ``szerint`` when the name at token ``index`` opens a source phrase
        (``a CNN szerint``, ``a CNN beszámolója szerint``), else None."""
        mention = self.mention_at(index)
        if mention is None:
            return None
        following = self.token_after(mention.end)
        if following <= index:
            following = index + 1
        if (
            following < len(self.tokens)
            and self.tokens[following].lemma.casefold() in self.cues.speech_nouns
            and self.tokens[following].feature("Number[psor]") is not None
        ):
            following += 1
        if (
            following < len(self.tokens)
            and self.tokens[following].lemma.casefold() in self.cues.postpositions
        ):
            return following
        return None

    def is_source(self, index: int) -> bool:
        """Whether the word at token ``index`` stands before an attributing postposition
        (``Vučić szerint``)."""
        following = index + 1
        return (
            following < len(self.tokens)
            and self.tokens[following].lemma.casefold() in self.cues.postpositions
        )

    def _postposition_after(self, index: int) -> bool:
        following = index + 1
        return following < len(self.tokens) and self.tokens[following].pos == "ADP"

    def antecedent(self, relative: int) -> Mention | None:
        """The person or body a relative pronoun (``aki``) at token ``relative`` refers to:
        the name (or the name before its role words) right before its comma."""
        before = relative - 1
        if before >= 0 and self.surface(self.tokens[before]) == ",":
            before -= 1
        while before > 0 and self.tokens[before].lemma.casefold() in _PARTICLES:
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

    def _plain_subject(self, index: int) -> Subject | None:
        """A subject word that is not a linked mention: a pronoun, a name the NER missed, or a
        common noun such as ``a kapus`` that names someone the linker does not know."""
        token = self.tokens[index]
        lemma = token.lemma.casefold()
        if token.pos == "PRON" and lemma in _SUBJECT_PRONOUNS and is_nominative(token):
            return Subject(None, pronoun=True)
        if token.pos == "PROPN" and token.feature("Case") == "Nom":
            return Subject(self._unlinked_name(index) or self._named_thing(index))
        if token.pos == "ADJ" and token.feature("Case") == "Nom" and not self._modifies(index):
            # "a kormányszóvivő kedden": a role noun the tagger took for an adjective names
            # the person the article binds it to; else it is an adjective, not the subject.
            described = self._described(index)
            return Subject(described) if described is not None else None
        if token.pos == "NUM" and self._names_body(index):
            return Subject(self._unlinked_name(index))  # "– kérdezte a 444"
        if (
            token.pos == "NOUN"
            and token.feature("Case") == "Nom"
            and lemma not in _TIME_NOUNS
            and not lemma[:1].isdigit()  # "december 19-én": a date
            and lemma not in self.cues.speech_nouns
        ):
            return Subject(self._described(index))
        return None

    def _modifies(self, index: int) -> bool:
        """Whether the adjective at token ``index`` modifies a nominative word after it."""
        following = index + 1
        if following >= len(self.tokens):
            return False
        token = self.tokens[following]
        return token.pos in ("NOUN", "PROPN", "ADJ", "NUM") and is_nominative(token)

    def _names_body(self, index: int) -> bool:
        """Whether the number at token ``index`` is a name (``a 444``, an outlet): after a
        definite article, with nothing after it in its clause that it could count."""
        if index == 0 or self.tokens[index - 1].lemma.casefold() not in ARTICLES:
            return False
        following = index + 1
        return following >= len(self.tokens) or self.tokens[following].pos == "PUNCT"

    def _described(self, noun: int) -> Mention | None:
        """Who a definite common noun (``a hivatal``, ``a miniszter``) refers back to: the
        latest earlier organisation whose name ends in it (``Gazdasági Versenyhivatal``), or
        the latest earlier person the article gave it as a role (``Nagy Márton
        nemzetgazdasági miniszter``); None when the article bound it to nothing."""
        token = self.tokens[noun]
        lemma = token.lemma.casefold()
        if (
            noun == 0
            or token.feature("Number") == "Plur"
            or token.feature("Number[psor]") is not None
            or not self._definite(noun)
        ):
            return None
        if any(lemma.endswith(body) for body in self.cues.body_nouns):
            return self._latest_body(token.start)
        if len(lemma) < _MIN_DESCRIBED:
            return None
        later: dict[str, Mention] = {}
        for mention in reversed(self._speakers):
            given = (
                mention.label == "PER"
                and mention.entity_id is not None
                and self._role_after(mention, lemma)
            )
            if mention.end > token.start:
                if given and mention.entity_id is not None:
                    later[mention.entity_id] = mention
                continue
            words = self.text[mention.start : mention.end].split()
            if mention.label == "ORG" and words and words[-1].casefold().endswith(lemma):
                return mention
            if given:
                return mention
        # An interview may say "a miniszter" before it names "Nagy Márton nemzetgazdasági
        # miniszter": the one person the article gives the role later (also by a name the
        # NER missed but mention_at knows, as in a photo caption glued to the text).
        for index in range(noun + 1, len(self.tokens)):
            if self.tokens[index].lemma.casefold() != lemma:
                continue
            named = self.named_before(index - 1) if index > 0 else None
            if named is not None and named.label == "PER" and named.entity_id is not None:
                later.setdefault(named.entity_id, named)
        if len(later) == 1:
            (mention,) = later.values()
            return replace(mention, start=token.start, end=token.end, rule=DESCRIBED_RULE)
        return None

    def _latest_body(self, offset: int) -> Mention | None:
        """The organisation a company or outlet noun (``az olajipari társaság``, ``a brit
        hírügynökség``, ``a portál``) before ``offset`` refers back to: the latest one the
        article has speak, as the source of a statement (``a Reuters szerint``) or the
        subject of a cue verb (``Nem cáfolta a Mol``); a body named in passing (``a Nis
        eladásáról``, ``a NATO tagállamok``, a photo credit) is not it."""
        if offset in self._binding:
            return None  # asked again while deciding whether a body speaks: it does not
        self._binding.add(offset)
        try:
            # (A name the NER took for a work, ``a Der Standard``, is a body once it is the
            # subject of a cue verb, not as a place things appear on: ``a Facebookon``.)
            for mention in reversed(self._bodies):
                if mention.end > offset or mention.label == "PER":
                    continue
                if mention.label == "MISC" and not can_speak(mention):
                    if self._speaks(mention):
                        return mention
                    continue
                indices = self._touching(mention.start, mention.end)
                if not indices:
                    continue
                first, last = indices[0], indices[-1]
                if self._source_phrase_end(first) is not None or self.is_source(last):
                    return mention
                if self._speaks(mention):
                    return mention
            return None
        finally:
            self._binding.discard(offset)

    def _speaks(self, mention: Mention) -> bool:
        """Whether ``mention`` is the subject of a cue verb in its sentence."""
        sentence = self.sentence_at(mention.start)
        for index in self.token_range(sentence.start, sentence.end):
            found = self.verb_cue(index)
            if found is None:
                continue
            # A verb after a comma or a dash attributes what came before: its subject follows.
            trailing = index > 0 and self.surface(self.tokens[index - 1]) in {",", *DASHES}
            before = None if trailing else self.subject_before(index)
            subject = before or self.subject_after(found[1])
            if (
                subject is not None
                and subject.mention is not None
                and subject.mention.start == mention.start
            ):
                return True
        return False

    def _definite(self, noun: int) -> bool:
        """Whether the noun phrase ending at token ``noun`` opens with a definite article."""
        j = noun - 1
        while j > 0 and self.tokens[j].pos == "ADJ":
            j -= 1
        return self.tokens[j].lemma.casefold() in ("a", "az")

    def _role_after(self, mention: Mention, lemma: str) -> bool:
        """Whether the role words right after a name end in ``lemma`` (``Nagy Márton
        nemzetgazdasági miniszter`` for ``miniszter``), or in a role the press names by it
        for variety (``XIV. Leó pápa`` for ``egyházfő``, ``Orbán Viktor miniszterelnök`` for
        ``kormányfő``)."""
        roles = (lemma, *ROLE_VARIANTS.get(lemma, ()))
        j = self.token_after(mention.end)
        for token in self.tokens[j : j + _MAX_APPOSITION]:
            if token.pos == "NOUN":
                return token.lemma.casefold().endswith(roles)
            if token.pos not in ("ADJ", "CCONJ"):
                return False
        return False

    def _named_thing(self, index: int) -> Mention | None:
        """The MISC mention opening at token ``index`` and ending its phrase (``– állapította
        meg a Der Standard.``): a name the NER took for a work or an event, which as the
        nominative subject of a verb of saying is the outlet or body that speaks."""
        mention = self._things.get(self.tokens[index].start)
        if mention is None:
            return None
        following = self.token_after(mention.end)
        if following < len(self.tokens) and self.tokens[following].pos != "PUNCT":
            # ``Facebook-bejegyzést tett közzé``: a name before a noun names a kind.
            return None
        return mention

    def _unlinked_name(self, index: int) -> Mention | None:
        """A speaker mention for a proper noun no mention covers (``– írta aBillboard``): the
        name as printed, without a lower-case word glued to its front, with the local id an
        unknown name gets from the linker. None (unknown) for a word another mention covers
        (a place, a work) or with nothing left after the glue."""
        if index in self._named_tokens:
            return None
        token = self.tokens[index]
        surface = self.surface(token)
        glued = _GLUED_PREFIX.match(surface)
        start = token.start + (glued.end() if glued else 0)
        name = self.text[start : token.end].strip(".,;:")
        if len(name) < 2 or not (name[:1].isupper() or name.isdigit()):
            return None
        mention = Mention(start, start + len(name), "MISC", name, rule=UNLINKED_NAME_RULE)
        return replace(mention, entity_id=nil_id(self.article, mention))

    def _ends_clause(self, token: Token) -> bool:
        return self.surface(token) in _CLAUSE_ENDS or token.lemma.casefold() == "hogy"

    def _last_token(self, mention: Mention) -> Token:
        indices = self.token_range(mention.start, mention.end)
        return self.tokens[indices[-1]] if indices else self.tokens[self.token_after(mention.start)]

    def _past_parenthesis(self, index: int) -> int:
        """The index after a short parenthesis opening at token ``index`` (an acronym or a
        gloss after a name), else ``index``."""
        if not self.is_punct(index, frozenset({"("})):
            return index
        for j in range(index + 1, min(index + _MAX_APPOSITION + 2, len(self.tokens))):
            if self.is_punct(j, frozenset({")"})):
                return j + 1
        return index

    def as_subject(self, mention: Mention) -> Subject | None:
        """What a mention beside a verb says about its subject: the mention itself when it
        is nominative; an unknown subject when it possesses a nominative noun (``Trump
        szóvivője közölte``: the spokesperson speaks); None (look further) when it is in
        another case or possesses a noun in another case (``a Reuters érdeklődésére Mike
        Quigley``). A noun of saying does not make a possessor (``Zelenszkij elmondása``)."""
        following = self.token_after(mention.end)
        following = self._past_parenthesis(following)  # "Szerb Kőolajipari Vállalat (Nis)"
        while following < len(self.tokens) and self.tokens[following].pos == "ADJ":
            following += 1  # "Gyurcsány Ferenc őszödi beszéde"
        token = self.tokens[following] if following < len(self.tokens) else None
        if (
            token is not None
            and token.pos == "NOUN"
            and token.feature("Number[psor]") is not None
            and token.lemma.casefold() not in self.cues.speech_nouns
        ):
            if not is_nominative(token):
                return None
            # "a Tisza Párt elnöke": the linker may have resolved the role it owns.
            owned = self._mention_of_token.get(following)
            return Subject(owned) if owned is not None and owned is not mention else Subject(None)
        last = self._last_token(mention)
        if (
            token is not None
            and token.pos == "ADP"
            and following == self.token_after(mention.end)
            and last.end <= mention.end  # "a Reutersaz alapján": the glued "az" governs it
        ):
            return None  # "Kijev számára", "Trump után": not the subject
        return Subject(mention) if is_nominative(last) or self._possessed_role(mention) else None

    def _possessed_role(self, mention: Mention) -> bool:
        """Whether a role description ends in its noun with a bare possessive ending (``a
        Kreml sajtótitkára``): nominative, whatever case the tagger read into the ending."""
        noun = (mention.lemma or "").split()[-1:] or [""]
        form = self.text[mention.start : mention.end].split()[-1:] or [""]
        ending = form[0].casefold().removeprefix(noun[0].casefold())
        return mention.rule == "role" and ending != form[0].casefold() and ending in _OWN_ENDINGS
