"""Mention links: the entity a mention names, the link's confidence and rule.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("mentions") as batch:
        batch.add_column(sa.Column("entity_id", sa.String(200)))
        batch.add_column(sa.Column("confidence", sa.Float))
        batch.add_column(sa.Column("rule", sa.String(200)))
    op.create_index("ix_mentions_entity_id", "mentions", ["entity_id"])


def downgrade() -> None:
    op.drop_index("ix_mentions_entity_id", "mentions")
    with op.batch_alter_table("mentions") as batch:
        batch.drop_column("rule")
        batch.drop_column("confidence")
        batch.drop_column("entity_id")
