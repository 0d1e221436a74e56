"""Hungarian word forms seen in NerKor's training text, for telling glued words apart.

Scraped pages lose the space where a link, a bold phrase or a paragraph ended
(``tárgyalásokután``, ``azukrajnai``, ``forrásbólbiztosítja``). Whether a run of letters is
one word or two is a question about the language's vocabulary, which no rule answers alone:
:mod:`kronika.nlp.tokenizer` splits a run only when it is no form seen here and both halves
are. The list is built by :func:`build_wordforms` from NerKor ``train`` (CC BY-SA 4.0, so the
list carries that licence; devel and test are never read) and shipped as
``data/wordforms/nerkor-train.tsv.gz``: one lower-cased alphabetic form and its count per
line. ``kronika train wordforms`` rebuilds it.

A form NerKor writes with a capital inside a sentence (after a word or a comma) at least
:data:`NAME_MIN` times and more often than not is a name (``Viktor``, ``Ukrajna``,
``Bizottság``): it is listed a second time, capitalised, with that count, so that a name
glued to the next word (``Viktorugyanis``) can be told from a compound written at the start
of a sentence (``Irodaház``, where ``iroda`` is a common noun).
"""

from __future__ import annotations

import gzip
from collections import Counter
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path

from kronika.errors import InputError

__all__ = ["NAME_MIN", "build_wordforms", "load_wordforms", "wordforms_path"]

#: How often a form must be written with a capital inside a sentence to count as a name.
NAME_MIN = 2


def wordforms_path() -> Path:
    """Where the shipped word-form list lives."""
    return Path(__file__).resolve().parent.parent / "data" / "wordforms" / "nerkor-train.tsv.gz"


def build_wordforms(corpora: Path, out: Path | None = None) -> int:
    """Count the alphabetic word forms of NerKor ``train`` under ``corpora/nerkor`` and write
    them to ``out`` (the shipped list by default), names also capitalised (see the module
    docstring); returns the number of lower-cased forms."""
    from kronika.nlp.nerkor import read_conllup

    train = corpora / "nerkor" / "data" / "train"
    files = sorted(train.rglob("*.conllup")) if train.is_dir() else []
    if not files:
        raise InputError(f"{train}: no NerKor .conllup files; is --corpora the shared corpora?")
    counts: Counter[str] = Counter()
    inside: Counter[str] = Counter()
    capitalised: Counter[str] = Counter()
    for path in files:
        for sentence in read_conllup(path):
            before = ""
            for token in sentence.tokens:
                form = token.form.lower()
                if form.isalpha():
                    counts[form] += 1
                    if before.isalnum() or before == ",":
                        inside[form] += 1
                        capitalised[form] += token.form[0].isupper()
                before = token.form
    names = {
        form.capitalize(): count
        for form, count in capitalised.items()
        if count >= NAME_MIN and 2 * count > inside[form]
    }
    target = out or wordforms_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    # No file name and mtime=0 in the header: the same corpus gives the same bytes.
    with (
        open(partial, "wb") as raw,
        gzip.GzipFile(filename="", fileobj=raw, mode="wb", mtime=0) as packed,
    ):
        for form, count in sorted({**counts, **names}.items()):
            packed.write(f"{form}\t{count}\n".encode())
    partial.replace(target)
    return len(counts)


@lru_cache(maxsize=2)
def load_wordforms(path: Path | None = None) -> Mapping[str, int]:
    """The word forms and their counts (the shipped list by default), names also capitalised;
    empty when the list is absent, so that glued words are then simply not split."""
    source = path or wordforms_path()
    if not source.is_file():
        return {}
    forms: dict[str, int] = {}
    with gzip.open(source, "rt", encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            form, tab, count = line.rstrip("\n").partition("\t")
            if not tab or not count.isdigit():
                raise InputError(f"{source}:{number}: expected 'form<TAB>count'")
            forms[form] = int(count)
    return forms
