"""The linking pipeline component: ``kronika.link:LinkStage``."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from kronika.link.index import KbIndex, load_index
from kronika.link.linker import link_mentions
from kronika.types import Article


class LinkStage:
    """Links every mention of an article to a KB entity or a local NIL id and adds the role
    descriptions it finds; assigns ``mentions``. The KB index is built on first use and
    shared by every stage of the process that reads the same KB file."""

    def __init__(self, kb: str | None = None) -> None:
        self.kb = kb

    @property
    def index(self) -> KbIndex:
        return load_index(self.kb)

    def __call__(self, article: Article) -> dict[str, Any]:
        return {"mentions": link_mentions(article, self.index)}

    def pipe(self, articles: Sequence[Article]) -> Iterator[dict[str, Any]]:
        """The annotations of each article, in order."""
        index = self.index
        for article in articles:
            yield {"mentions": link_mentions(article, index)}
