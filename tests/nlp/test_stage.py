"""The NLP stage's plumbing, with a rule-based pipeline loaded by path (the same path a
huSpaCy model or Krónika's own directory takes)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kronika.cli import main
from kronika.errors import ConfigError
from kronika.nlp.components import propn_lemma, with_form_capitals
from kronika.nlp.load import load_pipeline, resolve_model
from kronika.pipeline import PROCESS_COMPONENTS, Pipeline
from kronika.store import Store
from kronika.types import Article, SegmentKind

TEXT = (
    "Putyin nemet mondott\n\n"
    "Donald Trump csütörtökön Putyinnal találkozott.A Fehér Házban Witkoff-fal is tárgyalt."
    "\n\nOroszországUkrajnaháborúDonald Trump\n\n"
    "Zelenszkijnek Donald Trumptól kell választ kapnia."
)


def process(model: Path, text: str = TEXT) -> Article:
    pipeline = Pipeline.build(PROCESS_COMPONENTS, {"nlp.spacy.v1": {"model": str(model)}})
    return pipeline(Article(text=text, date=None))


def test_pipeline_loads_by_path_with_krónika_tuning(tiny_model: Path) -> None:
    nlp = load_pipeline(str(tiny_model))
    assert nlp.pipe_names[-1] == "kronika_propn_lemma"
    assert [t.text for t in nlp("Jan. 23-án Kb. 300-an")][:2] == ["Jan.", "23-án"]


def test_unknown_model_name_is_a_config_error_that_says_what_to_do() -> None:
    with pytest.raises(ConfigError, match="not an installed package"):
        load_pipeline("hu_core_news_nonexistent")
    with pytest.raises(ConfigError, match="no meta"):
        resolve_model(str(Path(__file__).parent))


def test_stage_spans_slice_back_and_skip_boilerplate(tiny_model: Path) -> None:
    article = process(tiny_model)
    junk = [s for s in article.segments if s.kind is SegmentKind.BOILERPLATE]
    assert junk, "the glued tag run should be boilerplate"
    for layer in (article.sentences, article.tokens, article.mentions):
        assert layer
        for span in layer:
            assert article.text[span.start : span.end].strip()
            assert not any(j.start <= span.start < j.end for j in junk)
    assert article.nlp_model == "nlp.spacy.v1:hu_tiny_test@0.0.1"


def test_sentences_never_cross_a_glued_paragraph_boundary(tiny_model: Path) -> None:
    article = process(tiny_model)
    texts = [article.text[s.start : s.end] for s in article.sentences]
    assert "Donald Trump csütörtökön Putyinnal találkozott." in texts
    assert "A Fehér Házban Witkoff-fal is tárgyalt." in texts


def test_mentions_have_dictionary_forms_and_only_ner_labels(tiny_model: Path) -> None:
    article = process(tiny_model)
    found = {(article.text[m.start : m.end], m.label, m.lemma) for m in article.mentions}
    assert ("Donald Trump", "PER", "Donald Trump") in found
    assert ("Fehér Házban", "ORG", "Fehér Ház") in found
    assert ("Donald Trumptól", "PER", "Donald Trump") in found
    assert ("Zelenszkijnek", "PER", "Zelenszkij") in found
    assert all(m.label in {"PER", "ORG", "LOC", "MISC"} for m in article.mentions)


def test_a_name_particle_alone_is_no_name(tiny_model: Path) -> None:
    text = "A szó tetteket von maga után. Ursula von der Leyen beszélt a dpa tudósítójával."
    article = process(tiny_model, text)
    found = [article.text[m.start : m.end] for m in article.mentions]
    # ``tetteket von maga után``: the verb, however the NER tagged it; the particle inside
    # a name stays in it, and a name written in lower case (``dpa``) stays a name.
    assert found == ["Ursula von der Leyen", "dpa"]


def test_proper_noun_lemmas_follow_case_morphology(tiny_model: Path) -> None:
    article = process(tiny_model)
    lemmas = {article.text[t.start : t.end]: t.lemma for t in article.tokens}
    assert lemmas["Putyinnal"] == "Putyin"
    assert lemmas["Witkoff-fal"] == "Witkoff"
    assert lemmas["találkozott"] == "találkozik"
    token = next(t for t in article.tokens if article.text[t.start : t.end] == "Putyinnal")
    assert token.pos == "PROPN" and token.feature("Case") == "Ins"


def test_propn_lemma_undoes_the_tagged_case_and_keeps_the_models_first_letter() -> None:
    assert propn_lemma("Trumppal", "Ins", "Trumppal") == "Trump"
    assert propn_lemma("Witkoff-fal", "Ins", "") == "Witkoff"
    assert propn_lemma("Trump", "Nom", "Trump") == "Trump"
    assert propn_lemma("Köztársaságnak", "Dat", "köztársaság") == "köztársaság"
    assert propn_lemma("Kremlben", None, "Kreml") == "Kreml"


def test_propn_lemma_needs_the_model_to_agree_on_short_ambiguous_suffixes() -> None:
    assert propn_lemma("Kuijt", "Acc", "Kuijt") == "Kuijt"
    assert propn_lemma("Putyint", "Acc", "Putyin") == "Putyin"
    assert propn_lemma("Poulsen", "Sup", "Poulsen") == "Poulsen"


def test_lemma_takes_the_capitals_of_the_form() -> None:
    assert with_form_capitals("ház", "Házban") == "Ház"
    assert with_form_capitals("nato", "NATO-t") == "NATO"


def test_analysis_is_stored_and_replaced_by_a_rerun(tiny_model: Path, store: Store) -> None:
    article = process(tiny_model)
    store.add_article(article)
    stored = store.get_article(article.id).article
    assert stored.tokens == article.tokens and stored.mentions == article.mentions
    assert stored.sentences == article.sentences and stored.nlp_model == article.nlp_model
    assert store.articles_without_analysis(article.nlp_model) == []
    assert store.articles_without_analysis("nlp.spacy.v1:other@1") == [article.id]
    fewer = Article(text=article.text, date=None, nlp_model="nlp.spacy.v1:other@1")
    store.save_analysis(fewer)
    again = store.get_article(article.id).article
    assert again.mentions == () and again.nlp_model == "nlp.spacy.v1:other@1"
    assert again.segments == article.segments


def test_cli_nlp_process_show_and_annotate(
    tiny_model: Path, tmp_path: Path, seed_path: Path
) -> None:
    db = f"sqlite:///{tmp_path / 'cli.db'}"
    runner = CliRunner()
    result = runner.invoke(
        main,
        [
            "nlp",
            "Donald Trump csütörtökön Putyinnal találkozott.",
            "--model",
            str(tiny_model),
            "--json",
        ],
    )
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert [m["text"] for m in document["mentions"]] == ["Donald Trump"]
    putyinnal = next(t for t in document["tokens"] if t["text"] == "Putyinnal")
    assert putyinnal["lemma"] == "Putyin" and putyinnal["features"]["Case"] == "Ins"
    assert runner.invoke(main, ["--db", db, "ingest", str(seed_path)]).exit_code == 0
    annotated = runner.invoke(main, ["--db", db, "annotate", "--model", str(tiny_model), "--json"])
    assert json.loads(annotated.stdout) == {"analysed": 1, "failed": [], "events_recoded": 0}
    again = runner.invoke(main, ["--db", db, "annotate", "--model", str(tiny_model), "--json"])
    assert json.loads(again.stdout) == {"analysed": 0, "failed": [], "events_recoded": 0}
    shown = json.loads(runner.invoke(main, ["--db", db, "show", "dcea83fc", "--json"]).stdout)
    assert {"Donald Trump", "Vlagyimir Putyin", "Steve Witkoff", "Jared Kushner"} <= {
        m["text"] for m in shown["mentions"]
    }
    processed = runner.invoke(
        main, ["--db", db, "process", str(seed_path), "--model", str(tiny_model), "--json"]
    )
    assert processed.exit_code == 0
    assert json.loads(processed.stdout)["duplicates"] == 1
