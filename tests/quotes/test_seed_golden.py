"""Golden test on the seed article: its one direct quote and six indirect statements, with
their speakers.

Two versions: one with tokens and linked mentions built by hand (segments from the real,
deterministic structure stage), which tests the extraction logic deterministically; and one
with the real pipeline (structure, ``KRONIKA_NLP_MODEL`` or the packaged model, linking),
skipped when no model is installed.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kronika.ingest.readers import ReadOptions, read_inputs
from kronika.quotes import extract_quotes
from kronika.structure import segment_article
from kronika.types import Article, Quote, QuoteKind

from .conftest import make_article

KOTS = "kronika:alexander-kots"
ZELENSKY = "Q3874799"

#: (first words of the span, last words, kind, cue, speaker).
SEED_QUOTES = [
    ("Oroszország folytatja", "a harci cselekményeket", QuoteKind.INDIRECT, "kijelent", KOTS),
    ("A háttéralku elmarad.", "Harcolunk tovább", QuoteKind.DIRECT, "fogalmaz", KOTS),
    ("a tartós béke nem került közelebb", "nem kizárólag Ukrajnáról egyeztetett",
     QuoteKind.INDIRECT, "szerint", KOTS),
    ("ez a legrosszabb hír Kijev számára", "Oroszország ellen hangolnia",
     QuoteKind.INDIRECT, "szerint", KOTS),
    ("Abu-Dzabiban háromoldalú", "Egyesült Államok részvételével",
     QuoteKind.INDIRECT, "bejelent", ZELENSKY),
    ("a Donbasz kérdése kulcsfontosságú", "egyeztetések várhatók",
     QuoteKind.INDIRECT, "szerint", ZELENSKY),
    ("az Ukrajnának szánt", "az időpont megjelölését", QuoteKind.INDIRECT, "közöl", ZELENSKY),
]  # fmt: skip

#: The seed's speaker mentions as the linker gives them: (surface, occurrence, label, id).
SEED_MENTIONS = [
    ("Putyin", 0, "PER", "Q7747"),
    ("Alekszandr Koc", 0, "PER", KOTS),
    ("Putyin", 3, "PER", "Q7747"),
    ("Putyin", 4, "PER", "Q7747"),
    ("Koc", 1, "PER", KOTS),
    ("haditudósító", 1, "PER", KOTS),
    ("Moszkva", 1, "ORG", "Q649"),
    ("Koc", 2, "PER", KOTS),
    ("Volodimir Zelenszkijnek", 0, "PER", ZELENSKY),
    ("Zelenszkij", 1, "PER", ZELENSKY),
    ("ukrán elnök", 0, "PER", ZELENSKY),
    ("Donald Trumptól", 0, "PER", "Q22686"),
]


@pytest.fixture(scope="module")
def seed(seed_path: Path) -> Article:
    (article,) = read_inputs([str(seed_path)], ReadOptions())
    assert isinstance(article, Article)
    return article


def the_quote(article: Article, quotes: tuple[Quote, ...], first: str, last: str) -> Quote:
    """The one quote whose span starts with ``first`` and ends with ``last``."""
    found = [
        q
        for q in quotes
        if article.text[q.start : q.end].startswith(first)
        and article.text[q.start : q.end].rstrip(".").endswith(last)
    ]
    assert len(found) == 1, f"{first!r}: {[article.text[q.start : q.end] for q in quotes]}"
    return found[0]


def check_seed(article: Article) -> None:
    quotes = extract_quotes(article)
    for first, last, kind, cue, speaker in SEED_QUOTES:
        quote = the_quote(article, quotes, first, last)
        assert (quote.kind, quote.cue, quote.speaker_id) == (kind, cue, speaker), first


def test_seed_quotes_and_speakers_with_hand_built_mentions(seed: Article) -> None:
    article = make_article(seed.text, SEED_MENTIONS, segments=segment_article(seed))
    check_seed(article)
    quotes = extract_quotes(article)
    # The scare-quoted "háttéralku" of the lede is not a quote; nothing else is found.
    assert len(quotes) == len(SEED_QUOTES) + 1  # + Putyin jelezte, hogy …
    koc = the_quote(article, quotes, "A háttéralku elmarad.", "Harcolunk tovább")
    assert article.text[koc.speaker_start : koc.speaker_end] == "Koc"  # type: ignore[misc]


def _model() -> str | None:
    """The NLP model to test with: ``KRONIKA_NLP_MODEL``, else the packaged one if present."""
    from kronika.nlp.load import DEFAULT_MODEL, packaged_model_path

    chosen = os.environ.get("KRONIKA_NLP_MODEL")
    if chosen:
        return chosen
    return DEFAULT_MODEL if (packaged_model_path() / "meta.json").is_file() else None


def test_seed_quotes_and_speakers_with_the_real_pipeline(seed: Article) -> None:
    model = _model()
    if model is None:
        pytest.skip("no NLP model: set KRONIKA_NLP_MODEL or build the packaged model")
    from kronika.pipeline import PROCESS_COMPONENTS, Pipeline

    check_seed(Pipeline.build(PROCESS_COMPONENTS, {"nlp.spacy.v1": {"model": model}})(seed))
