"""Convert NYTK-NerKor (CoNLL-U Plus) into spaCy training data.

NerKor ships one ``.conllup`` file per source document under
``data/{train,devel,test}/{fiction,legal,news,web,wikipedia}/``. Each file starts with a
``# global.columns = ...`` header naming its columns (``FORM LEMMA UPOS XPOS FEATS
CONLL:NER EMMORPH:LEMMA``); sentences are separated by blank lines. Tokens may themselves
start with ``#`` (hashtags), so a line is a comment only when it does not have the
declared number of columns.

The corpus records no whitespace, so :func:`guess_spaces` reconstructs the spacing of
ordinary Hungarian typography; a ``SpaceAfter=No`` in a ``MISC`` column wins where a file
has one. The NER column is IOB2 with a few stray ``I-`` tags (an ``I-X`` that does not
continue an ``X``) and one tag that is not IOB at all; :func:`repair_iob` turns the former
into ``B-X`` and the latter into ``O``.

Every converted :class:`~spacy.tokens.Doc` keeps its genre and source file in
``doc.user_data`` (keys :data:`GENRE_KEY`, :data:`SOURCE_KEY`), which :class:`DocBin`
stores, so evaluation can report per genre.

NerKor is CC BY-SA 4.0; the converted files are derived data and stay under that licence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

from spacy.tokens import Doc, DocBin
from spacy.vocab import Vocab

from kronika.errors import FormatError

GENRES: Final = ("fiction", "legal", "news", "web", "wikipedia")
"""The five NerKor genres, in the corpus's order."""

SPLITS: Final = ("train", "devel", "test")
"""NerKor's split folder names."""

GENRE_KEY: Final = "genre"
"""``doc.user_data`` key holding the NerKor genre of a converted doc."""

SOURCE_KEY: Final = "source"
"""``doc.user_data`` key holding the source file name (without suffix)."""

ENTITY_LABELS: Final = frozenset({"PER", "LOC", "ORG", "MISC"})
"""The NE types NerKor annotates."""

DEFAULT_COLUMNS: Final = ("FORM", "LEMMA", "UPOS", "XPOS", "FEATS", "CONLL:NER", "EMMORPH:LEMMA")
"""Column layout assumed when a file has no ``# global.columns`` header."""

_COLUMNS_HEADER = re.compile(r"^#\s*global\.columns\s*=\s*(?P<names>.+?)\s*$")
_IOB_TAG = re.compile(r"^(?P<prefix>[BI])-(?P<label>[A-Z]+)$")
_UPOS_TAGS = frozenset(
    {
        *("ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM"),
        *("PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"),
    }
)
_EMPTY = "_"

# Typography used to guess spacing where the corpus does not record it.
_NO_SPACE_BEFORE = frozenset([*".,;:!?)]}”»…%", "''", "...", "?!", "!?"])
_NO_SPACE_AFTER = frozenset("([{„«")
_STRAIGHT_QUOTES = frozenset({'"', "'"})


@dataclass(frozen=True, slots=True)
class ConlluToken:
    """One token row of a NerKor file, reduced to the columns Krónika trains on."""

    form: str
    lemma: str
    upos: str
    feats: str
    ner: str
    space_after: bool | None = None
    """``False`` where the file says ``SpaceAfter=No``; ``None`` where it says nothing."""


@dataclass(frozen=True, slots=True)
class ConlluSentence:
    """The token rows of one sentence, in order."""

    tokens: tuple[ConlluToken, ...]


@dataclass(slots=True)
class RepairCounts:
    """How many NER tags the conversion had to repair, for the conversion report."""

    stray_inside: int = 0
    """``I-X`` tags that did not continue an ``X`` and became ``B-X``."""
    malformed: int = 0
    """Tags that were neither ``O`` nor ``B-``/``I-`` of a known type and became ``O``."""

    def add(self, other: RepairCounts) -> None:
        """Add another file's counts to these."""
        self.stray_inside += other.stray_inside
        self.malformed += other.malformed


@dataclass(slots=True)
class ConversionReport:
    """What :func:`convert_nerkor` wrote: docs, sentences and tokens per split and genre."""

    docs: dict[str, int] = field(default_factory=dict)
    sentences: dict[str, int] = field(default_factory=dict)
    tokens: dict[str, int] = field(default_factory=dict)
    repairs: RepairCounts = field(default_factory=RepairCounts)
    outputs: dict[str, Path] = field(default_factory=dict)


def repair_iob(tags: Sequence[str], counts: RepairCounts | None = None) -> list[str]:
    """Return IOB2 tags in which every ``I-X`` continues an ``X`` entity.

    An ``I-X`` after ``O``, at the start, or after a tag of another type starts a new
    entity (``B-X``). A tag that is not ``O`` and not ``B-``/``I-`` followed by one of
    :data:`ENTITY_LABELS` becomes ``O``. ``counts``, if given, is incremented per repair.
    """
    repaired: list[str] = []
    previous_label: str | None = None
    for tag in tags:
        match = _IOB_TAG.match(tag)
        if tag == "O":
            repaired.append(tag)
            previous_label = None
            continue
        if match is None or match["label"] not in ENTITY_LABELS:
            if counts is not None:
                counts.malformed += 1
            repaired.append("O")
            previous_label = None
            continue
        label = match["label"]
        if match["prefix"] == "I" and previous_label != label:
            if counts is not None:
                counts.stray_inside += 1
            tag = f"B-{label}"
        repaired.append(tag)
        previous_label = label
    return repaired


def guess_spaces(forms: Sequence[str]) -> list[bool]:
    """Guess, for each token, whether a space follows it in running Hungarian text.

    No space before closing punctuation (``. , ; : ! ? ) ] } ” » … %``), none after opening
    brackets and quotes (``( [ { „ «``); straight quotes alternate between opening and
    closing. The last token is followed by a space (the sentence separator); callers
    decide what follows the end of a document.
    """
    spaces = [True] * len(forms)
    quote_open: dict[str, bool] = {quote: False for quote in _STRAIGHT_QUOTES}
    for i, form in enumerate(forms):
        if form in _STRAIGHT_QUOTES:
            if quote_open[form]:
                if i > 0:
                    spaces[i - 1] = False
            else:
                spaces[i] = False
            quote_open[form] = not quote_open[form]
            continue
        if form in _NO_SPACE_BEFORE and i > 0:
            spaces[i - 1] = False
        if form in _NO_SPACE_AFTER:
            spaces[i] = False
    if forms:
        spaces[-1] = True
    return spaces


def _column_index(columns: Sequence[str], path: Path) -> dict[str, int]:
    """Map the column names Krónika needs to their positions, or raise FormatError."""
    index = {name: i for i, name in enumerate(columns)}
    missing = [
        name for name in ("FORM", "LEMMA", "UPOS", "FEATS", "CONLL:NER") if name not in index
    ]
    if missing:
        raise FormatError(
            f"{path}: the columns header lacks {', '.join(missing)}; "
            "expected a NerKor CoNLL-U Plus file"
        )
    return index


def _space_after(misc: str) -> bool | None:
    """Read ``SpaceAfter=No`` from a MISC field; ``None`` when the field says nothing."""
    if misc in ("", _EMPTY):
        return None
    for item in misc.split("|"):
        if item == "SpaceAfter=No":
            return False
    return None


def read_conllup(path: Path) -> Iterator[ConlluSentence]:
    """Yield the sentences of one CoNLL-U Plus file.

    Raises :class:`~kronika.errors.FormatError` for a token line with the wrong number of
    columns, naming the file and line.
    """
    columns: tuple[str, ...] = DEFAULT_COLUMNS
    index = _column_index(columns, path)
    tokens: list[ConlluToken] = []
    with path.open(encoding="utf-8") as lines:
        for number, raw in enumerate(lines, start=1):
            line = raw.rstrip("\r\n")
            if not line.strip():
                if tokens:
                    yield ConlluSentence(tuple(tokens))
                    tokens = []
                continue
            fields = line.split("\t")
            if line.startswith("#") and len(fields) != len(columns):
                header = _COLUMNS_HEADER.match(line)
                if header is not None:
                    columns = tuple(header["names"].split())
                    index = _column_index(columns, path)
                continue
            if len(fields) != len(columns):
                raise FormatError(
                    f"{path}:{number}: expected {len(columns)} tab-separated columns, "
                    f"found {len(fields)}; is this a NerKor .conllup file?"
                )
            misc = fields[index["MISC"]] if "MISC" in index else _EMPTY
            tokens.append(
                ConlluToken(
                    form=fields[index["FORM"]],
                    lemma=fields[index["LEMMA"]],
                    upos=fields[index["UPOS"]],
                    feats=fields[index["FEATS"]],
                    ner=fields[index["CONLL:NER"]],
                    space_after=_space_after(misc),
                )
            )
    if tokens:
        yield ConlluSentence(tuple(tokens))


def sentences_to_doc(
    vocab: Vocab,
    sentences: Sequence[ConlluSentence],
    *,
    genre: str | None = None,
    source: str | None = None,
    counts: RepairCounts | None = None,
) -> Doc:
    """Build one annotated :class:`Doc` from consecutive sentences.

    The doc carries words, reconstructed spaces, sentence starts, lemmas, UPOS, morphology
    (``_`` becomes empty) and IOB entities repaired by :func:`repair_iob` per sentence.
    ``genre`` and ``source`` go into ``doc.user_data``.
    """
    words: list[str] = []
    spaces: list[bool] = []
    sent_starts: list[bool | int | None] = []
    lemmas: list[str] = []
    pos: list[str] = []
    morphs: list[str] = []
    ents: list[str] = []
    for sentence in sentences:
        forms = [token.form for token in sentence.tokens]
        guessed = guess_spaces(forms)
        for i, token in enumerate(sentence.tokens):
            words.append(token.form)
            spaces.append(guessed[i] if token.space_after is None else token.space_after)
            sent_starts.append(i == 0)
            lemmas.append(token.form if token.lemma in ("", _EMPTY) else token.lemma)
            pos.append(token.upos if token.upos in _UPOS_TAGS else "X")
            morphs.append("" if token.feats == _EMPTY else token.feats)
        ents.extend(repair_iob([token.ner for token in sentence.tokens], counts))
    if spaces:
        spaces[-1] = False
    doc = Doc(
        vocab,
        words=words,
        spaces=spaces,
        sent_starts=sent_starts,
        lemmas=lemmas,
        pos=pos,
        morphs=morphs,
        ents=ents,
    )
    if genre is not None:
        doc.user_data[GENRE_KEY] = genre
    if source is not None:
        doc.user_data[SOURCE_KEY] = source
    return doc


def _chunks(sentences: Iterable[ConlluSentence], max_words: int) -> Iterator[list[ConlluSentence]]:
    """Group consecutive sentences into chunks of at most ``max_words`` tokens.

    A single sentence longer than ``max_words`` forms a chunk of its own.
    """
    chunk: list[ConlluSentence] = []
    size = 0
    for sentence in sentences:
        length = len(sentence.tokens)
        if chunk and size + length > max_words:
            yield chunk
            chunk, size = [], 0
        chunk.append(sentence)
        size += length
    if chunk:
        yield chunk


def file_to_docs(
    vocab: Vocab,
    path: Path,
    *,
    genre: str | None = None,
    max_words: int = 300,
    counts: RepairCounts | None = None,
) -> Iterator[Doc]:
    """Convert one ``.conllup`` file into docs of consecutive sentences (≤ ``max_words``).

    NerKor files are long documents; chunking keeps training batches even while
    preserving sentence order and the context between neighbouring sentences.
    """
    for chunk in _chunks(read_conllup(path), max_words):
        yield sentences_to_doc(vocab, chunk, genre=genre, source=path.stem, counts=counts)


def split_files(nerkor_root: Path, split: str) -> list[tuple[str, Path]]:
    """List ``(genre, path)`` for every file of a split, sorted for reproducibility.

    ``nerkor_root`` is the corpus folder (the one holding ``data/``) or ``data/`` itself.
    Raises :class:`~kronika.errors.FormatError` when the split folder is missing or empty.
    """
    data = nerkor_root / "data" if (nerkor_root / "data").is_dir() else nerkor_root
    folder = data / split
    found = [
        (genre, path) for genre in GENRES for path in sorted((folder / genre).glob("*.conllup"))
    ]
    if not found:
        raise FormatError(
            f"no NerKor files under {folder}/<genre>/*.conllup; "
            "point --corpora at the folder that holds nerkor/"
        )
    return found


def convert_nerkor(
    nerkor_root: Path,
    out_dir: Path,
    *,
    splits: Sequence[str] = SPLITS,
    lang: str = "hu",
    max_words: int = 300,
) -> ConversionReport:
    """Convert NerKor splits into ``out_dir/<split>.spacy`` DocBins.

    Each doc keeps its genre and source file in ``user_data``. Returns a report with
    counts per ``<split>/<genre>`` key, the NER repairs made and the written paths.
    """
    import spacy

    vocab = spacy.blank(lang).vocab
    out_dir.mkdir(parents=True, exist_ok=True)
    report = ConversionReport()
    for split in splits:
        doc_bin = DocBin(store_user_data=True)
        for genre, path in split_files(nerkor_root, split):
            key = f"{split}/{genre}"
            for doc in file_to_docs(
                vocab, path, genre=genre, max_words=max_words, counts=report.repairs
            ):
                doc_bin.add(doc)
                report.docs[key] = report.docs.get(key, 0) + 1
                report.sentences[key] = report.sentences.get(key, 0) + sum(1 for _ in doc.sents)
                report.tokens[key] = report.tokens.get(key, 0) + len(doc)
        target = out_dir / f"{split}.spacy"
        doc_bin.to_disk(target)
        report.outputs[split] = target
    return report
