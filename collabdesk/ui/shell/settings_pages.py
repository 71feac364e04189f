"""The Settings dialog's pages, built onto the dialog (settings_dialog.py),
which keeps their fields as attributes and loads and saves their values.
Texts keep the dialog's translation context."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from collabdesk.ui.shell.i18n import CURRENCIES, ENGLISH, RUSSIAN, SYSTEM, currency_symbol
from collabdesk.ui.shell.library_contact_fields import LibraryContactFields
from collabdesk.ui.widgets.error_label import ErrorLabel, plain_label
from collabdesk.ui.widgets.form_support import with_error
from collabdesk.ui.widgets.labels import labelled_row
from collabdesk.ui.widgets.named import named

if TYPE_CHECKING:
    from collabdesk.ui.shell.settings_dialog import SettingsDialog

translate = QCoreApplication.translate  # literal arguments: pyside6-lupdate finds them


def general_page(dialog: SettingsDialog) -> QWidget:
    """Language, currency, the meeting PIN: this computer's own settings."""
    page = QWidget()
    form = QFormLayout(page)
    dialog.language_combo = named(QComboBox(), "languageCombo")
    dialog.language_combo.addItem(translate("SettingsDialog", "As the system"), SYSTEM)
    dialog.language_combo.addItem("Русский", RUSSIAN)  # each language in its own name
    dialog.language_combo.addItem("English", ENGLISH)
    labelled_row(form, translate("SettingsDialog", "&Language:"), dialog.language_combo)
    later = translate("SettingsDialog", "A new language applies when CollabDesk starts again.")
    form.addRow("", note(later))
    dialog.currency_combo = named(QComboBox(), "currencyCombo")
    for code in CURRENCIES:
        dialog.currency_combo.addItem(f"{code} ({currency_symbol(code)})", code)
    labelled_row(form, translate("SettingsDialog", "Default &currency:"), dialog.currency_combo)
    dialog.my_name_edit = named(QLineEdit(), "myNameEdit")  # "me" in My tasks (issue 18)
    dialog.my_name_edit.setMaxLength(200)
    dialog.my_name_edit.setPlaceholderText(translate("SettingsDialog", "e.g. Olga Petrova"))
    labelled_row(form, translate("SettingsDialog", "My &name:"), dialog.my_name_edit)
    form.addRow(
        "",
        note(
            translate(
                "SettingsDialog",
                "You, on the staff list (added if missing): your promises and steps "
                "show in My tasks, and history names you. Kept on this computer.",
            )
        ),
    )
    from collabdesk.ui.meeting.meeting_pin import PinField

    dialog.meeting_pin = PinField(form)  # protects leaving meeting mode
    return page


def library_page(dialog: SettingsDialog, has_library: bool) -> QWidget:
    """The library's profile, as pitches print it (kept in the database)."""
    page = QWidget()
    form = QFormLayout(page)
    dialog.errors = {}
    dialog.fields = {}

    def line(field: str, name: str, placeholder: str = "") -> QLineEdit:
        edit = named(QLineEdit(), name)
        edit.setPlaceholderText(placeholder)
        edit.setMaxLength(1000)
        dialog.fields[field] = edit
        dialog.errors[field] = ErrorLabel(f"{name}Error")
        return edit

    dialog.name_edit = line(
        "name", "libraryNameEdit", translate("SettingsDialog", "e.g. Central City Library")
    )
    dialog.branch_edit = line(
        "branch", "libraryBranchEdit", translate("SettingsDialog", "e.g. Children's branch")
    )
    dialog.city_edit = line("city", "libraryCityEdit")
    dialog.website_edit = line("website", "libraryWebsiteEdit", "library.example.org")
    dialog.email_edit = line("email", "libraryEmailEdit", "partners@library.example.org")
    dialog.phone_edit = line("phone", "libraryPhoneEdit", "+7 495 123-45-67")
    for text, field in (
        (translate("SettingsDialog", "&Name:"), "name"),
        (translate("SettingsDialog", "&Branch:"), "branch"),
        (translate("SettingsDialog", "C&ity:"), "city"),
        (translate("SettingsDialog", "&Website:"), "website"),
        (translate("SettingsDialog", "&E-mail:"), "email"),
        (translate("SettingsDialog", "P&hone:"), "phone"),
    ):
        edit = dialog.fields[field]
        labelled_row(form, text, edit, with_error(edit, dialog.errors[field]))
        if field == "branch":  # a single library's one way to become a system (issue 19)
            dialog.several_branches_button = named(
                QPushButton(translate("SettingsDialog", "This library has several branches…")),
                "severalBranchesButton",
            )
            row = QWidget()
            button_row = QHBoxLayout(row)
            button_row.setContentsMargins(0, 0, 0, 0)
            button_row.addWidget(dialog.several_branches_button)
            button_row.addStretch(1)
            form.addRow("", row)
            form.setRowVisible(row, False)  # shown by branch_settings.install

            def offer(shown: bool, form: QFormLayout = form, row: QWidget = row) -> None:
                form.setRowVisible(row, shown)  # hidden, the row takes no room

            dialog.offer_several_branches = offer

    dialog.contact = LibraryContactFields(form, dialog.errors, dialog.fields)  # and the logo
    from collabdesk.ui.legal.library_legal_row import add_library_legal_row

    add_library_legal_row(form, dialog)  # INN, signatory…: what agreements name (issue 17)
    from collabdesk.ui.collaborations.renewal_lead_field import RenewalLeadField

    dialog.renewal_lead = RenewalLeadField(form, dialog)  # "90, 60, 30" (issue 18)

    dialog.colour_button = named(QPushButton(), "brandColourButton")
    dialog.colour_button.clicked.connect(dialog.pick_colour)
    dialog.errors["brand_colour"] = ErrorLabel("brandColourError")
    dialog.fields["brand_colour"] = dialog.colour_button
    labelled_row(
        form,
        translate("SettingsDialog", "Brand &colour:"),
        dialog.colour_button,
        with_error(dialog.colour_button, dialog.errors["brand_colour"]),
    )
    dialog.pitch_language_combo = named(QComboBox(), "pitchLanguageCombo")
    dialog.pitch_language_combo.addItem(translate("SettingsDialog", "Russian"), RUSSIAN)
    dialog.pitch_language_combo.addItem(translate("SettingsDialog", "English"), ENGLISH)
    labelled_row(
        form, translate("SettingsDialog", "&Pitches are written in:"), dialog.pitch_language_combo
    )
    form.addRow(
        "",
        note(
            translate(
                "SettingsDialog",
                "Pitches print the name, logo, colour, e-mail and phone, and the contact person.",
            )
        ),
    )
    calendar_alarms_row(dialog, form)
    if not has_library:
        page.setEnabled(False)
        form.addRow(
            "", note(translate("SettingsDialog", "The library profile opens with the data."))
        )
    return page


def calendar_alarms_row(dialog: SettingsDialog, form: QFormLayout) -> None:
    """Reminders the exported calendar sets before each date (issue 18)."""
    dialog.alarms_edit = named(QLineEdit(), "calendarAlarmsEdit")
    dialog.alarms_edit.setPlaceholderText("1d,7d")
    dialog.alarms_edit.setMaxLength(60)
    dialog.fields["calendar_alarms"] = dialog.alarms_edit
    dialog.errors["calendar_alarms"] = ErrorLabel("calendarAlarmsError")
    labelled_row(
        form,
        translate("SettingsDialog", "Calen&dar reminders:"),
        dialog.alarms_edit,
        with_error(dialog.alarms_edit, dialog.errors["calendar_alarms"]),
    )
    form.addRow(
        "",
        note(
            translate(
                "SettingsDialog",
                "Before each date in the exported calendar: 1d,7d a day and a week, "
                "2h two hours, 0 none.",
            )
        ),
    )


def data_page(dialog: SettingsDialog, data_dir: Path | None) -> QWidget:
    """Where the data lives, and how many backups are kept."""
    page = QWidget()
    form = QFormLayout(page)
    folder_text = (
        str(data_dir) if data_dir is not None else translate("SettingsDialog", "(not set)")
    )
    dialog.folder_label = named(plain_label(folder_text), "dataFolderLabel")
    dialog.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    dialog.open_folder_button = named(
        QPushButton(translate("SettingsDialog", "&Open folder")), "openFolderButton"
    )
    dialog.open_folder_button.setEnabled(data_dir is not None)
    dialog.open_folder_button.clicked.connect(dialog.show_folder)
    form.addRow(translate("SettingsDialog", "Data folder:"), dialog.folder_label)
    folder_row = QHBoxLayout()
    folder_row.addWidget(dialog.open_folder_button)
    folder_row.addStretch(1)
    form.addRow("", folder_row)

    def spin(name: str, maximum: int) -> QSpinBox:
        box = named(QSpinBox(), name)
        box.setRange(0, maximum)
        return box

    dialog.keep_daily = spin("keepDailySpin", 60)
    dialog.keep_weekly = spin("keepWeeklySpin", 52)
    dialog.keep_monthly = spin("keepMonthlySpin", 120)
    labelled_row(form, translate("SettingsDialog", "Keep &daily backups:"), dialog.keep_daily)
    labelled_row(form, translate("SettingsDialog", "Keep &weekly backups:"), dialog.keep_weekly)
    labelled_row(form, translate("SettingsDialog", "Keep &monthly backups:"), dialog.keep_monthly)
    dialog.backup_on_close = named(
        QCheckBox(translate("SettingsDialog", "Make a backup when CollabDesk closes")),
        "backupOnCloseCheck",
    )
    form.addRow("", dialog.backup_on_close)
    form.addRow("", note(translate("SettingsDialog", "0 keeps none of that kind.")))
    return page


def note(text: str) -> QLabel:
    label = plain_label(text)
    label.setStyleSheet("color: palette(placeholder-text);")
    return label
