"""Turn a trained pipeline into the model Krónika ships: metadata, licence, sources, size.

The packaged directory is what ``kronika-hu-news`` loads (``kronika/data/models``); its
``meta.json`` names the licence of the training data (NerKor: CC BY-SA 4.0) so the model
carries it wherever it is copied.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from kronika.errors import ConfigError

MODEL_NAME = "kronika_news"
LICENSE = "CC BY-SA 4.0"
SOURCES = [
    {
        "name": "NYTK-NerKor 1.x",
        "url": "https://github.com/nytud/NYTK-NerKor",
        "license": "CC BY-SA 4.0",
        "author": "Hungarian Research Centre for Linguistics (NYTK)",
    }
]
MAX_MEGABYTES = 60


def _forget_training_paths(config_path: Path) -> None:
    """The shipped config keeps no paths of the machine it was trained on."""
    from spacy.util import load_config

    config = load_config(config_path, interpolate=False)
    for key in list(config["paths"]):
        config["paths"][key] = None
    config.to_disk(config_path)


def package_pipeline(trained: Path, destination: Path, *, version: str) -> dict[str, Any]:
    """Copy the pipeline at ``trained`` to ``destination`` with Krónika's metadata; return it.

    Refuses a pipeline over :data:`MAX_MEGABYTES` or one that is not a spaCy directory.
    """
    meta_path = trained / "meta.json"
    if not meta_path.is_file():
        raise ConfigError(f"{trained} is not a trained spaCy pipeline (no meta.json)")
    size = sum(p.stat().st_size for p in trained.rglob("*") if p.is_file()) / 1e6
    if size > MAX_MEGABYTES:
        raise ConfigError(f"{trained} is {size:.1f} MB, over the {MAX_MEGABYTES} MB limit")
    if destination.exists():
        shutil.rmtree(destination)
    shutil.copytree(trained, destination)
    _forget_training_paths(destination / "config.cfg")
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta.update(
        {
            "name": MODEL_NAME,
            "version": version,
            "license": LICENSE,
            "sources": SOURCES,
            "description": (
                "Krónika's Hungarian news pipeline: tokenizer, morphologizer (UPOS and "
                "features), trainable lemmatizer, sentence recogniser and NER (PER, ORG, LOC, "
                "MISC), trained on NYTK-NerKor only, without pretrained weights."
            ),
            "author": "Krónika",
        }
    )
    (destination / "meta.json").write_text(
        json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return dict(meta)
