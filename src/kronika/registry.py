"""Named, versioned pipeline components (``structure.rules.v1``) and their contracts.

A component is made by a factory (named by import path, loaded on first use, so stages never
import the registry and listing components stays cheap). It is a callable from an
:class:`~kronika.types.Article` to a mapping of the article fields it ``assigns``
(``segments``; ``sentences``, ``tokens``, ``mentions``, ...), and may offer ``pipe`` for
batches. It declares what it ``requires`` so a pipeline is checked when it is built, not
when it fails.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from kronika.errors import PipelineError
from kronika.types import Article

#: What every article has before any component runs.
BASE_ANNOTATIONS = frozenset({"text", "date", "url", "outlet", "title"})

Annotations = Mapping[str, Any]


class Component(Protocol):
    """What a factory returns: one article in, its new annotations out."""

    def __call__(self, article: Article, /) -> Annotations: ...


@dataclass(frozen=True, slots=True)
class ComponentSpec:
    """A registered component: name and version, factory import path, contract, help."""

    name: str
    factory: str
    requires: frozenset[str]
    assigns: frozenset[str]
    help: str

    def create(self, **options: Any) -> Component:
        """Import the factory and make the component with ``options``."""
        module_name, _, attr = self.factory.partition(":")
        try:
            factory: Callable[..., Component] = getattr(importlib.import_module(module_name), attr)
        except (ImportError, AttributeError) as exc:
            raise PipelineError(
                f"component {self.name} cannot be loaded from {self.factory}: {exc}"
            ) from exc
        return factory(**options)


def pipe_or_map(component: Component, articles: Sequence[Article]) -> Iterable[Annotations]:
    """Run a component over a batch: its own ``pipe`` when it has one, else one by one."""
    pipe = getattr(component, "pipe", None)
    if callable(pipe):
        return list(pipe(articles))
    return [component(article) for article in articles]


_COMPONENTS: dict[str, ComponentSpec] = {}


def register(
    name: str, factory: str, *, requires: set[str], assigns: set[str], help: str
) -> ComponentSpec:
    """Register a component under ``name`` (``stage.kind.vN``); names are unique."""
    if name in _COMPONENTS:
        raise PipelineError(f"component {name} is already registered")
    spec = ComponentSpec(name, factory, frozenset(requires), frozenset(assigns), help)
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
    "kronika.structure:structure_component",
    requires={"text", "title"},
    assigns={"segments"},
    help="Segments of a news page: headline, lede, paragraphs, captions, credits, quotes, junk.",
)
register(
    "nlp.spacy.v1",
    "kronika.nlp.stage:NlpStage",
    requires={"text", "segments"},
    assigns={"sentences", "tokens", "mentions", "nlp_model"},
    help="Sentences, tokens with lemma, UPOS and features, and PER/ORG/LOC/MISC mentions, "
    "from a spaCy pipeline for Hungarian (Krónika's own by default).",
)
register(
    "link.kb.v1",
    "kronika.link:LinkStage",
    requires={"mentions", "tokens", "sentences", "date"},
    assigns={"mentions"},
    help="Every mention linked to a knowledge-base entity (Wikidata QID where known) or a "
    "local NIL id, with confidence and rule; role descriptions (az ukrán elnök) added.",
)
register(
    "quotes.rules.v1",
    "kronika.quotes:QuoteStage",
    # Speakers come from linked mentions: run after link.kb.v1.
    requires={"segments", "sentences", "tokens", "mentions"},
    assigns={"quotes"},
    help="Direct quotes and indirect statements with their cue lemma and linked speaker.",
)
register(
    "events.rules.v1",
    "kronika.extract.stage:EventStage",
    # Participants are linked mentions and reports come from quotes: run after both.
    requires={"segments", "sentences", "tokens", "mentions", "quotes", "date"},
    assigns={"events", "event_coder"},
    help="PLOVER events: type, mode, actors, recipients, place, date, modality, measures "
    "and evidence spans, from the Hungarian trigger lexicon and argument frames.",
)
