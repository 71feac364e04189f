"""What the Collaborations list and board show of a collaboration, as plain
records (no SQLAlchemy here: the window builds its sections before the store
is open, and importing these must not load it); the queries are in
`collaboration_pages`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from collabdesk.domain.enums import Stage

PAGE_SIZE = 100  # a tall window shows about forty rows
BOARD_CARDS = 15  # cards per stage column; the rest are counted ("and N more")


@dataclass(frozen=True)
class ListedCollaboration:
    """One line of the list or card of the board."""

    id: int
    title: str
    stage: Stage
    partners: tuple[str, ...]  # taking part (not plan B), by name
    starts_on: date | None
    ends_on: date | None
    readiness: int  # percent, as `readiness` scores it
    stage_changed_on: date | None = None  # in its stage since (the stage's tooltip)
    # The renewal (services/renewal_due): the first day it is due (None
    # without an end date), whether it is due today, and whether one exists.
    renewal_due_on: date | None = None
    renewal_due: bool = False
    renewed: bool = False
    branch_id: int | None = None  # its branch (the list's column in a system)

    @property
    def after(self) -> tuple[str, int]:
        """The keyset position of the page that follows this line."""
        return (self.title, self.id)


@dataclass(frozen=True)
class CollaborationRow:
    id: int
    title: str
    stage: Stage
    partner_names: tuple[str, ...]
    starts_on: date | None
    ends_on: date | None


@dataclass(frozen=True)
class ListFilter:
    stage: Stage | None = None
    partner_id: int | None = None  # taking part or plan B
    renewal_due: bool = False  # only those whose renewal is due today
    branch_id: int | None = None  # only one branch's (a library system)


@dataclass(frozen=True)
class Opening:
    total: int  # every collaboration under the filter
    first: list[ListedCollaboration]  # the first page
    kept: ListedCollaboration | None  # the selection kept, when the filter shows it


@dataclass(frozen=True)
class StageCards:
    stage: Stage
    cards: tuple[ListedCollaboration, ...]
    total: int  # every collaboration at this stage under the filter

    @property
    def more(self) -> int:
        return self.total - len(self.cards)
