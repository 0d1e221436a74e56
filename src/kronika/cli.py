"""The ``kronika`` command line: thin commands over the library, errors made human at the edge.

Exit codes: 0 success; 1 the command ran but something failed (inputs rejected, an article
not found, the store unreachable); 2 usage errors (bad options, bad settings).
"""

from __future__ import annotations

import calendar
import csv
import datetime as dt
import importlib
import json
import signal
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict
from importlib import resources
from pathlib import Path
from typing import Any, NoReturn, TextIO

import click
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn
from rich.table import Table
from rich.text import Text

from kronika.batch import IngestReport, annotate, ingest
from kronika.config import SETTINGS, Settings, load_settings
from kronika.errors import ConfigError, InputError, KronikaError
from kronika.export import EVENT_CSV_FIELDS, csv_row, event_json, plover_record
from kronika.ingest.dates import parse_publication_date
from kronika.ingest.readers import CsvColumns, InputFormat, ReadOptions, expand_paths
from kronika.pipeline import (
    ANALYSED_ANNOTATIONS,
    ANALYSIS_COMPONENTS,
    INGEST_COMPONENTS,
    PROCESS_COMPONENTS,
    STORED_ANNOTATIONS,
    Pipeline,
)
from kronika.store import EventQuery, Store, StoredArticle
from kronika.types import (
    Article,
    DatePrecision,
    Entity,
    EntityType,
    Event,
    Modality,
    Participant,
    PloverType,
    PublicationDate,
    Quote,
    Rejection,
    SegmentKind,
)

EXIT_FAILED = 1
EXIT_USAGE = 2

stdout = Console(soft_wrap=True)
stderr = Console(stderr=True, soft_wrap=True)

_SETTING_HELP = {s.name: s.help for s in SETTINGS}
_KIND_STYLE = {
    SegmentKind.HEADLINE: "bold magenta",
    SegmentKind.LEDE: "bold",
    SegmentKind.SUBHEADING: "bold cyan",
    SegmentKind.CAPTION: "italic green",
    SegmentKind.CREDIT: "green",
    SegmentKind.BLOCKQUOTE: "yellow",
    SegmentKind.ATTRIBUTION: "yellow",
    SegmentKind.BOILERPLATE: "dim",
}


def _fail(message: str, code: int = EXIT_FAILED) -> NoReturn:
    stderr.print(Text(f"kronika: {message}", style="red"))
    sys.exit(code)


@contextmanager
def _user_errors() -> Iterator[None]:
    """Turn Krónika's errors into one-line messages and exit codes."""
    try:
        yield
    except ConfigError as exc:
        _fail(str(exc), EXIT_USAGE)
    except KronikaError as exc:
        _fail(str(exc))


def _print_json(value: Any) -> None:
    click.echo(json.dumps(value, ensure_ascii=False, indent=2, default=str))


class _Context:
    def __init__(self, db: str | None) -> None:
        self.db = db

    def settings(self, **overrides: Any) -> Settings:
        return load_settings({"db": self.db, **overrides})

    @contextmanager
    def store(self, **overrides: Any) -> Iterator[tuple[Store, Settings]]:
        with _user_errors():
            settings = self.settings(**overrides)
            store = Store(settings.db)
        try:
            yield store, settings
        finally:
            store.close()


pass_context = click.make_pass_decorator(_Context)


def _end_quietly_on_closed_pipe() -> None:
    """A read-only listing whose reader stops early (``kronika events | head``) ends as a
    Unix tool does, killed by SIGPIPE (exit status 141), with no traceback and no failure
    message. Only commands that write nothing to the store call this, and only when they
    write to the process's own stdout (not in a test runner that captures it)."""
    if hasattr(signal, "SIGPIPE") and sys.stdout is sys.__stdout__:
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.option("--db", metavar="URL", envvar="KRONIKA_DB", help=_SETTING_HELP["db"])
@click.version_option(package_name="kronika")
@click.pass_context
def main(ctx: click.Context, db: str | None) -> None:
    """Krónika: who did what to whom, when and where, and who said what, in Hungarian news."""
    ctx.obj = _Context(db)


def _parse_date_option(_ctx: click.Context, _param: click.Parameter, value: str | None) -> Any:
    if value is None:
        return None
    try:
        return parse_publication_date(value)
    except InputError as exc:
        raise click.BadParameter(str(exc)) from exc


def _parse_columns(_ctx: click.Context, _param: click.Parameter, value: str | None) -> CsvColumns:
    try:
        return CsvColumns.parse(value or "")
    except InputError as exc:
        raise click.BadParameter(str(exc)) from exc


_MODEL_OPTION = click.option(
    "--model",
    metavar="NAME|PATH",
    help="spaCy pipeline: Krónika's own (kronika-hu-news, the default), a pipeline directory, "
    "or an installed package such as hu_core_news_lg. Env KRONIKA_NLP_MODEL.",
)


def _input_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """The options every command that reads inputs takes."""
    for option in reversed(
        (
            click.argument("paths", nargs=-1, required=True),
            click.option(
                "--format",
                "input_format",
                type=click.Choice([f.value for f in InputFormat]),
                default=InputFormat.AUTO.value,
                show_default=True,
                help="Input format; auto chooses by content and file suffix.",
            ),
            click.option(
                "--date",
                callback=_parse_date_option,
                metavar="YYYY-MM-DD",
                help="Publication date for inputs that carry none (plain text, headerless files).",
            ),
            click.option("--outlet", help="Outlet for inputs whose record or URL names none."),
            click.option(
                "--columns",
                callback=_parse_columns,
                metavar="FIELD=COLUMN,...",
                help="CSV column mapping, e.g. body=text,date=published (fields: title, date, "
                "body, url, category, outlet).",
            ),
            click.option(
                "--max-bytes", type=click.IntRange(min=1), help=_SETTING_HELP["max_bytes"]
            ),
            click.option("--json", "as_json", is_flag=True, help="Print the report as JSON."),
        )
    ):
        command = option(command)
    return command


@main.command("ingest")
@_input_options
@pass_context
def ingest_command(obj: _Context, /, **options: Any) -> None:
    """Read articles from files, directories, globs or - (stdin) into the store, with the
    structure of each page.

    Exit 0 when every input went in, 1 when some were rejected (the rest still went in).
    """
    _ingest_with(obj, INGEST_COMPONENTS, **options)


@main.command("process")
@_input_options
@_MODEL_OPTION
@pass_context
def process_command(obj: _Context, /, model: str | None, **options: Any) -> None:
    """Read articles and run the whole pipeline on them, storing the results: structure,
    NLP (sentences, tokens, lemmas, morphology, named entities), entity links, quotes and
    PLOVER events. `kronika events` and `kronika export` then read the events.

    Exit 0 when every input went in, 1 when some were rejected (the rest still went in).
    """
    _ingest_with(obj, PROCESS_COMPONENTS, model=model, **options)


def _ingest_with(
    obj: _Context,
    components: tuple[str, ...],
    *,
    paths: tuple[str, ...],
    input_format: str,
    date: Any,
    outlet: str | None,
    columns: CsvColumns,
    max_bytes: int | None,
    as_json: bool,
    model: str | None = None,
) -> None:
    with obj.store(max_bytes=max_bytes, nlp_model=model) as (store, settings):
        options = ReadOptions(
            format=InputFormat(input_format),
            date=date,
            outlet=outlet,
            max_bytes=settings.max_bytes,
            columns=columns,
        )
        with _user_errors():
            pipeline = Pipeline.build(components, _component_options(settings, store, components))
            report = _run_ingest(
                paths, store, options, settings, pipeline, show_progress=not as_json
            )
    if as_json:
        _print_json(report.as_json())
    else:
        _print_ingest_report(report)
    sys.exit(0 if report.ok else EXIT_FAILED)


def _component_options(
    settings: Settings, store: Store | None = None, components: tuple[str, ...] = ()
) -> dict[str, dict[str, Any]]:
    """Options of the stages: the NLP model and the categories left uncoded from settings;
    for linking and event coding, the store's KB (analysts' edits included) when the store
    has one, else the packaged KB."""
    options: dict[str, dict[str, Any]] = {
        "nlp.spacy.v1": {"model": settings.nlp_model},
        "events.rules.v1": {"uncoded_categories": settings.uncoded},
    }
    if store is not None and store.kb_version() is not None:
        entities = store.kb_entities() if set(components) & _KB_STAGES else []
        for name in _KB_STAGES & set(components):
            options.setdefault(name, {})["entities"] = entities
    return options


#: Stages that read the knowledge base (a store's, when it has one).
_KB_STAGES = frozenset({"link.kb.v1", "events.rules.v1"})


def _run_ingest(
    paths: tuple[str, ...],
    store: Store,
    options: ReadOptions,
    settings: Settings,
    pipeline: Pipeline,
    *,
    show_progress: bool,
) -> IngestReport:
    def run(progress: Callable[[Article | Rejection], None] | None) -> IngestReport:
        return ingest(
            paths,
            store,
            options,
            pipeline=pipeline,
            near_duplicate_threshold=settings.near_duplicate_threshold,
            progress=progress,
        )

    if not show_progress or not stderr.is_terminal:
        return run(None)
    files = sum(1 for item in expand_paths(paths) if not isinstance(item, Rejection))
    with Progress(
        SpinnerColumn(),
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[current]}"),
        console=stderr,
        transient=True,
    ) as bar:
        task = bar.add_task("ingesting", total=files or None, current="")
        seen: set[str] = set()

        def advance(item: Article | Rejection) -> None:
            source = item.source or ""
            path = source.rsplit(":", 1)[0] if ":" in source else source
            if path not in seen:
                seen.add(path)
                bar.update(task, completed=min(len(seen), files), current=path)

        return run(advance)


def _print_ingest_report(report: IngestReport) -> None:
    stdout.print(
        f"ingested [bold]{report.ingested}[/], duplicates {report.duplicates}, "
        f"near-duplicates linked {report.near_duplicates}, rejected {len(report.rejected)}"
    )
    for rejection in report.rejected:
        stderr.print(Text(f"rejected {rejection.message()}", style="red"))


@main.command("articles")
@click.option("--limit", type=click.IntRange(min=1), default=None, help="At most this many.")
@click.option("--offset", type=click.IntRange(min=0), default=0, help="Skip this many.")
@click.option("--outlet", help="Only this outlet (e.g. telex.hu).")
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), help="Published on or after.")
@click.option("--until", type=click.DateTime(["%Y-%m-%d"]), help="Published on or before.")
@click.option("--copies", is_flag=True, help="Include near-duplicate copies (linked).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@pass_context
def articles_command(
    obj: _Context,
    limit: int | None,
    offset: int,
    outlet: str | None,
    since: dt.datetime | None,
    until: dt.datetime | None,
    copies: bool,
    as_json: bool,
) -> None:
    """List stored articles, newest first."""
    _end_quietly_on_closed_pipe()
    with obj.store() as (store, _settings), _user_errors():
        rows = store.list_articles(
            limit=limit,
            offset=offset,
            outlet=outlet,
            since=since.date() if since else None,
            until=until.date() if until else None,
            include_copies=copies,
        )
    if as_json:
        keys = ("id", "date", "date_precision", "outlet", "url", "title")
        _print_json(
            [
                {
                    k: v
                    for k, v in asdict(r).items()
                    if k in keys or (copies and k == "duplicate_of")
                }
                for r in rows
            ]
        )
        return
    table = Table("id", "date", "outlet", "title", box=None)
    for r in rows:
        table.add_row(r.id, r.date or "", r.outlet or "", r.title or "")
    stdout.print(table)


def article_json(stored: StoredArticle) -> dict[str, Any]:
    """The ``show --json`` document of one article."""
    article = stored.article
    return {
        "id": article.id,
        "date": article.date.isoformat() if article.date else None,
        "date_precision": article.date.precision.value if article.date else "none",
        "outlet": article.outlet,
        "url": article.url,
        "urls": list(stored.urls),
        "title": article.title,
        "category": article.category,
        "language": article.language,
        "source": article.source,
        "duplicate_of": stored.duplicate_of,
        "similarity": stored.similarity,
        "copies": list(stored.copies),
        "text": article.text,
        "segments": [
            {
                "kind": s.kind.value,
                "start": s.start,
                "end": s.end,
                "text": article.text[s.start : s.end],
            }
            for s in article.segments
        ],
        **(analysis_json(article) if article.nlp_model else {}),
        **(
            {
                "quotes": [quote_json(article.text, q) for q in article.quotes],
                "events": [event_json(article.text, e) for e in article.events],
            }
            if article.nlp_model
            else {}
        ),
    }


def quote_json(text: str, quote: Quote) -> dict[str, Any]:
    """One quote as JSON: what was said, how, by whom (entity and mention), with which cue."""
    speaker = (
        text[quote.speaker_start : quote.speaker_end]
        if quote.speaker_start is not None and quote.speaker_end is not None
        else None
    )
    return {
        "text": text[quote.start : quote.end],
        "start": quote.start,
        "end": quote.end,
        "kind": quote.kind.value,
        "cue": quote.cue,
        "cue_start": quote.cue_start,
        "cue_end": quote.cue_end,
        "speaker_id": quote.speaker_id,
        "speaker": speaker,
        "speaker_start": quote.speaker_start,
        "speaker_end": quote.speaker_end,
        "confidence": quote.confidence,
        "rule": quote.rule,
    }


def analysis_json(article: Article) -> dict[str, Any]:
    """The NLP layer of an article as JSON: model, sentences, tokens and entity mentions."""
    text = article.text
    return {
        "nlp_model": article.nlp_model,
        "sentences": [
            {"start": s.start, "end": s.end, "text": text[s.start : s.end]}
            for s in article.sentences
        ],
        "tokens": [
            {
                "text": text[t.start : t.end],
                "start": t.start,
                "end": t.end,
                "lemma": t.lemma,
                "pos": t.pos,
                "features": dict(pair.split("=", 1) for pair in t.morph.split("|") if "=" in pair),
            }
            for t in article.tokens
        ],
        "mentions": [
            {
                "text": text[m.start : m.end],
                "start": m.start,
                "end": m.end,
                "label": m.label,
                "lemma": m.lemma,
                "entity_id": m.entity_id,
                "confidence": m.confidence,
                "rule": m.rule,
            }
            for m in article.mentions
        ],
    }


def print_structure(stored: StoredArticle) -> None:
    """Render an article's segments, one per line, coloured by kind."""
    article = stored.article
    date = article.date.isoformat() if article.date else "unknown date"
    stdout.print(
        f"[bold]{article.id}[/]  {date}  {article.outlet or ''}  {article.url or ''}".rstrip()
    )
    if stored.duplicate_of:
        stdout.print(f"copy of {stored.duplicate_of} (similarity {stored.similarity:.2f})")
    table = Table("kind", "span", "text", box=None, show_header=True)
    for s in article.segments:
        table.add_row(
            Text(s.kind.value, style=_KIND_STYLE.get(s.kind, "")),
            f"{s.start}-{s.end}",
            Text(article.text[s.start : s.end], style=_KIND_STYLE.get(s.kind, "")),
        )
    stdout.print(table)
    for quote in article.quotes:
        said = article.text[quote.start : quote.end]
        stdout.print(
            f"[bold]{quote.kind.value} quote[/] by {quote.speaker_id or 'unknown'} "
            f"(cue {quote.cue or '-'}): {escape(said)}",
            highlight=False,
        )
    for event in article.events:
        stdout.print(escape(event_line(article.text, event)), highlight=False)
    if article.mentions:
        stdout.print(f"mentions ({article.nlp_model}):")
        for m in article.mentions:
            link = f"  = {m.entity_id} ({m.rule}, {m.confidence})" if m.entity_id else ""
            stdout.print(
                f"  {m.label:<4} {article.text[m.start : m.end]} → {m.lemma}  "
                f"[{m.start}-{m.end}]{link}",
                highlight=False,
            )


@main.command("show")
@click.argument("article_id")
@click.option("--json", "as_json", is_flag=True, help="Print JSON with text and segments.")
@pass_context
def show_command(obj: _Context, article_id: str, as_json: bool) -> None:
    """Show one article (by id or unique id prefix) and its structure."""
    _end_quietly_on_closed_pipe()
    with obj.store() as (store, _settings), _user_errors():
        stored = store.get_article(article_id)
    if as_json:
        _print_json(article_json(stored))
    else:
        print_structure(stored)


@main.command("search")
@click.argument("query")
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@pass_context
def search_command(obj: _Context, query: str, limit: int, as_json: bool) -> None:
    """Full-text search: words match inflected forms, "quoted phrases" exactly, -word excludes."""
    _end_quietly_on_closed_pipe()
    with obj.store() as (store, _settings), _user_errors():
        hits = store.search(query, limit=limit)
    if as_json:
        _print_json([asdict(h) for h in hits])
        return
    for hit in hits:
        stdout.print(f"[bold]{hit.id}[/] {hit.date or ''} {hit.outlet or ''}  {hit.title or ''}")
        stdout.print(f"    {hit.snippet}", highlight=False)


@main.command("stats")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@pass_context
def stats_command(obj: _Context, as_json: bool) -> None:
    """Counts of articles, copies, URLs, rejections, segments and outlets."""
    with obj.store() as (store, _settings), _user_errors():
        stats = store.stats()
    if as_json:
        _print_json(asdict(stats))
        return
    stdout.print(
        f"articles {stats.articles}  near-duplicate copies {stats.near_duplicates}  "
        f"urls {stats.urls}  rejections {stats.rejections}  analysed {stats.analysed}  "
        f"dates {stats.first_date or '-'} … {stats.last_date or '-'}"
    )
    for heading, counts in (
        (("outlet", "articles"), stats.articles_by_outlet),
        (("segment kind", "count"), stats.segments_by_kind),
        (("mention label", "count"), stats.mentions_by_label),
    ):
        table = Table(*heading, box=None)
        for name, count in counts.items():
            table.add_row(name, str(count))
        stdout.print(table)


@main.command("rejections")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@pass_context
def rejections_command(obj: _Context, as_json: bool) -> None:
    """Inputs that are currently rejected, with the reason."""
    with obj.store() as (store, _settings), _user_errors():
        rows = store.rejections()
    if as_json:
        _print_json([{"path": r.source, "reason": r.reason} for r in rows])
        return
    for r in rows:
        stdout.print(r.message(), highlight=False)


QUOTE_CSV_FIELDS = (
    "article_id",
    "date",
    "outlet",
    "url",
    "kind",
    "speaker_id",
    "speaker",
    "cue",
    "text",
    "start",
    "end",
)


@main.command("quotes")
@click.option("--speaker", metavar="NAME", help="Only quotes of this entity (name, alias, QID).")
@click.option("--limit", type=click.IntRange(min=1), help="At most this many quotes.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.option("--csv", "as_csv", is_flag=True, help="Print CSV (one quote a row).")
@pass_context
def quotes_command(
    obj: _Context, speaker: str | None, limit: int | None, as_json: bool, as_csv: bool
) -> None:
    """Who said what: stored quotes with speaker, cue and article, newest first."""
    _end_quietly_on_closed_pipe()
    with obj.store() as (store, _settings), _user_errors():
        speaker_ids: list[str] | None = None
        if speaker is not None:
            _ensure_kb(store)
            speaker_ids = [e.id for e in store.find_entities(speaker)] or [speaker]
        found = store.quotes(speaker_ids, limit)
    rows = []
    for article, text, quote in found:
        rows.append(
            {
                "article_id": article.id,
                "date": article.date,
                "outlet": article.outlet,
                "url": article.url,
                **quote_json(text, quote),
            }
        )
    if as_json:
        _print_json(rows)
    elif as_csv:
        writer = csv.DictWriter(sys.stdout, QUOTE_CSV_FIELDS, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    else:
        for row in rows:
            stdout.print(
                f"[bold]{row['speaker_id'] or 'unknown'}[/] ({row['kind']}, {row['cue']}) "
                f"{row['date'] or ''} {row['outlet'] or ''}",
            )
            stdout.print(f"    {row['text']}", highlight=False)


def event_line(text: str, event: Event) -> str:
    """One event in a line: type, modality, who, whom, when, where, and the trigger."""
    actors = ", ".join(_participant_label(p) for p in event.actors) or "?"
    recipients = ", ".join(_participant_label(p) for p in event.recipients)
    when = event.date.isoformat() if event.date else "date unknown"
    if event.end_date:
        when += f"…{event.end_date.isoformat()}"
    where = f" in {_participant_label(event.place)}" if event.place else ""
    source = f" (per {_participant_label(event.source)})" if event.source else ""
    first = event.evidence[0]
    mode = f"/{event.mode}" if event.mode else ""
    return (
        f"{event.type}{mode} [{event.modality.value}] {actors}"
        f"{' → ' + recipients if recipients else ''}, {when}{where}{source}: "
        f"“{text[first.start : first.end]}”"
    )


def _participant_label(participant: Participant) -> str:
    return (
        f"{participant.name} ({participant.entity_id})"
        if participant.entity_id
        else participant.name
    )


def _event_query_options(command: Callable[..., Any]) -> Callable[..., Any]:
    for option in reversed(
        (
            click.option(
                "--entity",
                "entities",
                multiple=True,
                metavar="NAME",
                help="Only events this entity (name, alias or id) acts in or receives; repeat "
                "for any of several.",
            ),
            click.option(
                "--place",
                "places",
                multiple=True,
                metavar="NAME",
                help="Only events placed at this place (name, alias or id); repeatable.",
            ),
            click.option(
                "--source",
                "sources",
                multiple=True,
                metavar="NAME",
                help="Only events the article attributes to this source (who said or "
                "reported it); repeatable.",
            ),
            click.option(
                "--type",
                "types",
                multiple=True,
                type=click.Choice([t.value for t in PloverType], case_sensitive=False),
                help="Only events of this PLOVER type (repeatable).",
            ),
            click.option(
                "--modality",
                "modalities",
                multiple=True,
                type=click.Choice([m.value for m in Modality]),
                help="Only events with this modality (repeatable): occurred, planned, …",
            ),
            click.option(
                "--since",
                callback=_parse_date_option,
                metavar="YYYY-MM-DD",
                help="Events dated from.",
            ),
            click.option(
                "--until",
                callback=_parse_date_option,
                metavar="YYYY-MM-DD",
                help="Events dated until.",
            ),
            click.option("--article", metavar="ID", help="Only the events of this article."),
            click.option("--limit", type=click.IntRange(min=1), help="At most this many events."),
        )
    ):
        command = option(command)
    return command


def _event_query(store: Store, options: dict[str, Any]) -> EventQuery:
    since = options["since"].value if options["since"] is not None else None
    until = _last_day(options["until"]) if options["until"] is not None else None
    if since is not None and until is not None and since > until:
        raise click.UsageError(f"--since {since} is after --until {until}")
    return EventQuery(
        entity_ids=_entity_ids(store, options["entities"], "--entity"),
        place_ids=_entity_ids(store, options["places"], "--place"),
        source_ids=_entity_ids(store, options["sources"], "--source"),
        types=[t.upper() for t in options["types"]],
        modalities=list(options["modalities"]),
        since=since,
        until=until,
        article_id=options["article"],
        limit=options["limit"],
    )


def _entity_ids(store: Store, names: tuple[str, ...], option: str) -> list[str] | None:
    """The KB ids the names (names, aliases or ids) stand for, and the names themselves (a
    local id, or an id the KB does not have); None when no name is given. A name that is
    neither is a usage error rather than an empty answer."""
    if not names:
        return None
    _ensure_kb(store)
    found: list[str] = []
    for name in names:
        matches = [e.id for e in store.find_entities(name)]
        if not matches and not store.has_event_participant(name):
            raise click.UsageError(
                f"{option} {name!r}: no entity in the knowledge base has this name, alias or "
                "id, and no stored event has it as a participant (try `kronika kb show`)"
            )
        found.extend(matches)
        found.append(name)
    return found


def _last_day(date: PublicationDate) -> dt.date:
    """The last day a date stands for: ``--until 2025-08`` means up to 31 August."""
    value = date.value
    if date.precision is DatePrecision.MONTH:
        return value.replace(day=calendar.monthrange(value.year, value.month)[1])
    if date.precision is DatePrecision.YEAR:
        return value.replace(month=12, day=31)
    return value


@main.command("events")
@_event_query_options
@click.option("--json", "as_json", is_flag=True, help="Print JSON (one object per event).")
@pass_context
def events_command(obj: _Context, /, as_json: bool, **options: Any) -> None:
    """Who did what to whom, when and where: stored PLOVER events with modality, newest
    event first."""
    _end_quietly_on_closed_pipe()
    with obj.store() as (store, _settings), _user_errors():
        found = store.events(_event_query(store, options))
    if as_json:
        _print_json(
            [
                {
                    "id": stored.id,
                    "article_id": stored.article.id,
                    "published": stored.article.date,
                    "outlet": stored.article.outlet,
                    "url": stored.article.url,
                    **event_json(stored.text, stored.event),
                }
                for stored in found
            ]
        )
        return
    for stored in found:
        article = stored.article
        stdout.print(
            f"[bold]{stored.id}[/] {article.date or ''} {article.outlet or ''}", highlight=False
        )
        stdout.print(f"    {escape(event_line(stored.text, stored.event))}", highlight=False)


@main.command("export")
@_event_query_options
@click.option(
    "--format",
    "export_format",
    type=click.Choice(["plover-jsonl", "csv"]),
    default="plover-jsonl",
    show_default=True,
    help="PLOVER event records as JSON lines, or the same as flat CSV.",
)
@click.option(
    "--unfolded",
    is_flag=True,
    help="Keep every event's own type and modality instead of PLOVER's folding rules "
    "(planned meetings → AGREE, …); events PLOVER does not code are kept too.",
)
@click.option(
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write to this file (written whole, then moved into place) instead of stdout.",
)
@pass_context
def export_command(
    obj: _Context, /, export_format: str, unfolded: bool, out: Path | None, **options: Any
) -> None:
    """Export stored events: PLOVER JSON lines (actor objects with wikidata_id, text_info,
    cite_info; Krónika's modality, precision and evidence as extra fields) or CSV."""
    _end_quietly_on_closed_pipe()
    written = 0
    with obj.store() as (store, _settings), _user_errors():
        query = _event_query(store, options)
        entities = (
            {e.id: e for e in store.kb_entities()} if store.kb_version() is not None else None
        )
        lookup = entities.get if entities is not None else _packaged_entity
        # Streamed from the store: an export never holds all events in memory.
        records = (plover_record(s, lookup, unfolded) for s in store.iter_events(query))
        with _output(out) as stream:
            writer = (
                csv.DictWriter(stream, EVENT_CSV_FIELDS, extrasaction="ignore")
                if export_format == "csv"
                else None
            )
            if writer is not None:
                writer.writeheader()
            for record in records:
                if record is None:
                    continue
                if writer is not None:
                    writer.writerow(csv_row(record))
                else:
                    stream.write(json.dumps(record, ensure_ascii=False) + "\n")
                written += 1
    if out is not None:
        stderr.print(f"{written} events written to {out}")


def _packaged_entity(entity_id: str) -> Entity | None:
    from kronika.kb.index import load_index

    return load_index().entity(entity_id)


@contextmanager
def _output(path: Path | None) -> Iterator[TextIO]:
    """stdout, or a file that appears only once it is written whole."""
    if path is None:
        yield sys.stdout
        return
    partial = path.with_name(path.name + ".partial")
    try:
        with partial.open("w", encoding="utf-8", newline="") as stream:
            yield stream
        partial.replace(path)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise InputError(f"cannot write {path}: {exc.strerror or exc}") from exc
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


@main.command("nlp")
@click.argument("text")
@_MODEL_OPTION
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@pass_context
def nlp_command(obj: _Context, text: str, model: str | None, as_json: bool) -> None:
    """Analyse TEXT (or - for stdin): sentences, tokens with lemma, POS and features, and
    named entities with their spans."""
    if text == "-":
        text = sys.stdin.read()
    if not text.strip():
        _fail("nothing to analyse: the text is empty", EXIT_USAGE)
    with _user_errors():
        settings = obj.settings(nlp_model=model)
        pipeline = Pipeline.build(PROCESS_COMPONENTS, _component_options(settings))
        article = pipeline(Article(text=text, date=None))
    document = analysis_json(article)
    if as_json:
        _print_json(document)
        return
    table = Table("token", "lemma", "pos", "features", box=None)
    for token in document["tokens"]:
        features = "|".join(f"{k}={v}" for k, v in token["features"].items())
        table.add_row(token["text"], token["lemma"], token["pos"], features)
    stdout.print(table)
    for mention in document["mentions"]:
        stdout.print(
            f"[bold]{mention['label']}[/] {mention['text']} → {mention['lemma']} "
            f"[{mention['start']}:{mention['end']}]"
        )


@main.command("annotate")
@_MODEL_OPTION
@click.option(
    "--all", "redo_all", is_flag=True, help="Re-analyse every article, not only new ones."
)
@click.option("--limit", type=click.IntRange(min=1), help="At most this many articles.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@pass_context
def annotate_command(
    obj: _Context, model: str | None, redo_all: bool, limit: int | None, as_json: bool
) -> None:
    """Run the analysis stages (NLP, linking, quotes, events) over stored articles that have
    no analysis by this model yet, and re-code the events of articles whose events another
    coder or lexicon version made (their NLP analysis is kept)."""
    with obj.store(nlp_model=model) as (store, settings), _user_errors():
        pipeline = Pipeline.build(
            ANALYSIS_COMPONENTS,
            _component_options(settings, store, ANALYSIS_COMPONENTS),
            given=STORED_ANNOTATIONS,
        )
        extractor = str(getattr(pipeline.component_named("nlp.spacy.v1"), "extractor", ""))
        ids = (
            [a.id for a in store.list_articles(limit=limit)]
            if redo_all
            else store.articles_without_analysis(extractor, limit)
        )
        report = annotate(store, pipeline, ids)
        events = Pipeline.build(
            ("events.rules.v1",),
            _component_options(settings, store, ("events.rules.v1",)),
            given=ANALYSED_ANNOTATIONS,
        )
        coder = str(getattr(events.component_named("events.rules.v1"), "coder", ""))
        stale = [i for i in store.articles_with_stale_events(extractor, coder) if i not in ids]
        recoded = annotate(store, events, stale[:limit] if limit else stale)
    report.failed.extend(recoded.failed)
    if as_json:
        _print_json({**report.as_json(), "events_recoded": recoded.analysed})
    else:
        stdout.print(
            f"analysed {report.analysed}, events re-coded {recoded.analysed}, "
            f"failed {len(report.failed)}"
        )
        for failure in report.failed:
            stderr.print(Text(f"failed {failure.message()}", style="red"))
    sys.exit(0 if not report.failed else EXIT_FAILED)


def _corpora_option(help: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """``--corpora``: the shared corpora folder a command reads at run time."""
    return click.option(
        "--corpora",
        type=click.Path(exists=True, file_okay=False, path_type=Path),
        required=True,
        help=help,
    )


@main.group("eval")
def eval_group() -> None:
    """Score a layer against its gold set: precision, recall, F1 and speed."""


@eval_group.command("nlp")
@_corpora_option("The shared corpora folder (holding nerkor/) or NerKor itself.")
@_MODEL_OPTION
@click.option("--split", type=click.Choice(["test", "devel"]), default="test", show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@pass_context
def eval_nlp_command(
    obj: _Context, corpora: Path, model: str | None, split: str, as_json: bool
) -> None:
    """NerKor from raw text: NER P/R/F per type and genre, UPOS, UFeats, lemma accuracy and
    words/s, for the pipeline the NLP stage runs."""
    from kronika.nlp.evaluate import evaluate_on_nerkor, format_report

    with _user_errors():
        settings = obj.settings(nlp_model=model)
        report = evaluate_on_nerkor(settings.nlp_model, corpora, split=split)
    click.echo(json.dumps(report, indent=2) if as_json else format_report(report))


def _gold_eval_command(
    name: str, module: str, evaluate: str, what: str, doc: str
) -> Callable[..., None]:
    """An ``eval`` subcommand scoring a layer on its gold set of facts over hu-news-scrape;
    ``module`` provides ``DEFAULT_GOLD``, the ``evaluate`` function and ``format_report``."""

    @eval_group.command(name, help=doc)
    @_corpora_option("The shared corpora folder (holding hu-news-scrape/).")
    @click.option(
        "--gold",
        type=click.Path(exists=True, dir_okay=False, path_type=Path),
        help=f"Gold {what} (JSONL facts); default: the repository's tests/golden file.",
    )
    @_MODEL_OPTION
    @click.option("--json", "as_json", is_flag=True, help="Print JSON.")
    @pass_context
    def command(
        obj: _Context, corpora: Path, gold: Path | None, model: str | None, as_json: bool
    ) -> None:
        scorer = importlib.import_module(module)
        with _user_errors():
            settings = obj.settings(nlp_model=model)
            gold_path = gold or scorer.DEFAULT_GOLD
            if not gold_path.is_file():
                raise ConfigError(f"no gold set at {gold_path}; pass --gold FILE")
            result = getattr(scorer, evaluate)(corpora, gold_path, settings.nlp_model)
        if as_json:
            _print_json(result)
        else:
            click.echo(scorer.format_report(result))

    return command


_gold_eval_command(
    "entities",
    "kronika.link.evaluate",
    "evaluate_linking",
    "mentions",
    "Entity linking on the gold set: accuracy on linkable mentions, NIL precision and "
    "recall, NER coverage and speed (linking time next to NLP time).",
)
_gold_eval_command(
    "quotes",
    "kronika.quotes.evaluate",
    "evaluate_quotes",
    "quotes",
    "Quotes on the gold set: span precision/recall (exact and overlap) and speaker accuracy, "
    "for direct quotes and indirect statements, and speed.",
)
_gold_eval_command(
    "events",
    "kronika.extract.evaluate",
    "evaluate_events",
    "events",
    "PLOVER events on the gold set: detection precision/recall/F1 (type + actors), date, "
    "place, modality and recipient accuracy on matched events, and articles/s of the whole "
    "pipeline.",
)


@main.group("train")
def train_group() -> None:
    """Train Krónika's models from the shared corpora."""


@train_group.command("nlp")
@_corpora_option("The shared corpora folder (holding nerkor/).")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), required=True)
@click.option("--config", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--seed", type=int, default=0, show_default=True)
@click.option(
    "--package-version",
    metavar="VERSION",
    help="Also install OUT/model-best as the shipped kronika-hu-news model with this version.",
)
def train_nlp_command(
    corpora: Path, out: Path, config: Path | None, seed: int, package_version: str | None
) -> None:
    """Convert NerKor and train the Hungarian pipeline (one CPU thread; hours, not minutes).
    The best model is written to OUT/model-best."""
    from kronika.nlp.load import packaged_model_path
    from kronika.nlp.package import package_pipeline
    from kronika.nlp.train import DEFAULT_CONFIG, train_pipeline

    with _user_errors():
        result = train_pipeline(corpora, out, config=config or DEFAULT_CONFIG, seed=seed)
        stdout.print(f"best model: {result.model_best}")
        if package_version:
            target = packaged_model_path()
            package_pipeline(result.model_best, target, version=package_version)
            stdout.print(f"installed as kronika-hu-news {package_version}: {target}")


@train_group.command("wordforms")
@_corpora_option("The shared corpora folder (holding nerkor/).")
@click.option(
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Where to write the list (default: the shipped one).",
)
def train_wordforms_command(corpora: Path, out: Path | None) -> None:
    """Rebuild the word-form list the tokenizer splits glued words by, from NerKor train."""
    from kronika.nlp.wordforms import build_wordforms, wordforms_path

    with _user_errors():
        count = build_wordforms(corpora, out)
    stdout.print(f"{count} word forms: {out or wordforms_path()}")


@main.group("kb")
def kb_group() -> None:
    """The knowledge base of entities in the store: import, look up, correct."""


def _kb_edits(store: Store) -> list[Any]:
    from kronika.kb.edits import KbEdit

    return [KbEdit(i, action, changes, note) for i, action, changes, note in store.kb_edits()]  # type: ignore[arg-type]


def _import_kb(store: Store, entities: list[Any], source: str) -> tuple[int, int]:
    """Replace the store's KB with ``entities`` and replay the analysts' edits over them;
    returns the new version and its number of entities."""
    from kronika.kb.edits import apply_edits

    effective = apply_edits(entities, _kb_edits(store))
    return store.replace_kb(effective, source), len(effective)


def _ensure_kb(store: Store) -> None:
    """Load the packaged KB into a store that has none yet."""
    if store.kb_version() is None:
        from kronika.kb import read_kb
        from kronika.kb.artefact import kb_path

        _import_kb(store, read_kb(), str(kb_path()))


@kb_group.command("import")
@click.option(
    "--file",
    "kb_file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="A KB artefact (kb.jsonl.gz); default: the one shipped with Krónika.",
)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@pass_context
def kb_import_command(obj: _Context, kb_file: Path | None, as_json: bool) -> None:
    """Import a knowledge base as a new version; analysts' edits are replayed on top."""
    from kronika.kb import read_kb
    from kronika.kb.artefact import kb_path

    with obj.store() as (store, _settings), _user_errors():
        path = kb_file or kb_path()
        version, count = _import_kb(store, read_kb(path), str(path))
    _report_kb(as_json, version, count, str(path))


def _report_kb(as_json: bool, version: int, entities: int, source: str) -> None:
    if as_json:
        _print_json({"version": version, "entities": entities, "source": source})
    else:
        stdout.print(f"knowledge base version {version}: {entities} entities from {source}")


@kb_group.command("import-wikidata")
@click.argument("dump", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@pass_context
def kb_import_wikidata_command(obj: _Context, dump: Path, as_json: bool) -> None:
    """Stream a Wikidata JSON dump (.json, .gz or .bz2), keep what news needs (people holding
    positions, countries, cities, organisations) and merge it into the store's KB."""
    from kronika.kb.merge import merge_entities
    from kronika.kb.wikidata import import_wikidata

    with obj.store() as (store, _settings), _user_errors():
        _ensure_kb(store)
        merged = merge_entities([*store.kb_entities(), *import_wikidata(dump)])
        version, count = _import_kb(store, merged, f"wikidata:{dump}")
    _report_kb(as_json, version, count, f"wikidata:{dump}")


@kb_group.command("show")
@click.argument("name")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@pass_context
def kb_show_command(obj: _Context, name: str, as_json: bool) -> None:
    """Entities whose id, QID, name or alias is NAME (case-insensitive), with their roles."""
    with obj.store() as (store, _settings), _user_errors():
        _ensure_kb(store)
        found = store.find_entities(name)
    if as_json:
        _print_json([entity.to_json() for entity in found])
    else:
        for entity in found:
            stdout.print(
                f"[bold]{entity.id}[/] {entity.name_hu or entity.name_en} ({entity.type.value}"
                f"{', ' + entity.country if entity.country else ''}"
                f"{', ' + entity.sector if entity.sector else ''})"
            )
            for role in entity.roles:
                stdout.print(
                    escape(
                        f"    {role.office} of {role.of or '-'} "
                        f"{role.start or '…'}–{role.end or ''}  [{role.source}]"
                    ),
                    highlight=False,
                )
    if not found:
        _fail(f"no KB entity named {name!r}")


def _key_values(values: tuple[str, ...], what: str) -> dict[str, str]:
    pairs: dict[str, str] = {}
    for item in values:
        key, sep, value = item.partition("=")
        if not sep:
            raise click.BadParameter(f"{item!r} is not KEY=VALUE", param_hint=what)
        pairs[key.strip()] = value.strip()
    return pairs


@kb_group.command("add")
@click.argument("entity_id")
@click.option("--name-en", required=True)
@click.option("--name-hu")
@click.option(
    "--type", "entity_type", required=True, type=click.Choice([t.value for t in EntityType])
)
@click.option("--qid", help="Only a QID you have checked on Wikidata.")
@click.option("--country", help="ISO 3166 alpha-3 code.")
@click.option("--sector", help="PLOVER sector code (GOV, MIL, JUD, LEG, PTY, JRN, …).")
@click.option("--alias", "aliases", multiple=True)
@click.option("--note", help="Why (kept with the edit).")
@pass_context
def kb_add_command(
    obj: _Context,
    entity_id: str,
    name_en: str,
    name_hu: str | None,
    entity_type: str,
    qid: str | None,
    country: str | None,
    sector: str | None,
    aliases: tuple[str, ...],
    note: str | None,
) -> None:
    """Add an entity; it survives re-imports of the KB."""
    record = {
        "name_en": name_en,
        "name_hu": name_hu,
        "type": entity_type,
        "qid": qid,
        "country": country,
        "sector": sector,
        "aliases": list(aliases),
        "sources": ["analyst"],
    }
    _kb_edit(obj, entity_id, "add", {"entity": {k: v for k, v in record.items() if v}}, note)


@kb_group.command("edit")
@click.argument("entity_id")
@click.option(
    "--set",
    "settings_",
    multiple=True,
    metavar="FIELD=VALUE",
    help="qid, name_en, name_hu, type, country, sector, latitude, longitude.",
)
@click.option("--add-alias", multiple=True)
@click.option("--remove-alias", multiple=True)
@click.option(
    "--add-role",
    multiple=True,
    metavar="office=…,of=…,start=…,end=…",
    help="A role, e.g. office=foreign_minister,of=Q28,start=2026-05-12.",
)
@click.option("--remove-role", multiple=True, metavar="OFFICE")
@click.option("--note", help="Why (kept with the edit).")
@pass_context
def kb_edit_command(
    obj: _Context,
    entity_id: str,
    settings_: tuple[str, ...],
    add_alias: tuple[str, ...],
    remove_alias: tuple[str, ...],
    add_role: tuple[str, ...],
    remove_role: tuple[str, ...],
    note: str | None,
) -> None:
    """Correct an entity; the correction survives re-imports of the KB."""
    roles = []
    for spec in add_role:
        role = _key_values(tuple(spec.split(",")), "--add-role")
        role.setdefault("source", "analyst")
        roles.append(role)
    changes: dict[str, Any] = {
        "set": _key_values(settings_, "--set"),
        "add_aliases": list(add_alias),
        "remove_aliases": list(remove_alias),
        "add_roles": roles,
        "remove_roles": list(remove_role),
    }
    _kb_edit(obj, entity_id, "edit", {k: v for k, v in changes.items() if v}, note)


def _kb_edit(
    obj: _Context, entity_id: str, action: str, changes: dict[str, Any], note: str | None
) -> None:
    from kronika.kb.edits import KbEdit, apply_edit

    with obj.store() as (store, _settings), _user_errors():
        _ensure_kb(store)
        current = next((e for e in store.find_entities(entity_id) if e.id == entity_id), None)
        if action == "add" and current is not None:
            raise InputError(f"KB entity {entity_id!r} exists already; use `kronika kb edit`")
        result = apply_edit(current, KbEdit(entity_id, action, changes, note))  # type: ignore[arg-type]
        store.record_kb_edit(entity_id, action, changes, note, result)
    _print_json(result.to_json())


def bundled_seed_paths() -> list[str]:
    """The seed articles shipped inside the package."""
    folder = resources.files("kronika") / "data" / "seed"
    return sorted(str(p) for p in folder.iterdir() if p.name.endswith(".txt"))


@main.command("demo")
@click.option("--json", "as_json", is_flag=True, help="Print the articles as JSON.")
@pass_context
def demo_command(obj: _Context, as_json: bool) -> None:
    """Process the bundled seed article into the store (the whole pipeline: structure, NLP,
    entity links, quotes, events) and show what was found."""
    with obj.store() as (store, settings), _user_errors():
        pipeline = Pipeline.build(
            PROCESS_COMPONENTS, _component_options(settings, store, PROCESS_COMPONENTS)
        )
        report = ingest(
            bundled_seed_paths(),
            store,
            ReadOptions(max_bytes=settings.max_bytes),
            pipeline=pipeline,
            near_duplicate_threshold=settings.near_duplicate_threshold,
        )
        if not report.ok:
            raise KronikaError("; ".join(r.message() for r in report.rejected))
        shown = [store.get_article(article_id) for article_id in report.article_ids]
    if as_json:
        _print_json([article_json(s) for s in shown])
        return
    stdout.print(f"store: {store.display_url}")
    for stored in shown:
        print_structure(stored)
