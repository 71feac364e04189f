"""Pitches of many collaborations at once (each for its main partner) into
one folder, written off the GUI thread with a progress dialog whose Cancel
stops after the current PDF. `choose_folder` is the seam tests replace."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QWidget

from collabdesk.domain.message import fill
from collabdesk.ui.documents.pdf_worker import PdfJob, PdfTask, start
from collabdesk.ui.documents.pitch_dialog import file_stem
from collabdesk.ui.widgets import prompts

if TYPE_CHECKING:
    from collabdesk.services.desk import Desk

# The Pitch dialog's context, as before the move; literal arguments for lupdate.
translate = QCoreApplication.translate


def choose_folder(parent: QWidget | None) -> Path | None:
    folder = QFileDialog.getExistingDirectory(
        parent, translate("PitchDialog", "Save the pitches in")
    )
    return Path(folder) if folder else None


class BatchExport(QObject):
    """Pitches of many collaborations (each for its main partner) into one
    folder, with a progress dialog whose Cancel stops after the current PDF.

    A QObject of the GUI thread, so the job's signals arrive here queued
    (a plain object's methods would run in the worker thread)."""

    def __init__(
        self,
        parent: QWidget | None,
        desk: Desk,
        collaboration_ids: Sequence[int],
        folder: Path,
        lang: str,
    ) -> None:
        from collabdesk.reports.pitch import build_pitch

        super().__init__(parent)
        self.written: list[Path] = []
        self.finished = False
        self._owner = parent
        tasks = []
        for collaboration_id in collaboration_ids:
            content = desk.pitch_content.gather(collaboration_id, language=lang)
            partner = content.partner.name if content.partner else ""
            path = folder / f"{file_stem(content.title, partner, lang)}.pdf"
            tasks.append(PdfTask(partial(build_pitch, content, lang), path))
        self.dialog = QProgressDialog(
            translate("PitchDialog", "Writing pitches…"),
            translate("PitchDialog", "Cancel"),
            0,
            len(tasks),
            parent,
        )
        self.dialog.setObjectName("batchProgress")
        self.dialog.setWindowTitle(translate("PitchDialog", "Export pitches"))
        self.dialog.setMinimumDuration(0)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.job = PdfJob(tasks)
        self.job.progress.connect(self._progress)
        self.job.done.connect(self._done)
        self.job.failed.connect(self._failed)
        # A slot of this GUI-thread object runs at once; a slot on the job would
        # wait in the busy worker thread's queue until the whole batch was done.
        self.dialog.canceled.connect(self._cancel)
        self.dialog.show()
        start(self.job)

    def _cancel(self) -> None:
        self.job.cancel()

    def _progress(self, done: int, total: int) -> None:
        if self.dialog.wasCanceled():
            self.job.cancel()
            return
        self.dialog.setValue(done)
        self.dialog.setLabelText(
            fill(
                translate("PitchDialog", "Writing pitches… %1 of %2"),
                [str(done), str(total)],
            )
        )

    def _done(self, written: list[Path]) -> None:
        self.written = written
        self.finished = True
        self.dialog.close()
        total = len(self.job.tasks)
        if self.job.cancelled:
            text = self.tr("Cancelled: %1 of %n pitches were written.", "", total)
        else:
            text = self.tr("%1 of %n pitches were written.", "", total)
        prompts.info(
            self._owner,
            translate("PitchDialog", "Export pitches"),
            fill(text, [str(len(written))]),
        )

    def _failed(self, message: str) -> None:
        self.finished = True
        self.dialog.close()
        prompts.error(
            self._owner,
            translate("PitchDialog", "Export pitches"),
            fill(translate("PitchDialog", "The export stopped: %1"), [message]),
        )


def export_all_pitches(parent: QWidget | None, desk: Desk) -> BatchExport | None:
    """Ask for a folder and write the pitch of every collaboration into it."""
    rows = desk.collaborations.rows()
    if not rows:
        prompts.info(
            parent,
            translate("PitchDialog", "Export pitches"),
            translate(
                "PitchDialog", "There are no collaborations yet. Create one first, then pitch it."
            ),
        )
        return None
    folder = choose_folder(parent)
    if folder is None:
        return None
    lang = desk.library.profile().default_language
    return BatchExport(parent, desk, [row.id for row in rows], folder, lang)
