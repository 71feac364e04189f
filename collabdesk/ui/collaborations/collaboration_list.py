"""The collaborations list as a table whose columns are as wide as what
they typically hold: a title of about thirty characters keeps its width
(long stage names no longer squeeze it to "…"), stage, readiness and dates
fit their content, and the partners' names take what is left."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from collabdesk.ui.collaborations.collaboration_table_model import CollaborationTableModel

TITLE_CHARACTERS = 30  # a typical title; longer ones wrap or show whole in the tooltip
TITLE_WIDTH = 260  # pixels at the least, whatever the font
CONTENTS_PRECISION = 30  # rows measured for the columns that fit their contents


def title_width(view: QTableView) -> int:
    """Room for a typical title in the view's own font."""
    typical = view.fontMetrics().horizontalAdvance("x" * TITLE_CHARACTERS)
    return max(TITLE_WIDTH, typical)


class CollaborationList(QTableView):
    def __init__(self, model: CollaborationTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("collaborationList")
        self.setAccessibleName(self.tr("Collaborations"))
        self.setModel(model)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(True)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Measured over the first rows only: a stage, a percent and a date are
        # as wide in row 30 as in row 20,000, and measuring every row read
        # so far cost more than reading them.
        header.setResizeContentsPrecision(CONTENTS_PRECISION)
        header.setSectionResizeMode(
            CollaborationTableModel.TITLE, QHeaderView.ResizeMode.Interactive
        )
        header.resizeSection(CollaborationTableModel.TITLE, title_width(self))
        header.setSectionResizeMode(
            CollaborationTableModel.PARTNERS, QHeaderView.ResizeMode.Stretch
        )
        # A library system's branch (hidden in a single library): a short
        # column, the whole name in the tooltip; the partners keep their room.
        header.setSectionResizeMode(
            CollaborationTableModel.BRANCH, QHeaderView.ResizeMode.Interactive
        )
        header.resizeSection(
            CollaborationTableModel.BRANCH, self.fontMetrics().horizontalAdvance("x" * 14)
        )
        self.setColumnHidden(CollaborationTableModel.BRANCH, True)
