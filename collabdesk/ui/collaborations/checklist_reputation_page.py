"""Wizard page 5: the promises of both sides, each saved as a commitment
the moment it is added, so the reputation record starts here."""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from collabdesk.domain.checklist import LIBRARY_PROMISES, PARTNER_PROMISES
from collabdesk.domain.enums import Direction
from collabdesk.domain.message import fill
from collabdesk.services.errors import ServiceError
from collabdesk.ui.collaborations.checklist_pages import StepPage, heading_label
from collabdesk.ui.collaborations.checklist_step_pages import add_text_questions
from collabdesk.ui.collaborations.promise_table_model import PromiseDelegate, PromiseTableModel
from collabdesk.ui.widgets.date_text import parse_date
from collabdesk.ui.widgets.error_label import WARNING_COLOUR, ErrorLabel, plain_label
from collabdesk.ui.widgets.named import named

if TYPE_CHECKING:
    from collabdesk.services.checklist import QuestionRecord
    from collabdesk.services.desk import Desk


class EnterAdds(QObject):
    """Enter in a field of the promise form runs `add` and goes no further
    (QLineEdit passes Enter on to the dialog's default button)."""

    def __init__(self, add: Callable[[], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._add = add

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._add()
            return True
        return super().eventFilter(watched, event)


class ReputationPage(StepPage):
    """Each promise becomes a Commitment as soon as it is added, with the
    collaboration's partner (picked on the form when there are several), and
    is changed in place in the table (double-click or F2)."""

    def __init__(
        self, questions: list[QuestionRecord], lang: str, desk: Desk, collaboration_id: int
    ) -> None:
        super().__init__(
            self.tr("5. Reputation"),
            self.tr(
                "What the library promises and by when, and what the partner promises. "
                "Every promise needs a due date and a person responsible."
            ),
        )
        self.setObjectName("reputationPage")
        self._desk = desk
        self._collaboration_id = collaboration_id
        self.direction = named(QComboBox(), "promiseDirection")
        self.direction.addItem(self.tr("The library gives"), Direction.LIBRARY_GIVES.value)
        self.direction.addItem(self.tr("The partner gives"), Direction.PARTNER_GIVES.value)
        self.description = named(QLineEdit(), "promiseDescription")
        self.description.setPlaceholderText(self.tr("What is promised"))
        self.due = named(QLineEdit(), "promiseDue")
        self.due.setPlaceholderText(self.tr("Due date, e.g. 2027-03-01"))
        self.owner = named(QLineEdit(), "promiseOwner")
        self.owner.setPlaceholderText(self.tr("Who is responsible"))
        self.partner = named(QComboBox(), "promisePartner")
        self.partner.setAccessibleName(self.tr("Partner"))
        self.partner.setToolTip(self.tr("Which partner of the collaboration the promise is with"))
        self.partner.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.partner.setMinimumContentsLength(16)  # a long name is cut, the text field keeps room
        self.add_button = named(QPushButton(self.tr("Add promise")), "addPromise")
        self.direction.setAccessibleName(self.tr("Who gives"))
        self.description.setAccessibleName(self.tr("What is promised"))
        self.due.setAccessibleName(self.tr("Due date"))
        self.owner.setAccessibleName(self.tr("Who is responsible"))
        self.remove_button = named(QPushButton(self.tr("Remove promise")), "removePromise")
        self.error = ErrorLabel("promiseError")
        self.warning = named(plain_label(), "promiseWarning")
        self.warning.setStyleSheet(f"color: {WARNING_COLOUR};")
        self.model = PromiseTableModel(desk, self)
        self.model.refused.connect(self.error.show_error)
        self.model.dataChanged.connect(lambda *_args: self._warn())
        self.table = named(QTableView(), "promiseTable")
        self.table.setModel(self.model)
        self.table.setItemDelegate(PromiseDelegate(self.table))
        self.table.setAccessibleName(self.tr("Promises"))
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.model.PROMISE, QHeaderView.ResizeMode.Stretch)
        for column in (self.model.SIDE, self.model.DUE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (self.model.PARTNER, self.model.OWNER):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        self.add_button.clicked.connect(self.add_promise)
        self.remove_button.clicked.connect(self._remove)
        # Enter in the promise form adds the promise, and only that: the
        # wizard's default button (Next) must not also move on.
        self._enter_adds = EnterAdds(self.add_promise, self)
        for field in (self.description, self.due, self.owner):
            field.installEventFilter(self._enter_adds)
        # Tab follows the form as it reads, then the table, then Remove.
        order = (
            self.direction,
            self.description,
            self.partner,
            self.due,
            self.owner,
            self.add_button,
            self.table,
            self.remove_button,
        )
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)
        placed = False

        def promises(_question: QuestionRecord) -> None:
            # Both sides' questions head one form and one table of promises.
            nonlocal placed
            if placed:
                return
            placed = True
            for question in questions:
                if question.key in (LIBRARY_PROMISES, PARTNER_PROMISES):
                    self.body_layout.addWidget(heading_label(question, lang))
            form = QGridLayout()
            form.addWidget(self.direction, 0, 0)
            form.addWidget(self.description, 0, 1, 1, 3)
            form.addWidget(self.partner, 0, 4)
            form.addWidget(self.due, 1, 0)
            form.addWidget(self.owner, 1, 1, 1, 3)
            form.addWidget(self.add_button, 1, 4)
            form.setColumnStretch(1, 1)
            self.body_layout.addLayout(form)
            self.body_layout.addWidget(self.error)
            self.body_layout.addWidget(self.table, 1)
            row = QHBoxLayout()
            row.addWidget(self.warning, 1)
            row.addStretch(0)
            row.addWidget(self.remove_button)
            self.body_layout.addLayout(row)

        add_text_questions(
            self, questions, lang, {LIBRARY_PROMISES: promises, PARTNER_PROMISES: promises}
        )
        self.table.setMinimumHeight(
            self.table.horizontalHeader().sizeHint().height()
            + 4 * self.table.verticalHeader().defaultSectionSize()
        )
        self.reload()

    def focus_widget(self, key: str) -> QWidget | None:
        """A missing promise: the form, set to the side that lacks one."""
        if key in (LIBRARY_PROMISES, PARTNER_PROMISES):
            side = Direction.LIBRARY_GIVES if key == LIBRARY_PROMISES else Direction.PARTNER_GIVES
            self.direction.setCurrentIndex(max(self.direction.findData(side.value), 0))
            return self.description
        return super().focus_widget(key)

    def pending_text(self) -> bool:
        """Typed into the promise form but not added yet."""
        return bool(
            self.description.text().strip() or self.owner.text().strip() or self.due.text().strip()
        )

    def reload(self) -> None:
        """The promises and the partners taking part, read afresh."""
        partners = tuple(
            (p.partner_id, p.name)
            for p in self._desk.collaborations.get(self._collaboration_id).partners
        )
        chosen = self.partner.currentData()
        self.partner.clear()
        for partner_id, name in partners:
            self.partner.addItem(name, partner_id)
        self.partner.setCurrentIndex(max(self.partner.findData(chosen), 0))
        # One partner: every promise is with it; none: nothing to pick.
        self.partner.setVisible(len(partners) > 1)
        self.model.partners = partners
        self.model.set_items(self._desk.commitments.for_collaboration(self._collaboration_id))
        self.table.setColumnHidden(self.model.PARTNER, not partners)
        self._fit_columns()
        self._warn()
        self.remove_button.setEnabled(self.model.rowCount() > 0)

    def _fit_columns(self) -> None:
        """Partner and owner as wide as their longest text, within reason:
        the promise keeps the rest of the row."""
        metrics = self.table.fontMetrics()
        for column, cap in ((self.model.PARTNER, 180), (self.model.OWNER, 150)):
            texts = [str(self.model.titles()[column])] + [
                str(self.model.index(r, column).data() or "") for r in range(self.model.rowCount())
            ]
            widest = max(metrics.horizontalAdvance(t) for t in texts) + 24
            self.table.setColumnWidth(column, min(max(widest, 90), cap))

    def _warn(self) -> None:
        lacking = [
            c.description
            for c in (self.model.item(r) for r in range(self.model.rowCount()))
            if c is not None and (c.due_on is None or not c.owner)
        ]
        if lacking:
            self.warning.setText(
                fill(self.tr("No due date or no one responsible: %1"), ["; ".join(lacking)])
            )
        self.warning.setVisible(bool(lacking))

    def add_promise(self) -> bool:
        """Add the typed promise; False (text kept, reason shown) when it cannot be."""
        from collabdesk.services.commitment_records import CommitmentDraft

        if not self.description.text().strip():
            self._fail(self.tr("Describe the promise first."))
            self.description.setFocus()
            return False
        try:
            due = parse_date(self.due.text())
        except ValueError:
            self._fail(
                fill(
                    self.tr("“%1” is not a date. Type it like 2027-03-01 or 01.03.2027."),
                    [self.due.text().strip()],
                )
            )
            self.due.setFocus()
            return False
        try:
            self._desk.commitments.add(
                self._collaboration_id,
                CommitmentDraft(
                    direction=Direction(self.direction.currentData()),
                    description=self.description.text(),
                    partner_id=self.partner.currentData(),
                    due_on=due,
                    owner=self.owner.text(),
                ),
            )
        except ServiceError as exc:
            self.error.show_error(exc)
            return False
        self.error.clear_error()
        for field in (self.description, self.due, self.owner):
            field.clear()
        self.reload()
        self.description.setFocus()
        return True

    def _fail(self, text: str) -> None:
        self.error.show_error(text)

    def _remove(self) -> None:
        item = self.model.item(self.table.currentIndex().row())
        if item is None:
            return
        try:
            self._desk.commitments.delete(item.id)
        except ServiceError as exc:
            self.error.show_error(exc)
        self.reload()

    def validatePage(self) -> bool:
        """A promise typed but not added is added on Next, not lost."""
        return not self.pending_text() or self.add_promise()
