"""What the window says about the state of the data once it is open: after
a crash, and on a folder it cannot write to. Each is a line on the window's
one banner (ui/shell/banner.py) that stays until dismissed and does not stop
the person working."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from collabdesk.ui.shell.banner import NoticeLine
    from collabdesk.ui.shell.main_window import MainWindow

UNCLEAN_SHUTDOWN_KEY = "uncleanShutdown"
READ_ONLY_KEY = "readOnly"


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
