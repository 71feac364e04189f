"""The checklist template (the questions of the five steps) and how ready a
collaboration is for its pitch.

The default template ships as resources/checklist/default_template.json and
is copied into the database the first time the template is read; a library's
later edits are never overwritten. Answers refer to questions by key, so a
reworded or retired question keeps its old answers.
"""

from __future__ import annotations

import json
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
from collabdesk.domain.collaboration import ChecklistAnswer, Collaboration, CollaborationPartner
from collabdesk.domain.commitment import Commitment
from collabdesk.domain.enums import Audience, Direction, PartnerKind, PartnerRole
from collabdesk.domain.partner import Partner
from collabdesk.resources_dir import resource
from collabdesk.services.errors import QT_TRANSLATE_NOOP, Message, NotFoundError, ValidationError
from collabdesk.services.transaction import Sessions, transaction
from collabdesk.services.validation import Checker, clean_text

CONTEXT = "ChecklistService"

PROMPT_MAX = 2_000
STEPS: tuple[ChecklistStep, ...] = tuple(ChecklistStep)


@dataclass(frozen=True)
class QuestionRecord:
    key: str
    step: ChecklistStep
    position: int
    prompt_en: str
    prompt_ru: str
    required: bool
    active: bool
    builtin: bool

    def prompt(self, lang: str) -> str:
        """The prompt in `lang` ("ru" or "en"), the other one when it is blank."""
        first, second = (
            (self.prompt_ru, self.prompt_en)
            if lang == "ru"
            else (
                self.prompt_en,
                self.prompt_ru,
            )
        )
        return first or second


@dataclass(frozen=True)
class Missing:
    """One thing between a collaboration and 100 %: an unanswered required
    question (`question_key`) or an unresolved warning (`code`)."""

    code: str  # "unanswered", "values_mismatch", "promise_without_date_or_owner"
    question_key: str
    message: str
    detail: str = ""  # the promise's description, for the UI's own sentence


@dataclass(frozen=True)
class Readiness:
    percent: int
    missing: tuple[Missing, ...]

    @property
    def complete(self) -> bool:
        return not self.missing


def default_questions() -> list[dict[str, Any]]:
    data: dict[str, Any] = json.loads(
        resource("checklist", "default_template.json").read_text("utf-8")
    )
    questions: list[dict[str, Any]] = data["questions"]
    return questions


def _record(q: ChecklistQuestion) -> QuestionRecord:
    return QuestionRecord(
        q.key, q.step, q.position, q.prompt_en, q.prompt_ru, q.required, q.active, q.builtin
    )


def _check_prompts(prompt_en: str, prompt_ru: str) -> tuple[str, str]:
    prompt_en, prompt_ru = clean_text(prompt_en), clean_text(prompt_ru)
    check = Checker()
    if not prompt_en and not prompt_ru:
        check.required(
            "prompt_en", "", QT_TRANSLATE_NOOP("Field", "A question in English or Russian")
        )
    check.max_length(
        "prompt_en", prompt_en, PROMPT_MAX, QT_TRANSLATE_NOOP("Field", "The English question")
    )
    check.max_length(
        "prompt_ru", prompt_ru, PROMPT_MAX, QT_TRANSLATE_NOOP("Field", "The Russian question")
    )
    if check.problems:
        raise ValidationError(check.problems)
    return prompt_en, prompt_ru


def _ensure(session: Session) -> None:
    known = set(session.scalars(select(ChecklistQuestion.key)))
    for position, item in enumerate(default_questions()):
        if item["key"] in known:
            continue
        session.add(
            ChecklistQuestion(
                key=item["key"],
                step=ChecklistStep(item["step"]),
                position=position * 10,
                prompt_en=item["en"],
                prompt_ru=item["ru"],
                required=bool(item["required"]),
                active=True,
                builtin=True,
                audience=Audience(item.get("audience", Audience.STAFF)),
                per_partner=bool(item.get("per_partner", False)),
            )
        )
    session.flush()


class _Promise(NamedTuple):
    direction: Direction
    description: str
    due_on: date | None
    owner: str


def _counts(session: Session, column: Any, ids: list[int], *where: Any) -> dict[int, int]:
    """Rows per collaboration id, one grouped query."""
    stmt = select(column, func.count()).where(column.in_(ids), *where).group_by(column)
    return {cid: int(n) for cid, n in session.execute(stmt)}


def _readiness_many(session: Session, ids: list[int]) -> dict[int, Readiness]:
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
    answers: dict[int, dict[str, str]] = {cid: {} for cid in ids}
    commitments: dict[int, list[_Promise]] = {cid: [] for cid in ids}
    for start in range(0, len(ids), 500):  # SQLite limits bound parameters
        chunk = ids[start : start + 500]
        for cid, key, text in session.execute(
            select(
                ChecklistAnswer.collaboration_id,
                ChecklistAnswer.question_key,
                ChecklistAnswer.answer,
            ).where(ChecklistAnswer.collaboration_id.in_(chunk))
        ):
            answers[cid][key] = text.strip()
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
        result[cid] = _score(questions, answers[cid], by_records, promises)
    return result


def _score(
    questions: list[ChecklistQuestion],
    answers: dict[str, str],
    by_records: dict[str, int],
    commitments: list[_Promise],
) -> Readiness:
    missing: list[Missing] = []
    for q in questions:
        done = by_records[q.key] > 0 if q.key in by_records else bool(answers.get(q.key))
        if not done:
            missing.append(Missing("unanswered", q.key, f"Not answered: {q.prompt_en}"))
    warnings: list[Missing] = []
    if answers.get(VALUES_MATCH) in ("no", "partly") and not answers.get(VALUES_NOTE):
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
    good = len(questions) - len(missing)
    percent = 100 if total == 0 else (good * 100) // total
    return Readiness(percent, tuple(missing + warnings))


class ChecklistService:
    def __init__(self, sessions: Sessions) -> None:
        self._sessions = sessions
        self._ensured = False

    # --- template ---------------------------------------------------------
    def ensure_default_template(self) -> None:
        """Add the shipped questions that the database lacks; idempotent."""
        with transaction(self._sessions, "checklist question") as session:
            _ensure(session)
        self._ensured = True

    def _ready(self) -> None:
        if not self._ensured:
            self.ensure_default_template()

    def questions(self, include_retired: bool = False) -> list[QuestionRecord]:
        """The template in step order, then position."""
        self._ready()
        with transaction(self._sessions) as session:
            stmt = select(ChecklistQuestion)
            if not include_retired:
                stmt = stmt.where(ChecklistQuestion.active.is_(True))
            rows = [_record(q) for q in session.scalars(stmt)]
        return sorted(rows, key=lambda q: (STEPS.index(q.step), q.position, q.key))

    def add_question(
        self, step: ChecklistStep, prompt_en: str, prompt_ru: str = "", required: bool = True
    ) -> QuestionRecord:
        """A library's own question, after the step's other questions."""
        prompt_en, prompt_ru = _check_prompts(prompt_en, prompt_ru)
        step = ChecklistStep(step)
        self._ready()
        with transaction(self._sessions, "checklist question") as session:
            last = session.scalar(select(func.max(ChecklistQuestion.position))) or 0
            number = (session.scalar(select(func.count(ChecklistQuestion.id))) or 0) + 1
            key = f"custom.{step.value}.{number}"
            while session.scalar(select(ChecklistQuestion.id).where(ChecklistQuestion.key == key)):
                number += 1
                key = f"custom.{step.value}.{number}"
            question = ChecklistQuestion(
                key=key,
                step=step,
                position=last + 10,
                prompt_en=prompt_en,
                prompt_ru=prompt_ru,
                required=required,
                active=True,
                builtin=False,
            )
            session.add(question)
            session.flush()
            return _record(question)

    def update_question(
        self, key: str, prompt_en: str, prompt_ru: str, required: bool
    ) -> QuestionRecord:
        """Reword a question or make it optional; its answers stay as they are."""
        prompt_en, prompt_ru = _check_prompts(prompt_en, prompt_ru)
        self._ready()
        with transaction(self._sessions, "checklist question") as session:
            question = self._load(session, key)
            question.prompt_en = prompt_en
            question.prompt_ru = prompt_ru
            question.required = required
            session.flush()
            return _record(question)

    def set_active(self, key: str, active: bool) -> QuestionRecord:
        """Retire (or bring back) a question; old answers are kept either way."""
        self._ready()
        with transaction(self._sessions, "checklist question") as session:
            question = self._load(session, key)
            question.active = active
            session.flush()
            return _record(question)

    # --- per collaboration ----------------------------------------------------
    def readiness(self, collaboration_id: int) -> Readiness:
        self._ready()
        with transaction(self._sessions) as session:
            if session.get(Collaboration, collaboration_id) is None:
                raise NotFoundError(
                    Message(
                        CONTEXT,
                        QT_TRANSLATE_NOOP(
                            "ChecklistService", "There is no collaboration with id %1."
                        ),
                        (collaboration_id,),
                    )
                )
            return _readiness_many(session, [collaboration_id])[collaboration_id]

    def readiness_of(self, collaboration_ids: list[int]) -> dict[int, Readiness]:
        """Readiness of several collaborations in one transaction (list, board)."""
        self._ready()
        with transaction(self._sessions) as session:
            return _readiness_many(session, list(dict.fromkeys(collaboration_ids)))

    def resume_page(self, collaboration_id: int) -> int:
        with transaction(self._sessions) as session:
            collab = session.get(Collaboration, collaboration_id)
            if collab is None:
                raise NotFoundError(
                    Message(
                        CONTEXT,
                        QT_TRANSLATE_NOOP(
                            "ChecklistService", "There is no collaboration with id %1."
                        ),
                        (collaboration_id,),
                    )
                )
            return collab.wizard_page

    def set_resume_page(self, collaboration_id: int, page: int) -> None:
        with transaction(self._sessions, "collaboration", collaboration_id) as session:
            collab = session.get(Collaboration, collaboration_id)
            if collab is None:
                raise NotFoundError(
                    Message(
                        CONTEXT,
                        QT_TRANSLATE_NOOP(
                            "ChecklistService", "There is no collaboration with id %1."
                        ),
                        (collaboration_id,),
                    )
                )
            collab.wizard_page = max(0, page)

    @staticmethod
    def _load(session: Session, key: str) -> ChecklistQuestion:
        question = session.scalar(select(ChecklistQuestion).where(ChecklistQuestion.key == key))
        if question is None:
            raise NotFoundError(
                Message(
                    CONTEXT,
                    QT_TRANSLATE_NOOP("ChecklistService", "There is no checklist question '%1'."),
                    (key,),
                )
            )
        return question


@dataclass(frozen=True)
class PartnerChoice:
    id: int
    name: str
    kind: PartnerKind | None = None  # pickers list the likely kinds first


class PlanBService:
    """Plan-B partners of a collaboration, picked on the wizard's second page."""

    def __init__(self, sessions: Sessions) -> None:
        self._sessions = sessions

    def choices(self, limit: int = 2_000) -> list[PartnerChoice]:
        with transaction(self._sessions) as session:
            rows = session.execute(
                select(Partner.id, Partner.name, Partner.kind).order_by(Partner.name).limit(limit)
            )
            return [PartnerChoice(i, n, k) for i, n, k in rows]

    def plan_b(self, collaboration_id: int) -> list[PartnerChoice]:
        with transaction(self._sessions) as session:
            rows = session.execute(
                select(Partner.id, Partner.name)
                .join(CollaborationPartner, CollaborationPartner.partner_id == Partner.id)
                .where(
                    CollaborationPartner.collaboration_id == collaboration_id,
                    CollaborationPartner.role == PartnerRole.ALTERNATIVE,
                )
                .order_by(Partner.name)
            )
            return [PartnerChoice(i, n) for i, n in rows]

    def set_plan_b(self, collaboration_id: int, partner_ids: list[int]) -> list[PartnerChoice]:
        """Replace the plan-B partners; a partner already taking part stays a partner."""
        with transaction(self._sessions, "collaboration", collaboration_id) as session:
            collab = session.get(Collaboration, collaboration_id)
            if collab is None:
                raise NotFoundError(
                    Message(
                        CONTEXT,
                        QT_TRANSLATE_NOOP(
                            "ChecklistService", "There is no collaboration with id %1."
                        ),
                        (collaboration_id,),
                    )
                )
            for pid in partner_ids:
                if session.get(Partner, pid) is None:
                    raise NotFoundError(
                        Message(
                            CONTEXT,
                            QT_TRANSLATE_NOOP(
                                "ChecklistService", "There is no partner with id %1."
                            ),
                            (pid,),
                        )
                    )
            current = {cp.partner_id: cp for cp in collab.participants}
            for pid, cp in current.items():
                if cp.role is PartnerRole.ALTERNATIVE and pid not in partner_ids:
                    collab.participants.remove(cp)
            for pid in dict.fromkeys(partner_ids):
                if pid not in current:
                    collab.participants.append(
                        CollaborationPartner(partner_id=pid, role=PartnerRole.ALTERNATIVE)
                    )
        return self.plan_b(collaboration_id)
