"""A tiny rule-based Hungarian pipeline, saved to disk, to test Krónika's NLP plumbing without
the trained model (which tests marked ``model`` load)."""

from __future__ import annotations

from pathlib import Path

import pytest

spacy = pytest.importorskip("spacy")

PEOPLE = ["Donald Trump", "Vlagyimir Putyin", "Steve Witkoff", "Jared Kushner"]
INFLECTED = {
    "Trumppal": "Case=Ins|Number=Sing",
    "Putyinnal": "Case=Ins|Number=Sing",
    "Witkoff-fal": "Case=Ins|Number=Sing",
    "Trumptól": "Case=Abl|Number=Sing",
    "Zelenszkijnek": "Case=Dat|Number=Sing",
}


@pytest.fixture(scope="session")
def tiny_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A pipeline directory: sentencizer, attribute ruler (POS, morphology, lemmas of a few
    words) and entity ruler (a few names, inflected ones too)."""
    nlp = spacy.blank("hu")
    nlp.add_pipe("sentencizer")
    ruler = nlp.add_pipe("attribute_ruler")
    for form, morph in INFLECTED.items():
        ruler.add([[{"ORTH": form}]], {"POS": "PROPN", "MORPH": morph})
    for word in ("Donald", "Vlagyimir", "Steve", "Jared", "Trump", "Putyin", "Kushner"):
        ruler.add([[{"ORTH": word}]], {"POS": "PROPN", "MORPH": "Case=Nom|Number=Sing"})
    ruler.add([[{"ORTH": "Ház"}]], {"POS": "NOUN", "LEMMA": "ház", "MORPH": "Case=Nom"})
    ruler.add([[{"ORTH": "Házban"}]], {"POS": "NOUN", "LEMMA": "ház", "MORPH": "Case=Ine"})
    ruler.add([[{"ORTH": "találkozott"}]], {"POS": "VERB", "LEMMA": "találkozik"})
    entities = nlp.add_pipe("entity_ruler")
    patterns = [{"label": "PER", "pattern": name} for name in PEOPLE]
    patterns += [
        {"label": "PER", "pattern": [{"ORTH": "Donald"}, {"ORTH": "Trumptól"}]},
        {"label": "PER", "pattern": [{"ORTH": "Trumppal"}]},
        {"label": "PER", "pattern": [{"ORTH": "Zelenszkijnek"}]},
        {"label": "ORG", "pattern": [{"ORTH": "Fehér"}, {"ORTH": {"IN": ["Ház", "Házban"]}}]},
        {"label": "LOC", "pattern": [{"ORTH": "Kremlben"}]},
        {"label": "DATE", "pattern": [{"ORTH": "csütörtökön"}]},
        # A verb the statistical NER may take for a name's particle; a lower-case name.
        {"label": "PER", "pattern": [{"ORTH": "von"}]},
        {"label": "ORG", "pattern": [{"ORTH": "dpa"}]},
        {
            "label": "PER",
            "pattern": [{"ORTH": "Ursula"}, {"ORTH": "von"}, {"ORTH": "der"}, {"ORTH": "Leyen"}],
        },
    ]
    entities.add_patterns(patterns)
    nlp.meta["name"] = "tiny_test"
    nlp.meta["version"] = "0.0.1"
    path = tmp_path_factory.mktemp("models") / "tiny"
    nlp.to_disk(path)
    return path
