"""Score a trained pipeline on NerKor, overall and per genre, from raw text.

The pipeline sees only each gold doc's text (its own tokenizer included); spaCy's
:class:`~spacy.scorer.Scorer` aligns the predicted tokens to the gold ones. Reported:
NER precision/recall/F1 overall and per type, UPOS, UFeats (whole feature string) and
lemma accuracy, sentence F1, speed in words per second over the whole pipeline, and the
model's size on disk. All scores are percentages.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from kronika.nlp.nerkor import GENRE_KEY, file_to_docs, split_files

Report = dict[str, Any]


def _percent(value: Any) -> float | None:
    """spaCy scores are fractions or None; report rounded percentages."""
    return None if value is None else round(float(value) * 100, 2)


def _summarise(scores: dict[str, Any]) -> Report:
    """Keep the metrics Krónika reports from a spaCy score dict."""
    per_type = scores.get("ents_per_type") or {}
    return {
        "ner": {
            "p": _percent(scores.get("ents_p")),
            "r": _percent(scores.get("ents_r")),
            "f": _percent(scores.get("ents_f")),
            "per_type": {
                label: {key: _percent(value) for key, value in sorted(prf.items())}
                for label, prf in sorted(per_type.items())
            },
        },
        "upos": _percent(scores.get("pos_acc")),
        "ufeats": _percent(scores.get("morph_acc")),
        "lemma": _percent(scores.get("lemma_acc")),
        "sents_f": _percent(scores.get("sents_f")),
    }


def _directory_bytes(path: Path) -> int:
    """Total size of the files under a model directory."""
    return sum(item.stat().st_size for item in path.rglob("*") if item.is_file())


def evaluate_docs(nlp: Any, gold_docs: Sequence[Any], *, batch_size: int = 256) -> Report:
    """Run ``nlp`` over the texts of ``gold_docs`` and score it, overall and per genre.

    ``gold_docs`` are annotated docs whose ``user_data`` may name a genre
    (:data:`~kronika.nlp.nerkor.GENRE_KEY`).
    """
    from spacy.scorer import Scorer
    from spacy.training import Example

    texts = [doc.text for doc in gold_docs]
    start = time.perf_counter()
    predicted = list(nlp.pipe(texts, batch_size=batch_size))
    seconds = time.perf_counter() - start
    words = sum(len(doc) for doc in gold_docs)
    examples = [Example(pred, gold) for pred, gold in zip(predicted, gold_docs, strict=True)]
    scorer = Scorer(nlp)
    genres: dict[str, list[Any]] = {}
    for example in examples:
        genres.setdefault(str(example.reference.user_data.get(GENRE_KEY, "unknown")), []).append(
            example
        )
    return {
        "words": words,
        "seconds": round(seconds, 2),
        "words_per_second": round(words / seconds) if seconds else None,
        "overall": _summarise(scorer.score(examples)),
        "genres": {
            genre: _summarise(scorer.score(group)) for genre, group in sorted(genres.items())
        },
    }


def load_split(vocab: Any, corpora: Path, split: str = "test") -> list[Any]:
    """Convert one NerKor split into gold docs (genre in ``user_data``)."""
    from kronika.nlp.train import find_nerkor

    docs: list[Any] = []
    for genre, path in split_files(find_nerkor(corpora), split):
        docs.extend(file_to_docs(vocab, path, genre=genre))
    return docs


def evaluate_on_nerkor(model: Path | str, corpora: Path, *, split: str = "test") -> Report:
    """Load a pipeline by name or path (as the NLP stage does) and score it on a NerKor
    split from raw text.

    ``corpora`` is the shared corpora folder (holding ``nerkor/``) or NerKor itself.
    """
    from kronika.nlp.load import load_pipeline, model_id, resolve_model

    # The same loading path and tuning as the NLP stage, so the scores are the stage's.
    nlp = load_pipeline(str(model))
    report = evaluate_docs(nlp, load_split(nlp.vocab, corpora, split))
    report["model"] = model_id(nlp)
    report["split"] = split
    report["pipeline"] = list(nlp.pipe_names)
    location = resolve_model(str(model))
    if isinstance(location, Path) and location.is_dir():
        report["model_mb"] = round(_directory_bytes(location) / 1e6, 1)
    return report


def _row(name: str, block: Report) -> str:
    """One line of the text report: NER P/R/F per type, then the token metrics."""
    ner = block["ner"]
    types = " ".join(f"{label} {prf.get('f', 0.0):5.1f}" for label, prf in ner["per_type"].items())
    return (
        f"{name:<10} NER P {ner['p']} R {ner['r']} F {ner['f']} | {types} | "
        f"UPOS {block['upos']} UFeats {block['ufeats']} lemma {block['lemma']} "
        f"sents F {block['sents_f']}"
    )


def format_report(report: Report) -> str:
    """Render :func:`evaluate_on_nerkor`'s report as a few readable lines."""
    lines: Iterable[str] = [
        f"model {report.get('model')} on NerKor {report.get('split')}: "
        f"{report['words']} words, {report['words_per_second']} words/s, "
        f"{report.get('model_mb', '?')} MB",
        _row("all", report["overall"]),
        *(_row(genre, block) for genre, block in report["genres"].items()),
    ]
    return "\n".join(lines)
