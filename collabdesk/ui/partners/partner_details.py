"""The right-hand side: one partner's details, contacts, interactions and
collaborations. Every label showing user text is plain text, never HTML."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from collabdesk.services.errors import NotFoundError, ServiceError, fill
from collabdesk.ui.commitments.commitment_labels import partner_reputation_text
from collabdesk.ui.partners import partner_dialogs as dialogs
from collabdesk.ui.shell.i18n import format_date
from collabdesk.ui.widgets import prompts
from collabdesk.ui.widgets.empty_hint import set_empty_hint
from collabdesk.ui.widgets.error_label import plain_label
from collabdesk.ui.widgets.labels import (
    interaction_kind_label,
    kind_label,
    role_label,
    stage_label,
    status_label,
)
from collabdesk.ui.widgets.named import named
from collabdesk.ui.widgets.service_text import error_text

if TYPE_CHECKING:
    from collabdesk.services.contacts import ContactRecord
    from collabdesk.services.desk import Desk
    from collabdesk.services.partners import PartnerRecord

SUMMARY_CHARS = 120

HEADING_MAX = 80  # characters of a partner's name shown as the panel's heading


def detail_label(object_name: str) -> QLabel:
    """A value on the details page: plain text, selectable for copying."""
    label = named(plain_label(), object_name)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return label


def item_list(
    object_name: str, headers: list[str], widths: tuple[int, ...], spoken: str
) -> QTreeWidget:
    """A read-only list with columns; `widths` in pixels, -1 for the one that
    stretches; `spoken` its name for a screen reader."""
    tree = QTreeWidget()
    tree.setObjectName(object_name)
    tree.setAccessibleName(spoken)
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(True)
    tree.setHeaderLabels(headers)
    tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    tree.setAlternatingRowColors(True)
    tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    header = tree.header()
    header.setStretchLastSection(False)
    for column, width in enumerate(widths):
        if width < 0:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        else:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            tree.setColumnWidth(column, width)
    return tree


class PartnerDetails(QWidget):
    edit_requested = Signal()
    delete_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("partnerDetails")
        self._desk: Desk | None = None
        self._record: PartnerRecord | None = None
        self._contacts: list[ContactRecord] = []

        self.stack = QStackedWidget()
        self.placeholder = QLabel(self.tr("Select a partner on the left to see the details."))
        self.placeholder.setObjectName("detailsPlaceholder")
        self.placeholder.setTextFormat(Qt.TextFormat.PlainText)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setEnabled(False)
        self.stack.addWidget(self.placeholder)
        self._page: QWidget | None = None  # built on first use: the window shows sooner
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def ensure_page(self) -> QWidget:
        """Build the details page (fields, tabs, lists) the first time it is needed."""
        if self._page is None:
            self._page = self._build_page()
            self.stack.addWidget(self._page)
            self.set_editable(self._desk is not None)
        return self._page

    # --- building ------------------------------------------------------------
    def _build_page(self) -> QWidget:
        page = QWidget()
        self.name_label = detail_label("detailName")
        font = QFont(self.name_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.name_label.setFont(font)

        self.edit_button = named(QPushButton(self.tr("&Edit…")), "editPartnerButton")
        self.delete_button = named(QPushButton(self.tr("&Delete…")), "deletePartnerButton")
        self.edit_button.clicked.connect(self.edit_requested)
        self.delete_button.clicked.connect(self.delete_requested)
        header = QHBoxLayout()
        header.addWidget(self.name_label, 1)
        header.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignTop)

        self.values: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows = [
            ("kind", self.tr("Kind:")),
            ("status", self.tr("Status:")),
            ("city", self.tr("City:")),
            ("website", self.tr("Website:")),
            ("email", self.tr("E-mail:")),
            ("phone", self.tr("Phone:")),
            ("owner", self.tr("Owner:")),
            ("tags", self.tr("Tags:")),
            ("values", self.tr("Values:")),
            ("notes", self.tr("Notes:")),
            ("reputation", self.tr("Reputation:")),  # on-time record of both sides
        ]
        for key, caption in rows:
            label = detail_label(f"detail{key.capitalize()}")
            self.values[key] = label
            form.addRow(caption, label)
        info = QWidget()
        info_layout = QVBoxLayout(info)
        info_layout.addLayout(header)
        info_layout.addLayout(form)
        info_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("detailScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(info)

        self.tabs = named(QTabWidget(), "detailTabs")
        self.tabs.addTab(self._contacts_tab(), self.tr("Contacts"))
        self.tabs.addTab(self._interactions_tab(), self.tr("Interactions"))
        self.tabs.addTab(self._collaborations_tab(), self.tr("Collaborations"))

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 3)
        layout.addWidget(self.tabs, 2)
        return page

    def _contacts_tab(self) -> QWidget:
        tab = QWidget()
        self.contact_list = item_list(
            "contactList",
            [self.tr("Name"), self.tr("Role"), self.tr("E-mail"), self.tr("Phone")],
            (-1, 100, 150, 110),
            self.tr("Contacts"),
        )
        self.contact_list.itemDoubleClicked.connect(lambda *_: self.edit_contact())
        set_empty_hint(
            self.contact_list, self.tr("No contacts yet. Press Add… to note who you talk to there.")
        )
        self.add_contact_button = named(QPushButton(self.tr("Add…")), "addContactButton")
        self.edit_contact_button = named(QPushButton(self.tr("Edit…")), "editContactButton")
        self.remove_contact_button = named(QPushButton(self.tr("Remove…")), "removeContactButton")
        self.add_contact_button.clicked.connect(self.add_contact)
        self.edit_contact_button.clicked.connect(self.edit_contact)
        self.remove_contact_button.clicked.connect(self.remove_contact)
        self.erase_contact_button = named(
            QPushButton(self.tr("Erase personal data…")), "eraseContactButton"
        )
        self.erase_contact_button.setToolTip(
            self.tr("On the person's request: erase their name, e-mail, phone and notes everywhere")
        )
        self.erase_contact_button.clicked.connect(self.erase_contact)
        buttons = QHBoxLayout()
        for button in (
            self.add_contact_button,
            self.edit_contact_button,
            self.remove_contact_button,
            self.erase_contact_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.contact_list)
        layout.addLayout(buttons)
        return tab

    def _interactions_tab(self) -> QWidget:
        tab = QWidget()
        self.interaction_list = item_list(
            "interactionList",
            [self.tr("Date"), self.tr("Kind"), self.tr("Summary")],
            (90, 80, -1),
            self.tr("Interactions"),
        )
        set_empty_hint(
            self.interaction_list,
            self.tr("Nothing recorded yet. Press Add… after a meeting, call or letter."),
        )
        self.add_interaction_button = named(QPushButton(self.tr("Add…")), "addInteractionButton")
        self.add_interaction_button.clicked.connect(self.add_interaction)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_interaction_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.interaction_list)
        layout.addLayout(buttons)
        return tab

    def _collaborations_tab(self) -> QWidget:
        tab = QWidget()
        self.collaboration_list = item_list(
            "collaborationList",
            [self.tr("Title"), self.tr("Stage"), self.tr("Role")],
            (-1, 100, 110),
            self.tr("Collaborations"),
        )
        set_empty_hint(self.collaboration_list, self.tr("Not in any collaboration yet."))
        layout = QVBoxLayout(tab)
        layout.addWidget(self.collaboration_list)
        return tab

    # --- state -----------------------------------------------------------------
    @property
    def record(self) -> PartnerRecord | None:
        return self._record

    def set_desk(self, desk: Desk | None) -> None:
        self._desk = desk
        self.set_editable(desk is not None)

    def set_editable(self, editable: bool) -> None:
        if self._page is None:
            return
        for button in (
            self.edit_button,
            self.delete_button,
            self.add_contact_button,
            self.edit_contact_button,
            self.remove_contact_button,
            self.erase_contact_button,
            self.add_interaction_button,
        ):
            button.setEnabled(editable)

    def show_partner(self, partner_id: int | None) -> None:
        """Load and show one partner, or the placeholder for None."""
        if partner_id is None or self._desk is None:
            self._record = None
            self.stack.setCurrentIndex(0)
            return
        try:
            self._record = self._desk.partners.get(partner_id)
        except NotFoundError:
            self._record = None
            self.stack.setCurrentIndex(0)
            return
        self.stack.setCurrentWidget(self.ensure_page())
        self._fill(self._record)
        self._load_lists()

    def reload(self) -> None:
        self.show_partner(None if self._record is None else self._record.id)

    def clear(self) -> None:
        """Forget the partner shown: no name, field or list row of it stays in
        the (hidden) page, e.g. before a meeting shows only chosen partners."""
        self._record = None
        self._contacts = []
        self.stack.setCurrentIndex(0)
        if self._page is None:
            return
        self.name_label.clear()
        self.name_label.setToolTip("")
        for label in self.values.values():
            label.clear()
        for items in (self.contact_list, self.interaction_list, self.collaboration_list):
            items.clear()

    def _fill(self, record: PartnerRecord) -> None:
        # A heading of 200 characters would push the tabs off the panel:
        # show the start, the whole name is in the tooltip (and the form).
        short = record.name if len(record.name) <= HEADING_MAX else record.name[:HEADING_MAX] + "…"
        self.name_label.setText(short)
        self.name_label.setToolTip(record.name if short != record.name else "")
        texts = {
            "kind": kind_label(record.kind),
            "status": status_label(record.status),
            "city": record.city,
            "website": record.website,
            "email": record.email,
            "phone": record.phone,
            "owner": record.owner,
            "tags": ", ".join(record.tags),
            "values": record.values_notes,
            "notes": record.notes,
            "reputation": partner_reputation_text(self._desk, record.id),
        }
        for key, text in texts.items():
            self.values[key].setText(text or "—")

    def _load_lists(self) -> None:
        assert self._desk is not None and self._record is not None
        partner_id = self._record.id
        self._contacts = self._desk.contacts.for_partner(partner_id)
        self.contact_list.clear()
        for contact in self._contacts:
            item = QTreeWidgetItem([contact.name, contact.role, contact.email, contact.phone])
            item.setData(0, Qt.ItemDataRole.UserRole, contact.id)
            self.contact_list.addTopLevelItem(item)
        self.interaction_list.clear()
        for entry in self._desk.interactions.for_partner(partner_id):
            first_line = entry.summary.split("\n", 1)[0][:SUMMARY_CHARS]
            item = QTreeWidgetItem(
                [
                    format_date(entry.occurred_on),
                    interaction_kind_label(entry.kind),
                    first_line,
                ]
            )
            item.setToolTip(2, entry.summary[:2000])
            self.interaction_list.addTopLevelItem(item)
        self.collaboration_list.clear()
        usage = self._desk.partners.usage(partner_id)
        for collab in usage.collaborations:
            item = QTreeWidgetItem(
                [collab.title, stage_label(collab.stage), role_label(collab.role)]
            )
            self.collaboration_list.addTopLevelItem(item)
        self.tabs.setTabText(0, fill(self.tr("Contacts (%1)"), [len(self._contacts)]))

    # --- contacts and interactions ---------------------------------------------
    def _selected_contact(self) -> ContactRecord | None:
        item = self.contact_list.currentItem()
        if item is None:
            return None
        contact_id = item.data(0, Qt.ItemDataRole.UserRole)
        return next((c for c in self._contacts if c.id == contact_id), None)

    def add_contact(self) -> None:
        if self._desk is None or self._record is None:
            return
        if dialogs.edit_contact(self, self._desk.contacts, self._record.id) is not None:
            self._load_lists()

    def edit_contact(self) -> None:
        contact = self._selected_contact()
        if self._desk is None or self._record is None or contact is None:
            return
        if dialogs.edit_contact(self, self._desk.contacts, self._record.id, contact) is not None:
            self._load_lists()

    def remove_contact(self) -> None:
        contact = self._selected_contact()
        if self._desk is None or contact is None:
            return
        if not prompts.confirm(
            self,
            self.tr("Remove contact"),
            fill(self.tr("Remove %1 from this partner's contacts?"), [contact.name]),
        ):
            return
        try:
            self._desk.contacts.delete(contact.id)
        except ServiceError as exc:
            prompts.error(self, self.tr("Not removed"), error_text(exc))
        self._load_lists()

    def erase_contact(self) -> None:
        """Erase the selected contact's personal data on their request."""
        from collabdesk.ui.partners.erase_dialog import erase_contact

        contact = self._selected_contact()
        if self._desk is None or contact is None:
            return
        if erase_contact(self, self._desk.privacy, contact.id) is not None:
            self._load_lists()

    def add_interaction(self) -> None:
        if self._desk is None or self._record is None:
            return
        saved = dialogs.add_interaction(
            self, self._desk.interactions, self._record.id, self._contacts
        )
        if saved is not None:
            self._load_lists()
