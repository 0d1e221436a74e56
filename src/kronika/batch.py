"""The in-process batch engine: inputs → articles → pipeline → store, one article at a time.

Articles are written in small transactions of whole articles, so a batch that is killed
leaves only whole articles behind, and running it again completes it (re-ingest of a stored
text adds nothing).
A bad input or a failing component costs that one input: it is stored as a rejection with
its reason and the batch goes on.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, BinaryIO

from kronika.corpus.neardup import fingerprint_article
from kronika.errors import PipelineError
from kronika.ingest.readers import ReadOptions, read_inputs
from kronika.pipeline import Pipeline
from kronika.store import AddStatus, Store
from kronika.types import Article, Rejection

ProgressCallback = Callable[[Article | Rejection], None]
# Articles per transaction: a commit per article would dominate ingest time, and a killed
# batch still loses only whole articles (at most this many), which a re-run stores.
WRITE_BATCH = 32


@dataclass(slots=True)
class IngestReport:
    """What one ingest run did."""

    ingested: int = 0
    duplicates: int = 0
    near_duplicates: int = 0
    rejected: list[Rejection] = field(default_factory=list)
    article_ids: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.rejected

    def as_json(self) -> dict[str, Any]:
        return {
            "ingested": self.ingested,
            "duplicates": self.duplicates,
            "near_duplicates": self.near_duplicates,
            "rejected": [{"path": r.source, "reason": r.reason} for r in self.rejected],
        }


def ingest(
    paths: Iterable[str],
    store: Store,
    options: ReadOptions,
    *,
    pipeline: Pipeline | None = None,
    near_duplicate_threshold: float = 0.8,
    stdin: BinaryIO | None = None,
    progress: ProgressCallback | None = None,
) -> IngestReport:
    """Read every input, run the pipeline on each article and store it."""
    pipeline = pipeline or Pipeline.build()
    report = IngestReport()
    pending: list[Article] = []

    def reject(rejection: Rejection) -> None:
        store.record_rejection(rejection)
        report.rejected.append(rejection)
        if progress is not None:
            progress(rejection)

    def flush() -> None:
        done: list[Article] = []
        for article, result in zip(pending, pipeline.run_batch(pending), strict=True):
            if isinstance(result, PipelineError):
                reject(Rejection(article.source or article.id, str(result)))
            else:
                done.append(result)
        items = [(article, fingerprint_article(article)) for article in done]
        for article, outcome in zip(
            done, store.add_articles(items, near_duplicate_threshold), strict=True
        ):
            report.article_ids.append(outcome.article_id)
            if outcome.status is AddStatus.NEW:
                report.ingested += 1
            elif outcome.status is AddStatus.NEAR_DUPLICATE:
                report.near_duplicates += 1
            else:
                report.duplicates += 1
            if progress is not None:
                progress(article)
        pending.clear()

    for item in read_inputs(paths, options, stdin):
        if isinstance(item, Rejection):
            reject(item)
            continue
        pending.append(item)
        if len(pending) >= WRITE_BATCH:
            flush()
    if pending:
        flush()
    return report


@dataclass(slots=True)
class AnnotateReport:
    """What one run of the analysis stages over stored articles did."""

    analysed: int = 0
    failed: list[Rejection] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {
            "analysed": self.analysed,
            "failed": [{"id": r.source, "reason": r.reason} for r in self.failed],
        }


def annotate(
    store: Store,
    pipeline: Pipeline,
    article_ids: Sequence[str],
    *,
    progress: Callable[[int], None] | None = None,
) -> AnnotateReport:
    """Run ``pipeline`` over stored articles and replace their stored analyses."""
    report = AnnotateReport()
    for start in range(0, len(article_ids), WRITE_BATCH):
        chunk = [store.get_article(i).article for i in article_ids[start : start + WRITE_BATCH]]
        for article, result in zip(chunk, pipeline.run_batch(chunk), strict=True):
            if isinstance(result, PipelineError):
                report.failed.append(Rejection(article.id, str(result)))
            else:
                store.save_analysis(result)
                report.analysed += 1
        if progress is not None:
            progress(len(chunk))
    return report
