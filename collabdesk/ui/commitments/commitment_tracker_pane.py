"""The commitment tracker pane: filters, the paged table `commitmentTable`,
status actions and the proofs of the selected commitment. Shown in a dock of
the main window, and per collaboration when given a collaboration id."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from collabdesk.domain.enums import CommitmentStatus, Direction
from collabdesk.services.errors import ServiceError
from collabdesk.services.tracker_query import DueWindow, TrackerQuery, TrackerRow
from collabdesk.ui.commitments import commitment_dialogs, commitment_form
from collabdesk.ui.commitments.commitment_labels import commitment_status_label, direction_label
from collabdesk.ui.commitments.commitment_table_model import CommitmentTableModel
from collabdesk.ui.widgets import prompts
from collabdesk.ui.widgets.named import named

if TYPE_CHECKING:
    from collabdesk.services.desk import Desk

# Wide enough for the Russian headers and "Мы получаем" (docs/screenshots.py ru)
COLUMN_WIDTHS = (150, 130, 95, 220, 85, 230, 110, 250, 110)


def _plain(object_name: str) -> QLabel:
    label = named(QLabel(), object_name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class CommitmentTrackerPane(QWidget):
    changed = Signal()  # a commitment's status or proofs changed

    def __init__(self, collaboration_id: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("commitmentTracker")
        self._desk: Desk | None = None
        self._collaboration_id = collaboration_id
        self.model = CommitmentTableModel(None, self)
        self._build()
        self._update_state()

    # --- building ---------------------------------------------------------------
    def _build(self) -> None:
        self.search = named(QLineEdit(), "commitmentSearch")
        self.search.setPlaceholderText(self.tr("Search commitments, partners, owners…"))
        self.search.setClearButtonEnabled(True)
        self.direction_filter = named(QComboBox(), "commitmentDirectionFilter")
        self.direction_filter.addItem(self.tr("Both sides"), None)
        for direction in Direction:
            self.direction_filter.addItem(direction_label(direction), direction.value)
        self.status_filter = named(QComboBox(), "commitmentStatusFilter")
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in CommitmentStatus:
            self.status_filter.addItem(commitment_status_label(status), status.value)
        self.window_filter = named(QComboBox(), "commitmentWindowFilter")
        for window, text in (
            (DueWindow.ALL, self.tr("Any due date")),
            (DueWindow.OVERDUE, self.tr("Overdue")),
            (DueWindow.SOON, self.tr("Overdue or due within 7 days")),
            (DueWindow.THIS_WEEK, self.tr("Due this week")),
            (DueWindow.THIS_MONTH, self.tr("Due this month")),
        ):
            self.window_filter.addItem(text, window.value)
        self.owner_filter = named(QComboBox(), "commitmentOwnerFilter")
        self.partner_filter = named(QComboBox(), "commitmentPartnerFilter")
        self.no_proof_filter = named(
            QCheckBox(self.tr("Delivered without proof")), "commitmentNoProofFilter"
        )
        self._refill_choices()

        self.search.textChanged.connect(self.apply_filters)
        for combo in (
            self.direction_filter,
            self.status_filter,
            self.window_filter,
            self.owner_filter,
            self.partner_filter,
        ):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.no_proof_filter.toggled.connect(self.apply_filters)

        self.table = named(QTableView(), "commitmentTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(
            CommitmentTableModel.DUE, Qt.SortOrder.AscendingOrder
        )
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate(COLUMN_WIDTHS):
            self.table.setColumnWidth(column, width)
        if (
            self._collaboration_id is not None
        ):  # one collaboration: its name on every row says nothing
            self.table.hideColumn(CommitmentTableModel.COLLABORATION)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._on_selection())
        self.model.modelReset.connect(self._on_selection)

        self.empty = _plain("commitmentEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)

        self.start_button = named(QPushButton(self.tr("Start")), "startButton")
        self.deliver_button = named(QPushButton(self.tr("Mark delivered…")), "deliverButton")
        self.waive_button = named(QPushButton(self.tr("Waive…")), "waiveButton")
        self.miss_button = named(QPushButton(self.tr("Mark missed…")), "missButton")
        self.make_good_button = named(QPushButton(self.tr("Make good…")), "makeGoodButton")
        self.start_button.clicked.connect(self.start_selected)
        self.deliver_button.clicked.connect(self.deliver_selected)
        self.waive_button.clicked.connect(self.waive_selected)
        self.miss_button.clicked.connect(self.miss_selected)
        self.make_good_button.clicked.connect(self.make_good_selected)
        self.add_button = named(QPushButton(self.tr("Add commitment…")), "addCommitmentButton")
        self.edit_button = named(QPushButton(self.tr("Edit commitment…")), "editCommitmentButton")
        self.delete_button = named(QPushButton(self.tr("Delete…")), "deleteCommitmentButton")
        self.delete_button.setToolTip(self.tr("Delete the selected commitment"))
        self.add_button.clicked.connect(self.add_commitment)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.doubleClicked.connect(lambda *_: self.edit_selected())
        self.count_label = _plain("commitmentCount")
        actions = QHBoxLayout()
        for button in (
            self.start_button,
            self.deliver_button,
            self.waive_button,
            self.miss_button,
            self.make_good_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.count_label)

        self.proof_list = named(QListWidget(), "proofList")
        self.proof_list.itemDoubleClicked.connect(lambda *_: self.open_proof())
        self.add_proof_button = named(QPushButton(self.tr("Add proof…")), "addProofButton")
        self.open_proof_button = named(QPushButton(self.tr("Open proof")), "openProofButton")
        self.add_proof_button.clicked.connect(self.add_proof)
        self.open_proof_button.clicked.connect(self.open_proof)
        self.detail = _plain("commitmentDetail")
        proofs = QWidget()
        proofs_layout = QVBoxLayout(proofs)
        proofs_layout.setContentsMargins(0, 0, 0, 0)
        proofs_layout.setSpacing(2)
        head = QHBoxLayout()
        head.addWidget(self.detail, 1)
        head.addWidget(self.add_proof_button)
        head.addWidget(self.open_proof_button)
        proofs_layout.addLayout(head)
        proofs_layout.addWidget(self.proof_list, 1)

        self.balance_label = _plain("valueBalance")
        self.balance_label.setVisible(self._collaboration_id is not None)

        filters = QHBoxLayout()
        for widget in (
            self.direction_filter,
            self.status_filter,
            self.window_filter,
            self.owner_filter,
            self.partner_filter,
        ):
            widget.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            widget.setMinimumContentsLength(6)
            filters.addWidget(widget, 1)
        filters.addWidget(self.no_proof_filter)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.setSpacing(3)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        for button in (self.add_button, self.edit_button, self.delete_button):
            search_row.addWidget(button)
        top_layout.addLayout(search_row)
        top_layout.addLayout(filters)
        top_layout.addWidget(self.balance_label)
        top_layout.addWidget(self.stack, 1)
        top_layout.addLayout(actions)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(proofs)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([400, 90])
        self.proof_list.setMinimumHeight(24)
        self.table.setMinimumHeight(48)
        self.empty.setMinimumHeight(48)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(splitter)

    def _refill_choices(self) -> None:
        """Owners and partners that have commitments; keeps the current choice."""
        owner = self.owner_filter.currentData()
        partner = self.partner_filter.currentData()
        for combo in (self.owner_filter, self.partner_filter):
            combo.blockSignals(True)
            combo.clear()
        self.owner_filter.addItem(self.tr("Any owner"), "")
        self.partner_filter.addItem(self.tr("All partners"), None)
        if self._desk is not None:
            for name in self._desk.tracker.owners():
                self.owner_filter.addItem(name, name)
            for pid, name in self._desk.tracker.partners():
                self.partner_filter.addItem(name, pid)
        for combo, value in ((self.owner_filter, owner), (self.partner_filter, partner)):
            found = combo.findData(value)
            combo.setCurrentIndex(max(found, 0))
            combo.blockSignals(False)

    # --- wiring -----------------------------------------------------------------
    def set_desk(self, desk: Desk | None) -> None:
        self._desk = desk
        self._refill_choices()
        self.model.set_tracker(desk.tracker if desk is not None else None)
        self.apply_filters()

    def current_query(self) -> TrackerQuery:
        direction = self.direction_filter.currentData()
        status = self.status_filter.currentData()
        return TrackerQuery(
            direction=Direction(direction) if direction else None,
            status=CommitmentStatus(status) if status else None,
            owner=self.owner_filter.currentData() or "",
            partner_id=self.partner_filter.currentData(),
            collaboration_id=self._collaboration_id,
            window=DueWindow(self.window_filter.currentData() or DueWindow.ALL),
            text=self.search.text(),
            without_proof=self.no_proof_filter.isChecked(),
            sort=self.model.query.sort,
            descending=self.model.query.descending,
        )

    def apply_filters(self) -> None:
        keep = self.selected_row()
        self.model.set_query(self.current_query())
        if keep is not None:
            self.select_commitment(keep.id)
        self._update_state()

    def show_due_soon(self) -> None:
        """The reminder's link: everything overdue or due within a week."""
        self.reset_filters(window=DueWindow.SOON)

    def reset_filters(self, window: DueWindow = DueWindow.ALL) -> None:
        widgets = (
            self.search,
            self.direction_filter,
            self.status_filter,
            self.window_filter,
            self.owner_filter,
            self.partner_filter,
            self.no_proof_filter,
        )
        for widget in widgets:
            widget.blockSignals(True)
        self.search.clear()
        for combo in widgets[1:6]:
            combo.setCurrentIndex(0)  # type: ignore[attr-defined]
        self.window_filter.setCurrentIndex(max(self.window_filter.findData(window.value), 0))
        self.no_proof_filter.setChecked(False)
        for widget in widgets:
            widget.blockSignals(False)
        self.apply_filters()

    def refresh(self) -> None:
        self._refill_choices()
        self.apply_filters()

    # --- state ----------------------------------------------------------------------
    def selected_row(self) -> TrackerRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def select_commitment(self, commitment_id: int) -> bool:
        row = self.model.row_of(commitment_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return True

    def _update_state(self) -> None:
        total = self.model.total
        locale = QLocale()
        if self._desk is None:
            self.empty.setText(self.tr("Opening the database…"))
            self.stack.setCurrentWidget(self.empty)
        elif total == 0 and self._is_unfiltered():
            self.empty.setText(
                self.tr(
                    "No commitments yet. Add what each side promises to a collaboration; "
                    "they appear here with their due dates."
                )
            )
            self.stack.setCurrentWidget(self.empty)
        elif total == 0:
            self.empty.setText(
                self.tr("No commitment matches these filters. Clear a filter to see more.")
            )
            self.stack.setCurrentWidget(self.empty)
        else:
            self.stack.setCurrentWidget(self.table)
        shown = locale.toString(total) + ("" if self.model.total_exact else "+")
        self.count_label.setText(self.tr("%1 commitments").replace("%1", shown))
        if self._collaboration_id is not None and self._desk is not None:
            self._show_balance()
        self._on_selection()

    def _is_unfiltered(self) -> bool:
        q = self.model.query
        return (
            q.direction is None
            and q.status is None
            and not q.owner
            and q.partner_id is None
            and q.window is DueWindow.ALL
            and not q.text.strip()
            and not q.without_proof
        )

    def _show_balance(self) -> None:
        assert self._desk is not None and self._collaboration_id is not None
        balance = self._desk.balances.for_collaboration(self._collaboration_id)
        locale = QLocale()
        lines = []
        for cur in balance.currencies:
            line = (
                self.tr("%1: we give %2 (delivered %3), we get %4 (delivered %5)")
                .replace("%1", cur.currency)
                .replace("%2", locale.toString(float(cur.gives_promised), "f", 2))
                .replace("%3", locale.toString(float(cur.gives_delivered), "f", 2))
                .replace("%4", locale.toString(float(cur.gets_promised), "f", 2))
                .replace("%5", locale.toString(float(cur.gets_delivered), "f", 2))
            )
            if cur.one_sided:
                line += " — " + self.tr("one-sided!")
            lines.append(line)
        if not lines:
            lines.append(self.tr("No values estimated yet."))
        self.balance_label.setText("\n".join(lines))

    def _on_selection(self) -> None:
        row = self.selected_row()
        has_desk = self._desk is not None
        status = row.status if row is not None else None
        open_ = status in (CommitmentStatus.PLANNED, CommitmentStatus.IN_PROGRESS)
        self.start_button.setEnabled(has_desk and status is CommitmentStatus.PLANNED)
        self.deliver_button.setEnabled(has_desk and open_)
        self.waive_button.setEnabled(has_desk and open_)
        self.miss_button.setEnabled(has_desk and open_)
        self.make_good_button.setEnabled(has_desk and status is CommitmentStatus.MISSED)
        self.add_button.setEnabled(has_desk)
        self.edit_button.setEnabled(has_desk and row is not None)
        self.delete_button.setEnabled(has_desk and row is not None)
        self.add_proof_button.setEnabled(has_desk and row is not None)
        self._load_proofs(row)

    def _load_proofs(self, row: TrackerRow | None) -> None:
        self.proof_list.clear()
        if row is None or self._desk is None:
            self.detail.setText(self.tr("Select a commitment to see its proofs."))
            self.open_proof_button.setEnabled(False)
            return
        locale = QLocale()
        detail = row.description
        if row.delivered_on is not None:
            detail += "\n" + self.tr("Delivered on %1").replace(
                "%1", locale.toString(row.delivered_on, QLocale.FormatType.ShortFormat)
            )
        if row.make_good_for_id is not None:
            detail += "\n" + self.tr("Makes good a missed commitment.")
        self.detail.setText(detail[:2000])
        for proof in self._desk.proofs.for_commitment(row.id):
            name = proof.original_name or proof.url
            when = locale.toString(proof.added_at.date(), QLocale.FormatType.ShortFormat)
            who = f" · {proof.added_by}" if proof.added_by else ""
            note = f" — {proof.note.splitlines()[0][:200]}" if proof.note else ""
            item = QListWidgetItem(f"{name}{note} ({when}{who})")
            item.setData(Qt.ItemDataRole.UserRole, proof)
            self.proof_list.addItem(item)
        if self.proof_list.count():
            self.proof_list.setCurrentRow(self.proof_list.count() - 1)
        elif row.delivered_without_proof:
            self.proof_list.addItem(self.tr("Delivered, but nothing proves it yet: add proof."))
        self.open_proof_button.setEnabled(bool(self._desk.proofs.for_commitment(row.id)))

    # --- actions ------------------------------------------------------------------------
    def _after_change(self, commitment_id: int) -> None:
        self.model.refresh()
        self.select_commitment(commitment_id)
        self._update_state()
        self.changed.emit()

    def _attempt(self, title: str, action: Callable[[], object]) -> bool:
        try:
            action()
        except ServiceError as exc:
            prompts.error(self, title, str(exc))
            self.model.refresh()
            self._update_state()
            return False
        return True

    def _target(self) -> tuple[TrackerRow, Desk] | None:
        """The selected commitment and the services, when both are there."""
        row = self.selected_row()
        return None if row is None or self._desk is None else (row, self._desk)

    def add_commitment(self) -> None:
        """A new promise: for this pane's collaboration, or (in the main
        tracker) for the selected row's collaboration unless another is chosen."""
        if self._desk is None:
            return
        row = self.selected_row()
        fixed = self._collaboration_id is not None
        collaboration_id = self._collaboration_id
        if not fixed and row is not None:
            collaboration_id = row.collaboration_id
        saved = commitment_form.ask_commitment(
            self, self._desk, collaboration_id=collaboration_id, fixed=fixed
        )
        if saved is not None:
            self._refill_choices()
            self._after_change(saved.id)

    def edit_selected(self) -> None:
        if (target := self._target()) is None:
            return
        row, desk = target
        try:
            record = desk.commitments.get(row.id)
        except ServiceError as exc:
            prompts.error(self, self.tr("Cannot edit"), str(exc))
            self.refresh()
            return
        saved = commitment_form.ask_commitment(self, desk, record=record)
        if saved is not None:
            self._refill_choices()
            self._after_change(saved.id)

    def delete_selected(self) -> None:
        if (target := self._target()) is None:
            return
        row, desk = target
        question = self.tr("Delete the commitment “%1”? Its proofs are deleted with it.").replace(
            "%1", row.description.splitlines()[0][:200] if row.description else ""
        )
        if not prompts.confirm(self, self.tr("Delete commitment"), question):
            return
        if self._attempt(self.tr("Not deleted"), lambda: desk.commitments.delete(row.id)):
            self._refill_choices()
            self.model.refresh()
            self._update_state()
            self.changed.emit()

    def start_selected(self) -> None:
        if (target := self._target()) is None:
            return
        row, desk = target
        if self._attempt(self.tr("Not started"), lambda: desk.commitments.start(row.id)):
            self._after_change(row.id)

    def deliver_selected(self) -> None:
        if (target := self._target()) is None:
            return
        row, desk = target
        if commitment_dialogs.ask_delivery(self, desk.proofs, row) is not None:
            self._after_change(row.id)

    def waive_selected(self) -> None:
        if (target := self._target()) is None:
            return
        row, desk = target
        reason = commitment_dialogs.ask_text(
            self, self.tr("Waive"), self.tr("Why is this commitment waived?")
        )
        if reason is None:
            return
        if self._attempt(self.tr("Not waived"), lambda: desk.commitments.waive(row.id, reason)):
            self._after_change(row.id)

    def miss_selected(self) -> None:
        if (target := self._target()) is None:
            return
        row, desk = target
        question = self.tr(
            "Mark “%1” as missed? It counts against the side that promised it; "
            "you can then add a make-good."
        ).replace("%1", row.description[:200])
        if not prompts.confirm(self, self.tr("Mark missed"), question):
            return
        if self._attempt(self.tr("Not changed"), lambda: desk.commitments.miss(row.id)):
            self._after_change(row.id)

    def make_good_selected(self) -> None:
        if (target := self._target()) is None:
            return
        row, desk = target
        saved = commitment_dialogs.ask_make_good(self, desk.commitments, row)
        if saved is not None:
            self._after_change(saved.id)

    def add_proof(self) -> None:
        if (target := self._target()) is None:
            return
        row, desk = target
        from pathlib import Path

        from collabdesk.services.proofs import ProofInput

        path = commitment_dialogs.choose_proof_file(self)
        if not path:
            return
        if self._attempt(
            self.tr("Proof not added"),
            lambda: desk.proofs.add(row.id, ProofInput(file=Path(path))),
        ):
            self._after_change(row.id)

    def open_proof(self) -> None:
        item = self.proof_list.currentItem()
        proof = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if proof is None or self._desk is None:
            return
        try:
            url = commitment_dialogs.proof_url(self._desk.proofs, proof)
        except ServiceError as exc:
            prompts.error(self, self.tr("Cannot open the proof"), str(exc))
            return
        if not commitment_dialogs.open_location(url):
            prompts.error(
                self,
                self.tr("Cannot open the proof"),
                self.tr("No program on this computer opens %1.").replace("%1", url.toString()),
            )
