"""History, undo/redo and the Trash, installed into the main window by one
call (`install_history`), so MainWindow itself stays small.

Undo is built on QUndoStack, one command per committed change set of this
session: the services announce each transaction they commit (through the
history hooks), and undoing one asks HistoryService to revert exactly it.
Undoing and redoing are refused, with a message, when the record was
changed since (by another window or computer).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSettings
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from collabdesk.services.errors import NotFoundError, ServiceError, fill
from collabdesk.services.trash import RETENTION_DAYS
from collabdesk.store.errors import StoreError
from collabdesk.store.history import ChangeSet
from collabdesk.ui.history import history_panel
from collabdesk.ui.history.history_labels import describe, record_label
from collabdesk.ui.history.trash_view import TrashView
from collabdesk.ui.operations.changes import ALL_TABLES, TRASH_TABLES, Changes
from collabdesk.ui.widgets import prompts
from collabdesk.ui.widgets.actions import allow, make_action, reason_of
from collabdesk.ui.widgets.service_text import error_text

if TYPE_CHECKING:
    from collabdesk.services.desk import Desk
    from collabdesk.services.history import HistoryService
    from collabdesk.services.trash import TrashService
    from collabdesk.ui.shell.main_window import MainWindow


UNDO_LIMIT = 200
NAME_LOOKUP_LIMIT = 500  # the change log rows read to find a record's name
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


def along_in(trash: TrashService) -> Callable[[str, int], dict[str, int]]:
    """The rows a deleted record took to the Trash, by table, itself excluded."""

    def along(table: str, record_id: int) -> dict[str, int]:
        try:
            items = trash.items()
        except ServiceError:
            return {}
        for item in items:  # newest first
            if (item.table, item.record_id) == (table, record_id):
                parts = dict(item.parts)
                parts[table] = parts.get(table, 1) - 1
                return {t: n for t, n in parts.items() if n > 0}
        return {}

    return along


def name_in(history: HistoryService) -> Callable[[str, int], str]:
    """A record's latest name as the change log knows it: from the change
    set itself (a deleted row's last state, a created row's first), else
    from the newest rename or creation of that record."""

    def name_of(table: str, record_id: int) -> str:
        try:
            items = history.for_record(table, record_id, limit=NAME_LOOKUP_LIMIT)
        except ServiceError:
            return ""
        for item in items:  # newest first
            if (item.table, item.record_id) != (table, record_id):
                continue  # a row that hangs on the record
            if item.action == "update" and item.field in ("name", "title") and item.new_value:
                return record_label(json.dumps({item.field: item.new_value}))
            if item.action in ("create", "restore"):
                return record_label(item.new_value)
            if item.action == "delete":
                return record_label(item.old_value)
        return ""

    return name_of


class ChangeSetCommand(QUndoCommand):
    """One transaction already committed; undo reverts it, redo re-applies it."""

    def __init__(
        self,
        history: HistoryService,
        trash: TrashService,
        change_set: ChangeSet,
        widget: QWidget,
        after: Callable[[], None],
    ) -> None:
        super().__init__(describe(change_set, name_in(history), along_in(trash)))
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
            prompts.error(self._widget, title, error_text(exc))
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
        self.undo_action = make_action(
            window, self.tr("&Undo"), "undoAction", self.undo_stack.undo, shortcut="Ctrl+Z"
        )
        self.redo_action = make_action(
            window, self.tr("&Redo"), "redoAction", self.undo_stack.redo, shortcut="Ctrl+Shift+Z"
        )
        self.undo_stack.undoTextChanged.connect(lambda _text: self._update_undo_actions())
        self.undo_stack.redoTextChanged.connect(lambda _text: self._update_undo_actions())
        self.undo_stack.canUndoChanged.connect(lambda _can: self._update_undo_actions())
        self.undo_stack.canRedoChanged.connect(lambda _can: self._update_undo_actions())
        self._update_undo_actions()
        self.history_action = make_action(
            self, self.tr("Partner &history…"), "partnerHistoryAction", self.show_partner_history
        )
        self.trash_view = TrashView(desk.trash, self._after_restore)
        # Each committed change set becomes an undo step; the window's change
        # channel carries it (on the GUI thread) with the store's record.
        window.changes.follow(self, ALL_TABLES, self._on_changes)

    def _update_undo_actions(self) -> None:
        """ "Undo: delete partner “Кофейня Зерно” and 3 contacts": the whole
        step, named, so nobody undoes something else than they think."""
        import shiboken6

        stack = self.undo_stack
        if not all(shiboken6.isValid(o) for o in (stack, self.undo_action, self.redo_action)):
            return  # the window is being destroyed: the stack says "nothing to undo" as it goes
        for action, can, text, bare, template in (
            (self.undo_action, stack.canUndo(), stack.undoText(), self.tr("&Undo"),
             self.tr("&Undo: %1")),
            (self.redo_action, stack.canRedo(), stack.redoText(), self.tr("&Redo"),
             self.tr("&Redo: %1")),
        ):  # fmt: skip
            action.setEnabled(can)
            action.setText(fill(template, [text.replace("&", "&&")]) if can and text else bare)

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
        existing = edit_menu.actions()
        if existing:
            edit_menu.insertActions(existing[0], [self.undo_action, self.redo_action])
            edit_menu.insertSeparator(existing[0])
        else:
            edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addAction(self.history_action)
        for action in (self.undo_action, self.redo_action, self.history_action):
            window.addAction(action)  # shortcuts work wherever focus is

        def follow_edit() -> None:  # enabled, with the same reason, as Edit partner…
            allow(self.history_action, reason_of(window.edit_action))

        follow_edit()
        window.edit_action.changed.connect(follow_edit)
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
        command = ChangeSetCommand(
            self.desk.history, self.desk.trash, change_set, self.window, self._after_undo
        )
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
                fill(self.tr("The Trash was not purged: %1"), [error_text(exc)]), 15_000
            )
            return 0
        if count:
            self.window.statusBar().showMessage(
                fill(
                    self.tr(
                        "%n item(s) older than %1 deleted from the Trash, after a backup.",
                        "",
                        count,
                    ),
                    [self.tr("%n day(s)", "", days)],  # its own plural: "1 day", "90 days"
                ),
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
            prompts.error(self.window, self.tr("Partner not found"), error_text(exc))
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
