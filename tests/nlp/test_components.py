"""Krónika's own spaCy components on hand-made docs, without a trained model."""

from __future__ import annotations

import pytest

spacy = pytest.importorskip("spacy")

from spacy.tokens import Doc  # noqa: E402

from kronika.nlp.components import keep_numbered_names  # noqa: E402


def _doc(words: list[str], starts: list[bool]) -> Doc:
    doc = Doc(spacy.blank("hu").vocab, words=words)
    for token, start in zip(doc, starts, strict=True):
        token.is_sent_start = start
    return doc


def test_a_regnal_number_opening_a_paragraph_stays_with_its_name() -> None:
    doc = keep_numbered_names(_doc(["XIV.", "Leó", "beszélt", "."], [True, True, False, False]))
    assert [s.text for s in doc.sents] == ["XIV. Leó beszélt ."]


def test_a_numeral_inside_a_sentence_and_a_lower_case_start_are_left_alone() -> None:
    doc = keep_numbered_names(
        _doc(
            ["Ez", "a", "IV.", "Ez", "az", "V.", "és", "kész", "."],
            [True, False, False, True, False, True, True, False, False],
        )
    )
    assert [s.text for s in doc.sents] == ["Ez a IV.", "Ez az", "V.", "és kész ."]
