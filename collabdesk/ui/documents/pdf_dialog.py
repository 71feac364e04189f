"""What every dialog that writes one PDF shares: where to save it, the
progress and status lines, Write PDF / Cancel, and the worker job that
outlives the dialog (pdf_worker). The pitch and recap dialogs build on it,
each adding its own choices above."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QWidget,
)

from collabdesk.domain.message import fill
from collabdesk.ui.documents.pdf_worker import PdfJob, PdfTask, start
from collabdesk.ui.widgets import prompts
from collabdesk.ui.widgets.named import named


class PdfDialog(QDialog):
    """`prefix` names the widgets (pitchOutput, recapStatus…) for tests and
    accessibility; `written` holds the path once the PDF is done."""

    def __init__(self, prefix: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.written: Path | None = None
        self.job: PdfJob | None = None
        self.output = named(QLineEdit(), f"{prefix}Output")
        self.output.setAccessibleName(self.tr("Save as"))
        browse = named(QPushButton(self.tr("&Browse…")), f"{prefix}Browse")
        browse.setAutoDefault(False)  # Enter writes the PDF, whatever has focus
        browse.clicked.connect(self._browse)
        self.output_row = QHBoxLayout()
        self.output_row.addWidget(self.output, 1)
        self.output_row.addWidget(browse)
        self.save_as_label = QLabel(self.tr("&Save as:"))
        self.save_as_label.setBuddy(self.output)

        self.progress = named(QProgressBar(), f"{prefix}Progress")
        self.progress.setVisible(False)
        self.status = named(QLabel(), f"{prefix}Status")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(
            self.tr("Write PDF"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setObjectName(f"{prefix}ExportButton")
        self.export_button.clicked.connect(self.export)
        self.buttons.rejected.connect(self.reject)

    # What each dialog says and does; the words are in its own context.
    def document_name(self) -> str:
        raise NotImplementedError

    def browse_caption(self) -> str:
        raise NotImplementedError

    def export(self) -> None:
        raise NotImplementedError

    def open_written(self, path: Path) -> None:
        raise NotImplementedError

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.browse_caption(), self.output.text(), self.tr("PDF (*.pdf)")
        )
        if path:
            self.output.setText(path)

    def chosen_path(self) -> Path | None:
        """The file to write, with .pdf added; None (after saying why) when unusable."""
        text = self.output.text().strip()
        if not text:
            prompts.error(self, self.document_name(), self.tr("Choose where to save the PDF."))
            return None
        path = Path(text).expanduser()
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        if path.is_dir():
            prompts.error(
                self, self.document_name(), self.tr("That is a folder; give a file name.")
            )
            return None
        return path

    def write(self, task: PdfTask, status: str) -> None:
        """Start the one job; the dialog shows it is busy until done or failed."""
        self.export_button.setEnabled(False)
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)  # busy until the one document is done
        self.status.setText(status)
        self.job = PdfJob([task])
        self.job.done.connect(self._done)
        self.job.failed.connect(self._failed)
        start(self.job)

    def reject(self) -> None:
        """Closing the dialog mid-export stops the job; the program goes on."""
        if self.job is not None:
            self.job.cancel()
        super().reject()

    def _done(self, written: list[Path]) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.written = written[0] if written else None
        self.status.setText(fill(self.tr("Saved to %1"), [str(self.written)]))
        if self.written is not None:
            self.open_written(self.written)
        self.accept()

    def _failed(self, message: str) -> None:
        self.progress.setVisible(False)
        self.export_button.setEnabled(True)
        self.status.setText("")
        prompts.error(
            self, self.document_name(), fill(self.tr("The PDF was not written: %1"), [message])
        )
