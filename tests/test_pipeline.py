"""Pipelines are checked when built and isolate a failing article."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pytest

from kronika.errors import PipelineError
from kronika.pipeline import ComponentFailed, Pipeline
from kronika.registry import ComponentSpec, component, components
from kronika.types import Article, Segment, SegmentKind


def test_unmet_requirements_are_reported_together_when_built() -> None:
    with pytest.raises(PipelineError, match=r"nlp\.spacy\.v1 requires segments"):
        Pipeline.build(("nlp.spacy.v1",))
    with pytest.raises(PipelineError, match=r"no component named 'nope\.v1'"):
        Pipeline.build(("nope.v1",))


def test_registered_components_declare_their_contracts() -> None:
    names = [spec.name for spec in components()]
    assert names == sorted(names) and "structure.rules.v1" in names
    assert component("nlp.spacy.v1").requires == {"text", "segments"}


class Batched:
    """A component with ``pipe`` that breaks the whole batch on one bad article."""

    def __call__(self, article: Article) -> dict[str, Any]:
        if "rossz" in article.text:
            raise ValueError("rossz cikk")
        return {"segments": (Segment(SegmentKind.PARAGRAPH, 0, len(article.text)),)}

    def pipe(self, articles: Sequence[Article]) -> list[dict[str, Any]]:
        return [self(article) for article in articles]


def spec(assigns: set[str]) -> ComponentSpec:
    return ComponentSpec("test.batched.v1", "x:y", frozenset({"text"}), frozenset(assigns), "")


def test_a_batch_failure_is_narrowed_to_the_article_that_caused_it() -> None:
    pipeline = Pipeline((spec({"segments"}),), (Batched(),))
    good, bad = Article(text="jó cikk", date=None), Article(text="rossz cikk", date=None)
    results = pipeline.run_batch([good, bad, good])
    assert isinstance(results[0], Article) and results[0].segments
    assert isinstance(results[1], ComponentFailed)
    assert "test.batched.v1 failed: ValueError: rossz cikk" in str(results[1])
    assert results[2] == results[0]


def test_a_component_may_not_assign_what_it_does_not_declare() -> None:
    pipeline = Pipeline((spec({"mentions"}),), (Batched(),))
    [result] = pipeline.run_batch([Article(text="jó cikk", date=None)])
    assert isinstance(result, ComponentFailed) and "does not declare" in str(result)


def test_invalid_spans_from_a_component_fail_that_article() -> None:
    def overreach(article: Article) -> dict[str, Any]:
        return {"segments": (Segment(SegmentKind.PARAGRAPH, 0, len(article.text) + 5),)}

    pipeline = Pipeline((spec({"segments"}),), (overreach,))
    with pytest.raises(ComponentFailed, match="invalid annotations"):
        pipeline(Article(text="rövid", date=None))
    with pytest.raises(PipelineError, match="no component 'other'"):
        pipeline.component_named("other")


def test_time_last_component_times_the_last_stage_apart() -> None:
    from kronika.evaluation import time_last_component

    articles = {
        "a": Article(text="jó cikk", date=None),
        "b": Article(text="rossz cikk", date=None),
    }
    run = time_last_component(articles, ("structure.rules.v1",), None)
    assert set(run.results) == {"a", "b"} and run.results["a"].segments
    assert run.before_seconds >= 0 and run.last_seconds > 0 and run.load_seconds > 0
