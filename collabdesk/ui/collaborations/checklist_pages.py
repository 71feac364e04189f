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
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from collabdesk.domain.enums import Audience
from collabdesk.domain.message import fill
from collabdesk.ui.collaborations.checklist_answer_fields import (
    AnswerContext,
    Slot,
    TranslationField,
    editor_text,
    heading_row,
    partner_caption,
    set_editor_text,
    text_editor,
    translate,
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


def heading_label(question: QuestionRecord, lang: str) -> QWidget:
    """A question's prompt as the heading of a control that is not a text
    field, with who reads the answer; a star marks the questions readiness
    counts."""
    return heading_row(
        plain_label(question.prompt(lang) + (" *" if question.required else "")), question
    )


class TextQuestion:
    """One question's label and editor, read and written as plain text;
    `extend` adds one field per partner (a per-partner question) and the
    second-language versions of a partner-facing answer."""

    def __init__(self, question: QuestionRecord, lang: str, multiline: bool) -> None:
        self.key = question.key
        self.step = question.step.value
        self.question = question
        self.multiline = multiline
        prompt = question.prompt(lang)
        self.label = plain_label(prompt + (" *" if question.required else ""))
        self.heading = heading_row(self.label, question)
        self.editor: QLineEdit | QPlainTextEdit = text_editor(multiline, LINE_HEIGHT_ROWS, TEXT_MAX)
        self.editor.setObjectName(f"answer:{question.key}")
        self.editor.setAccessibleName(prompt)
        self.label.setBuddy(self.editor)
        # partner (None: the whole collaboration) -> its field, and its translation
        self.fields: dict[int | None, QLineEdit | QPlainTextEdit] = {None: self.editor}
        self.translations: dict[int | None, TranslationField] = {}

    def extend(self, layout: QVBoxLayout, context: AnswerContext) -> None:
        """Add the partners' own fields and the translations after the editor."""
        at = layout.indexOf(self.editor)
        if self.question.per_partner and len(context.partners) > 1:
            first_id, first_name = context.partners[0]
            self.fields = {first_id: self.editor}
            self.editor.setObjectName(f"answer:{self.key}:{first_id}")
            layout.insertWidget(at, partner_caption(first_name, first_id, self.key))
            at += 1
            for partner_id, name in context.partners[1:]:
                editor = text_editor(self.multiline, LINE_HEIGHT_ROWS, TEXT_MAX)
                editor.setObjectName(f"answer:{self.key}:{partner_id}")
                editor.setAccessibleName(f"{self.label.text()} — {name}")
                layout.insertWidget(at + 1, partner_caption(name, partner_id, self.key))
                layout.insertWidget(at + 2, editor)
                self.fields[partner_id] = editor
                at += 2
            self.editor.setAccessibleName(f"{self.label.text()} — {first_name}")
        if self.question.audience is not Audience.PARTNER:
            return
        for owner, editor in self.fields.items():
            suffix = self.key if owner is None else f"{self.key}:{owner}"
            box = TranslationField(
                suffix, context.second_language, self.multiline, LINE_HEIGHT_ROWS, TEXT_MAX
            )
            self.translations[owner] = box
            layout.insertWidget(layout.indexOf(editor) + 1, box)

    def values(self) -> dict[Slot, str]:
        """Every text this question holds, by where it is saved."""
        found: dict[Slot, str] = {
            (self.key, partner_id, False): editor_text(editor)
            for partner_id, editor in self.fields.items()
        }
        for partner_id, box in self.translations.items():
            found[(self.key, partner_id, True)] = box.text()
        return found

    def set_values(self, saved: dict[Slot, str]) -> None:
        """Fill the fields. An older answer written for the whole
        collaboration is not copied into each partner's field (one
        partner's benefit would reach another's pitch): it shows there as
        a hint to split."""
        shared = saved.get((self.key, None, False), "")
        for partner_id, editor in self.fields.items():
            set_editor_text(editor, saved.get((self.key, partner_id, False), ""))
            if partner_id is not None and shared:
                editor.setPlaceholderText(
                    fill(
                        translate("ChecklistAnswerFields", "Written earlier for all partners: %1"),
                        [shared],
                    )
                )
        for partner_id, box in self.translations.items():
            box.set_text(saved.get((self.key, partner_id, True), ""))

    def text(self) -> str:
        return editor_text(self.editor)

    def set_text(self, text: str) -> None:
        set_editor_text(self.editor, text)


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
        self.body_layout.addWidget(item.heading)
        self.body_layout.addWidget(item.editor)
        return item

    def extend_answers(self, context: AnswerContext) -> None:
        """Per-partner fields and translations, once the partners are known."""
        for question in self.questions.values():
            if isinstance(question, TextQuestion):
                question.extend(self.body_layout, context)

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
        self.heading = heading_row(self.label, question)
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

    def values(self) -> dict[Slot, str]:
        return {(self.key, None, False): self.text()}

    def set_values(self, saved: dict[Slot, str]) -> None:
        self.set_text(saved.get((self.key, None, False), ""))

    def set_text(self, text: str) -> None:
        button = self.buttons.get(text)
        if button is None:
            self.group.setExclusive(False)
            for other in self.buttons.values():
                other.setChecked(False)
            self.group.setExclusive(True)
        else:
            button.setChecked(True)
