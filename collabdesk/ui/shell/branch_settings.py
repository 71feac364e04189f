"""Settings ▸ Branches (issue 19): the branches of a library system as a
list with Add, Edit and Remove, and the form of one branch (address,
contact person and signatory picked from staff, its own colour and logo or
the system's). A single library sees no Branches page: the Library page
offers one small button, "This library has several branches…", which adds
the second branch and brings the page."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from collabdesk.domain.message import fill
from collabdesk.services.errors import ServiceError
from collabdesk.ui.widgets import prompts
from collabdesk.ui.widgets.branch_combo import branch_text
from collabdesk.ui.widgets.error_label import plain_label
from collabdesk.ui.widgets.form_support import error_label, with_error
from collabdesk.ui.widgets.labels import labelled_row
from collabdesk.ui.widgets.named import named
from collabdesk.ui.widgets.record_list_model import RecordListModel
from collabdesk.ui.widgets.service_text import error_text
from collabdesk.ui.widgets.versioned_form import VersionedForm

if TYPE_CHECKING:
    from collabdesk.services.branches import BranchDraft, BranchRecord, BranchService
    from collabdesk.services.library import Logo

translate = QCoreApplication.translate  # literal arguments: pyside6-lupdate finds them


class BranchListModel(RecordListModel["BranchRecord"]):
    NAME, CITY, CONTACT, COLLABORATIONS, STAFF = range(5)

    def titles(self) -> tuple[str, ...]:
        return (
            translate("BranchSettings", "Branch"),
            translate("BranchSettings", "City"),
            translate("BranchSettings", "Contact person"),
            translate("BranchSettings", "Collaborations"),
            translate("BranchSettings", "Staff"),
        )

    def cell(self, item: BranchRecord, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.UserRole:
            return item.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= self.COLLABORATIONS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NAME:
            return ", ".join(x for x in (item.name, item.address, item.city) if x)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            branch_text(item.name),
            item.city,
            item.contact_name,
            str(item.collaborations),
            str(item.staff),
        )[column]


def choose_logo_file(parent: QWidget | None) -> str | None:
    """Through this module's name, so tests replace it."""
    from collabdesk.ui.shell.settings_pickers import choose_logo_file as native

    return native(parent, "")


class BranchForm(VersionedForm):
    """One branch: a new one (record None) or an existing one."""

    def __init__(
        self,
        branches: BranchService,
        record: BranchRecord | None,
        parent: QWidget | None = None,
        intro: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("branchForm")
        self.what = translate("BranchSettings", "branch")
        self.setWindowTitle(
            translate("BranchSettings", "New branch")
            if record is None
            else translate("BranchSettings", "Branch")
        )
        self.setMinimumWidth(520)
        self._branches = branches
        self._record = record
        self.saved: BranchRecord | None = None
        self._logo: Logo | None = None
        self._logo_changed = False
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}

        def line(field: str, caption: str, placeholder: str = "") -> QLineEdit:
            edit = named(QLineEdit(), f"branch_{field}")
            edit.setMaxLength(10_000)  # a longer paste is refused in words, not cut
            edit.setPlaceholderText(placeholder)
            self.fields[field] = edit
            self.errors[field] = error_label(f"branch_{field}Error")
            labelled_row(form, caption, edit, with_error(edit, self.errors[field]))
            return edit

        self.name = line(
            "name",
            translate("BranchSettings", "&Name:"),
            translate("BranchSettings", "e.g. Children's library No. 3"),
        )
        self.address = line("address", translate("BranchSettings", "&Address:"))
        self.city = line("city", translate("BranchSettings", "C&ity:"))
        self.phone = line("phone", translate("BranchSettings", "P&hone:"), "+7 495 123-45-67")
        self.email = line("email", translate("BranchSettings", "&E-mail:"))
        staff = branches.staff_choices()

        def picker(field: str, caption: str) -> QComboBox:
            combo = named(QComboBox(), f"branch_{field}")
            combo.addItem(translate("BranchSettings", "(nobody)"), None)
            for person in staff:
                combo.addItem(person.name, person.id)
            self.fields[field] = combo
            self.errors[field] = error_label(f"branch_{field}Error")
            labelled_row(form, caption, combo, with_error(combo, self.errors[field]))
            return combo

        self.contact = picker("contact_staff_id", translate("BranchSettings", "&Contact person:"))
        self.signatory = picker("signatory_staff_id", translate("BranchSettings", "&Signatory:"))
        if not staff:
            form.addRow(
                "", _note(translate("BranchSettings", "Add staff first to pick them here."))
            )
        self.colour = line(
            "brand_colour",
            translate("BranchSettings", "Brand c&olour:"),
            translate("BranchSettings", "the system's"),
        )
        self.logo_label = named(plain_label(), "branchLogoLabel")
        self.logo_button = named(
            QPushButton(translate("BranchSettings", "&Own logo…")), "branchLogoButton"
        )
        self.logo_button.clicked.connect(self.pick_logo)
        self.system_logo_button = named(
            QPushButton(translate("BranchSettings", "Use the s&ystem's")), "branchSystemLogo"
        )
        self.system_logo_button.clicked.connect(self.drop_logo)
        logo_row = QHBoxLayout()
        logo_row.setContentsMargins(0, 0, 0, 0)
        logo_row.addWidget(self.logo_label, 1)
        logo_row.addWidget(self.logo_button)
        logo_row.addWidget(self.system_logo_button)
        self.errors["logo"] = error_label("branch_logoError")
        logo_box = QWidget()
        logo_box.setLayout(logo_row)
        form.addRow(translate("BranchSettings", "Logo:"), with_error(logo_box, self.errors["logo"]))
        form.addRow(
            "",
            _note(
                translate(
                    "BranchSettings",
                    "Left empty, the colour and the logo are the library system's.",
                )
            ),
        )
        layout = QVBoxLayout(self)
        if intro:
            layout.addWidget(_note(intro))
        layout.addLayout(form)
        layout.addWidget(self._save_buttons("branchFormError"))
        layout.insertWidget(layout.count() - 1, self.form_error)
        if record is not None:
            self._fill(record)
        self._show_logo(record is not None and record.has_own_logo)

    # --- logo --------------------------------------------------------------------
    def _show_logo(self, own: bool) -> None:
        self.logo_label.setText(
            translate("BranchSettings", "its own")
            if own
            else translate("BranchSettings", "the system's")
        )
        self.system_logo_button.setEnabled(own)

    def pick_logo(self) -> None:
        from collabdesk.services.library import read_logo

        chosen = choose_logo_file(self)
        if chosen is None:
            return
        try:
            self._logo = read_logo(Path(chosen))
        except ServiceError as exc:
            self.errors["logo"].setText(error_text(exc))
            self.errors["logo"].show()
            return
        self.errors["logo"].hide()
        self._logo_changed = True
        self._show_logo(True)

    def drop_logo(self) -> None:
        self._logo, self._logo_changed = None, True
        self._show_logo(False)

    # --- the record ----------------------------------------------------------------
    def draft(self) -> BranchDraft:
        from collabdesk.services.branches import BranchDraft

        return BranchDraft(
            name=self.name.text(),
            address=self.address.text(),
            city=self.city.text(),
            phone=self.phone.text(),
            email=self.email.text(),
            contact_staff_id=self.contact.currentData(),
            signatory_staff_id=self.signatory.currentData(),
            brand_colour=self.colour.text(),
        )

    def _store(self, expected_version: int | None) -> None:
        record = self._record
        if record is None:
            saved = self._branches.add(self.draft())
        else:
            saved = self._branches.edit(record.id, self.draft(), expected_version)
        self._record = saved
        if self._logo_changed:
            self._branches.keep_logo(saved.id, self._logo)
            saved = self._branches.get(saved.id)
        self.saved = saved

    def _theirs(self) -> BranchRecord | None:
        try:
            return None if self._record is None else self._branches.get(self._record.id)
        except ServiceError:
            return None

    def _describe_mine(self) -> str:
        return self.name.text()

    def _describe(self, record: Any) -> str:
        return str(record.name)

    def _fill(self, record: Any) -> None:
        self.name.setText(record.name)
        self.address.setText(record.address)
        self.city.setText(record.city)
        self.phone.setText(record.phone)
        self.email.setText(record.email)
        for combo, staff_id in (
            (self.contact, record.contact_staff_id),
            (self.signatory, record.signatory_staff_id),
        ):
            combo.setCurrentIndex(max(combo.findData(staff_id), 0))
        self.colour.setText(record.brand_colour)
        for edit in (self.name, self.address):
            edit.setCursorPosition(0)


def _note(text: str) -> QLabel:
    label = plain_label(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: palette(placeholder-text);")
    return label


def run_form(form: BranchForm) -> bool:
    """Run a branch form modally; True when saved. Tests replace this."""
    return bool(form.exec())


class BranchesPage(QWidget):
    """The list of branches with Add, Edit and Remove."""

    changed = Signal()

    def __init__(self, branches: BranchService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("branchesPage")
        self._branches = branches
        self.model = BranchListModel(self)
        self.table = named(QTableView(), "branchTable")
        self.table.setAccessibleName(translate("BranchSettings", "Branches"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(BranchListModel.NAME, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.edit())
        self.add_button = named(QPushButton(translate("BranchSettings", "&Add…")), "addBranch")
        self.edit_button = named(QPushButton(translate("BranchSettings", "&Edit…")), "editBranch")
        self.remove_button = named(
            QPushButton(translate("BranchSettings", "&Remove")), "removeBranch"
        )
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.remove_button.clicked.connect(self.remove)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(
            _note(
                translate(
                    "BranchSettings",
                    "Collaborations, statistics and staff belong to a branch; partners are "
                    "shared. New ones made on this computer go to its person's branch.",
                )
            )
        )
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._update())
        self.reload()

    def reload(self, keep: int | None = None) -> None:
        keep = keep if keep is not None else self.current_id()
        try:
            self.model.set_items(self._branches.all())
        except ServiceError as exc:
            prompts.error(self, translate("BranchSettings", "Branches"), error_text(exc))
            return
        rows = [self.model.item(r) for r in range(self.model.rowCount())]
        row = next((i for i, r in enumerate(rows) if r is not None and r.id == keep), 0)
        if rows:
            self.table.selectRow(row)
        self._update()

    def current_id(self) -> int | None:
        record = self.current()
        return None if record is None else record.id

    def current(self) -> BranchRecord | None:
        index = self.table.currentIndex()
        return self.model.item(index.row()) if index.isValid() else None

    def _update(self) -> None:
        chosen = self.current() is not None
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen and self.model.rowCount() > 1)

    def add(self) -> None:
        form = BranchForm(self._branches, None, self)
        if run_form(form) and form.saved is not None:
            self.reload(form.saved.id)
            self.changed.emit()

    def edit(self) -> None:
        record = self.current()
        if record is None:
            return
        form = BranchForm(self._branches, record, self)
        if run_form(form):
            self.reload(record.id)
            self.changed.emit()

    def remove(self) -> None:
        record = self.current()
        if record is None:
            return
        question = fill(
            translate("BranchSettings", "Remove the branch “%1”?"), [branch_text(record.name)]
        )
        if not prompts.confirm(self, translate("BranchSettings", "Remove branch"), question):
            return
        try:
            self._branches.remove(record.id)
        except ServiceError as exc:  # in use, or the last one: said in words
            prompts.error(self, translate("BranchSettings", "Remove branch"), error_text(exc))
            return
        self.reload()
        self.changed.emit()


def install(dialog: Any, parent: QWidget | None) -> None:
    """Settings ▸ Branches in a library system; in a single library, the
    Library page's one button that makes it a system."""
    desk = getattr(parent.window(), "desk", None) if parent is not None else None
    branches: BranchService | None = getattr(desk, "branches", None)
    button: QPushButton = dialog.several_branches_button
    offer = dialog.offer_several_branches

    if branches is None:
        return
    try:
        system = branches.is_system()
    except ServiceError:
        return

    def reload_branch_field() -> None:
        """The Library page's Branch is the home branch's name: keep it true."""
        library = getattr(desk, "library", None)
        if library is not None:
            dialog.branch_edit.setText(library.profile().branch)

    def add_page() -> None:
        page = BranchesPage(branches)
        page.changed.connect(reload_branch_field)
        dialog.branches_page = page
        dialog.tabs.insertTab(2, page, translate("BranchSettings", "Branches"))

    def become_system() -> None:
        intro = translate(
            "BranchSettings",
            "Add the second branch. Everything kept so far stays in the first one; "
            "Settings then gets a Branches page, and lists a branch filter.",
        )
        form = BranchForm(branches, None, dialog, intro)
        if run_form(form):
            offer(False)
            add_page()
            dialog.tabs.setCurrentWidget(dialog.branches_page)

    if system:
        add_page()
    else:
        offer(True)
        button.clicked.connect(become_system)
