"""The ``nlp.spacy.v1`` stage: sentences, tokens and named-entity mentions of an article.

Each content segment (everything but boilerplate) is analysed as its own text, so sentences
never run across a paragraph, caption or credit boundary, glued paragraphs included, and
page junk never yields mentions. Offsets are mapped back into the article text.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from kronika.nlp.components import with_form_capitals
from kronika.nlp.load import DEFAULT_MODEL, load_pipeline, model_id
from kronika.types import Article, Mention, SegmentKind, Sentence, Token

SKIPPED_KINDS = frozenset({SegmentKind.BOILERPLATE})
NER_LABELS = frozenset({"PER", "ORG", "LOC", "MISC"})


class NlpStage:
    """Runs a tuned spaCy pipeline over articles, in batches with ``nlp.pipe``."""

    def __init__(self, model: str | None = None, batch_size: int = 64) -> None:
        self.model = model or DEFAULT_MODEL
        self.batch_size = batch_size

    @property
    def nlp(self) -> Any:
        return load_pipeline(self.model)

    @property
    def extractor(self) -> str:
        """What this stage records as the maker of its annotations."""
        return f"nlp.spacy.v1:{model_id(self.nlp)}"

    def __call__(self, article: Article) -> dict[str, Any]:
        return next(iter(self.pipe([article])))

    def pipe(self, articles: Sequence[Article]) -> Iterator[dict[str, Any]]:
        """The annotations of each article, in order."""
        nlp = self.nlp
        name = self.extractor
        jobs = [(index, start, end) for index, a in enumerate(articles) for start, end in _spans(a)]
        texts = (articles[index].text[start:end] for index, start, end in jobs)
        results: list[dict[str, list[Any]]] = [
            {"sentences": [], "tokens": [], "mentions": []} for _ in articles
        ]
        for (index, offset, _end), doc in zip(
            jobs, nlp.pipe(texts, batch_size=self.batch_size), strict=True
        ):
            _collect(doc, offset, results[index])
        for result in results:
            yield {
                "sentences": tuple(result["sentences"]),
                "tokens": tuple(result["tokens"]),
                "mentions": tuple(result["mentions"]),
                "nlp_model": name,
            }


def _spans(article: Article) -> list[tuple[int, int]]:
    """The stretches of text to analyse: content segments, or the whole text."""
    if not article.segments:
        return [(0, len(article.text))] if article.text.strip() else []
    return [(s.start, s.end) for s in article.segments if s.kind not in SKIPPED_KINDS]


#: Lower-case particles of foreign names that are Hungarian words too (``von`` pulls, ``van``
#: is, ``de`` but, ``le`` down).
NAME_PARTICLES = frozenset({"von", "van", "der", "den", "de", "da", "di", "del", "du", "le", "la"})


def _collect(doc: Any, offset: int, into: dict[str, list[Any]]) -> None:
    """Append one analysed segment's sentences, tokens and mentions, shifted by ``offset``."""
    has_sentences = doc.has_annotation("SENT_START")
    sentences = doc.sents if has_sentences else [doc[:]]
    for sentence in sentences:
        text = sentence.text
        if text.strip():
            lead = len(text) - len(text.lstrip())
            trail = len(text) - len(text.rstrip())
            start = offset + sentence.start_char + lead
            into["sentences"].append(Sentence(start, offset + sentence.end_char - trail))
    for token in doc:
        if token.is_space:
            continue
        start = offset + token.idx
        into["tokens"].append(
            Token(
                start,
                start + len(token.text),
                token.lemma_ or token.text,
                token.pos_,
                str(token.morph),
            )
        )
    # (``Doc.text`` joins every token anew on each call: read it once, not per name.)
    text = doc.text
    for entity in doc.ents:
        if set(text[entity.start_char : entity.end_char].split()) <= NAME_PARTICLES:
            # ``tetteket von maga után``: a Hungarian word the NER took for the particle of
            # ``von der Leyen``; a particle alone is no name (a lower-case name is: ``dpa``).
            continue
        if entity.label_ in NER_LABELS:
            into["mentions"].append(
                Mention(
                    offset + entity.start_char,
                    offset + entity.end_char,
                    entity.label_,
                    mention_lemma(entity, text),
                )
            )


def mention_lemma(entity: Any, text: str | None = None) -> str:
    """The dictionary form of a name: only its last word is inflected in Hungarian
    (``Donald Trumptól`` → ``Donald Trump``, ``a Fehér Házban`` → ``Fehér Ház``). ``text``
    is the text of the entity's doc, when the caller has it already."""
    last = entity[-1]
    whole = entity.doc.text if text is None else text
    head: str = whole[entity.start_char : last.idx]
    return head + with_form_capitals(last.lemma_ or last.text, last.text)
