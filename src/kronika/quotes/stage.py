"""The quotes pipeline component: ``kronika.quotes:QuoteStage``."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from kronika.quotes.extract import extract_quotes
from kronika.quotes.lexicon import DEFAULT_CUES, load_cues
from kronika.types import Article


class QuoteStage:
    """Finds the direct quotes and indirect statements of articles that carry segments,
    sentences, tokens and linked mentions; assigns ``quotes``."""

    def __init__(self, cues: str | Path | None = None) -> None:
        self.cues = load_cues(Path(cues) if cues else DEFAULT_CUES)

    def __call__(self, article: Article) -> dict[str, Any]:
        return {"quotes": extract_quotes(article, self.cues)}

    def pipe(self, articles: Sequence[Article]) -> Iterator[dict[str, Any]]:
        """The annotations of each article, in order."""
        for article in articles:
            yield self(article)
