"""Settings: language, the library's profile, the data folder, backups and
money. The profile goes to the database (pitches print it); everything
that belongs to this computer goes to QSettings (app_settings keys).

File, colour and folder pickers (settings_pickers) are called through this
module's names, so tests replace them here; nothing blocks on a native
dialog in a test run.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from collabdesk.services.errors import ServiceError, ValidationError, fill
from collabdesk.ui.shell import restart
from collabdesk.ui.shell.app_settings import (
    BACKUP_DEFAULTS,
    BACKUP_KEEP_DAILY,
    BACKUP_KEEP_MONTHLY,
    BACKUP_KEEP_WEEKLY,
    BACKUP_ON_CLOSE,
    bool_value,
    int_value,
)
from collabdesk.ui.shell.i18n import (
    CURRENCIES,
    CURRENCY_KEY,
    ENGLISH,
    LANGUAGE_KEY,
    RUSSIAN,
    SYSTEM,
    chosen_language,
    currency_symbol,
    default_currency,
)
from collabdesk.ui.shell.settings_pickers import (
    choose_colour,
    choose_logo_file,
    is_readable_picture,
    open_folder,
)
from collabdesk.ui.shell.unit_forms import add_units_tab
from collabdesk.ui.widgets import prompts
from collabdesk.ui.widgets.error_label import ErrorLabel, plain_label
from collabdesk.ui.widgets.form_support import clear_errors, show_problems, with_error
from collabdesk.ui.widgets.labels import labelled_row
from collabdesk.ui.widgets.named import named
from collabdesk.ui.widgets.service_text import error_text

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from collabdesk.services.library import LibraryService, ProfileDraft
    from collabdesk.ui.shell.main_window import MainWindow

translate = QCoreApplication.translate  # literal arguments: pyside6-lupdate finds them


class SettingsDialog(QDialog):
    def __init__(
        self,
        library: LibraryService | None,
        data_dir: Path | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(600)
        self._library = library
        self._data_dir = data_dir
        self._settings = QSettings()
        self.language_changed = False
        self.restart_requested = False  # "Restart now" after a language change
        self.tabs = named(QTabWidget(), "settingsTabs")
        self.tabs.addTab(self._general_tab(), self.tr("General"))
        self.tabs.addTab(self._library_tab(), self.tr("Library"))
        self.tabs.addTab(self._data_tab(), self.tr("Data and backups"))
        add_units_tab(self.tabs, parent)  # Settings ▸ Units: ui/shell/unit_forms.py
        self.form_error = ErrorLabel("settingsError")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.form_error)
        layout.addWidget(buttons)
        self._load()

    # --- building -------------------------------------------------------------
    def _general_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.language_combo = named(QComboBox(), "languageCombo")
        self.language_combo.addItem(self.tr("As the system"), SYSTEM)
        self.language_combo.addItem("Русский", RUSSIAN)  # each language in its own name
        self.language_combo.addItem("English", ENGLISH)
        labelled_row(form, self.tr("&Language:"), self.language_combo)
        note = self._note(self.tr("A new language applies when CollabDesk starts again."))
        form.addRow("", note)
        self.currency_combo = named(QComboBox(), "currencyCombo")
        for code in CURRENCIES:
            self.currency_combo.addItem(f"{code} ({currency_symbol(code)})", code)
        labelled_row(form, self.tr("Default &currency:"), self.currency_combo)
        from collabdesk.ui.meeting.meeting_pin import PinField

        self.meeting_pin = PinField(form)  # protects leaving meeting mode
        return page

    def _library_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.errors: dict[str, ErrorLabel] = {}
        self.fields: dict[str, QWidget] = {}

        def line(field: str, name: str, placeholder: str = "") -> QLineEdit:
            edit = named(QLineEdit(), name)
            edit.setPlaceholderText(placeholder)
            edit.setMaxLength(1000)
            self.fields[field] = edit
            self.errors[field] = ErrorLabel(f"{name}Error")
            return edit

        self.name_edit = line("name", "libraryNameEdit", self.tr("e.g. Central City Library"))
        self.branch_edit = line("branch", "libraryBranchEdit", self.tr("e.g. Children's branch"))
        self.city_edit = line("city", "libraryCityEdit")
        self.website_edit = line("website", "libraryWebsiteEdit", "library.example.org")
        self.email_edit = line("email", "libraryEmailEdit", "partners@library.example.org")
        self.phone_edit = line("phone", "libraryPhoneEdit", "+7 495 123-45-67")
        for text, field in (
            (self.tr("&Name:"), "name"),
            (self.tr("&Branch:"), "branch"),
            (self.tr("C&ity:"), "city"),
            (self.tr("&Website:"), "website"),
            (self.tr("&E-mail:"), "email"),
            (self.tr("P&hone:"), "phone"),
        ):
            edit = self.fields[field]
            labelled_row(form, text, edit, with_error(edit, self.errors[field]))

        self.logo_edit = line("logo_path", "logoPathEdit", self.tr("PNG, JPEG or SVG file"))
        browse = named(QPushButton(self.tr("Choose…")), "chooseLogoButton")
        browse.setAccessibleName(self.tr("Choose the logo file"))
        browse.clicked.connect(self.pick_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_edit, 1)
        logo_row.addWidget(browse)
        logo_box = QWidget()
        logo_box.setLayout(logo_row)
        logo_row.setContentsMargins(0, 0, 0, 0)
        labelled_row(
            form, self.tr("&Logo:"), self.logo_edit, with_error(logo_box, self.errors["logo_path"])
        )

        self.colour_button = named(QPushButton(), "brandColourButton")
        self.colour_button.clicked.connect(self.pick_colour)
        self.errors["brand_colour"] = ErrorLabel("brandColourError")
        self.fields["brand_colour"] = self.colour_button
        labelled_row(
            form,
            self.tr("Brand &colour:"),
            self.colour_button,
            with_error(self.colour_button, self.errors["brand_colour"]),
        )
        self.pitch_language_combo = named(QComboBox(), "pitchLanguageCombo")
        self.pitch_language_combo.addItem(self.tr("Russian"), RUSSIAN)
        self.pitch_language_combo.addItem(self.tr("English"), ENGLISH)
        labelled_row(form, self.tr("&Pitches are written in:"), self.pitch_language_combo)
        form.addRow(
            "", self._note(self.tr("Pitches print the name, logo, colour, e-mail and phone."))
        )
        if self._library is None:
            page.setEnabled(False)
            form.addRow("", self._note(self.tr("The library profile opens with the data.")))
        return page

    def _data_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        folder_text = str(self._data_dir) if self._data_dir is not None else self.tr("(not set)")
        self.folder_label = named(plain_label(folder_text), "dataFolderLabel")
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_folder_button = named(QPushButton(self.tr("&Open folder")), "openFolderButton")
        self.open_folder_button.setEnabled(self._data_dir is not None)
        self.open_folder_button.clicked.connect(self.show_folder)
        form.addRow(self.tr("Data folder:"), self.folder_label)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.open_folder_button)
        folder_row.addStretch(1)
        form.addRow("", folder_row)

        def spin(name: str, maximum: int) -> QSpinBox:
            box = named(QSpinBox(), name)
            box.setRange(0, maximum)
            return box

        self.keep_daily = spin("keepDailySpin", 60)
        self.keep_weekly = spin("keepWeeklySpin", 52)
        self.keep_monthly = spin("keepMonthlySpin", 120)
        labelled_row(form, self.tr("Keep &daily backups:"), self.keep_daily)
        labelled_row(form, self.tr("Keep &weekly backups:"), self.keep_weekly)
        labelled_row(form, self.tr("Keep &monthly backups:"), self.keep_monthly)
        self.backup_on_close = named(
            QCheckBox(self.tr("Make a backup when CollabDesk closes")), "backupOnCloseCheck"
        )
        form.addRow("", self.backup_on_close)
        form.addRow("", self._note(self.tr("0 keeps none of that kind.")))
        return page

    def _note(self, text: str) -> QLabel:
        label = plain_label(text)
        label.setStyleSheet("color: palette(placeholder-text);")
        return label

    # --- values ---------------------------------------------------------------
    def _load(self) -> None:
        settings = self._settings
        self._select(self.language_combo, chosen_language(settings))
        self._select(self.currency_combo, default_currency(settings))
        for box, key in (
            (self.keep_daily, BACKUP_KEEP_DAILY),
            (self.keep_weekly, BACKUP_KEEP_WEEKLY),
            (self.keep_monthly, BACKUP_KEEP_MONTHLY),
        ):
            box.setValue(int_value(settings, key, BACKUP_DEFAULTS[key]))
        self.backup_on_close.setChecked(bool_value(settings, BACKUP_ON_CLOSE, True))
        profile = self._library.profile() if self._library is not None else None
        if profile is not None:
            self.name_edit.setText(profile.name)
            self.branch_edit.setText(profile.branch)
            self.city_edit.setText(profile.city)
            self.website_edit.setText(profile.website)
            self.email_edit.setText(profile.email)
            self.phone_edit.setText(profile.phone)
            self.logo_edit.setText(profile.logo_path)
            self._select(self.pitch_language_combo, profile.default_language)
            for edit in (self.name_edit, self.branch_edit, self.city_edit, self.website_edit):
                edit.setCursorPosition(0)  # show the start of a long name
        self.set_colour(profile.brand_colour if profile is not None else "#1F5C99")

    @staticmethod
    def _select(combo: QComboBox, value: object) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(max(index, 0))

    def set_colour(self, colour: str) -> None:
        self.brand_colour = colour
        self.colour_button.setText(colour)
        self.colour_button.setAccessibleDescription(colour)
        text = "#000000" if QColor(colour).lightness() > 140 else "#FFFFFF"
        self.colour_button.setStyleSheet(f"background-color: {colour}; color: {text};")

    def pick_colour(self) -> None:
        chosen = choose_colour(self, self.brand_colour)
        if chosen is not None:
            self.set_colour(chosen)

    def pick_logo(self) -> None:
        start = self.logo_edit.text() or str(Path.home())
        chosen = choose_logo_file(self, start)
        if chosen is not None:
            self.logo_edit.setText(chosen)

    def show_folder(self) -> None:
        if self._data_dir is None:
            return
        try:
            opened = open_folder(self._data_dir)
        except OSError as exc:
            opened = False
            reason = exc.strerror or error_text(exc)
        else:
            reason = ""
        if not opened:
            prompts.error(
                self,
                self.tr("Cannot open the folder"),
                fill(
                    self.tr("The data folder %1 could not be opened. %2"),
                    [str(self._data_dir), reason],
                ),
            )

    def draft(self) -> ProfileDraft:
        from collabdesk.services.library import ProfileDraft

        return ProfileDraft(
            name=self.name_edit.text(),
            branch=self.branch_edit.text(),
            city=self.city_edit.text(),
            website=self.website_edit.text(),
            email=self.email_edit.text(),
            phone=self.phone_edit.text(),
            brand_colour=self.brand_colour,
            logo_path=self.logo_edit.text().strip(),
            default_language=self.pitch_language_combo.currentData(),
        )

    def save(self) -> None:
        """Check and save the profile first; the local settings only when it was saved."""
        clear_errors(self.errors)
        self.form_error.clear_error()
        if self.meeting_pin.problem() is not None:  # a PIN that is not 4 to 12 digits
            self.tabs.setCurrentIndex(0)
            return
        if self._library is not None:
            draft = self.draft()
            if draft.logo_path and not is_readable_picture(draft.logo_path):
                self.errors["logo_path"].show_error(
                    self.tr("This file is missing or is not a picture (use PNG, JPEG or SVG).")
                )
                self.tabs.setCurrentIndex(1)
                self.logo_edit.setFocus()
                return
            try:
                self._library.save(draft)
            except ValidationError as exc:
                self.tabs.setCurrentIndex(1)
                show_problems(exc, self.errors, self.fields, self.form_error)
                return
            except ServiceError as exc:
                prompts.error(self, self.tr("Settings not saved"), error_text(exc))
                return
        settings = self._settings
        self.language_changed = self.language_combo.currentData() != chosen_language(settings)
        settings.setValue(LANGUAGE_KEY, self.language_combo.currentData())
        settings.setValue(CURRENCY_KEY, self.currency_combo.currentData())
        settings.setValue(BACKUP_KEEP_DAILY, self.keep_daily.value())
        settings.setValue(BACKUP_KEEP_WEEKLY, self.keep_weekly.value())
        settings.setValue(BACKUP_KEEP_MONTHLY, self.keep_monthly.value())
        settings.setValue(BACKUP_ON_CLOSE, self.backup_on_close.isChecked())
        self.meeting_pin.save()  # a salted hash, never the PIN
        settings.sync()
        if self.language_changed:
            self.restart_requested = self.ask_restart()
        self.accept()

    def ask_restart(self) -> bool:
        """Offer to start again now in the new language, rather than asking
        the person to close and reopen the program themselves."""
        answer = prompts.choose(
            self,
            self.tr("Language"),
            self.tr(
                "The new language applies when CollabDesk starts again. "
                "Restart now? Your work is saved."
            ),
            [("restart", self.tr("&Restart now")), ("later", self.tr("&Later"))],
        )
        return answer == "restart"


def run_dialog(dialog: SettingsDialog) -> bool:
    """Run the dialog modally; True when saved. Tests replace this."""
    return dialog.exec() == QDialog.DialogCode.Accepted


def edit_settings(
    parent: QWidget | None, library: LibraryService | None, data_dir: Path | None
) -> bool:
    """Run the dialog; True when the settings were saved. After a language
    change the person may ask to restart: the program then closes its
    window and starts again with the same arguments."""
    dialog = SettingsDialog(library, data_dir, parent)
    saved = run_dialog(dialog)
    if saved and dialog.restart_requested and parent is not None:
        restart.request_restart(parent.window())
    return saved


def install_settings_action(window: MainWindow) -> QAction:
    """Add File ▸ Settings… (the application menu's Preferences on macOS) to the
    main window, just above Quit."""
    from PySide6.QtGui import QAction, QKeySequence

    action = QAction(translate("SettingsDialog", "&Settings…"), window)
    action.setObjectName("settingsAction")
    action.setShortcut(QKeySequence(QKeySequence.StandardKey.Preferences))
    action.setMenuRole(QAction.MenuRole.PreferencesRole)

    def run() -> None:
        desk = window.desk
        edit_settings(window, desk.library if desk is not None else None, window.data_dir)

    action.triggered.connect(lambda _checked=False: run())
    window.menus.file.insertAction(window.menus.quit_action, action)
    return action
