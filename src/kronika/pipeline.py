"""Ordered components, checked when built, with a per-article error policy."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from kronika.errors import PipelineError
from kronika.registry import (
    BASE_ANNOTATIONS,
    Annotations,
    Component,
    ComponentSpec,
    component,
    pipe_or_map,
)
from kronika.types import Article

INGEST_COMPONENTS: tuple[str, ...] = ("structure.rules.v1",)
#: The stages that analyse a structured article: NLP, entity linking, quotes (whose speakers
#: are linked mentions), then events (whose participants are linked mentions and whose
#: reports come from quotes).
ANALYSIS_COMPONENTS: tuple[str, ...] = (
    "nlp.spacy.v1",
    "link.kb.v1",
    "quotes.rules.v1",
    "events.rules.v1",
)
PROCESS_COMPONENTS: tuple[str, ...] = ("structure.rules.v1", *ANALYSIS_COMPONENTS)
#: What an article read back from the store carries before any analysis runs again.
STORED_ANNOTATIONS = BASE_ANNOTATIONS | {"segments"}
#: What a stored article that has been analysed carries: enough to re-code its events.
ANALYSED_ANNOTATIONS = STORED_ANNOTATIONS | {
    "sentences",
    "tokens",
    "mentions",
    "quotes",
    "nlp_model",
}


class ComponentFailed(PipelineError):
    """A component raised on one article; the batch records it and goes on."""


@dataclass(frozen=True, slots=True)
class Pipeline:
    """Components run in order over articles, one at a time or in batches."""

    specs: tuple[ComponentSpec, ...]
    components: tuple[Component, ...]

    @classmethod
    def build(
        cls,
        names: Sequence[str] = INGEST_COMPONENTS,
        options: Mapping[str, Mapping[str, Any]] | None = None,
        given: frozenset[str] = BASE_ANNOTATIONS,
    ) -> Pipeline:
        """Make the named components (with their ``options``) for articles that already carry
        the annotations ``given``; report every unmet requirement in one error."""
        specs = tuple(component(name) for name in names)
        available = set(given)
        problems = []
        for spec in specs:
            missing = spec.requires - available
            if missing:
                problems.append(f"{spec.name} requires {', '.join(sorted(missing))}")
            available |= spec.assigns
        if problems:
            raise PipelineError(
                "the pipeline cannot run: "
                + "; ".join(problems)
                + ". Add the components that provide them earlier in the pipeline."
            )
        options = options or {}
        return cls(specs, tuple(spec.create(**options.get(spec.name, {})) for spec in specs))

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(spec.name for spec in self.specs)

    def component_named(self, name: str) -> Component:
        """The component registered as ``name`` in this pipeline."""
        for spec, made in zip(self.specs, self.components, strict=True):
            if spec.name == name:
                return made
        raise PipelineError(f"the pipeline has no component {name!r}: it runs {self.names}")

    def __call__(self, article: Article) -> Article:
        result = self.run_batch([article])[0]
        if isinstance(result, ComponentFailed):
            raise result
        return result

    def run_batch(self, articles: Sequence[Article]) -> list[Article | ComponentFailed]:
        """Run every component over ``articles``; an article whose component fails becomes its
        :class:`ComponentFailed` and drops out of the later components."""
        results: list[Article | ComponentFailed] = list(articles)
        for spec, made in zip(self.specs, self.components, strict=True):
            live = [(i, item) for i, item in enumerate(results) if isinstance(item, Article)]
            batch = [article for _, article in live]
            outputs: list[Annotations | ComponentFailed]
            try:
                outputs = list(pipe_or_map(made, batch))
            except Exception:  # isolate the article that broke the batch
                outputs = [_one(spec, made, article) for article in batch]
            for (index, article), output in zip(live, outputs, strict=True):
                results[index] = _apply(spec, article, output)
        return results


def _one(spec: ComponentSpec, made: Component, article: Article) -> Annotations | ComponentFailed:
    try:
        return made(article)
    except Exception as exc:  # a component bug must cost one article, not the batch
        return ComponentFailed(f"{spec.name} failed: {type(exc).__name__}: {exc}")


def _apply(
    spec: ComponentSpec, article: Article, output: Annotations | ComponentFailed
) -> Article | ComponentFailed:
    if isinstance(output, ComponentFailed):
        return output
    unexpected = set(output) - spec.assigns
    if unexpected:
        return ComponentFailed(
            f"{spec.name} assigned {', '.join(sorted(unexpected))}, which it does not declare"
        )
    try:
        return replace(article, **output)
    except (TypeError, ValueError) as exc:
        return ComponentFailed(f"{spec.name} produced invalid annotations: {exc}")
