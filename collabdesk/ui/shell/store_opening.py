"""Opening the store without freezing the window: show first, then open.

The window paints the partner list first (from the plain-sqlite3 directory,
ui/shell/startup.py); `when_painted` waits for that first paint, then the
Session starts the store's opening here, in a worker thread: the lock, the
network-share refusal, the start-up check (quick, or the full check after a
crash), the version probe and any migration, and the daily backup after.
The event loop keeps turning meanwhile, so the window repaints, scrolls and
searches; the banner line says what runs (`data_notices.show_step`) and the
editing actions stay disabled ("The database is still opening.") until the
services arrive on the GUI thread.

`OffThread` runs one call on a QThread and hands its result or exception
to the GUI thread. The call gets a `Progress` (store/startup.py): it tells
which step runs and how far, and answers False once `stop()` was asked
(the window closed mid-check): the check then ends early and nothing was
opened. A result that arrives after the window closed is handed to
`discard` (a Database is closed, its lock released), never left open.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QEvent, QObject, QThread, QTimer, Signal

T = TypeVar("T")
Step = Callable[[str, float | None], bool]  # store.startup.Progress, without importing the store

# The first paint normally comes within a frame or two of show(); a window
# that is never exposed (started minimised, no compositor) opens anyway.
PAINT_FALLBACK_MS = 500


class _Thread(QThread):
    """Runs `call(step)` and keeps what came of it for the GUI thread."""

    def __init__(self, call: Callable[[Step], Any], step: Step, parent: QObject) -> None:
        super().__init__(parent)
        self._call = call
        self._step = step
        self.result: Any = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.result = self._call(self._step)
        except BaseException as exc:  # handed to the GUI thread, which says why
            self.error = exc


class OffThread(QObject, Generic[T]):
    """One call in a worker thread at a time; `step_changed` carries its
    steps to the GUI thread (queued: the signal is emitted in the worker)."""

    step_changed = Signal(str, object)  # step, fraction done (None: unknown)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: _Thread | None = None
        self._stop = threading.Event()
        self._done: Callable[[T], None] | None = None
        self._failed: Callable[[BaseException], None] | None = None
        self._discard: Callable[[T], None] | None = None
        self._last: tuple[str, int | None] | None = None

    @property
    def running(self) -> bool:
        return self._thread is not None

    def start(
        self,
        call: Callable[[Step], T],
        done: Callable[[T], None],
        failed: Callable[[BaseException], None],
        discard: Callable[[T], None] | None = None,
    ) -> None:
        """Run `call` off the GUI thread; `done(result)` or `failed(exc)`
        then run on the GUI thread."""
        if self._thread is not None:
            raise RuntimeError("a call is still running")
        self._stop.clear()
        self._last = None
        self._done, self._failed, self._discard = done, failed, discard
        thread = _Thread(call, self._report, self)
        thread.finished.connect(self._finished)
        self._thread = thread
        thread.start()

    def _report(self, step: str, fraction: float | None) -> bool:
        """Called in the worker: passes a step on when it changed by a whole
        percent (a check calls this thousands of times)."""
        shown = (step, None if fraction is None else int(fraction * 100))
        if shown != self._last:
            self._last = shown
            self.step_changed.emit(step, fraction)
        return not self._stop.is_set()

    def _finished(self) -> None:
        thread, self._thread = self._thread, None
        if thread is None:  # stop() already took it
            return
        thread.wait()
        thread.deleteLater()
        if thread.error is not None:
            if self._failed is not None:
                self._failed(thread.error)
        elif self._done is not None:
            self._done(thread.result)

    def stop(self) -> None:
        """Ask the call to stop, wait for it, and discard what it made: the
        window is closing. A migration or a backup is not interrupted; it
        finishes first."""
        thread, self._thread = self._thread, None
        if thread is None:
            return
        self._stop.set()
        thread.wait()
        if thread.error is None and self._discard is not None and thread.result is not None:
            self._discard(thread.result)


class _PaintWatch(QObject):
    def __init__(self, widget: QObject, call: Callable[[], None]) -> None:
        super().__init__(widget)
        self._call: Callable[[], None] | None = call
        widget.installEventFilter(self)
        QTimer.singleShot(PAINT_FALLBACK_MS, self._fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._call is not None:
            # After this paint (and the children's, in the same pass) is on screen.
            QTimer.singleShot(0, self._fire)
        return False

    def _fire(self) -> None:
        call, self._call = self._call, None
        if call is None:
            return
        parent = self.parent()
        if parent is not None:
            parent.removeEventFilter(self)
        call()


def when_painted(widget: QObject, call: Callable[[], None]) -> None:
    """Run `call` once, on the event loop turn after `widget`'s first paint
    (or after PAINT_FALLBACK_MS when no paint comes)."""
    _PaintWatch(widget, call)
