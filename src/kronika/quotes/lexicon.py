"""The cue lexicon: which words attribute a statement, read from ``data/lexicon/cues.toml``."""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass
from pathlib import Path

from kronika.errors import ConfigError

#: The packaged lexicon.
DEFAULT_CUES = Path(__file__).resolve().parents[1] / "data" / "lexicon" / "cues.toml"


@dataclass(frozen=True, slots=True)
class CueLexicon:
    """Lemmas (case-folded) of the words that attribute statements; see ``cues.toml``."""

    verbs: frozenset[str]
    particles: frozenset[str]
    postpositions: frozenset[str]
    speech_nouns: frozenset[str]
    source_nouns: frozenset[str]
    referrals: frozenset[str]
    body_nouns: frozenset[str] = frozenset()
    quoting: frozenset[str] = frozenset()

    def verb_cue(self, lemma: str, particle: str | None = None) -> str | None:
        """The cue lemma of a verb (``jelent`` + particle ``ki`` → ``kijelent``), or None."""
        lemma = lemma.casefold()
        if particle is not None and particle.casefold() in self.particles:
            joined = particle.casefold() + lemma
            if joined in self.verbs:
                return joined
        return lemma if lemma in self.verbs else None

    def verb_opening(self, form: str) -> str | None:
        """The longest cue verb that an inflected ``form`` starts with (``Megerősítette`` →
        ``megerősít``), for a verb the lemmatizer did not reduce; the form must add an ending
        of at least two letters, so a short verb does not swallow a longer word."""
        form = form.casefold()
        found = [verb for verb in self.verbs if form.startswith(verb) and len(form) > len(verb) + 1]
        return max(found, key=len) if found else None


def _words(table: dict[str, object], key: str, path: Path) -> frozenset[str]:
    value = table.get(key)
    if not isinstance(value, list) or not all(isinstance(word, str) for word in value):
        raise ConfigError(f"{path}: `{key}` must be a list of lemmas; fix the lexicon file")
    return frozenset(word.casefold() for word in value)


@functools.cache
def load_cues(path: Path = DEFAULT_CUES) -> CueLexicon:
    """The lexicon at ``path`` (the packaged one by default), read once per process."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"cannot read the cue lexicon {path}: {exc}") from exc
    verbs, nominal, referral = (data.get(k, {}) for k in ("verbs", "nominal", "referral"))
    return CueLexicon(
        verbs=_words(verbs, "lemmas", path),
        particles=_words(verbs, "particles", path),
        postpositions=_words(nominal, "postpositions", path),
        speech_nouns=_words(nominal, "speech_nouns", path),
        source_nouns=_words(nominal, "source_nouns", path),
        referrals=_words(referral, "lemmas", path),
        # Optional: a lexicon without it binds no company or outlet noun.
        body_nouns=_words(nominal, "body_nouns", path) if "body_nouns" in nominal else frozenset(),
        # Optional: a lexicon without it has no verb whose object speaks.
        quoting=_words(verbs, "quoting", path) if "quoting" in verbs else frozenset(),
    )
