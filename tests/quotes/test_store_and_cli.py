"""Quotes are stored with the analysis (both backends), replaced by a re-run, and listed by
`kronika quotes` as JSON or CSV, filtered by speaker."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from click.testing import CliRunner

from kronika.cli import main
from kronika.store import Store
from kronika.types import Article, Mention, Quote, QuoteKind

TEXT = "„Nem írjuk alá” – mondta Kovács Béla. Szabó Anna szerint a tárgyalás folytatódik."


def quoted_article() -> Article:
    said = TEXT.index("Nem")
    kovacs = TEXT.index("Kovács")
    szabo = TEXT.index("Szabó")
    return Article(
        text=TEXT,
        date=None,
        nlp_model="nlp.spacy.v1:test@1",
        mentions=(
            Mention(kovacs, kovacs + 11, "PER", "Kovács Béla", "kronika:kovacs-bela", 0.9, "exact"),
            Mention(szabo, szabo + 10, "PER", "Szabó Anna", None, None, None),
        ),
        quotes=(
            Quote(
                said,
                said + 13,
                QuoteKind.DIRECT,
                "mond",
                TEXT.index("mondta"),
                TEXT.index("mondta") + 6,
                "kronika:kovacs-bela",
                kovacs,
                kovacs + 11,
                0.9,
                "direct.inline/subject",
            ),
            Quote(
                TEXT.index("a tárgyalás"),
                len(TEXT) - 1,
                QuoteKind.INDIRECT,
                "szerint",
                TEXT.index("szerint"),
                TEXT.index("szerint") + 7,
            ),
        ),
    )


def test_quotes_round_trip_and_filter_by_speaker(store: Store) -> None:
    article = quoted_article()
    store.add_article(article)
    assert store.get_article(article.id).article.quotes == article.quotes
    everything = store.quotes()
    assert [q for _, _, q in everything] == list(article.quotes)
    [(summary, text, quote)] = store.quotes(["kronika:kovacs-bela"])
    assert summary.id == article.id and text[quote.start : quote.end] == "Nem írjuk alá"
    store.save_analysis(Article(text=TEXT, date=None, nlp_model="nlp.spacy.v1:other@2"))
    assert store.quotes() == []


def test_cli_lists_quotes_as_json_and_csv(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'q.db'}"
    with Store(db) as store:
        store.add_article(quoted_article())
    runner = CliRunner()
    rows = json.loads(runner.invoke(main, ["--db", db, "quotes", "--json"]).stdout)
    assert [(r["kind"], r["speaker"], r["text"]) for r in rows] == [
        ("direct", "Kovács Béla", "Nem írjuk alá"),
        ("indirect", None, "a tárgyalás folytatódik"),
    ]
    table = list(
        csv.DictReader(io.StringIO(runner.invoke(main, ["--db", db, "quotes", "--csv"]).stdout))
    )
    assert table[0]["speaker_id"] == "kronika:kovacs-bela" and table[1]["cue"] == "szerint"
    only = json.loads(
        runner.invoke(
            main, ["--db", db, "quotes", "--speaker", "kronika:kovacs-bela", "--json"]
        ).stdout
    )
    assert len(only) == 1
