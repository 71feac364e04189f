"""The one banner area at the top of the window.

Features add, replace and remove their own lines by key ("reminders" for
the overdue promises, "meeting" for meeting mode's read-only line). A key
holds one line: setting it again replaces the line, so reopening the data,
leaving meeting mode or restoring a backup can never show a line twice.
The banner is hidden while it has nothing to show.

A notice (`set_notice`: after a crash, a read-only folder) is a line with a
title, its explanation and a Dismiss button: it stays until read and
dismissed, and never stops the person working as a message box would.

Meeting mode `hold`s the banner: only the lines it keeps show (no line
about the office's own work in front of a partner); lines set meanwhile
stay hidden until the hold ends.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

TONES = {
    "warning": "background: #fff3cd; color: #3b2f00;",
    "meeting": "background: #1F5C99; color: white;",
    "info": "background: #e7f1fb; color: #0b2e4f;",
}


class Banner(QWidget):
    """Lines by key, in the order they were first added."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(1)
        self._lines: dict[str, QWidget] = {}
        self._keep: frozenset[str] | None = None  # while held: the keys that show
        self.hide()

    # --- lines -------------------------------------------------------------------
    def set_line(self, key: str, widget: QWidget) -> QWidget:
        """Show `widget` as the line `key`, replacing the one there."""
        old = self._lines.get(key)
        if old is widget:
            return widget
        widget.setProperty("bannerKey", key)
        if old is not None:
            self._layout.replaceWidget(old, widget)
            self._drop(old)
        else:
            self._layout.addWidget(widget)
        self._lines[key] = widget
        widget.setVisible(self._shows(key))
        self._update()
        return widget

    def set_text(self, key: str, text: str, *, tone: str = "info", name: str = "") -> QLabel:
        """A line of plain text; `name` becomes the label's objectName."""
        from PySide6.QtCore import Qt  # not before the first paint (ui/shell/startup.py, 3.)

        label = QLabel(text)  # as typed, never rich text
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setObjectName(name or f"banner_{key}")
        label.setStyleSheet(f"{TONES.get(tone, TONES['info'])} padding: 4px 8px;")
        self.set_line(key, label)
        return label

    def set_notice(self, key: str, title: str, text: str, *, name: str = "") -> NoticeLine:
        """A warning line that stays until its Dismiss button is pressed."""
        line = NoticeLine(title, text)
        line.setObjectName(name or f"banner_{key}")
        line.dismiss_button.clicked.connect(lambda: self.remove(key))
        self.set_line(key, line)
        return line

    def remove(self, key: str) -> None:
        old = self._lines.pop(key, None)
        if old is not None:
            self._layout.removeWidget(old)
            self._drop(old)
        self._update()

    def line(self, key: str) -> QWidget | None:
        return self._lines.get(key)

    def keys(self) -> list[str]:
        return list(self._lines)

    def shown_keys(self) -> list[str]:
        """The keys whose lines are on screen (when the window is)."""
        return [key for key, widget in self._lines.items() if not widget.isHidden()]

    def texts(self) -> list[str]:
        """The first text of each shown line, for tests and screen readers."""
        found = []
        for key in self.shown_keys():
            widget = self._lines[key]
            label = widget if isinstance(widget, QLabel) else widget.findChild(QLabel)
            found.append(label.text() if isinstance(label, QLabel) else "")
        return found

    # --- meeting mode -------------------------------------------------------------
    def hold(self, keep: Iterable[str] | None) -> None:
        """Only the lines of `keep` show from now on; None shows all again."""
        self._keep = None if keep is None else frozenset(keep)
        for key, widget in self._lines.items():
            widget.setVisible(self._shows(key))
        self._update()

    @property
    def held(self) -> bool:
        return self._keep is not None

    def _shows(self, key: str) -> bool:
        return self._keep is None or key in self._keep

    def _drop(self, widget: QWidget) -> None:
        widget.hide()
        widget.setParent(None)  # gone from findChild now, not at the next event loop turn
        widget.deleteLater()

    def _update(self) -> None:
        self.setVisible(bool(self.shown_keys()))


class NoticeLine(QFrame):
    """Title and explanation, wrapped to the window's width, and Dismiss."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        from PySide6.QtCore import Qt  # not before the first paint (ui/shell/startup.py, 3.)

        from collabdesk.domain.message import fill

        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAutoFillBackground(True)
        self.setStyleSheet(f"NoticeLine {{ {TONES['warning']} }} QLabel {{ color: #3b2f00; }}")
        self.title = QLabel(title)
        self.text = QLabel(text)
        for label in (self.title, self.text):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.title.setObjectName("noticeTitle")
        self.text.setObjectName("noticeText")
        self.dismiss_button = QPushButton(QCoreApplication.translate("Banner", "Dismiss"))
        self.dismiss_button.setObjectName("dismissNoticeButton")
        self.dismiss_button.setAccessibleName(
            fill(QCoreApplication.translate("Banner", "Dismiss: %1"), [title])
        )
        words = QVBoxLayout()
        words.setSpacing(2)
        words.addWidget(self.title)
        words.addWidget(self.text)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addLayout(words, 1)
        layout.addWidget(self.dismiss_button, 0, Qt.AlignmentFlag.AlignTop)
