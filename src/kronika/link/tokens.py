"""Token lookups by character offset, shared by the name linker and the description finder."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from kronika.types import Token


@dataclass(frozen=True, slots=True)
class TokenView:
    """An article's tokens (sorted by offset) with bisect lookups by character span."""

    tokens: tuple[Token, ...]
    starts: tuple[int, ...]

    @classmethod
    def of(cls, tokens: tuple[Token, ...]) -> TokenView:
        ordered = tuple(sorted(tokens, key=lambda t: t.start))
        return cls(ordered, tuple(t.start for t in ordered))

    def within(self, start: int, end: int) -> range:
        """Indices of the tokens that start inside ``[start, end)``."""
        return range(bisect_left(self.starts, start), bisect_left(self.starts, end))

    def before(self, offset: int) -> int:
        """Index of the last token starting before ``offset`` (-1 when there is none)."""
        return bisect_left(self.starts, offset) - 1

    def after(self, offset: int) -> int:
        """Index of the first token starting at or after ``offset`` (len when there is none)."""
        return bisect_right(self.starts, offset - 1)

    def get(self, index: int) -> Token | None:
        """The token at ``index``, or None outside the article."""
        return self.tokens[index] if 0 <= index < len(self.tokens) else None
