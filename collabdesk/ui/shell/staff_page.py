"""Settings ▸ Staff: the library's named staff (issue 19) in a table, a
form to add or change one, deactivate or remove them, and choose who sits
at this computer. The branch column and picker appear only when the library
has several branches. Every rule is the service's (services/staff.py);
each change is saved at once, as Settings ▸ Units does."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from collabdesk.domain.message import fill
from collabdesk.services.errors import ServiceError, ValidationError
from collabdesk.services.staff import StaffDraft, StaffRecord
from collabdesk.services.staff_identity import current_staff_id
from collabdesk.ui.widgets.error_label import ErrorLabel, plain_label
from collabdesk.ui.widgets.form_support import caption_row, clear_errors, show_problems, with_error
from collabdesk.ui.widgets.named import named
from collabdesk.ui.widgets.record_list_model import RecordListModel

if TYPE_CHECKING:
    from collabdesk.services.staff import StaffService

translate = QCoreApplication.translate  # literal arguments: lupdate finds them


class StaffTableModel(RecordListModel[StaffRecord]):
    """Name, position, [branch], contact, login, and what marks them."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.show_branch = False
        self.me: int | None = None

    def columns(self) -> tuple[str, ...]:
        keys = ("name", "position", "branch", "email", "phone", "login", "note")
        return tuple(k for k in keys if k != "branch" or self.show_branch)

    def titles(self) -> tuple[str, ...]:
        names = {
            "name": self.tr("Name"),
            "position": self.tr("Position"),
            "branch": self.tr("Branch"),
            "email": self.tr("E-mail"),
            "phone": self.tr("Phone"),
            "login": self.tr("Login"),
            "note": self.tr("Note"),
        }
        return tuple(names[k] for k in self.columns())

    def cell(self, item: StaffRecord, column: int, role: int) -> Any:
        key = self.columns()[column]
        if role == Qt.ItemDataRole.ForegroundRole and not item.active:
            from PySide6.QtGui import QColor

            return QColor("#6b6b6b")
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if key == "note":
            notes = [
                text
                for text, on in (
                    (self.tr("me"), item.id == self.me),
                    (self.tr("coordinator"), item.is_coordinator and self.show_branch),
                    (self.tr("inactive"), not item.active),
                )
                if on
            ]
            return ", ".join(notes)
        if key == "branch":
            if item.branch_id is None:
                return self.tr("whole system")
            return item.branch_name or translate("StaffPage", "(unnamed branch)")
        return str(getattr(item, key))


class StaffPage(QWidget):
    """The staff list with its form; saves each change at once."""

    def __init__(
        self, staff: StaffService, data_dir: Path | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("staffPage")
        self._staff = staff
        self._data_dir = data_dir
        self._editing: StaffRecord | None = None
        self.model = StaffTableModel(self)
        self.table = named(QTableView(), "staffTable")
        self.table.setAccessibleName(self.tr("Staff"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._load_selected())

        form = QFormLayout()
        self.errors: dict[str, ErrorLabel] = {}
        self.fields: dict[str, QWidget] = {}

        def line(field: str, caption: str, limit: int) -> QLineEdit:
            edit = named(QLineEdit(), f"staff{field.title().replace('_', '')}Edit")
            edit.setMaxLength(limit)
            self.fields[field] = edit
            self.errors[field] = ErrorLabel(f"staff{field.title()}Error")
            caption_row(form, caption, with_error(edit, self.errors[field]), edit)
            return edit

        self.name_edit = line("name", self.tr("&Name:"), 10_000)  # the service says what fits
        self.position_edit = line("position", self.tr("&Position:"), 10_000)
        self.email_edit = line("email", self.tr("&E-mail:"), 10_000)
        self.phone_edit = line("phone", self.tr("P&hone:"), 10_000)
        self.branch_combo = named(QComboBox(), "staffBranchCombo")
        self.errors["branch_id"] = ErrorLabel("staffBranchError")
        self.fields["branch_id"] = self.branch_combo
        self._form = form
        self.branch_box = with_error(self.branch_combo, self.errors["branch_id"])
        caption_row(form, self.tr("&Branch:"), self.branch_box, self.branch_combo)
        self.login_edit = line("login", self.tr("&Login:"), 10_000)
        self.login_edit.setPlaceholderText(
            self.tr("the computer login, to recognise them at start")
        )
        self.coordinator_check = named(
            QCheckBox(self.tr("&Coordinates the whole system")), "staffCoordinatorCheck"
        )
        form.addRow("", self.coordinator_check)

        self.new_button = named(QPushButton(self.tr("&New")), "staffNewButton")
        self.save_button = named(QPushButton(self.tr("&Save person")), "staffSaveButton")
        self.active_button = named(QPushButton(self.tr("&Deactivate")), "staffActiveButton")
        self.remove_button = named(QPushButton(self.tr("&Remove")), "staffRemoveButton")
        self.me_button = named(QPushButton(self.tr("This is &me")), "staffMeButton")
        self.new_button.clicked.connect(self.start_new)
        self.save_button.clicked.connect(self.save)
        self.active_button.clicked.connect(self.toggle_active)
        self.remove_button.clicked.connect(self.remove)
        self.me_button.clicked.connect(self.choose_me)
        buttons = QHBoxLayout()
        for button in (
            self.new_button,
            self.save_button,
            self.active_button,
            self.remove_button,
            self.me_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.me_label = named(plain_label(wrap=True), "staffMeLabel")
        self.error = ErrorLabel("staffError")

        layout = QVBoxLayout(self)
        layout.addWidget(self.me_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        self.reload()

    # --- reading ------------------------------------------------------------------------
    def reload(self, select_id: int | None = None) -> None:
        try:
            records = self._staff.all()
            branches = self._staff.branches()
        except ServiceError as exc:
            self.error.show_error(exc)
            return
        several = len(branches) > 1
        self.model.show_branch = several
        self.model.me = current_staff_id(self._data_dir)
        self.model.set_items(records)
        self._fit_columns()
        self.branch_combo.clear()
        self.branch_combo.addItem(self.tr("The whole system"), None)
        for branch_id, name in branches:
            self.branch_combo.addItem(name or self.tr("(unnamed branch)"), branch_id)
        # A single library sees no branch and no "whole system" at all.
        self._form.setRowVisible(self.branch_box, several)
        self._form.setRowVisible(self.coordinator_check, several)
        me = next((r for r in records if r.id == self.model.me), None)
        self.me_label.setText(
            fill(self.tr("At this computer: %1"), [me.name])
            if me is not None
            else self.tr("Nobody is chosen at this computer yet: select yourself and press "
                         "“This is me”, or add yourself.")
        )  # fmt: skip
        row = next((i for i, r in enumerate(records) if r.id == select_id), None)
        if row is not None:
            self.table.setCurrentIndex(self.model.index(row, 0))
        else:
            self.start_new()

    def _fit_columns(self) -> None:
        """Each column as wide as its text, within reason; the last takes the rest."""
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount() - 1):
            width = self.table.columnWidth(column)
            self.table.setColumnWidth(column, max(90, min(width + 12, 280)))
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)

    def selected(self) -> StaffRecord | None:
        index = self.table.currentIndex()
        return self.model.item(index.row()) if index.isValid() else None

    def _load_selected(self) -> None:
        record = self.selected()
        self._editing = record
        draft = record.to_draft() if record is not None else StaffDraft(name="")
        self._fill(draft)
        self._update_buttons()

    def _fill(self, draft: StaffDraft) -> None:
        clear_errors(self.errors)
        self.error.clear_error()
        self.name_edit.setText(draft.name)
        self.position_edit.setText(draft.position)
        self.email_edit.setText(draft.email)
        self.phone_edit.setText(draft.phone)
        self.login_edit.setText(draft.login)
        self.coordinator_check.setChecked(draft.is_coordinator)
        self.branch_combo.setCurrentIndex(max(self.branch_combo.findData(draft.branch_id), 0))
        for edit in (self.name_edit, self.position_edit):
            edit.setCursorPosition(0)

    def _update_buttons(self) -> None:
        record = self._editing
        self.save_button.setText(self.tr("&Save person") if record else self.tr("&Add person"))
        for button in (self.active_button, self.remove_button, self.me_button):
            button.setEnabled(record is not None)
        active = record is None or record.active
        self.active_button.setText(self.tr("&Deactivate") if active else self.tr("&Activate"))
        self.me_button.setEnabled(record is not None and self._data_dir is not None)

    def draft(self) -> StaffDraft:
        several = self.branch_box.isVisibleTo(self)  # hidden in a single library
        return StaffDraft(
            name=self.name_edit.text(),
            position=self.position_edit.text(),
            email=self.email_edit.text(),
            phone=self.phone_edit.text(),
            branch_id=self.branch_combo.currentData() if several else _only(self),
            login=self.login_edit.text(),
            is_coordinator=self.coordinator_check.isChecked(),
        )

    # --- actions ------------------------------------------------------------------------
    def start_new(self) -> None:
        self.table.clearSelection()
        self.table.setCurrentIndex(self.model.index(-1, -1))
        self._editing = None
        self._fill(StaffDraft(name=""))
        self._update_buttons()

    def save(self) -> None:
        record = self._editing
        try:
            if record is None:
                saved = self._staff.add(self.draft())
            else:
                saved = self._staff.update(record.id, self.draft(), record.version_id)
        except ValidationError as exc:
            show_problems(exc, self.errors, self.fields, self.error)
            return
        except ServiceError as exc:
            self.error.show_error(exc)
            return
        self.reload(saved.id)

    def toggle_active(self) -> None:
        record = self._editing
        if record is None:
            return
        try:
            self._staff.set_active(record.id, not record.active)
        except ServiceError as exc:
            self.error.show_error(exc)
            return
        self.reload(record.id)

    def remove(self) -> None:
        record = self._editing
        if record is None:
            return
        try:
            self._staff.remove(record.id)
        except ServiceError as exc:  # owns promises: the words offer deactivation
            self.error.show_error(exc)
            return
        self.reload()

    def choose_me(self) -> None:
        record, data_dir = self._editing, self._data_dir
        if record is None or data_dir is None:
            return
        from collabdesk.services.staff_me import choose

        try:
            choose(self._staff, data_dir, record.id)
        except (ServiceError, OSError) as exc:
            self.error.show_error(exc if isinstance(exc, ServiceError) else str(exc))
            return
        from collabdesk.ui.operations.changes import ChangeChannel, Changes

        channel = ChangeChannel.of(self)
        if channel is not None:
            channel.announce(Changes.of("my_name"))
        self.reload(record.id)


def _only(page: StaffPage) -> int | None:
    """A single library's one branch: a new person belongs to it."""
    if page._editing is not None:
        return page._editing.branch_id
    data = page.branch_combo.itemData(1) if page.branch_combo.count() > 1 else None
    return int(data) if data is not None else None


def add_staff_tab(tabs: QTabWidget, parent: QWidget | None, data_dir: Path | None) -> None:
    """Settings ▸ Staff, when the window has a database open."""
    desk = getattr(parent.window(), "desk", None) if parent is not None else None
    staff = getattr(desk, "staff", None)
    if staff is not None:
        tabs.addTab(StaffPage(staff, data_dir), translate("StaffPage", "Staff"))
