"""One user action, one transaction; storage failures become ServiceErrors."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import OperationalError, ProgrammingError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from collabdesk.services.errors import (
    QT_TRANSLATE_NOOP,
    ConflictError,
    Message,
    NotAllowedError,
    ReadOnlyError,
    StorageBusyError,
    StorageFullError,
)

CONTEXT = "Storage"

Sessions = sessionmaker[Session]


@contextmanager
def transaction(sessions: Sessions, what: str = "record", record_id: int = 0) -> Iterator[Session]:
    """Commit on success, roll back on any error; translate lock and version
    failures into messages a person can act on."""
    try:
        with sessions.begin() as session:
            yield session
    except StaleDataError as exc:
        raise ConflictError(what, record_id) from exc
    except ProgrammingError as exc:
        if getattr(exc.orig, "sqlstate", "") != "42501":  # insufficient privilege
            raise
        raise NotAllowedError(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "Storage",
                    "The shared server refused this change: staff change their own "
                    "branch's collaborations, commitments and statistics, and the partners "
                    "and contacts; other branches' records, the library's profile and the "
                    "staff list are the system coordinators'. Nothing was saved.",
                ),
            )
        ) from exc
    except OperationalError as exc:
        text = str(exc.orig).lower()
        if "locked" in text or "busy" in text:
            raise StorageBusyError(
                Message(
                    CONTEXT,
                    QT_TRANSLATE_NOOP(
                        "Storage",
                        "The database is busy: another program is writing to it. Nothing "
                        "was saved; try again in a moment.",
                    ),
                )
            ) from exc
        if "readonly" in text or "read-only" in text:  # meeting mode, read-only medium
            raise ReadOnlyError(
                Message(
                    CONTEXT,
                    QT_TRANSLATE_NOOP(
                        "Storage",
                        "The data is open read-only (meeting mode, or a folder CollabDesk "
                        "may not write to), so nothing was saved. In a meeting, write "
                        "what was agreed in a meeting note instead.",
                    ),
                )
            ) from exc
        if "full" in text:
            raise StorageFullError(
                Message(
                    CONTEXT,
                    QT_TRANSLATE_NOOP(
                        "Storage",
                        "The disk is full. Nothing was saved; free some space and try again.",
                    ),
                )
            ) from exc
        raise


def check_version(what: str, record_id: int, current: int, expected: int | None) -> None:
    """Refuse a save based on an older read of the record."""
    if expected is not None and current != expected:
        raise ConflictError(what, record_id)
