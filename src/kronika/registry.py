"""Named, versioned pipeline components (``structure.v1``) and their contracts.

A component is a function from an :class:`~kronika.types.Article` to the value of the one
article field it ``assigns`` (``segments``, later ``tokens``, ``mentions``, ...). It declares
what it ``requires`` so a pipeline can be checked when it is built, not when it fails.
Components are named by import path and loaded on first use, so stages never import the
registry and listing components stays cheap.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from kronika.errors import PipelineError
from kronika.types import Article

ComponentFunction = Callable[[Article], Any]

#: What every article has before any component runs.
BASE_ANNOTATIONS = frozenset({"text", "date", "url", "outlet", "title"})


@dataclass(frozen=True, slots=True)
class ComponentSpec:
    """A registered component: name and version, import path, contract, help."""

    name: str
    target: str
    requires: frozenset[str]
    assigns: str
    help: str

    def load(self) -> ComponentFunction:
        """Import the component's function."""
        module_name, _, attr = self.target.partition(":")
        try:
            function: ComponentFunction = getattr(importlib.import_module(module_name), attr)
        except (ImportError, AttributeError) as exc:
            raise PipelineError(
                f"component {self.name} cannot be loaded from {self.target}: {exc}"
            ) from exc
        return function


_COMPONENTS: dict[str, ComponentSpec] = {}


def register(
    name: str, target: str, *, requires: set[str], assigns: str, help: str
) -> ComponentSpec:
    """Register a component under ``name`` (``stage.kind.vN``); names are unique."""
    if name in _COMPONENTS:
        raise PipelineError(f"component {name} is already registered")
    spec = ComponentSpec(name, target, frozenset(requires), assigns, help)
    _COMPONENTS[name] = spec
    return spec


def component(name: str) -> ComponentSpec:
    """The registered component called ``name``."""
    try:
        return _COMPONENTS[name]
    except KeyError:
        known = ", ".join(sorted(_COMPONENTS)) or "none"
        raise PipelineError(f"no component named {name!r}; registered: {known}") from None


def components() -> list[ComponentSpec]:
    """Every registered component, by name."""
    return [_COMPONENTS[name] for name in sorted(_COMPONENTS)]


register(
    "structure.rules.v1",
    "kronika.structure:segment_article",
    requires={"text", "title"},
    assigns="segments",
    help="Segments of a news page: headline, lede, paragraphs, captions, credits, quotes, junk.",
)
