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
from typing import TYPE_CHECKING, Any, Generic, NamedTuple, TypeVar, cast

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, QThread, QTimer, Signal

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtWidgets import QWidget

    from collabdesk.services.desk import Desk
    from collabdesk.store.database import Database
    from collabdesk.ui.shell.session import Session

T = TypeVar("T")
Step = Callable[[str, float | None], bool]  # store.startup.Progress, without importing the store

# A step that ends sooner (a quick check of a small file) never shows its line.
STEP_SHOWN_AFTER_MS = 300

# Once the file is checked, the worker waits for the window's build before it
# imports SQLAlchemy, the models and the services: both are Python that holds
# the interpreter's lock, and taking turns on it stretched each of the
# window's build steps (40-55 ms alone) past 100 ms (watchdog). Built in
# ~0.3 s; the wait is bounded in case a window is never built in turns.
BUILD_WAIT_S = 3.0

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


def wait_until(done: list[Any]) -> None:
    """Turn the event loop until `done` has an entry. Not QEventLoop.exec:
    it returns at once after QApplication.exit() was called outside the
    main loop, while the worker still runs."""
    while not done:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)


def while_painting(window: QWidget, call: Callable[[Step], T]) -> T:
    """Run `call` in a worker and return what it returned (or raise what it
    raised), the window disabled meanwhile but painting: a local event loop
    turns until it is done. For work the caller waits on (a restore's swap
    of the file) that must not freeze the window."""
    worker: OffThread[T] = OffThread(window)
    ended: list[tuple[bool, Any]] = []
    was_enabled = window.isEnabled()
    window.setEnabled(False)  # no click or key starts anything meanwhile
    try:
        worker.start(
            call,
            lambda result: ended.append((True, result)),
            lambda exc: ended.append((False, exc)),
        )
        wait_until(ended)
    finally:
        window.setEnabled(was_enabled)
        worker.deleteLater()
    ok, value = ended[0]
    if not ok:
        raise value
    return cast(T, value)


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


class Opened(NamedTuple):
    """What the worker hands the GUI thread: the open store and its services."""

    db: Database
    desk: Desk


def _close_database(opened: Opened) -> None:
    opened.db.close()


class StartOpening:
    """The start-up's opening of a Session's store: the worker, its banner
    line (after STEP_SHOWN_AFTER_MS), a damaged file's offer of the newest
    good backup (restored and opened in the worker too)."""

    def __init__(self, run: Session) -> None:
        self.run = run
        self.worker: OffThread[Opened] = OffThread(run.window)
        self.worker.step_changed.connect(self._on_step)
        self._step: tuple[str, float | None] = ("opening", None)
        self._banner_timer: QTimer | None = None
        self._then: Callable[[], None] | None = None
        self._ended: Callable[[], None] | None = None  # reopen's wait
        self._read_only = False
        self._window_built = threading.Event()

    @property
    def running(self) -> bool:
        return self.worker.running

    def reopen(self) -> bool:
        """Open again after a restore or when meeting mode ends, the same
        way, and return once the services are attached (True) or the run
        was ended with the reason (False). The window is disabled
        meanwhile but keeps painting, its banner saying what runs; a
        failure ends the run (`fail` quits every event loop)."""
        window = self.run.window
        opened: list[bool] = []
        ended: list[bool] = []
        self._ended = lambda: ended.append(True)  # success or failure (a declined backup too)
        was_enabled = window.isEnabled()
        window.setEnabled(False)
        try:
            self.start(lambda: opened.append(True))
            if self.running:
                wait_until(ended)
        finally:
            self._ended = None
            window.setEnabled(was_enabled)
        return bool(opened) and self.run.db is not None

    def start(self, then: Callable[[], None]) -> None:
        from collabdesk.ui.shell import data_notices
        from collabdesk.ui.shell.session import failure_text

        try:
            read_only = self.run.prepare()
        except Exception as exc:
            self.run.fail(failure_text(exc))
            return
        if read_only is None:  # a meeting laptop's copy, opened read-only
            then()
            return
        self._then = then
        self._read_only = read_only
        window = self.run.window
        self._window_built.clear()
        window.when_built(self._window_built.set)
        self._banner_timer = timer = QTimer(window)
        timer.setSingleShot(True)
        timer.setInterval(STEP_SHOWN_AFTER_MS)
        timer.timeout.connect(lambda: data_notices.show_step(window, *self._step))
        timer.start()
        self.worker.start(
            lambda step: self._open(read_only, step), self._opened, self._failed, _close_database
        )

    def stop(self) -> None:
        self._window_built.set()  # a worker waiting for the build goes on to its end
        self.worker.stop()

    def _on_step(self, step: str, fraction: float | None) -> None:
        from collabdesk.store.startup import CHECKED

        if step == CHECKED:  # the file may be written: a new partner can be typed already
            self.run.window.store_checked()
            step = "opening"
        self._step = (step, fraction)
        if self._banner_timer is None or not self._banner_timer.isActive():
            from collabdesk.ui.shell import data_notices

            data_notices.show_step(self.run.window, step, fraction)

    def _open(self, read_only: bool, step: Step) -> Opened:
        """In the worker: open (check, migrate) and make the services, so
        the GUI thread only attaches them."""

        def step_then_wait(name: str, fraction: float | None) -> bool:
            go_on = step(name, fraction)
            if name == CHECKED:  # New partner opens now; the heavy imports wait for the build
                self._window_built.wait(BUILD_WAIT_S)
            return go_on

        from collabdesk.store.startup import CHECKED

        db = self.run.open_database(read_only, step_then_wait)
        try:
            from collabdesk.services.demo import load_demo  # noqa: F401 (loaded here, not later)
            from collabdesk.services.desk import Desk

            desk = Desk.over(db.sessions, data_dir=self.run.settings.data_dir)  # proofs go there
            settle_me(desk, self.run.settings.data_dir, read_only)
            from collabdesk.services.first_reads import warm_first_reads

            warm_first_reads(desk)  # so the GUI thread's first reads run warm
        except BaseException:
            db.close()
            raise
        return Opened(db, desk)

    def _opened(self, opened: Opened) -> None:
        self.run.attach(opened.db, opened.desk)
        self._finish()

    def _failed(self, exc: BaseException) -> None:
        """A damaged file: offer the newest good backup; anything else ends
        the run with its message."""
        from collabdesk.store.startup import DamagedDatabaseError
        from collabdesk.ui.shell.session import failure_text

        if isinstance(exc, DamagedDatabaseError) and self.run.restore_offered(exc):
            import dataclasses  # not at the top: this module loads before the first paint

            backup = exc.backup
            assert backup is not None
            # The early list's read connection would keep the restore out.
            self.run.close_connections(backup_first=False)

            def restore_then_open(step: Step) -> Opened:
                self.run.restore_file(backup.path)
                opened = self._open(False, step)
                # The person just chose a backup over the damaged data: the notice
                # "every saved change is here" would not be true.
                db = dataclasses.replace(opened.db, checked_after_crash=False)
                return Opened(db, opened.desk)

            self.worker.start(restore_then_open, self._opened, self._failed, _close_database)
            return
        if self._asked_password(exc):
            return
        self._finish()
        self.run.fail(failure_text(exc))

    def _asked_password(self, exc: BaseException) -> bool:
        """The shared server wants a password this computer does not keep:
        ask for it, keep it in the keyring and open again (in the worker)."""
        from collabdesk.store.credentials import MissingPasswordError

        if not isinstance(exc, MissingPasswordError) or not exc.url:
            return False
        from sqlalchemy.engine import make_url

        from collabdesk.ui.shell.server_password import ask_password, reason

        login = make_url(exc.url)
        server = f"{login.host or 'localhost'}/{login.database or ''}"
        why = reason(login.username or "", server, kept=exc.kept)
        password = ask_password(self.run.window, why)
        if password is None:
            return False
        url = exc.url

        def keep_then_open(step: Step) -> Opened:
            from collabdesk.store.credentials import keep_password

            keep_password(url, password)
            return self._open(self._read_only, step)

        self.worker.start(keep_then_open, self._opened, self._failed, _close_database)
        return True

    def _finish(self) -> None:
        from collabdesk.ui.shell import data_notices

        if self._banner_timer is not None:
            self._banner_timer.stop()
            self._banner_timer = None
        data_notices.opened(self.run.window)
        then, self._then = self._then, None
        if then is not None and self.run.db is not None:
            then()
        if self._ended is not None:
            self._ended()


def settle_me(desk: Desk, data_dir: Path | None, read_only: bool) -> None:
    """In the worker: who sits here, chosen silently where it can be (the
    old "My name", the OS login); the window asks only when neither names
    anyone (ui/shell/me_prompt.py)."""
    if read_only:
        return
    from collabdesk.services.errors import ServiceError
    from collabdesk.services.staff_me import settle

    try:
        settle(desk.staff, data_dir)
    except (ServiceError, OSError):  # a busy database or folder: asked again next start
        return
