"""Score quote extraction against a gold set of facts: ``tests/golden/quotes.jsonl``.

A gold line names a quote without copying the article: the article's link, the first and
the last few words of the quote (``first``, ``last``; ``occurrence`` says which occurrence of
``first`` when it repeats, from 0), the speaker (a KB id such as ``Q57641`` or
``kronika:tamas-sulyok`` when the KB has the entity, else the name as printed, or null when
the text does not say who), the kind (``direct``/``indirect``) and the cue lemma (null when
nothing is printed). The gold span runs from the start of ``first`` to the end of ``last``;
``tests/golden/QUOTES.md`` gives the annotation protocol.

Scores, for direct and indirect quotes apart (a gold quote by its gold kind, a found quote
by the kind the extractor gave it):

* ``recall_overlap`` / ``recall_exact``: gold quotes that a found quote overlaps / matches
  exactly (both spans compared without surrounding spaces, punctuation and quotation marks);
* ``precision_overlap`` / ``precision_exact``: found quotes that overlap / exactly match a
  gold quote (the gold set annotates every statement of its articles);
* ``speaker_accuracy``: of the gold quotes found, those whose best-overlapping found quote
  has the gold speaker (an id equal to the gold id, a speaker mention whose name, as printed
  or as its unknown entity's id spells it, agrees with a gold name, or no speaker for a gold
  null: ``az IRC`` agrees with ``Oroszországi Nyomozó Bizottság`` when the article defined
  the acronym and the linker gave it the body's id); ``kind_accuracy`` likewise for the kind;
* speed: quote extraction milliseconds per article, and relative to the NLP stage.

Run it with ``kronika eval quotes --corpora PATH [--gold PATH] [--model M] [--json]``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kronika.evaluation import (
    TimedRun,
    nth_occurrence,
    ratio,
    read_corpus_articles,
    read_gold_lines,
    time_last_component,
)
from kronika.pipeline import PROCESS_COMPONENTS
from kronika.types import Article, Quote, QuoteKind

#: The pipeline up to quote extraction, which is timed on its own as the last component.
QUOTED = PROCESS_COMPONENTS[: PROCESS_COMPONENTS.index("quotes.rules.v1") + 1]
#: Where the gold set lives in a source checkout.
DEFAULT_GOLD = Path(__file__).resolve().parents[3] / "tests" / "golden" / "quotes.jsonl"
_EDGE = " \t\r\n\u00a0.,;:!?…–—-„“”\"'»«‚’()"
_ID = re.compile(r"^(Q\d+|kronika:.+)$")
_ERRORS_KEPT = 300


@dataclass(frozen=True, slots=True)
class GoldQuote:
    """One gold fact: a quote of an article, by its first and last words."""

    article: str
    first: str
    last: str
    speaker: str | None
    kind: QuoteKind
    cue: str | None
    occurrence: int = 0

    def locate(self, text: str) -> tuple[int, int] | None:
        """The gold span in ``text``, or None when the anchors are not found."""
        start = nth_occurrence(text, self.first, self.occurrence)
        if start is None:
            return None
        end = text.find(self.last, start)
        return (start, end + len(self.last)) if end >= 0 else None


def read_gold(path: Path) -> list[GoldQuote]:
    """The gold quotes of a JSON-lines file (a bad line raises InputError naming it)."""
    return read_gold_lines(
        path,
        lambda record: GoldQuote(
            article=record["article"],
            first=record["first"],
            last=record["last"],
            speaker=record.get("speaker"),
            kind=QuoteKind(record["kind"]),
            cue=record.get("cue"),
            occurrence=int(record.get("occurrence", 0)),
        ),
    )


def _core(text: str, start: int, end: int) -> tuple[int, int]:
    """A span without surrounding spaces, punctuation and quotation marks."""
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    return start, end


def _fold(name: str) -> list[str]:
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.findall(r"\w+", plain)


def speaker_agrees(gold: str | None, quote: Quote, article: Article) -> bool:
    """Whether a found quote's speaker is the gold speaker (see the module doc)."""
    if gold is None:
        return quote.speaker_id is None
    if quote.speaker_id is None:
        return False
    if _ID.match(gold):
        return quote.speaker_id == gold
    named = set(_fold(gold))
    printed = (
        article.text[quote.speaker_start : quote.speaker_end]
        if quote.speaker_start is not None and quote.speaker_end is not None
        else ""
    )
    # An unknown entity's id ends in its folded name: the name the speaker was linked to.
    known_as = quote.speaker_id.rsplit(":", 1)[-1] if quote.speaker_id.startswith("nil:") else ""
    for name in (printed, known_as):
        found = set(_fold(name))
        # A family name alone ("Kestermann") names the person printed in full in the gold.
        if found and (found <= named or named <= found or bool(found & named)):
            return True
    return False


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def score_quotes(
    analysed: Mapping[str, Article],
    gold: Iterable[GoldQuote],
    *,
    quote_seconds: float = 0.0,
    nlp_seconds: float = 0.0,
) -> dict[str, Any]:
    """Scores of articles carrying quotes (by link) against the gold quotes."""
    kinds = {kind.value: dict.fromkeys(_COUNTERS, 0) for kind in QuoteKind}
    errors: list[dict[str, Any]] = []
    located: dict[str, list[tuple[int, int]]] = {}
    unlocated = missing = 0
    for item in gold:
        counts = kinds[item.kind.value]
        counts["gold"] += 1
        article = analysed.get(item.article)
        span = item.locate(article.text) if article is not None else None
        if article is None or span is None:
            missing += article is None
            unlocated += article is not None
            continue
        located.setdefault(item.article, []).append(span)
        gold_core = _core(article.text, *span)
        best = max(article.quotes, key=lambda q: _overlap(span, (q.start, q.end)), default=None)
        if best is None or _overlap(span, (best.start, best.end)) == 0:
            errors.append(_error(item, "not found"))
            continue
        counts["found"] += 1
        exact = any(_core(article.text, q.start, q.end) == gold_core for q in article.quotes)
        counts["exact"] += exact
        counts["kind_right"] += best.kind is item.kind
        if speaker_agrees(item.speaker, best, article):
            counts["speaker_right"] += 1
        else:
            errors.append(_error(item, "speaker", best, article))
    for link, spans in located.items():
        article = analysed[link]
        cores = {_core(article.text, *span) for span in spans}
        for quote in article.quotes:
            counts = kinds[quote.kind.value]
            counts["predicted"] += 1
            if any(_overlap((quote.start, quote.end), span) for span in spans):
                counts["predicted_overlap"] += 1
            else:
                errors.append(
                    {
                        "article": link,
                        "error": "spurious",
                        "kind": quote.kind.value,
                        "text": article.text[quote.start : quote.start + 60],
                        "rule": quote.rule,
                    }
                )
            counts["predicted_exact"] += _core(article.text, quote.start, quote.end) in cores
    articles = max(len(analysed), 1)
    result: dict[str, Any] = {
        "articles": len(analysed),
        "gold_quotes": sum(k["gold"] for k in kinds.values()),
        "missing_articles": missing,
        "unlocated": unlocated,
    }
    for kind, counts in kinds.items():
        result[kind] = {
            "gold": counts["gold"],
            "predicted": counts["predicted"],
            "recall_overlap": ratio(counts["found"], counts["gold"]),
            "recall_exact": ratio(counts["exact"], counts["gold"]),
            "precision_overlap": ratio(counts["predicted_overlap"], counts["predicted"]),
            "precision_exact": ratio(counts["predicted_exact"], counts["predicted"]),
            "speaker_accuracy": ratio(counts["speaker_right"], counts["found"]),
            "kind_accuracy": ratio(counts["kind_right"], counts["found"]),
        }
    result.update(
        quotes_ms_per_article=round(1000 * quote_seconds / articles, 3),
        nlp_ms_per_article=round(1000 * nlp_seconds / articles, 3),
        quotes_vs_nlp=round(quote_seconds / nlp_seconds, 4) if nlp_seconds else None,
        errors=errors[:_ERRORS_KEPT],
    )
    return result


_COUNTERS = (
    "gold",
    "found",
    "exact",
    "kind_right",
    "speaker_right",
    "predicted",
    "predicted_overlap",
    "predicted_exact",
)


def _error(
    item: GoldQuote, what: str, quote: Quote | None = None, article: Article | None = None
) -> dict[str, Any]:
    record: dict[str, Any] = {
        "article": item.article,
        "error": what,
        "first": item.first,
        "kind": item.kind.value,
        "gold_speaker": item.speaker,
    }
    if quote is not None and article is not None:
        speaker = (
            article.text[quote.speaker_start : quote.speaker_end]
            if quote.speaker_start is not None
            else None
        )
        record.update(speaker=quote.speaker_id, speaker_text=speaker, rule=quote.rule)
    return record


def run_timed(articles: Mapping[str, Article], model: str | None) -> TimedRun:
    """Structure, NLP and linking in batches, then quote extraction timed on its own (the
    components after it, such as events, are not run)."""
    options = {"nlp.spacy.v1": {"model": model}} if model else {}
    return time_last_component(articles, QUOTED, options)


def evaluate_quotes(
    corpora: Path, gold: Path | Sequence[GoldQuote], model: str | None = None
) -> dict[str, Any]:
    """Run the real pipeline (structure, NLP with ``model``, linking, quotes) over the gold
    set's articles and score it against ``gold`` (a file or the parsed quotes)."""
    quotes = read_gold(gold) if isinstance(gold, Path) else list(gold)
    articles = read_corpus_articles(corpora, (q.article for q in quotes))
    run = run_timed(articles, model)
    result = score_quotes(
        run.results, quotes, quote_seconds=run.last_seconds, nlp_seconds=run.before_seconds
    )
    result["model"] = model or "default"
    return result


def format_report(result: Mapping[str, Any]) -> str:
    """The scores as a short text table."""
    lines = [f"articles {result['articles']}, gold quotes {result['gold_quotes']}"]
    lines.append(
        f"{'':10}{'gold':>6}{'found':>7}{'R ovl':>8}{'R ex':>7}{'P ovl':>8}"
        f"{'P ex':>7}{'speaker':>9}{'kind':>7}"
    )
    for kind in QuoteKind:
        s = result[kind.value]
        lines.append(
            f"{kind.value:10}{s['gold']:>6}{s['predicted']:>7}{s['recall_overlap']:>8.1%}"
            f"{s['recall_exact']:>7.1%}{s['precision_overlap']:>8.1%}{s['precision_exact']:>7.1%}"
            f"{s['speaker_accuracy']:>9.1%}{s['kind_accuracy']:>7.1%}"
        )
    lines.append(
        f"quotes ms/article {result['quotes_ms_per_article']}, NLP ms/article "
        f"{result['nlp_ms_per_article']}, quotes/NLP {result['quotes_vs_nlp']}"
    )
    return "\n".join(lines)
