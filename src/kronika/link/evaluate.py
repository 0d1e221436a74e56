"""Score entity linking against a gold set of facts: ``tests/golden/entities.jsonl``.

A gold line names a mention without copying the article: the article's link, the mention's
surface as printed (``Putyinnal``), which occurrence of that surface it is (0 for the first,
counting non-overlapping occurrences in the article text), its label and the gold entity, a
KB id (``Q7747``, ``kronika:steve-witkoff``) or ``NIL`` when the KB lacks it. The texts are
read from the corpus at evaluation time.

A gold mention is *found* when a system mention overlaps it (the largest overlap wins), so
a NER span that took a neighbouring word (``Trump aReuters``) still counts as found. The
scores:

* ``accuracy_linkable``: gold mentions with a KB entity that were found and linked to it, over
  all gold mentions with a KB entity (end to end: NER misses count against it);
* ``accuracy_linkable_found``: the same over the linkable mentions that were found (the
  linker's own accuracy);
* ``nil_precision`` / ``nil_recall``: of the found mentions the linker called NIL, how many
  are NIL in the gold; of the found gold NIL mentions, how many the linker called NIL;
* ``coverage``: found gold mentions over all gold mentions;
* speed: linking milliseconds per article, and linking time relative to the NLP stage.

Run it with ``kronika eval entities --corpora PATH [--gold PATH] [--model M] [--json]``.
"""

from __future__ import annotations

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
from kronika.kb.index import NIL_PREFIX
from kronika.pipeline import INGEST_COMPONENTS
from kronika.types import Article, Mention

#: NLP, then the linker (timed on its own).
LINKED = ("nlp.spacy.v1", "link.kb.v1")

NIL = "NIL"
#: Where the gold set lives in a source checkout.
DEFAULT_GOLD = Path(__file__).resolve().parents[3] / "tests" / "golden" / "entities.jsonl"
_ERRORS_KEPT = 200


@dataclass(frozen=True, slots=True)
class GoldMention:
    """One gold fact: which mention of which article names which entity."""

    article: str
    surface: str
    occurrence: int
    label: str
    entity: str

    @property
    def is_nil(self) -> bool:
        return self.entity == NIL


def read_gold(path: Path) -> list[GoldMention]:
    """The gold mentions of a JSON-lines file (a bad line raises InputError naming it)."""
    return read_gold_lines(
        path,
        lambda record: GoldMention(
            article=record["article"],
            surface=record["surface"],
            occurrence=int(record.get("occurrence", 0)),
            label=record.get("label", ""),
            entity=record["entity"],
        ),
    )


def locate(text: str, surface: str, occurrence: int) -> tuple[int, int] | None:
    """The span of the ``occurrence``-th non-overlapping occurrence of ``surface``."""
    start = nth_occurrence(text, surface, occurrence, overlapping=False)
    return None if start is None else (start, start + len(surface))


def _best_overlap(span: tuple[int, int], mentions: Sequence[Mention]) -> Mention | None:
    best, best_overlap = None, 0
    for mention in mentions:
        overlap = min(span[1], mention.end) - max(span[0], mention.start)
        if overlap > best_overlap:
            best, best_overlap = mention, overlap
    return best


def score_linking(
    linked: Mapping[str, Article],
    gold: Iterable[GoldMention],
    *,
    link_seconds: float = 0.0,
    nlp_seconds: float = 0.0,
) -> dict[str, Any]:
    """Scores of linked articles (by link) against the gold mentions; see the module doc."""
    counts = dict.fromkeys(
        ("gold", "found", "linkable", "linkable_found", "correct", "gold_nil_found"), 0
    )
    counts.update(predicted_nil=0, true_nil=0, missing_articles=0, unlocated=0)
    errors: list[dict[str, Any]] = []
    for item in gold:
        counts["gold"] += 1
        counts["linkable"] += not item.is_nil
        article = linked.get(item.article)
        span = locate(article.text, item.surface, item.occurrence) if article else None
        if article is None or span is None:
            counts["missing_articles" if article is None else "unlocated"] += 1
            continue
        mention = _best_overlap(span, article.mentions)
        if mention is None:
            if len(errors) < _ERRORS_KEPT:
                errors.append({**_describe(item), "predicted": None, "rule": "not found"})
            continue
        counts["found"] += 1
        predicted = mention.entity_id or ""
        predicted_nil = predicted.startswith(NIL_PREFIX) or not predicted
        counts["predicted_nil"] += predicted_nil
        if item.is_nil:
            counts["gold_nil_found"] += 1
            counts["true_nil"] += predicted_nil
            right = predicted_nil
        else:
            counts["linkable_found"] += 1
            right = predicted == item.entity
            counts["correct"] += right
        if not right and len(errors) < _ERRORS_KEPT:
            errors.append({**_describe(item), "predicted": predicted, "rule": mention.rule})
    articles = max(len(linked), 1)
    return {
        "articles": len(linked),
        "gold_mentions": counts["gold"],
        "coverage": ratio(counts["found"], counts["gold"]),
        "linkable": counts["linkable"],
        "accuracy_linkable": ratio(counts["correct"], counts["linkable"]),
        "accuracy_linkable_found": ratio(counts["correct"], counts["linkable_found"]),
        "nil_precision": ratio(counts["true_nil"], counts["predicted_nil"]),
        "nil_recall": ratio(counts["true_nil"], counts["gold_nil_found"]),
        "counts": counts,
        "link_ms_per_article": round(1000 * link_seconds / articles, 3),
        "nlp_ms_per_article": round(1000 * nlp_seconds / articles, 3),
        "link_vs_nlp": round(link_seconds / nlp_seconds, 4) if nlp_seconds else None,
        "errors": errors,
    }


def _describe(item: GoldMention) -> dict[str, Any]:
    return {
        "article": item.article,
        "surface": item.surface,
        "occurrence": item.occurrence,
        "gold": item.entity,
    }


def run_timed(articles: Mapping[str, Article], model: str | None) -> TimedRun:
    """Structure and NLP in batches, then linking timed on its own."""
    options = {"nlp.spacy.v1": {"model": model}} if model else {}
    return time_last_component(articles, (*INGEST_COMPONENTS, *LINKED), options)


def evaluate_linking(
    corpora: Path, gold: Path | Sequence[GoldMention], model: str | None = None
) -> dict[str, Any]:
    """Run the real pipeline (structure, NLP with ``model``, linking) over the gold set's
    articles and score it against ``gold`` (a file or the parsed mentions)."""
    mentions = read_gold(gold) if isinstance(gold, Path) else list(gold)
    run = run_timed(read_corpus_articles(corpora, (m.article for m in mentions)), model)
    result = score_linking(
        run.results, mentions, link_seconds=run.last_seconds, nlp_seconds=run.before_seconds
    )
    result["load_seconds"] = round(run.load_seconds, 3)
    result["model"] = model or "default"
    return result


def format_report(result: Mapping[str, Any]) -> str:
    """The scores as a short text table."""
    lines = [
        f"articles                 {result['articles']}",
        f"gold mentions            {result['gold_mentions']} ({result['linkable']} linkable)",
        f"coverage (NER found)     {result['coverage']:.1%}",
        f"accuracy, linkable       {result['accuracy_linkable']:.1%}",
        f"accuracy, linkable found {result['accuracy_linkable_found']:.1%}",
        f"NIL precision            {result['nil_precision']:.1%}",
        f"NIL recall               {result['nil_recall']:.1%}",
        f"linking ms/article       {result['link_ms_per_article']}",
        f"NLP ms/article           {result['nlp_ms_per_article']}",
    ]
    if result.get("link_vs_nlp") is not None:
        lines.append(f"linking / NLP time       {result['link_vs_nlp']:.1%}")
    return "\n".join(lines)
