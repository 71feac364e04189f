"""What the window says about the state of the data once it is open: after
a crash, and on a folder it cannot write to. Each is a notice that stays
until read and does not stop the person working."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from collabdesk.ui.widgets import prompts


def after_unclean_shutdown(window: QWidget) -> QMessageBox:
    """After a crash or power cut: what happened, and that nothing saved was lost."""
    return prompts.notice(
        window,
        QCoreApplication.translate("App", "CollabDesk was not closed properly"),
        QCoreApplication.translate(
            "App",
            "The last time, CollabDesk stopped without closing (the computer was "
            "switched off, or the program was ended). Your data was checked in full "
            "and is intact: every change that was saved is here. Only what was being "
            "typed and not yet saved at that moment is missing; please check the last "
            "thing you were working on.",
        ),
        "uncleanShutdownNotice",
    )


def read_only_folder(window: QWidget) -> QMessageBox:
    """The folder cannot be written: said once, before a save is refused."""
    return prompts.notice(
        window,
        QCoreApplication.translate("App", "This data is read-only"),
        QCoreApplication.translate(
            "App",
            "CollabDesk cannot save in this folder (a disc, a locked memory stick or a "
            "protected folder). You can look at everything, make pitches and export, "
            "but no change can be saved here. To work with this data, copy the folder "
            "to this computer's disk and open the copy.",
        ),
        "readOnlyNotice",
    )
