"""Score event coding against a gold set of facts: ``tests/golden/events.jsonl``.

A gold line names one event of a corpus article without copying the article: the article's
link, an ``anchor`` (a few words as printed, holding the trigger; ``occurrence`` says which
occurrence), the PLOVER ``type``, ``actors`` and ``recipients`` (KB ids, or names as printed
in dictionary form), ``date`` (``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY`` or ``A/B``; null when the
text fixes none), ``place`` (id or name, or null) and ``modality``.
``tests/golden/EVENTS.md`` gives the annotation protocol.

**Detection** (type + actors): a found event matches a gold event of its article when the
types are equal and they share an actor (an id equal to a gold id, or for a gold name, the
found words or a knowledge-base name of the found entity sharing a word with it). Each gold
event takes at most one found event and the other way round; among several candidates the
one whose evidence holds the anchor wins. Precision is the share of
found events that match a gold event, recall the share of gold events matched.

Of the matched pairs, separately:

* ``date``: on pairs whose gold event has a date, the found dates that lie within the gold
  date (a day inside a gold month counts; an unknown found date does not);
* ``place``: on pairs whose gold event has a place, the found places equal to it;
* ``modality``: on all pairs, the found modality equal to the gold one;
* ``recipients``: on pairs whose gold event has recipients, the found events sharing one;
* ``source``: on pairs whose gold event is ``reported`` with a source, the found events
  attributing it to that source.

Speed: the whole pipeline's articles per second (structure to events, models loaded) and the
event stage's milliseconds per article.

Run it with ``kronika eval events --corpora PATH [--gold PATH] [--model M] [--json]``.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kronika.evaluation import (
    TimedRun,
    nth_occurrence,
    ratio,
    read_corpus_articles,
    read_gold_lines,
    time_last_component,
)
from kronika.pipeline import PROCESS_COMPONENTS
from kronika.types import Article, Entity, Event, Modality, Participant, PloverType

#: Where the gold set lives in a source checkout.
DEFAULT_GOLD = Path(__file__).resolve().parents[3] / "tests" / "golden" / "events.jsonl"
_ID = re.compile(r"^(Q\d+|kronika:.+)$")
_ERRORS_KEPT = 400


@dataclass(frozen=True, slots=True)
class GoldEvent:
    """One gold fact: an event of an article, by an anchor in its first statement."""

    article: str
    anchor: str
    type: PloverType
    actors: tuple[str, ...]
    recipients: tuple[str, ...]
    modality: Modality
    date: tuple[dt.date, dt.date] | None = None
    place: str | None = None
    mode: str | None = None
    source: str | None = None
    occurrence: int = 0

    def locate(self, text: str) -> int | None:
        """Where the anchor starts in ``text``, or None."""
        return nth_occurrence(text, self.anchor, self.occurrence)


def parse_gold_date(value: str | None) -> tuple[dt.date, dt.date] | None:
    """The first and last day of a gold date (``2025-12-21``, ``2025-12``, ``2025``,
    ``2025-12-20/2025-12-22``), or None."""
    if not value:
        return None
    if "/" in value:
        first, _, last = value.partition("/")
        return dt.date.fromisoformat(first), dt.date.fromisoformat(last)
    parts = value.split("-")
    year = int(parts[0])
    if len(parts) == 1:
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    month = int(parts[1])
    if len(parts) == 2:
        return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
    day = dt.date.fromisoformat(value)
    return day, day


def read_gold(path: Path) -> list[GoldEvent]:
    """The gold events of a JSON-lines file (a bad line raises InputError naming it)."""
    return read_gold_lines(path, _gold_event)


def _gold_event(record: Mapping[str, Any]) -> GoldEvent:
    return GoldEvent(
        article=record["article"],
        anchor=record["anchor"],
        occurrence=int(record.get("occurrence", 0)),
        type=PloverType(record["type"]),
        mode=record.get("mode"),
        actors=tuple(record.get("actors") or ()),
        recipients=tuple(record.get("recipients") or ()),
        date=parse_gold_date(record.get("date")),
        place=record.get("place"),
        modality=Modality(record["modality"]),
        source=record.get("source"),
    )


def _fold(name: str) -> set[str]:
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return set(re.findall(r"\w+", plain))


def agrees(gold: str, participant: Participant) -> bool:
    """Whether a found participant is the gold one: equal ids, or for a gold name, the same
    words (a family name alone names the person printed in full) in the found words or in a
    name the knowledge base gives the found entity (``Dánia külügyminisztere`` linked to
    Lars Løkke Rasmussen agrees with a gold ``Lars Løkke Rasmussen``)."""
    if _ID.match(gold):
        return participant.entity_id == gold
    named = _fold(gold)
    if _fold(participant.name) & named:
        return True
    entity = _kb_entity(participant.entity_id)
    return entity is not None and any(_fold(name) & named for name in entity.names())


def _kb_entity(entity_id: str | None) -> Entity | None:
    if not entity_id or entity_id.startswith("nil:"):
        return None
    from kronika.kb.index import load_index

    return load_index().entity(entity_id)


def _shares(gold: Sequence[str], found: Sequence[Participant]) -> bool:
    return any(agrees(g, p) for g in gold for p in found)


@dataclass(slots=True)
class _Counts:
    gold: int = 0
    found: int = 0
    matched: int = 0


def score_events(analysed: Mapping[str, Article], gold: Iterable[GoldEvent]) -> dict[str, Any]:
    """Scores of articles carrying events (by link) against the gold events."""
    by_article: dict[str, list[GoldEvent]] = {}
    for item in gold:
        by_article.setdefault(item.article, []).append(item)
    totals = _Counts()
    by_type: dict[str, _Counts] = {t.value: _Counts() for t in PloverType}
    facets = Counter[str]()
    errors: list[dict[str, Any]] = []
    missing = unlocated = 0
    for link, items in by_article.items():
        article = analysed.get(link)
        if article is None:
            missing += 1
            totals.gold += len(items)
            continue
        events = list(article.events)
        totals.found += len(events)
        for event in events:
            by_type.setdefault(event.type, _Counts()).found += 1
        taken: set[int] = set()
        anchors = [item.locate(article.text) for item in items]
        unlocated += sum(anchor is None for anchor in anchors)
        # Two rounds: first every gold event takes a found one told in its own sentence,
        # then the rest take one told elsewhere in the article. One round in gold order
        # would let an early gold event take, from another sentence, the found event that
        # a later gold event's own sentence tells.
        chosen: dict[int, int] = {}
        for same_sentence in (True, False):
            for index, item in enumerate(items):
                if index in chosen:
                    continue
                position = _best(item, anchors[index], events, taken, same_sentence)
                if position is not None:
                    chosen[index] = position
                    taken.add(position)
        for index, item in enumerate(items):
            totals.gold += 1
            by_type[item.type.value].gold += 1
            if index not in chosen:
                errors.append(_missed(item, events, article))
                continue
            event = events[chosen[index]]
            totals.matched += 1
            by_type[item.type.value].matched += 1
            _facets(item, event, facets, errors, article)
        for position, event in enumerate(events):
            if position not in taken:
                errors.append(_spurious(link, event, article))
    precision = ratio(totals.matched, totals.found)
    recall = ratio(totals.matched, totals.gold)
    result: dict[str, Any] = {
        "articles": len(by_article) - missing,
        "missing_articles": missing,
        "unlocated_anchors": unlocated,
        "gold_events": totals.gold,
        "found_events": totals.found,
        "detection": {
            "precision": precision,
            "recall": recall,
            "f1": round(2 * precision * recall / (precision + recall), 4)
            if precision + recall
            else 0.0,
        },
    }
    for facet in ("date", "place", "modality", "recipients", "source"):
        result[facet] = {
            "scored": facets[f"{facet}_scored"],
            "accuracy": ratio(facets[f"{facet}_right"], facets[f"{facet}_scored"]),
        }
    result["by_type"] = {
        name: {
            "gold": c.gold,
            "found": c.found,
            "precision": ratio(c.matched, c.found),
            "recall": ratio(c.matched, c.gold),
        }
        for name, c in by_type.items()
        if c.gold or c.found
    }
    result["errors"] = errors[:_ERRORS_KEPT]
    return result


def _best(
    item: GoldEvent,
    anchor: int | None,
    events: Sequence[Event],
    taken: set[int],
    same_sentence: bool,
) -> int | None:
    """A free found event of the gold type sharing an actor: with ``same_sentence``, the one
    with evidence in the sentence of the gold anchor whose trigger is nearest the anchor (two
    meetings told in one sentence pair with their own words); otherwise the first."""
    best: tuple[int, int] | None = None
    for position, event in enumerate(events):
        if (
            position in taken
            or event.type != item.type.value
            or not _shares(item.actors, event.actors)
        ):
            continue
        if not same_sentence:
            return position
        if anchor is None:
            continue
        distances = [
            abs(e.start - anchor)
            for e in event.evidence
            if e.sentence_start <= anchor < e.sentence_end
        ]
        if distances and (best is None or min(distances) < best[0]):
            best = (min(distances), position)
    return best[1] if best is not None else None


def _within(event: Event, gold: tuple[dt.date, dt.date]) -> bool:
    if event.date is None:
        return False
    last = event.end_date or event.date
    return gold[0] <= event.date and last <= gold[1]


def _facets(
    item: GoldEvent,
    event: Event,
    facets: Counter[str],
    errors: list[dict[str, Any]],
    article: Article,
) -> None:
    wrong: dict[str, Any] = {}
    if item.date is not None:
        facets["date_scored"] += 1
        if _within(event, item.date):
            facets["date_right"] += 1
        else:
            wrong["date"] = (
                [d.isoformat() for d in item.date],
                [event.date.isoformat() if event.date else None, event.date_precision.value],
            )
    if item.place is not None:
        facets["place_scored"] += 1
        if event.place is not None and agrees(item.place, event.place):
            facets["place_right"] += 1
        else:
            wrong["place"] = (item.place, event.place.entity_id if event.place else None)
    facets["modality_scored"] += 1
    if event.modality is item.modality:
        facets["modality_right"] += 1
    else:
        wrong["modality"] = (item.modality.value, event.modality.value)
    if item.modality is Modality.REPORTED and item.source is not None:
        facets["source_scored"] += 1
        if event.source is not None and agrees(item.source, event.source):
            facets["source_right"] += 1
        else:
            wrong["source"] = (item.source, event.source.entity_id if event.source else None)
    if item.recipients:
        facets["recipients_scored"] += 1
        if _shares(item.recipients, event.recipients):
            facets["recipients_right"] += 1
        else:
            wrong["recipients"] = (
                list(item.recipients),
                [p.entity_id or p.name for p in event.recipients],
            )
    if wrong:
        errors.append(
            {
                "article": item.article,
                "error": "facet",
                "anchor": item.anchor,
                "type": item.type.value,
                "trigger": _trigger(event, article),
                **wrong,
            }
        )


def _trigger(event: Event, article: Article) -> str:
    first = event.evidence[0]
    return article.text[first.start : first.end]


def _missed(item: GoldEvent, events: Sequence[Event], article: Article) -> dict[str, Any]:
    same_type = [e for e in events if e.type == item.type.value]
    return {
        "article": item.article,
        "error": "missed",
        "anchor": item.anchor,
        "type": item.type.value,
        "actors": list(item.actors),
        "found_of_type": [
            {"trigger": _trigger(e, article), "actors": [p.entity_id or p.name for p in e.actors]}
            for e in same_type
        ][:4],
    }


def _spurious(link: str, event: Event, article: Article) -> dict[str, Any]:
    first = event.evidence[0]
    return {
        "article": link,
        "error": "spurious",
        "type": event.type,
        "trigger": _trigger(event, article),
        "actors": [p.entity_id or p.name for p in event.actors],
        "modality": event.modality.value,
        "sentence": article.text[first.sentence_start : first.sentence_end][:100],
    }


def run_timed(articles: Mapping[str, Article], model: str | None) -> TimedRun:
    """Structure, NLP, linking and quotes in batches, then event coding timed on its own."""
    options = {"nlp.spacy.v1": {"model": model}} if model else {}
    return time_last_component(articles, PROCESS_COMPONENTS, options)


def evaluate_events(
    corpora: Path, gold: Path | Sequence[GoldEvent], model: str | None = None
) -> dict[str, Any]:
    """Run the real pipeline (structure, NLP with ``model``, linking, quotes, events) over the
    gold set's articles and score it against ``gold`` (a file or the parsed events)."""
    events = read_gold(gold) if isinstance(gold, Path) else list(gold)
    articles = read_corpus_articles(corpora, (e.article for e in events))
    run = run_timed(articles, model)
    result = score_events(run.results, events)
    seconds = run.before_seconds + run.last_seconds
    count = max(len(run.results), 1)
    result["speed"] = {
        "articles_per_second": round(len(run.results) / seconds, 2) if seconds else None,
        "events_ms_per_article": round(1000 * run.last_seconds / count, 3),
        "pipeline_ms_per_article": round(1000 * seconds / count, 3),
    }
    result["model"] = model or "default"
    return result


def format_report(result: Mapping[str, Any]) -> str:
    """The scores as a short text table."""
    detection = result["detection"]
    lines = [
        f"articles {result['articles']}  gold events {result['gold_events']}  "
        f"found {result['found_events']}",
        f"detection (type + actors)  P {detection['precision']:.3f}  "
        f"R {detection['recall']:.3f}  F1 {detection['f1']:.3f}",
    ]
    for facet in ("date", "place", "modality", "recipients", "source"):
        lines.append(
            f"{facet:<11} accuracy {result[facet]['accuracy']:.3f} "
            f"on {result[facet]['scored']} matched events"
        )
    speed = result.get("speed", {})
    if speed:
        lines.append(
            f"speed {speed['articles_per_second']} articles/s (whole pipeline), "
            f"events {speed['events_ms_per_article']} ms/article"
        )
    for name, counts in result["by_type"].items():
        lines.append(
            f"  {name:<10} gold {counts['gold']:>3}  found {counts['found']:>3}  "
            f"P {counts['precision']:.2f}  R {counts['recall']:.2f}"
        )
    return "\n".join(lines)
