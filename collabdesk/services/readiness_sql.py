"""Readiness as one SQL expression, so the list and the board page from SQL
with each row's percent instead of scoring every collaboration in Python.

It is the percent of `readiness_score.score` written in SQL, correlated to
`collaboration.id`: the same required questions (read first, a dozen rows),
the same records that answer some of them, the same per-partner rule
(`readiness_score.lacking_partners`), the same two warnings. Nothing is stored, so
no write can leave it stale; tests/unit/test_readiness_sql.py checks it
equals the Python definition after each kind of change. The missing items
themselves (what the details pane lists) stay in `readiness`.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from sqlalchemy import and_, case, exists, func, not_, or_, select
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


def _exists(*where: Any, outer: tuple[Any, ...] = (Collaboration,)) -> Any:
    """EXISTS correlated to the row's collaboration (and `outer`) only: left
    to guess, SQLAlchemy would read a nested `collaboration` as a new FROM."""
    return exists().where(*where).correlate(*outer)


class _Terms:
    """The correlated sub-expressions of one readiness percent."""

    def __init__(self, dialect: str) -> None:
        self.dialect = dialect

    def nonblank(self, column: Any) -> Any:
        return _stripped(column, self.dialect) != ""

    def answer(self, key: str, whose: Any) -> Any:
        """A non-blank answer to `key` written by `whose(answer)`."""
        a = aliased(ChecklistAnswer)
        return _exists(
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
        counted = select(func.count()).select_from(cp).where(where)
        return counted.correlate(Collaboration).scalar_subquery()

    def per_partner_answered(self, key: str) -> Any:
        one_cp, one_where = self.taking_part()
        theirs = select(one_cp.partner_id).where(one_where).correlate(Collaboration)
        # One partner or none: a shared answer or that partner's own counts.
        single = self.answer(key, lambda a: a.partner_id.is_(None) | a.partner_id.in_(theirs))
        # More: every partner taking part has an answer of their own.
        cp, where = self.taking_part()
        a = aliased(ChecklistAnswer)
        own = _exists(
            a.collaboration_id == Collaboration.id,
            a.question_key == key,
            a.partner_id == cp.partner_id,
            self.nonblank(a.answer),
            outer=(Collaboration, cp),
        )
        lacking = exists().select_from(cp).where(where, not_(own)).correlate(Collaboration)
        return case((self.partner_count() <= 1, single), else_=not_(lacking))

    def by_records(self, key: str) -> Any:
        if key == PLAN_B:
            cp = aliased(CollaborationPartner)
            return _exists(
                cp.collaboration_id == Collaboration.id, cp.role == PartnerRole.ALTERNATIVE
            )
        if key == STATISTICS:
            return _exists(CollaborationMetric.collaboration_id == Collaboration.id)
        if key == ADVERTISING:
            return _exists(CollaborationAdItem.collaboration_id == Collaboration.id)
        if key in (LIBRARY_PROMISES, PARTNER_PROMISES):
            side = Direction.LIBRARY_GIVES if key == LIBRARY_PROMISES else Direction.PARTNER_GIVES
            c = aliased(Commitment)
            return _exists(c.collaboration_id == Collaboration.id, c.direction == side)
        return None

    def warnings(self) -> Any:
        a = aliased(ChecklistAnswer)
        mismatch = and_(
            _exists(
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
            .correlate(Collaboration)
            .scalar_subquery()
        )
        return case((mismatch, 1), else_=0) + gaps


def readiness_percent(questions: list[tuple[str, bool]], dialect: str = "sqlite") -> Any:
    """The readiness percent of the row's collaboration, 0–100, as a column
    expression to select beside `Collaboration`'s own columns."""
    return _percent(tuple(sorted(questions)), dialect)


@lru_cache(maxsize=8)
def _percent(questions: tuple[tuple[str, bool], ...], dialect: str) -> Any:
    """Built once per template: building it costs more than running it for
    a page, and the same object keeps SQLAlchemy's compiled form cached."""
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
    warnings = terms.warnings()
    if count == 0:  # nothing asked: complete unless something warns
        return case((warnings == 0, 100), else_=0)
    # count > 0, so the divisor is never 0 (and the warnings are read once)
    return ((count - unanswered) * 100) // (count + warnings)


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
