"""Who said what: direct quotes and indirect statements, attributed to linked speakers.

:func:`extract_quotes` reads an article that carries segments, sentences, tokens and linked
mentions and returns its :class:`~kronika.types.Quote` records in text order;
:class:`QuoteStage` is the pipeline component (``kronika.quotes:QuoteStage``, requires
``segments``, ``sentences``, ``tokens``, ``mentions``; assigns ``quotes``). The words that
attribute a statement are data: ``kronika/data/lexicon/cues.toml`` (:func:`load_cues`).

Kinds: a **direct** quote is printed word for word, between quotation marks („…”, "…",
»…«, over several paragraphs, with nested marks inside), as a blockquote before a dash
attribution line, or after a dialogue dash (``– Harcolunk tovább – mondta Koc.``). An
**indirect** statement is reported: ``X közölte, hogy …``, ``X szerint …``, ``X elmondása
szerint …``, ``a TASZSZ-ra hivatkozva``, and an unmarked clause before its attribution
(``…, jelentette ki Koc.``). Spans cover what was said, without the marks, the cue or the
closing full stop of a reported clause.

:func:`~kronika.quotes.evaluate.evaluate_quotes` scores the layer against
``tests/golden/quotes.jsonl``.
"""

from kronika.quotes.extract import extract_quotes
from kronika.quotes.lexicon import CueLexicon, load_cues
from kronika.quotes.stage import QuoteStage

__all__ = ["CueLexicon", "QuoteStage", "extract_quotes", "load_cues"]
