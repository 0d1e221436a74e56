"""The store: the only place that knows SQL. Converts rows to records and back.

The embedded default is a SQLite file in WAL mode; PostgreSQL is chosen by URL alone and
has the same schema (Alembic migrations) and the same behaviour. Every article is written
in one transaction with its URLs, segments and fingerprint bands, so a killed process never
leaves half an article behind.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from enum import StrEnum
from importlib import resources
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import (
    Connection,
    Engine,
    bindparam,
    create_engine,
    delete,
    event,
    func,
    insert,
    select,
    text,
    tuple_,
)
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, IntegrityError, NoSuchModuleError, OperationalError

from kronika.errors import ConfigError, NotFoundError, StoreError
from kronika.store.schema import (
    analyses,
    article_urls,
    articles,
    event_entities,
    events,
    kb_edits,
    kb_entities,
    kb_names,
    kb_versions,
    mentions,
    minhash_bands,
    quotes,
    rejections,
    segments,
)
from kronika.types import (
    Article,
    DatePrecision,
    Entity,
    Event,
    Fingerprint,
    Mention,
    PublicationDate,
    Quote,
    QuoteKind,
    Rejection,
    Segment,
    SegmentKind,
    Sentence,
    Token,
)

MIN_ID_PREFIX = 6
_CANDIDATE_LIMIT = 20

# Statements built once: ingest runs them for every article.
_CLEAR_REJECTION = delete(rejections).where(rejections.c.source == bindparam("source"))
_ARTICLE_EXISTS = select(articles.c.id).where(articles.c.id == bindparam("id"))
_URL_KNOWN = select(article_urls.c.url).where(
    article_urls.c.article_id == bindparam("article_id"), article_urls.c.url == bindparam("url")
)
_INSERT_URL = insert(article_urls)
_INSERT_ARTICLE = insert(articles)
_INSERT_SEGMENTS = insert(segments)
_INSERT_BANDS = insert(minhash_bands)
_INSERT_FTS = text("INSERT INTO articles_fts (article_id, title, text) VALUES (:id, :title, :text)")
_INSERT_ANALYSIS = insert(analyses)
_INSERT_MENTIONS = insert(mentions)
_CLEAR_ANALYSIS = delete(analyses).where(analyses.c.article_id == bindparam("article_id"))
_CLEAR_MENTIONS = delete(mentions).where(mentions.c.article_id == bindparam("article_id"))
_CLEAR_QUOTES = delete(quotes).where(quotes.c.article_id == bindparam("article_id"))
_INSERT_QUOTES = insert(quotes)
_CLEAR_EVENTS = delete(events).where(events.c.article_id == bindparam("article_id"))
_CLEAR_EVENT_ENTITIES = delete(event_entities).where(
    event_entities.c.article_id == bindparam("article_id")
)
_QUOTE_COLUMNS = (
    quotes.c.start,
    quotes.c.end,
    quotes.c.kind,
    quotes.c.cue,
    quotes.c.cue_start,
    quotes.c.cue_end,
    quotes.c.speaker_id,
    quotes.c.speaker_start,
    quotes.c.speaker_end,
    quotes.c.confidence,
    quotes.c.rule,
)
_SHARED_BANDS = func.count().label("shared")
_CANDIDATES = (
    select(articles.c.id, articles.c.fingerprint, _SHARED_BANDS)
    .join(minhash_bands, minhash_bands.c.article_id == articles.c.id)
    .where(
        minhash_bands.c.band_key.in_(bindparam("keys", expanding=True)),
        articles.c.duplicate_of.is_(None),
        articles.c.fingerprint.is_not(None),
    )
    .group_by(articles.c.id, articles.c.fingerprint)
    .order_by(_SHARED_BANDS.desc(), articles.c.id)
    .limit(_CANDIDATE_LIMIT)
)


class AddStatus(StrEnum):
    """What adding an article did."""

    NEW = "new"
    DUPLICATE = "duplicate"
    NEAR_DUPLICATE = "near_duplicate"


@dataclass(frozen=True, slots=True)
class AddOutcome:
    """The result of :meth:`Store.add_article`."""

    status: AddStatus
    article_id: str
    duplicate_of: str | None = None
    similarity: float | None = None


@dataclass(frozen=True, slots=True)
class ArticleSummary:
    """One line of an article listing."""

    id: str
    date: str | None
    date_precision: DatePrecision
    outlet: str | None
    url: str | None
    title: str | None
    duplicate_of: str | None = None


@dataclass(frozen=True, slots=True)
class EventQuery:
    """Which stored events to list: by participant (actor or recipient) entity ids, place,
    source, PLOVER types, modalities, event-date bounds (an event counts when its dates
    overlap them), one article, and how many."""

    entity_ids: Sequence[str] | None = None
    #: Only events placed at one of these entities / attributed to one of these sources.
    place_ids: Sequence[str] | None = None
    source_ids: Sequence[str] | None = None
    types: Sequence[str] = ()
    modalities: Sequence[str] = ()
    since: dt.date | None = None
    until: dt.date | None = None
    article_id: str | None = None
    limit: int | None = None


@dataclass(frozen=True, slots=True)
class StoredEvent:
    """A stored event with its article: summary, language, text, and the event's position
    among the article's events (its id is ``<article id>-<position>``)."""

    article: ArticleSummary
    language: str
    text: str
    position: int
    event: Event

    @property
    def id(self) -> str:
        return f"{self.article.id}-{self.position}"


@dataclass(frozen=True, slots=True)
class StoredArticle:
    """An article as stored: the record, every URL it was seen under, and its copy link."""

    article: Article
    urls: tuple[str, ...]
    duplicate_of: str | None
    similarity: float | None
    copies: tuple[str, ...]
    ingested_at: dt.datetime


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One full-text search result."""

    id: str
    date: str | None
    outlet: str | None
    title: str | None
    snippet: str
    score: float


@dataclass(frozen=True, slots=True)
class StoreStats:
    """Counts over the store."""

    articles: int
    near_duplicates: int
    urls: int
    rejections: int
    analysed: int = 0
    segments_by_kind: dict[str, int] = field(default_factory=dict)
    mentions_by_label: dict[str, int] = field(default_factory=dict)
    articles_by_outlet: dict[str, int] = field(default_factory=dict)
    first_date: str | None = None
    last_date: str | None = None


def _migrations_config(connection: Connection) -> Config:
    script_location = resources.files("kronika.store") / "migrations"
    config = Config()
    config.set_main_option("script_location", str(script_location))
    config.attributes["connection"] = connection
    return config


def _sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


class Store:
    """Articles, their structure and rejections in a SQL database."""

    def __init__(self, url: str) -> None:
        self.url = url
        try:
            parsed = make_url(url)
        except ArgumentError as exc:
            raise ConfigError(f"{url!r} is not a database URL") from exc
        self.dialect = parsed.get_backend_name()
        if self.dialect not in {"sqlite", "postgresql"}:
            raise ConfigError(f"unsupported database {self.dialect!r}: use sqlite or postgresql")
        path = _sqlite_path(url)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._engine = self._create_engine(url)
            self._migrate()
        except NoSuchModuleError as exc:
            raise ConfigError(
                f"no driver for {url!r}; for PostgreSQL install kronika[postgres]"
            ) from exc
        except ModuleNotFoundError as exc:
            raise ConfigError(
                f"no driver for {url!r} ({exc.name} is missing); install kronika[postgres]"
            ) from exc
        except OperationalError as exc:
            raise StoreError(f"cannot open the database {self.display_url}: {exc.orig}") from exc
        self._writer = self._engine.execution_options(kronika_write=True)

    @property
    def display_url(self) -> str:
        """The URL with any password hidden."""
        return make_url(self.url).render_as_string(hide_password=True)

    def _create_engine(self, url: str) -> Engine:
        if self.dialect != "sqlite":
            return create_engine(url, pool_pre_ping=True)
        engine = create_engine(url, connect_args={"timeout": 60})

        @event.listens_for(engine, "connect")
        def _configure(dbapi_connection: Any, _record: Any) -> None:
            # Let SQLAlchemy's begin() decide transactions; pysqlite's own would defer them.
            dbapi_connection.isolation_level = None
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA busy_timeout=60000")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _begin(conn: Connection) -> None:
            # Writers take the write lock up front, so two writers never deadlock on upgrade.
            immediate = conn.get_execution_options().get("kronika_write", False)
            conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

        return engine

    def _migrate(self) -> None:
        with self._engine.begin() as connection:
            config = _migrations_config(connection)
            head = ScriptDirectory.from_config(config).get_current_head()
            current = MigrationContext.configure(connection).get_current_revision()
            if current != head:
                command.upgrade(config, "head")

    def close(self) -> None:
        """Release the database connections."""
        self._engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        with self._writer.begin() as connection:
            yield connection

    # -- writing -------------------------------------------------------------------------

    def add_article(
        self, article: Article, fingerprint: Fingerprint | None = None, threshold: float = 0.8
    ) -> AddOutcome:
        """Store ``article`` with its segments, atomically.

        The same text again (under any URL) adds nothing but the URL. A new text whose
        fingerprint is at least ``threshold`` similar to a stored original is stored as a
        copy linked to that original.
        """
        try:
            with self._write() as conn:
                return self._add(conn, article, fingerprint, threshold)
        except IntegrityError:
            # Another writer stored the same text between our check and our insert.
            with self._write() as conn:
                self._add_url(conn, article.id, article.url)
            return AddOutcome(AddStatus.DUPLICATE, article.id)

    def add_articles(
        self,
        items: Sequence[tuple[Article, Fingerprint | None]],
        threshold: float = 0.8,
    ) -> list[AddOutcome]:
        """Store several articles in one transaction (all or none of them), as
        :meth:`add_article` would one by one; a commit per article is the slow part of ingest."""
        try:
            with self._write() as conn:
                return [self._add(conn, a, f, threshold) for a, f in items]
        except IntegrityError:
            return [self.add_article(a, f, threshold) for a, f in items]

    def _add(
        self, conn: Connection, article: Article, fingerprint: Fingerprint | None, threshold: float
    ) -> AddOutcome:
        if article.source:
            conn.execute(_CLEAR_REJECTION, {"source": article.source})
        if conn.execute(_ARTICLE_EXISTS, {"id": article.id}).first() is not None:
            self._add_url(conn, article.id, article.url)
            if article.nlp_model:
                self._save_analysis(conn, article)
            return AddOutcome(AddStatus.DUPLICATE, article.id)
        band_keys = sorted(set(fingerprint.band_keys())) if fingerprint else []
        original, similarity = (
            self._find_original(conn, fingerprint, band_keys, threshold)
            if fingerprint
            else (None, None)
        )
        date = article.date
        conn.execute(
            _INSERT_ARTICLE,
            {
                "id": article.id,
                "text": article.text,
                "title": article.title,
                "url": article.url,
                "outlet": article.outlet,
                "published": date.value if date else None,
                "date_precision": (date.precision if date else DatePrecision.NONE).value,
                "language": article.language,
                "category": article.category,
                "source": article.source,
                "ingested_at": dt.datetime.now(dt.UTC),
                "duplicate_of": original,
                "similarity": similarity,
                "fingerprint": fingerprint.to_bytes() if fingerprint else None,
            },
        )
        self._add_url(conn, article.id, article.url)
        if article.segments:
            conn.execute(
                _INSERT_SEGMENTS,
                [
                    {
                        "article_id": article.id,
                        "position": i,
                        "kind": s.kind.value,
                        "start": s.start,
                        "end": s.end,
                    }
                    for i, s in enumerate(article.segments)
                ],
            )
        if band_keys:
            conn.execute(
                _INSERT_BANDS, [{"band_key": key, "article_id": article.id} for key in band_keys]
            )
        if self.dialect == "sqlite":
            conn.execute(
                _INSERT_FTS, {"id": article.id, "title": article.title or "", "text": article.text}
            )
        if article.nlp_model:
            self._save_analysis(conn, article)
        if original is not None:
            return AddOutcome(AddStatus.NEAR_DUPLICATE, article.id, original, similarity)
        return AddOutcome(AddStatus.NEW, article.id)

    def save_analysis(self, article: Article) -> None:
        """Replace the stored NLP analysis (sentences, tokens, mentions) of a stored article."""
        if not article.nlp_model:
            raise StoreError(f"article {article.id} carries no NLP analysis to save")
        with self._write() as conn:
            if conn.execute(_ARTICLE_EXISTS, {"id": article.id}).first() is None:
                raise NotFoundError(f"no article with id {article.id!r}")
            self._save_analysis(conn, article)

    def _save_analysis(self, conn: Connection, article: Article) -> None:
        extractor = article.nlp_model or ""
        conn.execute(_CLEAR_EVENT_ENTITIES, {"article_id": article.id})
        conn.execute(_CLEAR_EVENTS, {"article_id": article.id})
        conn.execute(_CLEAR_QUOTES, {"article_id": article.id})
        conn.execute(_CLEAR_MENTIONS, {"article_id": article.id})
        conn.execute(_CLEAR_ANALYSIS, {"article_id": article.id})
        tokens = article.tokens
        conn.execute(
            _INSERT_ANALYSIS,
            {
                "article_id": article.id,
                "extractor": extractor,
                "created_at": dt.datetime.now(dt.UTC),
                "event_coder": article.event_coder,
                "sentences": [[s.start, s.end] for s in article.sentences],
                # Column-wise: a list per field is a third of the size of a dict per token.
                "tokens": {
                    "start": [t.start for t in tokens],
                    "end": [t.end for t in tokens],
                    "lemma": [t.lemma for t in tokens],
                    "pos": [t.pos for t in tokens],
                    "morph": [t.morph for t in tokens],
                },
            },
        )
        if article.mentions:
            conn.execute(
                _INSERT_MENTIONS,
                [
                    {
                        "article_id": article.id,
                        "position": i,
                        "start": m.start,
                        "end": m.end,
                        "label": m.label,
                        "lemma": m.lemma,
                        "extractor": extractor,
                        "entity_id": m.entity_id,
                        "confidence": m.confidence,
                        "rule": m.rule,
                    }
                    for i, m in enumerate(article.mentions)
                ],
            )

        if article.quotes:
            conn.execute(
                _INSERT_QUOTES,
                [
                    {
                        "article_id": article.id,
                        "position": i,
                        "start": q.start,
                        "end": q.end,
                        "kind": q.kind.value,
                        "cue": q.cue,
                        "cue_start": q.cue_start,
                        "cue_end": q.cue_end,
                        "speaker_id": q.speaker_id,
                        "speaker_start": q.speaker_start,
                        "speaker_end": q.speaker_end,
                        "confidence": q.confidence,
                        "rule": q.rule,
                        "extractor": extractor,
                    }
                    for i, q in enumerate(article.quotes)
                ],
            )
        if article.events:
            conn.execute(
                insert(events),
                [
                    {
                        "article_id": article.id,
                        "position": i,
                        "type": e.type,
                        "mode": e.mode,
                        "modality": e.modality.value,
                        "date": e.date,
                        "end_date": e.end_date,
                        "date_precision": e.date_precision.value,
                        "place_id": e.place.entity_id if e.place is not None else None,
                        "confidence": e.confidence,
                        "extractor": e.extractor,
                        "record": e.to_json(),
                    }
                    for i, e in enumerate(article.events)
                ],
            )
            links = {
                (i, role, entity_id)
                for i, e in enumerate(article.events)
                for role, entity_id in _event_entities(e)
            }
            if links:
                conn.execute(
                    insert(event_entities),
                    [
                        {"article_id": article.id, "position": i, "role": r, "entity_id": eid}
                        for i, r, eid in sorted(links)
                    ],
                )

    def quotes(
        self, speaker_ids: Sequence[str] | None = None, limit: int | None = None
    ) -> list[tuple[ArticleSummary, str, Quote]]:
        """Stored quotes, newest article first: (article, its text, quote); only those of
        ``speaker_ids`` when given."""
        query = (
            select(*_SUMMARY_COLUMNS, articles.c.text, *_QUOTE_COLUMNS)
            .join(articles, articles.c.id == quotes.c.article_id)
            .where(articles.c.duplicate_of.is_(None))
            .order_by(articles.c.published.desc().nulls_last(), articles.c.id, quotes.c.position)
            .limit(limit)
        )
        if speaker_ids is not None:
            query = query.where(quotes.c.speaker_id.in_(list(speaker_ids)))
        with self._engine.connect() as conn:
            rows = conn.execute(query).all()
        start = len(_SUMMARY_COLUMNS) + 1
        return [(_summary(row), str(row.text), _quote(row[start:])) for row in rows]

    def events(self, query: EventQuery | None = None) -> list[StoredEvent]:
        """Stored events matching ``query``, newest event date first (undated events after
        dated ones, newest article first), each with its article."""
        return list(self.iter_events(query))

    def iter_events(
        self, query: EventQuery | None = None, batch: int = 500
    ) -> Iterator[StoredEvent]:
        """:meth:`events`, streamed from the database ``batch`` rows at a time, so that an
        export of a large store never holds all its events in memory."""
        query = query or EventQuery()
        statement = (
            select(
                *_SUMMARY_COLUMNS,
                articles.c.language,
                articles.c.text,
                events.c.position,
                events.c.record,
            )
            .join(articles, articles.c.id == events.c.article_id)
            .where(articles.c.duplicate_of.is_(None))
            .order_by(
                events.c.date.desc().nulls_last(),
                articles.c.published.desc().nulls_last(),
                articles.c.id,
                events.c.position,
            )
            .limit(query.limit)
        )
        if query.types:
            statement = statement.where(events.c.type.in_(list(query.types)))
        if query.modalities:
            statement = statement.where(events.c.modality.in_(list(query.modalities)))
        if query.since is not None:
            # An event from 22 to 23 January is on the 23rd too.
            statement = statement.where(
                func.coalesce(events.c.end_date, events.c.date) >= query.since
            )
        if query.until is not None:
            statement = statement.where(events.c.date <= query.until)
        if query.article_id is not None:
            statement = statement.where(events.c.article_id == self.resolve_id(query.article_id))
        for ids, roles in (
            (query.entity_ids, ["actor", "recipient"]),
            (query.place_ids, ["place"]),
            (query.source_ids, ["source"]),
        ):
            if ids is None:
                continue
            involved = (
                select(event_entities.c.article_id, event_entities.c.position)
                .where(event_entities.c.entity_id.in_(list(ids)))
                .where(event_entities.c.role.in_(roles))
            )
            statement = statement.where(
                tuple_(events.c.article_id, events.c.position).in_(involved)
            )
        with self._engine.connect() as conn:
            result = conn.execution_options(yield_per=batch).execute(statement)
            for row in result:
                yield StoredEvent(
                    article=_summary(row),
                    language=row.language,
                    text=row.text,
                    position=row.position,
                    event=Event.from_json(row.record),
                )

    def articles_without_analysis(
        self, extractor: str | None = None, limit: int | None = None
    ) -> list[str]:
        """Ids of stored originals with no NLP analysis, or one made by another extractor."""
        query = (
            select(articles.c.id)
            .outerjoin(analyses, analyses.c.article_id == articles.c.id)
            .where(articles.c.duplicate_of.is_(None))
            .order_by(articles.c.id)
            .limit(limit)
        )
        if extractor is None:
            query = query.where(analyses.c.article_id.is_(None))
        else:
            query = query.where(
                (analyses.c.article_id.is_(None)) | (analyses.c.extractor != extractor)
            )
        with self._engine.connect() as conn:
            return [str(i) for i in conn.execute(query).scalars()]

    def articles_with_stale_events(self, nlp_model: str, coder: str) -> list[str]:
        """Ids of stored originals analysed by ``nlp_model`` whose events another coder (or
        none) made: what a new lexicon or coder must re-code, without redoing the NLP."""
        query = (
            select(articles.c.id)
            .join(analyses, analyses.c.article_id == articles.c.id)
            .where(articles.c.duplicate_of.is_(None))
            .where(analyses.c.extractor == nlp_model)
            .where((analyses.c.event_coder.is_(None)) | (analyses.c.event_coder != coder))
            .order_by(articles.c.id)
        )
        with self._engine.connect() as conn:
            return [str(i) for i in conn.execute(query).scalars()]

    def _add_url(self, conn: Connection, article_id: str, url: str | None) -> None:
        if not url:
            return
        params = {"article_id": article_id, "url": url}
        if conn.execute(_URL_KNOWN, params).first() is None:
            conn.execute(_INSERT_URL, params)

    def _find_original(
        self, conn: Connection, fingerprint: Fingerprint, band_keys: list[int], threshold: float
    ) -> tuple[str | None, float | None]:
        """The most similar stored original at or above ``threshold``, if any."""
        candidates = conn.execute(_CANDIDATES, {"keys": band_keys}).all()
        best: tuple[str | None, float | None] = (None, None)
        for candidate_id, data, _shared in candidates:
            similarity = fingerprint.similarity(Fingerprint.from_bytes(data))
            if similarity >= threshold and (best[1] is None or similarity > best[1]):
                best = (candidate_id, similarity)
        return best

    def record_rejection(self, rejection: Rejection) -> None:
        """Store (or refresh) the reason an input was rejected."""
        with self._write() as conn:
            conn.execute(delete(rejections).where(rejections.c.source == rejection.source))
            conn.execute(
                insert(rejections).values(
                    source=rejection.source,
                    reason=rejection.reason,
                    rejected_at=dt.datetime.now(dt.UTC),
                )
            )

    # -- knowledge base ------------------------------------------------------------------

    def replace_kb(self, entities: Sequence[Entity], source: str) -> int:
        """Replace the whole KB with ``entities`` (imports with edits already replayed) as a
        new version, atomically; returns the version number."""
        with self._write() as conn:
            version = conn.execute(
                insert(kb_versions).values(
                    source=source, imported_at=dt.datetime.now(dt.UTC), entities=len(entities)
                )
            ).inserted_primary_key
            number = int(version[0]) if version else 0
            conn.execute(delete(kb_names))
            conn.execute(delete(kb_entities))
            self._put_entities(conn, entities, number)
        return number

    def _put_entities(self, conn: Connection, entities: Sequence[Entity], version: int) -> None:
        if not entities:
            return
        conn.execute(
            insert(kb_entities),
            [
                {
                    "id": e.id,
                    "qid": e.qid,
                    "type": e.type.value,
                    "data": e.to_json(),
                    "version": version,
                }
                for e in entities
            ],
        )
        names = {(name.casefold(), e.id) for e in entities for name in (e.id, *e.names())}
        conn.execute(insert(kb_names), [{"name": n, "entity_id": i} for n, i in sorted(names)])

    def record_kb_edit(
        self,
        entity_id: str,
        action: str,
        changes: dict[str, Any],
        note: str | None,
        result: Entity,
    ) -> None:
        """Store an analyst's edit and the entity it yields, atomically."""
        with self._write() as conn:
            conn.execute(
                insert(kb_edits).values(
                    entity_id=entity_id,
                    action=action,
                    changes=changes,
                    note=note,
                    created_at=dt.datetime.now(dt.UTC),
                )
            )
            conn.execute(delete(kb_names).where(kb_names.c.entity_id == entity_id))
            conn.execute(delete(kb_entities).where(kb_entities.c.id == entity_id))
            self._put_entities(conn, [result], 0)

    def kb_edits(self) -> list[tuple[str, str, dict[str, Any], str | None]]:
        """Every analyst edit, oldest first: (entity id, action, changes, note)."""
        with self._engine.connect() as conn:
            rows = conn.execute(
                select(
                    kb_edits.c.entity_id, kb_edits.c.action, kb_edits.c.changes, kb_edits.c.note
                ).order_by(kb_edits.c.id)
            ).all()
        return [(r.entity_id, r.action, dict(r.changes), r.note) for r in rows]

    def has_event_participant(self, entity_id: str) -> bool:
        """Whether some stored event has ``entity_id`` as actor, recipient, place or source
        (a local ``nil:`` id, or an id the KB no longer has)."""
        with self._engine.connect() as conn:
            found = conn.execute(
                select(event_entities.c.entity_id)
                .where(event_entities.c.entity_id == entity_id)
                .limit(1)
            ).first()
        return found is not None

    def find_entities(self, name: str, limit: int = 20) -> list[Entity]:
        """Entities whose id, QID or any name is ``name`` (case-insensitive); failing that,
        those with a name ending in the word ``name`` (a surname: ``Orbán``)."""
        key = name.strip()
        with self._engine.connect() as conn:
            ids = (
                conn.execute(
                    select(kb_names.c.entity_id)
                    .where(kb_names.c.name == key.casefold())
                    .union(select(kb_entities.c.id).where(kb_entities.c.qid == key))
                    .limit(limit)
                )
                .scalars()
                .all()
            )
            if not ids and key and " " not in key:
                ids = (
                    conn.execute(
                        select(kb_names.c.entity_id)
                        .where(kb_names.c.name.endswith(" " + key.casefold()))
                        .distinct()
                        .limit(limit)
                    )
                    .scalars()
                    .all()
                )
            rows = (
                conn.execute(
                    select(kb_entities.c.data)
                    .where(kb_entities.c.id.in_(ids))
                    .order_by(kb_entities.c.id)
                )
                .scalars()
                .all()
            )
        return [Entity.from_json(data) for data in rows]

    def kb_entities(self) -> list[Entity]:
        """The whole knowledge base as stored (empty when none was imported)."""
        with self._engine.connect() as conn:
            rows = conn.execute(select(kb_entities.c.data).order_by(kb_entities.c.id)).scalars()
            return [Entity.from_json(data) for data in rows]

    def kb_version(self) -> tuple[int, str, int] | None:
        """The latest import: (version, source, entities), or None."""
        with self._engine.connect() as conn:
            row = conn.execute(
                select(kb_versions.c.version, kb_versions.c.source, kb_versions.c.entities)
                .order_by(kb_versions.c.version.desc())
                .limit(1)
            ).first()
        return (int(row.version), str(row.source), int(row.entities)) if row else None

    # -- reading -------------------------------------------------------------------------

    def resolve_id(self, id_or_prefix: str) -> str:
        """The full id of the one article whose id starts with ``id_or_prefix``."""
        prefix = id_or_prefix.strip().lower()
        if len(prefix) < MIN_ID_PREFIX or not re.fullmatch(r"[0-9a-f]+", prefix):
            raise NotFoundError(
                f"{id_or_prefix!r} is not an article id (at least {MIN_ID_PREFIX} hex characters)"
            )
        with self._engine.connect() as conn:
            found = (
                conn.execute(select(articles.c.id).where(articles.c.id.startswith(prefix)).limit(2))
                .scalars()
                .all()
            )
        if not found:
            raise NotFoundError(
                f"no article with id {id_or_prefix!r}; `kronika articles` lists them"
            )
        if len(found) > 1:
            raise NotFoundError(f"id prefix {id_or_prefix!r} is ambiguous; give more characters")
        return str(found[0])

    def get_article(self, id_or_prefix: str) -> StoredArticle:
        """The stored article with its segments, URLs and copy links."""
        article_id = self.resolve_id(id_or_prefix)
        with self._engine.connect() as conn:
            row = conn.execute(select(articles).where(articles.c.id == article_id)).one()
            segment_rows = conn.execute(
                select(segments.c.kind, segments.c.start, segments.c.end)
                .where(segments.c.article_id == article_id)
                .order_by(segments.c.position)
            ).all()
            urls = (
                conn.execute(
                    select(article_urls.c.url)
                    .where(article_urls.c.article_id == article_id)
                    .order_by(article_urls.c.url)
                )
                .scalars()
                .all()
            )
            analysis = conn.execute(
                select(
                    analyses.c.extractor,
                    analyses.c.sentences,
                    analyses.c.tokens,
                    analyses.c.event_coder,
                ).where(analyses.c.article_id == article_id)
            ).first()
            mention_rows = conn.execute(
                select(
                    mentions.c.start,
                    mentions.c.end,
                    mentions.c.label,
                    mentions.c.lemma,
                    mentions.c.entity_id,
                    mentions.c.confidence,
                    mentions.c.rule,
                )
                .where(mentions.c.article_id == article_id)
                .order_by(mentions.c.position)
            ).all()
            quote_rows = conn.execute(
                select(*_QUOTE_COLUMNS)
                .where(quotes.c.article_id == article_id)
                .order_by(quotes.c.position)
            ).all()
            event_records = (
                conn.execute(
                    select(events.c.record)
                    .where(events.c.article_id == article_id)
                    .order_by(events.c.position)
                )
                .scalars()
                .all()
            )
            copies = (
                conn.execute(
                    select(articles.c.id)
                    .where(articles.c.duplicate_of == article_id)
                    .order_by(articles.c.id)
                )
                .scalars()
                .all()
            )
        article = Article(
            text=row.text,
            date=_publication_date(row.published, row.date_precision),
            url=row.url,
            outlet=row.outlet,
            title=row.title,
            language=row.language,
            source=row.source,
            category=row.category,
            segments=tuple(Segment(SegmentKind(k), s, e) for k, s, e in segment_rows),
            **_analysis_fields(analysis, mention_rows, quote_rows),
            events=tuple(Event.from_json(record) for record in event_records),
        )
        if article.id != article_id:
            raise StoreError(f"article {article_id} is corrupt: its text no longer matches its id")
        return StoredArticle(
            article=article,
            urls=tuple(urls),
            duplicate_of=row.duplicate_of,
            similarity=row.similarity,
            copies=tuple(copies),
            ingested_at=row.ingested_at,
        )

    def list_articles(
        self,
        *,
        limit: int | None = None,
        offset: int = 0,
        outlet: str | None = None,
        since: dt.date | None = None,
        until: dt.date | None = None,
        include_copies: bool = False,
    ) -> list[ArticleSummary]:
        """Articles, newest first; near-duplicate copies only when ``include_copies``."""
        query = select(*_SUMMARY_COLUMNS, articles.c.duplicate_of)
        if not include_copies:
            query = query.where(articles.c.duplicate_of.is_(None))
        if outlet:
            query = query.where(articles.c.outlet == outlet)
        if since:
            query = query.where(articles.c.published >= since)
        if until:
            query = query.where(articles.c.published <= until)
        query = query.order_by(articles.c.published.desc().nulls_last(), articles.c.id)
        query = query.offset(offset).limit(limit)
        with self._engine.connect() as conn:
            rows = conn.execute(query).all()
        return [replace(_summary(r), duplicate_of=r.duplicate_of) for r in rows]

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        """Full-text search over titles and texts, best matches first."""
        if not _WORD.search(query):
            raise StoreError(f"search query {query!r} has no words")
        with self._engine.connect() as conn:
            if self.dialect == "sqlite":
                rows = conn.execute(
                    text(
                        "SELECT a.id, a.published, a.date_precision, a.outlet, a.title, "
                        "snippet(articles_fts, 2, '[', ']', '…', 16) AS snippet, "
                        "bm25(articles_fts, 0.0, 2.0, 1.0) AS score "
                        "FROM articles_fts JOIN articles a ON a.id = articles_fts.article_id "
                        "WHERE articles_fts MATCH :q AND a.duplicate_of IS NULL "
                        "ORDER BY score LIMIT :limit"
                    ),
                    {"q": fts5_query(query), "limit": limit},
                ).all()
                return [_hit(r, -r.score) for r in rows]
            rows = conn.execute(
                text(
                    "SELECT a.id, a.published, a.date_precision, a.outlet, a.title, "
                    "ts_headline('hungarian', a.text, q, 'StartSel=[, StopSel=], MaxWords=24, "
                    "MinWords=10, MaxFragments=1, FragmentDelimiter=…') AS snippet, "
                    "ts_rank(a.search_vector, q) AS score "
                    "FROM articles a, websearch_to_tsquery('hungarian', :q) q "
                    "WHERE a.search_vector @@ q AND a.duplicate_of IS NULL "
                    "ORDER BY score DESC, a.id LIMIT :limit"
                ),
                {"q": query, "limit": limit},
            ).all()
            return [_hit(r, r.score) for r in rows]

    def rejections(self) -> list[Rejection]:
        """Every input that is currently rejected, with its reason."""
        with self._engine.connect() as conn:
            rows = conn.execute(
                select(rejections.c.source, rejections.c.reason).order_by(rejections.c.source)
            ).all()
        return [Rejection(source, reason) for source, reason in rows]

    def stats(self) -> StoreStats:
        """Counts of articles, copies, URLs, rejections, segments and outlets."""
        with self._engine.connect() as conn:
            originals = articles.c.duplicate_of.is_(None)
            count_originals = conn.execute(select(func.count()).where(originals)).scalar_one()
            count_copies = conn.execute(
                select(func.count()).select_from(articles).where(~originals)
            ).scalar_one()
            count_urls = conn.execute(select(func.count()).select_from(article_urls)).scalar_one()
            count_rejections = conn.execute(
                select(func.count()).select_from(rejections)
            ).scalar_one()
            by_kind = conn.execute(
                select(segments.c.kind, func.count()).group_by(segments.c.kind)
            ).all()
            count_analysed = conn.execute(select(func.count()).select_from(analyses)).scalar_one()
            by_label = conn.execute(
                select(mentions.c.label, func.count()).group_by(mentions.c.label)
            ).all()
            by_outlet = conn.execute(
                select(func.coalesce(articles.c.outlet, "(unknown)"), func.count())
                .where(originals)
                .group_by(articles.c.outlet)
            ).all()
            first, last = conn.execute(
                select(func.min(articles.c.published), func.max(articles.c.published))
            ).one()
        return StoreStats(
            articles=count_originals,
            near_duplicates=count_copies,
            urls=count_urls,
            rejections=count_rejections,
            analysed=count_analysed,
            segments_by_kind=dict(sorted((str(k), int(n)) for k, n in by_kind)),
            mentions_by_label=dict(sorted((str(k), int(n)) for k, n in by_label)),
            articles_by_outlet=dict(
                sorted(
                    ((str(o), int(n)) for o, n in by_outlet), key=lambda item: (-item[1], item[0])
                )
            ),
            first_date=_as_date(first),
            last_date=_as_date(last),
        )


_WORD = re.compile(r"\w+")
_QUERY_PART = re.compile(r'(-?)"([^"]*)"|(-?)(\S+)')


def fts5_query(query: str) -> str:
    """Translate a user query into FTS5 syntax: words match as prefixes (so ``Putyin`` finds
    ``Putyinnal``), ``"quoted phrases"`` match exactly, ``-word`` excludes; never a syntax error."""
    positive: list[str] = []
    negative: list[str] = []
    for match in _QUERY_PART.finditer(query):
        if match[2] is not None:
            words = _WORD.findall(match[2])
            term = '"' + " ".join(words) + '"' if words else ""
            target = negative if match[1] else positive
        else:
            words = _WORD.findall(match[4])
            term = " ".join(f'"{w}"*' if len(w) >= 3 else f'"{w}"' for w in words)
            target = negative if match[3] and words else positive
        if term:
            target.append(term if len(words) <= 1 or match[2] is not None else f"({term})")
    if not positive:
        raise StoreError(f"search query {query!r} needs at least one word to look for")
    return " AND ".join(positive) + "".join(f" NOT {term}" for term in negative)


#: The article columns every listing shows (``_summary`` reads them back).
_SUMMARY_COLUMNS = (
    articles.c.id,
    articles.c.published,
    articles.c.date_precision,
    articles.c.outlet,
    articles.c.url,
    articles.c.title,
)


def _summary(row: Any) -> ArticleSummary:
    """The listing line of an article from a row holding :data:`_SUMMARY_COLUMNS`."""
    return ArticleSummary(
        id=row.id,
        date=_date_text(row.published, row.date_precision),
        date_precision=DatePrecision(row.date_precision),
        outlet=row.outlet,
        url=row.url,
        title=row.title,
    )


def _quote(row: Sequence[Any]) -> Quote:
    start, end, kind, cue, cue_start, cue_end, speaker, s_start, s_end, confidence, rule = row
    return Quote(
        start,
        end,
        QuoteKind(kind),
        cue,
        cue_start,
        cue_end,
        speaker,
        s_start,
        s_end,
        confidence,
        rule,
    )


def _event_entities(event: Event) -> list[tuple[str, str]]:
    """(role, entity id) of everyone an event involves, for the participants index."""
    found = [("actor", p.entity_id) for p in event.actors]
    found.extend(("recipient", p.entity_id) for p in event.recipients)
    if event.source is not None:
        found.append(("source", event.source.entity_id))
    if event.place is not None:
        found.append(("place", event.place.entity_id))
    return [(role, entity_id) for role, entity_id in found if entity_id]


def _analysis_fields(
    analysis: Any, mention_rows: Sequence[Any], quote_rows: Sequence[Any] = ()
) -> dict[str, Any]:
    """The Article fields of a stored analysis (none when the article has not been analysed)."""
    if analysis is None:
        return {}
    columns = analysis.tokens
    return {
        "nlp_model": analysis.extractor,
        "event_coder": analysis.event_coder,
        "sentences": tuple(Sentence(s, e) for s, e in analysis.sentences),
        "tokens": tuple(
            Token(s, e, lemma, pos, morph)
            for s, e, lemma, pos, morph in zip(
                columns["start"],
                columns["end"],
                columns["lemma"],
                columns["pos"],
                columns["morph"],
                strict=True,
            )
        ),
        "mentions": tuple(Mention(*row) for row in mention_rows),
        "quotes": tuple(_quote(row) for row in quote_rows),
    }


def _hit(row: Any, score: float) -> SearchHit:
    return SearchHit(
        id=row.id,
        date=_date_text(row.published, row.date_precision),
        outlet=row.outlet,
        title=row.title,
        snippet=" ".join(str(row.snippet).split()),
        score=round(float(score), 4),
    )


def _as_date(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return value
    return str(value.isoformat())


def _publication_date(value: Any, precision: str) -> PublicationDate | None:
    if value is None or precision == DatePrecision.NONE.value:
        return None
    if isinstance(value, str):
        value = dt.date.fromisoformat(value)
    return PublicationDate(value, DatePrecision(precision))


def _date_text(value: Any, precision: str) -> str | None:
    date = _publication_date(value, precision)
    return date.isoformat() if date else None


def open_store(url: str) -> Store:
    """Open (creating and migrating as needed) the store at ``url``."""
    return Store(url)


__all__: Sequence[str] = (
    "AddOutcome",
    "AddStatus",
    "ArticleSummary",
    "SearchHit",
    "Store",
    "StoreStats",
    "StoredArticle",
    "fts5_query",
    "open_store",
)
