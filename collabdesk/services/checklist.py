"""The checklist template: the questions of the five steps.

The default template ships as resources/checklist/default_template.json and
is copied into the database the first time the template is read; a library's
later edits are never overwritten. Answers refer to questions by key, so a
reworded or retired question keeps its old answers. How ready a collaboration
is lives in readiness.py, its plan-B partners in plan_b.py.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from collabdesk.domain.checklist import ChecklistQuestion, ChecklistStep
from collabdesk.domain.collaboration import ChecklistAnswer, Collaboration
from collabdesk.domain.enums import Audience
from collabdesk.services.checklist_questions import (
    ANSWERED_BY_RECORDS,
    QuestionRecord,
    default_questions,
)
from collabdesk.services.errors import (
    QT_TRANSLATE_NOOP,
    FieldProblem,
    Message,
    NotFoundError,
    ValidationError,
)
from collabdesk.services.partner_facing import FacingGap, unanswered_partner_facing
from collabdesk.services.readiness import STEPS, Readiness, readiness_many
from collabdesk.services.transaction import Sessions, transaction
from collabdesk.services.validation import Checker, clean_text

__all__ = [
    "ANSWERED_BY_RECORDS",
    "ChecklistService",
    "QuestionRecord",
    "default_questions",
    "ensure_template",
]

CONTEXT = "ChecklistService"

PROMPT_MAX = 2_000


def _record(q: ChecklistQuestion) -> QuestionRecord:
    return QuestionRecord(
        q.key,
        q.step,
        q.position,
        q.prompt_en,
        q.prompt_ru,
        q.required,
        q.active,
        q.builtin,
        Audience(q.audience),
        bool(q.per_partner),
    )


def _problem(field: str, code: str, template: str, *args: object) -> ValidationError:
    return ValidationError([FieldProblem(field, code, Message(CONTEXT, template, args))])


def _check_audience(audience: Audience | str) -> Audience:
    """The audience as the enum; a clear refusal for anything else."""
    try:
        return Audience(str(audience).strip().lower())
    except ValueError:
        raise _problem(
            "audience",
            "bad_audience",
            QT_TRANSLATE_NOOP(
                "ChecklistService",
                "Who may read the answers is 'partner' or 'staff', not '%1'.",
            ),
            audience,
        ) from None


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


def ensure_template(session: Session) -> None:
    """Add the shipped questions the database lacks, in `session`'s transaction."""
    _ensure(session)


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


def _collaboration(session: Session, collaboration_id: int) -> Collaboration:
    collab = session.get(Collaboration, collaboration_id)
    if collab is None:
        raise NotFoundError(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP("ChecklistService", "There is no collaboration with id %1."),
                (collaboration_id,),
            )
        )
    return collab


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
        self,
        step: ChecklistStep,
        prompt_en: str,
        prompt_ru: str = "",
        required: bool = True,
        audience: Audience | str = Audience.STAFF,
        per_partner: bool = False,
    ) -> QuestionRecord:
        """A library's own question, after the step's other questions.
        Internal unless the library says a partner may read its answers."""
        prompt_en, prompt_ru = _check_prompts(prompt_en, prompt_ru)
        audience = _check_audience(audience)
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
                audience=audience,
                per_partner=per_partner,
            )
            session.add(question)
            session.flush()
            return _record(question)

    def update_question(
        self,
        key: str,
        prompt_en: str,
        prompt_ru: str,
        required: bool,
        audience: Audience | str | None = None,
        per_partner: bool | None = None,
    ) -> QuestionRecord:
        """Reword a question, make it optional, or change who may read its
        answers (None keeps what it was); its answers stay as they are."""
        prompt_en, prompt_ru = _check_prompts(prompt_en, prompt_ru)
        wanted = None if audience is None else _check_audience(audience)
        self._ready()
        with transaction(self._sessions, "checklist question") as session:
            question = self._load(session, key)
            if wanted is not None and wanted is not Audience(question.audience):
                if key in ANSWERED_BY_RECORDS:
                    raise _problem(
                        "audience",
                        "answered_by_records",
                        QT_TRANSLATE_NOOP(
                            "ChecklistService",
                            "'%1' is answered by other records; who may read it is fixed.",
                        ),
                        key,
                    )
                question.audience = wanted
            if per_partner is not None and per_partner != question.per_partner:
                self._check_per_partner_change(session, question, per_partner)
                question.per_partner = per_partner
            question.prompt_en = prompt_en
            question.prompt_ru = prompt_ru
            question.required = required
            session.flush()
            return _record(question)

    @staticmethod
    def _check_per_partner_change(
        session: Session, question: ChecklistQuestion, per_partner: bool
    ) -> None:
        """Records answer plan B and promises; and answers already written per
        partner would vanish from view if the question stopped being asked so."""
        if question.key in ANSWERED_BY_RECORDS:
            raise _problem(
                "per_partner",
                "answered_by_records",
                QT_TRANSLATE_NOOP(
                    "ChecklistService",
                    "'%1' is answered by other records; it cannot be asked per partner.",
                ),
                question.key,
            )
        if not per_partner:
            written = session.scalar(
                select(func.count(ChecklistAnswer.id)).where(
                    ChecklistAnswer.question_key == question.key,
                    ChecklistAnswer.partner_id.is_not(None),
                    ChecklistAnswer.answer != "",
                )
            )
            if written:
                raise _problem(
                    "per_partner",
                    "answered_per_partner",
                    QT_TRANSLATE_NOOP(
                        "ChecklistService",
                        "Answers to this question were written for single partners (%1); "
                        "it stays asked per partner.",
                    ),
                    written,
                )

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
            _collaboration(session, collaboration_id)
            return readiness_many(session, [collaboration_id])[collaboration_id]

    def readiness_of(self, collaboration_ids: list[int]) -> dict[int, Readiness]:
        """Readiness of several collaborations in one transaction (list, board)."""
        self._ready()
        with transaction(self._sessions) as session:
            return readiness_many(session, list(dict.fromkeys(collaboration_ids)))

    def readiness_percents(self, collaboration_ids: list[int]) -> dict[int, int]:
        """Only the percents, scored in SQL like the paged list (the CLI's list
        of every collaboration)."""
        from collabdesk.services.readiness_sql import readiness_percents

        self._ready()
        with transaction(self._sessions) as session:
            return readiness_percents(session, list(dict.fromkeys(collaboration_ids)))

    def partner_facing_gaps(
        self, collaboration_id: int, partner_id: int | None
    ) -> tuple[FacingGap, ...]:
        """Required partner-facing questions a pitch for `partner_id` would
        print without an answer (the pitch dialog warns with them)."""
        self._ready()
        with transaction(self._sessions) as session:
            _collaboration(session, collaboration_id)
            return unanswered_partner_facing(session.connection(), collaboration_id, partner_id)

    def resume_page(self, collaboration_id: int) -> int:
        with transaction(self._sessions) as session:
            collab = _collaboration(session, collaboration_id)
            return collab.wizard_page

    def set_resume_page(self, collaboration_id: int, page: int) -> None:
        with transaction(self._sessions, "collaboration", collaboration_id) as session:
            collab = _collaboration(session, collaboration_id)
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
