"""Collaborations with their partners, plan-B partners and checklist answers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select, true
from sqlalchemy.orm import Session, selectinload

from collabdesk.domain.collaboration import (
    TITLE_MAX,
    ChecklistAnswer,
    Collaboration,
    CollaborationPartner,
)
from collabdesk.domain.commitment import Commitment
from collabdesk.domain.enums import PartnerRole, Stage
from collabdesk.domain.partner import Partner
from collabdesk.services.errors import (
    QT_TRANSLATE_NOOP,
    FieldProblem,
    Message,
    NotFoundError,
    ValidationError,
)
from collabdesk.services.partner_facing import (
    PartnerFacingAnswers,
    data_language,
    partner_facing_answers,
)
from collabdesk.services.transaction import Sessions, check_version, transaction
from collabdesk.services.validation import Checker, clean_line, clean_text

CONTEXT = "CollaborationService"


@dataclass(frozen=True)
class CollaborationDraft:
    title: str
    idea: str = ""
    stage: Stage = Stage.IDEA
    starts_on: date | None = None
    ends_on: date | None = None
    partner_ids: tuple[int, ...] = ()
    alternative_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class Participant:
    partner_id: int
    name: str
    role: PartnerRole


@dataclass(frozen=True)
class CollaborationRecord:
    id: int
    version_id: int
    title: str
    idea: str
    stage: Stage
    starts_on: date | None
    ends_on: date | None
    participants: tuple[Participant, ...]
    commitments: int

    @property
    def partners(self) -> tuple[Participant, ...]:
        return tuple(p for p in self.participants if p.role is PartnerRole.PARTNER)

    @property
    def alternatives(self) -> tuple[Participant, ...]:
        return tuple(p for p in self.participants if p.role is PartnerRole.ALTERNATIVE)

    def to_draft(self) -> CollaborationDraft:
        return CollaborationDraft(
            title=self.title,
            idea=self.idea,
            stage=self.stage,
            starts_on=self.starts_on,
            ends_on=self.ends_on,
            partner_ids=tuple(p.partner_id for p in self.partners),
            alternative_ids=tuple(p.partner_id for p in self.alternatives),
        )


@dataclass(frozen=True)
class CollaborationRow:
    id: int
    title: str
    stage: Stage
    partner_names: tuple[str, ...]
    starts_on: date | None
    ends_on: date | None


@dataclass(frozen=True)
class AnswerRecord:
    step_key: str
    question_key: str
    answer: str
    done: bool
    partner_id: int | None = None  # None: the answer for the whole collaboration
    translation: str = ""  # the answer in the library's second language


def _clean(draft: CollaborationDraft) -> CollaborationDraft:
    cleaned = CollaborationDraft(
        title=clean_line(draft.title),
        idea=clean_text(draft.idea),
        stage=Stage(draft.stage),
        starts_on=draft.starts_on,
        ends_on=draft.ends_on,
        partner_ids=tuple(dict.fromkeys(draft.partner_ids)),
        alternative_ids=tuple(
            i for i in dict.fromkeys(draft.alternative_ids) if i not in draft.partner_ids
        ),
    )
    check = Checker()
    check.required("title", cleaned.title, QT_TRANSLATE_NOOP("Field", "Title"))
    check.max_length("title", cleaned.title, TITLE_MAX, QT_TRANSLATE_NOOP("Field", "Title"))
    check.max_length("idea", cleaned.idea, 20_000, QT_TRANSLATE_NOOP("Field", "Idea"))
    if cleaned.starts_on and cleaned.ends_on and cleaned.ends_on < cleaned.starts_on:
        check.problems.append(
            FieldProblem(
                "ends_on",
                "ends_before_start",
                Message(
                    CONTEXT,
                    QT_TRANSLATE_NOOP(
                        "CollaborationService", "The end date is before the start date."
                    ),
                ),
            )
        )
    if check.problems:
        raise ValidationError(check.problems)
    return cleaned


def _record(session: Session, collab: Collaboration) -> CollaborationRecord:
    participants = tuple(
        Participant(cp.partner_id, cp.partner.name, cp.role)
        for cp in sorted(collab.participants, key=lambda cp: (cp.role.value, cp.partner.name))
    )
    commitments = (
        session.scalar(
            select(func.count(Commitment.id)).where(Commitment.collaboration_id == collab.id)
        )
        or 0
    )
    return CollaborationRecord(
        id=collab.id,
        version_id=collab.version_id,
        title=collab.title,
        idea=collab.idea,
        stage=collab.stage,
        starts_on=collab.starts_on,
        ends_on=collab.ends_on,
        participants=participants,
        commitments=commitments,
    )


def _set_participants(session: Session, collab: Collaboration, draft: CollaborationDraft) -> None:
    wanted = {pid: PartnerRole.PARTNER for pid in draft.partner_ids}
    wanted.update({pid: PartnerRole.ALTERNATIVE for pid in draft.alternative_ids})
    if wanted:
        found = set(session.scalars(select(Partner.id).where(Partner.id.in_(wanted))))
        missing = sorted(set(wanted) - found)
        if missing:
            raise NotFoundError(
                Message(
                    CONTEXT,
                    QT_TRANSLATE_NOOP("CollaborationService", "There is no partner with id %1."),
                    (missing[0],),
                )
            )
    current = {cp.partner_id: cp for cp in collab.participants}
    for pid, cp in current.items():
        if pid not in wanted:
            collab.participants.remove(cp)
        elif cp.role != wanted[pid]:
            cp.role = wanted[pid]
    for pid, role in wanted.items():
        if pid not in current:
            collab.participants.append(CollaborationPartner(partner_id=pid, role=role))


def _answer(row: ChecklistAnswer) -> AnswerRecord:
    return AnswerRecord(
        row.step_key, row.question_key, row.answer, row.done, row.partner_id, row.translation or ""
    )


class CollaborationService:
    def __init__(self, sessions: Sessions) -> None:
        self._sessions = sessions

    def create(self, draft: CollaborationDraft) -> CollaborationRecord:
        draft = _clean(draft)
        with transaction(self._sessions, "collaboration") as session:
            collab = Collaboration(
                title=draft.title,
                idea=draft.idea,
                stage=draft.stage,
                starts_on=draft.starts_on,
                ends_on=draft.ends_on,
            )
            session.add(collab)
            _set_participants(session, collab, draft)
            session.flush()
            return _record(session, collab)

    def get(self, collaboration_id: int) -> CollaborationRecord:
        with transaction(self._sessions) as session:
            return _record(session, self._load(session, collaboration_id))

    def update(
        self,
        collaboration_id: int,
        draft: CollaborationDraft,
        expected_version: int | None = None,
    ) -> CollaborationRecord:
        draft = _clean(draft)
        with transaction(self._sessions, "collaboration", collaboration_id) as session:
            collab = self._load(session, collaboration_id)
            check_version("collaboration", collaboration_id, collab.version_id, expected_version)
            collab.title = draft.title
            collab.idea = draft.idea
            collab.stage = draft.stage
            collab.starts_on = draft.starts_on
            collab.ends_on = draft.ends_on
            _set_participants(session, collab, draft)
            session.flush()
            return _record(session, collab)

    def set_stage(self, collaboration_id: int, stage: Stage) -> CollaborationRecord:
        with transaction(self._sessions, "collaboration", collaboration_id) as session:
            collab = self._load(session, collaboration_id)
            collab.stage = Stage(stage)
            session.flush()
            return _record(session, collab)

    def delete(self, collaboration_id: int) -> None:
        """Delete with its checklist answers and commitments (the UI confirms first)."""
        with transaction(self._sessions, "collaboration", collaboration_id) as session:
            session.delete(self._load(session, collaboration_id))

    def count(self) -> int:
        """How many collaborations there are: a commitment needs one first."""
        with transaction(self._sessions) as session:
            return session.scalar(select(func.count(Collaboration.id))) or 0

    def rows(
        self, stage: Stage | None = None, partner_id: int | None = None
    ) -> list[CollaborationRow]:
        with transaction(self._sessions) as session:
            stmt = (
                select(Collaboration)
                .options(
                    # One query for all participants instead of one per row.
                    selectinload(Collaboration.participants).selectinload(
                        CollaborationPartner.partner
                    )
                )
                .order_by(Collaboration.title, Collaboration.id)
            )
            if stage is not None:
                stmt = stmt.where(Collaboration.stage == stage)
            if partner_id is not None:
                stmt = stmt.where(
                    Collaboration.participants.any(CollaborationPartner.partner_id == partner_id)
                )
            result = []
            for collab in session.scalars(stmt):
                names = tuple(
                    sorted(
                        cp.partner.name
                        for cp in collab.participants
                        if cp.role is PartnerRole.PARTNER
                    )
                )
                result.append(
                    CollaborationRow(
                        collab.id,
                        collab.title,
                        collab.stage,
                        names,
                        collab.starts_on,
                        collab.ends_on,
                    )
                )
            return result

    def save_answer(
        self,
        collaboration_id: int,
        step_key: str,
        question_key: str,
        answer: str,
        done: bool,
        *,
        partner_id: int | None = None,
        language: str | None = None,
    ) -> AnswerRecord:
        """Save one answer: for one partner taking part when `partner_id` is
        given (a per-partner question), and as the second-language version
        when `language` is not the data's (the original stays as it was)."""
        with transaction(self._sessions, "collaboration", collaboration_id) as session:
            self._load(session, collaboration_id)
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
                )
                session.add(row)
            if language is None or language.strip().lower() == data_language(session.connection()):
                row.answer = clean_text(answer)
                row.done = done
            else:
                row.translation = clean_text(answer)  # `done` speaks of the original
            session.flush()
            return _answer(row)

    def answers(self, collaboration_id: int, *, every_partner: bool = False) -> list[AnswerRecord]:
        """The answers for the whole collaboration; with `every_partner` also
        each partner's own answers to per-partner questions."""
        with transaction(self._sessions) as session:
            shared = ChecklistAnswer.partner_id.is_(None)
            rows = session.scalars(
                select(ChecklistAnswer)
                .where(
                    ChecklistAnswer.collaboration_id == collaboration_id,
                    true() if every_partner else shared,
                )
                .order_by(ChecklistAnswer.step_key, ChecklistAnswer.question_key)
            )
            return [_answer(r) for r in rows]

    def partner_facing(
        self, collaboration_id: int, partner_id: int | None, language: str
    ) -> PartnerFacingAnswers:
        """The answers `partner_id` may read, in `language` (services.partner_facing)."""
        with transaction(self._sessions) as session:
            return partner_facing_answers(
                session.connection(), collaboration_id, partner_id, language
            )

    @staticmethod
    def _load(session: Session, collaboration_id: int) -> Collaboration:
        collab = session.get(Collaboration, collaboration_id)
        if collab is None:
            raise NotFoundError(
                Message(
                    CONTEXT,
                    QT_TRANSLATE_NOOP(
                        "CollaborationService", "There is no collaboration with id %1."
                    ),
                    (collaboration_id,),
                )
            )
        return collab
