"""Alembic environment: always run with a connection handed in by
collabdesk.store.migrate, never from a URL in an ini file."""

from __future__ import annotations

from alembic import context

from collabdesk.domain.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    transaction_per_migration=False,
)
with context.begin_transaction():
    context.run_migrations()
