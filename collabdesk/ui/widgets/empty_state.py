"""What the list area shows before there is anything to list."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from collabdesk.ui.shell.startup import ALIGN_CENTER, set_alignment
from collabdesk.ui.widgets.named import named


class EmptyState(QFrame):
    add_requested = Signal()
    demo_requested = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        title_text: str = "",
        body_text: str = "",
        name: str = "emptyState",
    ) -> None:
        """The partner list's first screen; another view's with its own
        `title_text`, `body_text` and object `name` (the Overview's)."""
        super().__init__(parent)
        self.setObjectName(name)
        title = QLabel(title_text or self.tr("No partners yet"))
        title.setObjectName("emptyStateTitle")
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        set_alignment(title, ALIGN_CENTER)
        text = QLabel(
            body_text
            or self.tr(
                "Add the businesses, artists, designers and media you work with, "
                "or load demo data to look around first."
            )
        )
        text.setObjectName("emptyStateText")
        text.setWordWrap(True)
        set_alignment(text, ALIGN_CENTER)
        self.add_button = named(QPushButton(self.tr("Add a partner")), "addFirstPartnerButton")
        self.demo_button = named(QPushButton(self.tr("Load demo data")), "loadDemoButton")
        self.add_button.clicked.connect(self.add_requested)
        self.demo_button.clicked.connect(self.demo_requested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addSpacing(12)
        layout.addLayout(buttons)
        layout.addStretch(2)
        self.set_enabled(False)

    def set_enabled(self, enabled: bool) -> None:
        self.add_button.setEnabled(enabled)
        self.demo_button.setEnabled(enabled)
