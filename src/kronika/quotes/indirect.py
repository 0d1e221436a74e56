"""Indirect and attributed statements: ``X közölte, hogy …``, ``X arról beszélt, hogy …``,
``X szerint …``, ``X elmondása szerint …``, ``a TASZSZ-ra hivatkozva``, ``…, jelentette ki
X.``; the statement is the clause the cue governs, to the end of the sentence."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from kronika.quotes.candidate import Candidate, trimmed
from kronika.quotes.view import DASHES, ArticleView, Subject, is_finite_verb
from kronika.types import QuoteKind, Sentence

# A `hogy` clause or a colon follows its verb within this many tokens ("azt is közölte, hogy").
_MAX_TO_CLAUSE = 8
# "Szerinte" and "szerintük" point back to someone; "szerintem" is the writer or the speaker
# of a quote, already attributed.
_THIRD_PERSON = frozenset({"szerinte", "szerintük"})
_PLURAL = frozenset({"szerintük"})
# At most this many words before a cue still count as the sentence's opening ("Korábban
# Zelenszkij szerint …"): the statement follows the cue.
_MAX_HEAD_WORDS = 3
_SENTENCE_ENDS = frozenset({".", "!", "?", "…"})
_MARKS = frozenset('„“”»«"')


def find_indirect(view: ArticleView, quoted: Sequence[tuple[int, int]]) -> Iterator[Candidate]:
    """Every indirect statement whose cue is not itself inside a direct quote (``quoted``)."""
    for index, token in enumerate(view.tokens):
        if any(start <= token.start < end for start, end in quoted):
            continue
        lemma = token.lemma.casefold()
        verb = view.verb_cue(index)
        if verb is not None and token.feature("VerbForm") in ("Fin", "Conv"):
            found = _verb_statement(view, index, *verb)
        elif lemma in view.cues.postpositions:
            found = _nominal_statement(view, index)
        elif lemma in view.cues.referrals and token.feature("VerbForm") == "Conv":
            found = _referral_statement(view, index)
        else:
            found = None
        if found is not None and not _impersonal(view, index, found):
            yield found


def _verb_statement(view: ArticleView, index: int, cue: str, last: int) -> Candidate | None:
    """``X közölte, hogy S`` / ``X közölte: S`` (S to the sentence end)."""
    tokens = view.tokens
    for j in range(last + 1, min(last + 1 + _MAX_TO_CLAUSE, len(tokens) - 1)):
        surface = view.surface(tokens[j])
        following = tokens[j + 1]
        if surface == "," and following.lemma.casefold() == "hogy":
            opens, form = following.end, "indirect.verb.hogy"
        elif surface == "," and _reported_clause(view, index, j + 1):
            opens, form = tokens[j].end, "indirect.verb.clause"
        elif surface == ":" and view.surface(following) not in _MARKS:
            opens, form = tokens[j].end, "indirect.verb.colon"
        elif surface in _SENTENCE_ENDS or surface in _MARKS or is_finite_verb(tokens[j]):
            return None
        else:
            continue
        sentence = view.sentence_at(tokens[index].start)
        close = _attribution_after(view, opens, max(sentence.end, opens))
        start, end = trimmed(view.text, opens, close, final=True)
        if end <= start:
            return None
        subject = view.subject_before(index) or view.subject_after(last)
        return Candidate(
            start,
            end,
            QuoteKind.INDIRECT,
            cue,
            tokens[index].start,
            tokens[last].end,
            subject,
            form,
        )
    return None


def _attribution_after(view: ArticleView, start: int, end: int) -> int:
    """Where a reported clause in ``[start, end)`` stops: before a dash and cue verb that
    attribute it again (``… – írta a Hírlap``, the outlet relaying it); once it has a verb
    of its own, before a comma that opens a clause with a source of its own (``…, a Reuters
    szerint …``, ``…, de szerinte …``: what follows is that source's), a cue verb
    (``…, hozzátette …``) or a quotation (``… – „így jön ki …”``); else at ``end``."""
    tokens = view.tokens
    has_verb = False
    for j in view.token_range(start, end):
        surface = view.surface(tokens[j])
        following = j + 1 < len(tokens)
        if surface in DASHES and following and view.verb_cue(j + 1) is not None:
            return tokens[j].start
        if (surface == "," or surface in DASHES) and has_verb and following:
            nxt = tokens[j + 1]
            if (
                _opens_source(view, j + 1)
                or view.surface(nxt) in _OPENING
                or (view.verb_cue(j + 1) is not None and is_finite_verb(nxt))
            ):
                return tokens[j].start
        has_verb = has_verb or is_finite_verb(tokens[j])
    return end


_OPENING = frozenset("„»")


# Conjunctions that may open a clause before its source phrase ("…, de szerinte …").
_LINKS = frozenset({"de", "ám", "és", "s", "viszont", "pedig", "azonban", "míg", "ugyanakkor"})
# A source phrase opening a clause has at most this many words before its "szerint".
_MAX_SOURCE_WORDS = 6


def _opens_source(view: ArticleView, first: int) -> bool:
    """Whether the clause from token ``first`` (after a comma) opens with a source phrase
    (``a Reuters szerint``, ``de szerinte``, ``Kovács elmondása szerint``) followed by what
    the source says; not a parenthetical one closed by a comma (``…, Kovács szerint, …``)."""
    tokens = view.tokens
    j = first
    while j < len(tokens) and tokens[j].lemma.casefold() in _LINKS:
        j += 1
    for k in range(j, min(j + _MAX_SOURCE_WORDS + 1, len(tokens) - 1)):
        token = tokens[k]
        if token.pos == "PUNCT" or is_finite_verb(token):
            return False
        if token.lemma.casefold() not in view.cues.postpositions:
            continue
        surface = view.surface(token).casefold()
        if surface != token.lemma.casefold():
            named = surface in _THIRD_PERSON
        else:
            source = _source_before(view, k)
            named = source is not None and source[1] >= tokens[j].start
        return named and tokens[k + 1].pos != "PUNCT"
    return False


def _nominal_statement(view: ArticleView, index: int) -> Candidate | None:
    """``X szerint …``, ``X elmondása szerint …``, ``szerinte …``, ``a lap szerint …``."""
    token = view.tokens[index]
    surface = view.surface(token).casefold()
    cue = token.lemma.casefold()
    subject: Subject | None
    if surface != cue:
        if surface not in _THIRD_PERSON:
            return None
        # "szerinte" continues the person in context; "szerintük" points to a group, which
        # no single earlier speaker is: unknown.
        subject = Subject(None) if surface in _PLURAL else None
        phrase = token.start
    else:
        source = _source_before(view, index)
        if source is None:
            return None
        subject, phrase = source
    span = _clause_span(view, phrase, token.end)
    if span is None:
        return None
    return Candidate(
        *span, QuoteKind.INDIRECT, cue, token.start, token.end, subject, "indirect.nominal"
    )


def _source_before(view: ArticleView, index: int) -> tuple[Subject | None, int] | None:
    """Who stands before ``szerint``/``hivatkozva``: a mention, the possessor of a noun of
    saying (``elmondása``: printed, or None to find in the context), or a source noun naming
    nobody (``a lap``); with where that phrase starts. None when the phrase names no source
    (``a terv szerint``)."""
    if index == 0:
        return None
    previous = index - 1
    if view.tokens[previous].lemma.casefold() in ("aki", "akik"):
        antecedent = view.antecedent(previous)  # "…, aki szerint …"
        return Subject(antecedent), view.tokens[previous].start
    mention = view.named_before(previous)
    if mention is not None:
        return Subject(mention), _with_determiner(view, mention.start)
    noun = view.tokens[previous]
    lemma = noun.lemma.casefold()
    if lemma in view.cues.speech_nouns and noun.feature("Number[psor]") is not None:
        owner = view.named_before(previous - 1) if previous > 0 else None
        if owner is None and previous > 0:
            # "Robert Potts, a terrorelhárításért felelős rendőrfőnök szavai szerint".
            owner = view.apposed_name(previous - 1)
        if owner is not None:
            return Subject(owner), _with_determiner(view, owner.start)
        before = view.tokens[previous - 1] if previous > 0 else None
        if before is not None and before.pos == "NOUN":
            return Subject(None), _phrase_start(view, previous - 1)
        return None, _phrase_start(view, previous)
    if lemma in view.cues.source_nouns:
        return Subject(None), _phrase_start(view, previous)
    return None


def _phrase_start(view: ArticleView, index: int) -> int:
    """The start of the noun phrase ending at token ``index`` (its adjectives and article),
    within its paragraph."""
    low = view.segment_at(view.tokens[index].start).start
    while (
        index > 0
        and view.tokens[index - 1].pos in ("ADJ", "DET", "NUM")
        and view.tokens[index - 1].start >= low
    ):
        index -= 1
    return view.tokens[index].start


def _with_determiner(view: ArticleView, start: int) -> int:
    index = view.token_after(start)
    return _phrase_start(view, index)


def _referral_statement(view: ArticleView, index: int) -> Candidate | None:
    """``… a TASZSZ-ra hivatkozva …``: the statement is attributed to the source."""
    source = _source_before(view, index)
    if source is None:
        return None
    subject, phrase = source
    if subject is None:
        return None
    token = view.tokens[index]
    span = _clause_span(view, phrase, token.end)
    if span is None:
        return None
    return Candidate(
        *span,
        QuoteKind.INDIRECT,
        token.lemma.casefold(),
        token.start,
        token.end,
        subject,
        "indirect.referral",
    )


def _clause_span(view: ArticleView, phrase: int, cue_end: int) -> tuple[int, int] | None:
    """What a source phrase ``[phrase, cue_end)`` governs in its sentence: the rest of the
    sentence when the phrase opens it, the part before when it closes it, else all of it; a
    ``hogy`` clause or a colon later in the sentence when the phrase leads into one. A phrase
    opening a clause inside the sentence (``…, a Reuters szerint …``; ``az alapján, hogy a
    forrásuk szerint …``) opens the statement as if it opened the sentence; one opening a
    concessive clause (``Bár Trump szerint …, …``) governs that clause only. The statement
    stops before another source or attribution (see :func:`_attribution_after`)."""
    text = view.text
    sentence = view.sentence_at(phrase)
    segment = view.segment_at(phrase)  # a sentence the splitter ran over a headline
    sentence = Sentence(max(sentence.start, segment.start), min(sentence.end, segment.end))
    opening = _clause_opening(view, sentence.start, phrase)
    if opening != sentence.start and not any(
        is_finite_verb(view.tokens[i])
        for i in view.token_range(cue_end, _attribution_after(view, cue_end, sentence.end))
    ):
        # "…, a Reuters szerint a Mol tárgyalása kapcsán": no clause of its own.
        opening = sentence.start
    limit = _MAX_HEAD_WORDS if opening == sentence.start else _MAX_SOURCE_WORDS
    head = view.token_range(opening, phrase)
    tail = view.token_range(cue_end, sentence.end)
    head_words = [i for i in head if view.tokens[i].pos != "PUNCT"]
    tail_words = [i for i in tail if view.tokens[i].pos != "PUNCT"]
    opens_sentence = len(head_words) <= limit and not any(
        is_finite_verb(view.tokens[i]) for i in head_words
    )
    close = _attribution_after(view, cue_end, sentence.end)
    if opens_sentence and head_words and _concedes(view, head_words[0]):
        close = concession_end(view, cue_end, close)
    for j in tail:
        token = view.tokens[j]
        if token.start >= close or is_finite_verb(token):
            break
        if view.surface(token) == ":" or token.lemma.casefold() == "hogy":
            if opens_sentence and j - tail.start <= _MAX_TO_CLAUSE:
                start, end = trimmed(text, token.end, close, final=True)
                return (start, end) if end > start else None
            break
    if opens_sentence and any(view.tokens[i].start < close for i in tail_words):
        start, end = trimmed(text, cue_end, close, final=True)
    elif not tail_words and head_words:
        start, end = trimmed(text, sentence.start, phrase, final=True)
    else:
        start, end = trimmed(text, sentence.start, sentence.end, final=True)
    return (start, end) if end > start else None


# Conjunctions opening a concessive clause before the main one ("Bár …, …").
CONCESSIVE = frozenset({"bár", "habár", "noha", "jóllehet", "ámbár", "ámde"})


def _clause_opening(view: ArticleView, low: int, phrase: int) -> int:
    """Where the clause holding a source phrase at offset ``phrase`` opens: after a comma
    (and a conjunction) right before it (``…, de szerinte``), after a ``hogy`` a few words
    before it with no verb between (``az alapján, hogy hat, a jelentéseket ismerő forrásuk
    szerint``); else at ``low``, the sentence start, as for a parenthesis closed by a comma
    after its ``szerint`` (``…, Kovács szerint, …``). Not after the comma of a dash
    attribution (``– mondta X kedden, a Reuters szerint …``): that source relays it (but
    ``– mondta X, aki szerint …`` opens a statement of its own)."""
    first = view.token_after(phrase)
    if _ends_parenthesis(view, first):
        return low  # "…, hogy a cég, a Hírlap szerint, csődbe megy": an aside
    relative = view.tokens[first].lemma.casefold() in ("aki", "akik")
    if not relative and any(
        view.surface(view.tokens[k]) in DASHES and view.verb_cue(k + 1) is not None
        for k in view.token_range(low, phrase)
        if k + 1 < len(view.tokens)
    ):
        return low
    j = first - 1
    while j >= 0 and view.tokens[j].start >= low and view.tokens[j].lemma.casefold() in _LINKS:
        j -= 1
    if j >= 0 and view.tokens[j].start >= low and view.surface(view.tokens[j]) == ",":
        return view.tokens[j].end
    for k in range(first - 1, max(first - 2 - _MAX_SOURCE_WORDS, -1), -1):
        token = view.tokens[k]
        if token.start < low or is_finite_verb(token) or view.surface(token) in _SENTENCE_ENDS:
            break
        if token.lemma.casefold() == "hogy":
            return token.end
    return low


def _ends_parenthesis(view: ArticleView, first: int) -> bool:
    """Whether the source phrase from token ``first`` is closed by a comma right after its
    ``szerint`` (``…, Kovács szerint, …``): a parenthesis, not a clause opening."""
    for k in range(first, min(first + _MAX_SOURCE_WORDS + 1, len(view.tokens) - 1)):
        if view.tokens[k].lemma.casefold() in view.cues.postpositions:
            return view.tokens[k + 1].pos == "PUNCT"
    return False


def _concedes(view: ArticleView, index: int) -> bool:
    return view.surface(view.tokens[index]).casefold() in CONCESSIVE


def concession_end(view: ArticleView, start: int, end: int) -> int:
    """Where a concessive clause from offset ``start`` ends: at the first comma after its
    verb (``Bár Trump szerint Putyin békére vágyik, …``); ``end`` when none comes first."""
    seen_verb = False
    for j in view.token_range(start, end):
        token = view.tokens[j]
        if is_finite_verb(token):
            seen_verb = True
        elif seen_verb and view.surface(token) == ",":
            return token.start
    return end


def _impersonal(view: ArticleView, index: int, found: Candidate) -> bool:
    """A plural verb with no subject (``Aktákba írják, hogy …``: "they write") reports no one."""
    token = view.tokens[index]
    return (
        token.pos == "VERB"
        and token.feature("Number") == "Plur"
        and (found.subject is None or found.subject.pronoun)
    )


# Words that open a clause of another kind after a verb's comma: not a report.
_NOT_REPORTED = frozenset(
    {"aki", "akik", "amely", "ami", "amit", "amelyet", "majd", "és", "de", "mert", "ahol"}
    | {"mint", "miután", "míg", "ha", "amikor", "ahogy", "amiért", "s", "sőt", "illetve"}
)


def _reported_clause(view: ArticleView, verb: int, first: int) -> bool:
    """Whether the clause from token ``first``, after the comma of the cue verb at ``verb``,
    is what was said with ``hogy`` left out (``Kovács azt mondta, hosszú listát
    készítenek``; ``Mint mondta, …``). Not when the verb itself closes an attributed clause
    (``…, mondta Kovács, aki …``) or the clause is relative or coordinated."""
    before = view.tokens[verb - 1] if verb > 0 else None
    if before is not None and (view.surface(before) in {",", "–", "—", "-"} | _MARKS):
        return False
    # "Bírálta a jelölteket, köztük …": a verb whose object is printed says nothing more.
    if any(
        t.pos in ("NOUN", "PROPN") and t.feature("Case") == "Acc"
        for t in view.tokens[verb + 1 : first]
    ):
        return False
    token = view.tokens[first]
    return (
        token.lemma.casefold() not in _NOT_REPORTED
        and token.pos not in ("CCONJ", "SCONJ", "PUNCT")
        and token.feature("PronType") != "Rel"
    )
