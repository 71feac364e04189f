"""The Trash section: deleted partners and collaborations, to restore whole
or delete for good; old entries purged after a backup."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from collabdesk.services.errors import ServiceError, fill
from collabdesk.services.trash import RETENTION_DAYS, TrashItem, TrashService
from collabdesk.ui.history.history_labels import table_label
from collabdesk.ui.history.history_panel import local_time
from collabdesk.ui.shell.i18n import format_number
from collabdesk.ui.widgets import prompts
from collabdesk.ui.widgets.actions import allow
from collabdesk.ui.widgets.error_label import plain_label
from collabdesk.ui.widgets.named import named
from collabdesk.ui.widgets.record_list_model import RecordListModel
from collabdesk.ui.widgets.service_text import error_text


class TrashTableModel(RecordListModel[TrashItem]):
    NAME, WHAT, DELETED, BY, ROWS = range(5)

    def titles(self) -> tuple[str, ...]:
        return (
            self.tr("Name"),
            self.tr("What"),
            self.tr("Deleted"),
            self.tr("By"),
            self.tr("Rows kept"),
        )

    def cell(self, item: TrashItem, column: int, role: int) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            item.label,
            table_label(item.table),
            local_time(item.deleted_at),
            f"{item.deleted_by} ({item.computer})" if item.computer else item.deleted_by,
            format_number(item.rows),
        )[column]


class TrashView(QWidget):
    def __init__(
        self,
        trash: TrashService,
        on_restored: Callable[[], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("trashView")
        self._trash = trash
        self._on_restored = on_restored
        self.model = TrashTableModel(self)
        self.view = named(QTableView(), "trashList")
        self.view.setAccessibleName(self.tr("Deleted partners and collaborations"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.note = named(plain_label(), "trashNote")
        self.restored = named(plain_label(), "trashRestoredNotice")
        self.restored.setStyleSheet("background: #e6f4ea; padding: 4px 8px;")
        self.restored.hide()
        self.restore_button = named(QPushButton(self.tr("&Restore")), "trashRestoreButton")
        self.delete_button = named(QPushButton(self.tr("&Delete for good…")), "trashDeleteButton")
        self.purge_button = named(
            QPushButton(self.tr("Purge items older than %n days…", "", RETENTION_DAYS)),
            "trashPurgeButton",
        )
        self.restore_button.clicked.connect(self.restore_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.purge_button.clicked.connect(self.purge_old)
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.purge_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.restored)
        layout.addWidget(self.note)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.reload()

    def set_trash(self, trash: TrashService) -> None:
        """Read another database's Trash (the window reopened its data)."""
        self._trash = trash
        self.reload()

    def forget_items(self) -> None:
        """Hold no row of the data shown so far (meeting mode opens other data)."""
        self.model.set_items([])

    def reload(self) -> None:
        try:
            items = self._trash.items()
        except ServiceError as exc:
            prompts.error(self, self.tr("Trash not available"), error_text(exc))
            items = []
        self.model.set_items(items)
        for column, width in enumerate((260, 110, 130, 160)):
            self.view.setColumnWidth(column, width)
        if items:
            self.note.setText(
                self.tr(
                    "Deleted partners and collaborations, with their contacts, commitments "
                    "and answers. Restore brings one back whole. Items older than %n days "
                    "are purged after a backup.",
                    "",
                    RETENTION_DAYS,
                )
            )
            self.view.selectRow(0)
        else:
            self.note.setText(
                self.tr(
                    "The Trash is empty. When you delete a partner or a collaboration it "
                    "lands here, and you can bring it back for %n days.",
                    "",
                    RETENTION_DAYS,
                )
            )
        self.view.setVisible(bool(items))
        centre = Qt.AlignmentFlag.AlignCenter
        self.note.setAlignment(Qt.AlignmentFlag.AlignLeft if items else centre)
        self._update_buttons()

    def selected(self) -> TrashItem | None:
        return self.model.item(self.view.currentIndex().row())

    def _update_buttons(self) -> None:
        empty = self.tr("The Trash is empty.")
        pick = empty if self.model.rowCount() == 0 else self.tr("Select an item first.")
        allow(
            [self.restore_button, self.delete_button], None if self.selected() is not None else pick
        )
        allow(self.purge_button, None if self.model.rowCount() > 0 else empty)

    def restore_selected(self) -> None:
        item = self.selected()
        if item is None:
            return
        try:
            back = self._trash.restore(item.id)
        except ServiceError as exc:
            prompts.error(self, self.tr("Not restored"), error_text(exc))
            return
        self.restored.setText(self.restored_text(back))
        self.restored.show()
        self.reload()
        if self._on_restored is not None:
            self._on_restored()

    def restored_text(self, item: TrashItem) -> str:
        """What came back: "Restored: partner “Кофейня Зерно”, with 3 contacts,
        2 interactions." (the Trash counts the record itself among its rows)."""
        from collabdesk.ui.history.history_labels import counted

        what = table_label(item.table)
        parts = dict(item.parts)
        parts[item.table] = parts.get(item.table, 1) - 1
        along = ", ".join(counted(table, n) for table, n in sorted(parts.items()) if n > 0)
        if along:
            return fill(self.tr("Restored: %1 “%2”, with %3."), [what, item.label, along])
        if item.rows > 1:  # an entry from before the Trash counted rows by table
            return fill(
                self.tr("Restored: %1 “%2”, with %n related record(s).", "", item.rows - 1),
                [what, item.label],
            )
        return fill(self.tr("Restored: %1 “%2”."), [what, item.label])

    def delete_selected(self) -> None:
        item = self.selected()
        if item is None:
            return
        question = fill(
            self.tr("Delete “%1” for good? It cannot be restored afterwards."), [item.label]
        )
        if not prompts.confirm(self, self.tr("Delete for good"), question):
            return
        try:
            self._trash.delete_for_good(item.id)
        except ServiceError as exc:
            prompts.error(self, self.tr("Not deleted"), error_text(exc))
        self.reload()

    def purge_old(self) -> None:
        question = self.tr(
            "Delete for good everything that has been in the Trash for more than %n days? "
            "A backup copy of the database is made first.",
            "",
            RETENTION_DAYS,
        )
        if not prompts.confirm(self, self.tr("Purge the Trash"), question):
            return
        try:
            count = self._trash.purge(RETENTION_DAYS)
        except (ServiceError, OSError) as exc:
            prompts.error(self, self.tr("Trash not purged"), error_text(exc))
            return
        prompts.info(
            self,
            self.tr("Trash purged"),
            self.tr("%n item(s) deleted for good.", "", count),
        )
        self.reload()
