"""Readiness as one SQL expression, so the list and the board page from SQL
with each row's percent instead of scoring every collaboration in Python.

It is the percent of `readiness._score` written in SQL, correlated to
`collaboration.id`: the same required questions (read first, a dozen rows),
the same records that answer some of them, the same per-partner rule
(`readiness.lacking_partners`), the same two warnings. Nothing is stored, so
no write can leave it stale; tests/unit/test_readiness_sql.py checks it
equals the Python definition after each kind of change. The missing items
themselves (what the details pane lists) stay in `readiness`.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, and_, case, exists, func, not_, or_, select
from sqlalchemy.orm import Session, aliased

from collabdesk.domain.advertising import CollaborationAdItem, CollaborationMetric
from collabdesk.domain.checklist import (
    ADVERTISING,
    LIBRARY_PROMISES,
    PARTNER_PROMISES,
    PLAN_B,
    STATISTICS,
    VALUES_MATCH,
    VALUES_NOTE,
    ChecklistQuestion,
)
from collabdesk.domain.collaboration import ChecklistAnswer, Collaboration, CollaborationPartner
from collabdesk.domain.commitment import Commitment
from collabdesk.domain.enums import Direction, PartnerRole

# What Python's str.strip() removes (str.isspace), so " " or a no-break space
# alone is as empty here as in `readiness`; a unit test keeps the list whole.
WHITESPACE = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680"
    "\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u2028\u2029\u202f\u205f\u3000"
)


def _stripped(column: Any, dialect: str) -> Any:
    if dialect == "postgresql":
        return func.btrim(column, WHITESPACE)
    return func.trim(column, WHITESPACE)


def required_questions(session: Session) -> list[tuple[str, bool]]:
    """(key, per_partner) of every active required question: what the
    percent counts, exactly as `readiness_many` selects them."""
    rows = session.execute(
        select(ChecklistQuestion.key, ChecklistQuestion.per_partner).where(
            ChecklistQuestion.active.is_(True), ChecklistQuestion.required.is_(True)
        )
    )
    return [(str(key), bool(per_partner)) for key, per_partner in rows]


def _shared(answer: Any) -> Any:
    return answer.partner_id.is_(None)


class _Terms:
    """The correlated sub-expressions of one readiness percent."""

    def __init__(self, dialect: str) -> None:
        self.dialect = dialect

    def nonblank(self, column: Any) -> Any:
        return _stripped(column, self.dialect) != ""

    def answer(self, key: str, whose: Any) -> ColumnElement[bool]:
        """A non-blank answer to `key` written by `whose(answer)`."""
        a = aliased(ChecklistAnswer)
        return exists().where(
            a.collaboration_id == Collaboration.id,
            a.question_key == key,
            self.nonblank(a.answer),
            whose(a),
        )

    @staticmethod
    def taking_part() -> Any:
        cp = aliased(CollaborationPartner)
        return cp, and_(cp.collaboration_id == Collaboration.id, cp.role == PartnerRole.PARTNER)

    def partner_count(self) -> Any:
        cp, where = self.taking_part()
        return select(func.count()).select_from(cp).where(where).scalar_subquery()

    def per_partner_answered(self, key: str) -> ColumnElement[bool]:
        single_cp, single_where = self.taking_part()
        # One partner or none: a shared answer or that partner's own counts.
        single = self.answer(
            key,
            lambda a: (
                a.partner_id.is_(None)
                | a.partner_id.in_(select(single_cp.partner_id).where(single_where))
            ),
        )
        cp, where = self.taking_part()
        a = aliased(ChecklistAnswer)
        own = exists().where(
            a.collaboration_id == Collaboration.id,
            a.question_key == key,
            a.partner_id == cp.partner_id,
            self.nonblank(a.answer),
        )
        every = not_(exists().select_from(cp).where(where, not_(own)))
        return case((self.partner_count() <= 1, single), else_=every)  # type: ignore[return-value]

    def by_records(self, key: str) -> ColumnElement[bool] | None:
        if key == PLAN_B:
            cp = aliased(CollaborationPartner)
            return exists().where(
                cp.collaboration_id == Collaboration.id, cp.role == PartnerRole.ALTERNATIVE
            )
        if key == STATISTICS:
            return exists().where(CollaborationMetric.collaboration_id == Collaboration.id)
        if key == ADVERTISING:
            return exists().where(CollaborationAdItem.collaboration_id == Collaboration.id)
        if key in (LIBRARY_PROMISES, PARTNER_PROMISES):
            side = Direction.LIBRARY_GIVES if key == LIBRARY_PROMISES else Direction.PARTNER_GIVES
            c = aliased(Commitment)
            return exists().where(c.collaboration_id == Collaboration.id, c.direction == side)
        return None

    def warnings(self) -> Any:
        a = aliased(ChecklistAnswer)
        mismatch = and_(
            exists().where(
                a.collaboration_id == Collaboration.id,
                a.question_key == VALUES_MATCH,
                a.partner_id.is_(None),
                _stripped(a.answer, self.dialect).in_(["no", "partly"]),
            ),
            not_(self.answer(VALUES_NOTE, _shared)),
        )
        c = aliased(Commitment)
        gaps = (
            select(func.count())
            .select_from(c)
            .where(
                c.collaboration_id == Collaboration.id,
                or_(c.due_on.is_(None), _stripped(c.owner, self.dialect) == ""),
            )
            .scalar_subquery()
        )
        return case((mismatch, 1), else_=0) + gaps


def readiness_percent(questions: list[tuple[str, bool]], dialect: str = "sqlite") -> Any:
    """The readiness percent of the row's collaboration, 0–100, as a column
    expression to select beside `Collaboration`'s own columns."""
    terms = _Terms(dialect)
    unanswered: Any = 0
    for key, per_partner in questions:
        answered = terms.by_records(key)
        if answered is None:
            answered = (
                terms.per_partner_answered(key) if per_partner else terms.answer(key, _shared)
            )
        unanswered = unanswered + case((answered, 0), else_=1)
    count = len(questions)
    total = count + terms.warnings()
    return case((total == 0, 100), else_=((count - unanswered) * 100) // total)


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
