"""Golden test on the seed article: every PER/ORG/LOC mention links to the right entity.

Two versions: one with mentions and tokens built by hand (spans found in the seed text by
string search), which tests the linking logic deterministically over the shipped KB; and one
with the real NLP run (``KRONIKA_NLP_MODEL`` or the packaged model), skipped when no model is
installed, which checks what the linker makes of what the NER actually finds.
"""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

import pytest

from kronika.ingest.readers import ReadOptions, read_inputs
from kronika.link import LinkStage, link_mentions, load_index
from kronika.types import Article, Mention

from .conftest import LEXICON, tokenize

WITKOFF = "kronika:steve-witkoff"
KOTS = "kronika:alexander-kots"
BOARD = "kronika:board-of-peace"
BASE = "kronika:joint-base-elmendorf-richardson"
NIL = "NIL"

#: Every name in the seed, in order: (surface as printed, occurrence, label, entity).
SEED_NAMES: list[tuple[str, int, str, str]] = [
    ("Vlagyimir Putyin", 0, "PER", "Q7747"),
    ("Donald Trump", 0, "PER", "Q22686"),
    ("Steve Witkoff", 0, "PER", WITKOFF),
    ("Fehér Ház", 0, "ORG", "Q35525"),
    ("Jared Kushner", 0, "PER", "Q13628723"),
    ("Ukrajnáról", 0, "LOC", "Q212"),
    ("Oroszország", 0, "LOC", "Q159"),
    ("Alekszandr Koc", 0, "PER", KOTS),
    ("Donald Trump", 1, "PER", "Q22686"),
    ("Vlagyimir Putyin", 1, "PER", "Q7747"),
    ("Elmendorf-Richardson", 0, "LOC", BASE),
    ("Anchorage-ben", 0, "LOC", "Q39450"),
    ("ANDREW CABALLERO-REYNOLDS", 0, "PER", NIL),
    ("AFP", 0, "ORG", "Q40464"),
    ("Putyin", 2, "PER", "Q7747"),
    ("Putyin", 3, "PER", "Q7747"),
    ("Witkoff", 1, "PER", WITKOFF),
    ("Kremlben", 0, "LOC", "Q133274"),
    ("Trump", 2, "PER", "Q22686"),
    ("Béketanács", 0, "ORG", BOARD),
    ("grönlandi", 0, "LOC", "Q223"),
    ("Putyin", 4, "PER", "Q7747"),
    ("Moszkva", 0, "ORG", "Q649"),
    ("Béketanács", 1, "ORG", BOARD),
    ("Putyin", 5, "PER", "Q7747"),
    ("Koc", 1, "PER", KOTS),
    ("Koc", 2, "PER", KOTS),
    ("Ukrajnáról", 1, "LOC", "Q212"),
    ("Moszkva", 1, "ORG", "Q649"),
    ("Washington", 0, "LOC", "Q61"),
    ("Kijev", 0, "LOC", "Q1899"),
    ("Volodimir Zelenszkijnek", 0, "PER", "Q3874799"),
    ("Egyesült Államokat", 0, "LOC", "Q30"),
    ("Oroszország", 1, "LOC", "Q159"),
    ("Zelenszkij", 1, "PER", "Q3874799"),
    ("Abu-Dzabiban", 0, "LOC", "Q1519"),
    ("Ukrajna", 0, "LOC", "Q212"),
    ("Oroszország", 2, "LOC", "Q159"),
    ("Egyesült Államok", 1, "LOC", "Q30"),
    ("Donbasz", 0, "LOC", "Q605714"),
    ("Ukrajnának", 0, "LOC", "Q212"),
    ("Donald Trumptól", 0, "PER", "Q22686"),
]
#: Role descriptions the linker must add: (surface, occurrence, entity).
SEED_DESCRIPTIONS = [("haditudósító", 1, KOTS), ("ukrán elnök", 0, "Q3874799")]
#: Seats and capitals acting as governments in the seed: (surface, occurrence, rule).
SEED_METONYMY = [
    ("Moszkva", 0, "metonymy:Q159"),
    ("Moszkva", 1, "metonymy:Q159"),
    ("Washington", 0, "metonymy:Q30"),
]

SEED_LEXICON = {
    **LEXICON,
    "Ukrajnáról": ("Ukrajna", "PROPN", "Case=Del|Number=Sing"),
    "Anchorage-ben": ("Anchorage", "PROPN", "Case=Ine|Number=Sing"),
    "Államokat": ("Állam", "PROPN", "Case=Acc|Number=Plur"),
    "Trumptól": ("Trump", "PROPN", "Case=Abl|Number=Sing"),
    "Ukrajnának": ("Ukrajna", "PROPN", "Case=Dat|Number=Sing"),
    "grönlandi": ("grönlandi", "ADJ", "Case=Nom"),
    "egymilliárd": ("egymilliárd", "NUM", ""),
}


def nth(text: str, surface: str, occurrence: int) -> tuple[int, int]:
    """Non-overlapping occurrences, as the gold set counts them."""
    start = -len(surface)
    for _ in range(occurrence + 1):
        start = text.index(surface, start + len(surface))
    return start, start + len(surface)


SEED = Path(__file__).resolve().parents[2] / "src/kronika/data/seed/000_2b66a5f92737e9e6.txt"


@pytest.fixture(scope="module")
def seed() -> Article:
    (article,) = [a for a in read_inputs([str(SEED)], ReadOptions()) if isinstance(a, Article)]
    return article


def hand_built(seed: Article) -> Article:
    mentions = tuple(
        Mention(*nth(seed.text, surface, occurrence), label, surface)
        for surface, occurrence, label, _ in SEED_NAMES
    )
    return Article(
        text=seed.text,
        date=seed.date,
        tokens=tuple(tokenize(seed.text, SEED_LEXICON)),
        mentions=mentions,
    )


def by_span(mentions: tuple[Mention, ...]) -> dict[tuple[int, int], Mention]:
    return {(m.start, m.end): m for m in mentions}


def test_seed_names_link_to_their_entities_with_hand_built_mentions(seed: Article) -> None:
    linked = by_span(link_mentions(hand_built(seed), load_index()))
    wrong = []
    for surface, occurrence, _, expected in SEED_NAMES:
        mention = linked[nth(seed.text, surface, occurrence)]
        got = "NIL" if (mention.entity_id or "").startswith("nil:") else mention.entity_id
        if got != expected:
            wrong.append((surface, occurrence, expected, got, mention.rule))
    assert wrong == []


def test_seed_descriptions_resolve_to_zelenskyy_and_kots(seed: Article) -> None:
    linked = by_span(link_mentions(hand_built(seed), load_index()))
    for surface, occurrence, expected in SEED_DESCRIPTIONS:
        mention = linked[nth(seed.text, surface, occurrence)]
        assert (mention.entity_id, mention.rule, mention.label) == (expected, "role", "PER")


def test_seed_acting_capitals_record_their_government(seed: Article) -> None:
    linked = by_span(link_mentions(hand_built(seed), load_index()))
    for surface, occurrence, rule in SEED_METONYMY:
        assert linked[nth(seed.text, surface, occurrence)].rule == rule
    kremlin = linked[nth(seed.text, "Kremlben", 0)]
    assert (kremlin.entity_id, kremlin.rule) == ("Q133274", "inflection")


def test_seed_nil_ids_are_stable_local_ids(seed: Article) -> None:
    linked = by_span(link_mentions(hand_built(seed), load_index()))
    credit = linked[nth(seed.text, "ANDREW CABALLERO-REYNOLDS", 0)]
    assert credit.entity_id == f"nil:{seed.id}:andrew caballero reynolds"


def test_linking_an_already_linked_article_again_changes_nothing(seed: Article) -> None:
    article = hand_built(seed)
    once = link_mentions(article, load_index())
    again = link_mentions(replace(article, mentions=once), load_index())
    assert again == once


def _model() -> str | None:
    """The NLP model to test with: ``KRONIKA_NLP_MODEL``, else the packaged one if present."""
    from kronika.nlp.load import DEFAULT_MODEL, packaged_model_path

    chosen = os.environ.get("KRONIKA_NLP_MODEL")
    if chosen:
        return chosen
    return DEFAULT_MODEL if (packaged_model_path() / "meta.json").is_file() else None


@pytest.fixture(scope="module")
def modelled(seed: Article) -> Article:
    model = _model()
    if model is None:
        pytest.skip("no NLP model: set KRONIKA_NLP_MODEL or build the packaged model")
    from kronika.pipeline import PROCESS_COMPONENTS, Pipeline

    analysed = Pipeline.build(PROCESS_COMPONENTS, {"nlp.spacy.v1": {"model": model}})(seed)
    return Article(
        text=analysed.text,
        date=analysed.date,
        tokens=analysed.tokens,
        mentions=LinkStage()(analysed)["mentions"],
    )


def test_seed_names_the_model_finds_link_to_their_entities(modelled: Article) -> None:
    expected = {nth(modelled.text, s, o): e for s, o, _, e in SEED_NAMES}
    wrong, unexpected = [], []
    for mention in modelled.mentions:
        if mention.label not in ("PER", "ORG", "LOC") or mention.rule == "role":
            continue
        matches = [e for (a, b), e in expected.items() if a < mention.end and mention.start < b]
        got = "NIL" if (mention.entity_id or "").startswith("nil:") else mention.entity_id
        if not matches:
            unexpected.append(modelled.text[mention.start : mention.end])
        elif got not in matches:
            wrong.append((modelled.text[mention.start : mention.end], matches, got, mention.rule))
    assert wrong == []
    assert unexpected == []


def test_seed_descriptions_are_found_in_the_model_tokens(modelled: Article) -> None:
    linked = by_span(modelled.mentions)
    for surface, occurrence, expected in SEED_DESCRIPTIONS:
        assert linked[nth(modelled.text, surface, occurrence)].entity_id == expected
