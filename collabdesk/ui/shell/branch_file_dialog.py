"""File → Send branch data… (at an offline branch) and File → Import branch
data… (at the system's database), over services/branch_files.py.

Writing the file, reading it and planning the import run in the import
preview's worker (`import_dialog.in_background`), never on the GUI thread:
the preview says "Checking…" meanwhile and polls for the plan; a plan for
an older branch choice is dropped. Applying runs like every import, on the
GUI thread with a delayed, cancellable progress dialog (one transaction:
a cancelled import leaves nothing)."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from collabdesk.domain.message import Message, fill
from collabdesk.services.branch_files import (
    FILE_SUFFIX,
    BranchFileContent,
    BranchFiles,
    BranchImportPlan,
    ImportCancelledError,
    ImportDone,
    branch_choices,
    plan_lines,
)
from collabdesk.services.errors import ServiceError
from collabdesk.store.errors import StoreError
from collabdesk.ui.operations.run import busy_cursor, progress_steps
from collabdesk.ui.shell.import_dialog import POLL_MS, in_background, wait_turning
from collabdesk.ui.widgets import prompts
from collabdesk.ui.widgets.actions import allow
from collabdesk.ui.widgets.named import named
from collabdesk.ui.widgets.service_text import error_text, message_text

if TYPE_CHECKING:
    from collabdesk.ui.shell.branch_file_actions import BranchFileActions

NEW_BRANCH = -1  # the chooser's "new branch" entry
REFUSALS = (ServiceError, StoreError, OSError)


def _plain(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


def _turn(ms: int) -> None:
    """Let the event loop run for `ms` (a worker's result is polled, not signalled)."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _refusal(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return f"{exc.filename}: {exc.strerror}" if exc.filename else exc.strerror
    return error_text(exc)


class BranchImportDialog(QDialog):
    """The preview of one branch file: where it goes, what it changes per
    kind of record; Import applies it."""

    def __init__(
        self,
        files: BranchFiles,
        content: BranchFileContent,
        choices: list[tuple[int, str, str]],
        before_import: Callable[[], object] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("branchImportDialog")
        self.setWindowTitle(self.tr("Import branch data"))
        self._files = files
        self._content = content
        self._before_import = before_import
        self.plan: BranchImportPlan | None = None
        self.imported: ImportDone | None = None
        self._planning: Future[BranchImportPlan] | None = None
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._take_plan)

        self.head = named(_plain(), "branchImportHead")
        self.branch_combo = named(QComboBox(), "branchImportBranch")
        self.branch_combo.addItem(self.tr("A new branch"), NEW_BRANCH)
        for branch_id, name, key in choices:
            if not key:  # a branch fed by another branch database is not offered
                self.branch_combo.addItem(name or self.tr("(unnamed branch)"), branch_id)
        self.new_name = named(QLineEdit(content.suggested_name()), "branchImportNewName")
        self.new_name.setMaxLength(200)
        self.new_name.setPlaceholderText(self.tr("Name of the new branch"))
        self.choice_row = QWidget()
        row = QHBoxLayout(self.choice_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.choice_label = _plain(self.tr("Import as:"))
        self.choice_label.setWordWrap(False)
        row.addWidget(self.choice_label)
        row.addWidget(self.branch_combo)
        row.addWidget(self.new_name, 1)

        self.table = named(QTableWidget(0, 5), "branchImportCounts")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Records"),
                self.tr("New"),
                self.tr("Changed"),
                self.tr("Unchanged"),
                self.tr("Already here"),
            ]
        )
        matched = self.table.horizontalHeaderItem(4)
        if matched is not None:
            matched.setToolTip(
                self.tr("Matched to records made in this database; they are left as they are.")
            )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.note = named(_plain(), "branchImportNote")
        self.note.setText(
            self.tr(
                "One way: nothing goes back to the branch. Records the branch sent before are "
                "updated; records made here are never changed."
            )
        )

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("branchImportButton")
        self.buttons.accepted.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.head)
        layout.addWidget(self.choice_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.resize(720, 520)
        self.branch_combo.currentIndexChanged.connect(self._replan)
        self.new_name.textChanged.connect(self._show_choice)
        self._replan()

    # planning -------------------------------------------------------------------------
    def chosen_branch(self) -> int | None:
        value = self.branch_combo.currentData()
        return None if value in (None, NEW_BRANCH) else int(value)

    @property
    def planning(self) -> bool:
        return self._planning is not None

    def _replan(self) -> None:
        self.plan = None
        self.new_name.setVisible(self.branch_combo.currentData() == NEW_BRANCH)
        files, content, chosen = self._files, self._content, self.chosen_branch()
        self._planning = in_background(lambda: files.plan(content, chosen))
        waiting = self.tr("Checking what the file would change…")
        self.head.setText(waiting)
        allow(self.import_button, waiting)
        self._poll.start()

    def wait_for_plan(self) -> None:
        """Until the plan for the branch chosen is in (the event loop turns)."""
        while (future := self._planning) is not None:
            if future.done():
                self._take_plan()
            else:
                _turn(POLL_MS)

    def _take_plan(self) -> None:
        future = self._planning
        if future is None or not future.done():
            return
        self._poll.stop()
        self._planning = None
        failure = future.exception()
        if failure is None:
            self.plan = future.result()
            self._show_plan(self.plan)
        elif isinstance(failure, REFUSALS):
            said = _refusal(failure)
            self.head.setText(said)
            self.table.setRowCount(0)
            allow(self.import_button, said)
        else:
            raise failure  # a bug: the crash dialog

    def _show_plan(self, plan: BranchImportPlan) -> None:
        self.choice_row.setVisible(not plan.known)
        new = self.new_name.text() if self.chosen_branch() is None else None
        self.head.setText("\n".join(message_text(m) for m in plan_lines(plan, new)))
        shown = [c for c in plan.counts if c.new or c.changed or c.unchanged or c.matched]
        self.table.setRowCount(len(shown))
        for r, count in enumerate(shown):
            cells = [
                message_text(Message("BranchFile", count.label)),
                *(str(n) for n in (count.new, count.changed, count.unchanged, count.matched)),
            ]
            for c, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if c:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(r, c, item)
        self._show_choice()

    def _show_choice(self) -> None:
        """The Import button, and why it waits."""
        plan = self.plan
        if plan is None:
            return
        if plan.changes_nothing:
            reason: str | None = self.tr("Nothing to import: the file changes nothing here.")
        elif not plan.known and self.chosen_branch() is None and not self.new_name.text().strip():
            reason = self.tr("Give the new branch a name.")
        else:
            reason = None
        allow(self.import_button, reason)

    # applying -------------------------------------------------------------------------
    def run_import(self) -> None:
        self.wait_for_plan()
        plan = self.plan
        if plan is None or plan.changes_nothing:
            return
        chosen = self.chosen_branch()
        new_name = None if plan.known or chosen is not None else self.new_name.text()
        total = sum(len(found) for found in plan.actions.values())
        try:
            with progress_steps(
                self, self.tr("Importing…"), total, name="branchImportProgress"
            ) as step:
                if self._before_import is not None:  # the backup: seconds at 400 MB
                    wait_turning(
                        self, self.tr("Backing up the data first…"), self._before_import
                    ).result()
                with busy_cursor():
                    self.imported = self._files.apply(
                        self._content,
                        branch_id=None if plan.known else chosen,
                        new_branch=new_name,
                        progress=step,
                    )
        except ImportCancelledError as exc:
            prompts.info(self, self.tr("Import cancelled"), error_text(exc))
            return
        except REFUSALS as exc:
            prompts.error(self, self.tr("Nothing was imported"), _refusal(exc))
            return
        self.accept()


def run_dialog(dialog: QDialog) -> bool:
    """Tests replace this to drive the dialog without its event loop."""
    return dialog.exec() == QDialog.DialogCode.Accepted


def _files(actions: BranchFileActions) -> BranchFiles | None:
    desk = actions.window.desk
    return None if desk is None else BranchFiles(desk.partner_transfer.sessions, desk.proofs.folder)


def send(actions: BranchFileActions) -> None:
    """File → Send branch data… (ui/shell/branch_file_actions.py)."""
    from collabdesk.ui.shell.data_menu import choose_save_file

    files = _files(actions)
    if files is None:
        return
    translate = QCoreApplication.translate
    title = translate("BranchFile", "Send branch data")
    suggested = Path.home() / f"branch-{date.today().isoformat()}{FILE_SUFFIX}"
    filters = translate("BranchFile", "Branch files (*%1)").replace("%1", FILE_SUFFIX)
    chosen = choose_save_file(actions.window, title, str(suggested), filters)
    if chosen is None:
        return
    if not chosen.name.endswith(FILE_SUFFIX):
        chosen = chosen.with_name(chosen.name + FILE_SUFFIX)
    database = actions.database_file()
    future = wait_turning(
        actions.window,
        translate("BranchFile", "Writing the branch file…"),
        lambda: files.export(database, chosen),
    )
    try:
        done = future.result()
    except REFUSALS as exc:
        prompts.error(
            actions.window, translate("BranchFile", "No branch file written"), _refusal(exc)
        )
        return
    said = fill(
        translate(
            "BranchFile",
            "Branch file written: %1 (%2 collaborations, %3 commitments, %4 partners). "
            "Send it to the coordinators; they import it with File → Import branch data….",
        ),
        [str(done.path), str(done.collaborations), str(done.commitments), str(done.partners)],
    )
    prompts.info(actions.window, title, said)


def import_file(actions: BranchFileActions) -> None:
    """File → Import branch data… (ui/shell/branch_file_actions.py)."""
    from collabdesk.ui.shell.data_menu import choose_open_file

    files = _files(actions)
    desk = actions.window.desk
    if files is None or desk is None:
        return
    translate = QCoreApplication.translate
    title = translate("BranchFile", "Import branch data")
    filters = translate("BranchFile", "Branch files (*%1);;All files (*)").replace(
        "%1", FILE_SUFFIX
    )
    chosen = choose_open_file(actions.window, title, str(Path.home()), filters)
    if chosen is None:
        return
    sessions = desk.partner_transfer.sessions
    future = wait_turning(
        actions.window,
        fill(translate("BranchFile", "Reading %1…"), [chosen.name]),
        lambda: (files.read(chosen), branch_choices(sessions)),
    )
    try:
        content, choices = future.result()
    except REFUSALS as exc:
        prompts.error(
            actions.window, translate("BranchFile", "Cannot import this file"), _refusal(exc)
        )
        return
    dialog = BranchImportDialog(files, content, choices, actions.before_import, actions.window)
    if run_dialog(dialog) and dialog.imported is not None:
        prompts.info(
            actions.window,
            title,
            fill(
                translate("BranchFile", "The branch data was imported as %1."),
                [dialog.imported.branch_name],
            ),
        )
