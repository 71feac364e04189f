"""Writing PDFs off the GUI thread: a job builds and writes one document
after another, reports progress, and stops between documents when
cancelled. The window never freezes, even for a batch of a hundred."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot


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


class _Keeper(QObject):
    """Holds each running job, and its thread, until the thread has finished.

    A dialog cannot own them: a QThread deleted while it runs aborts the
    whole program, and a dialog is deleted as soon as its caller lets go of
    it, often before the PDF is written. Lives in the GUI thread, so the
    `finished` signal reaches `forget` there, after the job has returned.
    """

    def __init__(self) -> None:
        super().__init__()
        self.running: dict[QThread, PdfJob] = {}

    def keep(self, thread: QThread, job: PdfJob) -> None:
        self.running[thread] = job
        thread.finished.connect(self.forget)

    @Slot()
    def forget(self) -> None:
        """The one place a finished thread goes: dropped here, then deleted
        (not by a second connection that could delete it before this runs)."""
        thread = self.sender()
        if isinstance(thread, QThread):
            self.running.pop(thread, None)  # the job is deleted with its last reference
            thread.wait()  # `finished` comes just before the thread ends
            thread.deleteLater()


_keeper: _Keeper | None = None


def _the_keeper() -> _Keeper:
    global _keeper
    if _keeper is None:
        _keeper = _Keeper()
    return _keeper


def start(job: PdfJob) -> None:
    """Run `job` in a new thread that belongs to the application, not to a widget.

    Connect the job's signals to bound methods of QObjects, never to lambdas:
    Qt drops such a connection when its receiver is deleted, so a dialog that
    was closed mid-export is simply not told the result.
    """
    thread = QThread(QCoreApplication.instance())
    job.moveToThread(thread)
    thread.started.connect(job.run)
    # Direct: the worker thread ends itself, even when the GUI thread's loop
    # no longer runs (the window is closing and waits for it).
    job.done.connect(thread.quit, Qt.ConnectionType.DirectConnection)
    job.failed.connect(thread.quit, Qt.ConnectionType.DirectConnection)
    _the_keeper().keep(thread, job)
    thread.start()


def running() -> int:
    """How many PDF jobs have not finished yet (tests; the window's close)."""
    return 0 if _keeper is None else len(_keeper.running)


def finish_all(timeout_ms: int = 30_000) -> None:
    """Stop every job after its current document and wait for its thread:
    called before the application object (the threads' parent) goes away."""
    if _keeper is None:
        return
    for thread, job in list(_keeper.running.items()):
        job.cancel()
        thread.quit()  # if the job already ended, its thread may not have
        thread.wait(timeout_ms)
    QCoreApplication.sendPostedEvents()  # deliver `finished`, so the keeper lets go
