"""Backups and checks off the GUI thread.

A `BackupRun` runs one store call (`work(progress, cancel)`: take a backup,
check the file, find the newest good backup) in a Python thread of its own.
The call opens its own SQLite connections by path, so it never touches the
one connection the window reads through (store/engine.py), and SQLite
releases the GIL while it copies and checks pages: the event loop keeps
turning. Progress and the outcome reach the GUI thread as queued signals of
a QObject that belongs to no widget, so a window closed mid-backup is
simply not told.

Every run is kept in `_running` until its thread ends. Before the
application goes away (`aboutToQuit`, or `finish_all` from whoever closes
the data) each run is cancelled and waited for: SQLite stops within one
step (a few megabytes) or at once for a check, so closing never waits
long and never aborts the process.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal

from collabdesk.store.integrity import BackupCancelledError, Cancel, Progress

log = logging.getLogger("collabdesk.app")

Work = Callable[[Progress, Cancel], object]
WORKER_NICENESS = 10


class BackupRun(QObject):
    """One backup or check in its own thread; signals arrive on the GUI thread."""

    progress = Signal(str, int, int)  # stage ("copy", "check"), done, total
    succeeded = Signal(object)  # what the work returned
    failed = Signal(object)  # the exception (StoreError: say its message)
    cancelled = Signal()
    ended = Signal()  # after any of the three above

    def __init__(self, kind: str, work: Work) -> None:
        super().__init__()  # no parent: it outlives any window
        self.kind = kind
        self.work = work
        self.cancel_token = Cancel()
        self._done = threading.Event()  # the work returned; its signals may be on their way
        self._thread = threading.Thread(target=self._run, name=f"collabdesk-{kind}", daemon=True)

    def start(self) -> None:
        _running.add(self)
        self.ended.connect(self._forget)
        self._thread.start()

    def cancel(self) -> None:
        self.cancel_token.set()

    def is_running(self) -> bool:
        """Until the work has returned (the thread ends a moment later)."""
        return self._thread.is_alive() and not self._done.is_set()

    def wait(self, timeout_s: float | None = None) -> bool:
        """True once the thread has ended."""
        if self._thread.ident is not None:
            self._thread.join(timeout_s)
        return not self._thread.is_alive()

    def _forget(self) -> None:
        """On the GUI thread: the last reference goes here, after the thread
        has ended, so the QObject is never deleted from the worker thread."""
        self._thread.join(5)  # `ended` is the thread's last act: a moment at most
        _running.discard(self)

    def _run(self) -> None:
        _yield_to_the_window()
        try:
            value = self.work(self.progress.emit, self.cancel_token)
        except BackupCancelledError:
            self._done.set()
            self.cancelled.emit()
        except Exception as exc:  # a failed backup never stops work; the log says why
            self._done.set()
            if isinstance(exc, OSError | _expected()):
                log.warning("%s failed: %s", self.kind, exc)
            else:
                log.exception("%s failed", self.kind)
            self.failed.emit(exc)
        else:
            self._done.set()
            self.succeeded.emit(value)
        self.ended.emit()


def _yield_to_the_window() -> None:
    """Lower this thread's priority (Linux: per thread) so that on a busy
    machine the scheduler prefers the GUI thread to a checking worker."""
    if hasattr(os, "setpriority") and sys.platform.startswith("linux"):
        with contextlib.suppress(OSError):
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), WORKER_NICENESS)


def _expected() -> type[Exception]:
    from collabdesk.store.errors import StoreError

    return StoreError


_running: set[BackupRun] = set()
_hooked = False


def prepare(kind: str, work: Work) -> BackupRun:
    """A run of `work`, not started yet: connect to its signals (with bound
    methods of QObjects: a closed window's slots are then just not called),
    then `start()` it, so no signal goes out before anyone listens."""
    global _hooked
    app = QCoreApplication.instance()
    if app is not None and not _hooked:
        app.aboutToQuit.connect(finish_all)
        _hooked = True
    return BackupRun(kind, work)


def running(kind: str | None = None) -> list[BackupRun]:
    return [r for r in _running if r.is_running() and (kind is None or r.kind == kind)]


def finish_all(timeout_s: float = 30) -> None:
    """Cancel every run and wait for its thread (closing, restoring)."""
    for run in list(_running):
        run.cancel()
    for run in list(_running):
        run.wait(timeout_s)
    _running.clear()
