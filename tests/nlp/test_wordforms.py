"""The word-form list the tokenizer splits glued words by: built from NerKor ``train`` only,
read back, and clear errors for a missing corpus or a broken list."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from kronika.errors import InputError
from kronika.nlp.wordforms import build_wordforms, load_wordforms

HEADER = "# global.columns = FORM LEMMA UPOS XPOS FEATS CONLL:NER EMMORPH:LEMMA\n"


def _conllup(*forms: str) -> str:
    return HEADER + "".join(f"{f}\t{f.lower()}\tNOUN\t[x]\t_\tO\t{f.lower()}\n" for f in forms)


def test_built_from_train_only_counting_lower_cased_alphabetic_forms(tmp_path: Path) -> None:
    root = tmp_path / "nerkor" / "data"
    (root / "train" / "news").mkdir(parents=True)
    (root / "devel" / "news").mkdir(parents=True)
    (root / "train" / "news" / "a.conllup").write_text(
        _conllup("Tárgyalások", "után", "tárgyalások", ",", "2025."), encoding="utf-8"
    )
    (root / "devel" / "news" / "b.conllup").write_text(_conllup("titok"), encoding="utf-8")
    out = tmp_path / "forms.tsv.gz"
    assert build_wordforms(tmp_path, out) == 2
    forms = load_wordforms(out)
    assert forms == {"tárgyalások": 2, "után": 1}


def test_a_missing_corpus_is_an_error_naming_the_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"no NerKor \.conllup files"):
        build_wordforms(tmp_path, tmp_path / "out.tsv.gz")
    assert not (tmp_path / "out.tsv.gz").exists()


def test_a_broken_list_is_an_error_naming_the_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.tsv.gz"
    with gzip.open(path, "wt", encoding="utf-8") as out:
        out.write("után\t3\ntárgyalások\n")
    with pytest.raises(InputError, match=r"bad.tsv.gz:2: expected"):
        load_wordforms(path)


def test_the_shipped_list_is_there() -> None:
    forms = load_wordforms()
    assert len(forms) > 50_000
    assert all(form.isalpha() for form in list(forms)[:1000])
    assert all(form.lower() in forms for form in forms)
    assert "Ukrajna" in forms and "Iroda" not in forms


def test_a_form_written_with_a_capital_inside_sentences_is_also_listed_as_a_name(
    tmp_path: Path,
) -> None:
    root = tmp_path / "nerkor" / "data" / "train" / "news"
    root.mkdir(parents=True)
    (root / "a.conllup").write_text(
        _conllup("Iroda", "és", "Gábor", ",", "Gábor", "iroda", "vagy", "Iroda", "Gábor")
        + "\n"
        + _conllup("Gábor"),
        encoding="utf-8",
    )
    build_wordforms(tmp_path, tmp_path / "forms.tsv.gz")
    forms = load_wordforms(tmp_path / "forms.tsv.gz")
    assert forms["Gábor"] == 3 and forms["gábor"] == 4
    assert "Iroda" not in forms and forms["iroda"] == 3
