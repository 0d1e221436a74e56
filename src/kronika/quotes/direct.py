"""Direct quotes: text between quotation marks, blockquotes before a dash attribution line,
and dialogue-dash quotes (``– Harcolunk tovább – mondta.``).

Quotation marks are paired across the article's content segments. Hungarian prints „…” with
»…« or ‚…’ (or "…") inside; outlets also use "…", “…” and «…». Only the outermost pair makes
a quote, so nested quotes stay inside it. A quote running over several paragraphs reopens
with „ at each paragraph and closes once at the end; a quote whose opening mark was lost
starts at its paragraph. A marked stretch is a quote when a cue attributes it (``„…” –
mondta X``, ``X: „…”``, ``X úgy fogalmazott: „…”``) or when it is long enough to be speech
rather than a title or a scare-quoted word (``a „háttéralku”``).
"""

from __future__ import annotations

from collections.abc import Iterator

from kronika.lang.hu import LABEL_REACH, label_follows
from kronika.quotes.candidate import Candidate, trimmed
from kronika.quotes.indirect import CONCESSIVE, concession_end
from kronika.quotes.view import DASHES, ArticleView, Subject, is_finite_verb
from kronika.types import QuoteKind, SegmentKind

_PAIRS = {"„": "”", "“": "”", "»": "«", "«": "»", "‚": "’", '"': '"'}
_OUTER = frozenset("„“")
# A marked stretch with no cue is speech when it has this many words and a finite verb, or
# this many words at all; shorter ones are titles, names and scare quotes.
_MIN_WORDS_WITH_VERB = 5
_MIN_WORDS = 9
# A cue before the opening mark is this many tokens away at most ("úgy fogalmazott, hogy „").
_MAX_LEAD = 6


def find_direct(view: ArticleView) -> Iterator[Candidate]:
    """Every direct quote of the article."""
    yield from _marked_quotes(view)
    yield from _dash_quotes(view)


def _marked_spans(view: ArticleView) -> Iterator[tuple[int, int, bool]]:
    """``(start, end, closed)`` inside each outermost pair of quotation marks."""
    text = view.text
    stack: list[str] = []
    start = 0
    last_segment = -1
    for index, segment in enumerate(view.segments):
        if stack:
            if _reopens(text, segment.start, segment.end):
                last_segment = index
            else:
                # The quote never closed and the next paragraph does not continue it.
                yield start, view.segments[last_segment].end, False
                stack = []
        for offset in range(segment.start, segment.end):
            char = text[offset]
            if not stack:
                if char in _PAIRS and (char != '"' or _opens(text, offset)):
                    stack.append(_PAIRS[char])
                    start, last_segment = offset + 1, index
                elif char == "”" and "„" not in text[segment.start : offset]:
                    # A closing mark with no opening one: the opening mark was lost.
                    yield _lost_opening(view, segment.start, offset), offset, True
            elif char == stack[-1]:
                stack.pop()
                if not stack:
                    yield start, offset, True
            elif char in _OUTER and len(stack) == 1 and offset == _first_char(text, segment.start):
                continue  # the next paragraph of a quote running over several
            elif char in _OUTER and len(stack) == 1 and (dash := _lost_close(text, start, offset)):
                # „ inside „…” is never printed (the inner mark is »…«): the first quote lost
                # its closing mark and ended at its dash attribution.
                yield start, dash, True
                start = offset + 1
            elif char == "”" and len(stack) > 1:
                stack = []  # an inner quote left open: the outer one ends here
                yield start, offset, True
            elif char in _PAIRS and char not in "’" and (char != '"' or _opens(text, offset)):
                stack.append(_PAIRS[char])
    if stack:
        yield start, view.segments[last_segment].end, False


def _lost_opening(view: ArticleView, low: int, close: int) -> int:
    """Where a quote whose opening mark was lost begins, given its closing mark at
    ``close``: after the ``hogy`` of a cue verb in its sentence (``azt felelte, hogy, persze,
    ez a terv”``), else at ``low``, the start of its paragraph."""
    sentence = view.sentence_at(max(close - 1, low))
    start = max(low, sentence.start)
    for j in reversed(view.token_range(start, close)):
        if view.tokens[j].lemma.casefold() != "hogy":
            continue
        lead = range(max(j - _MAX_LEAD, view.token_after(start)), j)
        if any(view.verb_cue(k) is not None for k in lead):
            after = j + 1  # "hogy, igen, …": the comma the scraper left is no part of it
            return (
                view.tokens[after].end
                if view.is_punct(after, frozenset(","))
                else view.tokens[j].end
            )
        break
    return low


def _lost_close(text: str, start: int, reopen: int) -> int | None:
    """Where a quote opened at ``start`` ended when another „ opens at ``reopen`` after a
    full stop: at the dialogue dash of its attribution (``„… a profi – mondta X. „Már …``),
    the offset of the space before the dash; None when no such attribution stands between."""
    if text[:reopen].rstrip()[-1:] not in ".!?…":
        return None
    dash = max(text.rfind(" – ", start, reopen), text.rfind(" — ", start, reopen))
    if dash <= start or not text[dash + 3 : dash + 4].islower():
        return None
    return dash


def _first_char(text: str, start: int) -> int:
    while start < len(text) and text[start] in " –—-":
        start += 1
    return start


def _reopens(text: str, start: int, end: int) -> bool:
    head = text[start:end].lstrip(" –—-")
    return head[:1] in _OUTER


def _opens(text: str, offset: int) -> bool:
    """Whether an ASCII ``"`` opens (it follows a space or starts a line and a word follows)."""
    before = text[offset - 1] if offset else " "
    after = text[offset + 1] if offset + 1 < len(text) else " "
    return (before.isspace() or before in "(–:") and not after.isspace()


def _marked_quotes(view: ArticleView) -> Iterator[Candidate]:
    text = view.text
    for raw_start, raw_end, _closed in _marked_spans(view):
        start, end = trimmed(text, raw_start, raw_end)
        if end <= start:
            continue
        inside = view.token_range(start, end)
        words = sum(1 for i in inside if view.tokens[i].pos != "PUNCT")
        cue = _trailing_cue(view, raw_end) or _leading_cue(view, raw_start - 1)
        if cue is not None:
            if words >= 2:
                yield Candidate(start, end, QuoteKind.DIRECT, *cue)
            continue
        has_verb = any(is_finite_verb(view.tokens[i]) for i in inside)
        if _labelled(view, raw_end):
            continue
        if words >= _MIN_WORDS or (words >= _MIN_WORDS_WITH_VERB and has_verb):
            yield Candidate(start, end, QuoteKind.DIRECT, "", start, start, None, "direct.marks")


def _labelled(view: ArticleView, close: int) -> bool:
    """Whether the marked stretch closed at offset ``close`` names an inscription, a slogan
    or a title (:func:`kronika.lang.hu.label_follows`)."""
    first = view.token_after(close)
    tokens = view.tokens[first : first + LABEL_REACH]
    return label_follows([(view.surface(token), token.lemma) for token in tokens])


Cue = tuple[str, int, int, Subject | None, str]


def _trailing_cue(view: ArticleView, close: int) -> Cue | None:
    """A cue verb right after the closing mark: ``„…” – mondta X``, ``„…”, írta X``."""
    index = view.token_after(close + 1)
    if index < len(view.tokens) and view.surface(view.tokens[index]) in ("”", "«", '"'):
        index += 1
    if not (view.is_punct(index, DASHES) or view.is_punct(index, frozenset({","}))):
        return None
    if view.tokens[index].start - close > 4:
        return None
    return verb_after(view, index + 1, "direct.marks")


def verb_after(view: ArticleView, index: int, form: str) -> Cue | None:
    """The cue verb at token ``index`` (after a dash or comma) with its subject after it."""
    if index >= len(view.tokens):
        return None
    found = view.verb_cue(index)
    if found is None:
        return None
    lemma, last = found
    if lemma in view.cues.quoting:
        subject: Subject | None = view.quoted_person(last)
    else:
        subject = view.subject_after(last)
    token = view.tokens[index]
    return lemma, token.start, view.tokens[last].end, subject, f"{form}.trailing-cue"


def _leading_cue(view: ArticleView, open_mark: int) -> Cue | None:
    """A cue before the opening mark in the same sentence: ``X: „…”``, ``X azt mondta: „…”``,
    ``úgy fogalmazott, hogy „…”``, ``X szerint „…”``."""
    index = view.token_after(open_mark) - 1
    sentence = view.sentence_at(open_mark)
    low = max(index - _MAX_LEAD, 0)
    if index >= 0 and view.is_punct(index, frozenset({":"})):
        before = index - 1
        mention = view.mention_at(before) if before >= 0 else None
        if mention is not None:
            colon = view.tokens[index]
            return ":", colon.start, colon.end, Subject(mention), "direct.marks.colon"
    for j in range(index, low - 1, -1):
        token = view.tokens[j]
        if token.start < sentence.start or view.surface(token) in (".", "!", "?", "”"):
            return None
        found = view.verb_cue(j)
        if found is not None:
            lemma, last = found
            subject = view.subject_before(j) or view.subject_after(last)
            end = view.tokens[last].end
            return lemma, token.start, end, subject, "direct.marks.leading-cue"
        if token.lemma.casefold() in view.cues.postpositions and j > 0:
            mention = view.mention_at(j - 1)
            if mention is not None:
                return (
                    token.lemma.casefold(),
                    token.start,
                    token.end,
                    Subject(mention),
                    "direct.marks.nominal",
                )
    return None


def _dash_quotes(view: ArticleView) -> Iterator[Candidate]:
    """Unmarked statements before ``– cue-verb`` or ``, cue-verb``: a blockquote before its
    attribution line (its opening mark lost or never printed) and a dialogue-dash quote are
    direct; a clause with no opening dash (``Oroszország folytatja …, jelentette ki Koc``)
    is reported speech, an indirect statement."""
    text = view.text
    floor = 0  # where the previous attribution ended: no statement reaches back past it
    for index, token in enumerate(view.tokens):
        mark = view.surface(token)
        if mark not in DASHES and mark != ",":
            continue
        cue = verb_after(view, index + 1, "direct.dash")
        if cue is None or not _closes_sentence(view, view.token_after(cue[2])):
            continue
        previous_floor, floor = floor, cue[2]
        if text[: token.start].rstrip()[-1:] in ("”", "«", '"'):
            continue  # a marked quote: found with its marks
        segment_index = view.segment_index(token.start)
        segment = view.segments[segment_index]
        lowest = max(segment.start, previous_floor)
        if mark != ",":
            if (
                segment.kind is SegmentKind.ATTRIBUTION
                and not text[segment.start : token.start].strip()
            ):
                span = _blockquote_run(view, segment_index)
                if span is not None:
                    start, end = span
                    yield Candidate(
                        start, end, QuoteKind.DIRECT, *_renamed(cue, "direct.blockquote")
                    )
                continue
            opener = _dialogue_dash(text, lowest, token.start)
            if opener is not None:
                start, end = trimmed(text, opener, token.start)
                if end > start:
                    yield Candidate(start, end, QuoteKind.DIRECT, *cue)
                continue
        sentence = view.sentence_at(max(token.start - 1, 0))
        start = _past_concession(view, max(sentence.start, lowest), token.start)
        start, end = trimmed(text, start, token.start, final=True)
        if end > start:
            yield Candidate(start, end, QuoteKind.INDIRECT, *_renamed(cue, "indirect.trailing"))


def _past_concession(view: ArticleView, start: int, end: int) -> int:
    """Where the reported clause in ``[start, end)`` begins: after a concessive clause
    that opens it (``Bár Trump szerint …, az amerikai hírszerzés …, írja a Reuters``: the
    concession is not what the outlet reports), else at ``start``."""
    first = view.token_after(start)
    opening = view.surface(view.tokens[first]) if first < len(view.tokens) else ""
    if opening.casefold() not in CONCESSIVE:
        return start
    comma = concession_end(view, start, end)
    return comma + 1 if comma < end else start


def _closes_sentence(view: ArticleView, index: int) -> bool:
    """Whether the attribution clause from token ``index`` ends without leading into a
    statement of its own (``– mondta X, hogy …`` attributes what follows, not what precedes)."""
    for token in view.tokens[index : index + 12]:
        surface = view.surface(token)
        if surface in (",", ".", "!", "?", "…") or surface in DASHES:
            return True
        if surface == ":" or token.lemma.casefold() == "hogy":
            return False
    return True


def _renamed(cue: Cue, form: str) -> Cue:
    lemma, start, end, subject, rule = cue
    return lemma, start, end, subject, form + rule[rule.rfind(".") :]


def _blockquote_run(view: ArticleView, attribution: int) -> tuple[int, int] | None:
    """The span of the blockquote segments right before an attribution segment."""
    first = attribution
    while first > 0 and view.segments[first - 1].kind is SegmentKind.BLOCKQUOTE:
        first -= 1
    if first == attribution:
        return None
    start = view.segments[first].start
    end = view.segments[attribution - 1].end
    text = view.text
    start, end = trimmed(text, start, end)
    if text[start : start + 1] in '„“»"':
        start += 1
    if end > start and text[end - 1] in '”«"':
        end -= 1
    return start, end


def _dialogue_dash(text: str, segment_start: int, dash: int) -> int | None:
    """Where a dialogue-dash quote before ``dash`` begins (a dash opening the paragraph or a
    sentence after a full stop), or None when the statement has no opening dash."""
    cursor = dash
    while True:
        found = max(
            text.rfind("– ", segment_start, cursor), text.rfind("— ", segment_start, cursor)
        )
        if found < 0:
            return None
        head = text[segment_start:found].rstrip()
        if not head or head[-1] in ".!?…":
            return found
        # A dash inside the sentence (an aside) is not an opening: look further back.
        if head[-1] in '”"':
            return None
        cursor = found
