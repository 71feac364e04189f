"""The collaborations list: one row per collaboration with its readiness.

A library has tens to a few hundred collaborations, so the model loads the
filtered list (filtered in SQL by the service) in one go."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from collabdesk.domain.enums import Stage
from collabdesk.ui.shell.i18n import format_date
from collabdesk.ui.widgets.labels import stage_label

if TYPE_CHECKING:
    from collabdesk.services.desk import Desk

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class CollaborationLine:
    id: int
    title: str
    stage: Stage
    partners: tuple[str, ...]
    starts_on: date | None
    ends_on: date | None
    readiness: int


def load_lines(desk: Desk, stage: Stage | None, partner_id: int | None) -> list[CollaborationLine]:
    rows = desk.collaborations.rows(stage=stage, partner_id=partner_id)
    ready = desk.checklist.readiness_of([r.id for r in rows])
    return [
        CollaborationLine(
            r.id, r.title, r.stage, r.partner_names, r.starts_on, r.ends_on, ready[r.id].percent
        )
        for r in rows
    ]


class CollaborationTableModel(QAbstractTableModel):
    TITLE, STAGE, PARTNERS, READY, STARTS, ENDS = range(6)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lines: list[CollaborationLine] = []

    def set_lines(self, lines: list[CollaborationLine]) -> None:
        self.beginResetModel()
        self.lines = lines
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Title"),
            self.tr("Stage"),
            self.tr("Partners"),
            self.tr("Ready"),
            self.tr("Starts"),
            self.tr("Ends"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self.lines[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.UserRole:
            return line.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.READY:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.TITLE, self.PARTNERS):
            # A title or a list of partners too long for its column reads whole here.
            return line.title if column == self.TITLE else ", ".join(line.partners)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == self.TITLE:
            return line.title
        if column == self.STAGE:
            return stage_label(line.stage)
        if column == self.PARTNERS:
            return ", ".join(line.partners)
        if column == self.READY:
            return f"{line.readiness} %"
        day = line.starts_on if column == self.STARTS else line.ends_on
        return format_date(day) if day else ""

    def row_of(self, collaboration_id: int) -> int | None:
        return next((i for i, line in enumerate(self.lines) if line.id == collaboration_id), None)
