"""What the window says about the state of the data: while it opens (the
check, after a crash its progress, a migration), and once it is open: after
a crash, and on a folder it cannot write to. Each is a line on the window's
one banner (ui/shell/banner.py); the notices stay until dismissed and do not
stop the person working."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from collabdesk.domain.message import fill
from collabdesk.store.startup import FINDING_BACKUP, FULL_CHECK, MIGRATING, QUICK_CHECK

if TYPE_CHECKING:
    from collabdesk.ui.shell.banner import NoticeLine
    from collabdesk.ui.shell.main_window import MainWindow

UNCLEAN_SHUTDOWN_KEY = "uncleanShutdown"
READ_ONLY_KEY = "readOnly"
OPENING_KEY = "opening"


def opening_text(step: str, fraction: float | None) -> str:
    """What the banner says while the store opens (steps: store/startup.py)."""
    translate = QCoreApplication.translate
    if step == FULL_CHECK:
        if fraction is None:
            return translate(
                "App",
                "Checking the whole file after an unexpected shutdown… Editing waits "
                "until the check is done.",
            )
        return fill(
            translate(
                "App",
                "Checking the whole file after an unexpected shutdown… %1% Editing waits "
                "until the check is done.",
            ),
            [int(fraction * 100)],
        )
    if step == QUICK_CHECK:
        return translate("App", "Checking the data… Editing waits until the check is done.")
    if step == FINDING_BACKUP:
        return translate("App", "The data failed its check: looking for the newest good backup…")
    if step == MIGRATING:
        return translate(
            "App", "Updating the data for this version of CollabDesk (a backup is made first)…"
        )
    return translate("App", "Opening the data…")


def show_step(window: MainWindow, step: str, fraction: float | None) -> None:
    """The banner's line about the opening store, replaced at each step."""
    label = window.banner.line(OPENING_KEY)
    text = opening_text(step, fraction)
    if isinstance(label, QLabel):
        label.setText(text)
    else:
        window.banner.set_text(OPENING_KEY, text, tone="info", name="openingLine")


def opened(window: MainWindow) -> None:
    """The store is open (or could not be): its line goes."""
    window.banner.remove(OPENING_KEY)


def after_unclean_shutdown(window: MainWindow) -> NoticeLine:
    """After a crash or power cut: what happened, and that nothing saved was lost."""
    return window.banner.set_notice(
        UNCLEAN_SHUTDOWN_KEY,
        QCoreApplication.translate("App", "CollabDesk was not closed properly"),
        QCoreApplication.translate(
            "App",
            "The last time, CollabDesk stopped without closing (the computer was "
            "switched off, or the program was ended). Your data was checked in full "
            "and is intact: every change that was saved is here. Only what was being "
            "typed and not yet saved at that moment is missing; please check the last "
            "thing you were working on.",
        ),
        name="uncleanShutdownNotice",
    )


def read_only_folder(window: MainWindow) -> NoticeLine:
    """The folder cannot be written: said at once, before a save is refused."""
    return window.banner.set_notice(
        READ_ONLY_KEY,
        QCoreApplication.translate("App", "This data is read-only"),
        QCoreApplication.translate(
            "App",
            "CollabDesk cannot save in this folder (a disc, a locked memory stick or a "
            "protected folder). You can look at everything, make pitches and export, "
            "but no change can be saved here. To work with this data, copy the folder "
            "to this computer's disk and open the copy.",
        ),
        name="readOnlyNotice",
    )


def show_for(window: MainWindow, *, checked_after_crash: bool, read_only: bool) -> None:
    """The lines that are true of the data just opened; the read-only line
    goes when writable data replaces read-only data."""
    if checked_after_crash:
        after_unclean_shutdown(window)
    if read_only:
        read_only_folder(window)
    else:
        window.banner.remove(READ_ONLY_KEY)
