"""Events are stored with the analysis (both backends), replaced by a re-run, queried by
participant, type, modality and date, listed by `kronika events`, and exported as PLOVER
JSON lines (folded by default) and CSV."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import signal
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

from click.testing import CliRunner

from kronika.cli import main
from kronika.export import fold
from kronika.store import EventQuery, Store
from kronika.types import (
    Article,
    DatePrecision,
    Event,
    EventAttributes,
    EventDatePrecision,
    Evidence,
    Modality,
    Participant,
    PublicationDate,
    SegmentKind,
)

TEXT = (
    "Putyin csütörtökön tárgyalt Witkoff-fal a Kremlben. "
    "Zelenszkij szerint jövő héten Abu-Dzabiban találkoznak."
)
EXTRACTOR = "events.rules.v1@test"


def span(word: str, after: int = 0) -> tuple[int, int]:
    start = TEXT.index(word, after)
    return start, start + len(word)


def participant(word: str, entity: str | None) -> Participant:
    return Participant(*span(word), name=word, entity_id=entity)


def evidence(word: str, sentence: int) -> Evidence:
    starts = [0, TEXT.index("Zelenszkij")]
    ends = [TEXT.index(".") + 1, len(TEXT)]
    return Evidence(*span(word), starts[sentence], ends[sentence], SegmentKind.PARAGRAPH, "t")


def events_article() -> Article:
    met = Event(
        type="CONSULT",
        modality=Modality.OCCURRED,
        evidence=(evidence("tárgyalt", 0),),
        extractor=EXTRACTOR,
        contexts=("diplomatic",),
        actors=(participant("Putyin", "Q7747"),),
        recipients=(participant("Witkoff", "kronika:steve-witkoff"),),
        date=dt.date(2026, 1, 22),
        date_precision=EventDatePrecision.DAY,
        place=participant("Kremlben", "Q133274"),
        attributes=EventAttributes(duration_minutes=210.0, amount=1e9, currency="USD"),
        confidence=0.9,
    )
    planned = Event(
        type="CONSULT",
        modality=Modality.PLANNED,
        evidence=(evidence("találkoznak", 1),),
        extractor=EXTRACTOR,
        mode="multilateral",
        actors=(participant("Zelenszkij", "Q3874799"),),
        source=participant("Zelenszkij", "Q3874799"),
        date=dt.date(2026, 1, 26),
        end_date=dt.date(2026, 2, 1),
        date_precision=EventDatePrecision.RANGE,
        place=participant("Abu-Dzabiban", "Q1519"),
        confidence=0.7,
    )
    return Article(
        text=TEXT,
        date=PublicationDate(dt.date(2026, 1, 23), DatePrecision.DAY),
        url="https://example.hu/a",
        outlet="example.hu",
        nlp_model="nlp.spacy.v1:test@1",
        events=(met, planned),
    )


def test_events_round_trip_and_queries(store: Store) -> None:
    article = events_article()
    store.add_article(article)
    assert store.get_article(article.id).article.events == article.events
    everything = store.events()
    assert [s.event for s in everything] == [article.events[1], article.events[0]]  # newest first
    assert [s.id for s in everything] == [f"{article.id}-1", f"{article.id}-0"]
    by_putin = store.events(EventQuery(entity_ids=["Q7747"]))
    assert [s.event.modality for s in by_putin] == [Modality.OCCURRED]
    # Witkoff receives, so he is found too; the source of a report is not a participant.
    assert len(store.events(EventQuery(entity_ids=["kronika:steve-witkoff"]))) == 1
    assert store.events(EventQuery(entity_ids=["Q133274"])) == []
    assert len(store.events(EventQuery(modalities=["planned"]))) == 1
    assert len(store.events(EventQuery(types=["CONSULT"], since=dt.date(2026, 1, 23)))) == 1
    assert len(store.events(EventQuery(until=dt.date(2026, 1, 22)))) == 1
    assert len(store.events(EventQuery(article_id=article.id[:8], limit=1))) == 1
    # A re-analysis replaces the article's events (here: with none).
    store.save_analysis(Article(text=TEXT, date=None, nlp_model="nlp.spacy.v1:other@2"))
    assert store.events() == []


def test_event_json_round_trip() -> None:
    for event in events_article().events:
        assert Event.from_json(json.loads(json.dumps(event.to_json()))) == event


def test_folding_follows_the_plover_manual() -> None:
    met, planned = events_article().events
    assert fold(met) == "CONSULT"
    assert fold(planned) == "AGREE"

    def folded(kind: str, modality: Modality) -> str | None:
        return fold(Event(type=kind, modality=modality, evidence=met.evidence, extractor="x"))

    assert folded("RETREAT", Modality.INTENDED) == "CONCEDE"
    assert folded("ASSAULT", Modality.HYPOTHETICAL) == "THREATEN"
    assert folded("AID", Modality.REFUSED) == "REJECT"
    assert folded("CONSULT", Modality.REPORTED) == "CONSULT"
    assert folded("CONSULT", Modality.NEGATED) is None
    assert folded("CONSULT", Modality.CANCELLED) is None


def test_cli_lists_and_exports_events(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'e.db'}"
    article = events_article()
    with Store(db) as store:
        store.add_article(article)
    runner = CliRunner()
    listed = json.loads(runner.invoke(main, ["--db", db, "events", "--json"]).stdout)
    assert [(e["type"], e["modality"]) for e in listed] == [
        ("CONSULT", "planned"),
        ("CONSULT", "occurred"),
    ]
    assert listed[1]["evidence"][0]["text"] == "tárgyalt"
    text = runner.invoke(main, ["--db", db, "events", "--entity", "Putyin"]).stdout
    assert "CONSULT [occurred]" in text and "Kremlben" in text and "planned" not in text

    result = runner.invoke(main, ["--db", db, "export", "--format", "plover-jsonl"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    planned, met = records
    assert (planned["event"], planned["kronika_type"], planned["modality"]) == (
        "AGREE",
        "CONSULT",
        "planned",
    )
    assert met["event"] == "CONSULT" and met["id"] == f"{article.id}-0"
    assert met["actor"][0]["wikidata_id"] == "Q7747" and met["actor"][0]["country"] == "RUS"
    assert met["recipient"][0]["kronika_id"] == "kronika:steve-witkoff"
    assert met["recipient"][0]["wikidata_id"] is None
    assert met["event_loc"]["name"] == "Moscow Kremlin" and met["event_loc"]["country"] == "RUS"
    assert met["text_info"]["text_story"][met["text_info"]["start"] :].startswith("tárgyalt")
    assert met["cite_info"]["url"] == "https://example.hu/a"
    assert met["date"] == "2026-01-22" and met["date_precision"] == "day"
    unfolded = runner.invoke(main, ["--db", db, "export", "--unfolded"]).stdout.splitlines()
    assert json.loads(unfolded[0])["event"] == "CONSULT"

    out = tmp_path / "events.csv"
    result = runner.invoke(main, ["--db", db, "export", "--format", "csv", "--out", str(out)])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert [r["event"] for r in rows] == ["AGREE", "CONSULT"]
    assert rows[1]["actors"] == "Putyin" and rows[1]["duration_minutes"] == "210"
    assert (rows[1]["amount"], rows[1]["currency"]) == ("1000000000", "USD")
    assert not (tmp_path / "events.csv.partial").exists()


def test_export_to_an_unwritable_place_fails_clearly(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'e.db'}"
    with Store(db) as store:
        store.add_article(events_article())
    target = tmp_path / "missing" / "events.jsonl"
    result = CliRunner().invoke(main, ["--db", db, "export", "--out", str(target)])
    assert result.exit_code != 0
    assert "cannot write" in result.output and str(target) in result.output


def test_show_prints_each_event_with_its_modality(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'e.db'}"
    article = events_article()
    with Store(db) as store:
        store.add_article(article)
    shown = CliRunner().invoke(main, ["--db", db, "show", article.id[:8]]).stdout
    assert "CONSULT [occurred] Putyin (Q7747) → Witkoff (kronika:steve-witkoff)" in shown
    assert "CONSULT/multilateral [planned]" in shown


def test_events_filter_by_place_source_and_overlapping_dates(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'e.db'}"
    with Store(db) as store:
        store.add_article(events_article())
        assert [s.event.type for s in store.events(EventQuery(place_ids=["Q133274"]))] == [
            "CONSULT"
        ]
        assert len(store.events(EventQuery(source_ids=["Q3874799"]))) == 1
        assert store.events(EventQuery(source_ids=["Q7747"])) == []
        # The planned meeting runs from 26 January to 1 February: it is on 30 January too.
        assert len(store.events(EventQuery(since=dt.date(2026, 1, 30)))) == 1
    runner = CliRunner()

    def listed(*options: str) -> list[str]:
        result = runner.invoke(main, ["--db", db, "events", "--json", *options])
        assert result.exit_code == 0, result.output
        return [e["modality"] for e in json.loads(result.stdout)]

    assert listed("--place", "Q1519") == ["planned"]
    assert listed("--source", "Q3874799") == ["planned"]
    # --until a month means to its last day.
    assert listed("--until", "2026-01") == ["planned", "occurred"]
    assert listed("--since", "2026-02", "--until", "2026-02") == ["planned"]
    wrong = runner.invoke(
        main, ["--db", db, "events", "--since", "2026-02-01", "--until", "2026-01-01"]
    )
    assert wrong.exit_code == 2 and "is after --until" in wrong.output


def test_an_unknown_participant_is_a_usage_error_not_an_empty_list(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'e.db'}"
    with Store(db) as store:
        store.add_article(events_article())
    runner = CliRunner()
    for option in ("--entity", "--place", "--source"):
        result = runner.invoke(main, ["--db", db, "events", option, "Senkisem Sehol"])
        assert result.exit_code == 2
        assert f"{option} 'Senkisem Sehol'" in result.output
    # A participant's own id that the KB lacks (a local NIL id) is still a valid filter.
    with Store(db) as store:
        assert store.has_event_participant("kronika:steve-witkoff")
        assert not store.has_event_participant("nil:senki")


def test_iterating_events_streams_the_same_events_in_small_batches(store: Store) -> None:
    article = events_article()
    store.add_article(article)
    streamed = list(store.iter_events(batch=1))
    assert [s.event for s in streamed] == [s.event for s in store.events()]


def test_a_reader_closing_the_pipe_ends_a_listing_quietly(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'e.db'}"
    article = events_article()
    with Store(db) as store:
        # Far more output than a pipe buffers, so the writer is still writing when the
        # reader goes away.
        store.add_article(replace(article, events=article.events * 1500))
    process = subprocess.Popen(
        [sys.executable, "-c", "from kronika.cli import main; main()", "--db", db, "export"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.readline()
    process.stdout.close()
    error = process.stderr.read()
    # Killed by SIGPIPE as `yes | head` is: no traceback, no failure message.
    assert process.wait() == -signal.SIGPIPE
    assert b"Traceback" not in error and b"Error" not in error
