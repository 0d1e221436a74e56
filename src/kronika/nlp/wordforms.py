"""Hungarian word forms seen in NerKor's training text, for telling glued words apart.

Scraped pages lose the space where a link, a bold phrase or a paragraph ended
(``tárgyalásokután``, ``azukrajnai``, ``forrásbólbiztosítja``). Whether a run of letters is
one word or two is a question about the language's vocabulary, which no rule answers alone:
:mod:`kronika.nlp.tokenizer` splits a run only when it is no form seen here and both halves
are. The list is built by :func:`build_wordforms` from NerKor ``train`` (CC BY-SA 4.0, so the
list carries that licence; devel and test are never read) and shipped as
``data/wordforms/nerkor-train.tsv.gz``: one lower-cased alphabetic form and its count per
line. ``kronika train wordforms`` rebuilds it.
"""

from __future__ import annotations

import gzip
from collections import Counter
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path

from kronika.errors import InputError

__all__ = ["build_wordforms", "load_wordforms", "wordforms_path"]


def wordforms_path() -> Path:
    """Where the shipped word-form list lives."""
    return Path(__file__).resolve().parent.parent / "data" / "wordforms" / "nerkor-train.tsv.gz"


def build_wordforms(corpora: Path, out: Path | None = None) -> int:
    """Count the alphabetic word forms of NerKor ``train`` under ``corpora/nerkor`` and write
    them to ``out`` (the shipped list by default); returns the number of forms."""
    from kronika.nlp.nerkor import read_conllup

    train = corpora / "nerkor" / "data" / "train"
    files = sorted(train.rglob("*.conllup")) if train.is_dir() else []
    if not files:
        raise InputError(f"{train}: no NerKor .conllup files; is --corpora the shared corpora?")
    counts: Counter[str] = Counter()
    for path in files:
        for sentence in read_conllup(path):
            for token in sentence.tokens:
                form = token.form.lower()
                if form.isalpha():
                    counts[form] += 1
    target = out or wordforms_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    # No file name and mtime=0 in the header: the same corpus gives the same bytes.
    with (
        open(partial, "wb") as raw,
        gzip.GzipFile(filename="", fileobj=raw, mode="wb", mtime=0) as packed,
    ):
        for form, count in sorted(counts.items()):
            packed.write(f"{form}\t{count}\n".encode())
    partial.replace(target)
    return len(counts)


@lru_cache(maxsize=2)
def load_wordforms(path: Path | None = None) -> Mapping[str, int]:
    """The word forms and their counts (the shipped list by default); empty when the list
    is absent, so that glued words are then simply not split."""
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
