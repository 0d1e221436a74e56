"""NLP analyses (sentences and tokens per article) and named-entity mentions.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "analyses",
        sa.Column("article_id", sa.String(16), nullable=False),
        sa.Column("extractor", sa.String(200), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("sentences", sa.JSON, nullable=False),
        sa.Column("tokens", sa.JSON, nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            ondelete="CASCADE",
            name="fk_analyses_article_id_articles",
        ),
        sa.PrimaryKeyConstraint("article_id", name="pk_analyses"),
    )
    op.create_index("ix_analyses_extractor", "analyses", ["extractor"])
    op.create_table(
        "mentions",
        sa.Column("article_id", sa.String(16), nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("label", sa.String(8), nullable=False),
        sa.Column("lemma", sa.Text, nullable=False),
        sa.Column("extractor", sa.String(200), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            ondelete="CASCADE",
            name="fk_mentions_article_id_articles",
        ),
        sa.PrimaryKeyConstraint("article_id", "position", name="pk_mentions"),
    )
    op.create_index("ix_mentions_lemma", "mentions", ["lemma"])
    op.create_index("ix_mentions_label", "mentions", ["label"])


def downgrade() -> None:
    op.drop_table("mentions")
    op.drop_table("analyses")
