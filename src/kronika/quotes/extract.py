"""Find an article's quotes, settle overlaps and resolve the speakers the text leaves implicit."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from kronika.quotes.candidate import Candidate
from kronika.quotes.direct import find_direct
from kronika.quotes.indirect import find_indirect
from kronika.quotes.lexicon import CueLexicon, load_cues
from kronika.quotes.view import ArticleView, is_nominative
from kronika.types import Article, Mention, Quote, QuoteKind

# A statement with no printed subject ("– mondta.", "Elmondása szerint …", "Hozzátette,
# hogy …") continues the last named speaker when that speaker's statement is at most this
# many sentences back.
_CONTEXT_SENTENCES = 2
# ... or at most this many when no other person is named in between (an interview's run of
# "Szerinte …", "Elismerte, hogy …" about one speaker).
_CONTEXT_SENTENCES_QUIET = 8
# Two statements are one when they share more than this share of the shorter one.
_SAME_STATEMENT = 0.5
# A source phrase opens a reported clause when its cue is at most this many characters in.
_OPENING_SOURCE = 60
_CONFIDENCE = {"subject": 0.9, "context": 0.65, "unknown": 0.5}


def extract_quotes(article: Article, cues: CueLexicon | None = None) -> tuple[Quote, ...]:
    """The direct quotes and indirect statements of ``article``, in text order.

    The article must carry segments, sentences, tokens and linked mentions. Each quote's
    speaker is the linked mention its cue attributes it to: the subject of the cue verb, the
    noun phrase before ``szerint``, the possessor of ``elmondása``, a role description
    (``az ukrán elnök``) through its linked mention; when nothing is printed, the speaker of
    the statement just before; when the subject names no linked entity (``a kapus``), the
    speaker is None. ``Quote.rule`` says how it was found (``direct.blockquote.trailing-cue``
    ``/subject``).
    """
    view = ArticleView(article, cues or load_cues())
    direct = list(find_direct(view))
    # Cues inside a word-for-word quote are the quoted speaker's; a reported clause before its
    # attribution ("…, írja a Reuters") may hold the cue of the source it relays.
    quoted = [(c.start, c.end) for c in direct if c.kind is QuoteKind.DIRECT]
    kept = _settle(direct + list(find_indirect(view, quoted)))
    return tuple(_resolve(view, kept))


def _settle(candidates: Iterable[Candidate]) -> list[Candidate]:
    """One candidate per statement: the finder with the higher priority wins an overlap."""
    kept: list[Candidate] = []
    candidates = list(candidates)
    ordered = sorted(
        candidates,
        key=lambda c: (_relays(c, candidates), c.priority, c.start, -(c.end - c.start)),
    )
    for candidate in ordered:
        if not any(_overlap(candidate, other) for other in kept):
            kept.append(candidate)
    return sorted(kept, key=lambda c: (c.start, c.end))


def _relays(candidate: Candidate, candidates: Sequence[Candidate]) -> bool:
    """Whether a statement relays another one whose own source is printed inside it, so
    that the inner statement wins the overlap: a clause before its attribution (``…, írja a
    Reuters``) holding a cue with a named source (``Aleksandar Vučić megerősítette, hogy
    …``; an inner source that names no one, ``a hatóság szerint``, does not); a reported
    clause that opens with a source phrase (``írja a Reuters az alapján, hogy hat forrásuk
    szerint …``), whose statement is that source's, named or not."""
    if candidate.form.startswith("indirect.trailing"):
        return any(
            other is not candidate
            and candidate.start <= other.cue_start < candidate.end
            and other.subject is not None
            and other.subject.mention is not None
            for other in candidates
        )
    if candidate.form.startswith("indirect.verb"):
        return any(
            other is not candidate
            and other.form == "indirect.nominal"
            and candidate.start <= other.cue_start
            and other.cue_end <= other.start
            and other.cue_start - candidate.start <= _OPENING_SOURCE
            and abs(other.end - candidate.end) <= 1
            for other in candidates
        )
    return False


def _overlap(a: Candidate, b: Candidate) -> bool:
    """Whether two candidates are one statement: they share more than half of the shorter
    one; a word-for-word quote inside a longer reported statement (``… „új hozzáférést ígért
    a hithez” … – írja a raskolam.net``) is one with it only when it makes up more than half
    of the statement. A quote with a cue of its own is a statement of its own."""
    shared = min(a.end, b.end) - max(a.start, b.start)
    if shared <= 0:
        return False
    if a.kind is not b.kind:
        direct, reported = (a, b) if a.kind is QuoteKind.DIRECT else (b, a)
        if not direct.cue and reported.start <= direct.start and direct.end <= reported.end:
            return shared > _SAME_STATEMENT * (reported.end - reported.start)
    shorter = min(a.end - a.start, b.end - b.start)
    return shared > _SAME_STATEMENT * shorter


def _resolve(view: ArticleView, kept: list[Candidate]) -> Iterable[Quote]:
    """Quotes in text order, with context speakers filled in from the statements before."""
    # The last named speaker and the sentence where their statement ended.
    last: tuple[Mention, int] | None = None
    last_end = 0  # where the last named speaker's statement and cue end
    quoted = [(c.start, c.end) for c in kept if c.kind is QuoteKind.DIRECT]
    for candidate in kept:
        sentence = view.sentence_index(min(candidate.start, candidate.cue_start))
        how = "unknown"
        speaker: Mention | None = None
        if candidate.subject is not None and candidate.subject.mention is not None:
            speaker, how = candidate.subject.mention, "subject"
        elif candidate.subject is None or candidate.subject.pronoun:
            speaker = _from_context(view, last, last_end, candidate, sentence, quoted)
            how = "context" if speaker is not None else "unknown"
        if speaker is not None:
            last_end = max(candidate.end, candidate.cue_end)
            last = (speaker, view.sentence_index(last_end - 1))
        yield Quote(
            start=candidate.start,
            end=candidate.end,
            kind=candidate.kind,
            cue=candidate.cue,
            cue_start=candidate.cue_start,
            cue_end=candidate.cue_end,
            speaker_id=speaker.entity_id if speaker else None,
            speaker_start=speaker.start if speaker else None,
            speaker_end=speaker.end if speaker else None,
            confidence=_CONFIDENCE[how] - (0.1 if candidate.kind is QuoteKind.INDIRECT else 0),
            rule=f"{candidate.form}/{how}",
        )


def _from_context(
    view: ArticleView,
    last: tuple[Mention, int] | None,
    last_end: int,
    candidate: Candidate,
    sentence: int,
    quoted: Sequence[tuple[int, int]],
) -> Mention | None:
    """The speaker a statement with no printed subject continues: the one person named as
    the subject earlier in its own sentence (``Vučić szerint …, ugyanakkor felhívta a
    figyelmet arra, hogy …``); for a quote with no cue at all, the one person the sentence
    before it is about; else the one other person named as a subject since the last named
    speaker's statement, in this sentence or the one before; else the last named speaker if
    recent, else the one person named as a subject in the previous sentence."""
    own = view.sentences[sentence].start if view.sentences else 0
    same = _subject_people(view, own, candidate, quoted)
    if len(same) == 1:
        return same[0]
    previous = view.sentences[max(sentence - 1, 0)].start if view.sentences else 0
    if not candidate.cue:
        before = _subject_people(view, previous, candidate, quoted)
        if len(before) == 1:
            return before[0]
    if last is not None and sentence - last[1] <= _CONTEXT_SENTENCES:
        # "– kérdezte a 444, mire Sulyok Tamás … utalt vissza … „…” – írta": the one other
        # person who took the floor since the last statement is the one speaking now.
        since = _subject_people(view, max(last_end, previous), candidate, quoted)
        if len(since) == 1 and since[0].entity_id != last[0].entity_id:
            return since[0]
    if last is not None and (
        sentence - last[1] <= _CONTEXT_SENTENCES
        or (
            sentence - last[1] <= _CONTEXT_SENTENCES_QUIET
            and not _someone_else(view, last, candidate)
        )
    ):
        return last[0]
    people: dict[str | None, Mention] = {}
    for index in view.token_range(previous, candidate.cue_start):
        mention = view.mention_at(index)
        if (
            mention is None
            or mention.label != "PER"
            or candidate.start <= mention.start < candidate.end
        ):
            continue
        if is_nominative(view.tokens[index]):
            people[mention.entity_id] = mention
    return next(iter(people.values())) if len(people) == 1 else None


def _subject_people(
    view: ArticleView, low: int, candidate: Candidate, quoted: Sequence[tuple[int, int]]
) -> list[Mention]:
    """The distinct people named as a subject (nominative, not a possessor, not the object of
    a postposition) or as a source (``Vučić szerint``) from offset ``low`` up to the
    statement and its cue, outside quotes."""
    high = min(candidate.start, candidate.cue_start) if candidate.cue else candidate.start
    people: dict[str | None, Mention] = {}
    for index in view.token_range(low, high):
        mention = view.mention_at(index)
        if mention is None or mention.label != "PER":
            continue
        if any(start <= mention.start < end for start, end in quoted):
            continue
        if index + 1 < len(view.tokens) and view.mention_at(index + 1) == mention:
            continue  # judge a name by its last word
        subject = view.as_subject(mention)
        if (subject is not None and subject.mention is not None) or view.is_source(index):
            people.setdefault(mention.entity_id, mention)
    return list(people.values())


def _someone_else(view: ArticleView, last: tuple[Mention, int], candidate: Candidate) -> bool:
    """Whether a person other than the last speaker is named between that speaker's
    statement and this one's cue."""
    speaker, sentence = last
    low = view.sentences[sentence].end if view.sentences else 0
    for index in view.token_range(low, min(candidate.start, candidate.cue_start)):
        mention = view.mention_at(index)
        if (
            mention is not None
            and mention.label == "PER"
            and mention.entity_id != speaker.entity_id
        ):
            return True
    return False
