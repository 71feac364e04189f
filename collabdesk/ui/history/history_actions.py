"""History, undo/redo and the Trash, installed into the main window by one
call (`install_history`), so MainWindow itself stays small.

Undo is built on QUndoStack, one command per committed change set of this
session: the services announce each transaction they commit (through the
history hooks), and undoing one asks HistoryService to revert exactly it.
Undoing and redoing are refused, with a message, when the record was
changed since (by another window or computer).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSettings
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from collabdesk.services.errors import NotFoundError, ServiceError
from collabdesk.services.trash import RETENTION_DAYS
from collabdesk.store.errors import StoreError
from collabdesk.store.history import ChangeSet
from collabdesk.ui.history import history_panel
from collabdesk.ui.history.history_labels import describe
from collabdesk.ui.history.trash_view import TrashView
from collabdesk.ui.operations.changes import ALL_TABLES, TRASH_TABLES, Changes
from collabdesk.ui.widgets import prompts

if TYPE_CHECKING:
    from collabdesk.services.desk import Desk
    from collabdesk.services.history import HistoryService
    from collabdesk.ui.shell.main_window import MainWindow


UNDO_LIMIT = 200
APPLYING = "collabdeskUndoApplying"
RETENTION_SETTING = "trash/retentionDays"


@contextmanager
def applying(window: QWidget) -> Iterator[None]:
    """Mark the window busy undoing: QUndoStack must not be pushed to meanwhile."""
    window.setProperty(APPLYING, True)
    try:
        yield
    finally:
        window.setProperty(APPLYING, False)


class ChangeSetCommand(QUndoCommand):
    """One transaction already committed; undo reverts it, redo re-applies it."""

    def __init__(
        self,
        history: HistoryService,
        change_set: ChangeSet,
        widget: QWidget,
        after: Callable[[], None],
    ) -> None:
        super().__init__(describe(change_set))
        self._history = history
        self._id = change_set.id
        self._widget = widget
        self._after = after
        self._done = True  # it happened before it was pushed

    def redo(self) -> None:
        if self._done:
            return
        self._run(self._history.reapply, QCoreApplication.translate("HistoryUi", "Cannot redo"))
        self._done = True

    def undo(self) -> None:
        self._run(self._history.revert, QCoreApplication.translate("HistoryUi", "Cannot undo"))
        self._done = False

    def _run(self, step: Callable[[str], None], title: str) -> None:
        try:
            with applying(self._widget):
                step(self._id)
        except ServiceError as exc:
            prompts.error(self._widget, title, str(exc))
            self.setObsolete(True)  # QUndoStack drops it: it can no longer apply
        self._after()


class HistoryUi(QObject):
    """Owns the undo stack, the history and undo actions and the Trash view."""

    def __init__(self, window: MainWindow, desk: Desk) -> None:
        super().__init__(window)
        self.setObjectName("historyUi")
        self.window = window
        self.desk = desk
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(UNDO_LIMIT)
        self._commands: list[ChangeSetCommand] = []
        self.undo_action = self.undo_stack.createUndoAction(window, self.tr("Undo"))
        self.undo_action.setObjectName("undoAction")
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.redo_action = self.undo_stack.createRedoAction(window, self.tr("Redo"))
        self.redo_action.setObjectName("redoAction")
        self.redo_action.setShortcut(QKeySequence("Ctrl+Shift+Z"))
        self.history_action = QAction(self.tr("Partner &history…"), self)
        self.history_action.setObjectName("partnerHistoryAction")
        self.history_action.triggered.connect(lambda _checked=False: self.show_partner_history())
        self.trash_view = TrashView(desk.trash, self._after_restore)
        # Each committed change set becomes an undo step; the window's change
        # channel carries it (on the GUI thread) with the store's record.
        window.changes.follow(self, ALL_TABLES, self._on_changes)

    def set_desk(self, desk: Desk) -> None:
        """Follow the window onto another open database (after a restore, or
        when meeting mode ends): listen to its history, forget the undo steps
        of the old one, and let the Trash read the new one."""
        if desk is self.desk:
            return
        self.desk = desk
        self.undo_stack.clear()
        self._commands.clear()
        self.trash_view.set_trash(desk.trash)

    def install(self) -> None:
        window = self.window
        edit_menu = window.menus.edit
        first = edit_menu.actions()[0] if edit_menu.actions() else None
        edit_menu.insertAction(first, self.undo_action)
        edit_menu.insertAction(first, self.redo_action)
        edit_menu.insertSeparator(first)
        edit_menu.addSeparator()
        edit_menu.addAction(self.history_action)
        for action in (self.undo_action, self.redo_action, self.history_action):
            window.addAction(action)  # shortcuts work wherever focus is
        self.history_action.setEnabled(window.edit_action.isEnabled())
        window.edit_action.changed.connect(
            lambda: self.history_action.setEnabled(window.edit_action.isEnabled())
        )
        window.add_section(self.trash_view, self.tr("Trash"))
        self.purge_old_trash()
        window.sections.currentChanged.connect(self._on_section)
        window.changes.follow(self, TRASH_TABLES, lambda _changes: self._refresh_trash())

    # --- reacting ----------------------------------------------------------------
    def _on_changes(self, changes: Changes) -> None:
        if changes.change_set is not None:
            self._on_change(changes.change_set)

    def _on_change(self, change_set: ChangeSet) -> None:
        if change_set.origin or self.window.property(APPLYING):  # made by undo/redo itself
            return
        command = ChangeSetCommand(self.desk.history, change_set, self.window, self._after_undo)
        # PySide does not keep a pushed command's Python half alive; without
        # this reference its undo()/redo() would be called on a dead object.
        self._commands = [*self._commands[-2 * UNDO_LIMIT :], command]
        self.undo_stack.push(command)
        self._refresh_trash()

    def _after_undo(self) -> None:
        # The views follow the undo's own change set on the change channel.
        if self.window.details is not None:
            self.window.details.show_partner(self.window.selected_partner_id())

    def _after_restore(self) -> None:
        """A Trash restore is recorded like any change: the views follow it."""

    def _on_section(self, _index: int) -> None:
        self._refresh_trash()

    def _refresh_trash(self) -> None:
        if self.window.sections.currentWidget() is self.trash_view:
            self.trash_view.reload()

    def purge_old_trash(self) -> int:
        """Drop what has been in the Trash longer than the retention period
        (setting `trash/retentionDays`, default 90), after a backup."""
        days = retention_days()
        try:
            count = self.desk.trash.purge(days)
        except (ServiceError, StoreError, OSError) as exc:
            self.window.statusBar().showMessage(
                self.tr("The Trash was not purged: %1").replace("%1", str(exc)), 15_000
            )
            return 0
        if count:
            self.window.statusBar().showMessage(
                self.tr(
                    "%n item(s) older than %1 days deleted from the Trash, after a backup.",
                    "",
                    count,
                ).replace("%1", str(days)),
                15_000,
            )
        return count

    # --- actions --------------------------------------------------------------------
    def show_partner_history(self) -> None:
        partner_id = self.window.selected_partner_id()
        if partner_id is None:
            return
        try:
            name = self.desk.partners.get(partner_id).name
        except NotFoundError as exc:
            prompts.error(self.window, self.tr("Partner not found"), str(exc))
            return
        history_panel.show_history(
            self.window,
            self.desk.history,
            "partner",
            partner_id,
            name,
        )


def retention_days() -> int:
    value = QSettings().value(RETENTION_SETTING, RETENTION_DAYS)
    try:
        return max(int(str(value)), 0)
    except ValueError:
        return RETENTION_DAYS


def install_history(window: MainWindow, desk: Desk) -> HistoryUi:
    """Add undo/redo, the history action and the Trash to `window` (once)."""
    existing = window.findChild(HistoryUi, "historyUi")
    if isinstance(existing, HistoryUi):
        existing.set_desk(desk)
        return existing
    ui = HistoryUi(window, desk)
    ui.install()
    return ui
