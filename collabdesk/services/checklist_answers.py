"""Checklist answers of a collaboration: for the whole collaboration or for
one partner taking part, in the data's language or as its translation.

Kept apart from collaborations.py so the rules of who an answer is for (a
partner must take part; a per-partner question in a collaboration with
several partners needs one) live in one place.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from collabdesk.domain.checklist import ChecklistQuestion
from collabdesk.domain.collaboration import ChecklistAnswer, CollaborationPartner
from collabdesk.domain.enums import PartnerRole
from collabdesk.domain.partner import Partner
from collabdesk.services.checklist import ensure_template
from collabdesk.services.errors import QT_TRANSLATE_NOOP, FieldProblem, Message, ValidationError
from collabdesk.services.partner_facing import data_language
from collabdesk.services.validation import clean_text

CONTEXT = "CollaborationService"
ANSWER_MAX = 20_000
LANGUAGES = ("ru", "en")


@dataclass(frozen=True)
class AnswerRecord:
    step_key: str
    question_key: str
    answer: str
    done: bool
    partner_id: int | None = None  # None: written for the whole collaboration
    translation: str = ""  # the answer in the library's second language


def _refuse(field: str, code: str, template: str, *args: object) -> ValidationError:
    return ValidationError([FieldProblem(field, code, Message(CONTEXT, template, args))])


def partners_taking_part(session: Session, collaboration_id: int) -> list[tuple[int, str]]:
    """(id, name) of the partners taking part (plan-B partners are not), by name."""
    rows = session.execute(
        select(Partner.id, Partner.name)
        .join(CollaborationPartner, CollaborationPartner.partner_id == Partner.id)
        .where(
            CollaborationPartner.collaboration_id == collaboration_id,
            CollaborationPartner.role == PartnerRole.PARTNER,
        )
        .order_by(Partner.name, Partner.id)
    )
    return [(pid, name) for pid, name in rows]


def check_partner(session: Session, collaboration_id: int, partner_id: int) -> None:
    """Refuse an answer for a partner who does not take part."""
    if partner_id in dict(partners_taking_part(session, collaboration_id)):
        return
    raise _refuse(
        "partner_id",
        "not_taking_part",
        QT_TRANSLATE_NOOP(
            "CollaborationService",
            "Partner %1 does not take part in collaboration %2.",
        ),
        partner_id,
        collaboration_id,
    )


def answer_language(session: Session, language: str | None) -> tuple[str, bool]:
    """The language checked, and whether it is the second one (a translation)."""
    own = data_language(session.connection())
    if language is None:
        return own, False
    chosen = language.strip().lower()
    if chosen not in LANGUAGES:
        raise _refuse(
            "language",
            "bad_language",
            QT_TRANSLATE_NOOP("CollaborationService", "The language is 'ru' or 'en', not '%1'."),
            language,
        )
    return chosen, chosen != own


def write_answer(
    session: Session,
    collaboration_id: int,
    step_key: str,
    question_key: str,
    text: str,
    done: bool,
    partner_id: int | None,
    language: str | None,
) -> AnswerRecord:
    """Insert or update one answer row (the caller has loaded the collaboration)."""
    text = clean_text(text)
    if len(text) > ANSWER_MAX:
        raise _refuse(
            "answer",
            "too_long",
            QT_TRANSLATE_NOOP("CollaborationService", "The answer is longer than %1 characters."),
            ANSWER_MAX,
        )
    _lang, translating = answer_language(session, language)
    if partner_id is not None:
        check_partner(session, collaboration_id, partner_id)
        asked = select(ChecklistQuestion.per_partner).where(ChecklistQuestion.key == question_key)
        per_partner = session.scalar(asked)
        if per_partner is None:  # the template is written on first read: maybe not yet
            ensure_template(session)
            per_partner = session.scalar(asked)
        if per_partner is False:
            raise _refuse(
                "partner_id",
                "not_per_partner",
                QT_TRANSLATE_NOOP(
                    "CollaborationService",
                    "'%1' is answered for the whole collaboration, not per partner.",
                ),
                question_key,
            )
    owner = (
        ChecklistAnswer.partner_id.is_(None)
        if partner_id is None
        else ChecklistAnswer.partner_id == partner_id
    )
    row = session.scalar(
        select(ChecklistAnswer).where(
            ChecklistAnswer.collaboration_id == collaboration_id,
            ChecklistAnswer.step_key == step_key,
            ChecklistAnswer.question_key == question_key,
            owner,
        )
    )
    if row is None:
        row = ChecklistAnswer(
            collaboration_id=collaboration_id,
            step_key=step_key,
            question_key=question_key,
            partner_id=partner_id,
            answer="",
            translation="",
            done=False,
        )
        session.add(row)
    if translating:
        row.translation = text  # the original and its "done" stay as they are
    else:
        row.answer = text
        row.done = done
    session.flush()
    return record_of(row)


def record_of(row: ChecklistAnswer) -> AnswerRecord:
    return AnswerRecord(
        row.step_key,
        row.question_key,
        row.answer,
        row.done,
        row.partner_id,
        row.translation or "",
    )


def every_answer(session: Session, collaboration_id: int) -> list[AnswerRecord]:
    """Every answer row of a collaboration: shared ones first, then each
    partner's, with their translations (the wizard shows them side by side)."""
    rows = session.scalars(
        select(ChecklistAnswer)
        .where(ChecklistAnswer.collaboration_id == collaboration_id)
        .order_by(
            ChecklistAnswer.step_key,
            ChecklistAnswer.question_key,
            ChecklistAnswer.partner_id.is_not(None),
            ChecklistAnswer.partner_id,
        )
    )
    return [record_of(r) for r in rows]
