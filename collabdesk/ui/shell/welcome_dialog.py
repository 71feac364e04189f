"""First start: a short welcome that asks for the library's name (pitches
print it) and offers demo data to look around.

Shown once: when the database holds no partners, the profile has no name
and the welcome was never answered on this computer. Either button counts
as an answer; Settings changes the name later.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from collabdesk.services.errors import ServiceError, ValidationError
from collabdesk.ui.shell.app_settings import WELCOME_DONE, bool_value
from collabdesk.ui.shell.i18n import RUSSIAN
from collabdesk.ui.widgets import prompts
from collabdesk.ui.widgets.error_label import ErrorLabel
from collabdesk.ui.widgets.form_support import (
    clear_errors,
    grow_to_fit,
    show_problems,
    with_error,
)
from collabdesk.ui.widgets.labels import labelled_row
from collabdesk.ui.widgets.named import named
from collabdesk.ui.widgets.service_text import error_text

if TYPE_CHECKING:
    from collabdesk.services.library import LibraryService

DemoLoader = Callable[[str], int]


@dataclass(frozen=True)
class WelcomeAnswer:
    library_name: str
    demo_partners: int  # how many demo partners were added (0: none)


class WelcomeDialog(QDialog):
    def __init__(
        self,
        library: LibraryService,
        demo_loader: DemoLoader | None,
        demo_language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("welcomeDialog")
        self.setWindowTitle(self.tr("Welcome to CollabDesk"))
        self.setMinimumWidth(540)
        self._library = library
        self._demo_loader = demo_loader
        self._demo_language = demo_language
        self.answer: WelcomeAnswer | None = None

        intro = named(
            QLabel(
                self.tr(
                    "CollabDesk keeps your library's partners, the collaborations you "
                    "prepare with them and what each side promised.\n\n"
                    "What is your library called? The name goes on the proposals you "
                    "send to partners; you can change it later in Settings."
                )
            ),
            "welcomeIntro",
        )
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        self.name_edit = named(QLineEdit(), "welcomeNameEdit")
        self.name_edit.setPlaceholderText(self.tr("e.g. Central City Library"))
        self.name_edit.setMaxLength(1000)
        self.branch_edit = named(QLineEdit(), "welcomeBranchEdit")
        self.branch_edit.setPlaceholderText(self.tr("optional"))
        self.branch_edit.setMaxLength(1000)
        self.errors = {
            "name": ErrorLabel("welcomeNameError"),
            "branch": ErrorLabel("welcomeBranchError"),
        }
        self.fields: dict[str, QWidget] = {"name": self.name_edit, "branch": self.branch_edit}
        self.demo_check = named(
            QCheckBox(self.tr("Add demo partners and collaborations to look around")),
            "welcomeDemoCheck",
        )
        self.demo_check.setEnabled(demo_loader is not None)
        demo_note = QLabel(
            self.tr(
                "Demo data is made up. Try it in a separate data folder if you "
                "want to start your real work right away."
            )
        )
        demo_note.setTextFormat(Qt.TextFormat.PlainText)
        demo_note.setWordWrap(True)
        self.form_error = ErrorLabel("welcomeError")

        form = QFormLayout()
        labelled_row(
            form,
            self.tr("Library &name:"),
            self.name_edit,
            with_error(self.name_edit, self.errors["name"]),
        )
        labelled_row(
            form,
            self.tr("&Branch:"),
            self.branch_edit,
            with_error(self.branch_edit, self.errors["branch"]),
        )
        buttons = QDialogButtonBox()
        self.start_button = buttons.addButton(
            self.tr("&Start"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.start_button.setObjectName("welcomeStartButton")
        self.later_button = buttons.addButton(
            self.tr("&Later"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.later_button.setObjectName("welcomeLaterButton")
        buttons.accepted.connect(self.start)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.demo_check)
        layout.addWidget(demo_note)
        layout.addWidget(self.form_error)
        layout.addWidget(buttons)

    def start(self) -> None:
        clear_errors(self.errors)
        self.form_error.clear_error()
        name = self.name_edit.text().strip()
        if not name:
            self.errors["name"].show_error(
                self.tr("Type your library's name, or press Later to skip.")
            )
            self.name_edit.setFocus()
            grow_to_fit(self.errors["name"])
            return
        try:
            profile = self._library.profile()
            self._library.save(replace(profile, name=name, branch=self.branch_edit.text()))
        except ValidationError as exc:
            show_problems(exc, self.errors, self.fields, self.form_error)
            return
        except ServiceError as exc:
            prompts.error(self, self.tr("Not saved"), error_text(exc))
            return
        added = 0
        if self.demo_check.isChecked() and self._demo_loader is not None:
            try:
                added = self._demo_loader(self._demo_language)
            except ServiceError as exc:
                prompts.error(self, self.tr("Demo data not loaded"), error_text(exc))
        self.answer = WelcomeAnswer(name, added)
        self.accept()


def run_welcome(dialog: WelcomeDialog) -> WelcomeAnswer | None:
    """Runs the dialog modally; tests replace this."""
    dialog.exec()
    return dialog.answer


def _answered_key(database: str) -> str:
    """One "answered" flag per database: a new, empty data folder on the
    same computer gets its welcome too."""
    if not database:
        return WELCOME_DONE
    import hashlib

    return f"{WELCOME_DONE}/{hashlib.sha1(database.encode('utf-8')).hexdigest()[:16]}"


def needs_welcome(
    library: LibraryService, database_is_empty: Callable[[], bool], database: str = ""
) -> bool:
    if bool_value(QSettings(), _answered_key(database), False):
        return False
    return database_is_empty() and not library.profile().name


def maybe_welcome(
    parent: QWidget | None,
    library: LibraryService,
    demo_loader: DemoLoader | None,
    database_is_empty: Callable[[], bool],
    database: str = "",
) -> WelcomeAnswer | None:
    """Show the welcome when this is a first start; remember it was answered
    (for `database`, the URL of the data it was asked about)."""
    if not needs_welcome(library, database_is_empty, database):
        return None
    from PySide6.QtCore import QLocale

    language = RUSSIAN if QLocale().language() == QLocale.Language.Russian else "en"
    answer = run_welcome(WelcomeDialog(library, demo_loader, language, parent))
    settings = QSettings()
    settings.setValue(_answered_key(database), True)
    settings.sync()
    return answer
