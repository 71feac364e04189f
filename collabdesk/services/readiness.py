"""How ready a collaboration is for its pitch: the required checklist
questions answered or backed by records, and no open warnings.

The definition is services/readiness_score.py (plain Python and SQL text,
which the command line also runs without SQLAlchemy); this runs it on the
store's session. Scored for many collaborations at once with a fixed number
of queries, so the list and the board stay quick.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from collabdesk.services.plain_rows import connection_run
from collabdesk.services.readiness_score import (
    STEPS,
    Missing,
    Readiness,
    lacking_partners,
    readiness_of_rows,
)

__all__ = ["STEPS", "Missing", "Readiness", "lacking_partners", "readiness_many"]


def readiness_many(session: Session, ids: list[int]) -> dict[int, Readiness]:
    """Readiness of many collaborations with a fixed number of queries, so
    the list and the board stay quick with hundreds of collaborations."""
    return readiness_of_rows(connection_run(session.connection()), ids)
