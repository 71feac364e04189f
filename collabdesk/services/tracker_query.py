"""What the tracker asks for and what it shows, as plain dataclasses: the
window imports these before SQLAlchemy loads (keep this module light)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Any

from collabdesk.domain.commitment_flow import OPEN_STATUSES
from collabdesk.domain.enums import CommitmentStatus, Direction

SOON_DAYS = 7
COUNT_CAP = 1_000  # beyond this the tracker says "more than 1,000" rather than counting on
# With COUNT_CAP matches or more, the tracker first walks at most this many
# rows of the sort's index for a page (services/commitment_tracker._page_ids).
WALK = 4_000
PAGE = 200  # the rows the tracker table asks for at a time


class DueWindow(StrEnum):
    ALL = "all"
    OVERDUE = "overdue"
    SOON = "soon"  # overdue, or due within the next seven days: the reminder
    THIS_WEEK = "this_week"
    THIS_MONTH = "this_month"


class SortKey(StrEnum):
    PARTNER = "partner"
    COLLABORATION = "collaboration"
    DIRECTION = "direction"
    DESCRIPTION = "description"
    QUANTITY = "quantity"
    DUE = "due"
    OWNER = "owner"
    STATUS = "status"
    VALUE = "value"


@dataclass(frozen=True)
class TrackerQuery:
    direction: Direction | None = None
    status: CommitmentStatus | None = None
    owner: str = ""
    partner_id: int | None = None
    collaboration_id: int | None = None
    window: DueWindow = DueWindow.ALL
    text: str = ""
    without_proof: bool = False  # delivered, but nothing proves it
    sort: SortKey = SortKey.DUE
    descending: bool = False
    today: date = field(default_factory=date.today)
    # The lists behind the home dashboard's figures (issue 19): one kind of
    # partner ("" = promised to a whole collaboration), delivered in a year,
    # due after a day (the last twelve months of the on-time rate).
    partner_kind: str | None = None
    delivered_in: int | None = None
    due_after: date | None = None


@dataclass(frozen=True)
class TrackerRow:
    id: int
    collaboration_id: int
    collaboration_title: str
    partner_id: int | None
    partner_name: str
    direction: Direction
    description: str
    quantity: Decimal | None
    unit: str
    due_on: date | None
    owner: str
    status: CommitmentStatus
    value: Decimal | None
    currency: str
    delivered_on: date | None
    make_good_for_id: int | None
    proofs: int
    overdue: bool
    # Occurrence `occurrence` of `series_size` of a recurring promise ("3/12").
    occurrence: int | None = None
    series_size: int | None = None

    @property
    def delivered_without_proof(self) -> bool:
        return self.status is CommitmentStatus.DELIVERED and self.proofs == 0


def is_overdue(status: CommitmentStatus, due_on: date | None, today: date) -> bool:
    return status in OPEN_STATUSES and due_on is not None and due_on < today


def tracker_row(row: tuple[Any, ...], proofs: int, today: date) -> TrackerRow:
    """A row of the tracker's columns (commitment_tracker._ROW_COLUMNS, typed:
    id … make_good_for_id, proof_path, occurrence, series size) as the tracker shows it, `proofs`
    counting the attached ones; the ORM path and tracker_sql both make it."""
    (commitment_id, collab_id, title, partner_id, name, direction, description, quantity, unit,
     due_on, owner, status, value, currency, delivered_on, make_good_for_id,
     proof_path, occurrence, series_size) = row  # fmt: skip
    return TrackerRow(
        commitment_id,
        collab_id,
        title,
        partner_id,
        name or "",
        direction,
        description,
        quantity,
        unit,
        due_on,
        owner,
        status,
        value,
        currency,
        delivered_on,
        make_good_for_id,
        proofs + (1 if proof_path else 0),
        is_overdue(status, due_on, today),
        occurrence,
        series_size if occurrence is not None else None,
    )
