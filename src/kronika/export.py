"""Events out of Krónika: PLOVER JSON lines, CSV, and the JSON ``kronika events`` prints.

``plover-jsonl`` follows the PLOVER event record (id, date, enddate, actor[], recipient[],
event, mode, context[], event_loc, event_text, text_info, cite_info, size), with actor objects
carrying ``wikidata_id``, an ISO 3166 alpha-3 ``country`` and a PLOVER ``sector`` from the
knowledge base. By default it applies the PLOVER manual's folding rules, so the file means
what a PLOVER consumer expects:

* a planned or intended CONSULT, SUPPORT, COOPERATE or AID is an AGREE (a commitment);
* a planned or intended RETREAT is a CONCEDE;
* a planned, intended or hypothetical ASSAULT, COERCE, MOBILIZE or SANCTION is a THREATEN;
* a refused action is a REJECT;
* what did not happen and was not promised (negated, cancelled, other hypothetical or
  planned events) has no PLOVER record and is left out.

Krónika's own reading stays in every record (``kronika_type``, ``modality``, ``date_precision``,
``confidence``, ``evidence``, ``source``); ``unfolded=True`` exports every event with its own
type.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from kronika import __version__
from kronika.store import StoredEvent
from kronika.types import Entity, Event, Modality, Participant

__all__ = [
    "EVENT_CSV_FIELDS",
    "csv_row",
    "event_json",
    "fold",
    "plover_record",
]

EntityLookup = Callable[[str], Entity | None]

_COOPERATIVE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID"})
_FORCE = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "SANCTION"})
_FUTURE = frozenset({Modality.PLANNED, Modality.INTENDED})


def fold(event: Event) -> str | None:
    """The PLOVER type an event is exported as under the manual's folding rules, or None
    when PLOVER codes no event for it."""
    modality, kind = event.modality, event.type
    if modality in (Modality.OCCURRED, Modality.REPORTED):
        return kind
    if modality in _FUTURE and kind in _COOPERATIVE:
        return "AGREE"
    if modality in _FUTURE and kind == "RETREAT":
        return "CONCEDE"
    if modality in (*_FUTURE, Modality.HYPOTHETICAL) and kind in _FORCE:
        return "THREATEN"
    if modality in _FUTURE and kind in ("AGREE", "CONCEDE", "THREATEN", "REQUEST"):
        # Promises, offers and threats are already about the future.
        return kind
    if modality is Modality.REFUSED:
        return "REJECT"
    return None


def _entity(participant: Participant, lookup: EntityLookup) -> tuple[dict[str, Any], Entity | None]:
    """The fields every participant object has (its words, KB names and ids, country), and
    its KB entity for the fields only actors or places add."""
    entity = lookup(participant.entity_id) if participant.entity_id else None
    fields = {
        "text": participant.name,
        "name": entity.name_en if entity is not None else participant.name,
        "wikidata_id": entity.qid if entity is not None else _qid(participant.entity_id),
        "kronika_id": participant.entity_id,
        "country": entity.country if entity is not None else None,
    }
    return fields, entity


def _actor(participant: Participant, lookup: EntityLookup) -> dict[str, Any]:
    fields, entity = _entity(participant, lookup)
    fields["sector"] = entity.sector if entity is not None else None
    fields["inferred"] = participant.inferred
    return fields


def _qid(entity_id: str | None) -> str | None:
    if entity_id and entity_id.startswith("Q") and entity_id[1:].isdigit():
        return entity_id
    return None


def _place(participant: Participant | None, lookup: EntityLookup) -> dict[str, Any] | None:
    if participant is None:
        return None
    fields, entity = _entity(participant, lookup)
    fields["lat"] = entity.latitude if entity is not None else None
    fields["lon"] = entity.longitude if entity is not None else None
    return fields


def event_json(text: str, event: Event) -> dict[str, Any]:
    """Krónika's own form of one event (``kronika events --json``), with the words of each
    span added: the trigger, the sentence and every participant."""
    record = event.to_json()
    for evidence in record["evidence"]:
        evidence["text"] = text[evidence["start"] : evidence["end"]]
        evidence["sentence"] = text[evidence["sentence_start"] : evidence["sentence_end"]]
    return record


def plover_record(
    stored: StoredEvent, lookup: EntityLookup, unfolded: bool = False
) -> dict[str, Any] | None:
    """The PLOVER record of one stored event, or None when folding leaves it out."""
    event, text, article = stored.event, stored.text, stored.article
    plover_type = event.type if unfolded else fold(event)
    if plover_type is None:
        return None
    first = event.evidence[0]
    size = {
        key: getattr(event.attributes, key)
        for key in ("dead", "injured", "arrested")
        if getattr(event.attributes, key) is not None
    }
    return {
        "id": stored.id,
        "date": event.date.isoformat() if event.date else None,
        "enddate": event.end_date.isoformat() if event.end_date else None,
        "actor": [_actor(p, lookup) for p in event.actors],
        "recipient": [_actor(p, lookup) for p in event.recipients],
        "event": plover_type,
        "mode": event.mode if plover_type == event.type else None,
        "context": list(event.contexts),
        "event_loc": _place(event.place, lookup),
        "event_text": text[first.sentence_start : first.sentence_end],
        "text_info": {
            "start": first.start,
            "end": first.end,
            "sentence_start": first.sentence_start,
            "sentence_end": first.sentence_end,
            "text_story": text,
        },
        "cite_info": {
            "article_id": article.id,
            "url": article.url,
            "title": article.title,
            "language": stored.language,
            "publication": article.outlet,
            "publication_date": article.date,
            "coder": event.extractor,
            "version": f"kronika {__version__}",
        },
        "size": size,
        "kronika_type": event.type,
        "modality": event.modality.value,
        "date_precision": event.date_precision.value,
        "confidence": event.confidence,
        "source": _actor(event.source, lookup) if event.source is not None else None,
        "attributes": event.attributes.to_json(),
        "evidence": [e.to_json() for e in event.evidence],
        "cluster_id": None,
    }


EVENT_CSV_FIELDS = (
    "id",
    "article_id",
    "date",
    "end_date",
    "date_precision",
    "event",
    "kronika_type",
    "mode",
    "modality",
    "actors",
    "actor_ids",
    "recipients",
    "recipient_ids",
    "place",
    "place_id",
    "country",
    "lat",
    "lon",
    "source",
    "source_id",
    "duration_minutes",
    "amount",
    "currency",
    "dead",
    "injured",
    "arrested",
    "confidence",
    "trigger",
    "event_text",
    "outlet",
    "url",
)


def csv_row(record: Mapping[str, Any]) -> dict[str, Any]:
    """One flat CSV row of a PLOVER record (lists joined with ``;``)."""
    place = record["event_loc"] or {}
    source = record["source"] or {}
    attributes = record["attributes"]
    first = record["evidence"][0]
    story = record["text_info"]["text_story"]
    return {
        "id": record["id"],
        "article_id": record["cite_info"]["article_id"],
        "date": record["date"],
        "end_date": record["enddate"],
        "date_precision": record["date_precision"],
        "event": record["event"],
        "kronika_type": record["kronika_type"],
        "mode": record["mode"],
        "modality": record["modality"],
        "actors": _joined(a["text"] for a in record["actor"]),
        "actor_ids": _joined(a["kronika_id"] or "" for a in record["actor"]),
        "recipients": _joined(a["text"] for a in record["recipient"]),
        "recipient_ids": _joined(a["kronika_id"] or "" for a in record["recipient"]),
        "place": place.get("name"),
        "place_id": place.get("kronika_id"),
        "country": place.get("country"),
        "lat": place.get("lat"),
        "lon": place.get("lon"),
        "source": source.get("text"),
        "source_id": source.get("kronika_id"),
        "duration_minutes": _number(attributes.get("duration_minutes")),
        "amount": _number(attributes.get("amount")),
        "currency": attributes.get("currency"),
        "dead": attributes.get("dead"),
        "injured": attributes.get("injured"),
        "arrested": attributes.get("arrested"),
        "confidence": record["confidence"],
        "trigger": story[first["start"] : first["end"]],
        "event_text": record["event_text"],
        "outlet": record["cite_info"]["publication"],
        "url": record["cite_info"]["url"],
    }


def _number(value: float | None) -> float | int | None:
    """A whole number written without ``.0`` (``1000000000``, not ``1000000000.0``)."""
    if value is not None and float(value).is_integer():
        return int(value)
    return value


def _joined(values: Iterable[str]) -> str:
    return ";".join(values)
