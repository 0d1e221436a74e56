"""The entity-linking evaluator: scores on a tiny hand-made case, and floors on the gold set."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from kronika.link import LinkStage
from kronika.link.evaluate import (
    DEFAULT_GOLD,
    GoldMention,
    evaluate_linking,
    format_report,
    locate,
    read_gold,
    score_linking,
)
from kronika.types import Article, Mention

from .conftest import make_article

#: Floors measured with the interim NER model (A-hash96, NER F1 ~74); raise them, never lower.
BASELINES = Path(__file__).resolve().parents[1] / "baselines.json"


def linked_article(text: str, spans: list[tuple[str, int, str]]) -> Article:
    mentions = []
    for surface, occurrence, entity_id in spans:
        start, end = locate(text, surface, occurrence) or (0, 0)
        mentions.append(Mention(start, end, "PER", surface, entity_id, 0.9, "exact"))
    return Article(text=text, date=None, url="u", mentions=tuple(mentions))


def test_locate_counts_non_overlapping_occurrences() -> None:
    assert locate("Putyin és Putyinnal", "Putyin", 1) == (10, 16)
    assert locate("Putyin", "Putyin", 1) is None


def test_scores_on_a_tiny_hand_made_case() -> None:
    text = "Putyin és Koc beszélt, Kovács hallgatott, Nagy is. Trumpf nem."
    article = linked_article(
        text,
        [
            ("Putyin", 0, "Q7747"),  # linkable, right
            ("Koc", 0, "Q1"),  # linkable, wrong entity
            ("Kovács", 0, "nil:x:kovacs"),  # gold NIL, predicted NIL
            ("Nagy", 0, "Q2"),  # gold NIL, predicted an entity
        ],  # "Trumpf": gold linkable, not found
    )
    gold = [
        GoldMention("u", "Putyin", 0, "PER", "Q7747"),
        GoldMention("u", "Koc", 0, "PER", "kronika:alexander-kots"),
        GoldMention("u", "Kovács", 0, "PER", "NIL"),
        GoldMention("u", "Nagy", 0, "PER", "NIL"),
        GoldMention("u", "Trumpf", 0, "ORG", "Q3"),
    ]
    result = score_linking({"u": article}, gold, link_seconds=0.1, nlp_seconds=1.0)
    assert result["coverage"] == 0.8
    assert result["accuracy_linkable"] == round(1 / 3, 4)
    assert result["accuracy_linkable_found"] == 0.5
    assert result["nil_precision"] == 1.0
    assert result["nil_recall"] == 0.5
    assert result["link_vs_nlp"] == 0.1
    assert {e["surface"] for e in result["errors"]} == {"Koc", "Nagy", "Trumpf"}
    assert "coverage (NER found)     80.0%" in format_report(result)


def test_a_found_mention_is_the_largest_overlap() -> None:
    text = "mondta Trump aReuters szerint"
    article = Article(
        text=text,
        date=None,
        url="u",
        mentions=(Mention(7, 21, "PER", "Trump aReuters", "nil:x:trump", 0.5, "nil"),),
    )
    gold = [GoldMention("u", "Trump", 0, "PER", "Q22686")]
    result = score_linking({"u": article}, gold)
    assert result["coverage"] == 1.0 and result["accuracy_linkable"] == 0.0


def test_gold_file_is_facts_with_known_ids() -> None:
    from kronika.link import load_index

    gold = read_gold(DEFAULT_GOLD)
    index = load_index()
    assert len(gold) >= 300 and len({g.article for g in gold}) >= 30
    assert len({g.article.split("/")[2] for g in gold}) >= 4
    assert all(len(g.surface) <= 40 for g in gold)
    assert all(g.is_nil or index.entity(g.entity) is not None for g in gold)


def test_link_stage_assigns_linked_mentions_for_each_article() -> None:
    article = make_article("Putyin nyilatkozott.", [("Putyin", "PER")])
    stage = LinkStage()
    (one,) = list(stage.pipe([article]))
    assert one == stage(article)
    assert [m.entity_id for m in one["mentions"]] == ["Q7747"]


@pytest.mark.corpora
def test_linking_meets_its_floors_on_the_gold_set(corpora: Path) -> None:
    model = os.environ.get("KRONIKA_NLP_MODEL")
    if model is None:
        from kronika.nlp.load import packaged_model_path

        if not (packaged_model_path() / "meta.json").is_file():
            pytest.skip("no NLP model: set KRONIKA_NLP_MODEL or build the packaged model")
    result = evaluate_linking(corpora, DEFAULT_GOLD, model)
    print(json.dumps({k: v for k, v in result.items() if k != "errors"}, indent=2))
    # Speed is printed, never asserted: timing does not decide whether a test passes.
    floors = json.loads(BASELINES.read_text(encoding="utf-8"))["entities"]["gold"]
    for name, floor in floors.items():
        assert result[name] >= floor, f"{name} {result[name]} fell below {floor}"
