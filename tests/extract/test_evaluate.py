"""Scoring events against gold facts (hand-built articles), and the floors on the real gold
set (corpora-marked)."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from kronika.cli import main
from kronika.errors import InputError
from kronika.extract.evaluate import (
    DEFAULT_GOLD,
    GoldEvent,
    evaluate_events,
    parse_gold_date,
    read_gold,
    score_events,
)
from kronika.types import (
    Article,
    Event,
    EventDatePrecision,
    Evidence,
    Modality,
    Participant,
    PloverType,
    SegmentKind,
)

BASELINES = Path(__file__).resolve().parents[1] / "baselines.json"
LINK = "https://example.test/hirek/2"
TEXT = "Kovács János tárgyalt Szabó Annával Pécsen. Az ügyészség vádat emelt Kiss Péter ellen."


def found(kind: str, word: str, actor: tuple[str, str | None], **fields: object) -> Event:
    start = TEXT.index(word)
    sentence = (
        (0, TEXT.index(".") + 1) if start < TEXT.index(".") else (TEXT.index("Az"), len(TEXT))
    )
    name, entity = actor
    at = TEXT.index(name)
    return Event(
        type=kind,
        modality=fields.pop("modality", Modality.OCCURRED),  # type: ignore[arg-type]
        evidence=(Evidence(start, start + len(word), *sentence, SegmentKind.PARAGRAPH, "t"),),
        extractor="test",
        actors=(Participant(at, at + len(name), name, entity),),
        **fields,  # type: ignore[arg-type]
    )


def test_events_are_matched_by_type_and_a_shared_actor_and_facets_are_scored() -> None:
    pecs = TEXT.index("Pécsen")
    events = (
        found(
            "CONSULT",
            "tárgyalt",
            ("Kovács János", "nil:t:kovacs janos"),
            date=dt.date(2026, 1, 22),
            date_precision=EventDatePrecision.DAY,
            place=Participant(pecs, pecs + 6, "Pécs", "Q45779"),
        ),
        found("ACCUSE", "vádat emelt", ("ügyészség", None), modality=Modality.REPORTED),
        found("ASSAULT", "ellen", ("Kiss Péter", None)),
    )
    article = replace(Article(text=TEXT, date=None), events=events, url=LINK)
    gold = [
        GoldEvent(
            LINK,
            "tárgyalt Szabó Annával",
            PloverType.CONSULT,
            ("Kovács János",),
            ("Szabó Anna",),
            Modality.OCCURRED,
            date=parse_gold_date("2026-01"),
            place="Q45779",
        ),
        GoldEvent(LINK, "vádat emelt", PloverType.ACCUSE, ("ügyészség",), (), Modality.OCCURRED),
        GoldEvent(LINK, "Pécsen", PloverType.PROTEST, ("Szabó Anna",), (), Modality.OCCURRED),
    ]
    result = score_events({LINK: article}, gold)
    assert result["detection"] == {"precision": 0.6667, "recall": 0.6667, "f1": 0.6667}
    assert result["date"] == {"scored": 1, "accuracy": 1.0}  # a day within the gold month
    assert result["place"] == {"scored": 1, "accuracy": 1.0}
    assert result["modality"] == {"scored": 2, "accuracy": 0.5}
    assert result["recipients"] == {"scored": 1, "accuracy": 0.0}
    assert result["source"] == {"scored": 0, "accuracy": 0.0}  # no gold event is reported
    kinds = sorted(e["error"] for e in result["errors"])
    assert kinds == ["facet", "facet", "missed", "spurious"]


def test_two_events_of_one_sentence_pair_with_the_found_events_told_by_their_own_words() -> None:
    text = "Kovács tárgyalt Pécsen, majd találkozót tartott Győrben."
    pecs, gyor = text.index("Pécsen"), text.index("Győrben")

    def meeting(word: str, place: int) -> Event:
        start = text.index(word)
        return Event(
            type="CONSULT",
            modality=Modality.OCCURRED,
            evidence=(
                Evidence(start, start + len(word), 0, len(text), SegmentKind.PARAGRAPH, "t"),
            ),
            extractor="test",
            actors=(Participant(0, 6, "Kovács", "nil:t:kovacs"),),
            place=Participant(place, place + 5, "x", f"Q{place}"),
        )

    article = replace(
        Article(text=text, date=None),
        events=(meeting("tárgyalt", pecs), meeting("találkozót", gyor)),
        url=LINK,
    )
    # The gold lists the second meeting first: it still takes the event its words tell.
    gold = [
        GoldEvent(
            LINK, anchor, PloverType.CONSULT, ("Kovács",), (), Modality.OCCURRED, place=f"Q{at}"
        )
        for anchor, at in (("találkozót tartott", gyor), ("tárgyalt Pécsen", pecs))
    ]
    result = score_events({LINK: article}, gold)
    assert result["detection"]["recall"] == 1.0
    assert result["place"] == {"scored": 2, "accuracy": 1.0}


def test_gold_dates_cover_days_months_years_and_ranges() -> None:
    assert parse_gold_date("2025-12-21") == (dt.date(2025, 12, 21), dt.date(2025, 12, 21))
    assert parse_gold_date("2025-02") == (dt.date(2025, 2, 1), dt.date(2025, 2, 28))
    assert parse_gold_date("2025") == (dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    assert parse_gold_date("2025-12-20/2025-12-21") == (
        dt.date(2025, 12, 20),
        dt.date(2025, 12, 21),
    )
    assert parse_gold_date(None) is None


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (
            '{"article": "x", "anchor": "y", "type": "MEET", "modality": "occurred"}\n',
            ":1: not a gold fact",
        ),
        (
            '{"article": "x", "type": "CONSULT", "modality": "occurred"}\n',
            ":1: the gold fact has no 'anchor' field",
        ),
        ("\n[1]\n", ":2: not a gold fact (the line is not a JSON object)"),
        ("{not json\n", ":1: not a gold fact"),
        ("\n", ": the gold set holds no facts"),
    ],
)
def test_a_bad_gold_file_is_named_with_its_line_and_fails_the_command(
    tmp_path: Path, content: str, problem: str
) -> None:
    bad = tmp_path / "gold.jsonl"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=re.escape(problem)):
        read_gold(bad)
    (tmp_path / "hu-news-scrape").mkdir()
    result = CliRunner().invoke(
        main, ["eval", "events", "--corpora", str(tmp_path), "--gold", str(bad)]
    )
    assert result.exit_code == 1
    assert str(bad) in result.output and problem in result.output
    assert "Traceback" not in result.output


def test_a_corpora_folder_without_the_gold_articles_fails_clearly(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text(
        '{"article": "https://example.test/x", "anchor": "a", "type": "CONSULT", '
        '"actors": ["Q1"], "modality": "occurred"}\n',
        encoding="utf-8",
    )
    runner = CliRunner()
    missing = runner.invoke(
        main, ["eval", "events", "--corpora", str(tmp_path), "--gold", str(gold)]
    )
    assert missing.exit_code == 1 and "no hu-news-scrape folder under" in missing.output
    (tmp_path / "hu-news-scrape").mkdir()
    empty = runner.invoke(main, ["eval", "events", "--corpora", str(tmp_path), "--gold", str(gold)])
    assert empty.exit_code == 1 and "none of the gold set's 1 articles" in empty.output


def test_gold_file_is_facts_with_short_anchors() -> None:
    gold = read_gold(DEFAULT_GOLD)
    assert len(gold) >= 150 and len({g.article for g in gold}) >= 30
    assert all(1 <= len(g.anchor.split()) <= 6 for g in gold)
    assert all(g.actors for g in gold)
    assert len({g.type for g in gold}) == 16


@pytest.mark.corpora
def test_events_meet_their_floors_on_the_gold_set(corpora: Path) -> None:
    model = os.environ.get("KRONIKA_NLP_MODEL")
    if model is None:
        from kronika.nlp.load import packaged_model_path

        if not (packaged_model_path() / "meta.json").is_file():
            pytest.skip("no NLP model: set KRONIKA_NLP_MODEL or build the packaged model")
    result = evaluate_events(corpora, DEFAULT_GOLD, model)
    print(json.dumps({k: v for k, v in result.items() if k != "errors"}, indent=2))
    assert result["unlocated_anchors"] == 0 and result["missing_articles"] == 0
    # Speed is printed, never asserted: timing does not decide whether a test passes.
    floors = json.loads(BASELINES.read_text(encoding="utf-8"))["events"]["gold"]
    for facet, names in floors.items():
        for name, floor in names.items():
            assert result[facet][name] >= floor, f"{facet} {name} {result[facet][name]} < {floor}"
