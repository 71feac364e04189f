"""The wizard's last page: how ready the collaboration is to pitch, and
the list of what is still missing; an item of that list takes the wizard
back to its question."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QProgressBar

from collabdesk.domain.message import fill
from collabdesk.ui.collaborations.checklist_pages import StepPage
from collabdesk.ui.collaborations.readiness_items import MissingList
from collabdesk.ui.widgets.error_label import plain_label
from collabdesk.ui.widgets.named import named

if TYPE_CHECKING:
    from collabdesk.services.readiness import Readiness


class SummaryPage(StepPage):
    def __init__(self, readiness: Callable[[], Readiness], lang: str) -> None:
        super().__init__(
            self.tr("Readiness"),
            self.tr(
                "How complete the preparation is. A collaboration below 100 % can "
                "still be pitched; the list says what is missing."
            ),
        )
        self.setObjectName("summaryPage")
        self._readiness = readiness
        self._lang = lang
        self.prompts: dict[str, str] = {}
        self.bar = named(QProgressBar(), "readinessBar")
        self.bar.setRange(0, 100)
        self.bar.setAccessibleName(self.tr("Readiness"))
        self.label = named(plain_label(), "readinessLabel")
        font = self.label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.label.setFont(font)
        self.missing = named(MissingList(), "missingList")
        self.body_layout.addWidget(self.label)
        self.body_layout.addWidget(self.bar)
        self.hint = named(
            plain_label(self.tr("Click an item, or press Enter on it, to go to its question.")),
            "missingHint",
        )
        self.body_layout.addWidget(self.hint)
        self.body_layout.addWidget(self.missing, 1)

    def initializePage(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        readiness = self._readiness()
        self.bar.setValue(readiness.percent)
        if readiness.complete:
            self.label.setText(self.tr("Ready: 100 %. Everything is prepared for the pitch."))
        else:
            self.label.setText(
                fill(self.tr("Ready: %1 %. Still missing:"), [str(readiness.percent)])
            )
        self.missing.show_missing(readiness, self.prompts)
        self.missing.setVisible(not readiness.complete)
        self.hint.setVisible(not readiness.complete)
