"""Regression gate: the shipped pipeline on NerKor test stays at or above the floors in
``tests/baselines.json`` (floors are only ever raised). Needs ../shared/corpora."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("spacy")

from kronika.nlp.evaluate import evaluate_on_nerkor
from kronika.nlp.load import DEFAULT_MODEL

pytestmark = pytest.mark.corpora

BASELINES = Path(__file__).resolve().parents[1] / "baselines.json"


@pytest.fixture(scope="module")
def report(corpora: Path) -> dict[str, Any]:
    return evaluate_on_nerkor(DEFAULT_MODEL, corpora, split="test")


def measured(report: dict[str, Any]) -> dict[str, float]:
    overall, news = report["overall"], report["genres"]["news"]
    return {
        "ner_f_all": overall["ner"]["f"],
        "ner_f_news": news["ner"]["f"],
        "upos": overall["upos"],
        "ufeats": overall["ufeats"],
        "lemma": overall["lemma"],
    }


def test_nerkor_test_scores_stay_above_the_floors(report: dict[str, Any]) -> None:
    floors = json.loads(BASELINES.read_text(encoding="utf-8"))["nlp"]["nerkor_test"]
    scores = measured(report)
    assert set(floors) == set(scores)
    below = {name: (scores[name], floor) for name, floor in floors.items() if scores[name] < floor}
    assert not below, f"below the floors in {BASELINES.name} (score, floor): {below}"
