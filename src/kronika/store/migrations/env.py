"""Alembic environment: uses the connection Krónika hands over, or ``-x db=URL``."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from kronika.store.schema import metadata

config = context.config
connection = config.attributes.get("connection")

if connection is not None:
    context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()
else:
    url = context.get_x_argument(as_dictionary=True).get("db") or "sqlite:///kronika.db"
    engine = create_engine(url)
    with engine.connect() as conn:
        context.configure(connection=conn, target_metadata=metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()
