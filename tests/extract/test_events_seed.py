"""Golden: the whole pipeline (structure, the shipped NLP model, linking, quotes, events) on
the seed article codes the events the issue's done-when list names, with their participants,
place, date, measures and modality, and codes nothing from the war correspondent's opinion."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

pytest.importorskip("spacy")

from kronika.ingest.readers import ReadOptions, read_source
from kronika.pipeline import PROCESS_COMPONENTS, Pipeline
from kronika.types import Article, Event, EventDatePrecision, Modality, SegmentKind

PUTIN, WITKOFF, KUSHNER, TRUMP = "Q7747", "kronika:steve-witkoff", "Q13628723", "Q22686"
ZELENSKY, KOTS = "Q3874799", "kronika:alexander-kots"
RUSSIA, UKRAINE, USA = "Q159", "Q212", "Q30"
KREMLIN, ABU_DHABI, ELMENDORF = "Q133274", "Q1519", "kronika:joint-base-elmendorf-richardson"
BOARD_OF_PEACE = "kronika:board-of-peace"


@pytest.fixture(scope="module")
def seed(seed_path: Path) -> Article:
    [article] = read_source(str(seed_path), ReadOptions())
    assert isinstance(article, Article)
    return Pipeline.build(PROCESS_COMPONENTS)(article)


def ids(participants: object) -> set[str | None]:
    return {p.entity_id for p in participants}  # type: ignore[attr-defined]


def only(seed: Article, plover: str, *, caption: bool = False, having: set[str]) -> Event:
    """The one event of a type whose actors include ``having`` (in or out of the caption)."""
    found = [
        e
        for e in seed.events
        if e.type == plover
        and (e.evidence[0].segment is SegmentKind.CAPTION) == caption
        and having <= ids(e.actors)
    ]
    assert len(found) == 1, [(e.type, ids(e.actors)) for e in seed.events]
    return found[0]


def words(seed: Article, event: Event) -> list[str]:
    return [seed.text[e.start : e.end] for e in event.evidence]


def test_the_kremlin_talks_are_one_consult_that_took_place(seed: Article) -> None:
    talks = only(seed, "CONSULT", having={PUTIN, WITKOFF})
    assert ids(talks.actors) == {PUTIN, WITKOFF, KUSHNER}
    assert talks.modality is Modality.OCCURRED
    assert talks.place is not None and talks.place.entity_id == KREMLIN
    # The text dates it no closer than "before publication": the day before or the day of.
    assert talks.date_precision is EventDatePrecision.RANGE
    assert (talks.date, talks.end_date) == (dt.date(2026, 1, 22), dt.date(2026, 1, 23))
    assert talks.attributes.duration_minutes == 210
    topics = " ".join(t.name for t in talks.attributes.topics)
    assert "Béketanács" in topics and "regionális kérdés" in topics and "grönlandi" in topics
    # Lede, body and "a megbeszélésen" are one event with three pieces of evidence.
    assert words(seed, talks) == ["találkozó", "tárgyalása", "megbeszélésen"]


def test_putin_says_no_to_the_backroom_deal(seed: Article) -> None:
    refusal = only(seed, "REJECT", having={PUTIN})
    assert refusal.modality is Modality.OCCURRED
    assert words(seed, refusal) == ["nemet mondott"]
    # The deal itself is what he refuses, not an agreement of its own.
    assert not [e for e in seed.events if e.type == "AGREE" and PUTIN in ids(e.actors)]


def test_russia_goes_on_fighting_ukraine_by_kots(seed: Article) -> None:
    fighting = only(seed, "ASSAULT", having={RUSSIA})
    assert ids(fighting.recipients) == {UKRAINE}
    assert fighting.attributes.continuing
    assert fighting.modality is Modality.REPORTED
    assert fighting.source is not None and fighting.source.entity_id == KOTS


def test_moscow_offers_a_billion_dollars_to_the_board_of_peace(seed: Article) -> None:
    offer = only(seed, "AID", having={RUSSIA})
    assert ids(offer.recipients) == {BOARD_OF_PEACE}
    assert (offer.attributes.amount, offer.attributes.currency) == (1_000_000_000, "USD")
    assert offer.modality is Modality.INTENDED
    assert offer.source is not None and offer.source.entity_id == PUTIN


def test_the_abu_dhabi_trilateral_is_planned_as_zelensky_announced(seed: Article) -> None:
    trilateral = only(seed, "CONSULT", having={UKRAINE, RUSSIA, USA})
    assert trilateral.mode == "multilateral"
    assert trilateral.modality is Modality.PLANNED
    assert trilateral.place is not None and trilateral.place.entity_id == ABU_DHABI
    assert trilateral.source is not None and trilateral.source.entity_id == ZELENSKY
    assert trilateral.date_precision is EventDatePrecision.NONE


def test_the_security_guarantee_agreement_has_not_happened_yet(seed: Article) -> None:
    [agreement] = [e for e in seed.events if e.type == "AGREE"]
    assert words(seed, agreement)[0] == "megállapodás"
    # "aláírásra kész": ready for signature, so intended, not occurred.
    assert agreement.modality is Modality.INTENDED
    assert agreement.source is not None and agreement.source.entity_id == ZELENSKY


def test_the_caption_handshake_is_the_anchorage_summit_on_its_own_date(seed: Article) -> None:
    summit = only(seed, "CONSULT", caption=True, having={TRUMP, PUTIN})
    # The handshake and the "amerikai-orosz csúcstalálkozó" are one summit of the two leaders.
    assert words(seed, summit) == ["kezet fog", "csúcstalálkozó"]
    assert ids(summit.actors) == {TRUMP, PUTIN}
    assert summit.modality is Modality.OCCURRED
    assert (summit.date, summit.date_precision) == (dt.date(2025, 8, 15), EventDatePrecision.DAY)
    assert summit.place is not None and summit.place.entity_id == ELMENDORF


def test_nothing_is_coded_from_kots_opinion_that_peace_came_no_closer(seed: Article) -> None:
    opinion = seed.text.index("A haditudósító szerint a tartós béke")
    clause_end = seed.text.index(", ugyanakkor", opinion)
    assert not [e for e in seed.events for x in e.evidence if opinion <= x.start < clause_end]


def test_process_stores_the_seed_events_and_the_cli_lists_and_exports_them(
    seed_path: Path, tmp_path: Path
) -> None:
    import json

    from click.testing import CliRunner

    from kronika.cli import main

    db = f"sqlite:///{tmp_path / 'seed.db'}"
    runner = CliRunner()
    result = runner.invoke(main, ["--db", db, "process", str(seed_path)])
    assert result.exit_code == 0, result.output
    listed = json.loads(runner.invoke(main, ["--db", db, "events", "--json"]).stdout)
    kremlin = [e for e in listed if e["place"] and e["place"].get("entity_id") == KREMLIN]
    assert [e["type"] for e in kremlin] == ["CONSULT"]
    assert {a["entity_id"] for a in kremlin[0]["actors"]} == {PUTIN, WITKOFF, KUSHNER}
    only_putin = json.loads(
        runner.invoke(main, ["--db", db, "events", "--entity", "Putyin", "--json"]).stdout
    )
    assert only_putin and all(
        PUTIN in {p["entity_id"] for p in e["actors"] + e["recipients"]} for e in only_putin
    )
    exported = runner.invoke(main, ["--db", db, "export", "--format", "plover-jsonl"]).stdout
    records = [json.loads(line) for line in exported.splitlines()]
    # The planned Abu Dhabi meeting is folded to AGREE; the Kremlin talks stay CONSULT.
    folded = {(r["kronika_type"], r["modality"]): r["event"] for r in records}
    assert folded[("CONSULT", "occurred")] == "CONSULT"
    assert folded[("CONSULT", "planned")] == "AGREE"
    putin = next(a for r in records for a in r["actor"] if a["wikidata_id"] == PUTIN)
    assert putin["country"] == "RUS"


def test_annotate_recodes_events_a_former_coder_made_and_keeps_the_nlp(
    seed_path: Path, tmp_path: Path
) -> None:
    import json
    import sqlite3

    from click.testing import CliRunner

    from kronika.cli import main

    path = tmp_path / "seed.db"
    db = f"sqlite:///{path}"
    runner = CliRunner()
    assert runner.invoke(main, ["--db", db, "process", str(seed_path)]).exit_code == 0
    with sqlite3.connect(path) as conn:
        conn.execute("DELETE FROM events")
        conn.execute("DELETE FROM event_entities")
        conn.execute("UPDATE analyses SET event_coder = 'events.rules.v1@2020.1'")
    assert json.loads(runner.invoke(main, ["--db", db, "events", "--json"]).stdout) == []
    result = runner.invoke(main, ["--db", db, "annotate", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == {"analysed": 0, "failed": [], "events_recoded": 1}
    assert json.loads(runner.invoke(main, ["--db", db, "events", "--json"]).stdout)
    again = json.loads(runner.invoke(main, ["--db", db, "annotate", "--json"]).stdout)
    assert again["events_recoded"] == 0
