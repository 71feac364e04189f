"""Settings: language, the library's profile, the data folder, backups and
money. The profile goes to the database (pitches print it); everything
that belongs to this computer goes to QSettings (app_settings keys).

File, colour and folder pickers (settings_pickers) are called through this
module's names, so tests replace them here; nothing blocks on a native
dialog in a test run.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from collabdesk.services.errors import ServiceError, ValidationError, fill
from collabdesk.ui.shell import restart, settings_pages
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
    CURRENCY_KEY,
    LANGUAGE_KEY,
    chosen_language,
    default_currency,
)
from collabdesk.ui.shell.library_contact_fields import LibraryContactFields
from collabdesk.ui.shell.settings_pickers import (
    choose_colour,
    open_folder,
)
from collabdesk.ui.shell.unit_forms import add_units_tab
from collabdesk.ui.widgets import prompts
from collabdesk.ui.widgets.error_label import ErrorLabel
from collabdesk.ui.widgets.form_support import clear_errors, show_problems
from collabdesk.ui.widgets.named import named
from collabdesk.ui.widgets.service_text import error_text

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from collabdesk.services.library import LibraryService, ProfileDraft
    from collabdesk.services.staff import StaffService
    from collabdesk.ui.collaborations.renewal_lead_field import RenewalLeadField
    from collabdesk.ui.meeting.meeting_pin import PinField
    from collabdesk.ui.shell.main_window import MainWindow

translate = QCoreApplication.translate  # literal arguments: pyside6-lupdate finds them


class SettingsDialog(QDialog):
    """The three pages (settings_pages.py) put their fields here."""

    # General
    language_combo: QComboBox
    currency_combo: QComboBox
    my_name_edit: QLineEdit
    meeting_pin: PinField
    # Library: each profile field with its error label, by the draft's field name
    errors: dict[str, ErrorLabel]
    fields: dict[str, QWidget]
    name_edit: QLineEdit
    branch_edit: QLineEdit  # the home branch's name (issue 19)
    several_branches_button: QPushButton  # a single library becomes a system
    offer_several_branches: Callable[[bool], None]  # shows or hides its row
    branches_page: QWidget  # Settings ▸ Branches, in a system only
    city_edit: QLineEdit
    website_edit: QLineEdit
    email_edit: QLineEdit
    phone_edit: QLineEdit
    contact: LibraryContactFields
    colour_button: QPushButton
    pitch_language_combo: QComboBox
    renewal_lead: RenewalLeadField
    alarms_edit: QLineEdit  # calendar reminders, "1d,7d"
    # Data and backups
    folder_label: QLabel
    open_folder_button: QPushButton
    keep_daily: QSpinBox
    keep_weekly: QSpinBox
    keep_monthly: QSpinBox
    backup_on_close: QCheckBox

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
        desk = getattr(parent.window(), "desk", None) if parent is not None else None
        self._staff: StaffService | None = getattr(desk, "staff", None)
        self._settings = QSettings()
        self.language_changed = False
        self.restart_requested = False  # "Restart now" after a language change
        self.tabs = named(QTabWidget(), "settingsTabs")
        self.tabs.addTab(settings_pages.general_page(self), self.tr("General"))
        self.tabs.addTab(settings_pages.library_page(self, library is not None), self.tr("Library"))
        self.tabs.addTab(settings_pages.data_page(self, data_dir), self.tr("Data and backups"))
        add_units_tab(self.tabs, parent)  # Settings ▸ Units: ui/shell/unit_forms.py
        from collabdesk.ui.shell import branch_settings

        branch_settings.install(self, parent)  # Settings ▸ Branches in a system (issue 19)
        from collabdesk.ui.shell.staff_page import add_staff_tab

        add_staff_tab(self.tabs, parent, data_dir)  # Settings ▸ Staff (issue 19)
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
        # Open as tall as the tallest page asks: Qt sizes the dialog by the
        # first page shown, and the library page's notes were cut off.
        hint = self.sizeHint()
        self.resize(max(hint.width(), self.minimumWidth()), hint.height())

    # --- values ---------------------------------------------------------------
    def _load(self) -> None:
        settings = self._settings
        self._select(self.language_combo, chosen_language(settings))
        self._select(self.currency_combo, default_currency(settings))
        self.my_name_edit.setText(self._my_name())
        if self._staff is not None:  # "My name" picks a staff member (issue 19)
            from PySide6.QtWidgets import QCompleter

            try:
                names = self._staff.names()
            except ServiceError:
                names = []
            completer = QCompleter(names, self.my_name_edit)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            self.my_name_edit.setCompleter(completer)
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
            self.contact.load(profile, self._library.logo() if self._library else None)
            self._select(self.pitch_language_combo, profile.default_language)
            self.alarms_edit.setText(profile.calendar_alarms)
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

        typed = ProfileDraft(
            name=self.name_edit.text(),
            branch=self.branch_edit.text(),
            city=self.city_edit.text(),
            website=self.website_edit.text(),
            email=self.email_edit.text(),
            phone=self.phone_edit.text(),
            brand_colour=self.brand_colour,
            default_language=self.pitch_language_combo.currentData(),
            calendar_alarms=self.alarms_edit.text(),
        )
        return self.contact.draft(typed)

    def save(self) -> None:
        """Check and save the profile first; the local settings only when it was saved."""
        clear_errors(self.errors)
        self.form_error.clear_error()
        if self.meeting_pin.problem() is not None:  # a PIN that is not 4 to 12 digits
            self.tabs.setCurrentIndex(0)
            return
        if self._library is not None:
            draft = self.draft()
            try:
                self._library.save(draft)
            except ValidationError as exc:
                self.tabs.setCurrentIndex(1)
                show_problems(exc, self.errors, self.fields, self.form_error)
                return
            except ServiceError as exc:
                prompts.error(self, self.tr("Settings not saved"), error_text(exc))
                return
            if not self.contact.save_logo(self._library):
                self.tabs.setCurrentIndex(1)
                return
        if not self._save_my_name():
            return
        if not self.renewal_lead.save():
            self.tabs.setCurrentIndex(1)
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

    def _my_name(self) -> str:
        """The staff member chosen here, else the old "My name"."""
        from collabdesk.services.my_name import my_name

        if self._staff is not None:
            from collabdesk.services.staff_me import chosen

            found = chosen(self._staff, self._data_dir)
            if found is not None:
                return found.name
        return my_name(self._data_dir)

    def _save_my_name(self) -> bool:
        """Choose the staff member of that name (added if missing) as the
        person here; My tasks, the banner and history follow."""
        from collabdesk.services.my_name import save_my_name
        from collabdesk.ui.operations.changes import ChangeChannel, Changes

        if self._data_dir is None or self.my_name_edit.text().strip() == self._my_name():
            return True
        try:
            if self._staff is not None:
                from collabdesk.services.staff_me import choose_named

                choose_named(self._staff, self._data_dir, self.my_name_edit.text())
            else:  # no database open: the name waits and becomes staff on opening
                save_my_name(self._data_dir, self.my_name_edit.text())
        except (ServiceError, OSError) as exc:
            self.tabs.setCurrentIndex(0)
            prompts.error(self, self.tr("Settings not saved"), error_text(exc))
            return False
        channel = ChangeChannel.of(self)
        if channel is not None:
            channel.announce(Changes.of("my_name"))
        return True

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

    from collabdesk.ui.widgets.actions import make_action

    def run() -> None:
        desk = window.desk
        edit_settings(window, desk.library if desk is not None else None, window.data_dir)

    action = make_action(
        window,
        translate("SettingsDialog", "&Settings…"),
        "settingsAction",
        run,
        shortcut=QKeySequence.StandardKey.Preferences,
    )
    action.setMenuRole(QAction.MenuRole.PreferencesRole)
    window.menus.file.insertAction(window.menus.quit_action, action)
    return action
