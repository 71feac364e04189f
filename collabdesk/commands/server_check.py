"""`collabdesk check` on the shared PostgreSQL server: can CollabDesk reach
it, and how old is the newest pg_dump in the dump folder it is told about."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TextIO

from collabdesk.commands.common import EXIT_ERROR, EXIT_OK
from collabdesk.commands.language import say
from collabdesk.config import Settings
from collabdesk.domain.message import QT_TRANSLATE_NOOP


def check_server(
    settings: Settings, dumps: str | None, out: TextIO, now: datetime | None = None
) -> int:
    from sqlalchemy import create_engine
    from sqlalchemy.exc import SQLAlchemyError
    from sqlalchemy.orm import sessionmaker
    from sqlalchemy.pool import NullPool

    from collabdesk.services.server_dumps import STALE_AFTER, ServerDumps, newest_dump

    engine = create_engine(settings.database_url, poolclass=NullPool)
    try:
        folder = dumps or ServerDumps(sessionmaker(engine)).folder()
    except SQLAlchemyError as exc:
        say(
            out,
            QT_TRANSLATE_NOOP("Cli", "The server cannot be read: %1"),
            str(getattr(exc, "orig", exc)).strip().splitlines()[0][:300],
        )
        return EXIT_ERROR
    finally:
        engine.dispose()
    say(out, QT_TRANSLATE_NOOP("Cli", "Server database: reachable."))
    if not folder:
        say(
            out,
            QT_TRANSLATE_NOOP(
                "Cli",
                "warning: no dump folder is set, so the age of the server's backups is "
                "unknown; set it with `collabdesk settings dump-folder DIR` or pass "
                "`--dumps DIR`.",
            ),
        )
        return EXIT_OK
    newest = newest_dump(Path(folder).expanduser(), now)
    if newest is None:
        say(out, QT_TRANSLATE_NOOP("Cli", "warning: no server dump found in %1."), folder)
        return EXIT_OK
    template = (
        QT_TRANSLATE_NOOP("Cli", "Newest server dump: %1 (1 day old): %3")
        if newest.days == 1
        else QT_TRANSLATE_NOOP("Cli", "Newest server dump: %1 (%2 days old): %3")
    )
    say(out, template, f"{newest.written:%Y-%m-%d %H:%M}", newest.days, newest.path.name)
    if newest.stale:
        say(
            out,
            QT_TRANSLATE_NOOP(
                "Cli",
                "warning: the newest server dump is older than %1 days; check the "
                "server's pg_dump schedule.",
            ),
            STALE_AFTER.days,
        )
    return EXIT_OK
