"""Shared parts of the checklist wizard's pages: a scrolling page whose text
questions come from the template, so a reworded or added question shows
without code changes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from collabdesk.ui.widgets.error_label import plain_label
from collabdesk.ui.widgets.named import named

if TYPE_CHECKING:
    from collabdesk.services.checklist import QuestionRecord

TEXT_MAX = 20_000
LINE_HEIGHT_ROWS = 3


def checklist_language() -> str:
    """ "ru" when the program runs in Russian, else "en" (prompts exist in both)."""
    return "ru" if QLocale().language() == QLocale.Language.Russian else "en"


def heading_label(question: QuestionRecord, lang: str) -> QLabel:
    """A question's prompt as the heading of a control that is not a text
    field; a star marks the questions readiness counts."""
    return plain_label(question.prompt(lang) + (" *" if question.required else ""))


class TextQuestion:
    """One question's label and editor, read and written as plain text."""

    def __init__(self, question: QuestionRecord, lang: str, multiline: bool) -> None:
        self.key = question.key
        self.step = question.step.value
        prompt = question.prompt(lang)
        self.label = plain_label(prompt + (" *" if question.required else ""))
        self.editor: QLineEdit | QPlainTextEdit
        if multiline:
            editor = QPlainTextEdit()
            editor.setTabChangesFocus(True)
            line = editor.fontMetrics().lineSpacing()
            editor.setMinimumHeight(line * LINE_HEIGHT_ROWS + 12)
            editor.setMaximumHeight(line * LINE_HEIGHT_ROWS + 12)
            self.editor = editor
        else:
            self.editor = QLineEdit()
            self.editor.setMaxLength(TEXT_MAX)
        self.editor.setObjectName(f"answer:{question.key}")
        self.editor.setAccessibleName(prompt)
        self.label.setBuddy(self.editor)

    def text(self) -> str:
        if isinstance(self.editor, QPlainTextEdit):
            return self.editor.toPlainText()
        return self.editor.text()

    def set_text(self, text: str) -> None:
        if isinstance(self.editor, QPlainTextEdit):
            self.editor.setPlainText(text)
        else:
            self.editor.setText(text)


class StepPage(QWizardPage):
    """A wizard page whose body scrolls, so long prompts or a small screen
    never cut a field off."""

    def __init__(self, title: str, subtitle: str) -> None:
        super().__init__()
        self.setTitle(title)
        self.setSubTitle(subtitle)
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 8, 0)
        self.scroll_area = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the questions
        scroll.setWidget(self.body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.questions: dict[str, TextQuestion | ChoiceQuestion] = {}

    def add_question(self, question: QuestionRecord, lang: str, multiline: bool) -> TextQuestion:
        item = TextQuestion(question, lang, multiline)
        self.questions[question.key] = item
        self.body_layout.addWidget(item.label)
        self.body_layout.addWidget(item.editor)
        return item

    def cleanupPage(self) -> None:
        """Going back keeps what was typed (the default would reset fields)."""

    def focus_first(self) -> None:
        """Focus the page's first control, so typing starts at once."""
        widget = self.body.nextInFocusChain()
        while widget is not None and widget is not self.body:
            if (
                self.body.isAncestorOf(widget)
                and widget.isVisibleTo(self)
                and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            ):
                widget.setFocus(Qt.FocusReason.TabFocusReason)
                return
            widget = widget.nextInFocusChain()

    def scroll_to(self, widget: QWidget) -> None:
        self.scroll_area.ensureWidgetVisible(widget)

    def focus_widget(self, key: str) -> QWidget | None:
        """The control that answers question `key` on this page (a readiness
        item opens the wizard there); pages with special controls add theirs."""
        question = self.questions.get(key)
        if isinstance(question, ChoiceQuestion):
            buttons: list[QWidget] = list(question.buttons.values())
            checked = [b for b in buttons if isinstance(b, QRadioButton) and b.isChecked()]
            return (checked or buttons or [question.editor])[0]
        return None if question is None else question.editor


class ChoiceQuestion:
    """A question answered by one of a few fixed values (values match: yes,
    partly, no), shown as radio buttons."""

    def __init__(
        self, question: QuestionRecord, lang: str, options: list[tuple[str, str, str]]
    ) -> None:
        self.key = question.key
        self.step = question.step.value
        self.label = plain_label(question.prompt(lang) + (" *" if question.required else ""))
        self.editor = QWidget()
        row = QHBoxLayout(self.editor)
        row.setContentsMargins(0, 0, 0, 0)
        self.group = QButtonGroup(self.editor)
        self.buttons: dict[str, QRadioButton] = {}
        for value, text, object_name in options:
            button = named(QRadioButton(text), object_name)
            self.group.addButton(button)
            self.buttons[value] = button
            row.addWidget(button)
        row.addStretch(1)

    def text(self) -> str:
        return next((v for v, b in self.buttons.items() if b.isChecked()), "")

    def set_text(self, text: str) -> None:
        button = self.buttons.get(text)
        if button is None:
            self.group.setExclusive(False)
            for other in self.buttons.values():
                other.setChecked(False)
            self.group.setExclusive(True)
        else:
            button.setChecked(True)
