"""File → Annual report…: the year, the branch (only when the library has
several), the language and the format; the figures are read and the file
written in a worker (pdf_worker), then the file is opened.

What the report is of (branches, profile) is read here on the window's
thread, quickly; the figures over half a million commitments are read in
the worker on read-only connections of their own (services/annual_report)."""

from __future__ import annotations

from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QComboBox, QFileDialog, QFormLayout, QSpinBox, QVBoxLayout, QWidget

from collabdesk.services.annual_report import (
    FIRST_YEAR,
    LAST_YEAR,
    AnnualReport,
    AnnualReportService,
    ReportFrame,
)
from collabdesk.ui.documents.pdf_dialog import PdfDialog
from collabdesk.ui.documents.pdf_worker import PdfTask
from collabdesk.ui.operations.run import run_operation
from collabdesk.ui.widgets import prompts
from collabdesk.ui.widgets.named import named

if TYPE_CHECKING:
    from collabdesk.services.desk import Desk
    from collabdesk.ui.shell.main_window import MainWindow

translate = QCoreApplication.translate
FORMATS = (".pdf", ".xlsx")


def open_file(path: Path) -> None:
    """Show the finished report in the system's viewer or spreadsheet."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def build_file(service: AnnualReportService, frame: ReportFrame, lang: str, suffix: str) -> bytes:
    """Runs in the worker: the figures on side connections, then the file."""
    from collabdesk.reports.annual_files import annual_bytes

    report = service.finish(frame)
    if report is None:  # no side connection (read-only medium): gathered before
        raise RuntimeError("no side connection for the annual report")
    return annual_bytes(report, lang, suffix)


def built_file(report: AnnualReport, lang: str, suffix: str) -> bytes:
    from collabdesk.reports.annual_files import annual_bytes

    return annual_bytes(report, lang, suffix)


class AnnualReportDialog(PdfDialog):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__("annualReport", parent)
        self.setWindowTitle(self.tr("Annual report"))
        self.service = desk.annual_reports
        today = date.today()
        self.year = named(QSpinBox(), "annualReportYear")
        self.year.setRange(FIRST_YEAR, LAST_YEAR)
        self.year.setValue(today.year)
        self.branch = named(QComboBox(), "annualReportBranch")
        branches = self.service.branches()
        self.branch.addItem(self.tr("The whole library system"), None)
        for branch in branches:
            self.branch.addItem(branch.name or self.tr("(unnamed branch)"), branch.id)
        self.language = named(QComboBox(), "annualReportLanguage")
        self.language.addItem("Русский", "ru")
        self.language.addItem("English", "en")
        default = desk.library.profile().default_language or "ru"
        self.language.setCurrentIndex(max(self.language.findData(default), 0))
        self.format = named(QComboBox(), "annualReportFormat")
        self.format.addItem(self.tr("PDF document"), ".pdf")
        self.format.addItem(self.tr("Excel workbook (.xlsx)"), ".xlsx")
        self.format.currentIndexChanged.connect(self._suffix_changed)
        self.output.setText(str(Path.home() / f"annual-report-{today.year}.pdf"))
        self.year.valueChanged.connect(self._suffix_changed)
        self.export_button.setText(self.tr("Write the report"))

        form = QFormLayout()
        form.addRow(self.tr("&Year:"), self.year)
        if len(branches) > 1:  # a single library sees no branch controls
            form.addRow(self.tr("&Branch:"), self.branch)
        else:
            self.branch.setVisible(False)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("&Format:"), self.format)
        form.addRow(self.save_as_label, self.output_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())

    def suffix(self) -> str:
        return str(self.format.currentData())

    def _suffix_changed(self) -> None:
        path = Path(self.output.text().strip() or f"annual-report-{self.year.value()}")
        stem = path.stem if path.suffix.lower() in FORMATS else path.name
        self.output.setText(str(path.with_name(stem + self.suffix())))

    def document_name(self) -> str:
        return self.tr("Annual report")

    def browse_caption(self) -> str:
        return self.tr("Save the annual report as")

    def _browse(self) -> None:
        pattern = self.tr("PDF (*.pdf)") if self.suffix() == ".pdf" else self.tr("Excel (*.xlsx)")
        path, _ = QFileDialog.getSaveFileName(
            self, self.browse_caption(), self.output.text(), pattern
        )
        if path:
            self.output.setText(path)

    def chosen_path(self) -> Path | None:
        """The file to write with the chosen format's ending; None (after
        saying why) when unusable."""
        text = self.output.text().strip()
        if not text:
            prompts.error(self, self.document_name(), self.tr("Choose where to save the report."))
            return None
        path = Path(text).expanduser()
        if path.is_dir():
            prompts.error(
                self, self.document_name(), self.tr("That is a folder; give a file name.")
            )
            return None
        if path.suffix.lower() != self.suffix():
            stem = path.stem if path.suffix.lower() in FORMATS else path.name
            path = path.with_name(stem + self.suffix())
        return path

    def export(self) -> None:
        path = self.chosen_path()
        if path is None:
            return
        year, branch, lang = (
            self.year.value(),
            self.branch.currentData(),
            self.language.currentData(),
        )
        frame = run_operation(
            self,
            lambda: self.service.frame(year, branch),
            failure_title=self.document_name(),
        )
        if frame is None:
            return
        status = self.tr("Reading the figures and writing the report…")
        if self.service.finish_possible():
            self.write(
                PdfTask(partial(build_file, self.service, frame.value, lang, self.suffix()), path),
                status,
            )
            return
        report = run_operation(self, lambda: self.service.gather(year, branch),
                               failure_title=self.document_name())  # fmt: skip
        if report is not None:
            self.write(
                PdfTask(partial(built_file, report.value, lang, self.suffix()), path), status
            )

    def open_written(self, path: Path) -> None:
        open_file(path)


def install_annual_report(window: MainWindow) -> QAction:
    """File → Annual report… (once), above the line over Settings… and
    Quit; it opens on the desk the window has when chosen."""
    existing = window.findChild(QAction, "annualReportAction")
    if isinstance(existing, QAction):
        return existing
    action = named(
        QAction(translate("AnnualReportDialog", "Annual re&port…"), window), "annualReportAction"
    )
    action.triggered.connect(lambda _checked=False: open_annual_report(window))
    window.menus.add_to_file([action])
    return action


def open_annual_report(window: MainWindow) -> None:
    desk = window.desk
    if desk is not None:
        AnnualReportDialog(desk, window).exec()
