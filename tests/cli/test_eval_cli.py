"""`kronika eval entities|quotes` run their evaluators on the gold sets (needs the corpora)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kronika.cli import main

pytestmark = pytest.mark.corpora


@pytest.mark.parametrize(
    ("layer", "keys"),
    [
        ("entities", {"accuracy_linkable", "nil_precision", "nil_recall", "link_vs_nlp"}),
        ("quotes", {"direct", "indirect", "quotes_vs_nlp"}),
    ],
)
def test_eval_prints_scores_and_speed_as_json(corpora: Path, layer: str, keys: set[str]) -> None:
    result = CliRunner().invoke(main, ["eval", layer, "--corpora", str(corpora), "--json"])
    assert result.exit_code == 0, result.output
    assert keys <= set(json.loads(result.stdout))


def test_eval_with_a_missing_gold_file_is_a_usage_error(corpora: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(
        main, ["eval", "quotes", "--corpora", str(corpora), "--gold", str(tmp_path / "no.jsonl")]
    )
    assert result.exit_code == 2
