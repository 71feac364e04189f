"""A paint of the tracker asks each visible cell for a dozen roles: the
model answers those it has no value for without looking the row up, and
looks the style's warning icon up once, not once per overdue cell."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from collabdesk.services.commitment_tracker import CommitmentTracker
from collabdesk.services.desk import Desk
from collabdesk.store.database import Database
from collabdesk.ui.commitments import commitment_table_model
from collabdesk.ui.commitments.commitment_table_model import CommitmentTableModel

from .test_list_paging import add_commitments


def test_cells_cost_little_per_paint(db: Database, desk: Desk, monkeypatch: Any) -> None:
    add_commitments(desk, 30)  # due in early 2026: overdue by now
    model = CommitmentTableModel(CommitmentTracker(db.sessions))
    assert model.row_at(0) is not None and model.row_at(0).overdue  # type: ignore[union-attr]
    looked_up: list[int] = []
    row_at = model.row_at
    monkeypatch.setattr(model, "row_at", lambda row: looked_up.append(row) or row_at(row))
    style = QApplication.style()
    icons: list[Any] = []
    real_icon = style.standardIcon

    class Style:
        def standardIcon(self, *args: Any) -> Any:
            icons.append(args)
            return real_icon(*args)

    monkeypatch.setattr(QApplication, "style", staticmethod(lambda: Style()))
    monkeypatch.setattr(commitment_table_model, "_ICONS", {})
    for row in range(30):
        index = model.index(row, CommitmentTableModel.STATUS)
        for role in (Qt.ItemDataRole.FontRole, Qt.ItemDataRole.SizeHintRole,
                     Qt.ItemDataRole.CheckStateRole):  # fmt: skip
            assert model.data(index, role) is None
        assert not model.data(index, Qt.ItemDataRole.DecorationRole).isNull()
    assert looked_up == list(range(30))  # once per cell, for the icon only
    assert len(icons) == 1
