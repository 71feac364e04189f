"""Wizard pages 1–3: why we need the collaboration, the alternatives (plan
B), and what the partner gets qualitatively."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from collabdesk.domain.checklist import GOAL, PLAN_B, VALUES_MATCH, VALUES_NOTE
from collabdesk.services.errors import ServiceError
from collabdesk.ui.collaborations.checklist_pages import ChoiceQuestion, StepPage, heading_label
from collabdesk.ui.widgets import prompts
from collabdesk.ui.widgets.error_label import ErrorLabel
from collabdesk.ui.widgets.named import named
from collabdesk.ui.widgets.partner_picker import PartnerPicker, options_from

if TYPE_CHECKING:
    from collabdesk.services.checklist import QuestionRecord
    from collabdesk.services.desk import Desk

SINGLE_LINE = {GOAL, VALUES_NOTE}


def add_text_questions(
    page: StepPage,
    questions: list[QuestionRecord],
    lang: str,
    special: dict[str, Callable[[QuestionRecord], None]] | None = None,
) -> None:
    """Every question of the step in template order: special ones through
    their builder, the rest (a library's own questions too) as text."""
    special = special or {}
    for question in questions:
        if question.key in special:
            special[question.key](question)
        else:
            page.add_question(question, lang, multiline=question.key not in SINGLE_LINE)
    page.body_layout.addStretch(1)


class WhyPage(StepPage):
    def __init__(self, questions: list[QuestionRecord], lang: str) -> None:
        super().__init__(
            self.tr("1. Why do we need this?"),
            self.tr(
                "The goal in one sentence, goals you can measure, who you asked, "
                "and whether the partner's values and the library's match."
            ),
        )
        self.setObjectName("whyPage")
        self.resuming = False

        def values_match(question: QuestionRecord) -> None:
            choice = ChoiceQuestion(
                question,
                lang,
                [
                    ("yes", self.tr("Yes"), "valuesMatchYes"),
                    ("partly", self.tr("Partly"), "valuesMatchPartly"),
                    ("no", self.tr("No"), "valuesMatchNo"),
                ],
            )
            self.questions[question.key] = choice
            self.body_layout.addWidget(choice.heading)
            self.body_layout.addWidget(choice.editor)

        add_text_questions(self, questions, lang, {VALUES_MATCH: values_match})

    def validatePage(self) -> bool:
        """A values mismatch is worth a pause before preparing the rest."""
        match = self.questions.get(VALUES_MATCH)
        if self.resuming or match is None or match.text() != "no":
            return True
        return prompts.confirm(
            self,
            self.tr("The values do not match"),
            self.tr(
                "You noted that the partner's values and the library's do not match. "
                "A collaboration built on different values is hard to keep. "
                "Go on preparing it anyway?"
            ),
        )


class AlternativesPage(StepPage):
    """Plan-B partners are saved as soon as they are picked (they are records,
    not typed text); the two text questions save with the draft."""

    def __init__(
        self,
        questions: list[QuestionRecord],
        lang: str,
        desk: Desk,
        collaboration_id: int,
        new_partner: Callable[[QWidget], int | None],
    ) -> None:
        super().__init__(
            self.tr("2. Alternatives"),
            self.tr(
                "Who else could do this if the partner says no, a smaller version of "
                "the idea, and what happens if the partner declines."
            ),
        )
        self.setObjectName("alternativesPage")
        self._desk = desk
        self._collaboration_id = collaboration_id
        self._new_partner = new_partner
        self.plan_b_list = named(QListWidget(), "planBList")
        self.picker = PartnerPicker("planBPicker")
        self.add_button = named(QPushButton(self.tr("Add as plan B")), "addPlanB")
        self.create_button = named(QPushButton(self.tr("New partner…")), "newPlanBPartner")
        self.remove_button = named(QPushButton(self.tr("Remove")), "removePlanB")
        self.plan_b_list.setAccessibleName(self.tr("Plan B partners"))
        self.picker.setAccessibleName(self.tr("Partner to add as plan B"))
        self.remove_button.setAccessibleName(self.tr("Remove the chosen plan B partner"))
        self.error = ErrorLabel("planBError")
        self.add_button.clicked.connect(self._add_picked)
        self.create_button.clicked.connect(self._create)
        self.remove_button.clicked.connect(self._remove)

        def plan_b(question: QuestionRecord) -> None:
            self.body_layout.addWidget(heading_label(question, lang))
            self.body_layout.addWidget(self.plan_b_list)
            row = QHBoxLayout()
            row.addWidget(self.picker, 1)
            row.addWidget(self.add_button)
            row.addWidget(self.create_button)
            row.addWidget(self.remove_button)
            self.body_layout.addLayout(row)
            self.body_layout.addWidget(self.error)
            line = self.plan_b_list.fontMetrics().lineSpacing()
            self.plan_b_list.setMinimumHeight(line * 4)
            self.plan_b_list.setMaximumHeight(line * 7)

        add_text_questions(self, questions, lang, {PLAN_B: plan_b})
        self.reload()

    def reload(self) -> None:
        chosen = self._desk.plan_b.plan_b(self._collaboration_id)
        taking_part = {
            p.partner_id for p in self._desk.collaborations.get(self._collaboration_id).partners
        }
        self.plan_b_list.clear()
        for choice in chosen:
            item = QListWidgetItem(choice.name)
            item.setData(Qt.ItemDataRole.UserRole, choice.id)
            self.plan_b_list.addItem(item)
        chosen_ids = {c.id for c in chosen}
        everyone = self._desk.plan_b.choices()
        # A plan B for a designer is most likely another designer: same kinds first.
        main_kinds = {c.kind for c in everyone if c.id in taking_part and c.kind is not None}
        free = [c for c in everyone if c.id not in chosen_ids and c.id not in taking_part]
        self.picker.set_partners(options_from(free), likely_kinds=main_kinds)
        self.add_button.setEnabled(self.picker.count() > 0)
        if self.picker.count() == 0:
            self.picker.setPlaceholderText(self.tr("No other partners yet: create one"))

    def focus_widget(self, key: str) -> QWidget | None:
        return self.picker if key == PLAN_B else super().focus_widget(key)

    def chosen_ids(self) -> list[int]:
        return [
            int(self.plan_b_list.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.plan_b_list.count())
        ]

    def _save(self, ids: list[int]) -> None:
        try:
            self._desk.plan_b.set_plan_b(self._collaboration_id, ids)
        except ServiceError as exc:
            self.error.show_error(exc)
        else:
            self.error.clear_error()
        self.reload()

    def _add_picked(self) -> None:
        partner_id = self.picker.partner_id()
        if partner_id is not None:
            self._save([*self.chosen_ids(), int(partner_id)])

    def _create(self) -> None:
        partner_id = self._new_partner(self)
        if partner_id is not None:
            self._save([*self.chosen_ids(), partner_id])

    def _remove(self) -> None:
        item = self.plan_b_list.currentItem()
        if item is not None:
            gone = int(item.data(Qt.ItemDataRole.UserRole))
            self._save([i for i in self.chosen_ids() if i != gone])


class QualitativePage(StepPage):
    def __init__(self, questions: list[QuestionRecord], lang: str) -> None:
        super().__init__(
            self.tr("3. What the partner gets — qualitatively"),
            self.tr(
                "What is unique about the idea, why it works only with this partner "
                "and this library, and what the partner's brand gains."
            ),
        )
        self.setObjectName("qualitativePage")
        add_text_questions(self, questions, lang)
