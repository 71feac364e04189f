"""The branch chooser of a library system (issue 19): the collaboration
form's Branch, the Collaborations list's and the partner list's filter, the
Statistics branch. A single library (one branch) never shows it: each
screen hides it while `is_system` is false."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

translate = QCoreApplication.translate  # literal arguments: pyside6-lupdate finds them


def branch_text(name: str) -> str:
    """A branch as a list shows it; the unnamed branch of a former single
    library is still something one can pick."""
    return name or translate("BranchCombo", "(unnamed branch)")


class BranchCombo(QComboBox):
    """Branches by id; with `everything` the first item (None) means all."""

    def __init__(self, everything: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._everything = everything
        self.names: dict[int, str] = {}
        # As narrow as a bar of buttons at 1366 pixels needs; long names elide.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)
        if everything:
            self.addItem(everything, None)

    @property
    def is_system(self) -> bool:
        return len(self.names) > 1

    def set_branches(self, branches: Sequence[tuple[int, str]], chosen: int | None = None) -> bool:
        """Fill with (id, name), keeping the chosen one (or `chosen`); shown
        only when there are several. True when the choice changed."""
        before = self.currentData()
        keep = chosen if chosen is not None else before
        names = {branch_id: branch_text(name) for branch_id, name in branches}
        self.blockSignals(True)
        if names != self.names:
            self.names = names
            self.clear()
            if self._everything:
                self.addItem(self._everything, None)
            for branch_id, name in names.items():
                self.addItem(name, branch_id)
        index = self.findData(keep) if keep is not None else 0
        self.setCurrentIndex(max(index, 0))
        self.blockSignals(False)
        self.setVisible(self.is_system)
        return bool(self.currentData() != before)

    def chosen(self) -> int | None:
        """The chosen branch; None for "all" or in a single library."""
        chosen = self.currentData() if self.is_system else None
        return None if chosen is None else int(chosen)
