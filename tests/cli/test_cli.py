"""The command line end to end, in-process through Click's runner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kronika.cli import main

BODY = (
    "A kormányszóvivő szerint a tárgyalások jövő héten folytatódnak Brüsszelben. "
    "Az ellenzék bírálta a döntést, és kedden tüntetést szervez a Kossuth téren."
)


@pytest.fixture
def run(tmp_path: Path):  # type: ignore[no-untyped-def]
    db = f"sqlite:///{tmp_path / 'cli.db'}"

    def invoke(*args: str, input: bytes | None = None) -> tuple[int, str, str]:
        result = CliRunner().invoke(main, ["--db", db, *args], input=input)
        return result.exit_code, result.stdout, result.stderr

    return invoke


def test_ingest_json_reports_counts_and_exit_zero(run, seed_path: Path) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run("ingest", str(seed_path), "--json")
    assert code == 0
    assert json.loads(out) == {"ingested": 1, "duplicates": 0, "near_duplicates": 0, "rejected": []}
    code, out, _ = run("ingest", str(seed_path), "--json")
    assert json.loads(out)["duplicates"] == 1 and json.loads(out)["ingested"] == 0


def test_ingest_with_a_bad_file_exits_one_and_keeps_the_rest(
    run, seed_path: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    code, out, _ = run("ingest", str(empty), str(seed_path), "--json")
    report = json.loads(out)
    assert code == 1
    assert report["ingested"] == 1
    assert report["rejected"] == [{"path": str(empty), "reason": "empty file"}]
    code, out, _ = run("rejections", "--json")
    assert json.loads(out) == [{"path": str(empty), "reason": "empty file"}]


def test_rejections_are_printed_one_line_each_without_traceback(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    binary = tmp_path / "image.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(256)))
    code, _, err = run("ingest", str(binary))
    assert code == 1
    assert f"rejected {binary}: binary file" in err
    assert "Traceback" not in err


def test_usage_errors_exit_two(run, seed_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert run("ingest", str(seed_path), "--format", "xml")[0] == 2
    assert run("ingest", str(seed_path), "--date", "tegnap")[0] == 2
    assert run("ingest", str(seed_path), "--columns", "nonsense")[0] == 2
    assert run("ingest")[0] == 2
    assert CliRunner().invoke(main, ["--db", "kronika.db", "stats"]).exit_code == 2


def test_stdin_with_date_and_outlet(run) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(
        "ingest", "-", "--date", "2026-01-20", "--outlet", "pelda.hu", "--json", input=BODY.encode()
    )
    assert code == 0 and json.loads(out)["ingested"] == 1
    [row] = json.loads(run("articles", "--json")[1])
    assert row["outlet"] == "pelda.hu" and row["date"] == "2026-01-20"
    assert set(row) == {"id", "date", "date_precision", "outlet", "url", "title"}


def test_show_json_has_text_and_segments_that_slice_back(run, seed_path: Path) -> None:  # type: ignore[no-untyped-def]
    run("ingest", str(seed_path))
    [row] = json.loads(run("articles", "--json")[1])
    code, out, _ = run("show", row["id"][:8], "--json")
    shown = json.loads(out)
    assert code == 0
    assert shown["id"] == row["id"] and shown["date"] == "2026-01-23"
    assert shown["date_precision"] == "day"
    assert shown["segments"]
    for segment in shown["segments"]:
        assert shown["text"][segment["start"] : segment["end"]] == segment["text"]


def test_show_unknown_id_exits_one_with_a_message(run) -> None:  # type: ignore[no-untyped-def]
    code, _, err = run("show", "abcdef123456")
    assert code == 1 and "no article with id" in err


def test_search_and_stats(run, seed_path: Path) -> None:  # type: ignore[no-untyped-def]
    run("ingest", str(seed_path))
    hits = json.loads(run("search", "Zelenszkij", "--json")[1])
    assert len(hits) == 1 and "Zelenszkij" in hits[0]["snippet"]
    stats = json.loads(run("stats", "--json")[1])
    assert stats["articles"] == 1 and stats["segments_by_kind"]["caption"] == 1
    code, out, _ = run("stats")
    assert code == 0 and "articles 1" in out


def test_demo_processes_the_bundled_seed_and_shows_what_was_found(run) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run("demo", "--json")
    [shown] = json.loads(out)
    assert code == 0
    kinds = {s["kind"] for s in shown["segments"]}
    assert {"lede", "caption", "credit", "subheading", "blockquote", "attribution"} <= kinds
    linked = {m["entity_id"] for m in shown["mentions"]}
    assert {"Q7747", "Q22686", "Q3874799"} <= linked
    assert shown["nlp_model"].startswith("nlp.spacy.v1:hu_kronika_news@")
