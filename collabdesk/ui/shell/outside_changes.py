"""The window notices a command run beside it.

People run `collabdesk partners add …` or an import in a terminal with the
window open. Such a commit comes from another process: the store's change
log of this process never hears it. Every ~2 s while the window is shown,
SQLite's `PRAGMA data_version` is read on the window's own connection
(store.database.Database.data_version: microseconds, no lock, skipped when
a worker holds the connection); when it moved, another process committed,
and the window announces `Changes.all("outside")` on its change channel so
each view reloads what it shows. The window's own commits use that same
connection and never move the figure.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QEvent, QObject, QTimer

from collabdesk.ui.operations.changes import Changes

if TYPE_CHECKING:
    from collabdesk.ui.shell.main_window import MainWindow

POLL_MS = 2000


class VersionSource(Protocol):
    def data_version(self) -> int | None: ...


class OutsideChanges(QObject):
    """Polls the open database's data_version and announces outside commits."""

    def __init__(self, window: MainWindow, database: Callable[[], VersionSource | None]) -> None:
        super().__init__(window)
        self.setObjectName("outsideChanges")
        self._window = window
        self._database = database
        self._seen: tuple[VersionSource, int] | None = None  # (database, version)
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        self.timer.start()
        window.installEventFilter(self)
        # The first look only takes the figure to compare with: take it now,
        # or a command run in the first two seconds would become the baseline
        # and its change would never show.
        self.poll()

    def poll(self) -> bool:
        """True when another process committed since the last look."""
        window = self._window
        if not window.isVisible() or window.isMinimized():
            return False
        database = self._database()
        if database is None:
            return False
        try:
            version = database.data_version()
        except Exception:  # a database being closed or swapped: look again later
            return False
        if version is None:
            return False
        seen, self._seen = self._seen, (database, version)
        if seen is None or seen[0] is not database or seen[1] == version:
            return False  # first look at this database: nothing to compare
        window.changes.announce(Changes.all("outside"))
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Coming back to the window: look at once, not up to 2 s later.
        if watched is self._window and event.type() == QEvent.Type.WindowActivate:
            self.poll()
        return False


def watch_outside_changes(
    window: MainWindow, database: Callable[[], VersionSource | None]
) -> OutsideChanges:
    """Install once (app.py); `database` gives the data open now."""
    existing = window.findChild(OutsideChanges, "outsideChanges")
    if isinstance(existing, OutsideChanges):
        return existing
    return OutsideChanges(window, database)
