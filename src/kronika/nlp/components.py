"""Krónika's own spaCy components.

``kronika_numbered_names`` keeps a regnal or ordinal number with the name after it
(``XIV. Leó``, ``II. Erzsébet``): a sentence splitter trained on running text takes the dot
of a Roman numeral that opens a paragraph for a full stop, which cuts the name in two before
the NER sees it.

``kronika_propn_lemma`` gives proper nouns the dictionary form a trained lemmatizer cannot
know for names it has never seen: the morphologizer's ``Case`` says which suffix to undo
(``Trumppal`` Case=Ins → ``Trump``; ``Zelenszkijnek`` Case=Dat → ``Zelenszkij``), and the
rules of :mod:`kronika.lang.hu` undo it with harmony, assimilation and lengthening.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from kronika.lang.hu import AMBIGUOUS_CASES, strip_case

PROPN_LEMMA = "kronika_propn_lemma"
NUMBERED_NAMES = "kronika_numbered_names"
#: A Roman numeral with its dot, as a regnal number is written (``XIV.``, ``II.``).
_ROMAN_IN_TEXT = re.compile(r"(?<![\w.])[IVXLC]{1,6}\.")


def propn_lemma(form: str, case: str | None, model_lemma: str) -> str:
    """The lemma of a proper-noun token.

    The case suffix the morphologizer saw is undone by rule (``Trumppal`` Ins → ``Trump``);
    for the short, ambiguous suffixes (``-t``, ``-n``) only when the trained lemmatizer also
    cut something off. Otherwise the model's lemma stands. The first letter follows the
    model's lemma, which knows names made of common words (``Köztársaságnak`` →
    ``köztársaság`` in NerKor's convention).
    """
    model_lemma = model_lemma or form
    stem = strip_case(form, case)
    if stem == form or (case in AMBIGUOUS_CASES and model_lemma == form):
        return model_lemma
    if model_lemma[:1].islower() and stem[:1].isupper():
        return stem[:1].lower() + stem[1:]
    return stem


def with_form_capitals(lemma: str, form: str) -> str:
    """``ház`` for ``Házban`` → ``Ház``: copy the form's letter case onto the lemma where
    the two spell the same letter."""
    return "".join(
        form[i] if i < len(form) and form[i].lower() == char.lower() else char
        for i, char in enumerate(lemma)
    )


class ProperNounLemmatizer:
    """Set ``token.lemma_`` of PROPN tokens from case morphology (see module docstring)."""

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            if token.pos_ == "PROPN":
                case = token.morph.get("Case", [])
                token.lemma_ = propn_lemma(token.text, case[0] if case else None, token.lemma_)
        return doc


@Language.factory(
    PROPN_LEMMA,
    requires=["token.pos", "token.morph"],
    assigns=["token.lemma"],
    default_config={},
)
def make_propn_lemmatizer(nlp: Language, name: str) -> ProperNounLemmatizer:
    """Factory of the proper-noun lemma component."""
    return ProperNounLemmatizer()


def keep_numbered_names(doc: Doc) -> Doc:
    """Join a sentence that is only a Roman numeral with its dot to the capitalised name
    that follows it (``XIV.`` + ``Leó keddet … töltötte.``). Only the numerals found in the
    text are looked at, so a document without one costs a regular-expression search."""
    for found in _ROMAN_IN_TEXT.finditer(doc.text):
        span = doc.char_span(found.start(), found.end())
        if span is None or len(span) != 1 or span.end >= len(doc):
            continue
        token, following = span[0], doc[span.end]
        if (
            following.is_sent_start
            and following.text[:1].isupper()
            and (token.i == 0 or token.is_sent_start)
        ):
            following.is_sent_start = False
    return doc


@Language.component(
    NUMBERED_NAMES, requires=["token.is_sent_start"], assigns=["token.is_sent_start"]
)
def numbered_names(doc: Doc) -> Doc:
    """The numbered-names component (see :func:`keep_numbered_names`)."""
    return keep_numbered_names(doc)
