"""The training recipe of Krónika's Hungarian pipeline: NerKor → DocBins → ``spacy train``.

:func:`train_pipeline` is the whole recipe in one call, so ``kronika train nlp --corpora
PATH --out DIR`` is a thin wrapper around it. It writes::

    DIR/corpus/{train,devel,test}.spacy   NerKor converted (genre in doc.user_data)
    DIR/corpus/conversion.json            counts per split/genre and the NER repairs made
    DIR/vectors/                          floret vectors, when the config wants static
                                          vectors and names none (see kronika.nlp.vectors)
    DIR/model-best/, DIR/model-last/      what spaCy's trainer saves

Seeds come from the config (``system.seed``, overridable); one CPU thread is expected
(set ``OMP_NUM_THREADS=1`` and friends in the environment before starting Python).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from kronika.errors import ConfigError
from kronika.nlp.nerkor import ConversionReport, convert_nerkor
from kronika.nlp.vectors import FloretSettings, train_floret_vectors

CONFIG_DIR: Final = Path(__file__).resolve().parents[3] / "configs" / "nlp"
"""``configs/nlp/`` of a source checkout, where the training configs live."""

DEFAULT_CONFIG: Final = CONFIG_DIR / "hu_news.cfg"
"""The config of the shipped pipeline (``hu_news_acc.cfg`` is the slower-to-train variant
with floret vectors; docs/nlp.md compares them)."""


@dataclass(frozen=True, slots=True)
class TrainResult:
    """Where a training run left its outputs."""

    corpus_dir: Path
    model_best: Path
    model_last: Path
    conversion: ConversionReport
    vectors: Path | None


def find_nerkor(corpora: Path) -> Path:
    """Return the NerKor folder given the shared corpora folder or NerKor itself.

    Raises :class:`~kronika.errors.ConfigError` when neither holds NerKor's ``data/``.
    """
    for candidate in (corpora / "nerkor", corpora):
        if (candidate / "data" / "train").is_dir():
            return candidate
    raise ConfigError(
        f"no NerKor corpus under {corpora}: expected {corpora}/nerkor/data/train/; "
        "pass the folder that holds nerkor/ (e.g. ../shared/corpora)"
    )


def _write_conversion_report(report: ConversionReport, target: Path) -> None:
    """Save the conversion counts next to the DocBins, for the run's record."""
    payload = {
        "docs": report.docs,
        "sentences": report.sentences,
        "tokens": report.tokens,
        "repairs": {
            "stray_inside": report.repairs.stray_inside,
            "malformed": report.repairs.malformed,
        },
        "outputs": {split: str(path) for split, path in report.outputs.items()},
    }
    target.write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def _wants_trained_vectors(config: Path, overrides: Mapping[str, Any]) -> bool:
    """True when some layer includes static vectors and ``paths.vectors`` names none."""
    from spacy.util import load_config

    settings = load_config(config, overrides=dict(overrides), interpolate=False)
    if settings["paths"].get("vectors") is not None:
        return False

    def includes_vectors(section: Any) -> bool:
        if not isinstance(section, dict):
            return False
        if section.get("include_static_vectors") is True:
            return True
        return any(includes_vectors(value) for value in section.values())

    return includes_vectors(settings["components"])


def train_pipeline(
    corpora: Path,
    out: Path,
    *,
    config: Path = DEFAULT_CONFIG,
    overrides: Mapping[str, Any] | None = None,
    seed: int = 0,
    floret: FloretSettings | None = None,
) -> TrainResult:
    """Convert NerKor and train the pipeline described by ``config`` into ``out``.

    ``corpora`` is the shared corpora folder (holding ``nerkor/``) or NerKor itself.
    ``overrides`` are spaCy config overrides (``{"training.max_steps": 2000}``) applied
    after the corpus paths and ``system.seed``. Training uses the CPU only. The best
    checkpoint by the config's score weights on NerKor devel is ``out/model-best``.
    When the config includes static vectors but ``paths.vectors`` is unset, floret vectors
    are first trained on NerKor train (``floret`` settings, defaults otherwise).
    """
    from spacy.cli.train import train as spacy_train

    if not config.is_file():
        raise ConfigError(f"training config {config} not found; pass --config PATH")
    nerkor = find_nerkor(corpora)
    corpus_dir = out / "corpus"
    report = convert_nerkor(nerkor, corpus_dir)
    _write_conversion_report(report, corpus_dir / "conversion.json")
    settings: dict[str, Any] = {
        "paths.train": str(report.outputs["train"]),
        "paths.dev": str(report.outputs["devel"]),
        "system.seed": seed,
    }
    settings.update(overrides or {})
    vectors: Path | None = None
    if _wants_trained_vectors(config, settings):
        vectors = train_floret_vectors(report.outputs["train"], out / "vectors", settings=floret)
        settings["paths.vectors"] = str(vectors)
    spacy_train(config, output_path=out, use_gpu=-1, overrides=settings)
    return TrainResult(
        corpus_dir=corpus_dir,
        model_best=out / "model-best",
        model_last=out / "model-last",
        conversion=report,
        vectors=vectors,
    )
