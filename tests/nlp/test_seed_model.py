"""Golden: the shipped model on the seed's first sentence finds its people and the White House,
with dictionary forms; the packaged model loads through the same path as any directory."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

pytest.importorskip("spacy")

from kronika.cli import main
from kronika.nlp.load import DEFAULT_MODEL, load_pipeline, packaged_model_path


@pytest.fixture(scope="module")
def first_sentence(seed_path: Path) -> str:
    text = seed_path.read_text(encoding="utf-8").split(" ", 3)[3]
    return text[: text.index("haditudósító.") + len("haditudósító.")]


def test_seed_first_sentence_people_and_white_house(first_sentence: str) -> None:
    result = CliRunner().invoke(main, ["nlp", first_sentence, "--json"])
    assert result.exit_code == 0, result.output
    found = {(m["text"], m["label"], m["lemma"]) for m in json.loads(result.stdout)["mentions"]}
    for name in (
        "Vlagyimir Putyin",
        "Donald Trump",
        "Steve Witkoff",
        "Jared Kushner",
        "Alekszandr Koc",
    ):
        assert (name, "PER", name) in found
    assert ("Fehér Ház", "ORG", "Fehér Ház") in found


def test_packaged_model_loads_by_name_and_by_path_alike() -> None:
    by_name = load_pipeline(DEFAULT_MODEL)
    by_path = load_pipeline(str(packaged_model_path()))
    assert by_name.pipe_names == by_path.pipe_names
    assert {"morphologizer", "trainable_lemmatizer", "ner", "kronika_propn_lemma"} <= set(
        by_name.pipe_names
    )
    meta = json.loads((packaged_model_path() / "meta.json").read_text(encoding="utf-8"))
    assert meta["license"] == "CC BY-SA 4.0"


def test_the_shipped_model_multiplies_matrices_with_numpys_blas() -> None:
    # thinc's bundled BLIS ran the stage's matrix products about 3x slower
    # (docs/benchmarks.md); the analyses are the same.
    nlp = load_pipeline(DEFAULT_MODEL)
    layers = [layer for _, c in nlp.pipeline if hasattr(c, "model") for layer in c.model.walk()]
    assert len(layers) > 10
    assert all(getattr(layer.ops, "use_blis", None) is False for layer in layers)
