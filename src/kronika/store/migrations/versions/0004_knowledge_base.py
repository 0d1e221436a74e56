"""The knowledge base in the store: versioned imports, analysts' edits that survive them.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "kb_versions",
        sa.Column("version", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("entities", sa.Integer, nullable=False),
    )
    op.create_table(
        "kb_entities",
        sa.Column("id", sa.String(200), primary_key=True),
        sa.Column("qid", sa.String(20)),
        sa.Column("type", sa.String(20), nullable=False),
        sa.Column("data", sa.JSON, nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
    )
    op.create_index("ix_kb_entities_qid", "kb_entities", ["qid"])
    op.create_table(
        "kb_names",
        sa.Column("name", sa.String(400), nullable=False),
        sa.Column("entity_id", sa.String(200), nullable=False),
        sa.ForeignKeyConstraint(
            ["entity_id"],
            ["kb_entities.id"],
            ondelete="CASCADE",
            name="fk_kb_names_entity_id_kb_entities",
        ),
        sa.PrimaryKeyConstraint("name", "entity_id", name="pk_kb_names"),
    )
    op.create_table(
        "kb_edits",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("entity_id", sa.String(200), nullable=False),
        sa.Column("action", sa.String(8), nullable=False),
        sa.Column("changes", sa.JSON, nullable=False),
        sa.Column("note", sa.Text),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_kb_edits_entity_id", "kb_edits", ["entity_id"])


def downgrade() -> None:
    for table in ("kb_edits", "kb_names", "kb_entities", "kb_versions"):
        op.drop_table(table)
