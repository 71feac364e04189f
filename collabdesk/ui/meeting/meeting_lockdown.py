"""The window during a meeting: every control that changes data hidden, no
cell opens for typing, no double-click opens an editor, and no banner about
the office's own work (overdue promises to other partners) on screen.

Generic on purpose: a button a feature adds later is caught too (it is
hidden when it first shows), unless its objectName is in ALLOWED."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QDockWidget,
    QTabBar,
    QToolBar,
    QWidget,
)

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

# What stays usable in meeting mode: looking, searching, presenting, notes.
ALLOWED = frozenset(
    {
        "findAction",
        "meetingModeAction",
        "presentButton",
        "meetingNoteSave",
        "quitAction",
        "aboutAction",
        "commitmentsAction",
    }
)


def _alive(item: QAction | QWidget) -> bool:
    """Not deleted by its owner meanwhile (a banner replaced while hidden)."""
    import shiboken6

    return bool(shiboken6.isValid(item))


class Lockdown(QObject):
    """Hides and restores; `exempt` holds meeting mode's own widgets."""

    def __init__(self, window: QMainWindow, exempt: list[QWidget]) -> None:
        super().__init__(window)
        self.window = window
        self.exempt = exempt
        self.on = False
        self._hidden: list[QAction | QWidget] = []
        self._editable: list[tuple[QAbstractItemView, QAbstractItemView.EditTrigger]] = []

    def apply(self, on: bool) -> None:
        self.on = on
        app = QApplication.instance()
        if on:
            self._hidden = [item for item in self._controls() if _shown(item)]
            for item in self._hidden:
                item.setVisible(False)
            if app is not None:  # buttons built or shown later (lazy pages) are caught too
                app.installEventFilter(self)
            self._editable = [
                (view, view.editTriggers())
                for view in self.window.findChildren(QAbstractItemView)
                if view.editTriggers() != QAbstractItemView.EditTrigger.NoEditTriggers
            ]
            for view, _triggers in self._editable:  # no cell opens for typing
                view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            return
        if app is not None:
            app.removeEventFilter(self)
        for item in self._hidden:
            if _alive(item) and self._still_in_window(item):
                item.setVisible(True)
        self._hidden = []
        for view, triggers in self._editable:
            if _alive(view):
                view.setEditTriggers(triggers)
        self._editable = []

    def _still_in_window(self, item: QAction | QWidget) -> bool:
        """A banner its owner took out of the window while we hid it stays out
        (showing it would open it as a window of its own)."""
        return isinstance(item, QAction) or self.window.isAncestorOf(item)

    # --- what is hidden ------------------------------------------------------------
    def _controls(self) -> list[QAction | QWidget]:
        controls: list[QAction | QWidget] = [
            action
            for action in self.window.findChildren(QAction)
            if action.menu() is None
            and action.objectName() not in ALLOWED
            and not action.isSeparator()
        ]
        controls += [b for b in self.window.findChildren(QAbstractButton) if self.edits(b)]
        controls += self._banners()
        return controls

    def _banners(self) -> list[QWidget]:
        """Tool bars along the window's edge speak of the office's data, not
        the meeting's (the window's banner is held by meeting mode itself)."""
        bars = self.window.findChildren(QToolBar, options=Qt.FindChildOption.FindDirectChildrenOnly)
        return [bar for bar in bars if bar not in self.exempt]

    def edits(self, button: QAbstractButton) -> bool:
        """Every button of the window changes something, except these."""
        return (
            button.objectName() not in ALLOWED
            and not isinstance(button.parent(), (QTabBar, QDockWidget))  # tab arrows, dock title
            and not any(own.isAncestorOf(button) for own in self.exempt)
            and self.window.isAncestorOf(button)
        )

    # --- what appears while the meeting runs ---------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.on:
            return False
        kind = event.type()
        if (
            kind == QEvent.Type.MouseButtonDblClick
            and isinstance(watched, QWidget)
            and isinstance(watched.parent(), QAbstractItemView)
            and self.window.isAncestorOf(watched)
        ):
            return True  # a double-click in a list opens an editor: not in a meeting
        if kind == QEvent.Type.Show and (
            (isinstance(watched, QAbstractButton) and self.edits(watched))
            or (isinstance(watched, QToolBar) and watched in self._banners())
        ):
            assert isinstance(watched, QWidget)
            watched.hide()
            self._hidden.append(watched)
        return False


def _shown(item: QAction | QWidget) -> bool:
    """Visible now, or would be when its tab or dock is shown."""
    return item.isVisible() if isinstance(item, QAction) else not item.isHidden()
