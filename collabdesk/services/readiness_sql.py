"""Readiness as one SQL expression, so the list and the board page from SQL
with each row's percent instead of scoring every collaboration in Python.

The expression is THE percent of services/readiness_percent.py (SQL text,
no SQLAlchemy, also selected by `collabdesk collaborations list` over a
plain sqlite3 connection), handed to SQLAlchemy as a column correlated to
`collaboration.id`. Nothing is stored, so no write can leave it stale;
tests/unit/test_readiness_sql.py checks it equals `readiness_score.score`
after each kind of change. The missing items themselves (what the details
pane lists) stay in `readiness`.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from sqlalchemy import Integer, literal_column, select
from sqlalchemy.orm import Session

from collabdesk.domain.checklist import ChecklistQuestion
from collabdesk.domain.collaboration import Collaboration
from collabdesk.services.readiness_percent import WHITESPACE, percent_sql

__all__ = ["WHITESPACE", "readiness_percent", "readiness_percents", "required_questions"]


def required_questions(session: Session) -> list[tuple[str, bool]]:
    """(key, per_partner) of every active required question: what the
    percent counts, exactly as `readiness_many` selects them."""
    rows = session.execute(
        select(ChecklistQuestion.key, ChecklistQuestion.per_partner).where(
            ChecklistQuestion.active.is_(True), ChecklistQuestion.required.is_(True)
        )
    )
    return [(str(key), bool(per_partner)) for key, per_partner in rows]


def readiness_percent(questions: list[tuple[str, bool]], dialect: str = "sqlite") -> Any:
    """The readiness percent of the row's collaboration, 0–100, as a column
    expression to select beside `Collaboration`'s own columns."""
    return _percent(tuple(sorted(questions)), dialect)


@lru_cache(maxsize=8)
def _percent(questions: tuple[tuple[str, bool], ...], dialect: str) -> Any:
    """Built once per template: the same object keeps SQLAlchemy's compiled
    form cached."""
    return literal_column(percent_sql(questions, dialect), Integer)


def readiness_percents(session: Session, ids: list[int]) -> dict[int, int]:
    """Percent per collaboration id, in SQL (tests compare it with `readiness`)."""
    bind = session.get_bind()
    expression = readiness_percent(required_questions(session), bind.dialect.name)
    result: dict[int, int] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        stmt = select(Collaboration.id, expression).where(Collaboration.id.in_(chunk))
        result.update({int(cid): int(percent) for cid, percent in session.execute(stmt)})
    return result
