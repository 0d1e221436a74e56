"""Krónika's records: plain, immutable dataclasses with no project imports.

Every annotation is a half-open character span ``[start, end)`` into one immutable
``Article.text``; ``article.text[span.start:span.end]`` is always the annotation's text.
Records are validated when built, so an out-of-range span can never exist.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import unicodedata
import zlib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from functools import lru_cache
from types import MappingProxyType
from typing import Any

ARTICLE_ID_LENGTH = 16


class SegmentKind(StrEnum):
    """The structural role of a stretch of a news page."""

    HEADLINE = "headline"
    LEDE = "lede"
    PARAGRAPH = "paragraph"
    SUBHEADING = "subheading"
    CAPTION = "caption"
    CREDIT = "credit"
    BLOCKQUOTE = "blockquote"
    ATTRIBUTION = "attribution"
    BOILERPLATE = "boilerplate"


class DatePrecision(StrEnum):
    """How much of a date is known."""

    DAY = "day"
    MONTH = "month"
    YEAR = "year"
    NONE = "none"


@dataclass(frozen=True, slots=True)
class Segment:
    """One structural unit of an article: a kind and a half-open span into its text."""

    kind: SegmentKind
    start: int
    end: int

    def __post_init__(self) -> None:
        _check_span("segment", self.start, self.end)


def _check_span(name: str, start: int, end: int) -> None:
    if not 0 <= start <= end:
        raise ValueError(f"{name} span [{start}, {end}) is not a valid span")


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence: a half-open span into the article text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        _check_span("sentence", self.start, self.end)


@dataclass(frozen=True, slots=True)
class Token:
    """One token with its lemma, universal POS tag and morphological features.

    ``morph`` is the Universal Dependencies FEATS string (``Case=Ins|Number=Sing``).
    """

    start: int
    end: int
    lemma: str
    pos: str
    morph: str = ""

    def __post_init__(self) -> None:
        _check_span("token", self.start, self.end)

    def feature(self, name: str) -> str | None:
        """The value of one morphological feature (``Case`` → ``Ins``), or None."""
        return _features(self.morph).get(name)


@lru_cache(maxsize=8192)
def _features(morph: str) -> Mapping[str, str]:
    """A FEATS string as a mapping, parsed once per distinct string (a few thousand occur:
    the rule stages ask for features hundreds of thousands of times per batch)."""
    found: dict[str, str] = {}
    for pair in morph.split("|"):
        key, sep, value = pair.partition("=")
        if sep:
            found.setdefault(key, value)
    return MappingProxyType(found)


@dataclass(frozen=True, slots=True)
class Mention:
    """A named-entity mention: span, label (PER, ORG, LOC, MISC), its dictionary form
    (``Donald Trumptól`` → ``Donald Trump``) and, once linked, the entity it names: a KB id or
    a stable local NIL id (``nil:…``), the link's confidence and the rule that made it."""

    start: int
    end: int
    label: str
    lemma: str
    entity_id: str | None = None
    confidence: float | None = None
    rule: str | None = None

    def __post_init__(self) -> None:
        _check_span("mention", self.start, self.end)


@dataclass(frozen=True, slots=True)
class PublicationDate:
    """A publication date with its precision; a month-precision date is stored as day 1."""

    value: dt.date
    precision: DatePrecision

    def __post_init__(self) -> None:
        if self.precision is DatePrecision.MONTH and self.value.day != 1:
            raise ValueError("a month-precision date must be stored as the first of the month")
        if self.precision is DatePrecision.NONE:
            raise ValueError("an unknown date is None, not a PublicationDate")

    def isoformat(self) -> str:
        """The date as precise as it is known: ``2026-01-23`` or ``2026-01``."""
        if self.precision is DatePrecision.MONTH:
            return self.value.strftime("%Y-%m")
        if self.precision is DatePrecision.YEAR:
            return self.value.strftime("%Y")
        return self.value.isoformat()


def content_id(text: str) -> str:
    """The article id: a hash of its NFC-normalised text, so re-ingest is idempotent."""
    normal = unicodedata.normalize("NFC", text)
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()[:ARTICLE_ID_LENGTH]


@dataclass(frozen=True, slots=True)
class Article:
    """One dated news article: its immutable source text and the annotations on it."""

    text: str
    date: PublicationDate | None
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    language: str = "hu"
    source: str | None = None
    category: str | None = None
    segments: tuple[Segment, ...] = field(default=())
    sentences: tuple[Sentence, ...] = field(default=())
    tokens: tuple[Token, ...] = field(default=())
    mentions: tuple[Mention, ...] = field(default=())
    quotes: tuple[Quote, ...] = field(default=())
    events: tuple[Event, ...] = field(default=())
    #: Which event coder made ``events`` (``events.rules.v1@2026.6``), None when not coded.
    event_coder: str | None = None
    #: Which NLP model made ``sentences``, ``tokens`` and ``mentions`` (component:model@version).
    nlp_model: str | None = None
    id: str = field(init=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "id", content_id(self.text))
        size = len(self.text)
        for layer in (self.segments, self.sentences, self.tokens, self.mentions, self.quotes):
            for span in layer:
                if span.end > size:
                    raise ValueError(
                        f"{type(span).__name__.lower()} [{span.start}, {span.end}) ends past "
                        f"the text ({size} characters)"
                    )
        for event in self.events:
            for start, end in event.spans():
                if end > size:
                    raise ValueError(f"event span [{start}, {end}) ends past the text ({size})")

    def span_text(self, start: int, end: int) -> str:
        """The text of the half-open span ``[start, end)``."""
        return self.text[start:end]

    def with_segments(self, segments: tuple[Segment, ...]) -> Article:
        """A copy of this article carrying ``segments`` (validated against the text)."""
        return replace(self, segments=segments)


@dataclass(frozen=True, slots=True)
class Rejection:
    """An input that could not become an article, with the reason in one line."""

    source: str
    reason: str

    def message(self) -> str:
        return f"{self.source}: {self.reason}"


class QuoteKind(StrEnum):
    """Whether a statement is quoted word for word or reported."""

    DIRECT = "direct"
    INDIRECT = "indirect"


@dataclass(frozen=True, slots=True)
class Quote:
    """A statement attributed to a speaker: the span of what was said, how (direct or
    indirect), the cue that attributes it (lemma and span: ``fogalmaz``, ``szerint``), and the
    speaker as a mention span and entity id, or None when the text does not say who."""

    start: int
    end: int
    kind: QuoteKind
    cue: str
    cue_start: int
    cue_end: int
    speaker_id: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    confidence: float | None = None
    rule: str | None = None

    def __post_init__(self) -> None:
        _check_span("quote", self.start, self.end)
        _check_span("quote cue", self.cue_start, self.cue_end)
        if (self.speaker_start is None) != (self.speaker_end is None):
            raise ValueError("a speaker span needs both its start and its end")
        if self.speaker_start is not None and self.speaker_end is not None:
            _check_span("speaker", self.speaker_start, self.speaker_end)


class PloverType(StrEnum):
    """The 16 PLOVER 2.0 event types."""

    AGREE = "AGREE"
    CONSULT = "CONSULT"
    SUPPORT = "SUPPORT"
    CONCEDE = "CONCEDE"
    COOPERATE = "COOPERATE"
    AID = "AID"
    RETREAT = "RETREAT"
    REQUEST = "REQUEST"
    ACCUSE = "ACCUSE"
    REJECT = "REJECT"
    THREATEN = "THREATEN"
    PROTEST = "PROTEST"
    SANCTION = "SANCTION"
    MOBILIZE = "MOBILIZE"
    COERCE = "COERCE"
    ASSAULT = "ASSAULT"


class Modality(StrEnum):
    """Whether an event happened, by the article's account (PLOVER's auxiliary modes made
    explicit). ``reported`` is an event stated as having happened only inside someone's claim;
    the event's ``source`` names who made it."""

    OCCURRED = "occurred"
    PLANNED = "planned"
    INTENDED = "intended"
    HYPOTHETICAL = "hypothetical"
    NEGATED = "negated"
    REFUSED = "refused"
    CANCELLED = "cancelled"
    REPORTED = "reported"


class EventDatePrecision(StrEnum):
    """How much of an event's date the text fixes; ``none`` when it fixes nothing."""

    DAY = "day"
    MONTH = "month"
    YEAR = "year"
    RANGE = "range"
    NONE = "none"


@dataclass(frozen=True, slots=True)
class Participant:
    """An entity taking part in an event (actor, recipient, place, topic, source): the span of
    the words that name it, its entity id (KB id, or a local NIL id) and its name as written in
    dictionary form. ``inferred`` marks a participant taken from the article's context rather
    than from the event's own sentence (a dropped subject, the other side of a war)."""

    start: int
    end: int
    name: str
    entity_id: str | None = None
    inferred: bool = False

    def __post_init__(self) -> None:
        _check_span("participant", self.start, self.end)

    def to_json(self) -> dict[str, Any]:
        record: dict[str, Any] = {"start": self.start, "end": self.end, "name": self.name}
        if self.entity_id is not None:
            record["entity_id"] = self.entity_id
        if self.inferred:
            record["inferred"] = True
        return record

    @classmethod
    def from_json(cls, record: Mapping[str, Any]) -> Participant:
        return cls(
            start=record["start"],
            end=record["end"],
            name=record["name"],
            entity_id=record.get("entity_id"),
            inferred=record.get("inferred", False),
        )


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where an article states an event: the trigger's span, the sentence's span, the kind
    of segment it stands in and the lexicon entry that matched."""

    start: int
    end: int
    sentence_start: int
    sentence_end: int
    segment: SegmentKind | None
    trigger: str

    def __post_init__(self) -> None:
        _check_span("evidence", self.start, self.end)
        _check_span("evidence sentence", self.sentence_start, self.sentence_end)

    def to_json(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "sentence_start": self.sentence_start,
            "sentence_end": self.sentence_end,
            "segment": self.segment.value if self.segment is not None else None,
            "trigger": self.trigger,
        }

    @classmethod
    def from_json(cls, record: Mapping[str, Any]) -> Evidence:
        segment = record.get("segment")
        return cls(
            start=record["start"],
            end=record["end"],
            sentence_start=record["sentence_start"],
            sentence_end=record["sentence_end"],
            segment=SegmentKind(segment) if segment else None,
            trigger=record["trigger"],
        )


@dataclass(frozen=True, slots=True)
class EventAttributes:
    """What an event's text measures: how long it lasted (minutes), a money amount with its
    ISO 4217 currency, the dead, injured and arrested, the topics discussed, and whether it
    is going on (``folytatja``, ``tovább``)."""

    duration_minutes: float | None = None
    amount: float | None = None
    currency: str | None = None
    dead: int | None = None
    injured: int | None = None
    arrested: int | None = None
    topics: tuple[Participant, ...] = ()
    continuing: bool = False

    def to_json(self) -> dict[str, Any]:
        record: dict[str, Any] = {}
        for name in ("duration_minutes", "amount", "currency", "dead", "injured", "arrested"):
            value = getattr(self, name)
            if value is not None:
                record[name] = value
        if self.topics:
            record["topics"] = [topic.to_json() for topic in self.topics]
        if self.continuing:
            record["continuing"] = True
        return record

    @classmethod
    def from_json(cls, record: Mapping[str, Any]) -> EventAttributes:
        return cls(
            duration_minutes=record.get("duration_minutes"),
            amount=record.get("amount"),
            currency=record.get("currency"),
            dead=record.get("dead"),
            injured=record.get("injured"),
            arrested=record.get("arrested"),
            topics=tuple(Participant.from_json(t) for t in record.get("topics", ())),
            continuing=record.get("continuing", False),
        )


@dataclass(frozen=True, slots=True)
class Event:
    """Who did what to whom, when and where, by one article's account.

    ``type``, ``mode`` and ``contexts`` are PLOVER 2.0's, for the action itself (a planned
    meeting is CONSULT with modality ``planned``; the export folds it to AGREE). ``date`` and
    ``end_date`` are the first and last day the text allows, with ``date_precision``; both
    None with precision ``none`` when the text fixes no time. ``evidence`` lists every place
    the article states the event (headline, lede, body), the first one first.
    """

    type: str
    modality: Modality
    evidence: tuple[Evidence, ...]
    extractor: str
    mode: str | None = None
    contexts: tuple[str, ...] = ()
    actors: tuple[Participant, ...] = ()
    recipients: tuple[Participant, ...] = ()
    source: Participant | None = None
    date: dt.date | None = None
    end_date: dt.date | None = None
    date_precision: EventDatePrecision = EventDatePrecision.NONE
    place: Participant | None = None
    attributes: EventAttributes = field(default_factory=EventAttributes)
    confidence: float = 0.0

    def __post_init__(self) -> None:
        if not self.evidence:
            raise ValueError("an event needs at least one evidence span")
        if (self.date is None) != (self.date_precision is EventDatePrecision.NONE):
            raise ValueError("an event date needs a precision, and precision none no date")
        if self.end_date is not None and (self.date is None or self.end_date < self.date):
            raise ValueError("an event's end date cannot precede its date")
        if not 0.0 <= self.confidence <= 1.0:
            raise ValueError(f"confidence {self.confidence} is not in [0, 1]")

    @property
    def start(self) -> int:
        """Where the first evidence's trigger starts (events sort by it)."""
        return self.evidence[0].start

    @property
    def end(self) -> int:
        return self.evidence[0].end

    def spans(self) -> list[tuple[int, int]]:
        """Every character span the event points into, for validation against the text."""
        found = [(e.sentence_start, e.sentence_end) for e in self.evidence]
        found.extend((e.start, e.end) for e in self.evidence)
        people = [*self.actors, *self.recipients, *self.attributes.topics]
        people.extend(p for p in (self.source, self.place) if p is not None)
        found.extend((p.start, p.end) for p in people)
        return found

    def to_json(self) -> dict[str, Any]:
        """The event as a JSON object (Krónika's own form; see ``kronika.export`` for PLOVER)."""
        return {
            "type": self.type,
            "mode": self.mode,
            "contexts": list(self.contexts),
            "modality": self.modality.value,
            "actors": [p.to_json() for p in self.actors],
            "recipients": [p.to_json() for p in self.recipients],
            "source": self.source.to_json() if self.source is not None else None,
            "date": self.date.isoformat() if self.date is not None else None,
            "end_date": self.end_date.isoformat() if self.end_date is not None else None,
            "date_precision": self.date_precision.value,
            "place": self.place.to_json() if self.place is not None else None,
            "attributes": self.attributes.to_json(),
            "evidence": [e.to_json() for e in self.evidence],
            "confidence": self.confidence,
            "extractor": self.extractor,
        }

    @classmethod
    def from_json(cls, record: Mapping[str, Any]) -> Event:
        """The inverse of :meth:`to_json`."""
        source, place = record.get("source"), record.get("place")
        return cls(
            type=record["type"],
            mode=record.get("mode"),
            contexts=tuple(record.get("contexts", ())),
            modality=Modality(record["modality"]),
            actors=tuple(Participant.from_json(p) for p in record.get("actors", ())),
            recipients=tuple(Participant.from_json(p) for p in record.get("recipients", ())),
            source=Participant.from_json(source) if source else None,
            date=_iso_date(record.get("date")),
            end_date=_iso_date(record.get("end_date")),
            date_precision=EventDatePrecision(record.get("date_precision", "none")),
            place=Participant.from_json(place) if place else None,
            attributes=EventAttributes.from_json(record.get("attributes", {})),
            evidence=tuple(Evidence.from_json(e) for e in record["evidence"]),
            confidence=record.get("confidence", 0.0),
            extractor=record["extractor"],
        )


class EntityType(StrEnum):
    """What kind of thing an entity is."""

    PERSON = "person"
    ORGANISATION = "organisation"
    COUNTRY = "country"
    REGION = "region"
    CITY = "city"
    PLACE = "place"
    FACILITY = "facility"
    EVENT = "event"
    WORK = "work"


@dataclass(frozen=True, slots=True)
class Role:
    """An office an entity holds (or held): ``president`` of ``Q159`` from/to, with the source
    of the fact (``everypolitician:world-leaders-2021``, ``manual:2026-01``)."""

    office: str
    of: str | None
    start: dt.date | None
    end: dt.date | None
    source: str

    def holds_on(self, day: dt.date) -> bool:
        """Whether the role is held on ``day`` (open ends count as still held)."""
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)

    def to_json(self) -> dict[str, Any]:
        """The role as a JSON object (ISO dates; unknown fields left out)."""
        record: dict[str, Any] = {"office": self.office, "source": self.source}
        for key, value in (("of", self.of), ("start", self.start), ("end", self.end)):
            if value is not None:
                record[key] = value.isoformat() if isinstance(value, dt.date) else value
        return record

    @classmethod
    def from_json(cls, record: Mapping[str, Any]) -> Role:
        """The inverse of :meth:`to_json`."""
        return cls(
            office=record["office"],
            of=record.get("of"),
            start=_iso_date(record.get("start")),
            end=_iso_date(record.get("end")),
            source=record["source"],
        )


def _iso_date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


@dataclass(frozen=True, slots=True)
class Entity:
    """A knowledge-base entity. ``id`` is the Wikidata QID when one is confirmed by data, else
    a stable local id (``kronika:steve-witkoff``); ``qid`` is empty rather than guessed."""

    id: str
    qid: str | None
    name_en: str
    name_hu: str | None
    type: EntityType
    aliases: tuple[str, ...] = ()
    country: str | None = None
    sector: str | None = None
    roles: tuple[Role, ...] = ()
    latitude: float | None = None
    longitude: float | None = None
    sources: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.qid is not None and not (self.qid.startswith("Q") and self.qid[1:].isdigit()):
            raise ValueError(f"{self.qid!r} is not a Wikidata QID")
        if self.country is not None and len(self.country) != 3:
            raise ValueError(f"country {self.country!r} must be an ISO 3166 alpha-3 code (or IGO)")

    def names(self) -> tuple[str, ...]:
        """Every name the entity goes by: Hungarian, English, aliases (no repeats)."""
        return tuple(dict.fromkeys(n for n in (self.name_hu, self.name_en, *self.aliases) if n))

    def to_json(self) -> dict[str, Any]:
        """The entity as a JSON object (dates as ISO strings, empty fields left out)."""
        record: dict[str, Any] = {"id": self.id, "name_en": self.name_en, "type": self.type.value}
        optional: dict[str, Any] = {
            "qid": self.qid,
            "name_hu": self.name_hu,
            "aliases": list(self.aliases),
            "country": self.country,
            "sector": self.sector,
            "roles": [role.to_json() for role in self.roles],
            "latitude": self.latitude,
            "longitude": self.longitude,
            "sources": list(self.sources),
        }
        record.update({key: value for key, value in optional.items() if value not in (None, [])})
        return record

    @classmethod
    def from_json(cls, record: Mapping[str, Any]) -> Entity:
        """The inverse of :meth:`to_json`."""
        return cls(
            id=record["id"],
            qid=record.get("qid"),
            name_en=record["name_en"],
            name_hu=record.get("name_hu"),
            type=EntityType(record["type"]),
            aliases=tuple(record.get("aliases", ())),
            country=record.get("country"),
            sector=record.get("sector"),
            roles=tuple(Role.from_json(role) for role in record.get("roles", ())),
            latitude=record.get("latitude"),
            longitude=record.get("longitude"),
            sources=tuple(record.get("sources", ())),
        )


MINHASH_BANDS = 16


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """A MinHash signature of an article's content, for near-duplicate detection.

    Two signatures agree in a position with probability equal to the Jaccard similarity of
    the underlying shingle sets; locality-sensitive band keys find candidates in the store.
    """

    signature: tuple[int, ...]

    def __post_init__(self) -> None:
        if not self.signature or len(self.signature) % MINHASH_BANDS:
            raise ValueError(f"a signature needs a positive multiple of {MINHASH_BANDS} values")

    def similarity(self, other: Fingerprint) -> float:
        """Estimated Jaccard similarity of the two articles' shingle sets."""
        if len(other.signature) != len(self.signature):
            return 0.0
        same = sum(a == b for a, b in zip(self.signature, other.signature, strict=True))
        return same / len(self.signature)

    def band_keys(self) -> tuple[int, ...]:
        """One 63-bit key per band: ``band index << 32 | crc32(band values)``."""
        rows = len(self.signature) // MINHASH_BANDS
        keys = []
        for band in range(MINHASH_BANDS):
            values = self.signature[band * rows : (band + 1) * rows]
            packed = b"".join(v.to_bytes(4, "little") for v in values)
            keys.append(band << 32 | zlib.crc32(packed))
        return tuple(keys)

    def to_bytes(self) -> bytes:
        return b"".join(v.to_bytes(4, "little") for v in self.signature)

    @classmethod
    def from_bytes(cls, data: bytes) -> Fingerprint:
        return cls(tuple(int.from_bytes(data[i : i + 4], "little") for i in range(0, len(data), 4)))
