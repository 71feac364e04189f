"""The five-step checklist wizard: prepares one collaboration before anyone
approaches the partner.

Typed answers are saved as a draft whenever the page changes, together with
the page to resume on; Cancel with unsaved text asks first. Records (plan-B
partners, promises) are saved the moment they are added.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QWidget, QWizard

from collabdesk.domain.checklist import ChecklistStep
from collabdesk.domain.message import fill
from collabdesk.services.errors import ServiceError
from collabdesk.ui.collaborations.checklist_answer_fields import AnswerContext, Slot
from collabdesk.ui.collaborations.checklist_pages import StepPage, checklist_language
from collabdesk.ui.collaborations.checklist_quantitative_page import QuantitativePage
from collabdesk.ui.collaborations.checklist_reputation_page import ReputationPage
from collabdesk.ui.collaborations.checklist_step_pages import (
    AlternativesPage,
    QualitativePage,
    WhyPage,
)
from collabdesk.ui.collaborations.checklist_summary_page import SummaryPage
from collabdesk.ui.widgets import prompts
from collabdesk.ui.widgets.service_text import error_text

if TYPE_CHECKING:
    from collabdesk.services.checklist import QuestionRecord
    from collabdesk.services.desk import Desk
    from collabdesk.services.readiness import Readiness

PartnerCreator = Callable[[QWidget], int | None]
CatalogueEditor = Callable[[QWidget], None]


class ChecklistWizard(QWizard):
    WHY, ALTERNATIVES, QUALITATIVE, QUANTITATIVE, REPUTATION, SUMMARY = range(6)

    def __init__(
        self,
        desk: Desk,
        collaboration_id: int,
        parent: QWidget | None = None,
        *,
        new_partner: PartnerCreator | None = None,
        edit_catalogue: CatalogueEditor | None = None,
        lang: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("checklistWizard")
        self._desk = desk
        self._collaboration_id = collaboration_id
        lang = lang or checklist_language()
        record = desk.collaborations.get(collaboration_id)
        self.setWindowTitle(fill(self.tr("Prepare: %1"), [record.title]))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveFinishButtonOnEarlyPages, False)
        self.setMinimumSize(QSize(720, 560))
        # Roomier where the screen allows: step 5's promise table has five columns.
        room = self.screen().availableGeometry()
        self.resize(min(1100, room.width() - 40), min(680, room.height() - 40))

        questions = desk.checklist.questions()

        def of(step: ChecklistStep) -> list[QuestionRecord]:
            return [q for q in questions if q.step is step]

        self.why = WhyPage(of(ChecklistStep.WHY), lang)
        self.alternatives = AlternativesPage(
            of(ChecklistStep.ALTERNATIVES),
            lang,
            desk,
            collaboration_id,
            new_partner or self._create_partner,
        )
        self.qualitative = QualitativePage(of(ChecklistStep.QUALITATIVE), lang)
        self.quantitative = QuantitativePage(
            of(ChecklistStep.QUANTITATIVE),
            lang,
            desk,
            collaboration_id,
            edit_catalogue or self._edit_catalogue,
        )
        self.reputation = ReputationPage(of(ChecklistStep.REPUTATION), lang, desk, collaboration_id)
        self.summary = SummaryPage(self._saved_readiness, lang)
        self.summary.prompts = {q.key: q.prompt(lang) for q in questions}
        self.summary.missing.question_requested.connect(self.go_to_question)
        self._steps = {q.key: q.step for q in questions}
        self.text_pages: tuple[StepPage, ...] = (
            self.why,
            self.alternatives,
            self.qualitative,
            self.quantitative,
            self.reputation,
        )
        for page_id, page in enumerate((*self.text_pages, self.summary)):
            self.setPage(page_id, page)

        self._resuming = False
        data_language = (desk.library.profile().default_language or "ru").strip().lower()
        self._second_language = "ru" if data_language == "en" else "en"
        context = AnswerContext(
            tuple((p.partner_id, p.name) for p in record.partners), self._second_language
        )
        self._saved: dict[Slot, str] = {}
        for answer in desk.collaborations.every_answer(collaboration_id):
            self._saved[(answer.question_key, answer.partner_id, False)] = answer.answer
            if answer.translation:
                self._saved[(answer.question_key, answer.partner_id, True)] = answer.translation
        for page in self.text_pages:
            page.extend_answers(context)
            for question in page.questions.values():
                question.set_values(self._saved)
        self.currentIdChanged.connect(self._on_page_changed)
        self._resume(desk.checklist.resume_page(collaboration_id))

    # --- draft ----------------------------------------------------------------
    def typed_answers(self) -> dict[Slot, tuple[str, str]]:
        """Every text answer on the pages: (key, partner, translation) → (step, text)."""
        return {
            slot: (question.step, text)
            for page in self.text_pages
            for question in page.questions.values()
            for slot, text in question.values().items()
        }

    def has_unsaved_changes(self) -> bool:
        typed = any(
            text.strip() != self._saved.get(slot, "").strip()
            for slot, (_step, text) in self.typed_answers().items()
        )
        return typed or self.quantitative.has_changes() or self.reputation.pending_text()

    def save_draft(self) -> bool:
        """Save changed answers and the page to resume on; False when the
        database refused (the text stays in the wizard)."""
        try:
            # Originals first: a translation never creates the answer it translates.
            typed = sorted(self.typed_answers().items(), key=lambda item: item[0][2])
            for (key, partner_id, translated), (step, text) in typed:
                if text.strip() == self._saved.get((key, partner_id, translated), "").strip():
                    continue
                saved = self._desk.collaborations.save_answer(
                    self._collaboration_id,
                    step,
                    key,
                    text,
                    bool(text.strip()),
                    partner_id=partner_id,
                    language=self._second_language if translated else None,
                )
                self._saved[(key, partner_id, translated)] = (
                    saved.translation if translated else saved.answer
                )
            self.quantitative.save()
            page = max(self.currentId(), 0)
            self._desk.checklist.set_resume_page(self._collaboration_id, page)
        except ServiceError as exc:
            prompts.error(self, self.tr("The draft was not saved"), error_text(exc))
            return False
        return True

    def _on_page_changed(self, page_id: int) -> None:
        # -1 comes when the dialog closes (QWizard resets itself): not a page.
        if not self._resuming and page_id >= 0:
            self.save_draft()
            self._focus_page()

    def _saved_readiness(self) -> Readiness:
        """The summary's figure, from the database after this page's answers
        are saved (Qt prepares the next page before it reports the change),
        so it is the figure the list, the board and the details show."""
        self.save_draft()
        return self._desk.checklist.readiness(self._collaboration_id)

    def go_to_question(self, key: str) -> bool:
        """Show the page of question `key` with its control focused; False
        when the question is not in the wizard (retired meanwhile)."""
        step = self._steps.get(key)
        if step is None:
            return False
        target = list(ChecklistStep).index(step)
        self.save_draft()
        self._resuming = True
        self.why.resuming = True
        try:
            while self.currentId() != target:
                before = self.currentId()
                if before > target:
                    self.back()
                else:
                    self.next()
                if self.currentId() == before:  # a page refused to be left
                    break
        finally:
            self._resuming = False
            self.why.resuming = False
        widget = self.text_pages[target].focus_widget(key)
        if self.currentId() != target or widget is None:
            return False
        self.text_pages[target].scroll_to(widget)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def _resume(self, page: int) -> None:
        self._resuming = True
        self.why.resuming = True
        try:
            self.restart()
            target = min(max(page, 0), self.SUMMARY)
            while self.currentId() < target:
                self.next()
        finally:
            self._resuming = False
            self.why.resuming = False
        self._focus_page()

    def _focus_page(self) -> None:
        page = self.currentPage()
        if isinstance(page, StepPage):
            page.focus_first()

    # --- closing --------------------------------------------------------------------
    def accept(self) -> None:
        if self.save_draft():
            super().accept()

    def reject(self) -> None:
        """Cancel, Escape or the window's close button: never drop typed text
        without asking."""
        if self.has_unsaved_changes():
            choice = prompts.choose(
                self,
                self.tr("Unsaved answers"),
                self.tr("You have typed answers that are not saved yet."),
                [
                    ("save", self.tr("Save draft and close")),
                    ("discard", self.tr("Close without saving")),
                    ("cancel", self.tr("Keep editing")),
                ],
            )
            if choice == "save":
                if self.reputation.pending_text() and not self.reputation.add_promise():
                    return
                if not self.save_draft():
                    return
            elif choice != "discard":
                return
        super().reject()

    # --- defaults for the page callbacks -------------------------------------------
    def _create_partner(self, parent: QWidget) -> int | None:
        from collabdesk.ui.partners import partner_dialogs as dialogs

        saved = dialogs.edit_partner(parent, self._desk.partners, None)
        return None if saved is None else saved.id

    def _edit_catalogue(self, parent: QWidget) -> None:
        from collabdesk.ui.collaborations import collaboration_dialogs

        collaboration_dialogs.edit_catalogue(parent, self._desk)
