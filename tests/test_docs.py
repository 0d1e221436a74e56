"""The README stays true: its settings table, quick-start commands and CI entry point."""

from __future__ import annotations

import re
from pathlib import Path

from kronika.config import SETTINGS, load_settings

REPO = Path(__file__).resolve().parent.parent
README = (REPO / "README.md").read_text(encoding="utf-8")


def test_every_setting_is_documented_with_its_environment_variable_and_default() -> None:
    for setting in SETTINGS:
        row = re.search(
            rf"^\| `{setting.name}` \| `KRONIKA_{setting.name.upper()}` \| (.+?) \|", README, re.M
        )
        assert row, f"README settings table lacks {setting.name}"
        assert f"`{setting.default}`" in row[1], f"README default for {setting.name} is stale"


def test_settings_come_from_environment_and_overrides_in_that_order() -> None:
    env = {"KRONIKA_MAX_BYTES": "1000", "KRONIKA_DB": "sqlite:///env.db"}
    assert load_settings(environ=env).max_bytes == 1000
    assert load_settings({"db": "sqlite:///cli.db"}, environ=env).db == "sqlite:///cli.db"
    # An empty variable is ignored, except where empty means something: code every category.
    assert load_settings(environ={"KRONIKA_DB": ""}).db == "sqlite:///kronika.db"
    assert {"sport", "hirdetés", "életmód"} <= load_settings().uncoded
    assert load_settings(environ={"KRONIKA_UNCODED_CATEGORIES": ""}).uncoded == frozenset()


def test_ci_runs_exactly_the_readme_test_command() -> None:
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert "bash scripts/test" in README
    assert ci.rstrip().endswith("exec bash scripts/test")
