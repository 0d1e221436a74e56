"""Tokenizer exceptions for Hungarian news on top of spaCy's Hungarian rules.

spaCy's Hungarian tokenizer already keeps ``15-én``, ``2025.``, ``Witkoff-fal``,
``Abu-Dzabiban``, ``10%-ot`` and lower-case abbreviations (``stb.``, ``kb.``, ``febr.``)
whole, and splits „…” quotes and dashes off. What it misses in news text is an abbreviation
at the start of a sentence or a title (``Jan. 23-án``, ``Kb. 300-an``, ``Szept.``): the
capitalised form of every lower-case abbreviation it knows becomes an exception too.

Scraped pages also glue words together where a paragraph or a link ended
(``tüntettekGrönlandon``, ``mondtaVolodimir``, ``szerintJ.``): a capital right after a
lower-case word of four or more letters starts a new token. The text itself is never
changed; only the token boundary moves. Camel-case names (``BlackBerry``, ``iPhone``) stay
whole.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from spacy.symbols import ORTH

_LOWER = frozenset("abcdefghijklmnopqrstuvwxyzáéíóöőúüű")
#: How many lower-case letters must come before a glued capital.
GLUED_MIN = 4


@dataclass(frozen=True, slots=True)
class _Boundary:
    """A zero-width infix match, shaped like ``re.Match`` where spaCy reads it."""

    position: int

    def start(self) -> int:
        return self.position

    def end(self) -> int:
        return self.position


def glued_boundaries(text: str) -> list[_Boundary]:
    """Where a glued capital starts a new word: ``tüntettekGrönlandon`` → after
    ``tüntettek``. Only in a piece that starts with a lower-case word of at least
    :data:`GLUED_MIN` letters, so brand names written in camel case (``BlackBerry``,
    ``LibreOffice``, ``MobileMe``) stay whole."""
    run = 0
    while run < len(text) and text[run] in _LOWER:
        run += 1
    if run >= GLUED_MIN and run < len(text) and text[run].isupper():
        return [_Boundary(run)]
    return []


def tune_tokenizer(nlp: Any) -> None:
    """Add the capitalised forms of the tokenizer's abbreviations as special cases, and split
    glued words."""
    tokenizer = nlp.tokenizer
    finditer = tokenizer.infix_finditer
    if finditer is not None and not getattr(finditer, "splits_glued_words", False):
        tokenizer.infix_finditer = _with_glued_words(finditer)
    for orth in list(tokenizer.rules or {}):
        if len(orth) > 2 and orth.endswith(".") and orth[:-1].isalpha() and orth.islower():
            capital = orth[0].upper() + orth[1:]
            if capital not in tokenizer.rules:
                tokenizer.add_special_case(capital, [{ORTH: capital}])


def _with_glued_words(finditer: Callable[[str], Iterable[Any]]) -> Callable[[str], list[Any]]:
    """spaCy's infix matches of a piece, with a glued-word boundary first when it has one."""

    def find(text: str) -> list[Any]:
        found = list(finditer(text))
        boundaries = glued_boundaries(text)
        if boundaries and not any(m.start() <= boundaries[0].position < m.end() for m in found):
            found = sorted([*found, *boundaries], key=lambda m: m.start())
        return found

    find.splits_glued_words = True  # type: ignore[attr-defined]
    return find
