"""Load a spaCy pipeline by name or path, and tune it for Hungarian news.

``kronika-hu-news`` (the default) is Krónika's own pipeline shipped inside the package; any
other value is a path to a pipeline directory or the name of an installed spaCy package
(a huSpaCy model such as ``hu_core_news_lg`` where a user has installed it). Every loaded
pipeline gets the same tuning: the news tokenizer exceptions and the proper-noun lemma
component, so Krónika's stage behaves the same whichever model it runs.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from kronika.errors import ConfigError

DEFAULT_MODEL = "kronika-hu-news"
_PACKAGED = {DEFAULT_MODEL: "hu_kronika_news"}


def packaged_model_path(name: str = DEFAULT_MODEL) -> Path:
    """Where a model shipped inside the package lives."""
    folder = resources.files("kronika") / "data" / "models" / _PACKAGED[name]
    return Path(str(folder))


def resolve_model(name_or_path: str | Path | None) -> str | Path:
    """The packaged model's directory, an existing path, or an installed package name."""
    value = str(name_or_path or DEFAULT_MODEL)
    if value in _PACKAGED:
        path = packaged_model_path(value)
        if not (path / "meta.json").is_file():
            raise ConfigError(
                f"the packaged model {value!r} is missing from {path}; reinstall Krónika "
                "or build it with `kronika train nlp`"
            )
        return path
    path = Path(value).expanduser()
    if path.exists():
        if not (path / "meta.json").is_file():
            raise ConfigError(f"{path} is not a spaCy pipeline directory (no meta.json)")
        return path
    return value


@lru_cache(maxsize=4)
def load_pipeline(name_or_path: str | None = None) -> Any:
    """A tuned spaCy ``Language`` for ``name_or_path`` (cached per process)."""
    import spacy

    from kronika.nlp.components import NUMBERED_NAMES, PROPN_LEMMA
    from kronika.nlp.tokenizer import tune_tokenizer

    target = resolve_model(name_or_path)
    try:
        nlp = spacy.load(target)
    except OSError as exc:
        raise ConfigError(
            f"no spaCy pipeline {str(target)!r}: not a pipeline directory and not an installed "
            f"package (Krónika's own is {DEFAULT_MODEL!r}; a huSpaCy model must be installed "
            "first, e.g. pip install hu_core_news_lg from its release page)"
        ) from exc
    if nlp.lang != "hu":
        raise ConfigError(f"pipeline {str(target)!r} is for language {nlp.lang!r}, not Hungarian")
    tune_tokenizer(nlp)
    _numpy_matrix_products(nlp)
    splitter = next((n for n in ("senter", "parser") if n in nlp.pipe_names), None)
    if splitter is not None and NUMBERED_NAMES not in nlp.pipe_names:
        nlp.add_pipe(NUMBERED_NAMES, after=splitter)
    if PROPN_LEMMA not in nlp.pipe_names:
        nlp.add_pipe(PROPN_LEMMA, last=True)
    return nlp


def _numpy_matrix_products(nlp: Any) -> None:
    """Have the trained components multiply matrices with NumPy's BLAS instead of thinc's
    bundled BLIS. On the 2-core AMD EPYC machines Krónika is measured on, BLIS's build ran
    the stage's matrix products about three times slower than NumPy's OpenBLAS; over the 518
    hu-news-scrape articles the NLP stage took 16.2 s instead of 25.0 s on one thread, with
    the same tokens, tags, lemmas, sentences and names for every article. Only CPU (NumPy)
    operations are swapped; a model placed on a GPU keeps its own."""
    from thinc.api import NumpyOps

    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        for layer in model.walk():
            if isinstance(layer.ops, NumpyOps):
                layer.ops = ops


def model_id(nlp: Any) -> str:
    """``name@version`` of a loaded pipeline, recorded with everything it produces."""
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'pipeline')}@{meta.get('version', '0')}"
