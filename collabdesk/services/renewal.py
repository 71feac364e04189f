"""Renew for next year: a new collaboration prepared from the renewal's due
date on (before completion too), with a title of its own, its partners, its
ordinary promises planned a year later, last year's make-goods still open
moved across with their link, and the link to the original."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from collabdesk.domain.collaboration import TITLE_MAX, Collaboration, CollaborationPartner
from collabdesk.domain.commitment import Commitment
from collabdesk.domain.enums import CommitmentStatus, Stage
from collabdesk.domain.library import LibraryProfile
from collabdesk.domain.renewal_rule import renewal_due_on
from collabdesk.services import renewal_due
from collabdesk.services.errors import (
    QT_TRANSLATE_NOOP,
    FieldProblem,
    Message,
    NotFoundError,
    ValidationError,
)
from collabdesk.services.renewal_due import DueRenewal, RenewalRate
from collabdesk.services.stage_moves import enter_first_stage
from collabdesk.services.transaction import Sessions, transaction

CONTEXT = "RenewalService"

YEAR = re.compile(r"\b(19|20)\d{2}\b")
LEAD_MAX = 3650  # days; ten years before the end is already far-fetched
OPEN = (CommitmentStatus.PLANNED, CommitmentStatus.IN_PROGRESS)


def next_year(day: date | None) -> date | None:
    """The same day a year later; 29 February becomes 28 February."""
    if day is None:
        return None
    try:
        return day.replace(year=day.year + 1)
    except ValueError:
        return day.replace(year=day.year + 1, day=28)


def next_title(title: str) -> str:
    """ "Festival 2026" → "Festival 2027"; a title without a year is kept."""
    return YEAR.sub(lambda m: str(int(m.group(0)) + 1), title)[:TITLE_MAX]


def renewal_title(title: str, year: int) -> str:
    """The renewal's title, never the original's: a year in it moves on
    ("Festival 2026" → "Festival 2027"); a title without one gets `year`
    ("Reading Club" → "Reading Club 2027"). An empty title stays empty."""
    moved = next_title(title)
    if moved != title or not title.strip():
        return moved
    suffix = f" {year}"
    return title[: TITLE_MAX - len(suffix)].rstrip() + suffix


@dataclass(frozen=True)
class RenewalLinks:
    due_on: date | None  # None: no end date, or declined
    due_now: bool
    renewal: tuple[int, str] | None  # the collaboration that renews this one
    original: tuple[int, str] | None  # the one this renews


def _refused(code: str, template: str, *args: object) -> ValidationError:
    return ValidationError([FieldProblem("collaboration", code, Message(CONTEXT, template, args))])


def _whole_days(part: str) -> bool:
    return len(part) <= 4 and part.isascii() and part.isdigit() and 0 < int(part) <= LEAD_MAX


def _day(value: date) -> str:
    return value.strftime("%d.%m.%Y")


class RenewalService:
    def __init__(self, sessions: Sessions) -> None:
        self._sessions = sessions

    def renew(self, collaboration_id: int, today: date | None = None) -> int:
        """Returns the id of the new collaboration, in "preparing"."""
        today = today or date.today()
        with transaction(self._sessions, "collaboration", collaboration_id) as session:
            old = session.get(Collaboration, collaboration_id)
            if old is None:
                raise NotFoundError(
                    Message(
                        CONTEXT,
                        QT_TRANSLATE_NOOP(
                            "RenewalService", "There is no collaboration with id %1."
                        ),
                        (collaboration_id,),
                    )
                )
            self._check(session, old, today)
            new = self._copy(session, old, today)
            return new.id

    def _check(self, session: Session, old: Collaboration, today: date) -> None:
        """Refuse a declined collaboration, a second renewal, and one whose
        renewal is not due yet (unless it is completed)."""
        if old.stage is Stage.DECLINED:
            raise _refused(
                "declined",
                QT_TRANSLATE_NOOP(
                    "RenewalService",
                    "A declined collaboration is not renewed; start a new one instead.",
                ),
            )
        renewal = session.execute(
            select(Collaboration.id, Collaboration.title)
            .where(Collaboration.renewed_from_id == old.id)
            .order_by(Collaboration.id)
        ).first()
        if renewal is not None:
            raise _refused(
                "renewed",
                QT_TRANSLATE_NOOP(
                    "RenewalService", "This collaboration is already renewed: “%1” (id %2)."
                ),
                renewal[1],
                renewal[0],
            )
        if old.stage is Stage.COMPLETED:
            return
        if old.ends_on is None:
            raise _refused(
                "no_end",
                QT_TRANSLATE_NOOP(
                    "RenewalService",
                    "Give the collaboration its end date first: a renewal is prepared "
                    "in the last months before the end, or after completion.",
                ),
            )
        due = renewal_due_on(old.ends_on, renewal_due.lead_days(session))
        if today < due:
            raise _refused(
                "not_due",
                QT_TRANSLATE_NOOP("RenewalService", "A renewal can be prepared from %1."),
                _day(due),
            )

    def _copy(self, session: Session, old: Collaboration, today: date) -> Collaboration:
        starts, ends = next_year(old.starts_on), next_year(old.ends_on)
        year = (starts or ends or date(today.year + 1, 1, 1)).year
        new = Collaboration(
            title=renewal_title(old.title, year),
            idea=old.idea,
            title_translation=renewal_title(old.title_translation, year),
            idea_translation=old.idea_translation,
            stage=Stage.PREPARING,
            starts_on=starts,
            ends_on=ends,
            renewed_from_id=old.id,
            branch_id=old.branch_id,  # a renewal stays in its original's branch
        )
        session.add(new)
        enter_first_stage(session, new, today)  # its StageChange row; flushes
        for cp in old.participants:
            session.add(
                CollaborationPartner(
                    collaboration_id=new.id, partner_id=cp.partner_id, role=cp.role
                )
            )
        promises = session.scalars(
            select(Commitment)
            .where(Commitment.collaboration_id == old.id, Commitment.make_good_for_id.is_(None))
            .order_by(Commitment.id)
        ).all()
        for item in promises:
            session.add(
                Commitment(
                    collaboration_id=new.id,
                    partner_id=item.partner_id,
                    direction=item.direction,
                    description=item.description,
                    description_translation=item.description_translation,
                    quantity=item.quantity,
                    unit=item.unit,
                    due_on=next_year(item.due_on),
                    owner=item.owner,
                    status=CommitmentStatus.PLANNED,
                    value=item.value,
                    currency=item.currency,
                    valuation_method=item.valuation_method,
                )
            )
        # Last year's make-goods still owed move across, keeping their link
        # to the promise they make good; delivered ones stay where they were.
        owed = session.scalars(
            select(Commitment).where(
                Commitment.collaboration_id == old.id,
                Commitment.make_good_for_id.is_not(None),
                Commitment.status.in_(OPEN),
            )
        ).all()
        for item in owed:
            item.collaboration_id = new.id
        session.flush()
        return new

    # --- when renewals are due, and how many are made ------------------------------
    def due(self, today: date | None = None) -> list[DueRenewal]:
        """Every renewal due today, the soonest end first."""
        with transaction(self._sessions) as session:
            return renewal_due.due_renewals(session, today)

    def due_summary(self, named: int, today: date | None = None) -> tuple[int, list[DueRenewal]]:
        """How many renewals are due and the soonest `named` of them: the
        banner's line, read without listing thousands at a library system."""
        with transaction(self._sessions) as session:
            first = renewal_due.due_renewals(session, today, limit=named)
            total = len(first) if len(first) < named else renewal_due.count_due(session, today)
            return total, first

    def rate(self) -> RenewalRate:
        with transaction(self._sessions) as session:
            return renewal_due.renewal_rate(session)

    def due_on(self, ends_on: date | None) -> date | None:
        """The first day a renewal of a collaboration ending `ends_on` is due."""
        with transaction(self._sessions) as session:
            leads = renewal_due.lead_days(session)
        return None if ends_on is None else renewal_due_on(ends_on, leads)

    def links(self, collaboration_id: int, today: date | None = None) -> RenewalLinks:
        """What the details pane says of the renewal: when it is due, and the
        renewal and the original, each as (id, title)."""
        with transaction(self._sessions) as session:
            old = session.get(Collaboration, collaboration_id)
            if old is None:
                return RenewalLinks(None, False, None, None)
            shown = renewal_due.window(session, today)
            renewal = session.execute(
                select(Collaboration.id, Collaboration.title)
                .where(Collaboration.renewed_from_id == collaboration_id)
                .order_by(Collaboration.id)
            ).first()
            original = None
            if old.renewed_from_id is not None:
                source = session.get(Collaboration, old.renewed_from_id)
                original = None if source is None else (source.id, source.title)
            return RenewalLinks(
                shown.due_on(old.ends_on) if old.stage is not Stage.DECLINED else None,
                shown.is_due(old.ends_on, old.stage, renewal is not None),
                None if renewal is None else (int(renewal[0]), str(renewal[1])),
                original,
            )

    def renewal_of(self, collaboration_id: int) -> tuple[int, str] | None:
        """(id, title) of the collaboration that renews this one, if any."""
        with transaction(self._sessions) as session:
            row = session.execute(
                select(Collaboration.id, Collaboration.title)
                .where(Collaboration.renewed_from_id == collaboration_id)
                .order_by(Collaboration.id)
            ).first()
            return None if row is None else (int(row[0]), str(row[1]))

    # --- the library's setting -----------------------------------------------------
    def lead_days(self) -> tuple[int, ...]:
        """Days before the end when a renewal falls due, largest first."""
        with transaction(self._sessions) as session:
            return renewal_due.lead_days(session)

    def set_lead_days(self, text: str) -> tuple[int, ...]:
        """Keep "90, 60, 30" as "90,60,30"; anything but whole numbers of
        days from 1 to 3650, separated by commas, is refused."""
        parts = [part.strip() for part in text.replace(";", ",").split(",")]
        parts = [part for part in parts if part]
        if not parts or not all(_whole_days(p) for p in parts):
            raise ValidationError(
                [
                    FieldProblem(
                        "renewal_lead_days",
                        "bad_lead_days",
                        Message(
                            CONTEXT,
                            QT_TRANSLATE_NOOP(
                                "RenewalService",
                                "Write the days before the end as whole numbers from 1 to %1, "
                                "separated by commas, e.g. 90, 60, 30.",
                            ),
                            (LEAD_MAX,),
                        ),
                    )
                ]
            )
        leads = tuple(sorted({int(p) for p in parts}, reverse=True))
        with transaction(self._sessions, "library profile") as session:
            row = session.scalar(select(LibraryProfile).order_by(LibraryProfile.id))
            if row is None:
                row = LibraryProfile()
                session.add(row)
            row.renewal_lead_days = ",".join(str(d) for d in leads)
        return leads
