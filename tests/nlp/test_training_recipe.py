"""Pieces of the training recipe that run without a corpus: floret vectors, the vectors
decision, and scoring by genre."""

from __future__ import annotations

from pathlib import Path

import pytest

spacy = pytest.importorskip("spacy")

from spacy.tokens import Doc, DocBin  # noqa: E402

from kronika.nlp.evaluate import evaluate_docs  # noqa: E402
from kronika.nlp.nerkor import GENRE_KEY  # noqa: E402
from kronika.nlp.train import DEFAULT_CONFIG, _wants_trained_vectors  # noqa: E402
from kronika.nlp.vectors import FloretSettings, train_floret_vectors, write_sentences  # noqa: E402

WORDS = ["Kovács", "János", "Szegeden", "lakik", "."]


def gold_doc(vocab: object, genre: str) -> Doc:
    doc = Doc(
        vocab,  # type: ignore[arg-type]
        words=WORDS,
        spaces=[True, True, True, False, False],
        sent_starts=[True, False, False, False, False],
        ents=["B-PER", "I-PER", "B-LOC", "O", "O"],
    )
    doc.user_data[GENRE_KEY] = genre
    return doc


def test_write_sentences_puts_one_sentence_per_line(tmp_path: Path) -> None:
    vocab = spacy.blank("hu").vocab
    target = tmp_path / "s.txt"
    assert write_sentences([gold_doc(vocab, "news")] * 2, target) == 2
    assert target.read_text(encoding="utf-8").splitlines() == ["Kovács János Szegeden lakik ."] * 2


def test_train_floret_vectors_gives_a_loadable_vectors_dir(tmp_path: Path) -> None:
    pytest.importorskip("floret")
    vocab = spacy.blank("hu").vocab
    docbin = DocBin(docs=[gold_doc(vocab, "news")] * 50)
    docbin.to_disk(tmp_path / "train.spacy")
    settings = FloretSettings(dim=8, bucket=200, epoch=1, min_count=1)
    target = train_floret_vectors(tmp_path / "train.spacy", tmp_path / "vectors", settings=settings)
    nlp = spacy.load(target)
    assert nlp.vocab.vectors.mode == "floret"
    assert nlp.vocab.vectors.shape == (200, 8)
    # floret gives unseen inflected forms a vector from their character n-grams
    assert nlp.vocab["Szegedről"].has_vector


def test_recipe_trains_vectors_only_when_the_config_wants_unnamed_ones() -> None:
    wants = "components.tok2vec.model.embed.include_static_vectors"
    assert _wants_trained_vectors(DEFAULT_CONFIG, {wants: True})
    assert not _wants_trained_vectors(DEFAULT_CONFIG, {wants: True, "paths.vectors": "somewhere"})
    assert not _wants_trained_vectors(DEFAULT_CONFIG, {wants: False})


def test_evaluate_docs_scores_overall_and_per_genre() -> None:
    nlp = spacy.blank("hu")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "PER", "pattern": "Kovács János"}])
    gold = [gold_doc(nlp.vocab, "news"), gold_doc(nlp.vocab, "web")]
    report = evaluate_docs(nlp, gold)
    assert report["words"] == 10
    assert sorted(report["genres"]) == ["news", "web"]
    ner = report["overall"]["ner"]
    assert (ner["p"], ner["r"], ner["f"]) == (100.0, 50.0, pytest.approx(66.67))
    assert report["genres"]["news"]["ner"]["per_type"]["PER"]["f"] == 100.0
    assert report["genres"]["web"]["ner"]["per_type"]["LOC"]["r"] == 0.0
