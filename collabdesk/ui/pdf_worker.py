"""Writing PDFs off the GUI thread: a job builds and writes one document
after another, reports progress, and stops between documents when
cancelled. The window never freezes, even for a batch of a hundred."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal


@dataclass(frozen=True)
class PdfTask:
    build: Callable[[], bytes]  # runs in the worker thread; must not touch the database
    path: Path


class PdfJob(QObject):
    progress = Signal(int, int)  # documents done, documents in all
    done = Signal(list)  # the paths written (fewer than asked when cancelled)
    failed = Signal(str)

    def __init__(self, tasks: Sequence[PdfTask]) -> None:
        super().__init__()
        self.tasks = tuple(tasks)
        self._cancel = threading.Event()
        self.cancelled = False

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        from collabdesk.reports.output import write_atomically

        written: list[Path] = []
        try:
            for index, task in enumerate(self.tasks):
                if self._cancel.is_set():
                    self.cancelled = True
                    break
                write_atomically(task.path, task.build())
                written.append(task.path)
                self.progress.emit(index + 1, len(self.tasks))
        except OSError as exc:
            self.failed.emit(f"{exc.strerror or exc}: {exc.filename or ''}".rstrip(": "))
            return
        except Exception as exc:  # a report bug must reach the person, not kill the thread
            self.failed.emit(f"{type(exc).__name__}: {exc}")
            return
        self.done.emit(written)


def start(job: PdfJob, parent: QObject) -> QThread:
    """Run `job` in a new thread that ends (and is deleted) when the job does."""
    thread = QThread(parent)
    job.moveToThread(thread)
    thread.started.connect(job.run)
    job.done.connect(thread.quit)
    job.failed.connect(thread.quit)
    thread.finished.connect(thread.deleteLater)
    thread.start()
    return thread
