"""Ordered components, checked when built, with a per-article error policy."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from kronika.errors import PipelineError
from kronika.registry import BASE_ANNOTATIONS, ComponentFunction, ComponentSpec, component
from kronika.types import Article

DEFAULT_COMPONENTS: tuple[str, ...] = ("structure.rules.v1",)


class ComponentFailed(PipelineError):
    """A component raised on one article; the batch records it and goes on."""


@dataclass(frozen=True, slots=True)
class Pipeline:
    """Components run in order over one article at a time."""

    specs: tuple[ComponentSpec, ...]
    functions: tuple[ComponentFunction, ...]

    @classmethod
    def build(cls, names: Sequence[str] = DEFAULT_COMPONENTS) -> Pipeline:
        """Load the named components; report every unmet requirement in one error."""
        specs = tuple(component(name) for name in names)
        available = set(BASE_ANNOTATIONS)
        problems = []
        for spec in specs:
            missing = spec.requires - available
            if missing:
                problems.append(f"{spec.name} requires {', '.join(sorted(missing))}")
            available.add(spec.assigns)
        if problems:
            raise PipelineError(
                "the pipeline cannot run: "
                + "; ".join(problems)
                + ". Add the components that provide them earlier in the pipeline."
            )
        return cls(specs, tuple(spec.load() for spec in specs))

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(spec.name for spec in self.specs)

    def __call__(self, article: Article) -> Article:
        for spec, function in zip(self.specs, self.functions, strict=True):
            try:
                article = replace(article, **{spec.assigns: function(article)})
            except Exception as exc:  # a component bug must cost one article, not the batch
                raise ComponentFailed(f"{spec.name} failed: {type(exc).__name__}: {exc}") from exc
        return article
