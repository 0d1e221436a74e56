"""Events: PLOVER events with their participants, queryable by entity.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "events",
        sa.Column("article_id", sa.String(16), nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("type", sa.String(16), nullable=False),
        sa.Column("mode", sa.String(40)),
        sa.Column("modality", sa.String(16), nullable=False),
        sa.Column("date", sa.Date),
        sa.Column("end_date", sa.Date),
        sa.Column("date_precision", sa.String(8), nullable=False),
        sa.Column("place_id", sa.String(200)),
        sa.Column("confidence", sa.Float, nullable=False),
        sa.Column("extractor", sa.String(200), nullable=False),
        sa.Column("record", sa.JSON, nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            ondelete="CASCADE",
            name="fk_events_article_id_articles",
        ),
        sa.PrimaryKeyConstraint("article_id", "position", name="pk_events"),
    )
    op.create_index("ix_events_type", "events", ["type"])
    op.create_index("ix_events_date", "events", ["date"])
    op.create_table(
        "event_entities",
        sa.Column("article_id", sa.String(16), nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("role", sa.String(12), nullable=False),
        sa.Column("entity_id", sa.String(200), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            ondelete="CASCADE",
            name="fk_event_entities_article_id_articles",
        ),
        sa.PrimaryKeyConstraint(
            "article_id", "position", "role", "entity_id", name="pk_event_entities"
        ),
    )
    op.create_index("ix_event_entities_entity_id", "event_entities", ["entity_id"])


def downgrade() -> None:
    op.drop_table("event_entities")
    op.drop_table("events")
