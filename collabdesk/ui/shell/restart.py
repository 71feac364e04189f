"""Starting CollabDesk again, for a setting that needs a fresh start (the
interface language: every widget's text is translated when it is built).

The new copy starts only once this one has let go of its data: the window
holds the database lock until the GUI run returns, so a copy started at once
would find the database "already open" and refuse. `request_restart` closes
the window (which may refuse, e.g. meeting mode without its PIN) and leaves
the command to an exit handler that starts it when this process ends."""

from __future__ import annotations

import atexit
import subprocess
import sys
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

Command = tuple[str, list[str]]

# Replaced in tests: registering a real exit handler in a test run would
# start the test run again when pytest ends.
register_at_exit: Callable[[Callable[[], None]], object] = atexit.register
_pending: list[Command] = []


def restart_command() -> Command:
    """The same program with the same arguments: a frozen bundle's
    executable, else this interpreter with its original command line
    (`-m collabdesk …`, or a console script's path and arguments)."""
    if getattr(sys, "frozen", False):
        return sys.executable, list(sys.argv[1:])
    return sys.executable, list(sys.orig_argv[1:])


def launch(program: str, args: Sequence[str]) -> None:
    """Start `program` on its own: it outlives this process. Tests replace this."""
    options: dict[str, Any] = {"close_fds": True, "stdin": subprocess.DEVNULL}
    if sys.platform == "win32":
        options["creationflags"] = (
            subprocess.DETACHED_PROCESS | subprocess.CREATE_NEW_PROCESS_GROUP  # type: ignore[attr-defined]  # Windows only
        )
    else:
        options["start_new_session"] = True
    subprocess.Popen([program, *args], **options)


def start_pending() -> None:
    """The exit handler: start what `request_restart` asked for, once."""
    while _pending:
        program, args = _pending.pop()
        try:
            launch(program, args)
        except OSError as exc:  # nothing to show a window on any more: say it on stderr
            print(f"collabdesk: could not start again: {exc}", file=sys.stderr)


def request_restart(window: QWidget, command: Command | None = None) -> bool:
    """Close `window` (and so the program) and start it again afterwards
    (or start `command`: the demo's folder and back); False, and nothing
    scheduled, when the window refused to close."""
    command = command or restart_command()
    if not window.close():
        return False
    if not _pending:
        register_at_exit(start_pending)
    _pending[:] = [command]
    QCoreApplication.quit()  # other top-level windows (a presentation) must not keep it alive
    return True


def pending() -> list[Command]:
    """What will start when this process ends (for tests and the log)."""
    return list(_pending)


def cancel() -> None:
    _pending.clear()
