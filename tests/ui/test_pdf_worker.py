"""PDF jobs outlive the dialogs that start them, and the window's close
waits for them without its event loop running."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QObject, Slot

from collabdesk.ui.documents import pdf_worker
from collabdesk.ui.documents.pdf_worker import PdfJob, PdfTask


def slow_document() -> bytes:
    time.sleep(0.2)
    return b"%PDF-1.4 slow"


class Listener(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.written: list[Path] = []

    @Slot(list)
    def done(self, written: list[Path]) -> None:
        self.written = written


def test_a_job_whose_listener_is_deleted_still_writes_and_nothing_aborts(
    qtbot, tmp_path: Path
) -> None:
    listener = Listener()
    job = PdfJob([PdfTask(slow_document, tmp_path / "a.pdf")])
    job.done.connect(listener.done)
    pdf_worker.start(job)
    listener.deleteLater()  # the dialog goes away mid-export
    del listener, job
    qtbot.waitUntil(lambda: pdf_worker.running() == 0, timeout=10_000)
    assert (tmp_path / "a.pdf").read_bytes() == b"%PDF-1.4 slow"


def test_closing_waits_for_running_jobs_without_an_event_loop(qtbot, tmp_path: Path) -> None:
    tasks = [PdfTask(slow_document, tmp_path / f"{i}.pdf") for i in range(5)]
    pdf_worker.start(PdfJob(tasks))
    time.sleep(0.05)  # the first document is being written
    started = time.monotonic()
    pdf_worker.finish_all(timeout_ms=5_000)  # no qtbot wait: the GUI loop does not run
    assert time.monotonic() - started < 2.0, "the close waited for the whole timeout"
    assert pdf_worker.running() == 0
    assert (tmp_path / "0.pdf").exists()
    assert not (tmp_path / "4.pdf").exists(), "cancel did not stop the batch"
