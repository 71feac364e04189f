"""The library page's contact person (the one name a partner writes to) and
the logo, picked from a file and kept in the database: a small preview, the
file's name and "Remove logo". Settings builds its page and hands the form
here, so the dialog itself only asks this for a draft and for the logo."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from collabdesk.services.errors import ServiceError, ValidationError
from collabdesk.ui.shell.settings_pickers import choose_logo_file
from collabdesk.ui.widgets.error_label import ErrorLabel, plain_label
from collabdesk.ui.widgets.form_support import with_error
from collabdesk.ui.widgets.labels import labelled_row
from collabdesk.ui.widgets.named import named

if TYPE_CHECKING:  # services.library loads SQLAlchemy: not before the first paint
    from collabdesk.services.library import LibraryService, Logo, ProfileDraft

translate = QCoreApplication.translate  # literal arguments: pyside6-lupdate finds them
PREVIEW = 48  # pixels: enough to recognise the logo, small beside the fields
CONTACT_FIELDS = ("contact_name", "contact_role", "contact_phone", "contact_email")


class LibraryContactFields:
    """Adds its rows to the library form and registers each field and error
    line in `fields`/`errors`, so the service's problems land beside them."""

    def __init__(
        self, form: QFormLayout, errors: dict[str, ErrorLabel], fields: dict[str, QWidget]
    ) -> None:
        self._errors = errors
        self.edits: dict[str, QLineEdit] = {}
        captions = {
            "contact_name": translate("SettingsDialog", "Con&tact person:"),
            "contact_role": translate("SettingsDialog", "Their &role:"),
            "contact_phone": translate("SettingsDialog", "Their ph&one:"),
            "contact_email": translate("SettingsDialog", "Their e-&mail:"),
        }
        hints = {
            "contact_name": translate("SettingsDialog", "e.g. Anna Petrova"),
            "contact_role": translate("SettingsDialog", "e.g. Deputy director, partnerships"),
            "contact_phone": "+7 495 123-45-67",
            "contact_email": "anna.petrova@library.example.org",
        }
        for field in CONTACT_FIELDS:
            name = "".join(part.title() for part in field.split("_"))
            edit = named(QLineEdit(), name[0].lower() + name[1:] + "Edit")
            edit.setPlaceholderText(hints[field])
            edit.setMaxLength(1000)  # the service says how long is too long
            self.edits[field] = edit
            fields[field] = edit
            errors[field] = ErrorLabel(f"{edit.objectName()}Error")
            labelled_row(form, captions[field], edit, with_error(edit, errors[field]))
        self.logo = LogoPicker()
        fields["logo"] = self.logo.choose
        errors["logo"] = self.logo.error
        labelled_row(form, translate("SettingsDialog", "&Logo:"), self.logo.choose, self.logo)

    def load(self, profile: ProfileDraft, logo: Logo | None) -> None:
        for field, edit in self.edits.items():
            edit.setText(getattr(profile, field))
            edit.setCursorPosition(0)
        self._logo_path = profile.logo_path
        self.logo.show_logo(logo)

    def draft(self, base: ProfileDraft) -> ProfileDraft:
        """`base` with the contact person as typed; the logo is saved apart."""
        typed = {field: edit.text() for field, edit in self.edits.items()}
        return replace(base, logo_path=getattr(self, "_logo_path", ""), **typed)

    def save_logo(self, library: LibraryService) -> bool:
        """Keep a newly picked logo, or remove it; False (and the reason
        beside the logo) when the service refused."""
        if not self.logo.changed:
            return True
        try:
            library.keep_logo(self.logo.chosen, self.logo.source)
        except ServiceError as exc:
            self.logo.error.show_error(exc)
            return False
        self.logo.changed = False
        return True


class LogoPicker(QWidget):
    """Preview, file name, "Choose…" and "Remove logo"; the file is read
    when picked (a refused one says why at once) and kept only on Save."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("logoPicker")
        self.chosen: Logo | None = None
        self.source = ""
        self.changed = False
        self.preview = named(QLabel(), "logoPreview")
        self.preview.setFixedSize(PREVIEW, PREVIEW)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("border: 1px solid palette(mid);")
        self.name_label = named(plain_label(wrap=False), "logoNameLabel")
        self.choose = named(QPushButton(translate("SettingsDialog", "Choose…")), "chooseLogoButton")
        self.choose.clicked.connect(self.pick)
        self.remove = named(
            QPushButton(translate("SettingsDialog", "Remove logo")), "removeLogoButton"
        )
        self.remove.setAccessibleName(translate("SettingsDialog", "Remove logo"))
        self.remove.clicked.connect(self.drop)
        self.error = ErrorLabel("logoError")
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.preview)
        row.addWidget(self.name_label, 1)
        row.addWidget(self.choose)
        row.addWidget(self.remove)
        holder = QWidget()
        holder.setLayout(row)
        box = with_error(holder, self.error)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(box)

    def show_logo(self, logo: Logo | None) -> None:
        self.chosen = logo
        pixmap = QPixmap()
        if logo is not None and pixmap.loadFromData(logo.data):
            size = PREVIEW - 4
            mode = Qt.TransformationMode.SmoothTransformation
            scaled = pixmap.scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio, mode)
            self.preview.setPixmap(scaled)
        else:
            self.preview.clear()
        none = translate("SettingsDialog", "No logo: pitches show the library's name alone.")
        self.name_label.setText(logo.name if logo is not None else none)
        self.preview.setAccessibleName(
            translate("SettingsDialog", "Logo preview") if logo is not None else none
        )
        self.remove.setEnabled(logo is not None)

    def pick(self) -> None:
        from collabdesk.services.library import read_logo

        start = self.source or str(Path.home())
        path = choose_logo_file(self, start)
        if path is None:
            return
        try:
            logo = read_logo(Path(path))
        except ValidationError as exc:
            self.error.show_error(exc)
            return
        self.error.clear_error()
        self.source, self.changed = path, True
        self.show_logo(logo)

    def drop(self) -> None:
        self.error.clear_error()
        self.source, self.changed = "", True
        self.show_logo(None)
