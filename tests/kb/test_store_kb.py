"""The knowledge base in the store (both backends) and its commands: versions, lookups, and
analysts' edits that survive re-imports."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kronika.cli import main
from kronika.errors import InputError
from kronika.kb.artefact import write_kb
from kronika.kb.edits import KbEdit, apply_edit, apply_edits
from kronika.store import Store
from kronika.types import Entity, EntityType, Role

PUTIN = Entity(
    "Q7747",
    "Q7747",
    "Vladimir Putin",
    "Vlagyimir Putyin",
    EntityType.PERSON,
    aliases=("Putyin",),
    country="RUS",
    sector="GOV",
    roles=(Role("president", "Q159", dt.date(2012, 5, 7), None, "test"),),
)
MOSCOW = Entity("Q649", "Q649", "Moscow", "Moszkva", EntityType.CITY, country="RUS")
WITKOFF = KbEdit(
    "kronika:steve-witkoff",
    "add",
    {"entity": {"name_en": "Steve Witkoff", "type": "person", "country": "USA"}},
    "envoy",
)
NICKNAME = KbEdit("Q7747", "edit", {"add_aliases": ["Putyinka"], "set": {"sector": "ELI"}}, None)


def test_edits_add_and_change_entities_and_refuse_what_cannot_apply() -> None:
    added = apply_edit(None, WITKOFF)
    assert added.id == "kronika:steve-witkoff" and added.type is EntityType.PERSON
    changed = apply_edit(PUTIN, NICKNAME)
    assert changed.aliases == ("Putyin", "Putyinka") and changed.sector == "ELI"
    ended = apply_edit(PUTIN, KbEdit("Q7747", "edit", {"remove_roles": ["president"]}))
    assert ended.roles == ()
    with pytest.raises(InputError, match="no KB entity"):
        apply_edit(None, NICKNAME)
    with pytest.raises(InputError, match="cannot set"):
        apply_edit(PUTIN, KbEdit("Q7747", "edit", {"set": {"id": "Q1"}}))
    with pytest.raises(InputError, match="QID"):
        apply_edit(PUTIN, KbEdit("Q7747", "edit", {"set": {"qid": "7747"}}))


def test_replayed_edits_skip_entities_that_left_the_import() -> None:
    result = apply_edits([MOSCOW], [NICKNAME, WITKOFF])
    assert [e.id for e in result] == ["Q649", "kronika:steve-witkoff"]


def test_store_keeps_versions_and_finds_entities_by_name_qid_and_alias(store: Store) -> None:
    assert store.kb_version() is None and store.kb_entities() == []
    first = store.replace_kb([PUTIN, MOSCOW], "test-1")
    second = store.replace_kb([PUTIN, MOSCOW], "test-2")
    assert second == first + 1
    assert store.kb_version() == (second, "test-2", 2)
    assert store.find_entities("putyin") == [PUTIN]
    assert store.find_entities("Q649") == [MOSCOW]
    assert store.find_entities("Vladimir Putin") == [PUTIN]
    assert store.find_entities("Nincs Ilyen") == []
    assert store.find_entities("Putin") == [PUTIN]  # a surname, when no name is exactly it
    assert store.kb_entities() == [MOSCOW, PUTIN]


def test_recorded_edits_are_stored_and_listed_in_order(store: Store) -> None:
    store.replace_kb([PUTIN], "test")
    store.record_kb_edit(
        "Q7747", "edit", dict(NICKNAME.changes), "why", apply_edit(PUTIN, NICKNAME)
    )
    store.record_kb_edit(
        WITKOFF.entity_id, "add", dict(WITKOFF.changes), None, apply_edit(None, WITKOFF)
    )
    assert [e[:2] for e in store.kb_edits()] == [("Q7747", "edit"), (WITKOFF.entity_id, "add")]
    assert store.find_entities("Putyinka")[0].sector == "ELI"
    assert store.find_entities("steve witkoff")[0].country == "USA"


def test_cli_corrections_survive_a_reimport(tmp_path: Path) -> None:
    kb_file = write_kb([PUTIN, MOSCOW], tmp_path / "kb.jsonl.gz")
    db = f"sqlite:///{tmp_path / 'kb.db'}"
    runner = CliRunner()

    def run(*args: str) -> tuple[int, str]:
        result = runner.invoke(main, ["--db", db, "kb", *args])
        return result.exit_code, result.stdout

    assert json.loads(run("import", "--file", str(kb_file), "--json")[1])["entities"] == 2
    assert (
        run(
            "add",
            "kronika:steve-witkoff",
            "--name-en",
            "Steve Witkoff",
            "--type",
            "person",
            "--country",
            "USA",
            "--alias",
            "Witkoff",
        )[0]
        == 0
    )
    assert (
        run(
            "edit",
            "Q7747",
            "--add-alias",
            "Putyinka",
            "--add-role",
            "office=chair,of=kronika:board,start=2026-01-22",
        )[0]
        == 0
    )
    assert run("add", "Q7747", "--name-en", "x", "--type", "person")[0] == 1
    reimport = json.loads(run("import", "--file", str(kb_file), "--json")[1])
    assert reimport == {"version": 2, "entities": 3, "source": str(kb_file)}
    [putin] = json.loads(run("show", "Putyinka", "--json")[1])
    assert {
        "office": "chair",
        "of": "kronika:board",
        "start": "2026-01-22",
        "source": "analyst",
    } in putin["roles"]
    assert json.loads(run("show", "Witkoff", "--json")[1])[0]["id"] == "kronika:steve-witkoff"
    code, _ = run("show", "Senki Sem")
    assert code == 1
    sample = Path(__file__).parent / "data" / "wikidata-sample.json"
    merged = json.loads(run("import-wikidata", str(sample), "--json")[1])
    assert merged["version"] == 3 and merged["entities"] > 3
    assert json.loads(run("show", "Putyinka", "--json")[1])[0]["id"] == "Q7747"
