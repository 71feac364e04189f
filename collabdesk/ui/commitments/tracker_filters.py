"""The tracker's filters in one row: search, side, status, due window, owner,
partner and "delivered without proof". One row so that a 1366×768 laptop
keeps its height for the commitments themselves; the combos shrink to a few
characters and show their full text when opened."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QWidget

from collabdesk.domain.enums import CommitmentStatus, Direction
from collabdesk.services.tracker_query import DueWindow, SortKey, TrackerQuery
from collabdesk.ui.commitments.commitment_labels import commitment_status_label, direction_label
from collabdesk.ui.widgets.named import named
from collabdesk.ui.widgets.partner_picker import PartnerOption, PartnerPicker
from collabdesk.ui.widgets.search_field import search_field

if TYPE_CHECKING:
    from collabdesk.services.desk import Desk

COMBO_CHARACTERS = 6  # a closed combo shows this much; the open list shows all


@dataclass(frozen=True)
class Narrowing:
    """A list behind a figure of the home dashboard, beyond the combos: a
    kind of partner, delivered in a year, due after a day; `text` says it."""

    text: str
    partner_kind: str | None = None
    delivered_in: int | None = None
    due_after: date | None = None


class TrackerFilters(QWidget):
    changed = Signal()  # any filter changed: query again

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("commitmentFilters")
        self.search = search_field(
            "commitmentSearch",
            self.tr("Search commitments, partners, owners…"),
            self.tr("Search commitments"),
        )
        self.direction_filter = named(QComboBox(), "commitmentDirectionFilter")
        self.direction_filter.setAccessibleName(self.tr("Side"))
        self.direction_filter.addItem(self.tr("Both sides"), None)
        for direction in Direction:
            self.direction_filter.addItem(direction_label(direction), direction.value)
        self.status_filter = named(QComboBox(), "commitmentStatusFilter")
        self.status_filter.setAccessibleName(self.tr("Status"))
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in CommitmentStatus:
            self.status_filter.addItem(commitment_status_label(status), status.value)
        self.window_filter = named(QComboBox(), "commitmentWindowFilter")
        self.window_filter.setAccessibleName(self.tr("Due date"))
        for window, text in (
            (DueWindow.ALL, self.tr("Any due date")),
            (DueWindow.OVERDUE, self.tr("Overdue")),
            (DueWindow.SOON, self.tr("Overdue or due within 7 days")),
            (DueWindow.THIS_WEEK, self.tr("Due this week")),
            (DueWindow.THIS_MONTH, self.tr("Due this month")),
        ):
            self.window_filter.addItem(text, window.value)
        self.owner_filter = named(QComboBox(), "commitmentOwnerFilter")
        self.owner_filter.setAccessibleName(self.tr("Owner"))
        self.partner_filter = PartnerPicker("commitmentPartnerFilter")
        self.partner_filter.setMinimumContentsLength(COMBO_CHARACTERS + 2)
        self.no_proof_filter = named(QCheckBox(self.tr("Without proof")), "commitmentNoProofFilter")
        self.no_proof_filter.setToolTip(self.tr("Only commitments delivered without proof"))
        self.no_proof_filter.setAccessibleName(self.tr("Delivered without proof"))
        # Shown only while a dashboard figure's list is open; unticked, it goes.
        self.narrowing: Narrowing | None = None
        self.narrowing_check = named(QCheckBox(), "commitmentNarrowing")
        self.narrowing_check.setToolTip(self.tr("Untick to see every commitment again"))
        self.narrowing_check.setAccessibleName(self.tr("The list behind an Overview figure"))
        self.narrowing_check.hide()
        self.narrowing_check.toggled.connect(self._on_narrowing_toggled)
        self.refill(None)

        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        row.addWidget(self.search, 3)
        for combo in self.combos():
            if combo is not self.partner_filter:
                combo.setSizeAdjustPolicy(
                    QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
                )
                combo.setMinimumContentsLength(COMBO_CHARACTERS)
            combo.setToolTip(combo.accessibleName())
            row.addWidget(combo, 1)
        row.addWidget(self.no_proof_filter)
        row.addWidget(self.narrowing_check)

        self.search.textChanged.connect(self.changed)
        for combo in self.combos():
            combo.currentIndexChanged.connect(self.changed)
        self.no_proof_filter.toggled.connect(self.changed)

    def combos(self) -> tuple[QComboBox, ...]:
        return (
            self.direction_filter,
            self.status_filter,
            self.window_filter,
            self.owner_filter,
            self.partner_filter,
        )

    def refill(self, desk: Desk | None) -> None:
        """Owners and partners that have commitments; keeps the current choice.
        The partners are searched as the person types in their filter."""
        owner = self.owner_filter.currentData()
        self.owner_filter.blockSignals(True)
        self.owner_filter.clear()
        self.owner_filter.addItem(self.tr("Any owner"), "")
        if desk is not None:
            for name in desk.tracker.owners():
                self.owner_filter.addItem(name, name)
        self.owner_filter.setCurrentIndex(max(self.owner_filter.findData(owner), 0))
        self.owner_filter.blockSignals(False)
        self.partner_filter.blockSignals(True)
        self.partner_filter.set_search(
            partial(partners_with_commitments, desk), none_text=self.tr("All partners")
        )
        self.partner_filter.blockSignals(False)

    def query(self, collaboration_id: int | None, sort: SortKey, descending: bool) -> TrackerQuery:
        query = self._combos_query(collaboration_id, sort, descending)
        narrow = self.narrowing
        if narrow is None:
            return query
        return replace(
            query,
            partner_kind=narrow.partner_kind,
            delivered_in=narrow.delivered_in,
            due_after=narrow.due_after,
        )

    def _combos_query(
        self, collaboration_id: int | None, sort: SortKey, descending: bool
    ) -> TrackerQuery:
        direction = self.direction_filter.currentData()
        status = self.status_filter.currentData()
        return TrackerQuery(
            direction=Direction(direction) if direction else None,
            status=CommitmentStatus(status) if status else None,
            owner=self.owner_filter.currentData() or "",
            partner_id=self.partner_filter.partner_id(),
            collaboration_id=collaboration_id,
            window=DueWindow(self.window_filter.currentData() or DueWindow.ALL),
            text=self.search.text(),
            without_proof=self.no_proof_filter.isChecked(),
            sort=sort,
            descending=descending,
        )

    def reset(self, window: DueWindow = DueWindow.ALL) -> None:
        """Every filter back to "all" (the due window to `window`), one query."""
        widgets: tuple[QWidget, ...] = (self.search, *self.combos(), self.no_proof_filter)
        for widget in widgets:
            widget.blockSignals(True)
        self.search.clear()
        for combo in self.combos():
            combo.setCurrentIndex(0)
        self.window_filter.setCurrentIndex(max(self.window_filter.findData(window.value), 0))
        self.no_proof_filter.setChecked(False)
        self._set_narrowing(None)
        for widget in widgets:
            widget.blockSignals(False)
        self.changed.emit()

    def narrow(self, direction: Direction | None, narrowing: Narrowing) -> None:
        """Every filter reset, then one side and `narrowing`: one query."""
        self.blockSignals(True)  # `changed` once, at the end
        self.reset()
        self.direction_filter.setCurrentIndex(
            max(self.direction_filter.findData(direction.value if direction else None), 0)
        )
        self.blockSignals(False)
        self._set_narrowing(narrowing)
        self.changed.emit()

    def _set_narrowing(self, narrowing: Narrowing | None) -> None:
        self.narrowing = narrowing
        self.narrowing_check.blockSignals(True)
        self.narrowing_check.setChecked(narrowing is not None)
        self.narrowing_check.setText(narrowing.text if narrowing else "")
        if narrowing is not None:
            self.narrowing_check.setAccessibleName(narrowing.text)
        self.narrowing_check.blockSignals(False)
        self.narrowing_check.setVisible(narrowing is not None)

    def _on_narrowing_toggled(self, on: bool) -> None:
        if not on:
            self._set_narrowing(None)
            self.changed.emit()


def partners_with_commitments(desk: Desk | None, text: str) -> list[PartnerOption]:
    """The tracker's partner choices for what was typed: a page of the
    partners with commitments, by name, read from SQL (never all of them)."""
    if desk is None:
        return []
    return [PartnerOption(*choice) for choice in desk.tracker.partners_named(text)]
