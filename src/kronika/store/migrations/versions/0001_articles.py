"""Articles, their URLs, segments, near-duplicate bands, rejections and full-text search.

Revision ID: 0001
Revises:
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

ARTICLE_ID = sa.String(16)


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("id", ARTICLE_ID, primary_key=True),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("url", sa.Text),
        sa.Column("outlet", sa.String(200)),
        sa.Column("published", sa.Date),
        sa.Column("date_precision", sa.String(8), nullable=False),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("category", sa.String(200)),
        sa.Column("source", sa.Text),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column(
            "duplicate_of",
            ARTICLE_ID,
            sa.ForeignKey("articles.id", name="fk_articles_duplicate_of_articles"),
        ),
        sa.Column("similarity", sa.Float),
        sa.Column("fingerprint", sa.LargeBinary),
        sa.PrimaryKeyConstraint("id", name="pk_articles"),
    )
    op.create_index("ix_articles_duplicate_of", "articles", ["duplicate_of"])
    op.create_index("ix_articles_published", "articles", ["published"])
    op.create_index("ix_articles_outlet", "articles", ["outlet"])
    op.create_table(
        "article_urls",
        sa.Column("article_id", ARTICLE_ID, nullable=False),
        sa.Column("url", sa.Text, nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            ondelete="CASCADE",
            name="fk_article_urls_article_id_articles",
        ),
        sa.PrimaryKeyConstraint("article_id", "url", name="pk_article_urls"),
    )
    op.create_table(
        "segments",
        sa.Column("article_id", ARTICLE_ID, nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            ondelete="CASCADE",
            name="fk_segments_article_id_articles",
        ),
        sa.PrimaryKeyConstraint("article_id", "position", name="pk_segments"),
    )
    op.create_table(
        "minhash_bands",
        sa.Column("band_key", sa.BigInteger, nullable=False),
        sa.Column("article_id", ARTICLE_ID, nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            ondelete="CASCADE",
            name="fk_minhash_bands_article_id_articles",
        ),
        sa.PrimaryKeyConstraint("band_key", "article_id", name="pk_minhash_bands"),
    )
    op.create_table(
        "rejections",
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("rejected_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("source", name="pk_rejections"),
    )
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute(
            "CREATE VIRTUAL TABLE articles_fts USING fts5("
            "article_id UNINDEXED, title, text, tokenize = 'unicode61 remove_diacritics 2')"
        )
    elif dialect == "postgresql":
        op.execute(
            "ALTER TABLE articles ADD COLUMN search_vector tsvector GENERATED ALWAYS AS ("
            "setweight(to_tsvector('hungarian', coalesce(title, '')), 'A') || "
            "setweight(to_tsvector('hungarian', text), 'B')) STORED"
        )
        op.execute("CREATE INDEX ix_articles_search_vector ON articles USING gin (search_vector)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE articles_fts")
    for table in ("rejections", "minhash_bands", "segments", "article_urls", "articles"):
        op.drop_table(table)
