"""What the calendar export reads: dated open commitments and steps, the
renewal dates of collaborations, and those closed lately (so calendars that
hold them are told to remove them). Each kind is read a page at a time by
id, so 500,000 commitments never sit in memory at once."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, Connection, and_, func, or_, select
from sqlalchemy.orm import aliased

from collabdesk.domain.collaboration import Collaboration
from collabdesk.domain.commitment import Commitment
from collabdesk.domain.commitment_flow import OPEN_STATUSES
from collabdesk.domain.commitment_step import CommitmentStep
from collabdesk.domain.enums import CommitmentStatus, Direction, Stage
from collabdesk.domain.partner import Partner
from collabdesk.services.transaction import Sessions, transaction

PAGE = 5_000
# Items closed (delivered, waived, missed, done, renewed) this many days ago
# or less go out as cancelled; older ones are long gone from calendars.
CANCEL_DAYS = 90


@dataclass(frozen=True)
class Window:
    """What one export reads: as of `today`, and whose items (`mine`: an
    owner's or assignee's name; None: everyone's)."""

    today: date
    mine: str | None = None

    @property
    def cutoff(self) -> date:
        return self.today - timedelta(days=CANCEL_DAYS)

    @property
    def cutoff_at(self) -> datetime:
        return datetime.combine(self.cutoff, time(), UTC)


@dataclass(frozen=True)
class CommitmentItem:
    id: int
    version: int
    direction: Direction
    description: str
    quantity: Decimal | None
    unit: str
    due_on: date
    owner: str
    status: CommitmentStatus
    collaboration_title: str
    partner_name: str

    @property
    def cancelled(self) -> bool:
        return self.status not in OPEN_STATUSES


@dataclass(frozen=True)
class StepItem:
    id: int
    version: int
    what: str
    who: str
    due_on: date
    done_on: date | None
    commitment_description: str
    commitment_status: CommitmentStatus
    collaboration_title: str
    partner_name: str

    @property
    def cancelled(self) -> bool:
        """Done, or its commitment closed: nothing left to do on that day."""
        return self.done_on is not None or self.commitment_status not in OPEN_STATUSES


@dataclass(frozen=True)
class RenewalItem:
    id: int  # the collaboration's
    version: int
    title: str
    ends_on: date
    stage: Stage
    renewed: bool

    @property
    def cancelled(self) -> bool:
        return self.renewed or self.stage is Stage.DECLINED


def _closed_lately(window: Window) -> ColumnElement[bool]:
    """A commitment closed since the cutoff: a delivery by its date, a
    waiver or a miss (which keep no date of their own) by the last change."""
    dated = and_(
        Commitment.status == CommitmentStatus.DELIVERED, Commitment.delivered_on.is_not(None)
    )
    return and_(
        Commitment.status.not_in(OPEN_STATUSES),
        or_(
            and_(dated, Commitment.delivered_on >= window.cutoff),
            and_(~dated, Commitment.updated_at >= window.cutoff_at),
        ),
    )


# Opens one short read: the store's own connection on the window's thread
# and in commands (`store_reads`), a read-only one of its own in a worker
# (`side_reads`, store/side_reader.py).
Reads = Callable[[], AbstractContextManager[Connection]]


def store_reads(sessions: Sessions) -> Reads:
    @contextmanager
    def reads() -> Iterator[Connection]:
        with transaction(sessions) as session:
            yield session.connection()

    return reads


def connection_reads(connection: Connection) -> Reads:
    @contextmanager
    def reads() -> Iterator[Connection]:
        with connection.begin():
            yield connection

    return reads


def _paged(reads: Reads, stmt: Any, key: Any) -> Iterator[tuple[Any, ...]]:
    """The rows of `stmt` in pages of PAGE by `key` (an id), each page in
    its own short read."""
    after = 0
    while True:
        with reads() as connection:
            page = [
                tuple(row)
                for row in connection.execute(stmt.where(key > after).order_by(key).limit(PAGE))
            ]
        yield from page
        if len(page) < PAGE:
            return
        after = page[-1][0]


def commitments(reads: Reads, window: Window) -> Iterator[CommitmentItem]:
    """Dated commitments open, or closed since the cutoff."""
    stmt = (
        select(
            Commitment.id,
            Commitment.version_id,
            Commitment.direction,
            Commitment.description,
            Commitment.quantity,
            Commitment.unit,
            Commitment.due_on,
            Commitment.owner,
            Commitment.status,
            Collaboration.title,
            Partner.name,
        )
        .join(Collaboration, Collaboration.id == Commitment.collaboration_id)
        .outerjoin(Partner, Partner.id == Commitment.partner_id)
        .where(
            Commitment.due_on.is_not(None),
            or_(Commitment.status.in_(OPEN_STATUSES), _closed_lately(window)),
        )
    )
    if window.mine is not None:
        stmt = stmt.where(Commitment.owner == window.mine)
    for row in _paged(reads, stmt, Commitment.id):
        (cid, version, direction, description, quantity, unit, due_on, owner, status,
         title, partner) = row  # fmt: skip
        yield CommitmentItem(
            cid, version, direction, description, quantity, unit, due_on, owner, status,
            title, partner or "",
        )  # fmt: skip


def steps(reads: Reads, window: Window) -> Iterator[StepItem]:
    """Dated steps still to do, done since the cutoff, or whose commitment
    closed since then."""
    step = CommitmentStep
    open_commitment = Commitment.status.in_(OPEN_STATUSES)
    stmt = (
        select(
            step.id,
            step.version_id,
            step.what,
            step.who,
            step.due_on,
            step.done_on,
            Commitment.description,
            Commitment.status,
            Collaboration.title,
            Partner.name,
        )
        .join(Commitment, Commitment.id == step.commitment_id)
        .join(Collaboration, Collaboration.id == Commitment.collaboration_id)
        .outerjoin(Partner, Partner.id == Commitment.partner_id)
        .where(
            step.due_on.is_not(None),
            or_(
                and_(step.done_on.is_(None), or_(open_commitment, _closed_lately(window))),
                step.done_on >= window.cutoff,
            ),
        )
    )
    if window.mine is not None:
        stmt = stmt.where(step.who == window.mine)
    for row in _paged(reads, stmt, step.id):
        (sid, version, what, who, due_on, done_on, description, status, title, partner) = row
        yield StepItem(
            sid, version, what, who, due_on, done_on, description, status, title, partner or ""
        )


def renewals(reads: Reads, window: Window) -> Iterator[RenewalItem]:
    """Collaborations with an end date from the cutoff on: those to renew,
    and those renewed or declined since the cutoff."""
    renewal = aliased(Collaboration)
    renewed = (
        select(
            renewal.renewed_from_id.label("original"),
            func.max(renewal.created_at).label("renewed_at"),
        )
        .where(renewal.renewed_from_id.is_not(None))
        .group_by(renewal.renewed_from_id)
        .subquery()
    )
    c = Collaboration
    declined = c.stage == Stage.DECLINED
    declined_lately = and_(
        declined,
        or_(
            c.stage_changed_on >= window.cutoff,
            and_(c.stage_changed_on.is_(None), c.updated_at >= window.cutoff_at),
        ),
    )
    stmt = (
        select(c.id, c.version_id, c.title, c.ends_on, c.stage, renewed.c.original)
        .outerjoin(renewed, renewed.c.original == c.id)
        .where(
            c.ends_on.is_not(None),
            c.ends_on >= window.cutoff,
            or_(
                and_(renewed.c.original.is_(None), ~declined),  # still to renew
                renewed.c.renewed_at >= window.cutoff_at,
                and_(renewed.c.original.is_(None), declined_lately),
            ),
        )
    )
    for row in _paged(reads, stmt, c.id):
        cid, version, title, ends_on, stage, original = row
        yield RenewalItem(cid, version, title, ends_on, stage, original is not None)
