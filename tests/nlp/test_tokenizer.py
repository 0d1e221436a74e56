"""Krónika's tokenizer on the shapes of Hungarian news text (spaCy's Hungarian rules plus
Krónika's tuning), without a trained model."""

from __future__ import annotations

import pytest

spacy = pytest.importorskip("spacy")

from kronika.nlp.tokenizer import tune_tokenizer  # noqa: E402


@pytest.fixture(scope="module")
def tokenize():  # type: ignore[no-untyped-def]
    nlp = spacy.blank("hu")
    tune_tokenizer(nlp)
    return lambda text: [t.text for t in nlp(text)]


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("2025. augusztus 15-én", ["2025.", "augusztus", "15-én"]),
        ("Witkoff-fal és Abu-Dzabiban", ["Witkoff-fal", "és", "Abu-Dzabiban"]),
        ("„A háttéralku elmarad”", ["„", "A", "háttéralku", "elmarad", "”"]),
        ("– fogalmazott Koc.", ["–", "fogalmazott", "Koc", "."]),
        ("kb. 10%-kal, stb.", ["kb.", "10%-kal", ",", "stb."]),
        ("Jan. 23-án", ["Jan.", "23-án"]),
        ("Kb. 300 ember", ["Kb.", "300", "ember"]),
        ("a NATO-t és az EU-t", ["a", "NATO-t", "és", "az", "EU-t"]),
        ("12:30-kor az 1990-es években", ["12:30-kor", "az", "1990-es", "években"]),
        ("a Fidesz–KDNP-nek", ["a", "Fidesz–KDNP-nek"]),
    ],
)
def test_news_shapes_tokenize_as_hungarian_readers_expect(
    tokenize, text: str, tokens: list[str]
) -> None:  # type: ignore[no-untyped-def]
    assert tokenize(text) == tokens


def test_tuning_adds_capitalised_abbreviations_only_once() -> None:
    nlp = spacy.blank("hu")
    tune_tokenizer(nlp)
    count = len(nlp.tokenizer.rules)
    tune_tokenizer(nlp)
    assert len(nlp.tokenizer.rules) == count
