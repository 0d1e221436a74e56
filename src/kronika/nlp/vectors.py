"""Static subword vectors trained here: floret on the NerKor training text.

No vectors can be downloaded, so the recipe trains its own. floret (fastText with hashed
subword buckets) suits Hungarian: an unseen inflected form (``Zelenszkijnek``) still gets a
vector from its character n-grams. Only NerKor ``train`` text is used, so the vectors carry
the corpus's CC BY-SA 4.0 licence and never see devel or test.

floret runs with one thread, which makes it deterministic for a given input.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True, slots=True)
class FloretSettings:
    """Hyperparameters of the floret vectors (``floret.train_unsupervised`` arguments)."""

    dim: int = 100
    bucket: int = 50_000
    """Hash buckets: rows of the vector table (size on disk ≈ bucket × dim × 4 bytes)."""
    minn: int = 3
    maxn: int = 5
    hash_count: int = 2
    min_count: int = 2
    epoch: int = 10
    model: str = "skipgram"


def write_sentences(docs: Any, target: Path) -> int:
    """Write each sentence of ``docs`` as one line of space-joined tokens; return the lines."""
    lines = 0
    with target.open("w", encoding="utf-8") as out:
        for doc in docs:
            for sentence in doc.sents:
                out.write(" ".join(token.text for token in sentence) + "\n")
                lines += 1
    return lines


def train_floret_vectors(
    train_docbin: Path,
    out_dir: Path,
    *,
    settings: FloretSettings | None = None,
    lang: str = "hu",
) -> Path:
    """Train floret vectors on the sentences of a DocBin; return a spaCy vectors pipeline dir.

    Writes ``out_dir/sentences.txt``, ``out_dir/vectors.floret``, ``out_dir/settings.json``
    and the directory ``out_dir/spacy`` to pass as ``paths.vectors``.
    """
    import floret
    import spacy
    from spacy.tokens import DocBin
    from spacy.training.initialize import convert_vectors

    chosen = settings or FloretSettings()
    out_dir.mkdir(parents=True, exist_ok=True)
    nlp = spacy.blank(lang)
    sentences = out_dir / "sentences.txt"
    write_sentences(DocBin().from_disk(train_docbin).get_docs(nlp.vocab), sentences)
    model = floret.train_unsupervised(
        str(sentences),
        model=chosen.model,
        mode="floret",
        dim=chosen.dim,
        bucket=chosen.bucket,
        minn=chosen.minn,
        maxn=chosen.maxn,
        hashCount=chosen.hash_count,
        minCount=chosen.min_count,
        epoch=chosen.epoch,
        thread=1,
        verbose=0,
    )
    floret_file = out_dir / "vectors.floret"
    model.save_floret_vectors(str(floret_file))
    convert_vectors(nlp, floret_file, truncate=0, prune=-1, mode="floret")
    target = out_dir / "spacy"
    nlp.to_disk(target)
    (out_dir / "settings.json").write_text(json.dumps(asdict(chosen), indent=2) + "\n")
    return target
