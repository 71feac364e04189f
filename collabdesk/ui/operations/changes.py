"""One channel for "the data changed": every view refreshes from it, and
only for the tables it shows.

The store records each committed transaction as a ChangeSet (store.history,
heard through HistoryService.subscribe). ChangeChannel turns each into a
`Changes` value and emits it on the GUI thread, whichever thread committed:
a commit in a worker reaches the channel through a queued Qt signal; a
commit on the GUI thread is delivered at once, so a view is up to date as
soon as the call that changed the data returns.

What bypasses the change log says so itself with `Changes.everything()`:
a restore from a backup, opening other data (meeting mode), a bulk import
written with plain INSERTs. Anki's OpChanges and `operation_did_execute`
are the model.

The channel exists before the services load (the window paints first, and
views connect to it as they are built); `attach()` starts listening to a
database's history when the services arrive, and again after a restore.
This module loads no SQLAlchemy: it is imported before the first paint.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, NamedTuple, Protocol

from PySide6.QtCore import QObject, Signal, Slot

if TYPE_CHECKING:
    from collabdesk.store.history import ChangeSet

# Not a table: "something went into or came out of the Trash".
TRASH = "trash"
# The tables store.trash keeps whole in the Trash (store.trash.ROOTS);
# spelt out here so that this module does not load SQLAlchemy.
TRASH_ROOTS = frozenset({"partner", "collaboration"})

# What each view shows, for its follow() call.
PARTNER_TABLES = frozenset(
    {"partner", "contact", "interaction", "collaboration", "collaboration_partner"}
)
TRACKER_TABLES = frozenset(
    {"commitment", "commitment_proof", "collaboration", "collaboration_partner", "partner"}
)
COLLABORATION_TABLES = frozenset(
    {
        "collaboration",
        "collaboration_partner",
        "commitment",
        "checklist_answer",
        "collaboration_ad_item",
        "collaboration_metric",
        "partner",
        "stage_change",
        "branch",  # a second branch brings the branch column and filter (issue 19)
    }
)
STATISTICS_TABLES = frozenset({"metric", "collaboration_metric", "branch"})
TRASH_TABLES = frozenset({TRASH})
# Every table the store's log records (store.history.TRACKED): the undo stack.
ALL_TABLES = frozenset(
    {
        "partner",
        "contact",
        "interaction",
        "collaboration",
        "collaboration_partner",
        "checklist_answer",
        "commitment",
        "commitment_proof",
        "commitment_series",
        "commitment_step",
        "collaboration_ad_item",
        "collaboration_metric",
        "metric",
        "stage_change",
        "branch",  # issue 19
        "staff",
        "partner_branch",
    }
)


class Changes(NamedTuple):
    """What one operation changed: the tables, the rows (table, id) and who
    asked (`origin`: "" for an edit, "undo", "redo", "import", "restore",
    "demo", "reopen"…). `everything` means "reload whatever you show".
    A NamedTuple, not a dataclass: this module loads before the first paint,
    and `dataclasses` would cost ~3 ms there (ui/shell/startup.py, trick 6)."""

    tables: frozenset[str] = frozenset()
    rows: frozenset[tuple[str, int]] = frozenset()
    origin: str = ""
    everything: bool = False
    change_set: ChangeSet | None = None  # the store's record, when there is one

    @classmethod
    def from_change_set(cls, change_set: ChangeSet) -> Changes:
        tables = {change.table for change in change_set.changes}
        if any(
            change.table in TRASH_ROOTS and change.action in ("delete", "restore")
            for change in change_set.changes
        ):
            tables.add(TRASH)
        return cls(
            frozenset(tables),
            frozenset((change.table, change.record_id) for change in change_set.changes),
            change_set.origin,
            change_set=change_set,
        )

    @classmethod
    def all(cls, origin: str) -> Changes:
        """Anything may have changed (a restore, other data, a bulk write)."""
        return cls(origin=origin, everything=True)

    @classmethod
    def of(cls, *tables: str, origin: str = "") -> Changes:
        """Named tables, for a change the log does not see (a Trash purge)."""
        return cls(frozenset(tables), origin=origin)

    def touches(self, tables: Iterable[str]) -> bool:
        return self.everything or not self.tables.isdisjoint(tables)

    def row_ids(self, table: str) -> frozenset[int]:
        return frozenset(record_id for name, record_id in self.rows if name == table)


class _Follower(QObject):
    """Calls `slot` for the changes that touch `tables`; a child of the view
    it serves, so the connection ends when the view is deleted."""

    def __init__(
        self, owner: QObject, tables: frozenset[str], slot: Callable[[Changes], object]
    ) -> None:
        super().__init__(owner)
        self._tables = tables
        self._slot = slot

    @Slot(object)
    def hear(self, changes: object) -> None:
        if isinstance(changes, Changes) and changes.touches(self._tables):
            self._slot(changes)


class ChangeChannel(QObject):
    """The window's one "data changed" signal (see the module docstring)."""

    changed = Signal(object)  # Changes
    _committed = Signal(object)  # ChangeSet, from whichever thread committed

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changeChannel")
        # One slot: the subscription in force. A list, so the window's
        # destruction can end it without touching this (deleted) object.
        self._subscription: list[Callable[[], None]] = []
        subscription = self._subscription
        self.destroyed.connect(lambda *_args: [stop() for stop in subscription])
        self._committed.connect(self._on_committed)  # queued when from another thread

    @staticmethod
    def of(widget: QObject) -> ChangeChannel | None:
        """The channel of the window `widget` sits in (None outside a window)."""
        node: QObject | None = widget
        while node is not None:
            found = node.findChild(ChangeChannel, "changeChannel")
            if isinstance(found, ChangeChannel):
                return found
            node = node.parent()
        return None

    def attach(self, history: HistorySource) -> None:
        """Listen to the commits of `history` (a HistoryService) from now on."""
        self.detach()
        self._subscription.append(history.subscribe(self._committed.emit))

    def detach(self) -> None:
        while self._subscription:
            self._subscription.pop()()

    def announce(self, changes: Changes) -> None:
        """Tell every view about changes the log did not record."""
        self.changed.emit(changes)

    def follow(
        self, owner: QObject, tables: Iterable[str], slot: Callable[[Changes], object]
    ) -> None:
        """Call `slot(changes)` while `owner` lives, for changes to `tables`."""
        follower = _Follower(owner, frozenset(tables), slot)
        self.changed.connect(follower.hear)

    def _on_committed(self, change_set: object) -> None:
        from collabdesk.store.history import ChangeSet

        if isinstance(change_set, ChangeSet):
            self.changed.emit(Changes.from_change_set(change_set))


class HistorySource(Protocol):
    """What attach() needs: HistoryService.subscribe."""

    def subscribe(self, listener: Callable[[ChangeSet], None]) -> Callable[[], None]: ...
