"""The cue lexicon is data: read once, particle verbs joined, a broken file reported."""

from __future__ import annotations

from pathlib import Path

import pytest

from kronika.errors import ConfigError
from kronika.quotes import load_cues


def test_packaged_lexicon_is_loaded_once_and_has_every_kind_of_cue() -> None:
    cues = load_cues()
    assert load_cues() is cues
    assert {"mond", "közöl", "kijelent", "fogalmaz", "hozzátesz", "ír"} <= cues.verbs
    assert "szerint" in cues.postpositions
    assert "elmondás" in cues.speech_nouns
    assert "hivatkoz" in cues.referrals


def test_particle_after_a_verb_makes_the_particle_verb_cue() -> None:
    cues = load_cues()
    assert cues.verb_cue("jelent", "ki") == "kijelent"
    assert cues.verb_cue("tesz", "hozzá") == "hozzátesz"
    assert cues.verb_cue("Mond", "el") == "elmond"
    assert cues.verb_cue("tesz") is None
    assert cues.verb_cue("fogalmaz", "meg") == "fogalmaz"


def test_lexicon_without_a_list_of_lemmas_is_reported_with_what_to_fix(tmp_path: Path) -> None:
    broken = tmp_path / "cues.toml"
    broken.write_text('[verbs]\nlemmas = "mond"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="lemmas"):
        load_cues(broken)
