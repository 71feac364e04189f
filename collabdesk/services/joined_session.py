"""A `Sessions` that hands out a session already open, so a use case written
as its own transaction (RenewalService.renew) can run inside a larger one:
completing a collaboration and moving its open promises to a renewal is one
transaction and one undo step. Commit and rollback stay with the outer
transaction."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import cast

from sqlalchemy.orm import Session

from collabdesk.services.transaction import Sessions


class _Joined:
    def __init__(self, session: Session) -> None:
        self._session = session

    @contextmanager
    def begin(self) -> Iterator[Session]:
        yield self._session

    def __call__(self) -> Session:
        return self._session


def joined(session: Session) -> Sessions:
    """`session` as a session factory whose begin() neither commits nor ends it."""
    return cast("Sessions", _Joined(session))
