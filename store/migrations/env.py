"""Alembic environment: runs on the connection store.db.migrate hands it."""

from alembic import context

from store.models import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - alembic's own CLI is not used
    raise RuntimeError("run migrations through store.db.migrate(engine)")
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
