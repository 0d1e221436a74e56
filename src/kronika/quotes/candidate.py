"""A statement found by one of the finders, before overlaps are settled and context
speakers resolved."""

from __future__ import annotations

from dataclasses import dataclass

from kronika.quotes.view import Subject
from kronika.types import QuoteKind

# Which finder wins when two find overlapping statements: word-for-word quotes first, then a
# named source ("a TASZSZ-ra hivatkozva") over the outlet that relays it, then verbs, then
# "szerint".
PRIORITY = {"referral": 1, "verb": 2, "trailing": 2, "nominal": 3}
_TRIM = " \t\r\n\u00a0"
_FINAL = ".!?…;,:"


@dataclass(slots=True)
class Candidate:
    """A statement span with its cue and what the subject search found (None: nothing
    printed, so the speaker comes from the context)."""

    start: int
    end: int
    kind: QuoteKind
    cue: str
    cue_start: int
    cue_end: int
    subject: Subject | None
    form: str

    @property
    def priority(self) -> int:
        kind, finder = self.form.split(".")[:2]
        return 0 if kind == "direct" else PRIORITY[finder]


def trimmed(text: str, start: int, end: int, *, final: bool = False) -> tuple[int, int]:
    """``[start, end)`` without surrounding whitespace and dialogue dashes, and without the
    closing punctuation when ``final`` (a reported clause ends before its full stop)."""
    strip_end = _TRIM + (_FINAL if final else "") + "–—"
    while start < end and text[start] in _TRIM + "–—":
        start += 1
    while end > start and text[end - 1] in strip_end:
        end -= 1
    return start, end
