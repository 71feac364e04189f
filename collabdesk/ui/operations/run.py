"""One way for a widget to run something that changes the data (Anki's
CollectionOp is the model):

    done = run_operation(self, lambda: desk.partners.delete(pid),
                         failure_title=self.tr("Not deleted"))
    if done is None:
        return  # the person was told why, in their language

It runs the call with a busy cursor, turns a ServiceError or StoreError into
words with `error_text` (into the ErrorLabel the caller gives, else a message
box through `prompts.error`), and on success announces `changes` on the
window's ChangeChannel. Changes the store records (almost every write) reach
the channel by themselves; `changes` is for what bypasses the change log
(a restore, a bulk import, other data opened). Any other exception is a bug
and goes on to the crash dialog.

Why the GUI thread and not a worker. The engine allows other threads
(`check_same_thread=False`), but the SQLite pool holds ONE connection
(store/engine.py: two writing connections of a process can corrupt a WAL
file), and the window reads through that same connection whenever a view
pages or refreshes. A worker holding it would leave the window painting but
frozen the moment it reads, and every operation would have to keep widgets
out of the worker (a restore swaps the Database the views hold; an import
asks for a backup half-way). Operations here take milliseconds to a couple
of seconds (demo data, a restore, a 10,000-row import), so they run on the
GUI thread. The cost: the event loop does not turn while they run, so no
timer can show a progress dialog "after 300 ms" and nothing repaints; the
busy cursor is set as the call starts instead (a wait too short to notice
shows it too short to notice).

A service that reports its steps (an import calls `step(done, total)` between
rows) gets a real delayed progress dialog: `progress_steps` hands it a step
function that lets the event loop turn, shows a cancellable dialog once the
work looks like taking more than PROGRESS_DELAY_MS, and keeps the person's
clicks and keys out until that dialog is up (a click would otherwise start a
second operation inside the first, waiting for the connection the first one
holds). An operation that may run for minutes (the PDF batch) keeps its own
worker and progress dialog (ui/documents/pdf_worker).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from collabdesk.services.errors import ServiceError
from collabdesk.store.errors import StoreError
from collabdesk.ui.operations.changes import ChangeChannel, Changes
from collabdesk.ui.widgets import prompts

if TYPE_CHECKING:
    from collabdesk.ui.widgets.error_label import ErrorLabel

T = TypeVar("T")

PROGRESS_DELAY_MS = 300
Step = Callable[[int, int], bool]  # (done, total) -> go on?

# What a refusal looks like; anything else is a bug for the crash dialog.
EXPECTED_ERRORS: tuple[type[Exception], ...] = (ServiceError, StoreError)


@dataclass(frozen=True)
class Done(Generic[T]):
    """A call that succeeded, and what it returned."""

    value: T


@contextmanager
def busy_cursor() -> Iterator[None]:
    """The wait cursor while the block runs (see the module docstring)."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


@contextmanager
def progress_steps(
    parent: QWidget, text: str, total: int, *, name: str = "operationProgress"
) -> Iterator[Step]:
    """A step function for a service that reports progress; the dialog
    (with Cancel) appears only past PROGRESS_DELAY_MS."""
    dialog = QProgressDialog(
        text, QCoreApplication.translate("Operation", "Cancel"), 0, total, parent
    )
    dialog.setObjectName(name)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(PROGRESS_DELAY_MS)

    def step(done: int, _total: int) -> bool:
        if dialog.wasCanceled():  # before setValue: reaching the maximum resets it
            return False
        dialog.setValue(done)
        if dialog.isVisible():  # modal: only its Cancel button takes input
            QCoreApplication.processEvents()
        else:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        return not dialog.wasCanceled()

    try:
        yield step
    finally:
        dialog.close()
        dialog.deleteLater()


def run_operation(
    parent: QWidget,
    call: Callable[[], T],
    *,
    failure_title: str,
    error_label: ErrorLabel | None = None,
    changes: Changes | Callable[[T], Changes] | None = None,
    expected: tuple[type[Exception], ...] = EXPECTED_ERRORS,
) -> Done[T] | None:
    """Run `call` for `parent`; None when it was refused (and said why).

    `changes` (or a function of the result giving them) is announced after
    a success, for changes the store's log does not record. `expected`
    widens what counts as a refusal (e.g. OSError for a file chosen by the
    person); the default is the services' and the store's errors."""
    if error_label is not None:
        error_label.clear_error()
    try:
        with busy_cursor():
            value = call()
    except expected as exc:
        # service_text loads the statistics import and with it SQLAlchemy:
        # only when there is something to say (this module loads at start-up).
        from collabdesk.ui.widgets.service_text import error_text

        text = error_text(exc) if isinstance(exc, ServiceError | StoreError) else _os_text(exc)
        if error_label is not None:
            error_label.show_error(text)
        else:
            prompts.error(parent, failure_title, text)
        return None
    if changes is not None:
        announced = changes(value) if callable(changes) else changes
        channel = ChangeChannel.of(parent)
        if channel is not None:
            channel.announce(announced)
    return Done(value)


def _os_text(exc: Exception) -> str:
    """An OSError's own words carry the file's name and the system's reason
    (in the system's language); other expected errors say what they say."""
    from collabdesk.ui.widgets.service_text import error_text

    if isinstance(exc, OSError) and exc.strerror:
        name = exc.filename if isinstance(exc.filename, str) else ""
        return f"{name}: {exc.strerror}" if name else exc.strerror
    return error_text(exc)
