"""Collaborations with their partners, plan-B partners and checklist answers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from collabdesk.domain.collaboration import (
    TITLE_MAX,
    Collaboration,
    CollaborationPartner,
)
from collabdesk.domain.commitment import Commitment
from collabdesk.domain.enums import PartnerRole, Stage
from collabdesk.domain.partner import Partner
from collabdesk.domain.stage_change import StageChange
from collabdesk.services.branch_scope import home_branch_id
from collabdesk.services.branches import check_branch, share_partners
from collabdesk.services.checklist_answers import AnswerRecord, every_answer, write_answer
from collabdesk.services.collaboration_pages import (
    PAGE_SIZE,
    CollaborationRow,
    ListedCollaboration,
    ListFilter,
    Opening,
    StageCards,
    board,
    count_listed,
    every_row,
    listed,
    page,
)
from collabdesk.services.errors import (
    QT_TRANSLATE_NOOP,
    FieldProblem,
    Message,
    NotFoundError,
    ValidationError,
)
from collabdesk.services.joined_session import joined
from collabdesk.services.partner_facing import PartnerFacingAnswers, partner_facing_answers
from collabdesk.services.stage_moves import enter_first_stage, move_stage, open_promises
from collabdesk.services.stage_settlement import OpenPromise, Settlement
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
    # The title and idea in the library's second language, for a pitch in it.
    title_translation: str = ""
    idea_translation: str = ""
    # The branch it belongs to (issue 19); None: this computer's home branch
    # for a new one, unchanged for an existing one.
    branch_id: int | None = None


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
    title_translation: str = ""
    idea_translation: str = ""
    # Since when it is in its stage, and why (declined, on hold).
    stage_changed_on: date | None = None
    stage_reason: str = ""
    branch_id: int | None = None

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
            title_translation=self.title_translation,
            idea_translation=self.idea_translation,
            branch_id=self.branch_id,
        )


@dataclass(frozen=True)
class StageChangeRecord:
    """One step of the path a collaboration took through the stages."""

    from_stage: Stage | None
    to_stage: Stage
    changed_on: date
    reason: str


__all__ = [
    "AnswerRecord",
    "CollaborationDraft",
    "CollaborationRecord",
    "CollaborationRow",
    "CollaborationService",
    "ListFilter",
]
IDEA_MAX = 20_000


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
        title_translation=clean_line(draft.title_translation),
        idea_translation=clean_text(draft.idea_translation),
        branch_id=draft.branch_id,
    )
    check = Checker()
    check.required("title", cleaned.title, QT_TRANSLATE_NOOP("Field", "Title"))
    check.max_length("title", cleaned.title, TITLE_MAX, QT_TRANSLATE_NOOP("Field", "Title"))
    check.max_length("idea", cleaned.idea, IDEA_MAX, QT_TRANSLATE_NOOP("Field", "Idea"))
    check.max_length(
        "title_translation",
        cleaned.title_translation,
        TITLE_MAX,
        QT_TRANSLATE_NOOP("Field", "Title in the second language"),
    )
    check.max_length(
        "idea_translation",
        cleaned.idea_translation,
        IDEA_MAX,
        QT_TRANSLATE_NOOP("Field", "Idea in the second language"),
    )
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
        title_translation=collab.title_translation or "",
        idea_translation=collab.idea_translation or "",
        stage_changed_on=collab.stage_changed_on,
        stage_reason=collab.stage_reason or "",
        branch_id=collab.branch_id,
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
    # Its branch now works with these partners (issue 19).
    share_partners(session, collab.branch_id, wanted)


class CollaborationService:
    def __init__(self, sessions: Sessions, data_dir: Path | None = None) -> None:
        self._sessions = sessions
        self._data_dir = data_dir  # whose staff file names the home branch

    def create(self, draft: CollaborationDraft) -> CollaborationRecord:
        draft = _clean(draft)
        with transaction(self._sessions, "collaboration") as session:
            if draft.branch_id is not None:
                check_branch(session, draft.branch_id)
            collab = Collaboration(
                branch_id=draft.branch_id or home_branch_id(session, self._data_dir),
                title=draft.title,
                idea=draft.idea,
                title_translation=draft.title_translation,
                idea_translation=draft.idea_translation,
                stage=draft.stage,
                starts_on=draft.starts_on,
                ends_on=draft.ends_on,
            )
            session.add(collab)
            _set_participants(session, collab, draft)
            enter_first_stage(session, collab, date.today())
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
            if draft.branch_id is not None and draft.branch_id != collab.branch_id:
                check_branch(session, draft.branch_id)
                collab.branch_id = draft.branch_id
            collab.title = draft.title
            collab.idea = draft.idea
            collab.title_translation = draft.title_translation
            collab.idea_translation = draft.idea_translation
            move_stage(session, collab, draft.stage, "", date.today())
            collab.starts_on = draft.starts_on
            collab.ends_on = draft.ends_on
            _set_participants(session, collab, draft)
            session.flush()
            return _record(session, collab)

    def set_stage(self, collaboration_id: int, stage: Stage) -> CollaborationRecord:
        """A move without a reason or choices (the rules still apply)."""
        return self.move(collaboration_id, stage)

    def move(
        self,
        collaboration_id: int,
        stage: Stage,
        reason: str = "",
        today: date | None = None,
        settlements: tuple[Settlement, ...] = (),
    ) -> CollaborationRecord:
        """A stage change under the stage rules (services/stage_moves.py), in
        one transaction with the choices for the promises still open when
        completing (deliver, waive, miss, move to the renewal — made when
        there is none). Refused with OpenPromisesError listing those left."""
        from collabdesk.services.renewal import RenewalService

        with transaction(self._sessions, "collaboration", collaboration_id) as session:
            collab = self._load(session, collaboration_id)
            move_stage(
                session,
                collab,
                stage,
                reason,
                today or date.today(),
                settlements,
                renew=RenewalService(joined(session)).renew,
            )
            session.flush()
            return _record(session, collab)

    def open_promises(self, collaboration_id: int) -> list[OpenPromise]:
        """What stands between the collaboration and "completed"."""
        with transaction(self._sessions) as session:
            self._load(session, collaboration_id)
            return open_promises(session, collaboration_id)

    def renewal_of(self, collaboration_id: int) -> CollaborationRecord | None:
        """Its renewal for next year (the newest), where open promises may move."""
        with transaction(self._sessions) as session:
            found = session.scalars(
                select(Collaboration)
                .where(Collaboration.renewed_from_id == collaboration_id)
                .order_by(Collaboration.id.desc())
                .limit(1)
            ).first()
            return None if found is None else _record(session, found)

    def stage_history(self, collaboration_id: int) -> list[StageChangeRecord]:
        """Every stage it has been in, oldest first, with dates and reasons."""
        with transaction(self._sessions) as session:
            rows = session.scalars(
                select(StageChange)
                .where(StageChange.collaboration_id == collaboration_id)
                .order_by(StageChange.id)
            )
            return [
                StageChangeRecord(
                    r.from_stage, r.to_stage, r.changed_at.astimezone().date(), r.reason or ""
                )
                for r in rows
            ]

    def delete(self, collaboration_id: int) -> None:
        """Delete with its checklist answers and commitments (the UI confirms first)."""
        with transaction(self._sessions, "collaboration", collaboration_id) as session:
            session.delete(self._load(session, collaboration_id))

    def count(self) -> int:
        """How many collaborations there are: a commitment needs one first."""
        with transaction(self._sessions) as session:
            return session.scalar(select(func.count(Collaboration.id))) or 0

    def rows(
        self,
        stage: Stage | None = None,
        partner_id: int | None = None,
        branch_id: int | None = None,
    ) -> list[CollaborationRow]:
        """Every collaboration (pickers, the CLI); the list and board page instead."""
        with transaction(self._sessions) as session:
            return every_row(session, stage, partner_id, branch_id)

    # --- the list and the board, a page at a time ---------------------------------
    def count_listed(self, chosen: ListFilter) -> int:
        with transaction(self._sessions) as session:
            return count_listed(session, chosen)

    def page(
        self, chosen: ListFilter, after: tuple[str, int] | None = None, limit: int = PAGE_SIZE
    ) -> list[ListedCollaboration]:
        """Lines by title after `after`, each with its readiness percent."""
        with transaction(self._sessions) as session:
            return page(session, chosen, after, limit)

    def opening(self, chosen: ListFilter, keep: int | None, limit: int = PAGE_SIZE) -> Opening:
        """What the list shows first, in one transaction: the count, the first
        page and the line of the collaboration to keep selected (None when
        gone or filtered out)."""
        with transaction(self._sessions) as session:
            total = count_listed(session, chosen)
            first = page(session, chosen, None, limit) if total else []
            kept = listed(session, keep, chosen) if keep is not None and total else None
            return Opening(total, first, kept)

    def listed(
        self, collaboration_id: int, chosen: ListFilter | None = None
    ) -> ListedCollaboration | None:
        """One line; None when it is gone or `chosen` leaves it out."""
        with transaction(self._sessions) as session:
            return listed(session, collaboration_id, chosen)

    def board(self, chosen: ListFilter | None = None) -> list[StageCards]:
        """Each stage's first cards and how many there are."""
        with transaction(self._sessions) as session:
            return board(session, chosen or ListFilter())

    def save_answer(
        self,
        collaboration_id: int,
        step_key: str,
        question_key: str,
        answer: str,
        done: bool,
        partner_id: int | None = None,
        language: str | None = None,
    ) -> AnswerRecord:
        """Write one answer: for the whole collaboration, or for `partner_id`
        (who must take part); in `language` other than the data's it is the
        answer's translation. Empty text clears it."""
        with transaction(self._sessions, "collaboration", collaboration_id) as session:
            self._load(session, collaboration_id)
            return write_answer(
                session,
                collaboration_id,
                step_key,
                question_key,
                answer,
                done,
                partner_id,
                language,
            )

    def answers(self, collaboration_id: int) -> list[AnswerRecord]:
        """The answers written for the whole collaboration (not per partner)."""
        return [a for a in self.every_answer(collaboration_id) if a.partner_id is None]

    def every_answer(self, collaboration_id: int) -> list[AnswerRecord]:
        """Shared and per-partner answers with their translations (the wizard)."""
        with transaction(self._sessions) as session:
            return every_answer(session, collaboration_id)

    def partner_facing(
        self, collaboration_id: int, partner_id: int | None, language: str
    ) -> PartnerFacingAnswers:
        """The answers `partner_id` may read, in `language` (the slides)."""
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
