"""The library's own units in the window: Settings ▸ Units (a table of the
words the library added and a form to add one with its plural forms), the
same form as a small dialog, and the quiet hint a unit field shows when
its word has no plural forms yet ("prints as typed", with a button to add
them). The rules of which forms a word needs are the service's
(services/units.py); nothing here decides them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from collabdesk.domain.message import fill
from collabdesk.domain.units import SHIPPED, needs_forms
from collabdesk.services.errors import ServiceError
from collabdesk.ui.widgets.error_label import ErrorLabel, plain_label
from collabdesk.ui.widgets.named import named

if TYPE_CHECKING:
    from collabdesk.services.units import UnitService

CATEGORIES = ("one", "few", "many", "other")
translate = QCoreApplication.translate  # literal arguments: lupdate finds them


class UnitFormsEditor(QWidget):
    """The library's units and a form to add one; each change is saved at once."""

    changed = Signal()

    def __init__(self, units: UnitService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unitFormsEditor")
        self._units = units
        self.table = named(QTableWidget(0, 5), "libraryUnits")
        self.table.setAccessibleName(self.tr("Units the library added"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Language"),
                self.tr("After 1"),
                self.tr("After 2–4"),
                self.tr("After 5"),
                self.tr("Plural / fractions"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.language = named(QComboBox(), "unitLanguage")
        self.language.setEditable(True)
        self.language.setAccessibleName(self.tr("Language of the word"))
        for code, name in (("ru", "Русский"), ("en", "English")):
            self.language.addItem(f"{name} ({code})", code)
        self.language.currentIndexChanged.connect(self._language_changed)
        self.language.editTextChanged.connect(self._language_changed)
        self.forms: dict[str, QLineEdit] = {}
        for category, name in zip(
            CATEGORIES, ("unitOne", "unitFew", "unitMany", "unitOther"), strict=True
        ):
            edit = named(QLineEdit(), name)  # too long is refused with a message, not cut
            self.forms[category] = edit
        self.forms["one"].setAccessibleName(self.tr("The word after 1"))
        self.forms["few"].setAccessibleName(self.tr("The word after 2, 3, 4"))
        self.forms["many"].setAccessibleName(self.tr("The word after 5"))
        self.forms["other"].setAccessibleName(self.tr("The plural"))
        form = QFormLayout()
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(self.tr("After 1 (стенд, stand):"), self.forms["one"])
        form.addRow(self.tr("After 2, 3, 4 (стенда):"), self.forms["few"])
        form.addRow(self.tr("After 5 (стендов):"), self.forms["many"])
        form.addRow(self.tr("Plural (stands):"), self.forms["other"])
        self.error = ErrorLabel("unitFormsError")
        self.add_button = named(QPushButton(self.tr("Add unit")), "addUnitButton")
        self.remove_button = named(QPushButton(self.tr("Remove unit")), "removeUnitButton")
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        note = plain_label(
            fill(
                self.tr(
                    "Quantities print with the unit in the right form: “5 постов”, "
                    "“1 post”. CollabDesk knows %1 common units already; a unit it does "
                    "not know prints as typed until you add its forms here."
                ),
                [str(len(SHIPPED))],
            )
        )
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self._language_changed()
        self.load()

    def language_code(self) -> str:
        """ "ru", "en", or a code typed in the box ("uk")."""
        text = self.language.currentText().strip()
        index = self.language.findText(text)
        data = self.language.itemData(index) if index >= 0 else None
        return data if isinstance(data, str) else text

    def _language_changed(self, *_args: object) -> None:
        english = self.language_code() == "en"
        russian = self.language_code() == "ru"
        self.forms["few"].setEnabled(not english)
        self.forms["many"].setEnabled(not english)
        self.forms["other"].setEnabled(not russian)

    def load(self) -> None:
        records = self._units.all()
        self.table.setRowCount(0)
        for record in records:
            row = self.table.rowCount()
            self.table.insertRow(row)
            cells = (record.language, record.one, record.few, record.many, record.other)
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.remove_button.setEnabled(bool(records))

    def prefill(self, word: str) -> None:
        """Start the form with a word typed elsewhere; Cyrillic means Russian."""
        word = word.strip()
        self.forms["one"].setText(word)
        russian = any("а" <= ch.lower() <= "я" or ch.lower() == "ё" for ch in word)
        self.language.setCurrentIndex(0 if russian else 1)
        self.forms["few" if russian else "other"].setFocus()

    def add(self) -> bool:
        texts = {c: e.text() if e.isEnabled() else "" for c, e in self.forms.items()}
        try:
            self._units.add(self.language_code(), **texts)
        except ServiceError as exc:
            self.error.show_error(exc)
            return False
        self.error.clear_error()
        for edit in self.forms.values():
            edit.clear()
        self.load()
        self.changed.emit()
        return True

    def remove(self) -> None:
        row = self.table.currentRow()
        item = self.table.item(row, 1) if row >= 0 else None
        if item is None:
            return
        try:
            self._units.remove(item.text())
        except ServiceError as exc:
            self.error.show_error(exc)
            return
        self.error.clear_error()
        self.load()
        self.changed.emit()


class UnitFormsDialog(QDialog):
    """Add one word's forms from where it was typed (the hint's button)."""

    def __init__(self, units: UnitService, word: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unitFormsDialog")
        self.setWindowTitle(self.tr("Units"))
        self.editor = UnitFormsEditor(units, self)
        self.editor.prefill(word)
        self.editor.add_button.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor)
        layout.addWidget(buttons)

    def save(self) -> None:
        if self.editor.add():
            self.accept()


def run_forms_dialog(dialog: UnitFormsDialog) -> bool:
    """Run modally; True when a word was added. Tests replace this."""
    return dialog.exec() == QDialog.DialogCode.Accepted


class UnitHint(QWidget):
    """A quiet line under a unit field: the word has no plural forms yet and
    prints as typed, with a button to add them. Hidden otherwise."""

    added = Signal()

    def __init__(self, units: UnitService | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unitHint")
        self._units = units
        self.word = ""
        self.label = plain_label()
        self.label.setStyleSheet("color: palette(placeholder-text);")
        self.button = named(QPushButton(self.tr("Add its forms…")), "addUnitFormsButton")
        self.button.setFlat(True)
        self.button.clicked.connect(self.add_forms)
        self.button.setVisible(units is not None)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.hide()

    def show_for(self, unit: str) -> None:
        self.word = unit.strip()
        if not needs_forms(self.word):
            self.hide()
            return
        self.label.setText(
            fill(self.tr("“%1” has no plural forms yet: it prints as typed."), [self.word[:60]])
        )
        self.show()

    def add_forms(self) -> None:
        if self._units is None or not self.word:
            return
        if run_forms_dialog(UnitFormsDialog(self._units, self.word, self.window())):
            self.show_for(self.word)
            self.added.emit()


def add_units_tab(tabs: QTabWidget, parent: QWidget | None) -> None:
    """Settings ▸ Units, when the window has a database open."""
    desk = getattr(parent.window(), "desk", None) if parent is not None else None
    units = getattr(desk, "units", None)
    if units is not None:
        tabs.addTab(UnitFormsEditor(units), translate("UnitFormsEditor", "Units"))
