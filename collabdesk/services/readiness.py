"""How ready a collaboration is for its pitch: the required checklist
questions answered or backed by records, and no open warnings.

Scored for many collaborations at once with a fixed number of queries, so the
list and the board stay quick.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from typing import Any, NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session

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
    ChecklistStep,
)
from collabdesk.domain.collaboration import ChecklistAnswer, CollaborationPartner
from collabdesk.domain.commitment import Commitment
from collabdesk.domain.enums import Direction, PartnerRole
from collabdesk.domain.partner import Partner

STEPS: tuple[ChecklistStep, ...] = tuple(ChecklistStep)


@dataclass(frozen=True)
class Missing:
    """One thing between a collaboration and 100 %: an unanswered required
    question (`question_key`) or an unresolved warning (`code`)."""

    code: str  # "unanswered", "values_mismatch", "promise_without_date_or_owner"
    question_key: str
    message: str
    detail: str = ""  # the promise's description, for the UI's own sentence
    # A per-partner question: the partner taking part who lacks its own answer.
    partner_id: int | None = None
    partner_name: str = ""


@dataclass(frozen=True)
class Readiness:
    percent: int
    missing: tuple[Missing, ...]

    @property
    def complete(self) -> bool:
        return not self.missing


class _Promise(NamedTuple):
    direction: Direction
    description: str
    due_on: date | None
    owner: str


def _counts(session: Session, column: Any, ids: list[int], *where: Any) -> dict[int, int]:
    """Rows per collaboration id, one grouped query."""
    stmt = select(column, func.count()).where(column.in_(ids), *where).group_by(column)
    return {cid: int(n) for cid, n in session.execute(stmt)}


def readiness_many(session: Session, ids: list[int]) -> dict[int, Readiness]:
    """Readiness of many collaborations with a fixed number of queries, so
    the list and the board stay quick with hundreds of collaborations."""
    questions = sorted(
        session.scalars(
            select(ChecklistQuestion).where(
                ChecklistQuestion.active.is_(True), ChecklistQuestion.required.is_(True)
            )
        ).all(),
        key=lambda q: (STEPS.index(q.step), q.position, q.key),
    )
    answers: dict[int, _Answers] = {cid: {} for cid in ids}
    partners: dict[int, list[tuple[int, str]]] = {cid: [] for cid in ids}
    commitments: dict[int, list[_Promise]] = {cid: [] for cid in ids}
    for start in range(0, len(ids), 500):  # SQLite limits bound parameters
        chunk = ids[start : start + 500]
        for cid, key, written_for, text in session.execute(
            select(
                ChecklistAnswer.collaboration_id,
                ChecklistAnswer.question_key,
                ChecklistAnswer.partner_id,
                ChecklistAnswer.answer,
            ).where(ChecklistAnswer.collaboration_id.in_(chunk))
        ):
            if text.strip():
                answers[cid].setdefault(key, {})[written_for] = text.strip()
        for cid, pid, name in session.execute(
            select(CollaborationPartner.collaboration_id, Partner.id, Partner.name)
            .join(Partner, Partner.id == CollaborationPartner.partner_id)
            .where(
                CollaborationPartner.collaboration_id.in_(chunk),
                CollaborationPartner.role == PartnerRole.PARTNER,
            )
            .order_by(Partner.name, Partner.id)
        ):
            partners[cid].append((pid, name))
        for cid, direction, description, due_on, owner in session.execute(
            select(
                Commitment.collaboration_id,
                Commitment.direction,
                Commitment.description,
                Commitment.due_on,
                Commitment.owner,
            ).where(Commitment.collaboration_id.in_(chunk))
        ):
            commitments[cid].append(_Promise(direction, description, due_on, owner))
    plan_b: dict[int, int] = {}
    metrics: dict[int, int] = {}
    items: dict[int, int] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        plan_b |= _counts(
            session,
            CollaborationPartner.collaboration_id,
            chunk,
            CollaborationPartner.role == PartnerRole.ALTERNATIVE,
        )
        metrics |= _counts(session, CollaborationMetric.collaboration_id, chunk)
        items |= _counts(session, CollaborationAdItem.collaboration_id, chunk)
    result = {}
    for cid in ids:
        promises = commitments[cid]
        by_records = {
            PLAN_B: plan_b.get(cid, 0),
            STATISTICS: metrics.get(cid, 0),
            ADVERTISING: items.get(cid, 0),
            LIBRARY_PROMISES: sum(c.direction is Direction.LIBRARY_GIVES for c in promises),
            PARTNER_PROMISES: sum(c.direction is Direction.PARTNER_GIVES for c in promises),
        }
        result[cid] = _score(questions, answers[cid], partners[cid], by_records, promises)
    return result


# question key -> whose non-empty answer (None: the whole collaboration) -> text
_Answers = dict[str, dict[int | None, str]]


def lacking_partners(
    owners: Collection[int | None], partners: list[tuple[int, str]]
) -> list[tuple[int, str]]:
    """Partners taking part without their own answer to a per-partner
    question. With one partner (or none), an old shared answer counts and
    nobody needs naming: (0, "") stands for the collaboration."""
    if len(partners) <= 1:
        counted = {None, *(pid for pid, _name in partners)}
        return [] if counted & set(owners) else [(0, "")]
    return [(pid, name) for pid, name in partners if pid not in owners]


def _unanswered(
    q: ChecklistQuestion, answers: _Answers, partners: list[tuple[int, str]]
) -> list[Missing]:
    owners = answers.get(q.key, {})
    if not q.per_partner:
        return (
            [] if None in owners else [Missing("unanswered", q.key, f"Not answered: {q.prompt_en}")]
        )
    return [
        Missing(
            "unanswered",
            q.key,
            f"Not answered for {name}: {q.prompt_en}" if pid else f"Not answered: {q.prompt_en}",
            partner_id=pid or None,
            partner_name=name,
        )
        for pid, name in lacking_partners(owners, partners)
    ]


def _score(
    questions: list[ChecklistQuestion],
    answers: _Answers,
    partners: list[tuple[int, str]],
    by_records: dict[str, int],
    commitments: list[_Promise],
) -> Readiness:
    missing: list[Missing] = []
    unanswered = 0
    for q in questions:
        if q.key in by_records:
            gaps = (
                []
                if by_records[q.key] > 0
                else [Missing("unanswered", q.key, f"Not answered: {q.prompt_en}")]
            )
        else:
            gaps = _unanswered(q, answers, partners)
        unanswered += bool(gaps)
        missing.extend(gaps)
    warnings: list[Missing] = []
    shared = {key: texts.get(None, "") for key, texts in answers.items()}
    if shared.get(VALUES_MATCH) in ("no", "partly") and not shared.get(VALUES_NOTE):
        warnings.append(
            Missing(
                "values_mismatch",
                VALUES_NOTE,
                "The values do not fully match and there is no note on how to deal with it.",
            )
        )
    for c in commitments:
        if c.due_on is None or not c.owner.strip():
            warnings.append(
                Missing(
                    "promise_without_date_or_owner",
                    LIBRARY_PROMISES
                    if c.direction is Direction.LIBRARY_GIVES
                    else PARTNER_PROMISES,
                    f"The promise “{c.description}” has no due date or no owner.",
                    c.description,
                )
            )
    total = len(questions) + len(warnings)
    good = len(questions) - unanswered
    percent = 100 if total == 0 else (good * 100) // total
    return Readiness(percent, tuple(missing + warnings))
