"""When an event happened: the time expression that dates it, found in its own words, its
clause, its sentence or the discourse before it.

:class:`EventDater` dates one article's events from its resolved time expressions
(:mod:`kronika.extract.dates`). It reads the text the way a reader of Hungarian news does,
nearest evidence first:

1. **A modifier of the event noun**: a temporal adjective in the noun's own phrase,
   separated from it only by other adjectives, articles or numbers, a comma or an adverb-led
   participle (``a júniusi hágai csúcson``, ``a NATO 2024-es csúcsa``, ``a tegnapi berlini
   beszéd``, ``a múlt heti tárgyalás``, ``a februári, rosszul sikerült találkozó``) or an
   expression on a participle before it (``a kedden Moszkvában tartott tárgyaláson``), or
   the time of a relative clause right after the noun, which describes the event (``a
   támogatási csomag, amely 2026 és 2027 között nyújt segítséget``).
2. **The clause** of the trigger (``Putyin csütörtökön fogadta…``): its first dated
   expression. A temporal adjective there, or an expression on a participle (``a hétfőn
   közzétett iratokból derült ki``), dates its own noun (``a tegnapi beszédre reagálva
   bírálta``), not the clause, unless that noun is the clause's subject (``a NATO 2024-es
   csúcsa kimondta``).
3. **The sentence**, when it holds a single expression and that one is not in a subordinate
   clause of its own (``Amerikai vezetők a hét végén tárgyaltak Miamiban, és külön
   találkozót tartottak…``: both clauses are dated by ``a hét végén``). A past day of
   another clause does not date a plan, intention or condition (``hétfőn azt mondta, hogy
   napokon belül be fogja kéretni a nagykövetet``): it is the day the plan was told; nor
   does a past day outside the quote that holds it, even in its clause (``„Meg tudjuk védeni
   a várost” – mondta kedden Kovács``). A day still ahead in
   another clause does not date what a past-tense clause tells as done (``hiába írták alá, a
   támogatás csak jövő novemberben érkezik meg``).
4. **The attribution of a quote**: a present-tense act performed in a direct quote
   (``„Felszólítjuk Ruttét…” – mondta kedden``) happened when it was said; so did a
   first-person present act a dash attributes, on the one past date after the dash, even
   in a relative clause on the speaker (``Felhívást intézek … – mondta X, aki kedden
   nyilatkozott``).
5. **The reference time of the paragraph**: a past event of a main or ``hogy`` clause whose
   sentence has no time expression at all continues the story of the sentence just before it
   in the same paragraph, and takes that sentence's date when its main clauses name exactly
   one past date (``Thunberget kedden letartóztatták Londonban. A videón látható, ahogy
   táblát tart…``). A relative or adverbial clause tells background and inherits nothing,
   and the reference does not carry over further: a sentence in between may change the time.
   Here and in rule 6, a temporal ``amikor`` clause's date counts as its main clause's, which
   it times (``Hárman meghaltak, amikor szerdán felrobbant egy bomba``).
6. **The news of the day**: an event the headline or lede tells as done is dated by the
   lede's first sentence when that names exactly one past date in its main clauses
   (``Zelenszkij vasárnapi videóüzenetében…``), or by its second when the first has no past
   main clause (a framing: ``Ahogy közeledünk az év végéhez, összegyűjtjük…``), else it
   happened between the day before publication and the publication day (precision
   ``range``). A past participle there is background, not news (``az Oroszország által
   indított invázió``). A verbal act only the headline tells, left with that range (``Rutte
   az őt bíráló Szijjártóról``), happened on the day the body quotes its actor on, when
   the attributions name one (``Szijjártó Péter másnap azt mondta: „…”``): saying the
   words was the act (:meth:`EventDater.said_on`, applied by the coder).

Everything else stays unknown (precision ``none``): a sentence with only a vague expression
(``korábban``) keeps its event undated, and so does a past event a quote narrates (the day
it was told on is only a bound). A photo caption's event takes only the caption's own date,
and nothing outside the caption takes it. Rules 4 to 6 are inferences: when the article
merges the event with one its text dates directly, that date wins.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterable, Sequence

from kronika.extract.clauses import Clause, TokenView
from kronika.extract.dates import TimeExpression, attributive_past, participle_after
from kronika.extract.triggers import TriggerMatch
from kronika.lang.hu import DASHES
from kronika.types import (
    Article,
    DatePrecision,
    EventDatePrecision,
    Modality,
    Quote,
    QuoteKind,
    SegmentKind,
)

__all__ = ["DATE_SEGMENTS", "RELATIVE_OPENERS", "EventDate", "EventDater", "date_spans"]

#: A date, the last day it allows (None for a single day), its precision, and whether it was
#: inferred from the discourse rather than read in the event's own sentence.
EventDate = tuple[dt.date | None, dt.date | None, EventDatePrecision, bool]

#: Segments whose events are the news of the day.
DATE_SEGMENTS = frozenset({SegmentKind.HEADLINE, SegmentKind.LEDE})
_REALIS = frozenset({Modality.OCCURRED, Modality.REPORTED})
#: Events that have not happened (yet): a past day of another clause is when they were told.
_IRREALIS = frozenset({Modality.PLANNED, Modality.INTENDED, Modality.HYPOTHETICAL})
#: Words that may stand between a temporal adjective and its noun (``a júniusi hágai
#: csúcson``): adjectives, articles, numerals and proper-name adjectives.
_NOUN_PHRASE_POS = frozenset({"ADJ", "DET", "NUM", "PROPN"})
#: Clause openers whose event carries the story line on: a main clause (None) or a ``hogy``
#: complement (``bejelentette, hogy megállapodtak``), not a relative or adverbial clause
#: that gives background (``akinek szerződését nem volt hajlandó megújítani``).
_STORY_OPENERS = frozenset({None, "hogy"})
#: Postpositions that time what a clause tells by another event (``a beszéde után``).
EVENT_TIME_POSTPOSITIONS = frozenset({"után", "előtt", "óta", "követően", "nyomán"})
#: Relative pronouns that open a clause describing the noun before them.
RELATIVE_OPENERS = ("amely", "ami", "amikor", "ahol", "aki")
_UNKNOWN: EventDate = (None, None, EventDatePrecision.NONE, False)


def date_spans(article: Article, sentences: Iterable[int]) -> list[tuple[int, int]]:
    """The sentence spans whose time expressions can date the events of ``sentences``: those
    sentences, the sentence before each in its segment, the lede's first two sentences, and
    the sentences that attribute a quote holding one of them or, when one of them is in the
    headline, a quote of someone the headline names."""
    wanted = set(sentences)
    starts = [sentence.start for sentence in article.sentences]
    segment_starts = [segment.start for segment in article.segments]
    needed = set(wanted)
    for index in wanted:
        if index > 0 and _segment_index(segment_starts, starts[index - 1]) == _segment_index(
            segment_starts, starts[index]
        ):
            needed.add(index - 1)
    lede = _lede_sentence(article)
    if lede is not None:
        needed.add(lede)
        if lede + 1 < len(starts) and _segment_index(segment_starts, starts[lede + 1]) == (
            _segment_index(segment_starts, starts[lede])
        ):
            needed.add(lede + 1)
    # A headline's verbal act may be dated by the day its actor's words in the body were
    # said (:meth:`EventDater.said_on`): the attributions of the quotes of those it names.
    headline = next((s for s in article.segments if s.kind is SegmentKind.HEADLINE), None)
    named = (
        {
            m.entity_id
            for m in article.mentions
            if m.entity_id is not None and headline.start <= m.start < headline.end
        }
        if headline is not None and any(headline.start <= starts[i] < headline.end for i in wanted)
        else set()
    )
    for quote in article.quotes:
        if (quote.speaker_id is not None and quote.speaker_id in named) or (
            quote.kind is QuoteKind.DIRECT
            and any(
                quote.start < article.sentences[i].end and article.sentences[i].start < quote.end
                for i in wanted
            )
        ):
            cue = bisect.bisect_right(starts, quote.cue_start) - 1
            if cue >= 0:
                needed.add(cue)
    return [(article.sentences[i].start, article.sentences[i].end) for i in sorted(needed)]


class EventDater:
    """Dates the events of one article from its time expressions (see the module)."""

    def __init__(self, article: Article, view: TokenView, times: Sequence[TimeExpression]):
        self.article = article
        self.view = view
        self.all_times = sorted(times, key=lambda t: t.start)
        self.times = [t for t in self.all_times if t.first is not None]
        self._starts = [t.start for t in self.all_times]
        self._segment_starts = [segment.start for segment in article.segments]
        self._quotes = [q for q in article.quotes if q.kind is QuoteKind.DIRECT]
        published = article.date
        self.published = (
            published.value
            if published is not None and published.precision is DatePrecision.DAY
            else None
        )
        self._lede = self._lede_date()

    def date(self, match: TriggerMatch, clause: Clause, modality: Modality) -> EventDate:
        """The date of the event ``match`` triggers in ``clause``, read as ``modality``."""
        caption = match.segment is SegmentKind.CAPTION
        own = [t for t in self.times if (t.segment is SegmentKind.CAPTION) == caption]
        adjective = self._adjective_time(match, own) or self._relative_clause_time(match, own)
        if adjective is not None:
            return (*_span(adjective), False)
        # A temporal adjective dates its own noun (``a tegnapi beszédre reagálva``), not the
        # clause around it, unless that noun is the clause's subject (``a NATO 2024-es csúcsa
        # kimondta``).
        adverbial = [t for t in own if not self._is_adjective(t) or self._dates_subject(t)]
        for time in adverbial:
            if clause.start <= time.start < clause.end + 1 and not self._told_on(
                time, match, modality
            ):
                return (*_span(time), False)
        sentence = self.article.sentences[match.sentence]
        in_sentence = self._within(sentence.start, sentence.end)
        dated = [t for t in in_sentence if t.first is None or not self._is_adjective(t)]
        if len(dated) == 1 and dated[0].first is not None:
            time = dated[0]
            other = self.view.clause_at(time.start)
            if (
                (time.segment is SegmentKind.CAPTION) == caption
                and (other is None or other.opener is None or clause.opener is not None)
                # A plan, intention or condition told in another clause did not happen on
                # the day that clause names (``hétfőn azt mondta, hogy napokon belül be
                # fogja kéretni a nagykövetet``): that day is when it was announced.
                and not (modality in _IRREALIS and self._past(time))
                # Nor does a day still ahead date what another clause tells as done (``hiába
                # írták alá, a támogatás csak jövő novemberben érkezik meg``).
                and not (match.tense == "Past" and modality in _REALIS and self._ahead(time))
            ):
                return (*_span(time), False)
        if caption or modality not in _REALIS or any(t.first is None for t in in_sentence):
            return _UNKNOWN
        attributed = self._attributed_act(match, dated)
        if attributed is not None:
            return attributed
        news = (
            match.segment in DATE_SEGMENTS
            and match.tense in ("Past", "Pres", None)
            and not self._participle(match)
        )
        if not in_sentence:
            quoted = self._quoted_act(match)
            if quoted is not None:
                return quoted
            if self._after_other_event(clause, match):
                return _UNKNOWN
            inherited = None
            if (
                news or (match.tense == "Past" and clause.opener in _STORY_OPENERS)
            ) and self._quote_at(match.start) is None:
                inherited = self._previous_sentence_date(match.sentence) or (
                    self._lede if news else None
                )
            if inherited is not None:
                return (*_span(inherited), True)
        if news and self.published is not None:
            day = self.published
            return day - dt.timedelta(days=1), day, EventDatePrecision.RANGE, True
        return _UNKNOWN

    def untimed_act(self, match: TriggerMatch, clause: Clause, modality: Modality) -> bool:
        """Whether the event is a body's past act whose sentence names no time and does not
        time it by another event (``A rendőrség Szabót is őrizetbe vette a téren``):
        outside a quote, a caption and a participle. Such an act is undated on its own; the
        coder dates it by the story the headline or lede announces when it is the same kind of
        act by the same actor (:func:`kronika.extract.coder._story_dated`)."""
        if (
            match.segment in DATE_SEGMENTS
            or match.segment is SegmentKind.CAPTION
            or modality not in _REALIS
            or match.tense != "Past"
            or self._participle(match)
            or self._quote_at(match.start) is not None
        ):
            return False
        sentence = self.article.sentences[match.sentence]
        return not self._within(sentence.start, sentence.end) and not self._after_other_event(
            clause, match
        )

    def _after_other_event(self, clause: Clause, match: TriggerMatch) -> bool:
        """Whether ``clause`` times its event by another event (``a berlini beszéde után
        vádolta``, ``a betiltás óta tartóztattak le``, ``a csúcsot követően``): a noun before a
        postposition of time. It has a time of its own, which the paragraph's date or the
        day's news does not give. A name before one is a place or a person (``Magyarország
        előtt``: in front of it), and the event's own noun times the clause's other events
        (``a tárgyalások után``), not itself."""
        tokens = self.article.tokens
        return any(
            tokens[index].lemma in EVENT_TIME_POSTPOSITIONS
            and tokens[index - 1].pos == "NOUN"
            and index - 1 not in match.tokens
            for index in range(max(clause.first, 1), clause.last)
        )

    def _told_on(self, time: TimeExpression, match: TriggerMatch, modality: Modality) -> bool:
        """Whether ``time`` only dates the statement of a plan, intention or condition: a past
        day outside the quote that holds the event (``„Meg tudjuk védeni a várost” –
        mondta kedden Kovács``)."""
        if modality not in _IRREALIS or not self._past(time):
            return False
        return any(
            q.start <= match.start < q.end and not q.start <= time.start < q.end
            for q in self.article.quotes
        )

    def _participle(self, match: TriggerMatch) -> bool:
        """Whether the trigger is a past participle describing something (``az Oroszország
        által indított invázió``, ``az EU által támogatott konferencia``): background to the
        headline's news, not the news itself. A present participle tells what went on at the
        time of its clause (``őrizetbe vették a demonstráló Thunberget``)."""
        return any(self.article.tokens[i].feature("VerbForm") == "PartPast" for i in match.tokens)

    def _within(self, start: int, end: int) -> list[TimeExpression]:
        """Every time expression in ``[start, end)``, dated or vague (``korábban``)."""
        low = bisect.bisect_left(self._starts, start)
        high = bisect.bisect_left(self._starts, end)
        return self.all_times[low:high]

    def _adjective_time(
        self, match: TriggerMatch, times: Sequence[TimeExpression]
    ) -> TimeExpression | None:
        """A temporal adjective in the trigger noun's own phrase (``a júniusi hágai csúcson``,
        ``a NATO 2024-es csúcsa``): only adjectives, articles and numerals between them."""
        tokens = self.article.tokens
        first = min(match.tokens)
        if tokens[first].pos not in ("NOUN", "PROPN", "ADJ"):
            return None
        index = first - 1
        sentence_first = self.view.sentence_ranges[match.sentence][0]
        while index >= sentence_first:
            token = tokens[index]
            time = next((t for t in times if t.start <= token.start < t.end), None)
            if time is not None:
                return time if self._is_adjective(time) else None
            if not self._in_noun_phrase(index):
                return None
            index -= 1
        return None

    def _in_noun_phrase(self, index: int) -> bool:
        """Whether a token may stand between a temporal adjective and its noun: an adjective,
        article, numeral or name, the comma between two adjectives, or a participle with its
        adverb (``a februári, rosszul sikerült amerikai–ukrán találkozó``)."""
        token = self.article.tokens[index]
        if token.pos in _NOUN_PHRASE_POS or token.pos == "ADV":
            return True
        if token.pos == "PUNCT":
            return self.view.surfaces[index] == ","
        return token.feature("VerbForm") == "PartPres" or attributive_past(
            self.article.tokens, index
        )

    def _relative_clause_time(
        self, match: TriggerMatch, times: Sequence[TimeExpression]
    ) -> TimeExpression | None:
        """The time of a relative clause right after the trigger noun, which describes the
        event the noun names (``a támogatási csomag, amely 2026 és 2027 között nyújt
        segítséget``; ``a támadás, amely kedden történt``)."""
        tokens = self.article.tokens
        index = max(match.tokens)
        if tokens[index].pos != "NOUN":
            return None
        index += 1
        while index < len(tokens) and tokens[index].pos == "PUNCT":
            index += 1
        clause = self.view.clause_of(index) if index < len(tokens) else None
        if (
            clause is None
            or clause.first != index
            or clause.opener is None
            or not clause.opener.startswith(RELATIVE_OPENERS)
        ):
            return None
        return next(
            (
                t
                for t in times
                if clause.start <= t.start < clause.end and not self._is_adjective(t)
            ),
            None,
        )

    def _dates_subject(self, time: TimeExpression) -> bool:
        """Whether a temporal adjective stands on the clause's subject: the noun after it (past
        other adjectives) is in the nominative."""
        tokens = self.article.tokens
        index = bisect.bisect_left(self.view.token_starts, time.end)
        while index < len(tokens) and tokens[index].pos in ("ADJ", "PROPN", "NUM"):
            index += 1
        if index >= len(tokens) or tokens[index].pos != "NOUN":
            return False
        return tokens[index].feature("Case") == "Nom"

    def _is_adjective(self, time: TimeExpression) -> bool:
        """Whether an expression ends in an adjective (``júniusi``, ``2024-es``, ``múlt heti``,
        ``tegnapi``) or modifies a participle (``a hétfőn közzétett iratok``, ``a kedden
        Moszkvában tartott tárgyalás``), not an adverbial that dates the clause
        (``júniusban``)."""
        word = self.article.text[time.start : time.end].rsplit(maxsplit=1)[-1].lower()
        return word.endswith(("i", "-es", "-as", "-os", "-ös")) or (
            participle_after(self.view, time.end) is not None
        )

    def _quoted_act(self, match: TriggerMatch) -> EventDate | None:
        """A present-tense act performed in a direct quote happened when the quote was said:
        the date of the attribution's clause (``– mondta Vucsics kedden``)."""
        if match.tense not in ("Pres", None):
            return None
        quote = self._quote_at(match.start)
        if quote is None:
            return None
        said = self.said_on(quote)
        return (*_span(said), True) if said is not None else None

    def said_on(self, quote: Quote) -> TimeExpression | None:
        """When ``quote`` was said: the one expression of its attribution's clause outside
        the quote, when that is dated (``– mondta Vucsics kedden``, ``Szijjártó másnap azt
        mondta:``); None when the clause names none, several, or only a vague one."""
        cue = self.view.clause_at(quote.cue_start)
        if cue is None:
            return None
        dated = [t for t in self._within(cue.start, cue.end + 1) if not _in(quote, t.start)]
        if len(dated) == 1 and dated[0].first is not None:
            return dated[0]
        return None

    def _attributed_act(
        self, match: TriggerMatch, dated: Sequence[TimeExpression]
    ) -> EventDate | None:
        """A first-person present-tense act that a dash attributes to its speaker (a
        performative: ``Felhívást intézek … – sürgetett X, aki kedd este nyilatkozott``)
        happened when it was said: the one past date after the dash in its sentence, even in
        a relative clause on the speaker."""
        tokens = self.article.tokens
        verbs = [tokens[i] for i in match.tokens if tokens[i].pos in ("VERB", "AUX")]
        if not any(t.feature("Person") == "1" and t.feature("Tense") == "Pres" for t in verbs):
            return None
        last = self.view.sentence_ranges[match.sentence][1]
        dash = next(
            (i for i in range(max(match.tokens) + 1, last) if self.view.surfaces[i] in DASHES),
            None,
        )
        if dash is None or len(dated) != 1:
            return None
        time = dated[0]
        if time.start < tokens[dash].end or not self._past(time) or self._is_adjective(time):
            return None
        return (*_span(time), True)

    def _quote_at(self, offset: int) -> Quote | None:
        return next((q for q in self._quotes if q.start <= offset < q.end), None)

    def _previous_sentence_date(self, index: int) -> TimeExpression | None:
        """The one past date the sentence before ``index`` names, when it stands in the same
        segment (the paragraph's reference time); None when it names none or several."""
        if index == 0:
            return None
        here = self.article.sentences[index]
        before = self.article.sentences[index - 1]
        if _segment_index(self._segment_starts, before.start) != _segment_index(
            self._segment_starts, here.start
        ):
            return None
        return self._reference(before.start, before.end)

    def _lede_date(self) -> TimeExpression | None:
        """The one past date of the lede's first sentence: the day of the article's news; or,
        when that sentence tells nothing past (a present-tense framing: ``Ahogy közeledünk az
        év végéhez, összegyűjtjük…``), of the lede's second sentence."""
        lede = _lede_sentence(self.article)
        if lede is None:
            return None
        sentence = self.article.sentences[lede]
        found = self._reference(sentence.start, sentence.end)
        segment = _segment_index(self._segment_starts, sentence.start)
        if found is None and not self._tells_past(lede) and lede + 1 < len(self.article.sentences):
            second = self.article.sentences[lede + 1]
            if _segment_index(self._segment_starts, second.start) == segment:
                found = self._reference(second.start, second.end)
        return found

    def _tells_past(self, sentence: int) -> bool:
        """Whether a main clause of the sentence is in the past tense."""
        return any(
            c.sentence == sentence and _main(c) and c.tense == "Past" for c in self.view.clauses
        )

    def _reference(self, start: int, end: int) -> TimeExpression | None:
        """The reference time a sentence sets: the one past date in its main clauses, outside
        quotes and captions; None when it names none or several, or only dates a subordinate
        clause (``a jelentés, amely szeptemberben született``)."""
        times = [
            t
            for t in self._within(start, end)
            if t.segment is not SegmentKind.CAPTION
            and not self._quote_at(t.start)
            and _sets_time(self.view.clause_at(t.start))
        ]
        if len(times) != 1 or not self._past(times[0]):
            return None
        return times[0]

    def _ahead(self, time: TimeExpression) -> bool:
        """Whether ``time`` begins after the publication day."""
        return time.first is not None and self.published is not None and time.first > self.published

    def _past(self, time: TimeExpression) -> bool:
        """Whether ``time`` is dated and over by the publication day."""
        last = time.last or time.first
        return (
            time.first is not None
            and last is not None
            and self.published is not None
            and last <= self.published
        )


def _lede_sentence(article: Article) -> int | None:
    """The index of the lede's first sentence, if the article has a lede."""
    lede = next((s for s in article.segments if s.kind is SegmentKind.LEDE), None)
    if lede is None:
        return None
    return next(
        (i for i, s in enumerate(article.sentences) if lede.start <= s.start < lede.end), None
    )


def _main(clause: Clause | None) -> bool:
    """Whether a clause is a main clause (no conjunction or relative pronoun opens it)."""
    return clause is None or clause.opener is None


def _sets_time(clause: Clause | None) -> bool:
    """Whether a time in ``clause`` is the time of its sentence: a main clause's, or a
    temporal clause's (``Hárman meghaltak, amikor szerdán felrobbant egy bomba``: the deaths
    are of Wednesday too)."""
    return _main(clause) or (clause is not None and clause.opener == "amikor")


def _segment_index(segment_starts: Sequence[int], offset: int) -> int:
    return bisect.bisect_right(segment_starts, offset) - 1


def _in(quote: Quote, offset: int) -> bool:
    return quote.start <= offset < quote.end


def _span(time: TimeExpression) -> tuple[dt.date | None, dt.date | None, EventDatePrecision]:
    """An expression's first day, last day (None when the same) and precision."""
    if time.first is None or time.precision is EventDatePrecision.NONE:
        return None, None, EventDatePrecision.NONE
    end = time.last if time.last is not None and time.last != time.first else None
    return time.first, end, time.precision
