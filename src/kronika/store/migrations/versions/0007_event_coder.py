"""Which event coder (and lexicon version) coded an analysed article, events or none.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("analyses") as batch:
        batch.add_column(sa.Column("event_coder", sa.String(200)))


def downgrade() -> None:
    with op.batch_alter_table("analyses") as batch:
        batch.drop_column("event_coder")
