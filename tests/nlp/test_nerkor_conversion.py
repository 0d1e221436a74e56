"""The NerKor → spaCy converter, on tiny hand-written CoNLL-U Plus files."""

from __future__ import annotations

from pathlib import Path

import pytest

spacy = pytest.importorskip("spacy")

from spacy.tokens import DocBin  # noqa: E402

from kronika.errors import FormatError  # noqa: E402
from kronika.nlp.nerkor import (  # noqa: E402
    GENRE_KEY,
    SOURCE_KEY,
    RepairCounts,
    convert_nerkor,
    file_to_docs,
    guess_spaces,
    read_conllup,
    repair_iob,
)

HEADER = "# global.columns = FORM LEMMA UPOS XPOS FEATS CONLL:NER EMMORPH:LEMMA\n"


def row(form: str, lemma: str, upos: str, feats: str, ner: str) -> str:
    """One 7-column token line; XPOS and the emMorph lemma are filler."""
    return f"{form}\t{lemma}\t{upos}\t[x]\t{feats}\t{ner}\t{lemma}\n"


# Two invented sentences: an inflected two-word person, a stray I-LOC, a malformed tag,
# a hashtag token (a line starting with '#' that is data, not a comment) and punctuation.
SAMPLE = (
    HEADER
    + row("Kovács", "Kovács", "PROPN", "Case=Nom|Number=Sing", "B-PER")
    + row("Jánossal", "János", "PROPN", "Case=Ins|Number=Sing", "I-PER")
    + row("találkoztunk", "találkozik", "VERB", "Mood=Ind|Tense=Past", "O")
    + row("Szegeden", "Szeged", "PROPN", "Case=Sup|Number=Sing", "I-LOC")
    + row(",", ",", "PUNCT", "_", "O")
    + row("#tavasz", "#tavasz", "NOUN", "Case=Nom", "Q")
    + row(".", ".", "PUNCT", "_", "O")
    + "\n"
    + row("„", "„", "PUNCT", "_", "O")
    + row("Igen", "igen", "INTJ", "_", "O")
    + row("”", "”", "PUNCT", "_", "O")
    + row("(", "(", "PUNCT", "_", "O")
    + row("Magyar", "magyar", "ADJ", "Case=Nom", "B-ORG")
    + row("Posta", "posta", "NOUN", "Case=Nom", "I-ORG")
    + row(")", ")", "PUNCT", "_", "O")
    + "\n"
)


@pytest.fixture()
def sample_file(tmp_path: Path) -> Path:
    path = tmp_path / "minta_1.conllup"
    path.write_text(SAMPLE, encoding="utf-8")
    return path


@pytest.fixture()
def vocab() -> object:
    return spacy.blank("hu").vocab


def test_repair_iob_turns_stray_inside_tag_into_begin() -> None:
    counts = RepairCounts()
    tags = repair_iob(["I-PER", "O", "I-LOC", "I-LOC", "B-ORG", "I-MISC"], counts)
    assert tags == ["B-PER", "O", "B-LOC", "I-LOC", "B-ORG", "B-MISC"]
    assert counts.stray_inside == 3


def test_repair_iob_turns_malformed_tag_into_outside() -> None:
    counts = RepairCounts()
    tags = repair_iob(["B-PER", "V", "I-PER", "B-XYZ", "I-"], counts)
    assert tags == ["B-PER", "O", "B-PER", "O", "O"]
    assert counts.malformed == 3
    assert counts.stray_inside == 1


def test_repair_iob_keeps_valid_tags() -> None:
    tags = ["B-LOC", "I-LOC", "O", "B-PER", "B-PER", "I-PER"]
    assert repair_iob(tags) == tags


def test_guess_spaces_follows_hungarian_typography() -> None:
    forms = ["„", "Igen", "”", ",", "mondta", "(", "ma", ")", "."]
    text = "".join(f + (" " if s else "") for f, s in zip(forms, guess_spaces(forms), strict=True))
    assert text == "„Igen”, mondta (ma). "


def test_guess_spaces_alternates_straight_quotes() -> None:
    forms = ["Azt", "írta", ":", '"', "jó", '"', "."]
    text = "".join(f + (" " if s else "") for f, s in zip(forms, guess_spaces(forms), strict=True))
    assert text == 'Azt írta: "jó". '


def test_read_conllup_keeps_hashtag_tokens_and_skips_header(sample_file: Path) -> None:
    sentences = list(read_conllup(sample_file))
    assert [len(s.tokens) for s in sentences] == [7, 7]
    assert sentences[0].tokens[5].form == "#tavasz"
    assert sentences[0].tokens[1].lemma == "János"


def test_read_conllup_rejects_line_with_wrong_column_count(tmp_path: Path) -> None:
    path = tmp_path / "rossz.conllup"
    path.write_text(HEADER + "csak\tkét\n", encoding="utf-8")
    with pytest.raises(FormatError, match=r"rossz\.conllup:2"):
        list(read_conllup(path))


def test_read_conllup_honours_space_after_no(tmp_path: Path) -> None:
    path = tmp_path / "misc.conllup"
    path.write_text(
        "# global.columns = FORM LEMMA UPOS FEATS CONLL:NER MISC\n"
        "Buda\tBuda\tPROPN\t_\tB-LOC\tSpaceAfter=No\n"
        "-\t-\tPUNCT\t_\tI-LOC\tSpaceAfter=No\n"
        "Pest\tPest\tPROPN\t_\tI-LOC\t_\n",
        encoding="utf-8",
    )
    (doc,) = file_to_docs(spacy.blank("hu").vocab, path)
    assert doc.text == "Buda-Pest"
    assert [(e.text, e.label_) for e in doc.ents] == [("Buda-Pest", "LOC")]


def test_file_to_docs_builds_annotated_doc_with_genre(sample_file: Path, vocab: object) -> None:
    counts = RepairCounts()
    (doc,) = file_to_docs(vocab, sample_file, genre="news", counts=counts)  # type: ignore[arg-type]
    assert doc.text == "Kovács Jánossal találkoztunk Szegeden, #tavasz. „Igen” (Magyar Posta)"
    assert doc.user_data[GENRE_KEY] == "news"
    assert doc.user_data[SOURCE_KEY] == "minta_1"
    assert [s.text for s in doc.sents] == [
        "Kovács Jánossal találkoztunk Szegeden, #tavasz.",
        "„Igen” (Magyar Posta)",
    ]
    assert [(e.text, e.label_, e.start_char, e.end_char) for e in doc.ents] == [
        ("Kovács Jánossal", "PER", 0, 15),
        ("Szegeden", "LOC", 29, 37),
        ("Magyar Posta", "ORG", 56, 68),
    ]
    jánossal = doc[1]
    assert (jánossal.lemma_, jánossal.pos_) == ("János", "PROPN")
    assert jánossal.morph.to_dict()["Case"] == "Ins"
    assert str(doc[4].morph) == ""
    assert counts.stray_inside == 1
    assert counts.malformed == 1


def test_file_to_docs_splits_long_files_at_sentence_boundaries(
    sample_file: Path, vocab: object
) -> None:
    docs = list(file_to_docs(vocab, sample_file, max_words=7))  # type: ignore[arg-type]
    assert [len(doc) for doc in docs] == [7, 7]
    assert docs[1].text == "„Igen” (Magyar Posta)"


def test_convert_nerkor_writes_docbins_that_keep_the_genre(tmp_path: Path) -> None:
    root = tmp_path / "nerkor"
    for split, genre in [("train", "news"), ("train", "legal"), ("devel", "web")]:
        folder = root / "data" / split / genre
        folder.mkdir(parents=True)
        (folder / f"{genre}_1.conllup").write_text(SAMPLE, encoding="utf-8")
    report = convert_nerkor(root, tmp_path / "out", splits=("train", "devel"))
    assert report.tokens == {"train/legal": 14, "train/news": 14, "devel/web": 14}
    assert report.repairs.stray_inside == 3
    nlp = spacy.blank("hu")
    docs = list(DocBin().from_disk(report.outputs["train"]).get_docs(nlp.vocab))
    assert [doc.user_data[GENRE_KEY] for doc in docs] == ["legal", "news"]
    assert all(len(doc.ents) == 3 for doc in docs)


def test_convert_nerkor_reports_missing_split(tmp_path: Path) -> None:
    with pytest.raises(FormatError, match="no NerKor files"):
        convert_nerkor(tmp_path, tmp_path / "out", splits=("test",))
