"""The event coder: from an article's triggers, mentions, quotes and time expressions to
PLOVER events with participants, place, date, modality, measures and evidence.

For each trigger the lexicon finds (:mod:`kronika.extract.triggers`), the coder

1. reads the participants of its clause by their role markers (:mod:`.arguments`) through the
   entry's frame: a verb's nominative is its actor (if it agrees with the verb), ``-val/-vel``
   its partner, ``-nak/-nek`` its recipient, ``-ról/-ről`` its topic, ``X által`` its agent;
   a noun's possessor or ``X és Y közötti`` its actors; a noun in an oblique case with no
   actor of its own takes the clause's subject (``Moszkva és Washington együttműködésen
   dolgozik``); a verb with no subject of its own takes the antecedent of its relative
   pronoun (``Giuffre, aki … vádolta meg``), else the subject of an earlier clause of its
   sentence (``Putyin jelezte, hogy kész…``), else, in the third person singular, the named
   subject of the sentence before; the dative subject of a personal infinitive in the clause
   before (``X-nek sikerült áttörnie …, amikor felhívta``) acts too; in a quote, a head of
   state's, government's or organisation's ``we`` is what they lead; a personal pronoun in a
   recipient's case (``tárgyaltak velük``) is the name before it in its sentence; a
   participant from context is marked ``inferred``; a name owning a quantified noun
   (``Gáza egyetlen temploma``) is that noun's owner, never a subject to borrow; an arrest, a
   sentence or criminal proceedings whose verb leaves the doer unnamed (``letartóztatták``,
   ``eljárás indult``) are the police's, court's or prosecution's the article names (the
   lexicon sense's ``authority``), else the state's the clause places them in;
2. drops a noun trigger that is only the object of another trigger in its clause (the
   ``háttéralku`` Putin says no to is not itself an agreement), what a demand asks for
   (``követelte, hogy vonuljanak ki``), a bare infinitive under impersonal ``lehet``, and an
   aid, cooperation or sanction with no recipient (PLOVER requires one); a court's
   ``elítél`` anywhere in the clause is a conviction; a participle of a trigger verb right
   before a person's name codes that person's act (``az őt bíráló Szijjártó``);
3. gives the event a modality from the cues bearing on it (:mod:`.modality` scopes them by
   clause), in the order negated, refused, cancelled, hypothetical, planned, intended,
   reported, occurred; ``reported`` names its source (the quote's speaker, the ``X szerint``
   name); a verbal act (rejecting, demanding, accusing, praising, promising) is made in
   words, so relaying it is no mere report; an event noun in an oblique case inside a claim
   is taken for granted (occurred); a subjunctive is intended; present ``tud`` with an
   infinitive is hypothetical;
4. dates it by the time expressions of its own clause (a photo caption's by the caption's
   own), leaving the date unknown when the text gives none, except for the news itself: an
   event the headline or lede tells as done, with no date, happened between the day before
   publication and the publication day (precision ``range``);
5. places it at the most specific location named in its clause with a locative case
   (``a Kremlben``, ``az alaszkai Anchorage-ben``; a site before a city before a country), or
   by a place adjective on the trigger noun (``a moszkvai találkozón``);
6. reads the sentence's measures (duration, money, dead, injured, arrested);
7. keeps it only when it has an actor: an event nobody does is not coded.

Events are then merged within the article (:func:`_merge_events`): the headline, lede and body
telling one event make one event with several evidence spans (same type, a shared actor, or
in one sentence leaders and the states they lead); a participant-less mention after the
definite article (``A megbeszélésen szó esett…``) right after an event of its type adds its
topics and measures to that event; other actor-less triggers are not coded.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace

from kronika.extract.arguments import (
    GOVERNMENT_NOUNS,
    OWNED_GOVERNMENT,
    POSTPOSITION_ALIASES,
    Argument,
    authority_body,
    clause_arguments,
    compound_stems,
    demonym_base,
    is_title,
    mention_tokens,
    owned_noun,
    person_noun,
    story_demonym,
)
from kronika.extract.attributes import read_measures
from kronika.extract.clauses import Clause, TokenView
from kronika.extract.dates import (
    MONTHS,
    WEEKDAYS,
    TimeExpression,
    attributive_past,
    resolve_time_expressions,
)
from kronika.extract.event_dates import DATE_SEGMENTS, EventDater, date_spans
from kronika.extract.lexicon import (
    POSSESSOR,
    CueKind,
    Lexicon,
    PloverType,
    TriggerForm,
    default_lexicon,
)
from kronika.extract.modality import CLAUSE_COORDINATORS, SZERINT, ModalityCue
from kronika.extract.triggers import (
    PARTICIPLE_ENDINGS,
    PAST_PARTICIPLE_ENDINGS,
    TriggerMatch,
    after_by_phrase,
    find_triggers,
)
from kronika.kb.index import fold
from kronika.lang.hu import (
    ARTICLES,
    CLOSING_MARKS,
    DASHES,
    LABEL_REACH,
    OPENING_MARKS,
    OWNED_BY_MANY,
    OWNED_BY_ONE,
    OWNED_PLURAL,
    QUOTE_MARKS,
    ROLE_VARIANTS,
    label_follows,
    strip_case,
)
from kronika.types import (
    Article,
    DatePrecision,
    Event,
    EventDatePrecision,
    Evidence,
    Mention,
    Modality,
    Participant,
    Quote,
    QuoteKind,
    SegmentKind,
    Token,
)

__all__ = ["EXTRACTOR", "EntityFacts", "code_events"]

EXTRACTOR = "events.rules.v1"

#: Cue kinds in the order they decide an event's modality.
MODALITY_ORDER: tuple[tuple[CueKind, Modality], ...] = (
    (CueKind.NEGATED, Modality.NEGATED),
    (CueKind.REFUSED, Modality.REFUSED),
    (CueKind.CANCELLED, Modality.CANCELLED),
    (CueKind.HYPOTHETICAL, Modality.HYPOTHETICAL),
    (CueKind.PLANNED, Modality.PLANNED),
    (CueKind.INTENDED, Modality.INTENDED),
    (CueKind.REPORTED, Modality.REPORTED),
)
#: PLOVER's verbal types: saying them is doing them.
VERBAL_TYPES = frozenset(
    {
        PloverType.AGREE,
        PloverType.SUPPORT,
        PloverType.CONCEDE,
        PloverType.REQUEST,
        PloverType.ACCUSE,
        PloverType.REJECT,
        PloverType.THREATEN,
    }
)
#: Relative adverbs opening a clause of time, manner or place (``miután``, ``amikor``): the
#: tagger calls several of them nominative relative pronouns, but they stand for no name of
#: the clause before. With no subject of its own, such a clause shares its matrix clause's
#: (``Kovács meghalt, miután látogatást tett Ankarában``).
ADVERBIAL_OPENERS = frozenset(
    {
        "amikor",
        "amíg",
        "miután",
        "mielőtt",
        "miközben",
        "mialatt",
        "amint",
        "ahogy",
        "ahogyan",
        "amióta",
        "mihelyt",
        "mert",
        "mivel",
        "hiszen",
        "bár",
        "habár",
        "noha",
        "holott",
        "jóllehet",
    }
)
#: Relative adverbs of place and the case each stands for (``ahol``: where).
PLACE_RELATIVES: Mapping[str, str] = {
    "ahol": "Ine", "ahonnan": "Ela", "ahonnét": "Ela", "ahova": "Ill", "ahová": "Ill",
    "amerre": "Ill",
}  # fmt: skip
#: Cooperative types whose unnamed actor, in someone's own statement, is the speaker
#: (``az Ukrajnának szánt megállapodás aláírásra kész``, says Zelensky).
SPEAKER_SIDE_TYPES = frozenset({PloverType.AGREE, PloverType.CONSULT, PloverType.COOPERATE})
#: Frame roles that become recipients (a meeting's partner is its recipient, as in PLOVER
#: where the host or the one visited receives).
RECIPIENT_ROLES = ("recipient", "target", "partner", "origin")
#: Words of making a statement (verbs, and the press conference one holds), whose place is
#: where a speaker's words were said.
SPEAKING_VERBS = frozenset({"nyilatkozik", "beszél", "felszólal", "sajtótájékoztató"})
#: Words for people other than one named: a subject of their own (``egyikük``, ``valaki``).
SOMEONE_ELSE = frozenset(
    {"egyik", "valaki", "senki", "mindenki", "sokan", "többen", "néhányan", "egyesek", "mások"}
)
#: What someone has that makes them the doer of the ``hogy`` clause after it (``megvolt a
#: lehetősége arra, hogy``, ``joga van ahhoz, hogy``).
ABILITY_NOUNS = frozenset({"lehetőség", "jog", "hatalom", "esély", "mód", "felhatalmazás"})
#: Nouns of an aim or a task whose dative owner does what the ``hogy`` clause after says.
AIM_NOUNS = frozenset({"cél", "szándék", "terv", "feladat", "kötelesség", "törekvés"})
#: Words telling that something was done all over a country or the world.
NATIONWIDE = frozenset({"országszerte", "világszerte"})
#: Modes of a type that are an act no other mode of the type tells again: an arrest and a
#: ban by one state are two events.
SOLE_MODES: Mapping[str, frozenset[str]] = {PloverType.COERCE.value: frozenset({"arrest"})}
#: Words telling that something is done all over one country.
COUNTRYWIDE = frozenset({"országszerte"})
#: Modes whose accusative target is a person, named or not (``elítélte a férfit``).
PERSON_TARGETS = frozenset({"convict", "expel"})
#: Types PLOVER codes only with a recipient (its manual: "recipient required").
RECIPIENT_REQUIRED = frozenset({PloverType.AID, PloverType.COOPERATE, PloverType.SANCTION})
#: Phrases of hearing a report (lexicon texts): the report's owners are the partners.
REPORT_HEARINGS = frozenset(
    {
        "jelentés[Acc] meg+hallgat",
        "beszámoló[Acc] meg+hallgat",
        "tájékoztatás[Acc] meg+hallgat",
        "tájékoztató[Acc] meg+hallgat",
    }
)
#: Nouns in the instrumental that tell how, not with whom: body parts and manners (``háttal``,
#: ``könnyekkel``, ``mosollyal``); a phrase whose ``*[Ins]`` partner is one of them is none.
MANNER_INSTRUMENTALS = frozenset(
    {
        "hát", "kéz", "szem", "fej", "arc", "hang", "száj", "szív", "mosoly", "könny", "láb",
        "ököl", "ujj", "hév", "lendület", "nyugalom", "indulat", "düh",
    }
)  # fmt: skip
#: Written accusative forms of the reflexive ``maga`` (``magát``, ``magukat``).
REFLEXIVE_OBJECTS = ("magát", "magukat", "magunkat", "magamat", "magadat", "magatokat")
#: Nouns of besieging: what owns one is besieged, unless it is people (see the lexicon).
SIEGE_NOUNS = frozenset({"ostrom"})
#: A state's buildings named by their kind: what a seizure or a blockade takes, not who
#: takes it (``a francia nagykövetség elfoglalása``).
TAKEN_PLACES = frozenset(
    {"nagykövetség", "követség", "konzulátus", "parlament", "székház", "épület", "bázis"}
)
#: Cases of where a movement goes (``a helyszínre``, ``a tanyához``, ``a városba``) and
#: where it comes from (``a városból``, ``a frontról``, ``a területről``).
DESTINATION_CASES = frozenset({"Sbl", "All", "Ill"})
ORIGIN_CASES = frozenset({"Ela", "Abl", "Del"})
#: Locative cases that place an event (``-ban/-ben``, ``-on/-en/-ön``, ``-nál/-nél``).
LOCATIVE_CASES = frozenset({"Ine", "Sup", "Ade"})
#: Entity types a place may have, most specific first.
PLACE_RANK = {"facility": 0, "city": 1, "place": 2, "region": 3, "country": 4}
#: Nouns of a war as a whole, whose attacker the KB's wars can tell (``háború``, ``invázió``).
WAR_NOUNS = frozenset({"háború", "invázió", "agresszió"})
#: Segments whose text is no event statement of the article.
SKIPPED_SEGMENTS = frozenset({SegmentKind.BOILERPLATE, SegmentKind.CREDIT, SegmentKind.ATTRIBUTION})
#: Segments that carry the news itself (undated events there are of publication time).
NEWS_SEGMENTS = frozenset({SegmentKind.HEADLINE, SegmentKind.LEDE})
#: Segments that announce what the body then tells in detail.
SUMMARY_SEGMENTS = frozenset({SegmentKind.HEADLINE, SegmentKind.LEDE, SegmentKind.SUBHEADING})
#: Modalities that say the event took place by someone's account.
REALIS = frozenset({Modality.OCCURRED, Modality.REPORTED})


@dataclass(frozen=True, slots=True)
class EntityFacts:
    """What the coder needs to know about entities: the state a capital or a seat of
    government stands for, an entity's type (``city``, ``facility``), the demonyms (``orosz``
    → Russia's id) and place names for place adjectives. Built from the KB by the stage."""

    governments: Mapping[str, str] = field(default_factory=dict)
    types: Mapping[str, str] = field(default_factory=dict)
    demonyms: Mapping[str, str] = field(default_factory=dict)
    #: Lower-case place names (``moszkva``, ``hága``) → the place's id, for place adjectives.
    places: Mapping[str, str] = field(default_factory=dict)
    #: Organisations' acronyms (``NATO``, ``ENSZ``, ``G7``) → their id.
    acronyms: Mapping[str, str] = field(default_factory=dict)
    #: Lower-case names of state institutions that start with the state's demonym (``ukrán
    #: parlament``) → the institution's id.
    institutions: Mapping[str, str] = field(default_factory=dict)
    #: A head of state or government → the terms they lead a state: (state id, first day,
    #: last day), days None when open.
    leaders: Mapping[str, tuple[tuple[str, dt.date | None, dt.date | None], ...]] = field(
        default_factory=dict
    )
    #: A head of state's or government's folded family name (``orban``) → the ids of the
    #: people of that name who led one, for a government named by its head alone.
    leader_surnames: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    #: Others who speak for a state in its foreign affairs (a vice president, a foreign or
    #: defence minister, a spokesperson) → their terms, as for ``leaders``.
    envoys: Mapping[str, tuple[tuple[str, dt.date | None, dt.date | None], ...]] = field(
        default_factory=dict
    )

    #: (state or organisation id, Hungarian role noun: ``miniszterelnök``) → the terms of
    #: those who hold that office there: (person id, first day, last day).
    offices: Mapping[tuple[str, str], tuple[tuple[str, dt.date | None, dt.date | None], ...]] = (
        field(default_factory=dict)
    )

    #: A state attacked in a war → its attackers: (attacker id, the war's first day, its last
    #: day), the last None while the war goes on.
    wars: Mapping[str, tuple[tuple[str, dt.date | None, dt.date | None], ...]] = field(
        default_factory=dict
    )

    def attacker_of(self, state: str | None, day: dt.date | None) -> str | None:
        """The one state at war with ``state`` on ``day`` as its attacker (in a war still
        going on, when the day is unknown), or None when the KB knows none or several."""
        return _sole_term_holder(self.wars.get(state or "", ()), day)

    def office_holder(self, body: str, noun: str, day: dt.date | None) -> str | None:
        """The one person who is ``body``'s ``noun`` (``miniszterelnök``) on ``day`` (whose
        term is open, when the day is unknown), or None when the KB knows none or several."""
        return _sole_term_holder(self.offices.get((body, noun), ()), day)

    def state_led_by(self, person: str | None, day: dt.date | None) -> str | None:
        """The state or organisation ``person`` leads on ``day`` as its head (any term, when
        the day is unknown), or None: the body such a speaker's ``we`` stands for. Of two
        terms held at once, the later begun is the one the person now speaks in (the KB may
        not have closed the earlier one)."""
        return _latest_term(self.leaders.get(person or "", ()), day)

    def state_spoken_for(self, person: str | None, day: dt.date | None) -> str | None:
        """The state whose ``we`` ``person`` speaks on ``day``: the one they lead, else the
        one they serve as vice president, foreign or defence minister or spokesperson."""
        return self.state_led_by(person, day) or _latest_term(
            self.envoys.get(person or "", ()), day
        )

    def place_of_adjective(self, word: str) -> str | None:
        """The place a Hungarian place adjective names (``moszkvai`` → Moscow, ``hágai`` →
        The Hague, ``brüsszeli`` → Brussels), or None; demonyms of states are not places."""
        word = word.lower()
        if not word.endswith("i") or len(word) < 5 or word in self.demonyms:
            return None
        return self.places.get(word[:-1])

    def stands_for(self, mention: Mention) -> str | None:
        """The participant a mention names: the state behind ``Moszkva`` or ``a Kreml`` (as the
        linker read it, ``metonymy:Q159``, or as the KB knows a capital), else the linked
        entity."""
        if mention.rule and mention.rule.startswith("metonymy:"):
            return mention.rule.partition(":")[2]
        if mention.entity_id is not None and mention.entity_id in self.governments:
            # ``Kijev és Washington között``: a capital or a seat of government that acts is
            # its state.
            return self.governments[mention.entity_id]
        return mention.entity_id

    def is_country(self, entity_id: str | None) -> bool:
        return entity_id is not None and self.types.get(entity_id) == "country"


def code_events(
    article: Article, facts: EntityFacts, lexicon: Lexicon | None = None
) -> tuple[Event, ...]:
    """The events of ``article`` (which carries tokens, linked mentions and quotes), merged
    within the article, in the order the article first states them."""
    lexicon = lexicon or default_lexicon()
    if not article.tokens:
        return ()
    view = TokenView.of(article)
    found = find_triggers(article, lexicon, view)
    matches = [m for m in found if m.segment not in SKIPPED_SEGMENTS]
    if not matches:
        return ()
    sentences = sorted({m.sentence for m in matches})
    times = resolve_time_expressions(article, lexicon, view, date_spans(article, sentences))
    context = _ArticleContext(article, view, facts, times, matches)
    extractor = f"{EXTRACTOR}@{lexicon.version}"
    by_clause: dict[int, list[TriggerMatch]] = {}
    for match in matches:
        by_clause.setdefault(_clause_key(view, match), []).append(match)
    drafts: list[_Draft] = []
    for key, clause_matches in by_clause.items():
        by_clause[key] = [_court_convicts(context, m, lexicon) for m in clause_matches]
    requesting = {
        key
        for key, clause_matches in by_clause.items()
        if any(m.entry.type is PloverType.REQUEST for m in clause_matches)
    }
    for clause_matches in by_clause.values():
        for match in _without_objects(article, clause_matches, context.hosted):
            if _requested(view, match, requesting) or _demanded_noun(view, match):
                continue
            draft = context.code(match, clause_matches, extractor)
            if draft is not None:
                drafts.append(context.unfolded(draft, match, clause_matches))
    published = article.date.value if article.date is not None else None
    drafts = [context.said_dated(draft) for draft in _without_refusing_words(drafts)]
    # Merging counts distances in the article's own sentences: a long direct quote in the
    # lede does not push the body's telling of the headline's event out of reach.
    told = _told_positions(article)
    drafts = [replace(draft, sentence=told[draft.sentence]) for draft in drafts]
    events = _merge_events(drafts, lambda person: facts.state_led_by(person, published))
    return _after_possibility(view, events)


#: Common nouns a crime story calls the one who attacked by (``a feltételezett elkövető``).
PERPETRATOR_NOUNS = frozenset({"elkövető", "merénylő", "tettes"})
#: Postpositions that time an event after another (``az aláírást követően``).
AFTER_POSTPOSITIONS = frozenset({"után", "követően", "nyomán"})
#: Modalities that yield to ``hypothetical`` (see the gold protocol's order).
_BELOW_HYPOTHETICAL = frozenset(
    {Modality.PLANNED, Modality.INTENDED, Modality.REPORTED, Modality.OCCURRED}
)


def _after_possibility(view: TokenView, events: tuple[Event, ...]) -> tuple[Event, ...]:
    """The events, one told to follow another that the article tells only as a possibility
    (``A tűzszünet várhatóan a megállapodás aláírását követően lép hatályba``, the agreement
    to be signed if approved) made a possibility too: it cannot happen unless that does."""
    tokens = view.article.tokens
    possible = [
        (e.start, e.end)
        for event in events
        if event.modality is Modality.HYPOTHETICAL
        for e in event.evidence
    ]
    if not possible:
        return events
    result = []
    for event in events:
        if event.modality in _BELOW_HYPOTHETICAL:
            for evidence in event.evidence:
                clause = view.clause_at(evidence.start)
                if clause is None:
                    continue
                after = [
                    index
                    for index in range(max(clause.first + 1, 1), clause.last)
                    if tokens[index].lemma in AFTER_POSTPOSITIONS
                    and tokens[index - 1].pos == "NOUN"
                ]
                if any(
                    _in_phrase_before(tokens, clause.first, index, start)
                    and not evidence.start <= start < evidence.end
                    for index in after
                    for start, _ in possible
                ):
                    event = replace(event, modality=Modality.HYPOTHETICAL)
                    break
        result.append(event)
    return tuple(result)


def _in_phrase_before(tokens: Sequence[Token], first: int, index: int, offset: int) -> bool:
    """Whether character ``offset`` lies in the noun phrase right before the postposition at
    token ``index``: its noun and up to three nouns, names, articles or adjectives before it,
    within the clause starting at token ``first``."""
    start = index - 1
    while start > max(first, index - 4) and tokens[start - 1].pos in (
        "NOUN",
        "PROPN",
        "DET",
        "ADJ",
    ):
        start -= 1
    return tokens[start].start <= offset < tokens[index - 1].end


def _told_positions(article: Article) -> list[int]:
    """For each sentence, how many of the article's sentences before it are its own words,
    not wholly inside a direct quote."""
    direct = [(q.start, q.end) for q in article.quotes if q.kind is QuoteKind.DIRECT]
    positions, count = [], 0
    for sentence in article.sentences:
        positions.append(count)
        if not any(start <= sentence.start and sentence.end <= end for start, end in direct):
            count += 1
    return positions


def _latest_term(
    terms: Sequence[tuple[str, dt.date | None, dt.date | None]], day: dt.date | None
) -> str | None:
    """The body of the term held on ``day`` (any, when the day is unknown); of two held at
    once, the later begun."""
    held = [
        (first or dt.date.min, body)
        for body, first, last in terms
        if day is None or _within(first, last, day)
    ]
    return max(held)[1] if held else None


def _sole_term_holder(
    terms: Sequence[tuple[str, dt.date | None, dt.date | None]], day: dt.date | None
) -> str | None:
    """The one holder of a term on ``day`` (of a term still open, when the day is unknown),
    or None when there is none or several."""
    held = {
        holder
        for holder, first, last in terms
        if (_within(first, last, day) if day is not None else last is None)
    }
    return held.pop() if len(held) == 1 else None


def _within(first: dt.date | None, last: dt.date | None, day: dt.date) -> bool:
    """Whether ``day`` falls in a term from ``first`` to ``last`` (None: open at that end)."""
    return (first is None or first <= day) and (last is None or day <= last)


def _negation_inside_refusal(match: TriggerMatch) -> bool:
    """Whether every negation cue of ``match`` is a word of one of its refusal cues."""
    refusing = {i for cue in match.cues if cue.kind is CueKind.REFUSED for i in cue.tokens}
    negations = [cue for cue in match.cues if cue.kind is CueKind.NEGATED]
    return bool(refusing and negations) and all(
        cue.tokens and set(cue.tokens) <= refusing for cue in negations
    )


def _without_refusing_words(drafts: list[_Draft]) -> list[_Draft]:
    """Drafts without a REJECT whose words only refuse an act the same sentence codes as
    refused by the same actor: ``Ukrajna ellenzi, hogy kivonja csapatait`` is one RETREAT,
    refused (the gold protocol's ``refused``), not also a REJECT."""
    kept = []
    for draft in drafts:
        event = draft.event
        refusal = event.type == PloverType.REJECT.value and any(
            other.sentence == draft.sentence
            and other.event.modality is Modality.REFUSED
            and other.event.type != PloverType.REJECT.value
            and other.event.start > event.evidence[0].end
            and _ids(other.event.actors) & _ids(event.actors)
            for other in drafts
        )
        if not refusal:
            kept.append(draft)
    return kept


#: Courts by their common noun: what a court ``elítél`` it convicts.
COURT_NOUNS = frozenset(
    {"bíróság", "törvényszék", "bíró", "bírónő", "esküdtszék", "ítélőtábla", "kúria", "court"}
)
_CONVICT = "SANCTION:convict:bíróság el+ítél"


def _court_convicts(
    context: _ArticleContext, match: TriggerMatch, lexicon: Lexicon
) -> TriggerMatch:
    """``elítél`` is condemning in words (ACCUSE) unless a court does it: then it is a
    conviction. The phrase ``bíróság … elítél`` catches the court close to the verb; this
    catches it at any distance in the clause (``a bíróság X testvérét, Y-t is elítélte``),
    the court named by its common noun or by a name ending in one (``Fővárosi
    Törvényszék``)."""
    entry = match.entry
    if entry.type is not PloverType.ACCUSE or entry.text != "el+ítél":
        return match
    clause = context.view.clause_of(match.tokens[0])
    if clause is None:
        return match
    for argument in context.arguments(clause):
        if argument.marker != "Nom" or argument.descriptive:
            continue
        if argument.name.lower().split()[-1] in COURT_NOUNS:
            try:
                return replace(match, entry=lexicon.entry(_CONVICT))
            except KeyError:
                return match
    return match


def _demanded_noun(view: TokenView, match: TriggerMatch) -> bool:
    """Whether a noun trigger in the accusative is what a demanding verb right before it asks
    for (``sürgetett tűzszünetet``: the ceasefire has not happened; the demand is the event),
    however the model tagged that verb."""
    if match.entry.form is not TriggerForm.NOUN:
        return False
    tokens = view.article.tokens
    head = match.tokens[-1]
    if tokens[head].feature("Case") != "Acc":
        return False
    first = match.tokens[0]
    if first > 0 and view.surfaces[first - 1].lower().startswith(DEMANDING_STEMS):
        return True
    # ``Békét akarunk, nem tűzszünetet``: what a clause's ``akar`` wants.
    clause = view.clause_of(first)
    return clause is not None and any(
        tokens[i].lemma.lower() in DEMANDING_VERBS and tokens[i].feature("VerbForm") == "Fin"
        for i in range(clause.first, clause.last)
    )


def _requested(view: TokenView, match: TriggerMatch, requesting: Collection[int]) -> bool:
    """Whether ``match`` is what a request asks for: a subjunctive verb in the ``hogy``
    clause of a clause with a REQUEST trigger (``követelte, hogy vonuljanak ki``). The
    demanded act has not happened; PLOVER codes the request, whose content it is."""
    verb = _finite_verb(view.article, match)
    if verb is None or verb.feature("Mood") != "Imp":
        return False
    clause = view.clause_of(match.tokens[0])
    if clause is None or clause.opener != "hogy":
        return False
    matrix = view.previous_clause(clause)
    if matrix is None:
        return False
    return matrix.first in requesting or any(
        view.article.tokens[i].lemma.lower() in DEMANDING_VERBS
        or view.surfaces[i].lower().startswith(DEMANDING_STEMS)
        for i in range(matrix.first, matrix.last)
    )


#: Verbs of wanting whose object or ``hogy`` clause says what someone wants done, like a
#: demand's (``az oroszok ragaszkodnak ahhoz, hogy Ukrajna vonuljon ki``, ``békét akarunk,
#: nem tűzszünetet``): no event yet.
DEMANDING_VERBS = frozenset({"ragaszkodik", "akar", "szeretne", "óhajt"})
#: Written stems of verbs of demanding and insisting, for forms the tagger takes for other
#: words (``ragaszkodnak`` as a noun, ``sürgetett`` as a participle).
DEMANDING_STEMS = ("ragaszkod", "sürget", "követel", "szorgalmaz")


def _event_nouns(article: Article, match: TriggerMatch) -> frozenset[int]:
    """The tokens of a match that name the event as a noun: all of a nominalisation's, and
    the nominative noun of a phrase whose subject is the event (``orosz csapások érték``:
    the strikes are Russian, so Russia is their doer)."""
    if match.entry.form is TriggerForm.NOUN:
        return frozenset(match.tokens)
    if match.entry.form is not TriggerForm.PHRASE:
        return frozenset()
    return frozenset(
        index
        for index in match.tokens
        if article.tokens[index].pos == "NOUN"
        and (article.tokens[index].feature("Case") or "Nom") == "Nom"
    )


def _clause_key(view: TokenView, match: TriggerMatch) -> int:
    clause = view.clause_of(match.tokens[0])
    return clause.first if clause is not None else -1


#: Event types whose noun compounded with an acronym (``EU-hitel``) is the acronym's act.
COMPOUND_GIVER_TYPES = frozenset({PloverType.AID, PloverType.SANCTION, PloverType.ASSAULT})


def _without_objects(
    article: Article,
    matches: list[TriggerMatch],
    hosted: Callable[[TriggerMatch], bool] = lambda match: False,
) -> list[TriggerMatch]:
    """Leave out a noun trigger in an oblique case when its clause has a verb or phrase
    trigger of another type: it is that event's object (``nemet mondott a háttéralkura``),
    unless it is a meeting an organisation holds (``a hágai NATO-csúcsról``: a summit that
    took place, whatever the clause says of it) or the object of a present participle (``a
    megállapodást megkötő X``); and a match sharing words with a longer
    one: the longer phrase is the more specific reading (``a bíróság … ítéli el`` is a
    conviction, not a condemnation)."""
    verbal = [m for m in matches if m.entry.form is not TriggerForm.NOUN]
    kept = []
    for match in matches:
        if any(
            len(other.tokens) > len(match.tokens) and set(other.tokens) & set(match.tokens)
            for other in matches
        ):
            continue
        if match.entry.form is TriggerForm.NOUN and verbal:
            token = article.tokens[match.tokens[-1]]
            case = token.feature("Case") or "Nom"
            participle_object = case == "Acc" and _realising_participle(
                article, match.tokens[-1] + 1
            )
            if (
                case != "Nom"
                and any(v.entry.type is not match.entry.type for v in verbal)
                and not hosted(match)
                # (``elhatárolódott a megállapodást megkötő Szabótól``: the object of a
                # participle is not the clause verb's.)
                and not participle_object
            ):
                continue
        kept.append(match)
    return kept


@dataclass(slots=True)
class _Draft:
    """An event being coded, before merging: the event and what merging needs."""

    event: Event
    sentence: int
    anaphoric: bool
    #: The date is the news-recency inference, not a time expression of the text.
    date_inferred: bool = False
    #: The actors are the parties an ``X és Y között`` list names, all of them.
    parties_listed: bool = False
    #: The event noun is introduced as another one (``egy másik … megállapodás``).
    another: bool = False
    #: Undated: a body's past act whose sentence names no time (see
    #: :meth:`~kronika.extract.event_dates.EventDater.untimed_act`).
    untimed: bool = False


class _ArticleContext:
    """One article's lookups, built once: clauses, mentions, quotes, time expressions."""

    def __init__(
        self,
        article: Article,
        view: TokenView,
        facts: EntityFacts,
        times: Sequence[TimeExpression],
        matches: Sequence[TriggerMatch] = (),
    ) -> None:
        self.article = article
        self.view = view
        self.facts = facts
        self.times = [t for t in times if t.first is not None]
        self.dater = EventDater(article, view, times)
        self.mentions = [m for m in article.mentions if m.entity_id is not None]
        self._arguments: dict[int, list[Argument]] = {}
        # Only a nominalisation has a possessor argument (``Putyin tárgyalása``); the noun of a
        # verb phrase is its object (``megtiszteltetésnek nevezte``). Each clause's noun
        # triggers are fixed once, so a clause reads the same however it is first asked for.
        self._noun_triggers: dict[int, frozenset[int]] = {}
        for match in matches:
            nouns = _event_nouns(article, match)
            if nouns:
                key = _clause_key(view, match)
                self._noun_triggers[key] = self._noun_triggers.get(key, frozenset()) | nouns
        self._countries = Counter(
            facts.stands_for(m) for m in self.mentions if facts.is_country(facts.stands_for(m))
        )

    def _office_holder(self, body: str, noun: str) -> str | None:
        published = self.article.date.value if self.article.date is not None else None
        return self.facts.office_holder(body, noun, published)

    def arguments(self, clause: Clause) -> list[Argument]:
        """The participant candidates of ``clause``, read once."""
        key = clause.first
        cached = self._arguments.get(key)
        if cached is None:
            cached = clause_arguments(
                self.view,
                clause,
                self.mentions,
                self._noun_triggers.get(key, frozenset()),
                self.facts.demonyms,
                self.facts.stands_for,
                self.facts.institutions,
                self._office_holder,
                self.facts.is_country,
            )
            cached = [self._owned_government(argument) for argument in cached]
            self._arguments[key] = cached
        return cached

    def _owned_government(self, argument: Argument) -> Argument:
        """A government named by its head (``a Trump-kormányzat``, ``az Orbán-kormány``, ``a
        Biden-adminisztrációval``, ``Donald Trump elnök kormánya``) as the government of the
        state that person led, when the KB knows they led one: the person the article names,
        else the one leader of that family name, or those who all led the same state (``a
        Bush-kormány``). It is the state's institution if the KB lists one (``magyar
        kormány``), else the state itself, as ``az amerikai kormány``."""
        if argument.entity_id is not None and not argument.entity_id.startswith("nil:"):
            return argument
        found = OWNED_GOVERNMENT.match(self.article.text[argument.start : argument.end])
        if found is not None:
            owner = found.group(1).lower()
            people = {
                m.entity_id
                for m in self.mentions
                if m.label == "PER"
                and m.entity_id is not None
                and not m.entity_id.startswith("nil:")
                and any(
                    word.startswith(owner)
                    for word in self.article.text[m.start : m.end].lower().split()
                )
            } or set(self.facts.leader_surnames.get(fold(owner), ()))
        else:
            people = self._government_owner(argument)
        # Of a leader's terms, those at the head of a state (Rutte led the Netherlands'
        # government before NATO): a government is a state's.
        states = {
            state
            for person in people
            for state, _, _ in self.facts.leaders.get(person, ())
            if self.facts.types.get(state) == "country"
        }
        if len(states) != 1:
            return argument
        [state] = states
        government = next(
            (
                self.facts.institutions[f"{word} kormány"]
                for word, country in self.facts.demonyms.items()
                if country == state and f"{word} kormány" in self.facts.institutions
            ),
            state,
        )
        return replace(argument, entity_id=government, label="ORG")

    def _government_owner(self, argument: Argument) -> set[str]:
        """The linked person who owns a government noun (``Donald Trump elnök kormánya``),
        past their title, as a one-element set; empty when there is none."""
        tokens = self.article.tokens
        noun = tokens[argument.last - 1]
        if (
            not argument.by_role
            or argument.last - argument.first != 1
            or noun.lemma.lower() not in GOVERNMENT_NOUNS
            or not noun.feature("Person[psor]")
        ):
            return set()
        index = argument.first - 1
        while index >= 0 and tokens[index].pos == "NOUN" and is_title(tokens[index]):
            index -= 1
        if index < 0:
            return set()
        owner = next(
            (
                m
                for m in self.mentions
                if m.start <= tokens[index].start < m.end and m.label == "PER"
            ),
            None,
        )
        if owner is None or owner.entity_id is None or owner.entity_id.startswith("nil:"):
            return set()
        return {owner.entity_id}

    def code(
        self, match: TriggerMatch, clause_matches: Sequence[TriggerMatch], extractor: str
    ) -> _Draft | None:
        article, view = self.article, self.view
        clause = view.clause_of(match.tokens[0])
        if clause is None or _standing_state(article, match) or self._titles(match):
            return None
        # The trigger's own head word is no participant; a participant written into a phrase
        # is (``a bíróság elítélte``: the court convicts).
        head = _head_token(article, match)
        arguments = [a for a in self.arguments(clause) if not (a.first <= head < a.last)]
        # ``a kormány korlátozná a fegyverek számát (Sajid Akram … puskát tarthatott)``: a
        # parenthetical clause and the clause around it share no participants.
        asides = _parentheticals(article, clause)
        if asides:
            inside = next((span for span in asides if span[0] <= head < span[1]), None)
            arguments = [
                a
                for a in arguments
                if next((span for span in asides if span[0] <= a.first < span[1]), None) == inside
            ]
        colon = next(
            (i for i in range(head - 1, clause.first, -1) if view.surfaces[i] == ":"), None
        )
        if colon is not None and _own_subject(article, replace(clause, first=colon + 1)):
            # ``A Fradi és a szurkolók: egy férfi megtámadta a boltot``: after a colon with a
            # subject of its own, what stands before the colon is a topic, no party.
            arguments = [a for a in arguments if a.first > colon]
        attribution = _attribution_dash(article, view, clause, head)
        if attribution is not None:
            # ``Indiába látogatott Orbán – erről posztolt Hadházy Ákos``: who tells of the
            # event after a dash is no party to it.
            arguments = [a for a in arguments if a.first < attribution]
        agent_participle = _agent_participle(article, view, match)
        # ``a Marco Rubio által vezetett minisztérium nem volt hajlandó``: an ``által`` phrase
        # is the doer of its participle and of the event noun that participle describes
        # (``az Oroszország által Ukrajna ellen indított háborúban``), of nothing else.
        arguments = [
            a
            for a in arguments
            if a.marker != "által" or agent_participle or _by_phrase_target(view, a) == head
        ]
        entry = match.entry
        noun = entry.form is TriggerForm.NOUN
        giver = self._compound_giver(match)
        roles = _roles(entry.frame.roles, arguments)
        if "actor" in roles:
            roles["actor"] = _nearest_party_list(view.surfaces, roles["actor"], head)
        if entry.text in OBJECT_HEADS and self._wrong_object(match, clause):
            # ``aláírta a fiú zászlaját``, an autograph: no agreement; ``a problémák
            # enyhítése``, ``lazít a medencében``: nothing of pressure is eased.
            return None
        if entry.text in CLASHING_WORDS and self._names_one_of(clause, CONTESTS):
            # ``Az előző fordulóban X és Y csaptak össze``: a clash in a round, a match or a
            # debate is a contest, no violence.
            return None
        if entry.text in HEARING_WORDS and self._names_one_of(clause, COURT_WORDS):
            # ``a tárgyalást vezető svéd bíró``: a court's hearing, no negotiation.
            return None
        if entry.text == "be+tör" and self._into_field(match, clause):
            # ``az amerikai politikai életbe … tört be``: breaking through into a field, with
            # more words between than the lexicon's idioms allow.
            return None
        if entry.text in ADMITTING_VERBS and self._admits(match, clause):
            # ``a vezérkar elismerte, kivonulnak az erők``: admitting what the next clause
            # says (as ``elismerte, hogy``) praises and recognises no one; ``bevallotta, mi
            # a gond`` tells a question's answer, no fault.
            return None
        if any(
            word.wildcard and ("Case", "Ins") in word.features for word in entry.pattern
        ) and any(
            article.tokens[i].feature("Case") == "Ins"
            and article.tokens[i].lemma.lower() in MANNER_INSTRUMENTALS
            for i in match.tokens
        ):
            # ``háttal ülő férfi beszél``, ``könnyekkel küszködve beszélt``: a body part or a
            # manner in the instrumental is how someone talks, not whom with.
            return None
        if entry.text in ATTACKING_VERBS and self._figurative_target(match, clause):
            # ``koalícióban támadja a magyar felsőoktatást``: an attack on an institution's
            # field, a policy or a value is words, no violence.
            return None
        if entry.mode == "destroy" and not self._destroys_something(match, clause, roles):
            # ``rengeteget rombol``, ``az EU-t megsemmisíteni``, ``a termékek
            # megsemmisítése``, ``a jogállamot lerombolja``: no town, building or weapon is
            # destroyed, so no attack.
            return None
        if noun:
            self._possessed_place_is_target(
                roles, entry.frame.roles, entry.mode, entry.text in SIEGE_NOUNS
            )
        # ``ha újabb csapás éri a helyszínt``, ``miután a szülők megtudták, nyomozás
        # indult``: a phrase whose event noun is the subject of its verb has no other
        # subject; only the noun's owner does it (below).
        event_subject = (
            entry.form is TriggerForm.PHRASE
            and bool(_event_nouns(article, match))
            and any(article.tokens[index].pos in ("VERB", "AUX") for index in match.tokens)
        )
        if event_subject:
            roles["actor"] = [a for a in roles.get("actor", []) if a.marker != "Nom"]
        heard_span = range(0)
        if entry.text in REPORT_HEARINGS:
            # ``meghallgatta Umerov és Hnatov tárgyalók jelentését``: who owns the report is
            # heard, a partner, whatever case the tagger gave the names before the noun.
            first, last = min(match.tokens), max(match.tokens)
            heard_span = range(first + 1, last)
            heard = [
                a
                for a in arguments
                if first < a.first < last
                and not a.descriptive
                and article.tokens[a.first].pos != "ADJ"
            ]
            roles = {role: [a for a in found if a not in heard] for role, found in roles.items()}
            if not heard:
                # (``meghallgatta a zenét, majd elolvasta a jelentést``: no one reported.)
                return None
            roles["partner"] = heard
        roles["actor"] = [self._person_meant(a, match) for a in roles.get("actor", [])]
        conjunct = None if noun else self._conjunct_with_subject(clause, head)
        if conjunct is not None:
            # ``A két főszereplő, X és Y …, de mellettük számos mellékszereplő vonul fel``: a
            # verb whose conjunct has a nominative of its own before it has that subject, not
            # a name in the verbless conjunct before.
            roles["actor"] = [a for a in roles["actor"] if a.first > conjunct]
        actors = roles["actor"]
        owners: list[Argument] = []
        if (
            not actors
            and entry.form is TriggerForm.PHRASE
            and _event_nouns(article, match)
            and entry.frame.markers("actor")
        ):
            # ``orosz csapások érték a várost``: the owner of the phrase's event noun does it
            # (the verb agrees with the noun, not with its owner), unless the frame never
            # names the doer (``Trumpnak igaza van``: Trump is the one said to be right).
            owners = [a for a in arguments if a.marker == POSSESSOR and not a.descriptive]
            actors = owners
        # (An event noun with an owner is the owner's: ``a kamionosok demonstrációját
        # szervező Orosz Tibor`` organises the truckers' demonstration.)
        owned = noun and any(a.marker == POSSESSOR and not a.descriptive for a in arguments)
        doer = self._object_of_participle(match, arguments) if noun and not owned else None
        if doer is not None:
            # ``a megállapodást megkötő Magyar Közúti Fuvarozók Egyesülete``: an event noun
            # that a present participle takes as its object is the deed of the name the
            # participle describes, whatever that name's case.
            actors = [doer]
            for role in list(roles):
                roles[role] = [a for a in roles[role] if a is not doer]
            roles["actor"] = actors
        elif noun and not owned and self._object_of_other_act(match):
            # ``viszonyt ápolt a túszejtést pénzelő Kadhafival``: an event noun
            # the participle of another act takes as its object is what someone does
            # something to (finances, supports); the clause's subject did not do it.
            return None
        elif _participle(article, match):
            # ``a Borsot betiltó Mikus Zsuzsanna``: a participle's doer is the name it
            # describes (see :mod:`kronika.extract.triggers`), whatever that name's case.
            actors = [a for a in arguments if a.first == head + 1]
            for role in list(roles):
                roles[role] = [a for a in roles[role] if a.first != head + 1]
            roles["actor"] = actors
        elif _attributive_phrase(article, match, clause):
            # ``megúszta az ellene … indított eljárást``: a phrase's verb right before its
            # noun, in a clause whose predicate is another verb, is a participle describing
            # the noun; the clause's subject did not do it, and nobody named did, unless the
            # noun names its giver (``az Ukrajnának nyújtott EU-hitel``: see below).
            if giver is None:
                return None
            actors = []
            roles.pop("actor", None)
        elif _undergoer_after(article, match):
            # ``a brutálisan bántalmazott Sebestyén József``: a verb after an article is a
            # participle describing who underwent it; with no ``által`` phrase naming the
            # doer, nobody named did it.
            return None
        elif agent_participle:
            # ``az oroszok által követelt területek``: the ``által`` phrase is the doer; the
            # clause's subject does something else with the thing the participle describes.
            # With no named doer (``a légvédelem által lelőtt drónok``) there is no event.
            actors = [a for a in arguments if a.marker == "által"]
            if not actors:
                return None
            roles = {
                role: [a for a in found if a.marker not in ("Nom", "által")]
                for role, found in roles.items()
            }
            roles["actor"] = actors
        elif not noun and not owners and not _agrees(article, match, actors):
            # ``Greta Thunberget letartóztatták``: a lone singular name cannot be the subject
            # of a plural verb; the verb is impersonal and its doer unnamed.
            actors = []
        # ``nem sikerült megállapodásra jutni``: a bare infinitive under ``sikerül`` names
        # no subject but a dative one (``Oroszországnak nem sikerült …``); it takes none from
        # its matrix or the sentence before.
        failed_to = not noun and (
            _bare_infinitive_under(
                article, match, self.view.clause_of(match.tokens[0]), SUCCEEDING_VERBS
            )
            # ``…, amivel egyszer találkozni kell``: what one must do in a relative clause is
            # no one's in particular, and not the antecedent's or the matrix subject's.
            or (
                self._relative_pronoun(clause) is not None
                and _impersonal_infinitive(article, match)
            )
        )
        if not noun and (_personal_infinitive(article, match) or failed_to):
            # ``az ukrán parlamentnek ratifikálnia kell``: the subject of an inflected
            # infinitive stands in the dative, in its own conjunct (``…, és a kormánynak
            # jóvá kell hagynia``: the government, not the parliament before it); a
            # nominative beside it is another verb's (``Rubiónak részt kellett volna
            # vennie …, de Witkoff …``).
            since, until = _verbs_around(article, clause, head)
            # (The tagger may call that dative a genitive, as an owner's: ``Európának``.)
            datives = [
                a
                for a in arguments
                if a.marker in ("Dat", "Gen") and not a.descriptive and since < a.first < until
            ]
            actors = datives or actors
            for role in RECIPIENT_ROLES:
                if role in roles:
                    roles[role] = [a for a in roles[role] if a not in actors]
            # ``X úgy véli, a politikusnak le kellene mondania``: a dative the text names by a
            # common noun is the subject all the same, so none is taken from elsewhere.
            unnamed_dative = not actors and any(
                article.tokens[index].pos == "NOUN"
                and article.tokens[index].feature("Case") in ("Dat", "Gen")
                for index in range(max(since + 1, clause.first), min(until, clause.last))
            )
        else:
            unnamed_dative = False
        inferred = False
        quote = self._quote_of(match.start, match.end)
        if not actors and noun:
            case = article.tokens[match.tokens[-1]].feature("Case") or "Nom"
            # ``Bencsik a bántalmazásról beszélt``: who talks or writes about an event is not
            # its doer (who decides about one is: ``döntést hozott a csomagról``, and who
            # talks about their own is: ``Putyin a tárgyalásáról beszélt``); nor is
            # whoever does something until it (``Moore a tárgyalásokig ártatlannak vallotta
            # magát``: the trial is a time bound).
            told_about = (
                (
                    case == "Del"
                    and not self._own_noun(match)
                    and self._communicates(clause, COMMUNICATION_VERBS)
                )
                or case == "Ter"
                # ``megvédték szabadságukat a fenyegetésektől``, ``tartózkodik az
                # erőszaktól``, ``fél a támadástól``: what one is kept, keeps or shrinks
                # from is someone else's, or no one's.
                or case == "Abl"
                # ``Vučić megerősítette a tárgyalásokat``: who confirms or denies talks vouches
                # for them, and is no party to them by that.
                # (A cooperation, support or force ``megerősít`` strengthens: ``megerősítik az
                # együttműködést`` is the subject's own.)
                or (
                    case == "Acc"
                    and entry.type not in STRENGTHENED_TYPES
                    and not self._own_noun(match)
                    and self._communicates(clause, VOUCHING_VERBS)
                )
                # ``a rendőrség nem találta igazoltnak a bántalmazásokat``: who judges an
                # event (found it proven, holds it unacceptable) is no party to it.
                or (case == "Acc" and not self._own_noun(match) and self._judges(clause))
                # ``reagált a bombázásra``: who reacts to an event did not do it, nor who acts
                # in view of it (``a felháborodásra tekintettel``).
                or (
                    case == "Sbl"
                    and not self._own_noun(match)
                    and (
                        self._communicates(clause, REACTING_VERBS)
                        or self._word_after(match) in REGARDING_WORDS
                    )
                )
            )
            held = entry.mode in PERSON_UNDERGOES and case in CUSTODY_CASES
            received = case == "Acc" and (
                self._communicates(clause, RECEIVING_VERBS) or self._serves(match, clause)
            )
            # ``a tábornok meghalt egy robbantásban``, ``megsérült a támadásban``: who dies or
            # is hurt in an attack is its victim.
            suffered = case in ("Ine", "Sup", "Ela", "Cau") and self._communicates(
                clause, SUFFERING_VERBS
            )
            if suffered:
                roles["target"] = [a for a in arguments if a.marker == "Nom" and not a.descriptive]
            elif held:
                # ``Letartóztatásban van az igazgató``, ``őrizetbe került``: who is held
                # undergoes it, by someone unnamed.
                roles["target"] = [a for a in arguments if a.marker == "Nom" and not a.descriptive]
            elif received:
                # ``Ukrajna védelmet kapna az Egyesült Államoktól``: who receives support gets
                # it from the giver in ``-tól/-től``.
                actors = [a for a in arguments if a.marker == "Abl" and not a.descriptive]
                roles["recipient"] = [
                    a for a in arguments if a.marker == "Nom" and not a.descriptive
                ]
            # ``helyt ad a bíróság a kérelemnek``: who answers a request did not make it.
            elif case != "Nom" and not told_about and not _answered(article, match, clause):
                actors = [a for a in arguments if a.marker == "Nom" and not a.descriptive]
        if not actors and _had(article, clause, match) and entry.frame.markers("actor"):
            # ``Belgrádnak nincs kifogása``: the dative owner of what the clause says someone
            # has (or has not) is its actor, not a recipient (the tagger calls that dative
            # a genitive).
            actors = [a for a in arguments if a.marker in ("Dat", "Gen") and not a.descriptive]
            for role in RECIPIENT_ROLES:
                if role in roles:
                    roles[role] = [a for a in roles[role] if a not in actors]
        host = self._compound_host(match) if noun else None
        relative = None if noun else self._relative_pronoun(clause)
        if (
            relative == "Nom"
            and not owners
            and all(a.marker == "Nom" for a in actors)
            and self._opening_word(clause) in NOMINATIVE_RELATIVES
        ):
            # ``…, akik támogatják Trump „…” politikáját``: the nominative relative pronoun is
            # the subject, so a name the clause leaves in the nominative is an owner the
            # tagger missed, not the doer; the antecedent is (below).
            actors = []
        if relative is not None and relative != "Nom":
            # ``…, akiknek megköszönte a támogatásukat``: an oblique relative pronoun stands
            # for its antecedent in that case's role (here the recipient), whether the clause
            # names its subject (``a vadorzót, akit a kommandósok fogtak el``) or the
            # sentence already has one.
            for role, markers in entry.frame.roles:
                if relative in markers and role != "actor":
                    antecedents = self._antecedent(clause, all_coordinated=True)
                    if not actors or self._agreeing_antecedent(clause, antecedents):
                        roles.setdefault(role, []).extend(antecedents)
                    break
        # An adverbial clause shares its matrix clause's subject only when it has none of its
        # own and its verb could agree with a named one (a plural is impersonal:
        # ``amikor megölték``).
        own_subject = clause.opener in ADVERBIAL_OPENERS and (
            self._has_own_subject(clause, heard_span) or not _carries_subject_over(article, match)
        )
        if (
            not actors
            and not noun
            and not own_subject
            and not event_subject
            and not unnamed_dative
            and not failed_to
            and conjunct is None
        ):
            if relative == "Nom":
                # ``Giuffre, aki … vádolta meg``: a nominative relative pronoun is the
                # antecedent named right before it.
                actors = self._antecedent(clause)
            else:
                actors = self._matrix_subject(clause, relative=relative is not None)
                matrix_common = False
                if not actors and relative is None:
                    # ``…, és az őr lefogta a fiút, hogy megvédje …``: a clause
                    # depending on one whose subject is a common noun has that subject (the
                    # person the article titled so, if any), not a name from further back.
                    common = self._matrix_common_subject(clause, match.start)
                    if common is not None:
                        actors = common
                        matrix_common = True
                talked_about = self._talked_about(clause)
                if talked_about is not None:
                    # ``Imran Ahmed, akiről Rogers azt állította, hogy együttműködött …``: who
                    # a claim is about does what it says, not who claims it.
                    actors = talked_about
                if not _agrees(article, match, actors) and not (
                    clause.opener is None and self._is_body(actors)
                ):
                    # (A coordinated clause's plural verb may still take over a body, whose
                    # people act: ``a minisztérium nem kommentálta, de megvédték …``.)
                    # ``…, míg Hohn meghalt, egy sofőrt vádoltak meg``: a plural verb does
                    # not take over a lone singular name; it is impersonal.
                    actors = []
                own = (
                    _own_subject(article, clause)
                    if clause.opener == "hogy" or relative is not None
                    else None
                )
                if clause.opener is None and relative is None:
                    # ``…, de az megtagadta``: a coordinated clause with a subject of its own
                    # (a name only as the clause's nominative participant: ``Felszólítjuk
                    # Mark Ruttét`` leaves the tagger's nominative an object).
                    own = _own_subject(article, clause)
                    if (
                        own is not None
                        and own[0] == "named"
                        and not any(
                            a.marker == "Nom" and own[1] in a.name.lower() for a in arguments
                        )
                    ):
                        own = None
                own_other = (
                    own is not None
                    and bool(actors)
                    and (
                        _other_subject(own, actors[0], self._person(actors[0]))
                        or _contrasted_subject(article, clause)
                    )
                )
                if own_other:
                    # ``a minisztérium közölte, hogy az EU tejtermék-importja támogatott``: a
                    # ``hogy`` clause with a subject of its own takes none from its matrix,
                    # nor from the sentence before; nor does a relative clause (``egy
                    # interjút, amelyen egy árnyékban álló nő beszél``).
                    actors = []
                if (
                    not actors
                    and not own_other
                    and not matrix_common
                    and talked_about is None
                    and _carries_subject_over(article, match)
                ):
                    # ``X Orbán Viktor védelmére kelt``: the one the clause's event is for
                    # or against is not who does it, whoever the sentence before had act (a
                    # place where it happens may be the carried subject's own state).
                    others = {
                        a.entity_id
                        for a in arguments
                        if a.marker != "Nom" and a.marker not in LOCATIVE_CASES
                    } - {None}
                    actors = [a for a in self._previous_subject(match) if a.entity_id not in others]
                    own = _own_subject(article, clause)
                    if own is None and clause.opener is None:
                        # ``A nevelőnő jelentette …, és meg is verette``: a clause with no
                        # subject shares the one its sentence opened with.
                        opening = self._opening_clause(match.sentence)
                        if (
                            opening is not None
                            and opening.opener is None
                            and not any(
                                self.view.surfaces[i] in CLOSING_QUOTES
                                for i in range(opening.first, clause.first)
                            )
                        ):
                            # (Not past a quotation's end and its attribution: ``„Ez nem
                            # befolyásolja …” – írta Landry köszönetet mondva``.)
                            own = _own_subject(article, opening)
                    titled = (
                        self._titled_person(own[1], match.start)
                        if own is not None and own[0] == "common" and not own[2]
                        else None
                    )
                    if titled is not None:
                        # ``… – mondta Erdő Péter bíboros. A bíboros azt kérte``: a role noun
                        # is the person the article titled so, whoever the sentence before
                        # began with (``Isten``).
                        actors = [titled]
                    elif (
                        own is not None
                        and actors
                        and (
                            _other_subject(own, actors[0], self._person(actors[0]))
                            or (own[0] == "common" and self._named_apart(own[1], actors[0]))
                        )
                    ):
                        # A main clause with a subject of its own takes none from the
                        # sentence before: ``Fatih Birol … elismerte``; ``A pápa …
                        # sürgette`` after a sentence about Russia. A role noun after a
                        # person (``Erdő Péter … . A bíboros azt kérte``) is that person,
                        # unless the sentence before used it for someone else (``X kitüntette
                        # a nevelőnőt. A nevelőnő jelentette …``).
                        actors = []
            inferred = bool(actors)
        if not actors and not noun and entry.type is PloverType.PROTEST:
            actors = self._protesting_place(match, arguments)
            inferred = bool(actors)
        actor_parts = [_participant(a, inferred) for a in actors]
        listed = bool(actors) and all(a.marker == "közötti" for a in actors)
        if host is not None:
            # ``a hágai NATO-csúcsról``: the organisation a meeting noun is compounded with
            # holds it, whoever else the clause has attend.
            actor_parts = [host, *actor_parts]
        elif giver is not None:
            # ``az Ukrajnának nyújtott EU-hitel``, ``az USA-szankciók``: the organisation or
            # state an aid, a sanction or an attack is compounded with gives it, not the
            # clause's subject (``Magyarország nem vesz részt az EU-hitel finanszírozásában``).
            actor_parts = [giver]
        # ``„…, amit Putyin hajtogat, hogy »nem mi támadtuk meg Ukrajnát«”``: a first person
        # inside a quotation within the quote is the one quoted there, not the speaker.
        voiced = quote is not None and not _inner_quoted(article, quote.start, match.start)
        if (
            not actor_parts
            and voiced
            and quote is not None
            and (not noun or entry.type in SPEAKER_SIDE_TYPES)
            and _first_plural(article, match, clause)
        ):
            # ``Várjuk a párbeszéd folytatását``, says the Ukrainian president: a head of state
            # or government saying ``we`` speaks for the state.
            state = self.facts.state_spoken_for(quote.speaker_id, _day(article))
            # ``segítsük Ukrajnát``, says Ukraine's president: ``we`` are then the partners,
            # not the state the clause names as another participant.
            if state is not None and all(a.entity_id != state for a in arguments):
                actor_parts = [replace(self._speaker(quote, inferred=True), entity_id=state)]
        if not actor_parts and quote is not None and quote.speaker_id is not None:
            # Only a leader speaks of their own side's agreements and talks this way; a
            # commentator's ``a megállapodás`` is someone else's. Under ``szerint`` the text
            # relays what someone holds true (``Rutte szerint a washingtoni egyezmény
            # kimondta``), not a plan of the speaker's own.
            own_plan = (
                noun
                and entry.type in SPEAKER_SIDE_TYPES
                and quote.kind is QuoteKind.INDIRECT
                and quote.cue != "szerint"
                and self.facts.state_led_by(quote.speaker_id, _day(article)) is not None
            )
            if own_plan or (voiced and _first_singular(article, match)):
                actor_parts = [self._speaker(quote, inferred=True)]
        if not actor_parts and quote is None and _first_singular(article, match):
            # ``Ismételt felhívást intézek … – sürgetett tűzszünetet XIV. Leó pápa``: a
            # statement without quotation marks, attributed after a dash, is the speaker's;
            # ``Kovács egy „Támogatom …” feliratú táblával jelent meg``: an inscription's
            # is whoever bears it.
            speaker = self._dash_attribution(match) or self._label_bearer(match)
            if speaker is not None:
                actor_parts = [_participant(speaker, inferred=True)]
        if not actor_parts and not noun and entry.authority and _unnamed_doer(article, match):
            if self._says_any(clause, COUNTRYWIDE):
                # ``országszerte több száz embert tartóztattak le``: done all over a country,
                # by many of its bodies, not by the one the article names: the state the
                # story is set in.
                country = self._story_state(match.tokens[0])
                if country is not None:
                    actor_parts = [country]
                    inferred = True
            elif not self._says_any(clause, NATIONWIDE):
                # ``Elítéltek két iszlám radikálist``, ``eljárás indult``: a court convicts
                # and the police investigate; the text leaves them unnamed where the article
                # names them elsewhere (``a Preston Crown Court``, ``a londoni rendőrség``).
                body = authority_body(
                    view, entry.authority, self.mentions, self.facts.stands_for, match.tokens[0]
                ) or self._state_where(arguments)
                if body is not None:
                    actor_parts = [_participant(body, inferred=True)]
                    inferred = True
        at_war = False
        if not actor_parts and noun and entry.type is PloverType.ASSAULT:
            # ``az Ukrajna elleni invázió``, ``az Ukrajnában folyó háború``: a war whose side
            # the text leaves out is waged by the state the KB knows to be at war with the
            # one attacked, when the article names it.
            attacker = self._war_attacker(match, roles, arguments)
            if attacker is not None:
                actor_parts = [attacker]
                inferred = at_war = True
        if (
            not actor_parts
            and noun
            and entry.mode == "ceasefire"
            and article.tokens[match.tokens[-1]].feature("Case") == "Nom"
            and clause.opener is None
            and not any(roles.get(role) for role in RECIPIENT_ROLES)
        ):
            # ``A tűzszünet a megállapodás aláírását követően lép hatályba``: a ceasefire
            # told as the subject of a main clause, its parties left out, is between the
            # sides of the war the article tells of, when it names both. (One someone
            # proposes, refuses or watches over, ``elutasította a tűzszünetre tett
            # javaslatot``, is that act's object, coded by the act; one in a clause that
            # depends on another, ``azzal érvelt, hogy a fegyvernyugvás Kijevnek
            # kedvezne``, is the reason or content of that act.)
            actor_parts = self._war_sides()
            inferred = bool(actor_parts)
        spoken = False
        if (
            not actor_parts
            and not noun
            and not entry.frame.markers("actor")
            and any(roles.get(role) for role in RECIPIENT_ROLES)
        ):
            # ``Rutte azt mondja, Trumpnak igaza van``, ``X szerint Magyarországnak igaza
            # volt``: an act a frame never names the doer of is done by saying it, by whoever
            # the clause is reported from, to the one it names (``kinek van igaza`` names
            # no one).
            if quote is not None and not (quote.rule or "").endswith("/subject"):
                # (A speaker the quote finder only guessed from the context yields to the
                # subject the sentence gives its reporting verb.)
                sayer = self._reporting_subject(match) or self._source(match, quote)
            else:
                sayer = self._source(match, quote) or self._reporting_subject(match)
            if sayer is not None:
                actor_parts = [replace(sayer, inferred=True)]
                inferred = spoken = True
        if (
            not actor_parts
            and not noun
            and match.segment is SegmentKind.HEADLINE
            and entry.type in VERBAL_TYPES
            and not entry.authority
            and _impersonal_plural(_finite_verb(article, match))
        ):
            # ``Ausztriában mondtak ítéletet Magyarországról`` over a lede that tells what
            # ``– állapította meg a Der Standard``: a headline's impersonal verbal act is the
            # statement the lede attributes (an authority's act, ``vádat emeltek``, is not).
            teller = self._lede_speaker()
            if teller is not None:
                actor_parts = [teller]
                inferred = True
        if (
            not actor_parts
            and entry.type is PloverType.ASSAULT
            and match.segment is SegmentKind.HEADLINE
        ):
            # ``Újabb merénylet Moszkvában`` over a story that tells of ``a feltételezett
            # elkövető``: the headline's attack told with no attacker is the one the article
            # calls the perpetrator.
            perpetrator = self._perpetrator()
            if perpetrator is not None:
                actor_parts = [perpetrator]
                inferred = True
        if not actor_parts and not (noun and _definite(article, match)):
            return None
        if entry.mode == "vandalize" and any(
            self.facts.is_country(p.entity_id) for p in actor_parts
        ):
            # ``az oroszok megtámadták a kikötőt, megrongálva a létesítményeket``: what a
            # state's forces damage they attack (the attack is coded); it is no vandalism.
            return None
        if (
            entry.mode == "investigate"
            and noun
            and all(self._head_lemma(p) in RESEARCHERS for p in actor_parts)
        ):
            # ``dél-koreai kutatók vizsgálata mutatta ki``: what researchers examine is a
            # study, not an inquiry into anyone's wrongdoing.
            return None
        if noun and _free_of(article, match):
            # ``agressziótól mentes politika``: what something is free of does not happen.
            return None
        if _verbless_infinitive(article, match):
            # ``Diktatúrában tiltakozni, szabadságban vitatkozni – X és az értelmiség
            # útkeresése``: an infinitive in a sentence with no finite verb names an act (a
            # title, a motto), which nobody does here.
            return None
        if _evaluated_infinitive(article, match, clause) and not any(
            a.marker in ("Dat", "Gen") for a in arguments
        ):
            # ``ezeket a tételeket politikailag nagyon nehéz visszavonni``: how hard or
            # important it is to do something, for no one named (a dative would be the doer:
            # ``Kijevnek nehéz visszavonulni``), is no one's act.
            return None
        if _bare_infinitive_under(article, match, clause, IMPERSONAL_MODALS):
            # ``meg lehet támadni a rendeletet``: an infinitive under impersonal ``lehet``
            # says what one may do; nobody in particular does it, and the names of the
            # clause are its objects, not its actors.
            return None
        anaphoric = not actor_parts
        if entry.type is PloverType.PROTEST and not any(roles.get(r) for r in RECIPIENT_ROLES):
            # ``az amerikai közeledés miatt tüntettek``: whose act a protest is over is whom
            # it is against, when it names no one else.
            roles["target"] = [
                a for a in roles.get("reason", []) if a.entity_id and not a.descriptive
            ]
        recipients = [_participant(a) for role in RECIPIENT_ROLES for a in roles.get(role, [])]
        actor_keys = {_key(p) for p in actor_parts}
        if not recipients and actor_parts and not noun:
            recipients = self._pronoun_recipient(clause, entry.frame.roles, actor_keys)
        recipients = _unique([p for p in recipients if _key(p) not in actor_keys])
        if spoken and not recipients:
            # ``Trump: „Trumpnak igaza volt”``: saying oneself is right endorses no one.
            return None
        topics = [
            Participant(a.start, a.phrase_end, article.text[a.start : a.phrase_end], a.entity_id)
            for a in roles.get("topic", [])
        ]
        topics.extend(self._topic_phrases(clause, topics))
        place = self._place(clause, arguments, roles, match.tokens)
        if place is None and self._says_any(clause, COUNTRYWIDE):
            # ``országszerte tüntettek``: the place is the country the story is set in.
            place = self._story_state(match.tokens[0])
        if entry.mode == "visit" and not recipients and place is not None:
            recipients = self._host(place, actor_keys)
        if (
            entry.mode == "visit"
            and not recipients
            and place is None
            and self._common_destination(clause, arguments)
        ):
            # ``ellátogatott a szerencsétlenség helyszínére``: a visit to a site, neither a
            # party nor a place the KB knows, is no meeting.
            return None
        if place is None and entry.type is PloverType.ASSAULT:
            place = self._attacked_place(roles.get("target", [])) or self._attacked_country(
                clause, match, actor_keys
            )
        sentence = article.sentences[match.sentence]
        modality, source, continuing = self._modality(match, actor_parts, quote)
        if spoken and modality is Modality.REPORTED:
            # Saying someone is right is the act itself, done by the one the report is of.
            modality, source = Modality.OCCURRED, None
        if at_war and modality not in REALIS and modality is not Modality.NEGATED:
            # ``megakadályozzák, hogy … az Ukrajna elleni invázió finanszírozására használja``:
            # a war the KB knows to go on is waged, whatever the clause around its noun says
            # of other things.
            modality = Modality.OCCURRED
        if CueKind.REPORTED in match.cue_kinds() and self._polled(match):
            # ``a megkérdezettek 40 százaléka szerint le kellene mondania``: what a share of
            # a poll's respondents think is an opinion, no event.
            return None
        if (
            source is None
            and modality is Modality.REPORTED
            and len(actor_parts) == 1
            and actor_parts[0].inferred
            and self._told_by_dropped_subject(match)
        ):
            # ``(XIV. Leó …) Elmondta, hogy … beszélt telefonon``: the one who told it is
            # the subject both verbs dropped.
            source = actor_parts[0]
        if place is None and modality is Modality.OCCURRED and entry.type in VERBAL_TYPES:
            # ``újságíróknak Belgrádban azt mondta, hogy Belgrádnak nincs kifogása``: a
            # verbal act made in a statement is made where the statement is.
            place = self._statement_place(match, clause)
            if place is None and quote is not None and quote.speaker_id is not None:
                # ``„Felhívást intézek …” – mondta a pápa``: a verbal act in a quote is made
                # where the article says its speaker spoke.
                place = self._speakers_place(quote.speaker_id)
        ceasefire_at_issue = entry.type in (PloverType.REJECT, PloverType.AGREE) and any(
            m.entry.mode == "ceasefire" and m is not match for m in clause_matches
        )
        if (
            (entry.type is PloverType.ASSAULT or entry.mode == "ceasefire" or ceasefire_at_issue)
            and not recipients
            and len(actor_parts) == 1
            and self.facts.is_country(actor_parts[0].entity_id)
        ):
            actor = actor_parts[0].entity_id
            # ``Finnország készül egy orosz támadásra``, ``az orosz invázió Ukrajnában``: a
            # state the clause itself names is the one attacked; else the article's other side.
            # A ceasefire a state rejects or agrees to (``Oroszország elutasította a
            # karácsonyi tűzszünetet``) is with the state the clause, else its sentence, names.
            named = next(
                (
                    _participant(a, inferred=True)
                    for a in arguments
                    if not a.descriptive
                    and a.entity_id != actor
                    and self.facts.is_country(a.entity_id)
                ),
                None,
            )
            if ceasefire_at_issue:
                # (Not the article's most-named other state, which may be the truce's broker:
                # the Vatican in a story of the pope's.)
                other = named or self._state_in_sentence(match.sentence, actor)
            else:
                other = named or self._other_side(actor)
            if other is not None:
                recipients = [other]
        date, end_date, precision, date_inferred = self._date(match, clause, modality)
        attributes = replace(
            read_measures(article.text[sentence.start : sentence.end]),
            topics=tuple(_unique(topics)),
            continuing=continuing,
        )
        evidence = Evidence(
            start=match.start,
            end=match.end,
            sentence_start=sentence.start,
            sentence_end=sentence.end,
            segment=match.segment,
            trigger=entry.id,
        )
        if entry.mode == "withdraw" and not noun and self._turns_out(match, clause):
            # ``a helyszínre kivonult a rendőrség``: going out to a scene is no withdrawal.
            return None
        if entry.mode in PERSON_TARGETS and not recipients and not noun:
            # ``elítélte a férfit``, ``kiutasították a diplomatákat``: whoever is convicted or
            # expelled is the recipient, named or not.
            recipients = self._object_phrase(match, clause, entry.frame.roles)
        if entry.type in RECIPIENT_REQUIRED and not recipients and not noun:
            # PLOVER codes aid, cooperation and sanctions only with a recipient: ``segít``
            # with nobody helped is everyday help, not AID.
            return None
        confidence = _confidence(match, actor_parts, recipients, inferred)
        event = Event(
            type=entry.type.value,
            mode=entry.mode,
            contexts=entry.contexts,
            modality=modality,
            evidence=(evidence,),
            extractor=extractor,
            actors=tuple(_unique(actor_parts)),
            recipients=tuple(recipients),
            source=source,
            date=date,
            end_date=end_date,
            date_precision=precision,
            place=place,
            attributes=attributes,
            confidence=confidence,
        )
        another = _another(article, match)
        untimed = precision is EventDatePrecision.NONE and self.dater.untimed_act(
            match, clause, modality
        )
        return _Draft(event, match.sentence, anaphoric, date_inferred, listed, another, untimed)

    def _head_lemma(self, participant: Participant) -> str:
        """The lemma of the last word of ``participant``'s span, in lower case: its head
        (``dél-koreai kutatók`` → ``kutató``)."""
        last = bisect_left(self.view.token_starts, participant.end) - 1
        return self.article.tokens[last].lemma.casefold() if last >= 0 else ""

    def _state_where(self, arguments: Sequence[Argument]) -> Argument | None:
        """The country the clause says an unnamed authority acted in (``V. Ferencet
        Hollandiában fogták el``: the Dutch authorities), when no body of theirs is named."""
        states = [
            a for a in arguments if a.marker in LOCATIVE_CASES and self.facts.is_country(a.place_id)
        ]
        return states[0] if len(states) == 1 else None

    def _says_any(self, clause: Clause, words: frozenset[str]) -> bool:
        """Whether ``clause`` has one of ``words`` (lower-case written forms): ``NATIONWIDE``
        (``országszerte több száz embert tartóztattak le``: by many bodies, not the one the
        article names), ``COUNTRYWIDE`` (all over one country, not the world),
        ``EXISTENTIAL_FORMS`` (``megvolt a joga``)."""
        return any(
            self.view.surfaces[index].lower() in words for index in range(clause.first, clause.last)
        )

    def _story_state(self, at: int) -> Participant | None:
        """The state the article's story is set in (:func:`story_demonym`), named by its
        adjective nearest before token ``at`` (``a brit kormány``), else after it; None when
        the article writes no such adjective."""
        demonyms = self.facts.demonyms
        base = story_demonym(self.view, demonyms, self.facts.is_country)
        tokens, surfaces = self.article.tokens, self.view.surfaces
        named = [
            index
            for index, token in enumerate(tokens)
            if token.pos == "ADJ" and demonym_base(surfaces[index].lower(), token, demonyms) == base
        ]
        if not named:
            return None
        before = [index for index in named if index < at]
        token = tokens[before[-1] if before else named[0]]
        return Participant(token.start, token.end, base, demonyms[base], True)

    def _perpetrator(self) -> Participant | None:
        """The one the article first calls the perpetrator by a common noun in the
        nominative (``a feltételezett elkövető``, ``a merénylő``), named by its dictionary
        form with its adjectives; None when it calls no one so."""
        tokens, surfaces = self.article.tokens, self.view.surfaces
        for index, token in enumerate(tokens):
            if (
                token.pos != "NOUN"
                or token.feature("Case") != "Nom"
                or token.lemma.lower() not in PERPETRATOR_NOUNS
            ):
                continue
            first = index
            while first > 0 and tokens[first - 1].pos == "ADJ":
                first -= 1
            words = [surfaces[i].lower() for i in range(first, index)] + [token.lemma.lower()]
            return Participant(tokens[first].start, token.end, " ".join(words), None, True)
        return None

    def _object_phrase(
        self,
        match: TriggerMatch,
        clause: Clause,
        roles: Sequence[tuple[str, tuple[str, ...]]],
    ) -> list[Participant]:
        """The common noun the frame's ``target`` takes in the accusative (``a férfit``,
        ``két iszlám radikálist``), named by its dictionary form with its adjectives: a
        participant without a name. None (an empty list) when the frame takes no accusative
        target."""
        if "Acc" not in dict(roles).get("target", ()):
            return []
        tokens, surfaces = self.article.tokens, self.view.surfaces
        # The trigger's own words are no target, but the one a wildcard took is
        # (``a bíróság … ítéli el a férfit``, matched by ``bíróság *[Acc] ítél``).
        own = {word.lemma for word in match.entry.pattern if word.lemma != "*"}
        for index in range(clause.first, clause.last):
            token = tokens[index]
            if token.pos != "NOUN" or token.feature("Case") != "Acc":
                continue
            if index in match.tokens and token.lemma.lower() in own:
                continue
            first = index
            while (
                first > clause.first
                and tokens[first - 1].pos in ("ADJ", "NUM")
                and first - 1 not in match.tokens
            ):
                first -= 1
            words = [surfaces[i].lower() for i in range(first, index)] + [token.lemma.lower()]
            return [Participant(tokens[first].start, token.end, " ".join(words))]
        return []

    def _person(self, argument: Argument) -> bool:
        """Whether ``argument`` is a person: by the knowledge base when linked there (the
        NER may call a politician an organisation), else by its NER label."""
        kind = self.facts.types.get(argument.entity_id or "")
        return kind == "person" if kind is not None else argument.label == "PER"

    def _conjunct_with_subject(self, clause: Clause, head: int) -> int | None:
        """The comma that opens the conjunct of ``clause`` the verb at ``head`` stands in
        (``…, de mellettük számos mellékszereplő vonul fel``) when a nominative common noun
        stands in it before the verb; None when there is no such conjunct. ``nemcsak X, de Y
        is`` coordinates subjects, not clauses, and a comma after an adjective joins
        adjectives (``a királysághoz tartozó, de autonóm Grönland``)."""
        surfaces, tokens = self.view.surfaces, self.article.tokens
        comma = next(
            (
                i
                for i in range(head - 2, clause.first, -1)
                if surfaces[i] == "," and surfaces[i + 1].lower() in CLAUSE_COORDINATORS
            ),
            None,
        )
        if (
            comma is None
            or tokens[comma - 1].pos == "ADJ"
            or any(surfaces[i].lower() in ("nemcsak", "csak") for i in range(clause.first, comma))
        ):
            # (``a királysághoz tartozó, de autonóm Grönland``: adjectives coordinated.)
            return None
        own = any(
            tokens[i].pos == "NOUN" and (tokens[i].feature("Case") or "Nom") == "Nom"
            for i in range(comma + 2, head)
        )
        return comma if own else None

    def _label_bearer(self, match: TriggerMatch) -> Argument | None:
        """Who bears the inscription or slogan a trigger is written in (``Kovács egy
        „Támogatom a foglyokat” feliratú táblával jelent meg``): the named subject before the
        label's opening mark in its clause. None when the trigger is in no label or no one
        named bears it (``„…” feliratok voltak olvashatók``)."""
        surfaces = self.view.surfaces
        first = match.tokens[0]
        low = self.view.sentence_ranges[match.sentence][0]
        opening = next(
            (
                i
                for i in range(first - 1, max(low, first - LABEL_SPAN) - 1, -1)
                if surfaces[i] in OPENING_MARKS or surfaces[i] in CLOSING_MARKS
            ),
            None,
        )
        if opening is None or surfaces[opening] not in OPENING_MARKS:
            return None
        last = min(len(surfaces), match.tokens[-1] + LABEL_SPAN)
        closing = next(
            (
                i
                for i in range(match.tokens[-1] + 1, last)
                if surfaces[i] in CLOSING_MARKS or surfaces[i] in OPENING_MARKS
            ),
            None,
        )
        if closing is None or surfaces[closing] not in CLOSING_MARKS:
            return None
        tokens = self.article.tokens[closing : closing + LABEL_REACH]
        if not label_follows(
            [(_surface(self.article, closing + k), t.lemma) for k, t in enumerate(tokens)]
        ):
            return None
        clause = self.view.clause_of(opening)
        if clause is None:
            return None
        bearers = [
            a
            for a in self.arguments(clause)
            if a.marker == "Nom"
            and a.last <= opening
            and not a.descriptive
            and a.label in ("PER", "ORG")
        ]
        return bearers[-1] if bearers else None

    def _dash_attribution(self, match: TriggerMatch) -> Argument | None:
        """The named nominative person of the clause after a dash later in the trigger's
        sentence (``… – mondta Kovács``), or None; a first- or second-person verb there
        (``– mondtam``) names no one else."""
        tokens = self.article.tokens
        last = self.view.sentence_ranges[match.sentence][1]
        dashes = [i for i in range(match.tokens[-1] + 1, last) if self.view.surfaces[i] in DASHES]
        if not dashes:
            return None
        for clause in self.view.clauses:
            if clause.sentence != match.sentence or clause.last <= dashes[0] + 1:
                continue
            verb = next(
                (
                    tokens[i]
                    for i in range(max(clause.first, dashes[0]), clause.last)
                    if tokens[i].feature("VerbForm") == "Fin"
                ),
                None,
            )
            if verb is not None and verb.feature("Person") not in (None, "3"):
                return None
            named = [
                a
                for a in self.arguments(clause)
                if a.marker == "Nom"
                and not a.descriptive
                and a.first > dashes[0]
                and a.label == "PER"
            ]
            return named[0] if named else None
        return None

    def _turns_out(self, match: TriggerMatch, clause: Clause) -> bool:
        """Whether a withdrawal verb goes *to* somewhere and from nowhere (``a helyszínre
        kivonult``, ``a tanyájához vonult ki``): a noun of its clause in a case of
        destination, none in a case of origin."""
        cases = {
            self.article.tokens[i].feature("Case")
            for i in range(clause.first, clause.last)
            if i not in match.tokens and self.article.tokens[i].pos in ("NOUN", "PROPN")
        }
        return bool(cases & DESTINATION_CASES) and not cases & ORIGIN_CASES

    def _is_body(self, actors: Sequence[Argument]) -> bool:
        """Whether ``actors`` is one organisation (a ministry, a court, a party)."""
        return len(actors) == 1 and (
            self.facts.types.get(actors[0].entity_id or "") == "organisation"
            or (actors[0].entity_id is None and actors[0].label == "ORG")
        )

    def hosted(self, match: TriggerMatch) -> bool:
        """Whether ``match`` is a meeting an organisation holds (``NATO-csúcs``)."""
        return self._compound_host(match) is not None

    def _compound_giver(self, match: TriggerMatch) -> Participant | None:
        """The organisation or state an aid, a sanction or an attack noun is compounded with
        (``EU-hitel``, ``USA-szankciók``, ``NATO-légicsapás``), by the acronym before its
        hyphen: who gives or does it."""
        if match.entry.type not in COMPOUND_GIVER_TYPES:
            return None
        return self._acronym_prefix(match)

    def _compound_host(self, match: TriggerMatch) -> Participant | None:
        """The organisation a meeting noun is compounded with (``NATO-csúcs``,
        ``EU-csúcstalálkozó``, ``G7-csúcs``), by the acronym before its hyphen."""
        if match.entry.type is not PloverType.CONSULT:
            return None
        return self._acronym_prefix(match)

    def _acronym_prefix(self, match: TriggerMatch) -> Participant | None:
        """The entity whose acronym opens a word of the trigger before a hyphen (``EU-``)."""
        for index in match.tokens:
            token = self.article.tokens[index]
            prefix, hyphen, _ = self.view.surfaces[index].partition("-")
            if hyphen and prefix in self.facts.acronyms:
                return Participant(
                    token.start, token.start + len(prefix), prefix, self.facts.acronyms[prefix]
                )
        return None

    def _matrix_subject(self, clause: Clause, relative: bool = False) -> list[Argument]:
        """The subject of the clause a subordinate or coordinated clause depends on
        (``Putyin jelezte, hogy kész fizetni``; ``Zelenszkij azt mondta, hogy …, és háláját
        fejezte ki``; ``…, akiknek megköszönte``), when it names none: the nearest earlier
        clause of the sentence that has a named subject, three clauses back at most."""
        opener = clause.opener
        if opener not in ("hogy", None) and opener not in ADVERBIAL_OPENERS and not relative:
            return []
        previous = self.view.previous_clause(clause)
        if opener == "hogy":
            accused = self._deed_owner(clause)
            if accused:
                # ``Zelenszkij azzal vádolta Oroszországot, hogy megtámadta Kijevet``: what
                # someone is accused or praised of is their own deed, not the accuser's.
                return accused
        for _ in range(3):
            if previous is None:
                return []
            if opener in ADVERBIAL_OPENERS and self._relative_pronoun(previous) not in (
                None,
                "Nom",
            ):
                # ``…, akit a rendőrök fogtak el, miután rálőtt egy őrre``: the shooter is
                # as likely the relative's antecedent as its subject; carry neither.
                return []
            if opener is None and self._ends_with_dash(previous):
                # ``tanácsadóival – akik között …, Forró Krisztián is szerepel – átbeszéli``:
                # what stands between two dashes is an aside; the clause goes on from the one
                # before the first dash.
                opening = self.view.previous_clause(previous)
                while opening is not None and not self._ends_with_dash(opening):
                    opening = self.view.previous_clause(opening)
                if opening is None and self._dashes(previous) >= 2:
                    # ``amelynek során két férfi – két testvér – hat embert megölt``: the
                    # aside stands inside the clause the verb goes on, whose subject no name
                    # gives.
                    opening = previous
                if opening is not None:
                    dash = next(
                        i
                        for i in range(opening.first, opening.last)
                        if self.view.surfaces[i] in DASHES
                    )
                    subjects = [
                        a for a in self.arguments(opening) if a.marker == "Nom" and a.last <= dash
                    ]
                    if subjects:
                        # ``amelynek során két férfi – két testvér – hat embert megölt``:
                        # the interrupted clause's own subject, a role noun too, is the verb's:
                        # the last one before the dash, with those coordinated with it.
                        return self._last_coordinated(subjects)
                    if _own_subject(self.article, opening) is not None and not subjects:
                        return []
                    previous = opening
            if (
                opener is not None
                and previous is self.view.previous_clause(clause)
                and self._relative_pronoun(previous) == "Nom"
            ):
                # ``… egy férfit, aki videóra vette, ahogyan bántalmazza …``: a clause
                # depending on a relative clause whose pronoun is its subject has that
                # subject, the antecedent.
                return self._antecedent(previous)
            if opener is None and self._relative_pronoun(previous) is not None:
                # ``tanácsadóival – akik között Forró Krisztián is szerepel – átbeszéli``: a
                # main clause goes on past a relative clause, which is embedded; its subject is
                # not the one the main clause dropped.
                previous = self.view.previous_clause(previous)
                continue
            arguments = self.arguments(previous)
            subjects = [a for a in arguments if a.marker == "Nom" and not a.descriptive]
            if not subjects and previous.opener == "hogy":
                accused = self._deed_owner(previous)
                if accused:
                    # ``azzal vádolta Umerovot, hogy törvénytelenül járt el, amikor nem
                    # újította meg …``: a clause under the deed someone is accused of goes
                    # on with the accused.
                    return accused
            if subjects:
                # A role noun (``két rendőr``) is too loose a subject to carry over.
                return [a for a in subjects[:2] if a.entity_id is not None and not a.by_role]
            experiencers = self._dative_subjects(previous, arguments)
            if experiencers:
                return experiencers
            own = _own_subject(self.article, previous)
            if (
                own is not None
                and own[0] == "common"
                and any(
                    self.article.tokens[i].feature("VerbForm") == "Fin"
                    for i in range(previous.first, previous.last)
                )
            ):
                # ``…, amelyen egy háttal ülő férfi beszél arról, hogyan erőszakolta meg``:
                # the nearest clause (with a verb of its own) has a subject the text names by
                # a common noun; the clause depends on it, not on a name further back.
                return []
            previous = self.view.previous_clause(previous)
        return []

    def _dative_subjects(self, clause: Clause, arguments: Sequence[Argument]) -> list[Argument]:
        """The subject of a clause whose infinitive carries a person ending (``az amerikai
        elnöknek sikerült áttörnie``, ``Kijevnek meg kell hoznia``): Hungarian puts it in the
        dative, and it is who acts in the clauses that depend on it (``…, amikor felhívta``).
        Only named entities, and only one: a second dative is the recipient."""
        tokens = self.article.tokens
        personal = any(
            tokens[i].feature("VerbForm") == "Inf" and tokens[i].feature("Person") is not None
            for i in range(clause.first, clause.last)
        )
        # ``Kovácsnénak megvolt a joga ahhoz, hogy aláírja``: who has the chance,
        # the right or the power does what the clause after it says.
        had = self._says_any(clause, EXISTENTIAL_FORMS) and any(
            tokens[i].pos == "NOUN" and tokens[i].lemma.lower() in ABILITY_NOUNS
            for i in range(clause.first, clause.last)
        )
        # ``Oroszországnak az a célja, hogy megakadályozza``: whose aim or task it is does
        # what the clause after it says.
        aimed = any(
            tokens[i].pos == "NOUN"
            and tokens[i].lemma.lower() in AIM_NOUNS
            and tokens[i].feature("Person[psor]") is not None
            and (tokens[i].feature("Case") or "Nom") == "Nom"
            for i in range(clause.first, clause.last)
        )
        if not (personal or had or aimed):
            return []
        # (The tagger may call that dative a genitive, as an owner's: ``Juditnak``.)
        named = [
            a
            for a in arguments
            if a.marker in ("Dat", "Gen") and not a.descriptive and a.entity_id is not None
        ]
        return named[:1]

    def _pronoun_recipient(
        self,
        clause: Clause,
        frame: Sequence[tuple[str, tuple[str, ...]]],
        actor_keys: set[str],
    ) -> list[Participant]:
        """The one a personal pronoun in a recipient's case stands for (``tárgyaltak
        velük``, ``megköszönte neki``): the nearest name in an earlier clause of its sentence
        that is not the event's actor, if it agrees with the pronoun in number. A pronoun
        names no one new, so the participant is inferred."""
        tokens = self.article.tokens
        markers = {marker for role, found in frame if role in RECIPIENT_ROLES for marker in found}
        pronoun = next(
            (
                tokens[i]
                for i in range(clause.first, clause.last)
                if tokens[i].feature("PronType") == "Prs"
                and tokens[i].feature("Person") == "3"
                and (tokens[i].feature("Case") or "Nom") in markers - {"Nom"}
            ),
            None,
        )
        if pronoun is None:
            return []
        plural = pronoun.feature("Number") == "Plur"
        previous = self.view.previous_clause(clause)
        while previous is not None:
            for argument in reversed(self.arguments(previous)):
                if argument.descriptive or argument.entity_id is None:
                    continue
                if argument.entity_id in actor_keys:
                    continue
                head = tokens[argument.last - 1]
                if (head.feature("Number") == "Plur") != plural:
                    return []
                return [_participant(argument, inferred=True)]
            previous = self.view.previous_clause(previous)
        return []

    def _possessed_place_is_target(
        self,
        roles: dict[str, list[Argument]],
        frame: Sequence[tuple[str, tuple[str, ...]]],
        mode: str | None = None,
        siege: bool = False,
    ) -> None:
        """Where a nominalisation's possessor may be its doer or its object (``X
        elfoglalása``), a place that owns it is what is taken, blockaded or destroyed
        (``Grönland annektálása``, ``Kijev blokádja``), and a person who owns an arrest, a
        conviction, an expulsion, an abduction or a killing undergoes it; the doer of such a
        noun is a demonym before it (``orosz megszállás``), which stays the actor, and so does
        a capital standing for its government (``Brüsszel cenzúrája``). Whatever owns a
        ``siege`` but people is what is besieged, named or not (``Mariupol ostroma``, ``a
        Capitolium ostroma``)."""
        markers = dict(frame)
        if POSSESSOR not in markers.get("actor", ()) or POSSESSOR not in markers.get("target", ()):
            return
        tokens = self.article.tokens
        moved = [
            a
            for a in roles.get("actor", [])
            if a.marker == POSSESSOR
            and (
                (
                    tokens[a.first].pos != "ADJ"
                    and a.entity_id == a.place_id
                    and not (a.entity_id or "nil:").startswith("nil:")
                    and (a.label == "LOC" or self.facts.is_country(a.entity_id))
                )
                # ``a francia nagykövetség elfoglalása``: a state's building is taken.
                or tokens[a.last - 1].lemma.lower() in TAKEN_PLACES
                # ``Juhászék letartóztatása``, ``Kovács elrablása``, ``a terroristák
                # elengedése``: a person, or people named by role, who own an arrest, a
                # conviction, an abduction or a release undergo it.
                or ((a.label == "PER" or a.by_role) and mode in PERSON_UNDERGOES)
                or (siege and tokens[a.first].pos != "ADJ" and a.label != "PER" and not a.by_role)
            )
        ]
        if moved:
            roles["actor"] = [a for a in roles["actor"] if a not in moved]
            roles.setdefault("target", []).extend(moved)

    def _protesting_place(
        self, match: TriggerMatch, arguments: Sequence[Argument]
    ) -> list[Argument]:
        """The place where an impersonal crowd protests (``többen tüntettek Grönlandon``): with
        no organiser named, PLOVER codes the protesters as the people of that place. Only a
        plural verb, whose subject is the unnamed crowd or a head count (``százan``)."""
        verb = _finite_verb(self.article, match)
        if verb is None or verb.feature("Number") != "Plur" or verb.feature("Person") == "1":
            return []
        return [
            a
            for a in arguments
            if a.marker in LOCATIVE_CASES
            and a.label == "LOC"
            and a.entity_id is not None
            and not a.entity_id.startswith("nil:")
        ][:1]

    def _has_own_subject(self, clause: Clause, skip: range = range(0)) -> bool:
        """Whether an adverbial clause has a nominative noun or pronoun of its own (``miután
        két nő vádolta meg``, ``amikor a szomszédjuk bezárta``): then its subject is that,
        named or not, and not the matrix clause's. Tokens in ``skip`` are not looked at
        (the owners of a report heard, which the tagger may leave nominative)."""
        tokens = self.article.tokens
        for index in range(clause.first + 1, clause.last):
            token = tokens[index]
            if index in skip:
                continue
            if (
                token.pos in ("NOUN", "PROPN", "PRON")
                and token.feature("Case") == "Nom"
                and token.feature("PronType") not in ("Rel", "Int", "Neg")
            ):
                return True
        return False

    def unfolded(
        self, draft: _Draft, match: TriggerMatch, clause_matches: Sequence[TriggerMatch]
    ) -> _Draft:
        """An agreement to give aid or to cooperate is that action, planned (``az uniós
        vezetők megállapodtak a … pénzügyi támogatásról Ukrajna számára``: AID by the Union to
        Ukraine): Krónika keeps the action itself, as for a planned meeting, and the export
        folds it back to AGREE. The action's noun follows the agreement in its clause in an
        oblique case, and whom it benefits is named (its owner, ``-nak/-nek`` or
        ``számára``); else the agreement stays one."""
        if match.entry.type is not PloverType.AGREE:
            return draft
        tokens = self.article.tokens
        action = next(
            (
                m
                for m in clause_matches
                if m.entry.type in UNFOLDED_AGREEMENTS
                and m.entry.form is TriggerForm.NOUN
                and m.start > match.start
                and tokens[m.tokens[-1]].feature("Case") in UNFOLDING_CASES
            ),
            None,
        )
        clause = self.view.clause_of(match.tokens[0])
        if action is None or clause is None:
            return draft
        noun_end = tokens[action.tokens[-1]].end
        beneficiaries = [
            _participant(a)
            for a in self.arguments(clause)
            if not a.descriptive
            and a.start > match.end
            and (a.marker in ("Dat", "számára") or a.phrase_end == noun_end)
        ]
        recipients = _unique([*draft.event.recipients, *beneficiaries])
        if not recipients:
            return draft
        receiving = _ids(recipients)
        event = draft.event
        modality = event.modality
        if modality in REALIS:
            modality = Modality.PLANNED
        return replace(
            draft,
            event=replace(
                event,
                type=action.entry.type.value,
                mode=action.entry.mode,
                contexts=action.entry.contexts,
                actors=tuple(p for p in event.actors if _key(p) not in receiving),
                recipients=tuple(recipients),
                modality=modality,
            ),
        )

    def _names_one_of(self, clause: Clause, nouns: frozenset[str]) -> bool:
        """Whether a noun of ``clause`` is one of ``nouns`` or a compound ending in one."""
        tokens = self.article.tokens
        return any(
            tokens[i].pos == "NOUN" and compound_stems(tokens[i].lemma.lower()) & nouns
            for i in range(clause.first, clause.last)
        )

    def _common_destination(self, clause: Clause, arguments: Sequence[Argument]) -> bool:
        """Whether the clause names where someone goes by a common noun outside every
        participant (``a helyszínére``, ``a kórházba``)."""
        tokens = self.article.tokens
        return any(
            tokens[i].pos == "NOUN"
            and tokens[i].feature("Case") in ("Ill", "Sbl", "All")
            and not any(a.first <= i < a.last for a in arguments)
            for i in range(clause.first, clause.last)
        )

    def _person_meant(self, argument: Argument, match: TriggerMatch) -> Argument:
        """The named person a definite singular person noun stands for (``… – mondta Kovács
        Péter belügyminiszter. A miniszter azt kérte``): the one the article titled so, else
        the previous sentence's named subject when that sentence used the noun for no one
        else; ``argument`` itself otherwise (``egy férfi``, ``a férfiak``)."""
        tokens = self.article.tokens
        lemma = tokens[argument.last - 1].lemma.lower()
        if (
            not argument.by_role
            or not person_noun(lemma)
            or tokens[argument.last - 1].feature("Number") == "Plur"
            or not _article_at(tokens, argument.first - 1)
            or tokens[argument.first - 1].lemma.lower() not in ARTICLES
        ):
            return argument
        titled = self._titled_person(lemma, argument.start)
        if titled is not None:
            return titled
        if argument.first > match.tokens[0]:
            # ``…, ahol fogadta őket a helyettes államtitkár``: a noun after its verb brings
            # someone new; one taking up a person stands first (``A miniszter azt kérte``).
            return argument
        carried = self._previous_subject(match)
        if carried and self._person(carried[0]) and not self._named_apart(lemma, carried[0]):
            return carried[0]
        return argument

    def _titled_person(self, noun: str, before: int) -> Argument | None:
        """The person the article last named with ``noun`` as a title beside the name
        before offset ``before`` (``Erdő Péter bíboros``, ``bíboros Erdő Péter``), as a
        participant, or None."""
        tokens = self.article.tokens
        for mention in reversed(self.mentions):
            if mention.end > before or mention.label != "PER" or mention.entity_id is None:
                continue
            first, last = mention_tokens(tokens, mention.start, mention.end, self.view.token_starts)
            beside = [i for i in (first - 1, last) if 0 <= i < len(tokens)]
            # (Or a title the press swaps the noun for: ``a kormányfő`` after ``… miniszterelnök``.)
            variants = ROLE_VARIANTS.get(noun, ())
            if not any(
                tokens[i].lemma.lower() == noun or tokens[i].lemma.lower().endswith(variants)
                for i in beside
            ):
                continue
            clause = self.view.clause_of(first)
            if clause is None:
                return None
            return next((a for a in self.arguments(clause) if a.start == mention.start), None)
        return None

    def _destroys_something(
        self, match: TriggerMatch, clause: Clause, roles: Mapping[str, list[Argument]]
    ) -> bool:
        """Whether a destruction has a concrete target: a place the clause names as its
        target, or a noun of :data:`DESTROYABLE` as its object or its noun's owner."""
        facts = self.facts
        if any(
            a.label == "LOC" or facts.types.get(a.place_id or "") in ("city", "facility", "place")
            for a in roles.get("target", [])
        ):
            return True
        tokens = self.article.tokens
        head = match.tokens[-1]
        for index in range(clause.first, clause.last):
            token = tokens[index]
            if token.pos != "NOUN" or index in match.tokens:
                continue
            if not compound_stems(token.lemma.lower()) & DESTROYABLE:
                continue
            case = token.feature("Case") or "Nom"
            # The object of a verb, or the owner right before a nominalisation.
            if case == "Acc" or (
                match.entry.form is TriggerForm.NOUN and index < head and case in ("Nom", "Gen")
            ):
                return True
        return False

    def _nearest_in_case(
        self, match: TriggerMatch, clause: Clause, case: str, kinds: Collection[str] = ("NOUN",)
    ) -> int | None:
        """The index of the word of ``kinds`` in ``case`` nearest the trigger's head in
        ``clause`` (the trigger's own words aside), or None."""
        tokens = self.article.tokens
        head = _head_token(self.article, match)
        found = [
            index
            for index in range(clause.first, clause.last)
            if tokens[index].pos in kinds
            and tokens[index].feature("Case") == case
            and index not in match.tokens
        ]
        return min(found, key=lambda index: abs(index - head)) if found else None

    def _nearest_noun_in(
        self, match: TriggerMatch, clause: Clause, case: str, nouns: frozenset[str]
    ) -> bool:
        """Whether the noun in ``case`` nearest the trigger is one of ``nouns``, or a compound
        ending in one."""
        nearest = self._nearest_in_case(match, clause, case)
        return nearest is not None and bool(
            compound_stems(self.article.tokens[nearest].lemma.lower()) & nouns
        )

    def _into_field(self, match: TriggerMatch, clause: Clause) -> bool:
        """Whether the clause's illative noun nearest the verb is a field of life or
        business (:data:`FIELDS`, or a compound ending in one)."""
        return self._nearest_noun_in(match, clause, "Ill", FIELDS)

    def _word_after(self, match: TriggerMatch) -> str:
        """The lower-case written word right after the trigger, or an empty string."""
        after = max(match.tokens) + 1
        return self.view.surfaces[after].lower() if after < len(self.view.surfaces) else ""

    def _admits(self, match: TriggerMatch, clause: Clause) -> bool:
        """Whether a verb with no object of its own in its clause is followed by a comma or
        a colon and a clause that is no coordinated one (``elismerte, kivonulnak``)."""
        tokens, surfaces = self.article.tokens, self.view.surfaces
        if any(
            tokens[i].pos in ("NOUN", "PROPN", "PRON") and tokens[i].feature("Case") == "Acc"
            for i in range(clause.first, clause.last)
        ):
            return False
        after = max(match.tokens) + 1
        while after < len(tokens) and tokens[after].pos in ("ADV", "PART"):
            after += 1
        return (
            after + 1 < len(tokens)
            and surfaces[after] in (",", ":")
            and tokens[after + 1].pos not in ("CCONJ", "SCONJ")
            and tokens[after].start < self.article.sentences[match.sentence].end
        )

    def _figurative_target(self, match: TriggerMatch, clause: Clause) -> bool:
        """Whether the accusative noun nearest an attacking verb (finite or a participle) is
        something only words attack (:data:`FIGURATIVE_TARGETS`, or a compound ending in
        one)."""
        return self._nearest_noun_in(match, clause, "Acc", FIGURATIVE_TARGETS)

    def _wrong_object(self, match: TriggerMatch, clause: Clause) -> bool:
        """Whether a word of :data:`OBJECT_HEADS` acts on something its sense is not about:
        the accusative noun nearest a finite verb, or the owner right before a noun, is a
        common noun outside the word's list (a flag signed, problems eased), or there is none
        where the word needs one. A pronoun stands for what the text named before, and a
        participle's object is the noun it describes (``az Oroszország által is aláírt …
        memorandum``): both keep the event; a reflexive one (``elengedte magát``) does not."""
        allowed, needed = OBJECT_HEADS[match.entry.text]
        tokens = self.article.tokens
        head = _head_token(self.article, match)
        if match.entry.form is TriggerForm.NOUN:
            # The owner, past adjectives and a noun a ``-less`` adjective takes (``a
            # szankciók ellentételezés nélküli feloldása``).
            owners = [
                index
                for index in range(max(clause.first, match.tokens[0] - OWNER_REACH), head)
                if tokens[index].pos in ("NOUN", "PRON")
                and (tokens[index].feature("Case") or "Nom") in ("Nom", "Gen")
            ]
            if not owners:
                return needed
            return not any(
                tokens[index].pos == "PRON" or compound_stems(tokens[index].lemma.lower()) & allowed
                for index in owners
            )
        if _agent_participle(self.article, self.view, match) or (
            _finite_verb(self.article, match) is None and tokens[head].pos == "ADJ"
        ):
            # (A participle's object is the noun it describes; an infinitive, or a verb the
            # tagger took for a noun, ``és aláír pár ezer lemezt``, still has its object.)
            return False
        after = max(match.tokens) + 1
        if after < clause.last and self.view.surfaces[after].lower().startswith(REFLEXIVE_OBJECTS):
            # ``elengedte magáta …``: the reflexive right after the verb, even with the next
            # word glued on, where the tagger no longer sees an accusative.
            return True
        nearest = self._nearest_in_case(match, clause, "Acc", ("NOUN", "PRON"))
        if nearest is None and needed and not allowed:
            # A word whose every common-noun object is another sense needs a name
            # (``kiosztotta Zelenszkijt``; ``kiosztották`` alone hands something out).
            return self._nearest_in_case(match, clause, "Acc", ("PROPN",)) is None
        if nearest is None:
            return needed
        if tokens[nearest].lemma.lower() == "maga":
            # ``elengedte magát``: let oneself go.
            return True
        return tokens[nearest].pos == "NOUN" and not (
            compound_stems(tokens[nearest].lemma.lower()) & allowed
        )

    def _polled(self, match: TriggerMatch) -> bool:
        """Whether a ``szerint`` that reports the event follows a poll's share or its
        respondents (``a megkérdezettek 40 százaléka szerint``, ``a válaszadók szerint``)."""
        tokens = self.article.tokens
        for cue in _reported_cues(match.cues):
            if not cue.rule.endswith("szerint") or not cue.tokens:
                continue
            first = cue.tokens[0]
            words = {tokens[i].lemma.lower() for i in range(max(0, first - 4), first)}
            if words & POLL_WORDS:
                return True
        return False

    def _titles(self, match: TriggerMatch) -> bool:
        """Whether the trigger is an event noun in ``-ról/-ről`` before ``szóló`` (about):
        the subject of a law, a decision or a report (``a helyi önazonosság védelméről szóló
        törvény``, ``a demonstrációról szóló határozat``), or before ``szó van`` (at issue), or
        one in ``-ra/-re`` before a word of aiming or focusing (``a háború befejezésére
        irányuló``), or one in ``-ért`` before ``felelős`` (an office's remit: ``a
        segítségnyújtásért felelős biztos``), not an event the text tells."""
        if match.entry.form is not TriggerForm.NOUN:
            return False
        head = match.tokens[-1]
        tokens = self.article.tokens
        after = head + 1
        # (A title in quotation marks: ``a „helyi önazonosság védelméről” szóló``.)
        while after < len(tokens) and self.view.surfaces[after] in QUOTE_MARKS:
            after += 1
        if after >= len(tokens):
            return False
        case = tokens[head].feature("Case")
        following = tokens[after].lemma.lower()
        # ``a háború befejezésére irányuló tárgyalások``, ``a gazdasági együttműködésre
        # összpontosít``: what talks aim at or a text is about is their goal or topic.
        return (
            (case == "Del" and self.view.surfaces[after].lower() == "szóló")
            or (case == "Sbl" and following in AIMING_WORDS)
            or (case == "Del" and self._at_issue(after))
            or (case == "Cau" and self._in_charge(after))
        )

    def _in_charge(self, after: int) -> bool:
        """Whether the words from ``after`` go on to ``felelős`` past other ``-ért`` nouns of
        a list (``a humanitárius segítségnyújtásért és válságkezelésért felelős biztos``):
        an office's remit, no event."""
        tokens = self.article.tokens
        index = after
        while index < len(tokens) and index < after + REMIT_REACH:
            word = self.view.surfaces[index].lower()
            if tokens[index].lemma.lower() == "felelős" or word.startswith("felelős"):
                return True
            if not (
                word in (",", "és", "valamint", "illetve")
                or tokens[index].pos == "ADJ"
                or (tokens[index].pos == "NOUN" and tokens[index].feature("Case") == "Cau")
            ):
                return False
            index += 1
        return False

    def _at_issue(self, after: int) -> bool:
        """Whether the words from ``after`` say ``szó van`` about the noun before (``amikor
        a NATO védelméről van szó``, ``a stratégiáról is szó volt``): what is at issue, a
        topic, not an event."""
        tokens = self.article.tokens
        words: list[str] = []
        index = after
        while index < len(tokens) and len(words) < 2:
            surface = self.view.surfaces[index].lower()
            if surface not in TOPIC_PARTICLES:
                words.append("szó" if surface == "szó" else tokens[index].lemma.lower())
            index += 1
        return sorted(words) == ["szó", "van"]

    def _own_noun(self, match: TriggerMatch) -> bool:
        """Whether the trigger noun is possessed with no owner written before it: the
        subject's own (``Putyin a múlt heti tárgyalásáról beszélt``), unlike one a noun owns
        (``a háború beszüntetéséről``)."""
        tokens = self.article.tokens
        head = match.tokens[-1]
        if tokens[head].feature("Person[psor]") is None or not _possessive_form(
            tokens[head], self.view.surfaces[head]
        ):
            return False
        before = match.tokens[0] - 1
        while before >= 0 and tokens[before].pos in ("ADJ", "NUM", "ADV"):
            before -= 1
        owners: tuple[str, ...] = ("Nom", "Dat", "Gen")
        if before >= 0 and tokens[before].pos == "DET":
            # ``Putyinnak a tárgyalása``: only a dative owner stands before the article.
            before -= 1
            owners = ("Dat", "Gen")
        return not (
            before >= 0
            and tokens[before].pos in ("NOUN", "PROPN")
            and (tokens[before].feature("Case") or "Nom") in owners
        )

    def _serves(self, match: TriggerMatch, clause: Clause) -> bool:
        """Whether a sentence noun is served (``börtönbüntetését tölti``, ``a büntetését
        töltő Kovács``): whoever serves it received it. The participle counts, whatever part
        of speech the tagger gave it."""
        return match.entry.mode in SERVED_MODES and any(
            self.view.surfaces[i].lower().startswith(SERVING_STEMS)
            for i in range(clause.first, clause.last)
            if i not in match.tokens
        )

    def _charged_deed(self, match: TriggerMatch) -> bool:
        """Whether ``match`` is the deed a ``hogy`` clause charges someone with after a verb
        of accusing or blaming (``azzal vádolta Brüsszelt, hogy korlátozza a jogokat``):
        told in the indicative, which for a verb in ``-z`` or ``-s`` reads like the
        subjunctive; praise (``megdicsérte, hogy …``) may tell a wish."""
        clause = self.view.clause_of(match.tokens[0])
        if clause is None or clause.opener != "hogy":
            return False
        matrix = self.view.previous_clause(clause)
        return matrix is not None and self._communicates(matrix, CHARGING_VERBS)

    def _communicates(self, clause: Clause, verbs: Collection[str]) -> bool:
        """Whether one of ``verbs`` (of speaking, writing or asking) heads ``clause``, or
        stands in it as a converb the tagger calls an adverb (``a merényletre hivatkozva``)."""
        tokens = self.article.tokens
        return any(
            (tokens[i].pos == "VERB" and tokens[i].lemma.lower() in verbs)
            or (tokens[i].pos == "ADV" and _converb_of(self.view.surfaces[i].lower(), verbs))
            for i in range(clause.first, clause.last)
        )

    def _object_of_participle(
        self, match: TriggerMatch, arguments: Sequence[Argument]
    ) -> Argument | None:
        """The name a present participle right after an accusative event noun describes
        (``a megállapodást megkötő MKFE``, ``a háborút indító Oroszország``): the participle's
        doer, and so the event's; None when the noun is no such object."""
        participle = _participle_after_object(self.article, match)
        if participle is None or not _realising_participle(self.article, participle):
            return None
        return next((a for a in arguments if a.first == participle + 1), None)

    def _object_of_other_act(self, match: TriggerMatch) -> bool:
        """Whether an accusative event noun is the object of a present participle that does
        not carry it out (``a túszejtést pénzelő``, not ``a tüntetést szervező``)."""
        participle = _participle_after_object(self.article, match)
        if participle is None or _realising_stem(self.article, participle):
            return False
        # ``az EU-csúcsot záró sajtótájékoztatón mondta``: what closes or opens the event
        # frames the clause in it, whose subject took part.
        return self.view.surfaces[participle].lower() not in FRAMING_PARTICIPLES

    def _deed_owner(self, clause: Clause) -> list[Argument]:
        """Whom the ``hogy`` ``clause`` tells the deed of, when the clause before it accuses,
        blames or praises them (``azzal vádolta Oroszországot, hogy …``); else empty."""
        matrix = self.view.previous_clause(clause)
        return self._judged_object(matrix) if matrix is not None else []

    def _judged_object(self, matrix: Clause) -> list[Argument]:
        """The named accusative object of a verb of accusing, blaming or praising in
        ``matrix`` (``azzal vádolta Oroszországot``), whose ``hogy`` clause tells what that
        object did; empty when there is none."""
        if not self._communicates(matrix, JUDGED_DEED_VERBS):
            return []
        return [a for a in self.arguments(matrix) if a.marker == "Acc" and not a.descriptive]

    def _matrix_common_subject(self, clause: Clause, at: int) -> list[Argument] | None:
        """The subject a subordinate ``clause`` shares with the clause it depends on in its
        sentence when that clause's own subject is a common noun: the person the article
        titled so before offset ``at``, else the role noun itself (``a férfi``) if it is a
        participant (possibly no one); None when that clause has no such subject."""
        if clause.opener is None:
            return None
        matrix = self.view.previous_clause(clause)
        if matrix is None or matrix.sentence != clause.sentence:
            return None
        if _has_nominative(self.article.tokens, clause.first, clause.last) or any(
            a.marker == "Nom" and not a.by_role for a in self.arguments(matrix)
        ):
            # (A clause with a nominative of its own, ``hogy fizikus professzor …``, ``hogy ő
            # tette``, or a matrix naming its subject, is another case.)
            return None
        own = _own_subject(self.article, matrix)
        if own is None or own[0] != "common":
            return None
        tokens = self.article.tokens
        if not any(
            tokens[i].pos == "NOUN" and tokens[i].lemma.lower() == own[1]
            for i in range(matrix.first, matrix.last)
        ):
            return None
        titled = self._titled_person(own[1], at)
        if titled is not None:
            return [titled]
        return [
            a
            for a in self.arguments(matrix)
            if a.marker == "Nom" and a.by_role and not a.descriptive
        ]

    def _judges(self, clause: Clause) -> bool:
        """Whether ``clause`` judges something: a verb of finding or holding (``talál``,
        ``tart``, ``minősít``) with an adjective in ``-nak/-nek`` (``igazoltnak``,
        ``elfogadhatatlannak``)."""
        tokens = self.article.tokens
        span = range(clause.first, clause.last)
        return any(
            tokens[i].pos == "VERB" and tokens[i].lemma.lower() in JUDGING_VERBS for i in span
        ) and any(
            # (The tagger may read the adjective as a verb, ``igazoltnak``, or a noun; a
            # noun after an article is someone addressed, ``az újságíróknak``.)
            tokens[i].pos in ("ADJ", "VERB", "NOUN")
            and self.view.surfaces[i].lower().endswith(("nak", "nek"))
            and not (tokens[i].pos == "NOUN" and _article_at(tokens, i - 1))
            for i in span
        )

    def _talked_about(self, clause: Clause) -> list[Argument] | None:
        """For a ``hogy`` clause whose matrix is a relative clause about its antecedent (``…,
        akiről X azt állította, hogy …``), that antecedent when named (else no one); None
        for any other clause."""
        if clause.opener != "hogy":
            return None
        matrix = self.view.previous_clause(clause)
        if matrix is None or self._relative_pronoun(matrix) != "Del":
            return None
        if not self._communicates(matrix, CLAIMING_VERBS):
            return None
        return self._antecedent(matrix)

    def _dashes(self, clause: Clause) -> int:
        """How many dashes ``clause`` holds."""
        return sum(self.view.surfaces[i] in DASHES for i in range(clause.first, clause.last))

    def _ends_with_dash(self, clause: Clause) -> bool:
        return self.view.surfaces[clause.last - 1] in DASHES

    def _opening_word(self, clause: Clause) -> str | None:
        """The lower-case first word of ``clause`` after punctuation and a conjunction."""
        for index in range(clause.first, min(clause.first + 2, clause.last)):
            if self.article.tokens[index].pos not in ("PUNCT", "CCONJ"):
                return self.view.surfaces[index].lower()
        return None

    def _relative_pronoun(self, clause: Clause) -> str | None:
        """The case of the relative pronoun opening ``clause`` (``aki`` → ``Nom``), or the
        postposition after it (``amely ellen`` → ``ellen``), or None when no relative pronoun
        opens it."""
        tokens = self.article.tokens
        for index in range(clause.first, min(clause.first + 2, clause.last)):
            token = tokens[index]
            word = self.view.surfaces[index].lower()
            if word in ADVERBIAL_OPENERS:
                return None
            if word in PLACE_RELATIVES:
                # ``Ankarában, ahol … tárgyalt``: a relative adverb of place stands for its
                # antecedent in a case of place, never as the subject.
                return PLACE_RELATIVES[word]
            if token.feature("PronType") == "Rel":
                after = index + 1
                if after < clause.last and tokens[after].pos == "ADP":
                    # ``Ukrajna népére, amely ellen Oroszország háborút folytat``: a pronoun
                    # before a postposition stands in the postposition's role.
                    word = self.view.surfaces[after].lower()
                    return POSTPOSITION_ALIASES.get(word, word)
                return token.feature("Case") or "Nom"
            if token.pos not in ("PUNCT", "CCONJ"):
                return None
        return None

    def _agreeing_antecedent(self, clause: Clause, antecedents: Sequence[Argument]) -> bool:
        """Whether ``antecedents`` are what the relative pronoun opening ``clause`` stands
        for, by its form: ``aki`` or ``amely`` in the same number (``a vadorzót, akit``; not
        ``az EU-ban, amelyeket``). ``ami`` may stand for the whole clause before it
        (``megvétózta, amit … támogatott``), so it vouches for no name."""
        word = self._opening_word(clause) or ""
        stem = next((s for s in RELATIVE_STEMS if word.startswith(s)), None)
        if stem is None or not antecedents:
            return False
        plural = word[len(stem) :].startswith(("k", "ek"))
        head = self.article.tokens[antecedents[-1].last - 1]
        return plural == (len(antecedents) > 1 or head.feature("Number") == "Plur")

    def _antecedent(self, clause: Clause, all_coordinated: bool = False) -> list[Argument]:
        """The name right before a relative clause, in the clause before it; with
        ``all_coordinated``, every name of the same case coordinated with it (``a norvég
        miniszterelnökkel, a német kancellárral …, akiknek``)."""
        previous = self.view.previous_clause(clause)
        if previous is None:
            return []
        named = [a for a in self.arguments(previous) if not a.descriptive]
        if not named or self._clause_end(previous) - named[-1].last > 3:
            return []
        if self._pronoun_before(previous, named[-1].last):
            # ``tönkretehetik azokat, akik találkoztak``: the relative pronoun's antecedent is
            # the pronoun right before it, not a name further back.
            return []
        if not all_coordinated:
            return [named[-1]]
        marker = named[-1].marker
        return [a for a in named if a.marker == marker]

    def _clause_end(self, clause: Clause) -> int:
        """The end of ``clause`` for the words before a relative pronoun, without a closing
        ``(is) szó volt``, which only says the name before it was talked about (``az új
        amerikai stratégiáról is szó volt, ami Európát ostorozza``)."""
        surfaces = self.view.surfaces
        end = clause.last
        while end > clause.first and self.article.tokens[end - 1].pos == "PUNCT":
            end -= 1
        words = [surfaces[i].lower() for i in range(max(clause.first, end - 3), end)]
        for tail in (
            ["is", "szó", "volt"],
            ["szó", "volt"],
            ["is", "szó", "esett"],
            ["szó", "esett"],
        ):
            if words[-len(tail) :] == tail:
                return end - len(tail)
        return clause.last

    def _last_coordinated(self, arguments: Sequence[Argument]) -> list[Argument]:
        """The last of ``arguments`` with those joined to it by ``és`` or a comma alone
        (``Putyin és Witkoff``; not ``a magyar kormány … áll, és a kormány``)."""
        surfaces = self.view.surfaces
        chosen = [arguments[-1]]
        for argument in reversed(arguments[:-1]):
            between = [surfaces[i].lower() for i in range(argument.last, chosen[0].first)]
            if between not in (["és"], [","]):
                break
            chosen.insert(0, argument)
        return chosen

    def _pronoun_before(self, clause: Clause, after: int) -> bool:
        """Whether the last word of ``clause`` (its punctuation aside), after token
        ``after``, is a pronoun."""
        tokens = self.article.tokens
        index = clause.last - 1
        while index >= after and tokens[index].pos == "PUNCT":
            index -= 1
        return index >= after and tokens[index].pos == "PRON"

    def _opening_clause(self, sentence: int) -> Clause | None:
        """The first clause of sentence number ``sentence``."""
        return next((c for c in self.view.clauses if c.sentence == sentence), None)

    def _named_apart(self, lemma: str, carried: Argument) -> bool:
        """Whether the sentence of ``carried`` uses the role noun ``lemma`` for someone else,
        with a verb between them (``Fülöp Attila kitüntette a nevelőnőt``), not as its title
        (``Erdő Péter bíboros``, ``a bíboros, Erdő Péter``)."""
        tokens = self.article.tokens
        sentence = self.view.sentence_of(carried.first)
        if sentence is None:
            return False
        first, last = self.view.sentence_ranges[sentence]

        def apart(index: int) -> bool:
            between = (
                range(carried.last, index)
                if index >= carried.last
                else range(index + 1, carried.first)
            )
            return any(tokens[i].pos in ("VERB", "AUX") for i in between)

        return any(
            tokens[index].pos == "NOUN" and tokens[index].lemma.lower() == lemma and apart(index)
            for index in range(first, last)
        )

    def _previous_subject(self, match: TriggerMatch) -> list[Argument]:
        """The named subject of the sentence before, in the same segment: Hungarian drops a
        subject that the previous sentence named (``Zelenszkij beszélt … . Megköszönte …``),
        and keeps dropping it while the story stays with that person (``X. Y keddet a
        rezidencián töltötte. Este visszaindult … . Elmondta, hogy beszélt …``): sentences
        with no subject of their own are passed over, up to :data:`SUBJECT_REACH` back."""
        own = self.view.clause_of(match.tokens[0])
        # Further back than one sentence, only for a clause with no nominative of its own at
        # all (``Este telefonált a nővére``: the sister called).
        reach = (
            SUBJECT_REACH
            if own is not None and not _has_nominative(self.article.tokens, own.first, own.last)
            else 1
        )
        for back in range(1, reach + 1):
            number = match.sentence - back
            if number < 0:
                return []
            sentence = self.article.sentences[number]
            if self.view.segment_kind(sentence.start) is not match.segment:
                return []
            told_by_dropped = self._told_by_dropped(number)
            for clause in self.view.clauses:
                if clause.sentence != number:
                    continue
                if told_by_dropped and clause.opener == "hogy":
                    # ``Azt mondta, hogy Kovács …. Hozzátette …``: the sentence is about
                    # the speaker it dropped, not about whom the claim names.
                    continue
                for argument in self.arguments(clause):
                    if (
                        argument.marker == "Nom"
                        and not argument.descriptive
                        and argument.label in ("PER", "ORG")
                        and argument.entity_id is not None
                    ):
                        return [argument]
            if not told_by_dropped and not self._subjectless(number):
                return []
        return []

    def _told_by_dropped(self, number: int) -> bool:
        """Whether sentence ``number`` opens with a clause whose subject is dropped, a
        third-person singular verb with no nominative (``Azt is mondta, hogy …``, ``Azzal
        tört be, hogy …``) or one opening with ``szerinte`` (according to him or her), and
        goes on with a ``hogy`` clause. Verbs whose subject is the ``hogy`` clause itself
        (``kiderült, hogy …``) tell of no one."""
        opening = self._opening_clause(number)
        if opening is None or opening.opener is not None:
            return False
        following = [c for c in self.view.clauses if c.sentence == number and c.opener == "hogy"]
        if not following:
            return False
        tokens = self.article.tokens
        if any(
            self.view.surfaces[i].lower() == "szerinte"
            for i in range(opening.first, min(opening.first + 2, opening.last))
        ):
            # ``Szerinte létszükség, hogy Ukrajna kitartson. Hangsúlyozta …``: a sentence
            # opening with it is what the person it points back to holds.
            return True
        finite = [t for t in tokens[opening.first : opening.last] if t.feature("VerbForm") == "Fin"]
        return (
            bool(finite)
            and all(
                t.feature("Person") in (None, "3")
                and t.feature("Number") != "Plur"
                and t.lemma.lower() not in CLAUSAL_SUBJECT_VERBS
                for t in finite
            )
            and not _has_nominative(tokens, opening.first, opening.last)
        )

    def _subjectless(self, number: int) -> bool:
        """Whether sentence ``number`` tells what a dropped third-person singular subject
        did: it has finite verbs, all in that person, and no word in the nominative that
        could be a subject of its own (a nominative before a postposition, ``szokása
        szerint``, ``a rezidencia előtt``, is none)."""
        tokens = self.article.tokens
        first, last = self.view.sentence_ranges[number]
        finite = [t for t in tokens[first:last] if t.feature("VerbForm") == "Fin"]
        return (
            bool(finite)
            and all(
                t.feature("Person") in (None, "3") and t.feature("Number") != "Plur" for t in finite
            )
            and not _has_nominative(tokens, first, last)
        )

    def _quote_of(self, start: int, end: int) -> Quote | None:
        for quote in self.article.quotes:
            if quote.start <= start and end <= quote.end:
                return quote
        return None

    def _lede_speaker(self) -> Participant | None:
        """The speaker of the first statement of the article's first paragraph after the
        headline, when the quote finder found it as the subject of its verb."""
        segments = [s for s in self.article.segments if s.kind is not SegmentKind.HEADLINE]
        if not segments:
            return None
        first = segments[0]
        for quote in sorted(self.article.quotes, key=lambda q: q.start):
            if not first.start <= quote.start < first.end:
                continue
            if quote.speaker_start is None or not (quote.rule or "").endswith("/subject"):
                return None
            return self._speaker(quote, inferred=True)
        return None

    def _speaker(self, quote: Quote, inferred: bool = False) -> Participant:
        assert quote.speaker_start is not None and quote.speaker_end is not None
        text = self.article.text[quote.speaker_start : quote.speaker_end]
        return Participant(quote.speaker_start, quote.speaker_end, text, quote.speaker_id, inferred)

    def _modality(
        self,
        match: TriggerMatch,
        actors: Sequence[Participant],
        quote: Quote | None,
    ) -> tuple[Modality, Participant | None, bool]:
        kinds = match.cue_kinds()
        if _negation_inside_refusal(match):
            # ``nem hajlandó véget vetni``: the ``nem`` belongs to the refusal.
            kinds = kinds - {CueKind.NEGATED}
        if CueKind.NEGATED in kinds and self._asked(match):
            # ``Nem tudni, szankciók alatt áll-e``, ``nem támadta-e meg``: a yes-no
            # question asserts nothing, negated or not; the ``nem`` is no answer.
            kinds = kinds - {CueKind.NEGATED}
        described = self._described_deed(match)
        if described is not None:
            # ``az oroszok által magukénak követelt területekről``, ``a kormány által ígért
            # normatívához``: a past participle describing a noun tells a deed done; the
            # refusal, plan, condition or negation of its clause bears on the clause's verb.
            # A report of the whole statement bears on it too (see below).
            kinds = kinds & STATEMENT_CUES
        continuing = CueKind.CONTINUING in kinds
        if match.segment is SegmentKind.CAPTION:
            kinds = kinds - {CueKind.REPORTED}
        if kinds & PROSPECTIVE and self._realised_noun(match):
            # ``a hétvégén lezajlott találkozó nyomán várja a választ``, ``a csúcson
            # döntöttek arról, hogy …``: the meeting named by the noun took place; the plan
            # or wish of the clause is about something else.
            kinds = kinds - PROSPECTIVE
        if kinds & (
            PROSPECTIVE | {CueKind.NEGATED, CueKind.HYPOTHETICAL}
        ) and self._presupposed_noun(match):
            # ``a miami megbeszélések során nem sikerült egyetértésre jutni``: what failed is
            # the agreement; the talks during which it failed took place.
            kinds = kinds - PROSPECTIVE - {CueKind.NEGATED, CueKind.HYPOTHETICAL}
        modality = Modality.OCCURRED
        for kind, value in MODALITY_ORDER:
            if kind in kinds:
                modality = value
                break
        source = None
        if CueKind.REPORTED in kinds:
            source = self._source(match, quote)
        verb = _finite_verb(self.article, match)
        if (
            modality in REALIS
            and verb is not None
            and verb.feature("Mood") == "Imp"
            and not self._charged_deed(match)
        ):
            # ``hogy megvédje a többi fiatalt``, ``foglaljanak le minden hajót``: the
            # subjunctive tells what someone aims at or wants done, never that it happened.
            modality = Modality.INTENDED
        if modality in REALIS and _bare_infinitive_under(
            self.article, match, self.view.clause_of(match.tokens[0]), ABILITY_VERBS
        ):
            # ``csak együtt tudjuk megvédeni``: present ability says the act can be done,
            # not that it is done (``meg tudták védeni``, in the past, tells it happened).
            modality = Modality.HYPOTHETICAL
        if modality is Modality.REPORTED and (
            _backgrounded(self.article, match)
            or (described is not None and (described.feature("Case") or "Nom") not in CORE_CASES)
        ):
            # ``az Ukrajna ellen indított háborúban``, ``a légicsapásban``: an event named by
            # a noun in an oblique phrase, or by a participle describing one (``az oroszok
            # által követelt területekről``), is a circumstance the claim takes for granted,
            # not what it asserts; the speaker's report is about something else.
            modality = Modality.OCCURRED
        if (
            modality is Modality.REPORTED
            and match.entry.type in VERBAL_TYPES
            and self._speakers_own(match, actors, source)
        ):
            # An accusation, demand, refusal or promise the speaker makes in the statement
            # relayed is the act itself, made in words; it is no claim that something
            # happened elsewhere. Someone else's verbal act told by the speaker (``Rutte
            # szerint Magyarország ellene foglalt állást``) is a claim like any other.
            modality = Modality.OCCURRED
        if (
            modality is Modality.REPORTED
            and match.entry.type not in VERBAL_TYPES
            and verb is not None
            and verb.feature("Tense") == "Pres"
            and verb.feature("Mood") in (None, "Ind")
            and any(word.preverb for word in match.entry.pattern)
            and self._speakers_own(match, actors, source)
        ):
            # ``azt mondta: leállítja az ország támogatását``: a perfective present the
            # speaker says of their own act is what they will do, a plan, not a claim that
            # it happened.
            modality = Modality.PLANNED
        return modality, source, continuing

    def _described_deed(self, match: TriggerMatch) -> Token | None:
        """The noun a one-word trigger that is a past participle describes (``listát`` in
        ``a Kovács által követelt listát``), past the adjectives and numerals between; None
        for any other trigger."""
        if len(match.tokens) != 1:
            return None
        tokens = self.article.tokens
        index = match.tokens[0]
        token = tokens[index]
        if token.pos != "ADJ" or token.feature("VerbForm") != "PartPast":
            return None
        after = index + 1
        while after < len(tokens) and tokens[after].pos in ("ADJ", "NUM"):
            after += 1
        if after >= len(tokens) or tokens[after].pos not in ("NOUN", "PROPN"):
            return None
        return tokens[after]

    def _asked(self, match: TriggerMatch) -> bool:
        """Whether a hypothetical cue of ``match`` is the question particle ``-e`` in the
        trigger's own clause."""
        clause = self.view.clause_of(match.tokens[0])
        return clause is not None and any(
            cue.kind is CueKind.HYPOTHETICAL
            and any(
                clause.first <= i < clause.last and self.view.surfaces[i].lower() == "-e"
                for i in cue.tokens
            )
            for cue in match.cues
        )

    def _presupposed_noun(self, match: TriggerMatch) -> bool:
        """Whether an event noun is the time frame of a past clause (``a megbeszélések
        során``, ``a csúcs után``), the cause of what its clause tells, in any tense (``a
        szankciók hatására``), or what time is counted from (``a csúcs óta``): its event
        took place, whatever the clause denies."""
        if match.entry.form is not TriggerForm.NOUN:
            return False
        tokens = self.article.tokens
        after = match.tokens[-1] + 1
        if after < len(tokens) and self.view.surfaces[after].lower() in PRESUPPOSING_POSTPOSITIONS:
            # ``az amerikai szankciók hatására csak árengedménnyel lehet eladni``: the
            # sanctions that cause it are in force, whatever the clause says may be done;
            # ``nem vette ki a részét, de a hágai csúcs óta …``: the summit was held.
            return True
        if after >= len(tokens) or self.view.surfaces[after].lower() not in FRAMING_POSTPOSITIONS:
            return False
        # In a past clause, or before a past participle (``a megbeszélések nyomán kidolgozott
        # tervezet``): what came after it is done.
        clause = self.view.clause_of(match.tokens[0])
        participle = after + 1 < len(tokens) and tokens[after + 1].feature("VerbForm") == "PartPast"
        return participle or (clause is not None and clause.tense == "Past")

    def _realised_noun(self, match: TriggerMatch) -> bool:
        """Whether an event noun is told as having taken place whatever its clause plans:
        a realisation word modifies it (``a lezajlott találkozó``), or it is the setting
        (``a csúcson``, ``a tárgyaláson``) of a clause in the past with no plan or intention
        word of its own before it in its phrase (``a tervezett csúcson`` stays planned)."""
        if match.entry.form is not TriggerForm.NOUN:
            return False
        tokens = self.article.tokens
        head = tokens[match.tokens[-1]]
        own = [
            cue
            for cue in match.cues
            if cue.tokens and _modifies(self.article, cue.tokens[-1], match.tokens[0])
        ]
        if any(cue.kind is CueKind.OCCURRED for cue in own):
            return True
        clause = self.view.clause_of(match.tokens[0])
        return (
            head.feature("Case") in SETTING_CASES
            and clause is not None
            and clause.tense == "Past"
            and not any(cue.kind in PROSPECTIVE for cue in own)
        )

    def _speakers_own(
        self, match: TriggerMatch, actors: Sequence[Participant], source: Participant | None
    ) -> bool:
        """Whether a verbal act inside a report is the speaker's own, made in that statement:
        the verb is in the first person (``elutasítjuk``), or an actor is the speaker or the
        body the speaker leads (``Vučić``: ``Szerbia``). With the speaker unknown (``a lap
        szerint``) it stays a claim."""
        verb = _finite_verb(self.article, match)
        if verb is not None and verb.feature("Person") == "1":
            return True
        if source is None:
            return False
        clause = self.view.clause_of(match.tokens[0])
        if (
            verb is not None
            and verb.feature("Tense") == "Past"
            and clause is not None
            and any(
                cue.start < clause.start or (SZERINT in cue.rule and cue.end <= match.start)
                for cue in _reported_cues(match.cues)
            )
        ):
            # ``azt mondta, hogy megköszönte a támogatást``, ``állítása szerint megállapodott
            # az elnökkel``: the speaker tells of an earlier act of their own; the statement
            # is not that act. (A cue inside the clause other than ``szerint`` is the manner
            # of the act itself: ``közleményben utasította vissza``.)
            return False
        day = _day(self.article)
        spoken = {_key(source), self.facts.state_led_by(source.entity_id, day)} - {None}
        name = source.name.casefold()
        return any(
            _key(actor) in spoken
            or (actor.entity_id is None and actor.name and actor.name.casefold() in name)
            for actor in actors
        )

    def _source(self, match: TriggerMatch, quote: Quote | None) -> Participant | None:
        """Who the text attributes the event to: the quote's speaker, else the name before
        ``szerint`` or the subject of the reporting clause.

        A speaker the quote finder could not link (a name run together with the next word,
        ``Rutte.(MTI``) is the linked name inside its span, when there is one. Under
        ``szerint`` the source is the phrase before it, never the clause's subject (``a lap
        szerint Orbán tárgyalt``: the paper, not Orbán); a ``szerint`` run into a word
        (``közleményeszerint``) takes only a name ending right before it."""
        if quote is not None and quote.speaker_start is not None:
            speaker = self._speaker(quote)
            if speaker.entity_id is None or speaker.entity_id.startswith("nil:"):
                return replace(speaker, entity_id=self._linked_name(speaker))
            return speaker
        for cue in _reported_cues(match.cues):
            clause = self.view.clause_at(cue.start)
            if clause is None:
                continue
            attribution = cue.rule.endswith("szerint")
            cited = None if attribution else self._cited_source(clause)
            if cited is not None:
                return cited
            for argument in self.arguments(clause):
                if argument.marker == "szerint":
                    return _participant(argument)
                if cue.rule == "glued:szerint" and cue.tokens and argument.last == cue.tokens[0]:
                    return _participant(argument)
                if not attribution and argument.marker == "Nom" and not argument.descriptive:
                    return _participant(argument)
        return None

    def _reporting_subject(self, match: TriggerMatch) -> Participant | None:
        """The subject of the clause a report cue of ``match`` stands in, or, when that clause
        has none of its own (``Rutte elhatárolódott …, de azt mondja``), of the first clause
        of the sentence."""
        for cue in _reported_cues(match.cues):
            clause = self.view.clause_at(cue.start)
            if clause is None:
                continue
            for home in (clause, self._opening_clause(clause.sentence)):
                if home is None or (home is not clause and clause.opener is not None):
                    continue
                for argument in self.arguments(home):
                    if argument.marker == "Nom" and not argument.descriptive:
                        return _participant(argument)
        return None

    def _cited_source(self, clause: Clause) -> Participant | None:
        """The name a reporting clause cites with ``hivatkozva`` (``írja a Kyiv Independent
        cikkére hivatkozva az Origo``, ``a TASZSZ-ra hivatkozva``): the source the outlet
        relays, itself or as the owner of the article or report it cites."""
        tokens, text = self.article.tokens, self.article.text
        for index in range(clause.first + 1, clause.last):
            if not self.view.surfaces[index].lower().startswith("hivatkoz"):
                continue
            if tokens[index].feature("VerbForm") != "Conv" and tokens[index].pos != "ADV":
                continue
            cited = index - 1
            if tokens[cited].pos == "NOUN" and tokens[cited].feature("Case") == "Sbl":
                # ``X cikkére``, ``X jelentésére``: the owner of what is cited.
                cited -= 1
            start, end = tokens[cited].start, tokens[cited].end
            for mention in self.article.mentions:
                if mention.start < end and start < mention.end:
                    name = text[mention.start : mention.end]
                    return Participant(mention.start, mention.end, name, mention.entity_id)
        return None

    def _told_by_dropped_subject(self, match: TriggerMatch) -> bool:
        """Whether a verb of saying reports the event (``elmondta, hogy``) in a clause with
        no nominative of its own."""
        for cue in _reported_cues(match.cues):
            clause = self.view.clause_at(cue.start)
            if (
                clause is not None
                and not cue.rule.endswith("szerint")
                and not _has_nominative(self.article.tokens, clause.first, clause.last)
            ):
                return True
        return False

    def _linked_name(self, speaker: Participant) -> str | None:
        """The KB id of a name the article links elsewhere that ``speaker``'s unlinked text
        is or begins with as a whole word (``Rutte.(MTI`` after ``Mark Rutte``, ``Rutte``),
        else the speaker's own id."""
        written = speaker.name.casefold()
        for mention in self.mentions:
            linked = mention.entity_id
            if linked is None or linked.startswith("nil:"):
                continue
            for name in {self.article.text[mention.start : mention.end], mention.lemma}:
                folded = name.casefold()
                if folded and written.startswith(folded):
                    rest = written[len(folded) :]
                    if not rest or not rest[0].isalpha():
                        return linked
        return speaker.entity_id

    def _topic_phrases(self, clause: Clause, named: Sequence[Participant]) -> list[Participant]:
        """``-ról/-ről`` phrases of the clause that name no entity (``több regionális
        kérdésről``): their words, for the record."""
        tokens, text = self.article.tokens, self.article.text
        covered = [(p.start, p.end) for p in named]
        found = []
        for index in range(clause.first, clause.last):
            token = tokens[index]
            if token.pos not in ("NOUN", "PROPN") or token.feature("Case") != "Del":
                continue
            first = index
            while first > clause.first and tokens[first - 1].pos in ("ADJ", "NOUN", "PROPN", "NUM"):
                if (tokens[first - 1].feature("Case") or "Nom") != "Nom" and not _possessive_chain(
                    tokens[first - 1]
                ):
                    break
                first -= 1
            start, end = tokens[first].start, token.end
            if any(s <= start < e or s < end <= e for s, e in covered):
                continue
            entity = self._entity_inside(start, end)
            found.append(Participant(start, end, text[start:end], entity))
        return found

    def _entity_inside(self, start: int, end: int) -> str | None:
        for mention in self.mentions:
            if start <= mention.start and mention.end <= end:
                return mention.entity_id
        return None

    def _place(
        self,
        clause: Clause,
        arguments: Sequence[Argument],
        roles: Mapping[str, list[Argument]],
        match_tokens: tuple[int, ...],
    ) -> Participant | None:
        """The most specific location of the clause in a locative case (or a visit's
        destination), else a place adjective on the trigger noun (``moszkvai találkozó``)."""
        candidates = [a for a in arguments if a.marker in LOCATIVE_CASES]
        candidates.extend(roles.get("destination", []))
        adjective = self._place_adjective(match_tokens)
        if adjective is not None and not candidates:
            return adjective
        if not candidates:
            # ``berlini beszédében keményen fogalmazott``: a place adjective on a noun in a
            # locative case sets the clause's scene.
            setting = self._setting_adjective(clause)
            if setting is not None:
                return setting
        ranked = []
        for argument in candidates:
            if _time_word(argument.name):
                # ``kedden`` tagged as a place by the NER is a time, not a location.
                continue
            kind = self.facts.types.get(argument.place_id or "")
            if kind in PLACE_RANK or (kind is None and argument.label == "LOC"):
                ranked.append((PLACE_RANK.get(kind or "", 2), argument.first, argument))
        if not ranked:
            return None
        ranked.sort(key=lambda item: (item[0], item[1]))
        best = ranked[0][2]
        return Participant(best.start, best.end, best.name, best.place_id)

    def _statement_place(self, match: TriggerMatch, clause: Clause) -> Participant | None:
        """The place of the reporting clause a trigger's ``hogy`` clause depends on (``…
        Belgrádban azt mondta, hogy …``), or None."""
        cue = next(
            (c for c in _reported_cues(match.cues) if c.tokens and c.start < clause.start), None
        )
        if cue is None or clause.opener is None:
            return None
        reporting = self.view.clause_of(cue.tokens[0])
        if reporting is None or reporting.sentence != clause.sentence:
            return None
        return self._place(reporting, self.arguments(reporting), {}, cue.tokens)

    def _speakers_place(self, key: str) -> Participant | None:
        """Where the article says the speaker with entity id ``key`` spoke, in a relative
        clause on them (``XIV. Leó pápát, aki … Castel Gandolfóban nyilatkozott``). None
        unless the article gives exactly one such place."""
        places: dict[str, Participant] = {}
        for clause in self.view.clauses:
            if clause.opener not in NOMINATIVE_RELATIVES:
                continue
            verbs = [
                index
                for index in range(clause.first, clause.last)
                if self.article.tokens[index].lemma.lower() in SPEAKING_VERBS
            ]
            if not verbs or not any(_key(_participant(a)) == key for a in self._antecedent(clause)):
                continue
            place = self._place(clause, self.arguments(clause), {}, tuple(verbs))
            if place is not None:
                places[place.entity_id or place.name.lower()] = place
        return next(iter(places.values())) if len(places) == 1 else None

    def _host(self, place: Participant, actor_keys: set[str]) -> list[Participant]:
        """Who hosts a visit to ``place`` (``hivatalos látogatást tett Ankarában``): the state
        of the capital or seat of government visited, or the country itself; none for another
        city, or when the visitor is that state or leads it."""
        state = self.facts.governments.get(place.entity_id or "")
        if state is None and self.facts.is_country(place.entity_id):
            state = place.entity_id
        day = _day(self.article)
        if state is None or any(
            key == state or self.facts.state_led_by(key, day) == state for key in actor_keys
        ):
            return []
        return [replace(place, entity_id=state)]

    def _attacked_place(self, targets: Sequence[Argument]) -> Participant | None:
        """Where an attack with no place of its own happened: the one place or state it is
        aimed at (``az Oroszország által Ukrajna ellen indított háború``, ``Kijevet
        bombázták``)."""
        places = []
        for target in targets:
            kind = self.facts.types.get(target.place_id or "")
            if target.place_id is not None and (kind in PLACE_RANK or target.label == "LOC"):
                places.append(Participant(target.start, target.end, target.name, target.place_id))
            elif self.facts.is_country(target.entity_id):
                places.append(Participant(target.start, target.end, target.name, target.entity_id))
        return places[0] if len(places) == 1 else None

    def _attacked_country(
        self, clause: Clause, match: TriggerMatch, actor_keys: Collection[str]
    ) -> Participant | None:
        """The state whose demonym opens the phrase an attack is aimed at (``az ukrán
        energetikai rendszer elleni csapás``: in Ukraine), when the clause names one; not
        a phrase that holds the attack itself (``az orosz invázió elleni harc``), nor the
        attacker's own state."""
        tokens, surfaces = self.article.tokens, self.view.surfaces
        for index in range(clause.first, clause.last):
            if surfaces[index].lower() not in ("ellen", "elleni"):
                continue
            step = index - 1
            while step >= clause.first and index - step <= 4:
                token = tokens[step]
                if token.pos not in ("ADJ", "NOUN") or step in match.tokens:
                    break
                state = self.facts.demonyms.get(surfaces[step].lower())
                if token.pos == "ADJ" and state is not None:
                    if state in actor_keys:
                        break
                    return Participant(token.start, token.end, surfaces[step], state)
                step -= 1
        return None

    def _setting_adjective(self, clause: Clause) -> Participant | None:
        """The place of the first place adjective of ``clause`` right before a noun in a
        locative case (``a berlini beszédében``, ``a moszkvai sajtótájékoztatón``)."""
        tokens, text = self.article.tokens, self.article.text
        for index in range(clause.first, clause.last - 1):
            token, noun = tokens[index], tokens[index + 1]
            if token.pos != "ADJ" or noun.pos != "NOUN":
                continue
            if noun.feature("Case") not in LOCATIVE_CASES:
                continue
            place = self.facts.place_of_adjective(text[token.start : token.end])
            if place is not None:
                return Participant(token.start, token.end, text[token.start : token.end], place)
        return None

    def _place_adjective(self, match_tokens: tuple[int, ...]) -> Participant | None:
        """``a moszkvai találkozón``, ``a brüsszeli uniós csúcson``: a place adjective among
        the adjectives right before a trigger noun."""
        tokens, text = self.article.tokens, self.article.text
        candidates = [i for i in match_tokens if tokens[i].pos == "ADJ"]
        index = match_tokens[0] - 1
        while index >= 0 and tokens[index].pos == "ADJ":
            candidates.append(index)
            index -= 1
        for index in candidates:
            token = tokens[index]
            place = self.facts.place_of_adjective(text[token.start : token.end])
            if place is not None:
                return Participant(token.start, token.end, text[token.start : token.end], place)
        return None

    def _state_in_sentence(self, number: int, actor: str | None) -> Participant | None:
        """The first state other than ``actor`` that sentence ``number`` names (``…, hogy a
        tűzszünet Kijevet erősítené``: Ukraine)."""
        sentence = self.article.sentences[number]
        for mention in self.mentions:
            if not sentence.start <= mention.start < sentence.end:
                continue
            state = self.facts.stands_for(mention)
            if state != actor and self.facts.is_country(state):
                return self._inferred(mention, state)
        return None

    def _inferred(self, mention: Mention, entity_id: str | None) -> Participant:
        """``mention`` as a participant taken from the article's context, as ``entity_id``."""
        text = self.article.text[mention.start : mention.end]
        return Participant(mention.start, mention.end, mention.lemma or text, entity_id, True)

    def _war_attacker(
        self,
        match: TriggerMatch,
        roles: Mapping[str, list[Argument]],
        arguments: Sequence[Argument],
    ) -> Participant | None:
        """The attacker of a war noun (``háború``, ``invázió``, ``agresszió``) whose target, or
        whose place (``az Ukrajnában folyó háború``), is a state at war on the article's day,
        as the article names that attacker; None when the noun is no war's or the article
        does not name the attacker."""
        if self.article.tokens[match.tokens[-1]].lemma.casefold() not in WAR_NOUNS:
            return None
        attacked = [a.entity_id for a in roles.get("target", [])] or [
            a.entity_id for a in arguments if a.marker == "Ine" and not a.descriptive
        ]
        for state in attacked:
            attacker = self.facts.attacker_of(state, _day(self.article))
            named = self._named_as(attacker) if attacker is not None else None
            if named is not None:
                return named
        return None

    def _named_as(self, entity_id: str) -> Participant | None:
        """The article's first mention standing for ``entity_id``, as a participant taken
        from the context; None when no mention does."""
        mention = next((m for m in self.mentions if self.facts.stands_for(m) == entity_id), None)
        return self._inferred(mention, entity_id) if mention is not None else None

    def _war_sides(self) -> list[Participant]:
        """The two states of the one war on the article's day whose both sides the article
        names (the attacked state first), as it names them; none when it names no such pair
        or several."""
        day = _day(self.article)
        pairs = [
            (state, attacker)
            for state in self._countries
            if (attacker := self.facts.attacker_of(state, day)) in self._countries
        ]
        if len(pairs) != 1:
            return []
        named = [self._named_as(state) for state in pairs[0] if state is not None]
        return [participant for participant in named if participant is not None]

    def _other_side(self, actor: str | None) -> Participant | None:
        """The state an article's war is with: the most-mentioned other country, named at
        least twice (``Oroszország folytatja a harci cselekményeket`` in an article about
        Ukraine)."""
        for country, count in self._countries.most_common():
            if country != actor and country is not None and count >= 2:
                return self._named_as(country)
        return None

    def _date(
        self, match: TriggerMatch, clause: Clause, modality: Modality
    ) -> tuple[dt.date | None, dt.date | None, EventDatePrecision, bool]:
        return self.dater.date(match, clause, modality)

    def said_dated(self, draft: _Draft) -> _Draft:
        """``draft``, dated by the day its actors' words were said when it is a verbal act
        (:data:`VERBAL_TYPES`) told only in the headline, with no date but the news-recency
        range (``Rutte az őt bíráló Szijjártóról``), and the body quotes them with attributions
        that name one day, the same for all (``Szijjártó Péter másnap azt mondta: „…”``):
        saying the words was the act the headline sums up. The date stays inferred, so a
        body's telling of the act that the text dates wins when they merge."""
        event = draft.event
        if (
            not draft.date_inferred
            or event.date_precision is not EventDatePrecision.RANGE
            or PloverType(event.type) not in VERBAL_TYPES
            or any(e.segment is not SegmentKind.HEADLINE for e in event.evidence)
        ):
            return draft
        speakers = {p.entity_id for p in event.actors} - {None}
        days = {
            (said.first, said.last)
            for quote in self.article.quotes
            if quote.speaker_id in speakers
            and self.view.segment_kind(quote.start) is not SegmentKind.HEADLINE
            and (said := self.dater.said_on(quote)) is not None
            and said.precision is EventDatePrecision.DAY
        }
        if len(days) != 1:
            return draft
        [(first, last)] = days
        if first is None or (self.dater.published is not None and first > self.dater.published):
            return draft
        return replace(
            draft,
            event=replace(
                event,
                date=first,
                end_date=last if last != first else None,
                date_precision=EventDatePrecision.DAY,
            ),
        )


def _time_word(name: str) -> bool:
    word = name.lower()
    return word.startswith(WEEKDAYS) or word.startswith(MONTHS)


#: The attributive form a noun frame lists for a postposition's marker: ``X ellen`` and ``X
#: elleni`` both read as ``ellen`` (``pert vesztett az Index ellen``), ``között`` as ``közötti``.
POSTPOSITION_FORMS = {"között": "közötti", "ellen": "elleni"}


def _roles(
    frame: Sequence[tuple[str, tuple[str, ...]]], arguments: Sequence[Argument]
) -> dict[str, list[Argument]]:
    """Arguments by frame role: each argument takes the first role whose markers name its
    marker; descriptive names take none."""
    found: dict[str, list[Argument]] = {}
    for argument in arguments:
        if argument.descriptive:
            continue
        if argument.marker == "által":
            # The agent of a passive participle (``az oroszok által követelt``) acts, in the
            # participle's event and in the event noun it describes.
            found.setdefault("actor", []).append(argument)
            continue
        for role, markers in frame:
            if argument.marker in markers or POSTPOSITION_FORMS.get(argument.marker) in markers:
                found.setdefault(role, []).append(argument)
                break
    return found


#: The postposition listing the parties of what happened between them, in both spellings.
BETWEEN_WORDS = frozenset({"között", "közötti"})


def _nearest_party_list(
    surfaces: Sequence[str], actors: list[Argument], head: int
) -> list[Argument]:
    """``actors`` with only the ``X és Y között`` list nearest the trigger's ``head`` when the
    clause has several: ``egy háromoldalú megállapodás X, Y és Z között, valamint egy
    kétoldalú megállapodás X és Y között`` tells two agreements, each with its own parties."""
    lists: dict[int, list[Argument]] = {}
    for argument in actors:
        if argument.marker != "közötti":
            continue
        post = next(
            (
                i
                for i in range(argument.last, len(surfaces))
                if surfaces[i].lower() in BETWEEN_WORDS
            ),
            None,
        )
        if post is not None:
            lists.setdefault(post, []).append(argument)
    if len(lists) < 2:
        return actors

    def distance(post: int) -> int:
        # A list after the trigger counts from its first name, one before it from its
        # postposition (``X és Y közötti megállapodás``).
        return lists[post][0].first - head if post > head else head - post

    nearest = lists[min(lists, key=distance)]
    return [a for a in actors if a.marker != "közötti" or any(a is b for b in nearest)]


def _participant(argument: Argument, inferred: bool = False) -> Participant:
    return Participant(argument.start, argument.end, argument.name, argument.entity_id, inferred)


def _key(participant: Participant) -> str:
    return participant.entity_id or participant.name.lower()


def _head_token(article: Article, match: TriggerMatch) -> int:
    """The trigger's head: its verb when it has one, else its last word."""
    for index in match.tokens:
        if article.tokens[index].pos in ("VERB", "AUX"):
            return index
    return match.tokens[-1]


#: Cases in which a noun is the subject or object its clause asserts something about.
CORE_CASES = frozenset({"Nom", "Acc"})
#: Cases of a noun naming where something happens (``a csúcson``, ``a tárgyaláson``).
SETTING_CASES = frozenset({"Ine", "Sup", "Ade"})
#: Cue kinds that look ahead to an event rather than tell it.
PROSPECTIVE = frozenset({CueKind.PLANNED, CueKind.INTENDED})
#: Cues that bear on a participle's deed from outside its phrase: a report of the whole
#: statement and continuation (see :meth:`_ArticleContext._described_deed`).
STATEMENT_CUES = frozenset({CueKind.REPORTED, CueKind.CONTINUING})


def _modifies(article: Article, word: int, noun: int) -> bool:
    """Whether token ``word`` stands in the noun phrase of token ``noun``: before it, with at
    most two adjectives, numerals or nouns between (``a lezajlott amerikai–orosz
    találkozó``)."""
    if not 0 < noun - word <= 3:
        return False
    return all(
        article.tokens[i].pos in ("ADJ", "NUM", "NOUN", "PROPN", "DET")
        for i in range(word + 1, noun)
    )


#: What a destruction destroys when it is an attack: settlements, buildings, infrastructure,
#: weapons and vehicles (a compound's head counts: ``lakóház``, ``hőerőmű``).
DESTROYABLE = frozenset(
    {
        "város", "falu", "település", "falvak", "negyed", "városrész", "ház", "épület", "lakás",
        "otthon", "híd", "út", "vasút", "infrastruktúra", "erőmű", "kórház", "iskola", "templom",
        "gyár", "üzem", "raktár", "repülőtér", "kikötő", "állomás", "bázis", "laktanya", "tank",
        "harckocsi", "jármű", "autó", "hajó", "repülőgép", "helikopter", "fegyver",
        "hálózat", "vezeték", "gát", "létesítmény", "objektum", "célpont", "központ", "irodaház",
        "lakóház", "hőerőmű", "transzformátor", "alállomás", "finomító", "terminál", "radar",
    }
)  # fmt: skip
#: Documents one signs (and compounds ending in one: ``törvénymódosítás``,
#: ``együttműködési megállapodás``).
DOCUMENTS = frozenset(
    {
        "szerződés", "megállapodás", "egyezmény", "törvény", "módosítás", "rendelet",
        "dokumentum", "nyilatkozat", "határozat", "petíció", "jegyzőkönyv", "okirat", "paktum",
        "memorandum", "levél", "kérelem", "ív", "rendelkezés", "javaslat", "charta", "alapokmány",
        "irat", "okmány", "terv", "költségvetés", "csomag", "kiáltvány", "ígérvény", "garancia",
        "vállalás", "tervezet", "dekrétum", "utasítás", "kinevezés", "megbízás",
    }
)  # fmt: skip
#: What one accepts in agreeing (``elfogadta a törvényt``, ``a feltételeket``), and compounds
#: ending in one; findings, a seat on a board or a ransom accepted are no agreement.
ACCEPTED = DOCUMENTS | frozenset(
    {
        "feltétel", "kompromisszum", "követelés", "tűzszünet", "fegyverszünet", "ajánlat",
        "indítvány", "módosító", "ultimátum",
    }
)  # fmt: skip
#: What pressure one eases, lifts or withdraws (``feloldja a szankciókat``, ``visszavonja
#: a döntését``), and compounds ending in one.
EASED = frozenset(
    {
        "szankció", "korlátozás", "tilalom", "embargó", "vám", "intézkedés", "rendelet",
        "döntés", "határozat", "követelés", "feltétel", "blokád", "adó", "büntetés",
        "kötelezettség", "szigorítás", "törvény", "javaslat", "kinevezés", "nyilatkozat",
        "állítás", "ultimátum", "zárlat", "kijárási", "karantén", "szabály", "előírás",
        "felfüggesztés", "visszatartás", "befagyasztás", "vízum", "engedély", "kitiltás",
        "kiutasítás", "beutazási", "tétel", "terv", "rendelkezés", "nyomás", "fenyegetés",
    }
)  # fmt: skip
#: What an authority closes to people (``lezárta a környéket``, ``bezárta a határt``), and
#: compounds ending in one; a bath that closes (``bezárt``), a holy door or a gold window
#: closed is no coercion.
CLOSED = frozenset(
    {
        "határ", "átkelő", "légtér", "kikötő", "repülőtér", "út", "autópálya", "utca", "tér",
        "híd", "környék", "terület", "övezet", "város", "falu", "település", "negyed",
        "nagykövetség", "konzulátus", "képviselet", "iroda", "intézmény", "egyetem", "iskola",
        "kórház", "üzlet", "bolt", "gyár", "üzem", "bank", "piac", "szerkesztőség", "csatorna",
        "oldal", "honlap", "fiók", "szerver", "mecset", "templom", "zsinagóga", "börtön",
        "tábor", "szoros", "vezeték", "tengerszoros", "folyosó", "kijárat", "bejárat",
    }
)  # fmt: skip
#: Whom one releases (``elengedték a túszokat``, ``a foglyok egy részét``), and compounds
#: ending in one; letting go of a plant or of politics releases no one.
RELEASED = frozenset(
    {
        "férfi", "nő", "ember", "személy", "gyerek", "gyermek", "fiú", "lány", "diák", "túsz",
        "fogoly", "rab", "őrizetes", "gyanúsított", "katona", "aktivista", "újságíró",
        "állampolgár", "tüntető", "vádlott", "elítélt", "letartóztatott", "migráns", "menekült",
        "tag", "elfogott", "civil", "munkatárs", "rész", "többség", "csoport", "utas",
        "legénység", "tengerész", "pilóta", "misszionárius", "pap",
    }
)  # fmt: skip
#: Whom or what one lets in or through (``beengedték a segélyszállítmányokat``, ``nem
#: engedte át a katonavonatokat``), and compounds ending in one; an initiative or a bill let
#: through (``átengedte a kezdeményezést``) is approved, no access given.
ADMITTED = RELEASED | frozenset(
    {
        "segély", "szállítmány", "konvoj", "kamion", "teherautó", "jármű", "vonat",
        "szerelvény", "hajó", "repülőgép", "gép", "ellenőr", "megfigyelő", "szakértő",
        "vizsgáló", "orvos", "misszió", "delegáció", "küldöttség", "csapat", "erő", "áru",
        "menekült", "migráns", "bevándorló", "turista", "látogató", "szurkoló",
    }
)  # fmt: skip
#: Verbs of admitting (by lexicon text) whose bare clause after a comma is what is admitted.
ADMITTING_VERBS = frozenset({"el+ismer", "be+vall", "be+ismer"})
#: Words of clashing (by lexicon text) that contests use as well as fights.
CLASHING_WORDS = frozenset({"össze+csap", "összecsapás", "harcol", "harc"})
#: Words of negotiating (by lexicon text) that courts use for their hearings.
HEARING_WORDS = frozenset({"tárgyalás", "tárgyal"})
#: Who sits in a court's hearing (``a bíró``, ``a vádlott``), and compounds ending in one.
COURT_WORDS = frozenset(
    {"bíró", "bíróság", "törvényszék", "ítélőtábla", "vádlott", "ügyész", "esküdtszék"}
)
#: Contests (``fordulóban``, ``a döntőben``, ``a tévévitában``), and compounds ending in one.
CONTESTS = frozenset(
    {
        "forduló", "meccs", "mérkőzés", "döntő", "elődöntő", "negyeddöntő", "bajnokság",
        "verseny", "vetélkedő", "vita", "tévévita", "párbaj", "szavazás", "pálya", "kupa",
    }
)  # fmt: skip
#: Fields one breaks into by success, not by force (``betört a köztudatba``, ``a politikai
#: életbe``), and compounds ending in one.
FIELDS = frozenset(
    {
        "élet", "közélet", "köztudat", "piac", "mezőny", "politika", "ipar", "szakma",
        "élvonal", "világ", "divat", "slágerlista", "toplista", "kánon",
    }
)  # fmt: skip
#: Verbs of attacking (by lexicon text) that words can do to a policy or a field.
ATTACKING_VERBS = frozenset({"támad", "meg+támad", "rá+támad"})
#: What only words attack (``támadja a felsőoktatást``, ``a jogállamot``), and compounds
#: ending in one.
FIGURATIVE_TARGETS = frozenset(
    {
        "oktatás", "felsőoktatás", "demokrácia", "jogállam", "jogállamiság", "szuverenitás",
        "szabadság", "politika", "döntés", "javaslat", "törvény", "rendelet", "intézkedés",
        "ítélet", "álláspont", "nyilatkozat", "kijelentés", "program", "reform", "terv",
        "költségvetés", "érték", "identitás", "kultúra", "hagyomány", "ideológia", "elv",
        "rendszer", "kormányzás", "gazdaságpolitika", "szólásszabadság", "sajtószabadság",
        "ellenfél",
    }
)  # fmt: skip
#: How many words before an event noun its owner may stand.
OWNER_REACH = 4
#: Bare trigger words (by lexicon text) that are events only with an object of theirs in a
#: list, and whether they need one at all: a signature is an agreement only on a document
#: (``aláírta`` alone is one, told before), and so is an acceptance; easing is a concession
#: only of pressure (``lazít`` alone is relaxing).
OBJECT_HEADS: Mapping[str, tuple[frozenset[str], bool]] = {
    "alá+ír": (DOCUMENTS, False),
    "el+fogad": (ACCEPTED, False),
    # ``a bátorságot kívánta demonstrálni``: showing something is no demonstration.
    "demonstrál": (frozenset(), False),
    "el+enged": (RELEASED, False),
    "be+enged": (ADMITTED, False),
    "át+enged": (ADMITTED, False),
    "ki+enged": (RELEASED, False),
    # ``Orbán kiosztotta Zelenszkijt``: someone told off; prizes and money handed out
    # (``kiosztották a díjakat``, or ``kiosztották`` with what is handed out told before)
    # are no criticism.
    "ki+oszt": (frozenset(), True),
    "be+zár": (CLOSED, True),
    "le+zár": (CLOSED, True),
    **{
        word: (EASED, True)
        for word in (
            "enyhít", "fel+old", "vissza+von", "könnyít", "lazít",
            "enyhítés", "feloldás", "könnyítés", "lazítás", "visszavonás",
        )
    },
}  # fmt: skip
#: Those whose ``vizsgálat`` is a study (``a kutatók vizsgálata``), not an inquiry.
RESEARCHERS = frozenset({"kutató", "tudós", "kutatócsoport", "kutatócsapat", "orvos", "szakértő"})
#: Words of a poll's findings before ``szerint``: its respondents, their shares and the
#: survey itself (``a kutatás szerint``).
POLL_WORDS = frozenset(
    {
        "százalék", "megkérdezett", "válaszadó", "kétharmad", "többség", "felmérés",
        "kutatás", "közvélemény-kutatás",
    }
)  # fmt: skip
#: Verbs of speaking, writing, asking and sharing: an event noun in ``-ról/-ről`` beside one
#: is what is told about, and the teller is not its doer.
COMMUNICATION_VERBS = frozenset(
    {
        "beszél", "mond", "elmond", "ír", "megír", "nyilatkozik", "kommentál", "közöl",
        "tájékoztat", "beszámol", "posztol", "megoszt", "kérdez", "megkérdez", "felidéz",
        "emlékeztet", "hall", "olvas", "szól", "értekezik", "mesél", "elmesél", "hallgat",
    }
)  # fmt: skip
#: Words after a ``-ra/-re`` event noun that act in view of it (``a felháborodásra
#: tekintettel``, ``a támadásra válaszul``): its doer is someone else.
REGARDING_WORDS = frozenset({"tekintettel", "válaszul", "reagálva", "figyelemmel"})
#: Verbs that tell of something in an attribution after a dash (``– mondta X``).
TELLING_VERBS = COMMUNICATION_VERBS | frozenset(
    {"fogalmaz", "hangsúlyoz", "hozzátesz", "jelez", "kijelent", "reagál", "idéz", "tweetel"}
)
#: Verbs of reacting to something in ``-ra/-re`` (``reagált a támadásra``).
REACTING_VERBS = frozenset(
    {"reagál", "válaszol", "felel", "visszavág", "visszaszól", "hivatkozik", "utal", "emlékeztet"}
)
#: Verbs of claiming, saying or finding out something about someone (``akiről azt
#: állította, hogy …``).
CLAIMING_VERBS = COMMUNICATION_VERBS | frozenset(
    {"állít", "kijelent", "gondol", "tud", "kiderül", "feltételez", "gyanít", "hisz", "vél"}
)
#: Words after a ``-ra/-re`` event noun that make it a goal or a topic (``irányuló``,
#: ``összpontosít``), not an event.
AIMING_WORDS = frozenset(
    {"irányul", "irányuló", "összpontosít", "fókuszál", "koncentrál", "vonatkozik", "vonatkozó"}
)
#: Cases of an arrest or detention noun that tell who is held (``letartóztatásban van``,
#: ``őrizetbe került``).
CUSTODY_CASES = frozenset({"Ine", "Ill"})
#: Verbs whose subject receives the event noun they take as object (``védelmet kap``,
#: ``támogatást élvez``): its giver is in ``-tól/-től``.
RECEIVING_VERBS = frozenset({"kap", "megkap", "élvez"})
#: Written stems of serving a sentence (``tölti``, ``töltő``, ``letöltötte``) and the modes
#: of the nouns served.
SERVING_STEMS = ("tölt", "letölt")
SERVED_MODES = frozenset({"convict"})
#: Verbs of dying and being hurt: their subject undergoes the event noun they are told in.
SUFFERING_VERBS = frozenset(
    {"meghal", "hal", "elhuny", "megsebesül", "megsérül", "sérül", "odavész", "elpusztul"}
)
#: Cases of a request noun that is answered (``a kérelemnek``, ``a felhívásra``).
ANSWERED_CASES = frozenset({"Dat", "Sbl"})
#: Words (lemmas or written forms) of answering, granting or resisting a request in those
#: cases: ``helyt ad``, ``eleget tesz``, ``enged``, ``válaszol``, ``reagál``, ``ellenáll``.
ANSWERING_WORDS = frozenset(
    {"helyt", "eleget", "enged", "válaszol", "reagál", "felel", "ellenáll", "ellenszegül"}
)
#: Verbs that grant, fulfil or turn down a request they take as object (``teljesíti a
#: kérést``, ``elutasította a kérelmet``).
GRANTING_VERBS = frozenset(
    {"teljesít", "elutasít", "visszautasít", "elfogad", "jóváhagy", "megtagad", "elbírál"}
)
#: Marks that close a quotation (its attribution follows).
CLOSING_QUOTES = frozenset({"”", "“", "»", "«"})
#: How many words a list of remits may run before its ``felelős``.
REMIT_REACH = 8
#: Particles that may stand between a topic and ``szó van`` (``a stratégiáról is szó volt``).
TOPIC_PARTICLES = frozenset({"is", "sem", "se", "nem", "csak", "pedig", "már", "most", "itt"})
#: Verbs by which someone vouches for an event named as their object, or denies it
#: (``megerősítette a tárgyalásokat``), without taking part in it.
VOUCHING_VERBS = frozenset({"megerősít", "cáfol", "tagad", "letagad", "visszaigazol"})
#: Verbs of accusing, blaming or praising someone for a deed a ``hogy`` clause tells
#: (``azzal vádolta Oroszországot, hogy …``, ``megdicsérte Kovácsot, hogy …``).
JUDGED_DEED_VERBS = frozenset(
    {
        "vádol", "megvádol", "gyanúsít", "meggyanúsít", "hibáztat", "okol", "elmarasztal",
        "bírál", "kritizál", "dicsér", "megdicsér", "marasztal",
    }
)  # fmt: skip
#: Verbs of accusing and blaming among them: what they charge is told as done.
CHARGING_VERBS = JUDGED_DEED_VERBS - {"dicsér", "megdicsér"}
#: Verbs that judge what they take with an adjective in ``-nak/-nek`` (``igazoltnak
#: találta``, ``elfogadhatatlannak tartja``, ``jogszerűnek minősítette``).
JUDGING_VERBS = frozenset({"talál", "tart", "minősít", "nyilvánít", "ítél", "lát", "nevez"})
#: Types whose noun ``megerősít`` strengthens rather than confirms.
STRENGTHENED_TYPES = frozenset(
    {PloverType.COOPERATE, PloverType.SUPPORT, PloverType.MOBILIZE, PloverType.AID}
)
#: Postpositions after an event noun that make it the cause of what the clause tells.
CAUSAL_POSTPOSITIONS = frozenset({"hatására", "következtében", "miatt", "folytán"})
#: Postpositions after an event noun that take its event for granted in any tense: its
#: causes, and ``óta`` (since), which counts time from it.
PRESUPPOSING_POSTPOSITIONS = CAUSAL_POSTPOSITIONS | {"óta"}
#: Postpositions after an event noun that make it the time frame of what the clause tells
#: (not ``alatt``, as often ``under`` as ``during``: ``szankciók alatt áll``).
FRAMING_POSTPOSITIONS = frozenset({"során", "idején", "után", "nyomán", "folyamán"})
#: Modes of nominalisations a person who owns them undergoes (``Kovács letartóztatása``).
PERSON_UNDERGOES = frozenset(
    {"arrest", "deport", "convict", "expel", "abduct", "beat", "torture", "targeted", "release"}
)
#: Actions an agreement may be about that Krónika codes as the action itself, planned.
UNFOLDED_AGREEMENTS = frozenset({PloverType.AID, PloverType.COOPERATE})
#: Cases of the action's noun after an agreement: ``-ról/-ről`` (about), ``-ra/-re`` (for).
UNFOLDING_CASES = frozenset({"Del", "Sbl"})
#: The nominative relative pronouns: the clause they open has them as its subject (the
#: tagger also reads ``mire``, "whereupon", as one).
NOMINATIVE_RELATIVES = frozenset(
    {"aki", "akik", "ami", "amik", "amely", "amelyek", "mely", "melyek"}
)
#: Relative pronouns that stand for a noun (a person's, a thing's), never for a clause.
RELATIVE_STEMS = ("aki", "amely", "mely")
#: Verbs whose past participle before a noun tells a standing relation, not an event the
#: story reports: ``az Oroszország által megszállt atomerőmű``, ``az ENSZ által elismert
#: kormány``, ``az oroszok által elfoglalt területek``, ``a Moszkva által támogatott
#: szakadárok``, ``a lefoglalt / befagyasztott orosz vagyon``. (``az Oroszország által
#: indított háború`` is the war itself, an event.)
STANDING_STATES = frozenset(
    {
        "meg+száll",
        "el+foglal",
        "annektál",
        "be+kebelez",
        "el+csatol",
        "el+ismer",
        "támogat",
        "le+foglal",
        "be+fagyaszt",
    }
)


def _standing_state(article: Article, match: TriggerMatch) -> bool:
    """Whether the trigger is a past participle of :data:`STANDING_STATES` describing the
    noun after it."""
    if match.entry.form is not TriggerForm.VERB or len(match.tokens) != 1:
        return False
    index = match.tokens[0]
    return (
        match.entry.text in STANDING_STATES
        and attributive_past(article.tokens, index)
        and index + 1 < len(article.tokens)
        and article.tokens[index + 1].pos in ("ADJ", "NOUN", "PROPN", "NUM")
    )


def _attributive_phrase(article: Article, match: TriggerMatch, clause: Clause) -> bool:
    """Whether a phrase trigger's past verb form stands right before the phrase's noun
    (``indított eljárást``) in a clause with another finite verb (``megúszta``) and the
    article of the phrase before it: a participle, not the clause's predicate."""
    if match.entry.form is not TriggerForm.PHRASE or len(match.tokens) != 2:
        return False
    tokens = article.tokens
    first, second = match.tokens
    verb = tokens[first]
    if second != first + 1 or tokens[second].pos != "NOUN":
        return False
    if not (
        verb.feature("VerbForm") == "PartPast"
        or (verb.pos in ("VERB", "ADJ") and verb.feature("Tense") == "Past")
    ):
        return False
    others = [
        i
        for i in range(clause.first, clause.last)
        if i != first and tokens[i].feature("VerbForm") == "Fin" and tokens[i].pos == "VERB"
    ]
    article_before = any(_article_at(tokens, i) for i in range(max(clause.first, first - 8), first))
    return bool(others) and article_before and all(i < first for i in others)


def _undergoer_after(article: Article, match: TriggerMatch) -> bool:
    """Whether the trigger is a single past verb form (however tagged) describing the noun or
    name after it, who underwent it: after an article with only adverbs between (``a megölt
    újságíró``, ``a brutálisan bántalmazott Sebestyén József``), since no finite verb follows
    an article; or after an article and a phrase of place or time when the common noun after
    it stands in an oblique case, which no subject or object of a finite verb does (``szemben
    a Brown Egyetemen megölt két áldozattal``; not ``a CNN a médiában találkozott
    Artyommal``)."""
    tokens = article.tokens
    first = index = match.tokens[-1]
    if (
        match.entry.form is TriggerForm.PHRASE
        and match.tokens == tuple(range(match.tokens[0], index + 1))
        and not any(
            tokens[i].pos in ("NOUN", "PROPN") and tokens[i].feature("Case") in (None, "Nom")
            for i in match.tokens[:-1]
        )
    ):
        # ``az ott fogva tartott „fiúk``, ``az őrizetbe vett férfi``: a phrase ending in the
        # verb form describes too, unless it opens with its subject (``a bíróság elítélte``).
        first = match.tokens[0]
    elif match.entry.form is not TriggerForm.VERB or len(match.tokens) != 1:
        return False
    token = tokens[index]
    if not (
        token.feature("VerbForm") == "PartPast"
        or (token.pos == "VERB" and token.feature("Tense") == "Past")
        # ``a lefoglalt, befagyasztott vagyon``: a verb's past participle the tagger took
        # for a noun in the accusative.
        or (
            match.entry.form is TriggerForm.VERB
            and token.pos == "NOUN"
            and article.text[token.start : token.end].endswith("t")
        )
    ):
        return False
    following = index + 1
    while (
        following < len(tokens)
        and article.text[tokens[following].start : tokens[following].end] in QUOTE_MARKS
    ):
        following += 1
    if (
        following + 1 < len(tokens)
        and tokens[following].lemma.lower() in ("és", "vagy", ",")
        and tokens[following + 1].pos == "ADJ"
    ):
        # ``a börtönökben fogva tartott és éhségsztrájkoló aktivistákkal``, ``a lefoglalt,
        # befagyasztott vagyon``: participles coordinated before their noun.
        following += 1
    if following >= len(tokens) or tokens[following].pos not in ("NOUN", "PROPN", "ADJ", "NUM"):
        return False
    before = first - 1
    while before >= 0 and (tokens[before].pos == "ADV" or tokens[before].feature("Case") == "Ess"):
        before -= 1
    if _article_at(tokens, before) and tokens[following].pos != "NUM":
        return True
    # ``a Brown Egyetemen megölt két áldozattal``: a phrase of place or time between.
    while (
        before >= 0
        and tokens[before].pos in ("PROPN", "NOUN", "ADJ")
        and (
            tokens[before].feature("Case") not in (None, "Nom", "Acc")
            or tokens[before].pos != "NOUN"
        )
    ):
        before -= 1
    if before == first - 1 or not _article_at(tokens, before):
        return False
    after = following
    while after < len(tokens) and tokens[after].pos in ("ADJ", "NUM"):
        after += 1
    return (
        after < len(tokens)
        and tokens[after].pos == "NOUN"
        and tokens[after].feature("Case") not in (None, "Nom", "Acc")
    )


def _article_at(tokens: Sequence[Token], index: int) -> bool:
    """Whether token ``index`` is a definite or indefinite article."""
    return (
        index >= 0
        and tokens[index].pos == "DET"
        and tokens[index].lemma.lower() in (*ARTICLES, "egy")
    )


def _answered(article: Article, match: TriggerMatch, clause: Clause) -> bool:
    """Whether the trigger is a request noun its clause answers, grants or resists: in the
    dative or sublative (``helyt ad a kérelemnek``, ``válaszolt a felhívásra``) or as the
    object of a granting verb (``teljesíti a kérést``). The clause's subject answers it;
    only the noun's owner made it (unlike ``nekifut a kérelemnek``, a new try at one's
    own)."""
    if match.entry.form is not TriggerForm.NOUN or match.entry.type is not PloverType.REQUEST:
        return False
    case = article.tokens[match.tokens[-1]].feature("Case")
    if case == "Acc":
        words = GRANTING_VERBS
    elif case in ANSWERED_CASES:
        words = ANSWERING_WORDS
    else:
        return False
    return any(
        article.tokens[index].lemma.lower() in words or _surface(article, index).lower() in words
        for index in range(clause.first, clause.last)
    )


def _backgrounded(article: Article, match: TriggerMatch) -> bool:
    """Whether the trigger is a bare event noun in an oblique case (``háborúban``,
    ``légicsapás után``): an adverbial circumstance rather than the clause's claim."""
    if match.entry.form is not TriggerForm.NOUN:
        return False
    head = article.tokens[match.tokens[-1]]
    # A compound with a name is often tagged a proper noun (``NATO-csúcsról``).
    return head.pos in ("NOUN", "PROPN") and (head.feature("Case") or "Nom") not in CORE_CASES


#: Impersonal modal verbs: ``lehet`` + infinitive is what anyone may do (``meg lehet
#: támadni``), with no subject of its own.
IMPERSONAL_MODALS = {"lehet": frozenset({"Pres", "Past"})}
#: Written forms of impersonal ``lehet`` (present, past).
IMPERSONAL_FORMS = frozenset({"lehet", "lehetett"})
#: Ability verbs, by the tenses in which they only state a possibility: ``meg tudjuk
#: védeni`` (we can defend it) versus ``meg tudták védeni`` (they managed to).
ABILITY_VERBS = {"tud": frozenset({"Pres"})}
#: Verbs of succeeding or failing whose bare infinitive names no subject (``nem sikerült
#: megállapodni``), in every tense.
SUCCEEDING_VERBS = {"sikerül": frozenset({"Pres", "Past"})}


#: Adjectives that evaluate doing what an infinitive says (``nehéz visszavonni``).
EVALUATING_ADJECTIVES = frozenset(
    {
        "nehéz", "könnyű", "lehetetlen", "lehetséges", "érdemes", "fontos", "szükséges",
        "kötelező", "tilos", "célszerű", "indokolt", "egyszerű", "bonyolult", "kockázatos",
        "veszélyes", "hiba", "kár",
    }
)  # fmt: skip


def _bare_infinitive(article: Article, match: TriggerMatch) -> bool:
    """Whether a verb trigger's head is an infinitive with no person ending."""
    if match.entry.form is TriggerForm.NOUN:
        return False
    head = article.tokens[_head_token(article, match)]
    return head.feature("VerbForm") == "Inf" and head.feature("Person") is None


def _evaluated_infinitive(article: Article, match: TriggerMatch, clause: Clause) -> bool:
    """Whether the trigger's verb is a bare infinitive in a clause (from the last comma
    before it) whose predicate is one of :data:`EVALUATING_ADJECTIVES` and whose only finite
    verb, if any, is ``van``."""
    if not _bare_infinitive(article, match):
        return False
    # (From the last comma before the verb: ``X úgy látja, ezeket nehéz visszavonni``.)
    index = _head_token(article, match)
    start = next(
        (i + 1 for i in range(index - 1, clause.first - 1, -1) if _surface(article, i) == ","),
        clause.first,
    )
    tokens = article.tokens[start : clause.last]
    if any(
        t.feature("VerbForm") == "Fin" and t.lemma.lower() not in ("van", "lesz") for t in tokens
    ):
        return False
    return any(
        t.pos in ("ADJ", "NOUN") and t.lemma.lower() in EVALUATING_ADJECTIVES for t in tokens
    )


def _verbless_infinitive(article: Article, match: TriggerMatch) -> bool:
    """Whether the trigger's verb is a bare infinitive in a sentence with no finite verb."""
    if not _bare_infinitive(article, match):
        return False
    sentence = article.sentences[match.sentence]
    return not any(
        token.feature("VerbForm") == "Fin" or token.feature("Mood") is not None
        for token in article.tokens
        if sentence.start <= token.start < sentence.end and token.pos in ("VERB", "AUX")
    )


def _bare_infinitive_under(
    article: Article,
    match: TriggerMatch,
    clause: Clause | None,
    governors: Mapping[str, frozenset[str]],
) -> bool:
    """Whether the trigger's verb is a bare infinitive (no person ending) in a clause whose
    finite verb is one of ``governors`` in one of its listed tenses (indicative only)."""
    if clause is None or not _bare_infinitive(article, match):
        return False
    for index in range(clause.first, clause.last):
        token = article.tokens[index]
        written = article.text[token.start : token.end].lower()
        if written in IMPERSONAL_FORMS:
            # The tagger reads ``lehet`` as ``lesz`` in the potential mood.
            token = replace(
                token,
                lemma="lehet",
                morph="Mood=Ind|VerbForm=Fin|"
                + ("Tense=Past" if written.endswith("ett") else "Tense=Pres"),
            )
        if token.feature("VerbForm") != "Fin" or token.feature("Mood") not in (None, "Ind"):
            continue
        tenses = governors.get(token.lemma)
        if tenses is not None and (token.feature("Tense") or "Pres") in tenses:
            return True
    return False


def _participle(article: Article, match: TriggerMatch) -> bool:
    """Whether the trigger is a verb entry matched on an adjective-tagged participle
    (``betiltó`` for ``be+tilt``), which :func:`find_triggers` keeps only before a person's
    name; a verb form the model merely mistagged (``lerohanná``) is not one."""
    if match.entry.form is not TriggerForm.VERB or len(match.tokens) != 1:
        return False
    token = article.tokens[match.tokens[0]]
    lemma = token.lemma.lower()
    return (
        token.pos == "ADJ"
        and lemma.endswith(PARTICIPLE_ENDINGS)
        and lemma[:-1] == match.entry.pattern[0].lemma
    )


#: Stems of participles whose ``által`` phrase inspires, backs or funds what they describe
#: rather than doing it (``az ISIS által inspirált merénylet``).
INSTIGATING_STEMS = (
    "inspirál", "ihlet", "támogat", "finanszíroz", "szponzorál", "pénzel", "bátorít",
    "ösztönöz", "ösztönzött", "motivál", "befolyásol", "szorgalmaz",
)  # fmt: skip


def _by_phrase_target(view: TokenView, argument: Argument) -> int | None:
    """The noun an ``által`` phrase's participle describes (``az oroszok által Ukrajna ellen
    indított háborúban`` → ``háborúban``), or None: the first verb form or adjective within
    four words after ``által`` (a participle, however tagged), then the first noun within four
    words after it."""
    tokens, surfaces = view.article.tokens, view.surfaces
    limit = len(tokens)
    by = next(
        (i for i in range(argument.last, min(argument.last + 3, limit)) if surfaces[i] == "által"),
        None,
    )
    if by is None:
        return None
    participle = next(
        (i for i in range(by + 1, min(by + 5, limit)) if tokens[i].pos in ("ADJ", "VERB")),
        None,
    )
    if participle is None or surfaces[participle].lower().startswith(INSTIGATING_STEMS):
        # ``az ISIS által inspirált merénylet``: who inspires or funds an act does not do it.
        return None
    for index in range(participle + 1, min(participle + 5, limit)):
        if tokens[index].pos == "NOUN":
            return index
        if (
            tokens[index].pos not in ("ADJ", "NUM", "DET", "PROPN")
            and surfaces[index] not in QUOTE_MARKS
        ):
            return None
    return None


#: Impersonal modals an inflected infinitive depends on (``le kell mondania``).
_MODALS = frozenset({"kell", "lehet", "szabad", "muszáj", "sikerül"})


def _verbs_around(article: Article, clause: Clause, index: int) -> tuple[int, int]:
    """The verb of ``clause`` nearest before token ``index`` and the verb or conjunction
    nearest after it, or the clause's edges; the impersonal modal the infinitive depends on
    (``le kell mondania``, ``ratifikálnia kell``) counts as its own."""
    tokens = article.tokens
    before = next(
        (
            i
            for i in range(index - 1, clause.first - 1, -1)
            if tokens[i].pos in ("VERB", "AUX")
            and tokens[i].lemma.lower() not in _MODALS
            # ``részt kellett volna vennie``: the past conditional's auxiliary is the modal's.
            and article.text[tokens[i].start : tokens[i].end].lower() != "volna"
        ),
        clause.first - 1,
    )
    start = index + 1
    if start < clause.last and tokens[start].lemma.lower() in _MODALS:
        start += 1
    after = next(
        (i for i in range(start, clause.last) if tokens[i].pos in ("VERB", "AUX", "CCONJ")),
        clause.last,
    )
    return before, after


def _agent_participle(article: Article, view: TokenView, match: TriggerMatch) -> bool:
    """Whether the trigger is a verb entry matched on a past participle after ``által``
    (see :func:`kronika.extract.triggers.find_triggers`)."""
    if match.entry.form is not TriggerForm.VERB or len(match.tokens) != 1:
        return False
    index = match.tokens[0]
    token = article.tokens[index]
    # After ``által`` only a participle can stand, whatever the tagger says
    # (``az Oroszország által is aláírt`` tagged as a finite past verb).
    return (
        after_by_phrase(view.surfaces, index)
        and token.pos in ("ADJ", "VERB")
        and view.surfaces[index].lower().endswith(PAST_PARTICIPLE_ENDINGS)
    )


def _impersonal_plural(verb: Token | None) -> bool:
    """Whether ``verb`` is a finite verb in the third person plural (``mondtak``), which
    with no subject of its own tells what unnamed people did."""
    return verb is not None and verb.feature("Number") == "Plur" and verb.feature("Person") == "3"


def _finite_verb(article: Article, match: TriggerMatch) -> Token | None:
    """The trigger's finite verb: its head verb when finite; none when the head verb is an
    infinitive or a participle (``véget vetni agressziójának``: a noun the model tagged as a
    verb is no finite verb of the phrase); else the first finite word of a verbless match."""
    head = article.tokens[_head_token(article, match)]
    if head.pos in ("VERB", "AUX"):
        return head if head.feature("VerbForm") == "Fin" else None
    for index in match.tokens:
        token = article.tokens[index]
        if token.feature("VerbForm") == "Fin":
            return token
    return None


def _attribution_dash(article: Article, view: TokenView, clause: Clause, head: int) -> int | None:
    """The index of a dash after token ``head`` in ``clause`` that opens an attribution (a
    demonstrative or an adverb at most, then a finite verb of telling: ``– erről posztolt
    X``, ``– mondta X``), or None."""
    tokens = article.tokens
    for dash in range(head + 1, clause.last):
        if view.surfaces[dash] not in DASHES:
            continue
        index = dash + 1
        while index < clause.last and index <= dash + 2 and tokens[index].pos in ("PRON", "ADV"):
            index += 1
        if index >= clause.last:
            return None
        verb, word = tokens[index], view.surfaces[index].lower()
        # (The tagger may call the past form an adjective: ``– erről posztolt X``.)
        finite = (verb.pos == "VERB" and verb.feature("VerbForm") == "Fin") or verb.pos == "ADJ"
        telling = verb.lemma.lower() in TELLING_VERBS or any(
            len(stem) >= 4 and word.startswith(stem) for stem in TELLING_VERBS
        )
        return dash if finite and telling else None
    return None


def _parentheticals(article: Article, clause: Clause) -> list[tuple[int, int]]:
    """The ``[first, last)`` token ranges of the parentheses in ``clause`` that hold a verb:
    clauses of their own (``(Sajid Akram … tarthatott …)``), unlike an acronym, a date or a
    title in parentheses."""
    tokens = article.tokens
    spans = []
    opened: int | None = None
    for index in range(clause.first, clause.last):
        surface = article.text[tokens[index].start : tokens[index].end]
        if surface == "(":
            opened = index
        elif surface == ")" and opened is not None:
            # (A past participle there may be its verb the model took for an adjective:
            # ``… puskát tarthatott vadászat céljára)``.)
            if index - opened > 3 and any(
                t.feature("VerbForm") in ("Fin", "PartPast") for t in tokens[opened:index]
            ):
                spans.append((opened, index + 1))
            opened = None
    return spans


def _unnamed_doer(article: Article, match: TriggerMatch) -> bool:
    """Whether the trigger's verb leaves its doer unnamed by its form: a third-person plural
    (``letartóztatták``, ``elítéltek két férfit``) or a phrase whose own noun is the subject
    (``eljárás indult``: proceedings were opened, by someone)."""
    verb = _finite_verb(article, match)
    if verb is None:
        return False
    if verb.feature("Person") in (None, "3") and verb.feature("Number") == "Plur":
        return True
    return any(
        article.tokens[index].pos == "NOUN"
        and (article.tokens[index].feature("Case") or "Nom") == "Nom"
        for index in match.tokens
    )


def _agrees(article: Article, match: TriggerMatch, actors: Sequence[Argument]) -> bool:
    """Whether nominative ``actors`` can be the subject of the trigger's finite verb: a
    plural verb needs coordinated or plural subjects, a first or second person verb none."""
    verb = _finite_verb(article, match)
    if verb is None or not actors:
        return True
    if verb.feature("Person") in ("1", "2"):
        return False
    if verb.feature("Number") != "Plur" or len(actors) > 1:
        return True
    head = article.tokens[actors[0].last - 1]
    return head.feature("Number") == "Plur"


def _personal_infinitive(article: Article, match: TriggerMatch) -> bool:
    """Whether the trigger's verb is an infinitive with a person ending (``ratifikálnia``),
    whose subject Hungarian puts in the dative."""
    token = article.tokens[_head_token(article, match)]
    return token.feature("VerbForm") == "Inf" and token.feature("Person") is not None


def _other_subject(own: tuple[str, str, bool], carried: Argument, person: bool) -> bool:
    """Whether a clause's own subject is someone other than the subject carried over from
    the sentence before: another name, a plural common noun, a common noun after an
    organisation or a state, or one that names no person (a singular common noun after a
    ``person``, ``a bíboros``, describes that person; ``a bírósági ítélet`` does not)."""
    kind, lemma, plural = own
    if kind == "named":
        return lemma not in carried.name.lower()
    if compound_stems(lemma) & PUBLICS:
        # ``… Putyin … . A szankciók feloldását az ukrajnai társadalom elfogadhatatlannak
        # tartja``: a people or a public describes no one person.
        return True
    return not person or plural or _names_a_thing(lemma)


def _contrasted_subject(article: Article, clause: Clause) -> bool:
    """Whether ``clause`` opens with a nominative common noun that ``pedig`` sets against
    what came before (``…, az autotune pedig népdalokkal találkozik``, ``…, az elnök pedig
    elfogadta``): a new topic, so someone or something other than the subject before."""
    tokens = article.tokens
    for index in range(clause.first, min(clause.first + 4, clause.last - 1)):
        token = tokens[index]
        if token.pos not in ("DET", "ADJ", "NUM", "NOUN"):
            return False
        if token.pos == "NOUN":
            return (
                token.feature("Case") in (None, "Nom")
                and _surface(article, index + 1).lower() == "pedig"
            )
    return False


#: Endings of nouns that name acts, documents, bodies and things, never a person: a ruling
#: (``ítélet``), a decision (``döntés``), a proposal (``javaslat``), a government
#: (``kormány``), a publication (``kiadvány``), an authority (``hatóság``).
THING_ENDINGS = (
    "ás", "és", "ság", "ség", "lat", "let", "zat", "zet", "mány", "mény", "vány", "vény",
    "lom", "lem",
)  # fmt: skip
#: Person nouns with such an ending (``nagykövet``: an ambassador).
THING_ENDING_PERSONS = ("követ",)


def _names_a_thing(lemma: str) -> bool:
    """Whether a common noun's ending says it names no person (see :data:`THING_ENDINGS`),
    so it cannot describe the person named before it."""
    return lemma.endswith(THING_ENDINGS) and not lemma.endswith(THING_ENDING_PERSONS)


#: Nouns for a people or a public as a whole (and compounds ending in one), which never
#: describe the one person named before.
PUBLICS = frozenset(
    {
        "társadalom", "lakosság", "közvélemény", "nép", "nemzet", "közösség", "nyilvánosság",
        "többség", "kisebbség", "közönség", "polgárság", "választó", "szavazó", "közélet",
    }
)  # fmt: skip


#: Adjectives that count a noun as numbers do (``egyes országok``, ``bizonyos cégek``).
QUANTIFYING_ADJECTIVES = frozenset({"egyes", "bizonyos", "számos", "különböző", "egyéb", "más"})
#: Pronoun types that stand as a noun's determiner for something asked about or left open:
#: ``milyen eszköz``, ``bármilyen szervezet``, ``semmilyen ország``, ``minden párt``.
QUESTIONING_PRONOUNS = frozenset({"Int", "Ind", "Neg", "Tot"})


def _own_subject(article: Article, clause: Clause) -> tuple[str, str, bool] | None:
    """The first subject a clause has of its own, with its lemma and whether it is plural:
    ``named`` for a proper name in the nominative, ``common`` for a nominative common noun
    after an article (``a pápa``) or a number (``több újságkihordó``, counted as plural, as is
    a possessed one, ``a felesége``, or a new one, ``egy férfi``), None for none. A noun
    before a postposition (``az év során``) or a name before a noun it owns is no subject,
    and a name is in the case of its last word (``Orbán Viktorral``)."""
    tokens = article.tokens
    index = clause.first
    while index < clause.last:
        token = tokens[index]
        if token.pos == "PROPN":
            last = index
            while last + 1 < clause.last and tokens[last + 1].pos == "PROPN":
                last += 1
            if index > clause.first and _surface(article, index - 1) == "(":
                # ``a … Vállalat (Nis) eladásáról``: an acronym in parentheses is no subject.
                index = last + 1
                continue
            # ``a Szent Család-templom plébánosával``: a name owning the noun after it is
            # in that noun's phrase, no subject.
            if (
                _nominative_head(tokens, last, clause.last)
                and not _owns_next(tokens, last, clause.last)
                and not _titled_in_another_case(tokens, last, clause.last)
            ):
                return "named", token.lemma.lower(), False
            index = last + 1
            continue
        if (
            token.feature("Case") == "Nom"
            and (
                token.lemma.lower() in SOMEONE_ELSE
                or _surface(article, index).lower() in SOMEONE_ELSE
                or (token.pos == "PRON" and token.feature("PronType") == "Dem")
            )
            # (``kikérje valaki véleményét``: an owner is no subject.)
            and not _owns_next(tokens, index, clause.last)
        ):
            # (``de az megtagadta``: a demonstrative subject is a thing named before.)
            # ``Idén egyikük egy focilabdát kért``: one of them, someone, many: others.
            return "common", token.lemma.lower(), True
        if (
            token.pos == "NOUN"
            and _nominative_head(tokens, index, clause.last)
            and not _owns_next(tokens, index, clause.last)
        ):
            # (``két új csatahajó építését``: an owner is no subject.)
            before = index - 1
            quantified = False
            while before >= clause.first:
                if tokens[before].pos in ("ADJ", "NUM"):
                    quantified = (
                        quantified
                        or tokens[before].pos == "NUM"
                        or tokens[before].lemma.lower() in QUANTIFYING_ADJECTIVES
                    )
                    before -= 1
                elif _surface(article, before) == "," or (
                    tokens[before].pos == "NOUN"
                    and tokens[before].feature("Case") not in (None, "Nom")
                    and tokens[before + 1].pos == "ADJ"
                ):
                    # ``egy torz hangú, árnyékban álló nő``: adjectives in a row, and a
                    # participle's own complement.
                    before -= 1
                elif _agent_phrase_end(article, before, clause.first):
                    # ``egy Juhász által megerőszakolt fiú``: a participle's agent inside the
                    # noun's phrase.
                    before -= 2
                    while before >= clause.first and tokens[before].pos == "PROPN":
                        before -= 1
                else:
                    break
            owned = token.feature("Person[psor]") is not None
            if owned and before < clause.first and index == clause.first:
                # ``…, kabinetfőnöke miért beszélt``: an owned noun opening its clause is
                # someone's relative or aide, someone else.
                return "common", token.lemma.lower(), True
            asked = (
                before >= clause.first
                and tokens[before].pos == "PRON"
                and tokens[before].feature("PronType") in QUESTIONING_PRONOUNS
            )
            if before >= clause.first and (
                tokens[before].pos == "DET"
                or asked
                or (owned and tokens[before].pos in ("PROPN", "NOUN"))
            ):
                # ``a felesége``: someone's relative or aide is someone else, counted as
                # plural (others) like a plural noun; so is someone new (``egy maszkos férfi``),
                # something asked about or left open (``milyen eszköz``, ``bármilyen
                # szervezet``) and what a name or a noun owns (``a Tisza Párt helyi
                # szervezetei``, ``a cég importja``).
                new = asked or tokens[before].lemma.lower() == "egy"
                plural = token.feature("Number") == "Plur"
                return "common", token.lemma.lower(), plural or owned or new
            if quantified:
                # ``egyre több újságkihordó``: people, never the one person named before.
                return "common", token.lemma.lower(), True
            following = tokens[index + 1] if index + 1 < clause.last else None
            if (
                following is not None
                and index > clause.first
                and tokens[index - 1].pos == "ADJ"
                and following.pos == "VERB"
                and following.feature("VerbForm") == "Fin"
                and following.lemma.lower() not in COPULAS
            ):
                # ``amit jogerős bírói döntés tiltott meg``: a bare noun with an
                # adjective, right before the finite verb, is its subject.
                plural = token.feature("Number") == "Plur"
                return "common", token.lemma.lower(), plural
        index += 1
    return None


#: Verbs whose nominative is a predicate (``elnök lett``), not a subject.
COPULAS = frozenset(
    {"van", "nincs", "sincs", "lesz", "marad", "válik", "tűnik", "látszik", "számít"}
)


def _agent_phrase_end(article: Article, index: int, first: int) -> bool:
    """Whether token ``index`` is the ``által`` of a participle's agent (``az oroszok által
    elfoglalt``) with its noun or name right before, from ``first`` on."""
    tokens = article.tokens
    return (
        index - 1 >= first
        and tokens[index].pos == "ADP"
        and _surface(article, index).lower() == "által"
        and tokens[index - 1].pos in ("NOUN", "PROPN", "PRON")
    )


def _has_nominative(tokens: Sequence[Token], first: int, last: int) -> bool:
    """Whether words ``first`` to ``last`` hold a noun, name or pronoun in the nominative
    that may be a subject: not one before a postposition (``szokása szerint``), nor a name
    owning the noun after it (``a Szent Család-templom plébánosával``)."""
    index = first
    while index < last:
        token = tokens[index]
        if token.pos not in ("NOUN", "PROPN", "PRON"):
            index += 1
            continue
        end = index
        while token.pos == "PROPN" and end + 1 < last and tokens[end + 1].pos == "PROPN":
            end += 1
        following = tokens[end + 1] if end + 1 < last else None
        if (
            (tokens[end].feature("Case") or "Nom") == "Nom"
            and not (following is not None and following.pos == "ADP")
            and not _owns_next(tokens, end, last)
        ):
            return True
        index = end + 1
    return False


def _possessive_form(token: Token, surface: str) -> bool:
    """Whether a noun the tagger calls possessed is written so: a form the lemmatiser left
    whole must end, before its case suffix, in a possessive ending (``egyeztetésekről``,
    tagged possessed, is a plural: ``egyeztetések`` + ``ről``)."""
    form = surface.lower()
    if token.lemma.lower() != form:
        return True
    stem = strip_case(form, token.feature("Case"))
    return stem.endswith((*OWNED_BY_ONE, *OWNED_BY_MANY, *OWNED_PLURAL))


def _surface(article: Article, index: int) -> str:
    token = article.tokens[index]
    return article.text[token.start : token.end]


def _owns_next(tokens: Sequence[Token], index: int, limit: int) -> bool:
    """Whether the word at ``index`` owns a possessed noun after it (:func:`owned_noun`)."""
    return owned_noun(tokens, index, limit) is not None


def _titled_in_another_case(tokens: Sequence[Token], index: int, limit: int) -> bool:
    """Whether the name ending at ``index`` is followed by its title in a case other than
    the nominative, which is the name's (``dicsérje Donald Trump amerikai elnököt``)."""
    after = index + 1
    while after < limit and tokens[after].pos == "ADJ":
        after += 1
    return (
        after < limit
        and is_title(tokens[after])
        and (tokens[after].feature("Case") or "Nom") != "Nom"
    )


def _nominative_head(tokens: Sequence[Token], index: int, limit: int) -> bool:
    """Whether the nominative at ``index`` heads a phrase of its own: no postposition
    follows it, nor the last of the nouns coordinated with it (``a Ház céljai és irányelvei
    mellett``: both nouns belong to the postposition)."""
    if tokens[index].feature("Case") != "Nom":
        return False
    after = index + 1
    while (
        after + 1 < limit
        and tokens[after].lemma.lower() in _NOUN_COORDINATORS
        and tokens[after].pos == "CCONJ"
    ):
        after += 1
        while after < limit and tokens[after].pos in ("DET", "ADJ", "NUM"):
            after += 1
        if after >= limit or tokens[after].pos not in ("NOUN", "PROPN"):
            return True
        if tokens[after].feature("Case") != "Nom":
            return True
        after += 1
    return not (after < limit and tokens[after].pos == "ADP")


#: Conjunctions that coordinate two nouns into one phrase.
_NOUN_COORDINATORS = frozenset({"és", "vagy", "valamint", "illetve"})


def _impersonal_infinitive(article: Article, match: TriggerMatch) -> bool:
    """Whether the trigger is a bare infinitive that depends on an impersonal word (``kell``,
    ``lehet``, ``érdemes``): no one in particular does it."""
    token = article.tokens[_head_token(article, match)]
    if token.feature("VerbForm") != "Inf" or token.feature("Person") is not None:
        return False
    governing = _governing_verb(article, match)
    return governing is not None and governing.lemma.lower() in IMPERSONAL_WORDS


def _carries_subject_over(article: Article, match: TriggerMatch) -> bool:
    """A third-person singular verb may take the previous sentence's subject; a plural one
    with no subject is impersonal (``letartóztatták``: someone unnamed did it). The verb is
    the trigger's head, not its last word (``vádoltak meg``: the preverb after it has no
    person)."""
    if _impersonal_infinitive(article, match):
        # ``vállalni kell``: nobody in particular.
        return False
    token = article.tokens[_head_token(article, match)]
    if token.feature("VerbForm") == "Inf" and token.feature("Person") is None:
        # ``próbálunk tárgyalni``: a bare infinitive has the subject of the verb it depends
        # on, which may be ``we``.
        governing = _governing_verb(article, match)
        if governing is not None:
            token = governing
    person, number = token.feature("Person"), token.feature("Number")
    return person in (None, "3") and number != "Plur" and not match.entry.impersonal


#: How many words a label's quotation marks may stand from the trigger inside it.
LABEL_SPAN = 30
#: How many sentences back a dropped subject is looked for, past sentences with none.
SUBJECT_REACH = 3
#: Verbs whose subject is the ``hogy`` clause after them (``kiderült, hogy …``, ``úgy
#: tűnik, hogy …``): a sentence opening with one has no dropped subject of its own.
CLAUSAL_SUBJECT_VERBS = frozenset(
    {"kiderül", "derül", "látszik", "tűnik", "hangzik", "számít", "igaz", "jelent", "van", "lesz"}
)
#: Words an infinitive depends on that have no subject (``kell``, ``lehet``, ``érdemes``).
IMPERSONAL_WORDS = frozenset(
    {"kell", "kellene", "lehet", "lehetne", "szabad", "muszáj", "érdemes", "tilos", "szükséges"}
)


#: How many words away the verb an infinitive depends on is looked for.
GOVERNING_REACH = 8


def _governing_verb(article: Article, match: TriggerMatch) -> Token | None:
    """The finite verb or impersonal word nearest to an infinitive trigger in its sentence
    (``kell … vállalni, … is vállalni``): what the infinitive depends on."""
    head = match.tokens[-1]
    sentence = article.sentences[match.sentence]
    for distance in range(1, GOVERNING_REACH + 1):
        for index in (head - distance, head + distance):
            if not 0 <= index < len(article.tokens) or index in match.tokens:
                continue
            token = article.tokens[index]
            if not sentence.start <= token.start < sentence.end:
                continue
            if token.feature("VerbForm") == "Fin" or token.lemma.lower() in IMPERSONAL_WORDS:
                return token
    return None


def _unique(participants: Sequence[Participant]) -> list[Participant]:
    seen: set[str] = set()
    kept = []
    for participant in participants:
        key = _key(participant)
        if key not in seen:
            seen.add(key)
            kept.append(participant)
    return kept


def _definite(article: Article, match: TriggerMatch) -> bool:
    """A noun trigger after the definite article (``a megbeszélésen``) refers back to an
    event already told."""
    first = match.tokens[0]
    for index in range(first - 1, max(first - 4, -1), -1):
        token = article.tokens[index]
        if token.pos == "DET":
            return token.feature("Definite") == "Def" or token.lemma.lower() in ("a", "az")
        if token.pos not in ("ADJ", "NUM"):
            return False
    return False


#: Marks opening and closing a quotation inside a quotation.
INNER_QUOTES = (("»", "«"), ("‚", "’"))


def _inner_quoted(article: Article, start: int, position: int) -> bool:
    """Whether ``position`` stands inside a quotation opened within a quote starting at
    ``start`` (``„… hogy »nem mi támadtuk meg«”``)."""
    before = article.text[start:position]
    return any(before.count(opening) > before.count(closing) for opening, closing in INNER_QUOTES)


def _converb_of(word: str, verbs: Collection[str]) -> bool:
    """Whether ``word`` is the ``-va/-ve`` converb of one of ``verbs`` (``hivatkozva``:
    ``hivatkozik``)."""
    if not word.endswith(("va", "ve")) or len(word) < 5:
        return False
    stem = word[:-2]
    return stem in verbs or f"{stem}ik" in verbs


def _first_singular(article: Article, match: TriggerMatch) -> bool:
    """A verb trigger in the first person singular (``tárgyaltam``): the speaker acts."""
    token = article.tokens[match.tokens[-1]]
    return token.feature("Person") == "1" and token.feature("Number") == "Sing"


def _first_plural(article: Article, match: TriggerMatch, clause: Clause) -> bool:
    """Whether the trigger's verb, else the first finite verb of its clause, is in the
    first person plural (``tárgyalunk``; ``várjuk a párbeszédet``, ``próbálunk tárgyalni``),
    or the trigger's noun is ours (``semmi kifogásunk``)."""
    verb = _finite_verb(article, match)
    if verb is None and any(
        article.tokens[i].pos == "NOUN"
        and article.tokens[i].feature("Person[psor]") == "1"
        and article.tokens[i].feature("Number[psor]") == "Plur"
        for i in match.tokens
    ):
        return True
    if verb is None:
        verb = next(
            (
                token
                for token in article.tokens[clause.first : clause.last]
                if token.feature("VerbForm") == "Fin"
            ),
            None,
        )
    return verb is not None and verb.feature("Person") == "1" and verb.feature("Number") == "Plur"


def _free_of(article: Article, match: TriggerMatch) -> bool:
    """Whether the trigger's noun is in the ablative before ``mentes`` (free of it:
    ``agressziótól mentes``)."""
    last = match.tokens[-1]
    following = article.tokens[last + 1] if last + 1 < len(article.tokens) else None
    return (
        article.tokens[last].feature("Case") == "Abl"
        and following is not None
        and following.lemma.casefold().startswith("mentes")
    )


def _day(article: Article) -> dt.date | None:
    """The publication day, when the article gives one to the day."""
    published = article.date
    if published is None or published.precision is not DatePrecision.DAY:
        return None
    return published.value


#: Forms of ``van`` (and its negation) that make a possessive clause: ``X-nek van/nincs Y-a``.
EXISTENTIAL_FORMS = frozenset(
    {
        "van", "vannak", "nincs", "nincsen", "sincs", "volt", "voltak", "lesz", "lenne", "lett",
        "megvan", "megvolt", "megvannak", "megvoltak",
    }
)  # fmt: skip


#: Possessive endings of a noun whose tag lacks the owner (``kifogása``, ``tervük``).
OWNED_ENDINGS = frozenset(OWNED_BY_ONE + OWNED_BY_MANY)


def _had(article: Article, clause: Clause, match: TriggerMatch) -> bool:
    """Whether the trigger's noun is owned (``kifogása``) in a clause built on ``van`` or
    ``nincs``, where Hungarian puts the owner in the dative."""
    nouns = [i for i in match.tokens if article.tokens[i].pos == "NOUN"]
    if not nouns:
        return False
    token = article.tokens[nouns[-1]]
    form, lemma = article.text[token.start : token.end].lower(), token.lemma.lower()
    owned = _possessive_chain(token) or (
        form.startswith(lemma) and form[len(lemma) :] in OWNED_ENDINGS
    )
    if not owned:
        return False
    return any(
        article.text[t.start : t.end].lower() in EXISTENTIAL_FORMS
        for t in article.tokens[clause.first : clause.last]
    )


def _possessive_chain(token: Token) -> bool:
    return token.feature("Number[psor]") is not None


def _reported_cues(cues: Sequence[ModalityCue]) -> list[ModalityCue]:
    return [cue for cue in cues if cue.kind is CueKind.REPORTED]


def _confidence(
    match: TriggerMatch,
    actors: Sequence[Participant],
    recipients: Sequence[Participant],
    inferred: bool,
) -> float:
    """A rule-based score: a verb with its own subject and object scores highest; a noun, an
    inferred participant and a lone actor score lower."""
    score = 0.55
    if match.entry.form is not TriggerForm.NOUN:
        score += 0.1
    if actors and not inferred and not any(a.inferred for a in actors):
        score += 0.15
    if recipients:
        score += 0.1
    if all(a.entity_id and not a.entity_id.startswith("nil:") for a in actors):
        score += 0.05
    return round(min(score, 0.95), 2)


def _merge_events(
    drafts: Sequence[_Draft], led_by: Callable[[str | None], str | None] = lambda _: None
) -> tuple[Event, ...]:
    """One event per real-world event of the article.

    Two events merge when they have the same type, share an actor, agree in being realis
    (occurred, reported) or not, have compatible dates (or one is a headline's inferred
    from context), neither or both come from a photo
    caption, and one of them is told in the headline, lede or a subheading (in other words than
    the body's only within :data:`ANNOUNCED_REACH` sentences of its last telling, counting the
    article's own sentences, not those inside a direct quote), or both are named
    by the same lexicon entry, or both stand in one sentence. An actor-less event right after
    (within two sentences) an event of its type is that event mentioned again (``a
    megbeszélésen``): its topics and measures join it; an actor-less event with nothing to
    join is dropped. An event introduced as another (``egy másik …``) merges with none told
    before it, nor do two events whose ``között`` lists name different parties.
    """
    merged: list[_Draft] = []
    for draft in sorted(drafts, key=lambda d: d.event.start):
        event = draft.event
        if draft.anaphoric:
            for position in range(len(merged) - 1, -1, -1):
                earlier = merged[position]
                if (
                    earlier.event.type == event.type
                    and 0 <= draft.sentence - earlier.sentence <= 2
                    and (_caption(earlier.event) == _caption(event))
                ):
                    merged[position] = _absorb(earlier, draft, keep_modality=True)
                    break
            continue
        if draft.another:
            # ``Egy másik, Párizs és Róma között kötött megállapodás``: another event
            # than those told before.
            merged.append(draft)
            continue
        for position, earlier in enumerate(merged):
            if (
                earlier.parties_listed
                and draft.parties_listed
                and _ids(earlier.event.actors) != _ids(event.actors)
            ):
                # ``háromoldalú megállapodás X, Y és Z között, valamint kétoldalú X és Y
                # között``: events between different parties are different events.
                continue
            inferred = _headline_guess(earlier) or _headline_guess(draft)
            near = draft.sentence - earlier.sentence <= ANNOUNCED_REACH
            if _same_event(earlier.event, event, led_by, dates_inferred=inferred, near=near):
                if not _ids(earlier.event.actors) & _ids(event.actors):
                    # Told by leaders and by their states: the leaders are the actors (each
                    # with the state in the export), the states are no extra parties.
                    event = _without_led_states(event, earlier.event, led_by)
                    earlier = replace(
                        earlier, event=_without_led_states(earlier.event, event, led_by)
                    )
                    draft = replace(draft, event=event)
                merged[position] = replace(_absorb(earlier, draft), sentence=draft.sentence)
                break
        else:
            merged.append(draft)
    return tuple(_story_dated(draft, merged) for draft in merged)


def _story_dated(draft: _Draft, drafts: Sequence[_Draft]) -> Event:
    """``draft``'s event, dated by the story when it is an untimed act of the body (``A
    rendőrség Szabót is őrizetbe vette a téren``) of the type and by an actor of an
    event the headline or lede announces with a day the text gives (``kedden letartóztatták
    X-et``), within :data:`ANNOUNCED_REACH` sentences of its last telling: another act of the
    same story, which merging keeps apart when its counterpart differs. Anything between
    them that times the act (a time word, another event it follows) leaves it undated."""
    event = draft.event
    if not draft.untimed or event.date_precision is not EventDatePrecision.NONE:
        return event
    for story in drafts:
        told = story.event
        if (
            story is not draft
            and told.type == event.type
            and told.date_precision is EventDatePrecision.DAY
            and not story.date_inferred
            and told.modality in REALIS
            and not _caption(told)
            and any(e.segment in DATE_SEGMENTS for e in told.evidence)
            and draft.sentence - story.sentence <= ANNOUNCED_REACH
            and _role_ids(told.actors) & _role_ids(event.actors)
        ):
            return replace(
                event, date=told.date, end_date=told.end_date, date_precision=EventDatePrecision.DAY
            )
    return event


#: How many sentences after its last telling a body event may retell an event the headline
#: or lede announced in other words.
ANNOUNCED_REACH = 5


def _another(article: Article, match: TriggerMatch) -> bool:
    """Whether the noun phrase of a noun trigger opens with ``másik`` (``egy másik, Párizs
    és Róma között kötött megállapodás``): no finite verb stands between, in its
    sentence."""
    tokens = article.tokens
    opening = article.sentences[match.sentence].start
    for index in range(match.tokens[0] - 1, -1, -1):
        token = tokens[index]
        if token.start < opening:
            return False
        if token.pos in ("VERB", "AUX") and token.feature("VerbForm") == "Fin":
            return False
        if token.lemma.lower() == "másik":
            return True
    return False


#: Verbs that carry out the event noun they take (``megállapodást köt``, ``háborút indít``,
#: ``támadást végrehajt``), unlike those that ask for, back or resist it (``követel``).
REALISING_STEMS = (
    "köt", "indít", "folytat", "végrehajt", "elkövet", "aláír", "vív", "visel", "tart", "hoz",
    "kiszab", "bejelent", "kihirdet", "elrendel", "szervez", "emel",
)  # fmt: skip


#: Participles of what closes or opens an event (``az EU-csúcsot záró sajtótájékoztató``).
FRAMING_PARTICIPLES = frozenset({"záró", "lezáró", "nyitó", "megnyitó"})


def _participle_after_object(article: Article, match: TriggerMatch) -> int | None:
    """The present participle that takes an accusative event noun as its object, right
    after it or past adverbs (``a túszejtést állítólag pénzelő Kadhafi``), or None."""
    tokens = article.tokens
    last = match.tokens[-1]
    if tokens[last].feature("Case") != "Acc":
        return None
    index = last + 1
    while index < len(tokens) and tokens[index].pos == "ADV":
        index += 1
    if index < len(tokens) and tokens[index].feature("VerbForm") == "PartPres":
        return index
    return None


def _realising_participle(article: Article, index: int) -> bool:
    """Whether token ``index`` is the present participle of a verb carrying out the event
    noun before it (``megkötő``, ``indító``) and a name follows it, which the participle
    describes (``a megállapodást megkötő MKFE``)."""
    tokens = article.tokens
    if index + 1 >= len(tokens) or tokens[index].feature("VerbForm") != "PartPres":
        return False
    return _realising_stem(article, index) and tokens[index + 1].pos == "PROPN"


def _realising_stem(article: Article, index: int) -> bool:
    """Whether the participle at ``index`` is of a verb carrying out the event noun before
    it (:data:`REALISING_STEMS`: ``megkötő``, ``szervező``)."""
    token = article.tokens[index]
    return article.text[token.start : token.end].lower()[:-1].endswith(REALISING_STEMS)


def _headline_guess(draft: _Draft) -> bool:
    """Whether the draft is told in the headline with a date only inferred from context: the
    body's event that the headline announces has the date the text gives."""
    return draft.date_inferred and any(
        e.segment is SegmentKind.HEADLINE for e in draft.event.evidence
    )


def _caption(event: Event) -> bool:
    return event.evidence[0].segment is SegmentKind.CAPTION


def _ids(participants: Sequence[Participant]) -> set[str]:
    return {_key(p) for p in participants}


def _role_key(participant: Participant) -> str:
    """A participant's key with one named by role keyed by its noun (``a rendőrség`` and
    ``a londoni rendőrség`` are one body in one article); a name without an id keeps its
    whole name (``Kovács Péter`` and ``Szabó Péter`` are two)."""
    if participant.entity_id is not None:
        return participant.entity_id
    noun = participant.name.rsplit(" ", 1)[-1]
    return noun if noun.islower() else participant.name.lower()


def _role_ids(participants: Sequence[Participant]) -> set[str]:
    return {_role_key(p) for p in participants}


def _fullest(participants: Sequence[Participant]) -> list[Participant]:
    """``participants`` with those named by the same role noun told once, by the longest
    phrase (``a londoni rendőrség`` for ``a rendőrség``)."""
    longest: dict[str, Participant] = {}
    for participant in participants:
        key = _role_key(participant)
        if key not in longest or len(participant.name) > len(longest[key].name):
            longest[key] = participant
    return [p for p in participants if longest[_role_key(p)] is p]


def _same_event(
    first: Event,
    second: Event,
    led_by: Callable[[str | None], str | None] = lambda _: None,
    dates_inferred: bool = False,
    near: bool = True,
) -> bool:
    """Whether two events of one article are one real-world event (see
    :func:`_merge_events`). Dates that disagree keep two events apart unless one of them is
    a headline's, only inferred from context (``dates_inferred``): the date the body gives
    wins then."""
    if first.type != second.type or _caption(first) != _caption(second):
        return False
    if (
        first.mode is not None
        and second.mode is not None
        and first.mode != second.mode
        and {first.mode, second.mode} & SOLE_MODES.get(first.type, frozenset())
    ):
        # ``A betiltás után tüntetőket tartóztattak le``: a ban and the arrests after it are
        # two acts of one state, however near they are told. (A ban told as a
        # restriction and as censorship, an attack told as an air strike and as drone
        # strikes, or a criticism told as an allegation, may be one.)
        return False
    sentences = {e.sentence_start for e in first.evidence}
    same_sentence = any(e.sentence_start in sentences for e in second.evidence)
    # One sentence may tell a summit by its leaders and by their states (``Trump és Putyin
    # kezet fog az amerikai–orosz csúcstalálkozón``): the same event.
    if not _role_ids(first.actors) & _role_ids(second.actors) and not (
        same_sentence and _leaders_of(first, second, led_by)
    ):
        return False
    if (first.modality in REALIS) != (second.modality in REALIS):
        return False
    if _other_counterparts(first, second):
        # ``tárgyaltak az ukránokkal, és külön találkozót tartottak az oroszokkal``: one
        # actor with two different counterparts did two things.
        return False
    if first.date is not None and second.date is not None and not dates_inferred:
        first_end = first.end_date or first.date
        second_end = second.end_date or second.date
        if first.date > second_end or second.date > first_end:
            return False
    # The body tells an event the headline, lede or a subheading announced, or names it again
    # with the same words or in the same sentence; two differently worded events of one actor
    # in the body are two (``tárgyaltak …, majd külön találkozót tartottak``).
    told = {e.segment for e in (*first.evidence, *second.evidence)}
    same_words = {e.trigger for e in first.evidence} & {e.trigger for e in second.evidence}
    # What might happen is no news a headline or lede announces: two hypothetical events
    # are one only when told with the same words or in one sentence.
    announced = bool(told & SUMMARY_SEGMENTS) and first.modality in REALIS and near
    return announced or bool(same_words) or same_sentence


def _other_counterparts(first: Event, second: Event) -> bool:
    """Whether both events name counterparts and none of them takes part in the other."""
    if not first.recipients or not second.recipients:
        return False
    first_parties = _ids(first.actors) | _ids(first.recipients)
    second_parties = _ids(second.actors) | _ids(second.recipients)
    return not (_ids(first.recipients) & second_parties or _ids(second.recipients) & first_parties)


def _without_led_states(
    event: Event, other: Event, led_by: Callable[[str | None], str | None]
) -> Event:
    """``event`` without the actors that are states ``other``'s actors lead; the two are
    merged next, so the leaders carry the parties."""
    led = {led_by(p.entity_id) for p in other.actors} - {None}
    return replace(event, actors=tuple(p for p in event.actors if p.entity_id not in led))


def _leaders_of(first: Event, second: Event, led_by: Callable[[str | None], str | None]) -> bool:
    """Whether one event's actors are all states the other event's actors lead."""
    for people, states in ((first, second), (second, first)):
        led = {led_by(p.entity_id) for p in people.actors} - {None}
        named = {p.entity_id for p in states.actors}
        if named and None not in named and named <= led:
            return True
    return False


#: Irrealis modalities that tell how an expected event turned out (it did not happen, was
#: refused or called off), as against those that only look ahead to it.
SETTLED = frozenset({Modality.NEGATED, Modality.REFUSED, Modality.CANCELLED})


def _merged_modality(first: Modality, second: Modality) -> Modality:
    """The modality of one event told twice, whichever mention comes first.

    Mentions merge only when both are realis or both irrealis (:func:`_same_event`). Among
    realis mentions the article's own statement that it happened outweighs someone's claim
    (``occurred`` over ``reported``): the narrator vouches for it somewhere. Among irrealis
    mentions an outcome outweighs an expectation: a meeting announced as planned and later
    said to be cancelled, refused or not held is a cancelled, refused or negated event, since
    the plan is superseded by what became of it (``a jövő hétre tervezett találkozót …
    lemondták``). Otherwise the first mention (headline, lede) keeps its word.
    """
    if Modality.OCCURRED in (first, second):
        return Modality.OCCURRED
    if first not in SETTLED and second in SETTLED:
        return second
    return first


def _absorb(kept_draft: _Draft, other_draft: _Draft, keep_modality: bool = False) -> _Draft:
    """``kept`` with ``other``'s evidence, participants, place, date and measures added where
    ``kept`` lacks them; a date the text gives beats the news-recency inference."""
    kept, other = kept_draft.event, other_draft.event
    modality = kept.modality if keep_modality else _merged_modality(kept.modality, other.modality)
    actors = _fullest(_unique([*kept.actors, *other.actors]))
    actor_ids = _ids(actors)
    recipients = _unique(
        [p for p in (*kept.recipients, *other.recipients) if _key(p) not in actor_ids]
    )
    attributes = kept.attributes
    extra = other.attributes
    attributes = replace(
        attributes,
        duration_minutes=attributes.duration_minutes or extra.duration_minutes,
        amount=attributes.amount if attributes.amount is not None else extra.amount,
        currency=attributes.currency or extra.currency,
        dead=attributes.dead if attributes.dead is not None else extra.dead,
        injured=attributes.injured if attributes.injured is not None else extra.injured,
        arrested=attributes.arrested if attributes.arrested is not None else extra.arrested,
        topics=tuple(_unique([*attributes.topics, *extra.topics])),
        continuing=attributes.continuing or extra.continuing,
    )
    date, end_date, precision = kept.date, kept.end_date, kept.date_precision
    inferred = kept_draft.date_inferred
    if other.date_precision is not EventDatePrecision.NONE and (
        precision is EventDatePrecision.NONE
        or (inferred and not other_draft.date_inferred)
        or (
            precision is EventDatePrecision.RANGE and other.date_precision is EventDatePrecision.DAY
        )
    ):
        date, end_date, precision = other.date, other.end_date, other.date_precision
        inferred = other_draft.date_inferred
    event = replace(
        kept,
        modality=modality,
        actors=tuple(actors),
        recipients=tuple(recipients),
        source=kept.source or other.source,
        place=kept.place or other.place,
        date=date,
        end_date=end_date,
        date_precision=precision,
        attributes=attributes,
        evidence=(*kept.evidence, *other.evidence),
        confidence=max(kept.confidence, other.confidence),
    )
    untimed = kept_draft.untimed and other_draft.untimed
    return replace(kept_draft, event=event, date_inferred=inferred, untimed=untimed)
