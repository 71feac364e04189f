"""File-menu actions about the data: Back up now, Restore…, Check the data
thoroughly (their work is in backup_actions.py: in the background), Import
partners…, Export partners…. Installed into the main window by one call
from app.py; the host (the Session, ui/shell/session.py) owns the database
and does the close-swap-reopen of a restore. Imports and exports run
through ui.operations.run_operation; the views refresh from the change
channel (an import is recorded in the change log; a restore reopens the
data, which the window announces).

File choosers go through `choose_open_file` / `choose_save_file`, which
tests replace."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from collabdesk.domain.message import fill
from collabdesk.ui.operations.run import EXPECTED_ERRORS, run_operation
from collabdesk.ui.shell.app_settings import backup_policy
from collabdesk.ui.widgets import prompts
from collabdesk.ui.widgets.actions import make_action

if TYPE_CHECKING:
    from collabdesk.ui.shell.main_window import MainWindow


# A file chosen by the person can be unreadable, gone or on a full disk.
FILE_ERRORS: tuple[type[Exception], ...] = (*EXPECTED_ERRORS, OSError)


class DataHost(Protocol):
    """What the menu needs from whoever holds the open database."""

    def database_file(self) -> Path | None: ...

    def restore_from(self, backup: Path) -> None: ...


def choose_open_file(parent: QWidget, title: str, folder: str, filters: str) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, title, folder, filters)
    return Path(name) if name else None


def choose_save_file(parent: QWidget, title: str, suggested: str, filters: str) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return Path(name) if name else None


def run_import_dialog(dialog: QDialog) -> bool:
    return dialog.exec() == QDialog.DialogCode.Accepted


class DataMenuCounts(QObject):
    """Context for counted messages: lupdate sees a plural (%n) only in
    `X.tr(text, "", n)`, not in translate(context, text, "", n). The stubs
    type tr() as an instance call, hence the `arg-type` ignores."""


class DataMenu:
    def __init__(self, window: MainWindow, host: DataHost) -> None:
        from collabdesk.ui.shell.backup_actions import SafetyActions

        self.window = window
        self.host = host
        self.safety = SafetyActions(window, host)

        def action(text: str, name: str, slot: Callable[[], object]) -> QAction:
            return make_action(window, text, name, slot)

        translate = QCoreApplication.translate
        self.backup_action = action(
            translate("DataMenu", "&Back up now"), "backupAction", self.safety.back_up
        )
        self.restore_action = action(
            translate("DataMenu", "&Restore from backup…"), "restoreAction", self.safety.restore
        )
        self.check_action = action(
            translate("DataMenu", "&Check the data thoroughly"),
            "checkDataAction",
            self.safety.check,
        )
        self.import_action = action(
            translate("DataMenu", "&Import partners…"), "importAction", self.import_partners
        )
        self.export_action = action(
            translate("DataMenu", "E&xport partners…"), "exportAction", self.export_partners
        )
        self.import_commitments_action = action(
            translate("DataMenu", "Import co&mmitments…"),
            "importCommitmentsAction",
            self.import_commitments,
        )
        self.export_commitments_action = action(
            translate("DataMenu", "Export commi&tments…"),
            "exportCommitmentsAction",
            self.export_commitments,
        )
        from collabdesk.ui.shell.calendar_export_action import CalendarExportAction

        self.calendar = CalendarExportAction(window)  # in a worker thread
        window.menus.add_to_file(
            [
                self.import_action,
                self.export_action,
                self.import_commitments_action,
                self.export_commitments_action,
                self.calendar.action,
            ]
        )
        window.menus.add_to_file([self.backup_action, self.restore_action, self.check_action])
        from collabdesk.ui.shell.branch_file_actions import BranchFileActions

        # Send branch data… / Import branch data… (offline branches)
        self.branch_files = BranchFileActions(window, host.database_file, self.backup_before_import)

    def import_partners(self) -> None:
        desk = self.window.desk
        if desk is not None:
            self._import(
                desk.partner_transfer,
                None,
                QCoreApplication.translate("DataMenu", "Import partners"),
            )

    def import_commitments(self) -> None:
        from collabdesk.services.commitment_transfer import COMMITMENT_FIELDS, CommitmentTransfer

        desk = self.window.desk
        if desk is not None:
            transfer = CommitmentTransfer(desk.partner_transfer.sessions)
            self._import(
                transfer,
                COMMITMENT_FIELDS,
                QCoreApplication.translate("DataMenu", "Import commitments"),
            )

    def _import(self, transfer: Any, fields: Any, title: str) -> None:
        from collabdesk.ui.shell.import_dialog import ImportDialog, read_in_background

        filters = QCoreApplication.translate(
            "DataMenu", "Tables and contacts (*.csv *.txt *.tsv *.xlsx *.vcf);;All files (*)"
        )
        chosen = choose_open_file(self.window, title, str(Path.home()), filters)
        if chosen is None:
            return
        read = read_in_background(  # off the GUI thread: seconds at 100,000 rows
            self.window,
            chosen,
            transfer.read,
            failure_title=QCoreApplication.translate("DataMenu", "Cannot import this file"),
            expected=FILE_ERRORS,
        )
        if read is None:
            return
        table = read.value
        extra = {"fields": fields} if fields is not None else {}
        dialog = ImportDialog(
            transfer, table, chosen.name, self.backup_before_import, self.window,
            title=title, **extra,
        )  # fmt: skip
        if run_import_dialog(dialog):  # the views follow the change channel
            done = DataMenuCounts.tr("%n record(s) imported.", "", dialog.imported)  # type: ignore[arg-type]
            prompts.info(
                self.window, QCoreApplication.translate("DataMenu", "Import finished"), done
            )

    def backup_before_import(self) -> None:
        from collabdesk.store.backup import take_backup

        path = self.host.database_file()
        if path is not None:
            # In the import dialog's worker while the window turns (the import
            # waits for it): quick_check only; the weekly full check is the
            # background daily backup's.
            take_backup(path, "before_import", policy=backup_policy(), full=False)

    def export_partners(self) -> None:
        desk = self.window.desk
        if desk is not None:
            self._export(
                desk.partner_transfer,
                "partners.csv",
                QCoreApplication.translate("DataMenu", "Export partners"),
            )

    def export_commitments(self) -> None:
        from collabdesk.services.commitment_transfer import CommitmentTransfer

        desk = self.window.desk
        if desk is not None:
            transfer = CommitmentTransfer(desk.partner_transfer.sessions)
            self._export(
                transfer,
                "commitments.csv",
                QCoreApplication.translate("DataMenu", "Export commitments"),
            )

    def _export(self, transfer: Any, suggested: str, title: str) -> None:
        filters = QCoreApplication.translate(
            "DataMenu", "CSV for Excel (*.csv);;Excel workbook (*.xlsx);;vCard contacts (*.vcf)"
        )
        chosen = choose_save_file(self.window, title, str(Path.home() / suggested), filters)
        if chosen is None:
            return
        done = run_operation(
            self.window,
            lambda: transfer.export(chosen),
            failure_title=QCoreApplication.translate("DataMenu", "Nothing was exported"),
            expected=FILE_ERRORS,
        )
        if done is not None:
            written = DataMenuCounts.tr("%n record(s) written to %1", "", done.value)  # type: ignore[arg-type]
            prompts.info(
                self.window,
                QCoreApplication.translate("DataMenu", "Export finished"),
                fill(written, [str(chosen)]),
            )


def install_data_menu(window: MainWindow, host: DataHost) -> DataMenu:
    menu = DataMenu(window, host)
    window.statistics.before_import = menu.backup_before_import  # the section imports too
    window.setProperty("dataMenuInstalled", True)
    window.data_menu = menu  # keeps the actions' owner alive
    return menu
