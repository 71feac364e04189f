"""How wide each tracker column is: as wide as what it typically holds in
the interface's language and font, measured rather than guessed in pixels,
so that a 1366×768 laptop shows every column without scrolling sideways.
Longer text is elided (the whole of it is in the cell's tooltip); the
description takes whatever width is left."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QHeaderView, QTableView

from collabdesk.domain.commitment_flow import OPEN_STATUSES
from collabdesk.domain.enums import CommitmentStatus, Direction
from collabdesk.ui.commitments.commitment_labels import (
    commitment_status_label,
    direction_label,
    due_text,
    translate,
)
from collabdesk.ui.commitments.commitment_table_model import CommitmentTableModel
from collabdesk.ui.shell.i18n import format_money

ROW_PADDING = 8  # pixels above and below a row's text
CELL_PADDING = 18  # pixels left and right of a cell's text, and the sort arrow
NAME_CHARACTERS = 20  # a partner's or collaboration's name, typically
OWNER_CHARACTERS = 14
QUANTITY_CHARACTERS = 10  # "12 months"
DESCRIPTION_MINIMUM = 28  # characters the description keeps on a narrow screen
TYPICAL_DAYS_LATE = 5  # "(5 days late)"; a later one is elided, whole in its tooltip
ICON_ROOM = "    "  # about the width of the overdue warning icon


def typical_texts() -> dict[int, list[str]]:
    """Per column, the texts whose widest sets its width."""
    m = CommitmentTableModel
    today = date(2026, 12, 28)  # two-digit day and month: the widest dates
    overdue = translate("CommitmentLabels", "OVERDUE")
    no_proof = translate("CommitmentLabels", "no proof")
    delivered = commitment_status_label(CommitmentStatus.DELIVERED)
    return {
        m.SIDE: [direction_label(d) for d in Direction],
        m.DUE: [due_text(today - timedelta(days=TYPICAL_DAYS_LATE), today)],
        # Only an open commitment is overdue; the warning icon stands before it.
        m.STATUS: [ICON_ROOM + f"{overdue} · {commitment_status_label(s)}" for s in OPEN_STATUSES]
        + [f"{delivered} · {no_proof}"]
        + [commitment_status_label(s) for s in CommitmentStatus],
        m.VALUE: [format_money(Decimal("1440000"), "RUB")],
    }


def size_columns(table: QTableView) -> None:
    """Set the widths once; the person may still drag any of them."""
    metrics = QFontMetrics(table.font())
    header = table.horizontalHeader()
    header_metrics = QFontMetrics(header.font())
    model = table.model()
    average = metrics.averageCharWidth()
    by_characters = {
        CommitmentTableModel.PARTNER: NAME_CHARACTERS,
        CommitmentTableModel.COLLABORATION: NAME_CHARACTERS,
        CommitmentTableModel.QUANTITY: QUANTITY_CHARACTERS,
        CommitmentTableModel.OWNER: OWNER_CHARACTERS,
    }
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(False)
    header.setMinimumSectionSize(average * 4)
    for column in range(model.columnCount()):
        title = str(model.headerData(column, header.orientation()) or "")
        width = header_metrics.horizontalAdvance(title) + CELL_PADDING
        for text in typical_texts().get(column, []):
            width = max(width, metrics.horizontalAdvance(text) + CELL_PADDING)
        if column in by_characters:
            width = max(width, average * by_characters[column] + CELL_PADDING)
        table.setColumnWidth(column, width)
    header.setSectionResizeMode(CommitmentTableModel.DESCRIPTION, QHeaderView.ResizeMode.Stretch)
    table.setMinimumWidth(0)
    description_floor = average * DESCRIPTION_MINIMUM
    header.setMinimumSectionSize(min(header.minimumSectionSize(), description_floor))
