"""Quotes: attributed statements with their cue and speaker.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "quotes",
        sa.Column("article_id", sa.String(16), nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("kind", sa.String(8), nullable=False),
        sa.Column("cue", sa.String(100), nullable=False),
        sa.Column("cue_start", sa.Integer, nullable=False),
        sa.Column("cue_end", sa.Integer, nullable=False),
        sa.Column("speaker_id", sa.String(200)),
        sa.Column("speaker_start", sa.Integer),
        sa.Column("speaker_end", sa.Integer),
        sa.Column("confidence", sa.Float),
        sa.Column("rule", sa.String(200)),
        sa.Column("extractor", sa.String(200), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            ondelete="CASCADE",
            name="fk_quotes_article_id_articles",
        ),
        sa.PrimaryKeyConstraint("article_id", "position", name="pk_quotes"),
    )
    op.create_index("ix_quotes_speaker_id", "quotes", ["speaker_id"])


def downgrade() -> None:
    op.drop_table("quotes")
