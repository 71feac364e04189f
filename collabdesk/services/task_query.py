"""What the task queues ask for and get back (services/tasks.py answers):
My tasks and This week, their rows and counts. Free of SQLAlchemy, so the
window's Tasks section builds before the models have loaded."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from collabdesk.domain.enums import Direction
from collabdesk.domain.occurrence import occurrence_title

WEEK_DAYS = 7
# Counts stop here ("more than 1000 tasks"): counting a synthetic 60,000
# open promises of one owner costs a second; a real queue is far shorter.
COUNT_CAP = 1_000
NO_DATE = date(9999, 12, 31)


class TaskKind(StrEnum):
    COMMITMENT = "commitment"
    STEP = "step"


RANK = {TaskKind.COMMITMENT: 0, TaskKind.STEP: 1}  # on one day: the promise, then its steps


@dataclass(frozen=True)
class TaskQuery:
    """`me`: only what is assigned to this name (empty: everybody's).
    `week`: only what is overdue or due within seven days of `today`.
    `branch_id`: only the promises of that branch's collaborations."""

    me: str = ""
    week: bool = False
    today: date = field(default_factory=date.today)
    branch_id: int | None = None
    # The staff member "me" is (issue 19; `me` is then their name): what
    # is linked to them, and what is linked to nobody but spells their name.
    # A rename rewrites the linked texts (services/staff.py), so what is
    # linked to them always spells their name and the owner index finds it.
    me_staff_id: int | None = None

    @property
    def mine(self) -> bool:
        return bool(self.me.strip()) or self.me_staff_id is not None

    @property
    def until(self) -> date:
        return self.today + timedelta(days=WEEK_DAYS)


@dataclass(frozen=True)
class TaskRow:
    kind: TaskKind
    id: int
    what: str
    who: str
    due_on: date | None
    overdue: bool
    commitment_id: int
    commitment: str  # the commitment's description (a step's promise; itself for a commitment)
    direction: Direction
    collaboration_id: int
    collaboration: str
    partner: str
    # A recurring promise's occurrence ("3" of "12"), so twelve alike lines differ.
    occurrence: int | None = None
    series_size: int | None = None

    @property
    def titled_commitment(self) -> str:
        """The promise's description, "(3/12) …" for an occurrence of a series."""
        return occurrence_title(self.commitment, self.occurrence, self.series_size)

    @property
    def key(self) -> str:
        """`step:12`, `commitment:7`: how the command line names a task."""
        return f"{self.kind.value}:{self.id}"

    @property
    def sort_key(self) -> tuple[date, int, int]:
        return (self.due_on or NO_DATE, RANK[self.kind], self.id)


@dataclass(frozen=True)
class TaskCounts:
    """What the banner says: how many, how many overdue, how many this week."""

    total: int
    overdue: int
    this_week: int
