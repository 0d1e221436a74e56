"""The linking pipeline component: ``kronika.link:LinkStage``."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from kronika.kb.index import KbIndex, index_of, load_index
from kronika.link.linker import link_mentions
from kronika.types import Article, Entity


class LinkStage:
    """Links every mention of an article to a KB entity or a local NIL id and adds the role
    descriptions it finds; assigns ``mentions``. The KB index is built on first use and
    shared by every stage of the process that reads the same KB file."""

    def __init__(self, kb: str | None = None, entities: Sequence[Entity] | None = None) -> None:
        self.kb = kb
        self.entities = entities
        self._own_index: KbIndex | None = None

    @property
    def index(self) -> KbIndex:
        """The index over ``entities`` (a store's KB, analysts' edits included) when given,
        else over the KB file ``kb`` (the packaged one by default)."""
        if self.entities is None:
            return load_index(self.kb)
        if self._own_index is None:
            self._own_index = index_of(self.entities)
        return self._own_index

    def __call__(self, article: Article) -> dict[str, Any]:
        return {"mentions": link_mentions(article, self.index)}

    def pipe(self, articles: Sequence[Article]) -> Iterator[dict[str, Any]]:
        """The annotations of each article, in order."""
        index = self.index
        for article in articles:
            yield {"mentions": link_mentions(article, index)}
