"""Tokenizer exceptions for Hungarian news on top of spaCy's Hungarian rules.

spaCy's Hungarian tokenizer already keeps ``15-én``, ``2025.``, ``Witkoff-fal``,
``Abu-Dzabiban``, ``10%-ot`` and lower-case abbreviations (``stb.``, ``kb.``, ``febr.``)
whole, and splits „…” quotes and dashes off. What it misses in news text is an abbreviation
at the start of a sentence or a title (``Jan. 23-án``, ``Kb. 300-an``, ``Szept.``): the
capitalised form of every lower-case abbreviation it knows becomes an exception too.

Scraped pages also glue words together where a paragraph or a link ended
(``tüntettekGrönlandon``, ``mondtaVolodimir``, ``szerintJ.``): a capital right after four or
more lower-case letters starts a new token. The text itself is never changed; only the token
boundary moves. Four letters keep ``iPhone``, ``McDonald`` and ``YouTube`` whole.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.symbols import ORTH

_LOWER = "a-záéíóöőúüű"
_UPPER = "A-ZÁÉÍÓÖŐÚÜŰ"
#: A zero-width boundary between a glued lower-case word and a capitalised one.
GLUED_WORDS = rf"(?<=[{_LOWER}]{{4}})(?=[{_UPPER}])"


def tune_tokenizer(nlp: Any) -> None:
    """Add the capitalised forms of the tokenizer's abbreviations as special cases, and split
    glued words."""
    tokenizer = nlp.tokenizer
    infixes = getattr(getattr(tokenizer.infix_finditer, "__self__", None), "pattern", None)
    if isinstance(infixes, str) and GLUED_WORDS not in infixes:
        tokenizer.infix_finditer = re.compile(f"{infixes}|{GLUED_WORDS}").finditer
    for orth in list(tokenizer.rules or {}):
        if len(orth) > 2 and orth.endswith(".") and orth[:-1].isalpha() and orth.islower():
            capital = orth[0].upper() + orth[1:]
            if capital not in tokenizer.rules:
                tokenizer.add_special_case(capital, [{ORTH: capital}])
