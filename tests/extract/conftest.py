"""Hand-built articles for extraction tests: tokens written inline, no model needed.

A segment is written as its words separated by spaces. A word is either bare (``Putyin``)
or annotated ``form/lemma/POS/FEATS`` (``tárgyalt/tárgyal/VERB/Tense=Past|VerbForm=Fin``;
trailing parts may be left out). Bare words get a lemma and tag from :data:`WORDS` or
default to themselves, ``PUNCT`` for punctuation and ``NOUN`` otherwise. A sentence ends
after ``.``, ``!`` or ``?`` and at the end of its segment.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from kronika.types import (
    Article,
    DatePrecision,
    PublicationDate,
    Quote,
    QuoteKind,
    Segment,
    SegmentKind,
    Sentence,
    Token,
)

PUBLISHED = dt.date(2026, 1, 23)  # a Friday
PAST = "Mood=Ind|Tense=Past|VerbForm=Fin"
PRESENT = "Mood=Ind|Tense=Pres|VerbForm=Fin"
INFINITIVE = "VerbForm=Inf"

#: Function words the tests use bare: form → (lemma, POS, FEATS).
WORDS: dict[str, tuple[str, str, str]] = {
    "a": ("a", "DET", "Definite=Def|PronType=Art"),
    "az": ("az", "DET", "Definite=Def|PronType=Art"),
    "és": ("és", "CCONJ", ""),
    "de": ("de", "CCONJ", ""),
    "hogy": ("hogy", "SCONJ", ""),
    "ha": ("ha", "SCONJ", ""),
    "nem": ("nem", "ADV", "PronType=Neg"),
    "be": ("be", "ADV", ""),
    "ki": ("ki", "ADV", ""),
    "meg": ("meg", "ADV", ""),
    "le": ("le", "ADV", ""),
    "tovább": ("tovább", "ADV", ""),
    "kizárólag": ("kizárólag", "ADV", ""),
    "szerint": ("szerint", "ADP", ""),
    "ellen": ("ellen", "ADP", ""),
    "kész": ("kész", "ADJ", "Case=Nom"),
}
END_OF_SENTENCE = frozenset({".", "!", "?"})
NO_SPACE_BEFORE = frozenset({".", ",", "!", "?", ":", ";"})


def _token_spec(word: str) -> tuple[str, str, str, str]:
    form, *rest = word.split("/")
    if rest:
        lemma = rest[0] or form.lower()
        pos = rest[1] if len(rest) > 1 else "NOUN"
        morph = rest[2] if len(rest) > 2 else ""
        return form, lemma, pos, morph
    if form.lower() in WORDS:
        return (form, *WORDS[form.lower()])
    if not form[0].isalnum():
        return form, form, "PUNCT", ""
    return form, form.lower(), "NOUN", "Case=Nom"


def build(
    *segments: str | tuple[SegmentKind, str],
    published: dt.date | None = PUBLISHED,
    precision: DatePrecision = DatePrecision.DAY,
) -> Article:
    """An article from annotated segments (a bare string is a paragraph)."""
    text = ""
    tokens: list[Token] = []
    sentences: list[Sentence] = []
    built: list[Segment] = []
    for number, segment in enumerate(segments):
        kind, words = segment if isinstance(segment, tuple) else (SegmentKind.PARAGRAPH, segment)
        if number:
            text += "\n\n"
        segment_start = len(text)
        sentence_start: int | None = None
        for word in words.split():
            form, lemma, pos, morph = _token_spec(word)
            if text and len(text) > segment_start and form not in NO_SPACE_BEFORE:
                text += " "
            start = len(text)
            text += form
            tokens.append(Token(start, len(text), lemma, pos, morph))
            if sentence_start is None:
                sentence_start = start
            if form in END_OF_SENTENCE:
                sentences.append(Sentence(sentence_start, len(text)))
                sentence_start = None
        if sentence_start is not None:
            sentences.append(Sentence(sentence_start, len(text)))
        built.append(Segment(kind, segment_start, len(text)))
    date = None
    if published is not None:
        value = published.replace(day=1) if precision is DatePrecision.MONTH else published
        date = PublicationDate(value, precision)
    return Article(
        text=text,
        date=date,
        segments=tuple(built),
        sentences=tuple(sentences),
        tokens=tuple(tokens),
    )


def plain(text: str, published: dt.date | None = PUBLISHED) -> Article:
    """An article with text only: no segments, sentences or tokens."""
    date = PublicationDate(published, DatePrecision.DAY) if published is not None else None
    return Article(text=text, date=date)


def quoted(
    article: Article,
    span: tuple[int, int],
    cue: tuple[str, str],
    speaker: tuple[str, str],
    rule: str | None = None,
) -> Article:
    """``article`` with one indirect statement over ``span``: ``cue`` is the cue's lemma and
    its words as printed, ``speaker`` the speaker's id and the words naming them."""
    lemma, cue_words = cue
    speaker_id, speaker_words = speaker
    at, said_by = article.text.index(cue_words), article.text.index(speaker_words)
    quote = Quote(
        span[0],
        span[1],
        QuoteKind.INDIRECT,
        lemma,
        at,
        at + len(cue_words),
        speaker_id,
        said_by,
        said_by + len(speaker_words),
        rule=rule,
    )
    return replace(article, quotes=(quote,))
