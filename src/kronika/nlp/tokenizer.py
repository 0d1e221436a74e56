"""Tokenizer exceptions for Hungarian news on top of spaCy's Hungarian rules.

spaCy's Hungarian tokenizer already keeps ``15-én``, ``2025.``, ``Witkoff-fal``,
``Abu-Dzabiban``, ``10%-ot`` and lower-case abbreviations (``stb.``, ``kb.``, ``febr.``)
whole, and splits „…” quotes and dashes off. What it misses in news text is an abbreviation
at the start of a sentence or a title (``Jan. 23-án``, ``Kb. 300-an``, ``Szept.``): the
capitalised form of every lower-case abbreviation it knows becomes an exception too.
"""

from __future__ import annotations

from typing import Any

from spacy.symbols import ORTH


def tune_tokenizer(nlp: Any) -> None:
    """Add the capitalised forms of the tokenizer's abbreviations as special cases."""
    tokenizer = nlp.tokenizer
    for orth in list(tokenizer.rules or {}):
        if len(orth) > 2 and orth.endswith(".") and orth[:-1].isalpha() and orth.islower():
            capital = orth[0].upper() + orth[1:]
            if capital not in tokenizer.rules:
                tokenizer.add_special_case(capital, [{ORTH: capital}])
