"""The store's tables (SQLAlchemy Core). Alembic migrations create them; this is their shape."""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_name)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)


def _article_key() -> Column[str]:
    """The article a row belongs to, part of the row's key; rows go with their article."""
    return Column(
        "article_id", String(16), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )


articles = Table(
    "articles",
    metadata,
    Column("id", String(16), primary_key=True),
    Column("text", Text, nullable=False),
    Column("title", Text),
    Column("url", Text),
    Column("outlet", String(200)),
    Column("published", Date),
    Column("date_precision", String(8), nullable=False),
    Column("language", String(8), nullable=False),
    Column("category", String(200)),
    Column("source", Text),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
    # A near-duplicate copy points at the article it copies; queries count only originals.
    Column("duplicate_of", String(16), ForeignKey("articles.id"), index=True),
    Column("similarity", Float),
    Column("fingerprint", LargeBinary),
    Index("ix_articles_published", "published"),
    Index("ix_articles_outlet", "outlet"),
)

article_urls = Table(
    "article_urls",
    metadata,
    _article_key(),
    Column("url", Text, primary_key=True),
)

segments = Table(
    "segments",
    metadata,
    _article_key(),
    Column("position", Integer, primary_key=True),
    Column("kind", String(16), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
)

minhash_bands = Table(
    "minhash_bands",
    metadata,
    Column("band_key", BigInteger, primary_key=True),
    _article_key(),
)

rejections = Table(
    "rejections",
    metadata,
    Column("source", Text, primary_key=True),
    Column("reason", Text, nullable=False),
    Column("rejected_at", DateTime(timezone=True), nullable=False),
)

analyses = Table(
    "analyses",
    metadata,
    _article_key(),
    # Which component and model made this analysis; a re-run with another replaces it.
    Column("extractor", String(200), nullable=False, index=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("sentences", JSON, nullable=False),
    Column("tokens", JSON, nullable=False),
    # Which event coder coded the article (``events.rules.v1@2026.6``), even when it found
    # no event; None when events were never coded. A newer coder re-codes it.
    Column("event_coder", String(200)),
)

mentions = Table(
    "mentions",
    metadata,
    _article_key(),
    Column("position", Integer, primary_key=True),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("label", String(8), nullable=False),
    Column("lemma", Text, nullable=False),
    Column("extractor", String(200), nullable=False),
    Column("entity_id", String(200)),
    Column("confidence", Float),
    Column("rule", String(200)),
    Index("ix_mentions_lemma", "lemma"),
    Index("ix_mentions_entity_id", "entity_id"),
    Index("ix_mentions_label", "label"),
)

kb_versions = Table(
    "kb_versions",
    metadata,
    Column("version", Integer, primary_key=True, autoincrement=True),
    Column("source", Text, nullable=False),
    Column("imported_at", DateTime(timezone=True), nullable=False),
    Column("entities", Integer, nullable=False),
)

kb_entities = Table(
    "kb_entities",
    metadata,
    Column("id", String(200), primary_key=True),
    Column("qid", String(20), index=True),
    Column("type", String(20), nullable=False),
    # The whole entity (Entity.to_json); names are indexed in kb_names.
    Column("data", JSON, nullable=False),
    # The import that last wrote the row (0 for an analyst's addition).
    Column("version", Integer, nullable=False),
)

kb_names = Table(
    "kb_names",
    metadata,
    Column("name", String(400), primary_key=True),
    Column(
        "entity_id",
        String(200),
        ForeignKey("kb_entities.id", ondelete="CASCADE"),
        primary_key=True,
    ),
)

kb_edits = Table(
    "kb_edits",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("entity_id", String(200), nullable=False, index=True),
    Column("action", String(8), nullable=False),
    Column("changes", JSON, nullable=False),
    Column("note", Text),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

quotes = Table(
    "quotes",
    metadata,
    _article_key(),
    Column("position", Integer, primary_key=True),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("kind", String(8), nullable=False),
    Column("cue", String(100), nullable=False),
    Column("cue_start", Integer, nullable=False),
    Column("cue_end", Integer, nullable=False),
    Column("speaker_id", String(200), index=True),
    Column("speaker_start", Integer),
    Column("speaker_end", Integer),
    Column("confidence", Float),
    Column("rule", String(200)),
    Column("extractor", String(200), nullable=False),
)

events = Table(
    "events",
    metadata,
    _article_key(),
    Column("position", Integer, primary_key=True),
    Column("type", String(16), nullable=False, index=True),
    Column("mode", String(40)),
    Column("modality", String(16), nullable=False),
    Column("date", Date, index=True),
    Column("end_date", Date),
    Column("date_precision", String(8), nullable=False),
    Column("place_id", String(200)),
    Column("confidence", Float, nullable=False),
    Column("extractor", String(200), nullable=False),
    # The whole event (Event.to_json); the columns above are for filtering.
    Column("record", JSON, nullable=False),
)

# Who takes part in which event, for "every event of this entity" queries.
event_entities = Table(
    "event_entities",
    metadata,
    _article_key(),
    Column("position", Integer, primary_key=True),
    Column("role", String(12), primary_key=True),
    Column("entity_id", String(200), primary_key=True, index=True),
)
