"""Bring a database to the schema this version writes, or refuse it.

Runs at start-up. On SQLite the migration gets its own connection with
foreign keys OFF: with them on, Alembic's batch mode (copy table, drop,
rename) deletes the child rows of ON DELETE CASCADE relations.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from collabdesk.store.engine import is_sqlite, open_engine
from collabdesk.store.errors import QT_TRANSLATE_NOOP, Message, NewerSchemaError

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Engine

# Alembic (~0.1 s of imports) loads inside the functions below, which run
# only when a database is not at schema_head.HEAD_REVISION: a database
# already current is opened without it (store/database.py imports this
# module on every open).

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def check_not_newer(current: str | None) -> None:
    """Refuse, unchanged, a database written by a newer CollabDesk."""
    if current is None:
        return
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(alembic_config())
    known = {rev.revision for rev in scripts.walk_revisions()}
    if current not in known:
        raise NewerSchemaError(
            Message(
                "Store",
                QT_TRANSLATE_NOOP(
                    "Store",
                    "This database was written by a newer version of CollabDesk (schema %1). "
                    "It was not opened and nothing in it was changed. Install the newer "
                    "version, or open a backup made before the upgrade.",
                ),
                (current,),
            )
        )


def upgrade(url: str, target: str = "head") -> None:
    """Migrate the database at `url` to `target` in one transaction."""
    from alembic import command

    engine = open_engine(url, foreign_keys=False) if is_sqlite(url) else open_engine(url)
    try:
        check_not_newer(current_revision(engine))
        with engine.begin() as conn:
            config = alembic_config()
            config.attributes["connection"] = conn
            command.upgrade(config, target)
    finally:
        engine.dispose()
