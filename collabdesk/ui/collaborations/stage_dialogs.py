"""The questions a stage change may ask before it is made: why a
collaboration is declined or put on hold, and — completing with promises
still open — what becomes of each one (deliver, waive with a reason, mark
missed, move to the renewal). The answers go to the service in one call, so
the change is one transaction and one undo step. `ask_reason` and
`ask_settlements` are the places tests replace."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from collabdesk.domain.enums import Direction, Stage
from collabdesk.domain.message import fill
from collabdesk.services.stage_settlement import OpenPromise, Settle, Settlement
from collabdesk.ui.shell.i18n import date_pattern, format_date
from collabdesk.ui.widgets.error_label import ErrorLabel, plain_label
from collabdesk.ui.widgets.labels import stage_label
from collabdesk.ui.widgets.named import named

if TYPE_CHECKING:
    from collections.abc import Sequence

REASON_MAX = 5_000


class StageReasonDialog(QDialog):
    """Why the collaboration is declined or on hold; OK needs a reason."""

    def __init__(self, title: str, stage: Stage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stageReasonDialog")
        self.setWindowTitle(fill(self.tr("Move to “%1”"), [stage_label(stage)]))
        question = plain_label(
            fill(
                self.tr(
                    "Why is “%1” moved to “%2”? Colleagues see the reason in the "
                    "collaboration's details and its stage history."
                ),
                [title[:200], stage_label(stage)],
            )
        )
        self.reason = named(QPlainTextEdit(), "stageReason")
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setPlaceholderText(self.tr("e.g. the budget was cut until autumn"))
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(90)
        self.error = ErrorLabel("stageReasonError")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            fill(self.tr("Move to “%1”"), [stage_label(stage)])
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addWidget(self.reason)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(480, self.sizeHint().height())
        self.reason.setFocus()

    def text(self) -> str:
        return self.reason.toPlainText().strip()

    def accept(self) -> None:
        if not self.text():
            self.error.show_error(self.tr("Write the reason first: it is required."))
            self.reason.setFocus()
            return
        if len(self.text()) > REASON_MAX:
            self.error.show_error(
                fill(self.tr("The reason is too long: at most %1 characters."), [REASON_MAX])
            )
            return
        super().accept()


def ask_reason(parent: QWidget | None, title: str, stage: Stage) -> str | None:
    """The reason typed, or None when cancelled."""
    dialog = StageReasonDialog(title, stage, parent)
    return dialog.text() if dialog.exec() == QDialog.DialogCode.Accepted else None


def _centred(widget: QWidget) -> QWidget:
    """A cell's control at its own height, in the middle of a tall row
    (a row grows with a wrapped promise; a stretched list box looks broken)."""
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(4, 2, 4, 2)
    layout.addStretch(1)
    layout.addWidget(widget)
    layout.addStretch(1)
    return holder


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class CompletionDialog(QDialog):
    """One row per open promise: what to do with it, and the delivery date or
    the waiver's reason where the choice needs one."""

    PROMISE, CHOICE, DETAIL = range(3)

    def __init__(
        self,
        title: str,
        promises: Sequence[OpenPromise],
        renewal_title: str | None,
        parent: QWidget | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("completionDialog")
        self.setWindowTitle(fill(self.tr("Complete “%1”"), [title[:80]]))
        self._promises = tuple(promises)
        self._today = today or date.today()
        renewal = (
            fill(self.tr("Move to the renewal “%1”"), [renewal_title[:60]])
            if renewal_title is not None
            else self.tr("Move to a renewal (created now)")
        )
        self._choices = (
            (Settle.DELIVER, self.tr("Delivered")),
            (Settle.WAIVE, self.tr("Waive, with a reason")),
            (Settle.MISS, self.tr("Missed")),
            (Settle.RENEWAL, renewal),
        )
        intro = plain_label(
            self.tr(
                "These promises are still open. Say what became of each one; the "
                "collaboration is completed with all of them, in one step you can undo."
            )
        )
        self.all_choice = named(QComboBox(), "settleAll")
        self.all_choice.setAccessibleName(self.tr("Set every row to"))
        self.all_choice.addItem(self.tr("Set every row to…"), None)
        for action, text in self._choices:
            self.all_choice.addItem(text, action.value)
        self.all_choice.activated.connect(self._set_all)
        top = QHBoxLayout()
        top.addStretch(1)
        top.addWidget(self.all_choice)
        self.table = named(QTableWidget(len(self._promises), 3), "completionTable")
        self.table.setAccessibleName(self.tr("Open promises"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Promise"), self.tr("What became of it"), self.tr("Date or reason")]
        )
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.PROMISE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.CHOICE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.DETAIL, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(self.DETAIL, 260)
        self.combos: list[QComboBox] = []
        self.dates: list[QDateEdit] = []
        self.reasons: list[QLineEdit] = []
        self._details: list[QStackedWidget] = []
        for row, promise in enumerate(self._promises):
            self._add_row(row, promise)
        # A row is as tall as its wrapped promise at the column's real width.
        header.sectionResized.connect(lambda *_args: self.table.resizeRowsToContents())
        self.error = ErrorLabel("completionError")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Complete"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(960, min(640, 200 + 56 * len(self._promises)))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.table.resizeRowsToContents()

    def _add_row(self, row: int, promise: OpenPromise) -> None:
        side = (
            self.tr("The library gives")
            if promise.direction is Direction.LIBRARY_GIVES
            else self.tr("The partner gives")
        )
        due = format_date(promise.due_on) if promise.due_on else self.tr("no date")
        who = f" · {promise.partner_name}" if promise.partner_name else ""
        text = f"{' '.join(promise.description.split())[:300]}\n{side} · {due}{who}"
        item = QTableWidgetItem(text)
        item.setToolTip(promise.description[:2000])
        self.table.setItem(row, self.PROMISE, item)
        combo = named(QComboBox(), f"settle:{promise.id}")
        combo.setAccessibleName(fill(self.tr("What became of “%1”"), [promise.description[:60]]))
        for action, label in self._choices:
            combo.addItem(label, action.value)
        delivered = named(QDateEdit(), f"deliveredOn:{promise.id}")
        delivered.setCalendarPopup(True)
        delivered.setDisplayFormat(date_pattern(QLocale()))
        delivered.setMaximumDate(_qdate(self._today))
        delivered.setDate(_qdate(self._today))
        delivered.setAccessibleName(self.tr("Delivered on"))
        reason = named(QLineEdit(), f"waiveReason:{promise.id}")
        reason.setPlaceholderText(self.tr("Why is it waived? (required)"))
        reason.setAccessibleName(self.tr("Why is it waived?"))
        detail = QStackedWidget()
        detail.addWidget(delivered)
        detail.addWidget(reason)
        detail.addWidget(QLabel(""))
        combo.currentIndexChanged.connect(lambda _i, r=row: self._show_detail(r))
        self.table.setCellWidget(row, self.CHOICE, _centred(combo))
        self.table.setCellWidget(row, self.DETAIL, _centred(detail))
        self.combos.append(combo)
        self.dates.append(delivered)
        self.reasons.append(reason)
        self._details.append(detail)

    def _show_detail(self, row: int) -> None:
        action = Settle(self.combos[row].currentData())
        page = {Settle.DELIVER: 0, Settle.WAIVE: 1}.get(action, 2)
        self._details[row].setCurrentIndex(page)

    def _set_all(self, index: int) -> None:
        value = self.all_choice.itemData(index)
        if value is None:
            return
        for combo in self.combos:
            combo.setCurrentIndex(combo.findData(value))
        self.all_choice.setCurrentIndex(0)

    def choose(self, commitment_id: int, action: Settle, reason: str = "") -> None:
        """Set one row's choice (a test, or a person's click)."""
        row = next(i for i, p in enumerate(self._promises) if p.id == commitment_id)
        self.combos[row].setCurrentIndex(self.combos[row].findData(action.value))
        if reason:
            self.reasons[row].setText(reason)

    def settlements(self) -> tuple[Settlement, ...]:
        chosen = []
        for row, promise in enumerate(self._promises):
            action = Settle(self.combos[row].currentData())
            qd = self.dates[row].date()
            chosen.append(
                Settlement(
                    promise.id,
                    action,
                    delivered_on=date(qd.year(), qd.month(), qd.day())
                    if action is Settle.DELIVER
                    else None,
                    reason=self.reasons[row].text().strip() if action is Settle.WAIVE else "",
                )
            )
        return tuple(chosen)

    def accept(self) -> None:
        for row, settlement in enumerate(self.settlements()):
            if settlement.action is Settle.WAIVE and not settlement.reason:
                self.error.show_error(
                    fill(
                        self.tr("Say why “%1” is waived: the reason is required."),
                        [self._promises[row].description[:80]],
                    )
                )
                self.table.scrollTo(self.table.model().index(row, self.PROMISE))
                self.reasons[row].setFocus(Qt.FocusReason.OtherFocusReason)
                return
        super().accept()


def ask_settlements(
    parent: QWidget | None,
    title: str,
    promises: Sequence[OpenPromise],
    renewal_title: str | None,
) -> tuple[Settlement, ...] | None:
    """A choice for each open promise, or None when cancelled."""
    dialog = CompletionDialog(title, promises, renewal_title, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.settlements()
