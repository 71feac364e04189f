"""Who reads an answer, and the answers a question may need besides the one
field: one per partner taking part (a per-partner question) and a
second-language version of a text the partner reads.

The mark is quiet on purpose: a colleague typing "they need clicks" should
see at a glance that the answer stays in the office, without a banner
shouting at every question."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from collabdesk.domain.enums import Audience
from collabdesk.domain.message import fill
from collabdesk.ui.widgets.error_label import plain_label
from collabdesk.ui.widgets.named import named

if TYPE_CHECKING:
    from collabdesk.services.checklist import QuestionRecord

# One saved text: (question key, partner or None for the whole collaboration,
# True for the second-language version).
Slot = tuple[str, int | None, bool]

MARK_STYLE = "color: #4a4a4a;"  # quiet, yet 9:1 on the dialog's grey
PARTNER_MARK_STYLE = "color: #1d5a8a;"


translate = QCoreApplication.translate  # called with literal arguments: lupdate finds them


@dataclass(frozen=True)
class AnswerContext:
    """What the extra fields need to know about the collaboration."""

    partners: tuple[tuple[int, str], ...] = ()  # partners taking part: (id, name)
    second_language: str = "en"  # the language a translation is written in


def second_language(data_language: str | None) -> str:
    """The language a translation is written in: the one the library's data
    (the profile's default language, Russian unless said) is not in."""
    return "ru" if (data_language or "ru").strip().lower() == "en" else "en"


def audience_mark(question: QuestionRecord) -> QLabel:
    """ "Partner sees this" or "Staff only", in small quiet type."""
    partner = question.audience is Audience.PARTNER
    if partner:
        text = translate("ChecklistAnswerFields", "Partner sees this")
        tip = translate(
            "ChecklistAnswerFields",
            "The answer may appear in the pitch, the slides and the meeting copy.",
        )
    else:
        text = translate("ChecklistAnswerFields", "Staff only")
        tip = translate(
            "ChecklistAnswerFields",
            "The answer stays in the library: no document for the partner shows it.",
        )
    mark = named(plain_label(text, wrap=False), f"audience:{question.key}")
    mark.setToolTip(tip)
    mark.setStyleSheet(PARTNER_MARK_STYLE if partner else MARK_STYLE)
    font = mark.font()
    font.setPointSizeF(max(8.0, font.pointSizeF() * 0.9))
    font.setItalic(True)
    mark.setFont(font)
    mark.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
    return mark


def heading_row(label: QLabel, question: QuestionRecord) -> QWidget:
    """The prompt with the audience mark at its right."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 4, 0, 0)
    layout.addWidget(label, 1)
    layout.addWidget(audience_mark(question), 0, Qt.AlignmentFlag.AlignBottom)
    return row


def text_editor(multiline: bool, rows: int, max_length: int) -> QLineEdit | QPlainTextEdit:
    if multiline:
        editor = QPlainTextEdit()
        editor.setTabChangesFocus(True)
        line = editor.fontMetrics().lineSpacing()
        editor.setMinimumHeight(line * rows + 12)
        editor.setMaximumHeight(line * rows + 12)
        return editor
    line_editor = QLineEdit()
    line_editor.setMaxLength(max_length)
    return line_editor


def editor_text(editor: QLineEdit | QPlainTextEdit) -> str:
    return editor.toPlainText() if isinstance(editor, QPlainTextEdit) else editor.text()


def set_editor_text(editor: QLineEdit | QPlainTextEdit, text: str) -> None:
    if isinstance(editor, QPlainTextEdit):
        editor.setPlainText(text)
    else:
        editor.setText(text)


class TranslationField(QWidget):
    """A compact "Translation (EN)" switch that opens a second field; open
    from the start when a translation is saved."""

    def __init__(
        self, name: str, language: str, multiline: bool, rows: int, max_length: int
    ) -> None:
        super().__init__()
        self.setObjectName(f"translationBox:{name}")
        code = language.upper()
        self.toggle = named(QToolButton(), f"translationToggle:{name}")
        self.toggle.setText(fill(translate("ChecklistAnswerFields", "Translation (%1)"), [code]))
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.setAutoRaise(True)
        self.toggle.setAccessibleName(
            fill(translate("ChecklistAnswerFields", "Show the translation into %1"), [code])
        )
        self.editor = text_editor(multiline, max(2, rows - 1), max_length)
        self.editor.setObjectName(f"translation:{name}")
        self.editor.setAccessibleName(
            fill(translate("ChecklistAnswerFields", "Translation (%1)"), [code])
        )
        self.editor.hide()
        self.toggle.toggled.connect(self._opened)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.editor)

    def _opened(self, shown: bool) -> None:
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.editor.setVisible(shown)
        if shown:
            self.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def text(self) -> str:
        return editor_text(self.editor)

    def set_text(self, text: str) -> None:
        set_editor_text(self.editor, text)
        if text.strip():
            self.toggle.setChecked(True)


def partner_caption(name: str, partner_id: int, key: str) -> QLabel:
    """The partner's name over their own answer field."""
    label = named(
        plain_label(fill(translate("ChecklistAnswerFields", "For %1:"), [name])),
        f"answerPartner:{key}:{partner_id}",
    )
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label
