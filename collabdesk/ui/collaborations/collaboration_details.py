"""What one collaboration is about: partners, plan B, checklist progress,
what each side gives, and dates."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QProgressBar, QScrollArea, QVBoxLayout, QWidget

from collabdesk.domain.enums import Direction
from collabdesk.domain.message import fill
from collabdesk.services.errors import ServiceError
from collabdesk.ui.collaborations.checklist_pages import checklist_language
from collabdesk.ui.collaborations.readiness_items import MissingList
from collabdesk.ui.collaborations.renewal_links import renewal_html
from collabdesk.ui.collaborations.stage_time import stage_path, stage_since
from collabdesk.ui.documents.agreement_status import stage_with_signature
from collabdesk.ui.shell.i18n import format_date
from collabdesk.ui.widgets.error_label import plain_label
from collabdesk.ui.widgets.named import named
from collabdesk.ui.widgets.service_text import error_text

if TYPE_CHECKING:
    from collabdesk.services.desk import Desk


class CollaborationDetails(QScrollArea):
    question_requested = Signal(str)  # a missing item was clicked: its question key
    collaboration_requested = Signal(int)  # the renewal's or the original's link

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("collaborationDetails")
        self.setWidgetResizable(True)
        # Long names wrap instead of widening the panel past the window.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        self.title = named(plain_label(), "collaborationDetailTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.fields: dict[str, QLabel] = {}
        self.meeting = False  # meeting mode: the office's preparation stays off the screen
        # The labelled fields are shown only with a collaboration: empty "Stage:",
        # "Dates:" lines under "No collaboration selected" read as missing data.
        self.form_box = named(QWidget(), "collaborationDetailFields")
        self.form = form = QFormLayout(self.form_box)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        for key, label in (
            ("stage", self.tr("Stage:")),
            ("dates", self.tr("Dates:")),
            ("renewal", self.tr("Renewal:")),
            ("partners", self.tr("Partners:")),
            ("plan_b", self.tr("Plan B:")),
            ("library_gives", self.tr("The library gives:")),
            ("partner_gives", self.tr("The partner gives:")),
            ("missing", self.tr("Still to prepare:")),
        ):
            value = named(plain_label(), f"detail:{key}")
            value.setContentsMargins(0, 0, 0, 4)
            if key == "renewal":  # links to the renewal or the original: rich text
                value.setTextFormat(Qt.TextFormat.RichText)
                value.linkActivated.connect(self._follow_link)
            heading = plain_label(label)
            heading.setStyleSheet("font-weight: bold;")
            self.fields[key] = value
            form.addRow(heading, value)
        self.readiness = named(QProgressBar(), "detailReadiness")
        self.readiness.setRange(0, 100)
        self.readiness.setFormat(self.tr("Checklist %p %"))
        self.idea = named(plain_label(), "detail:idea")
        self.missing = named(MissingList(), "detailMissing")
        self.missing.question_requested.connect(self.question_requested)
        self.missing.hide()
        # The path through the stages comes last: it grows with every move.
        self.path_box = named(QWidget(), "collaborationStagePath")
        path_form = QFormLayout(self.path_box)
        path_form.setContentsMargins(0, 6, 0, 0)
        path_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.fields["stage_history"] = named(plain_label(), "detail:stage_history")
        heading = plain_label(self.tr("Stage history:"))
        heading.setStyleSheet("font-weight: bold;")
        path_form.addRow(heading, self.fields["stage_history"])
        layout = QVBoxLayout(body)
        layout.addWidget(self.title)
        layout.addWidget(self.idea)
        layout.addWidget(self.readiness)
        layout.addWidget(self.form_box)
        layout.addWidget(self.missing)
        layout.addWidget(self.path_box)
        layout.addStretch(1)
        self.setWidget(body)
        self.show_collaboration(None, None)

    def show_collaboration(self, desk: Desk | None, collaboration_id: int | None) -> None:
        if desk is None or collaboration_id is None:
            self.title.setText(self.tr("No collaboration selected"))
            self.idea.setText(self.tr("Pick one in the list or on the board, or create a new one."))
            self._show_fields(False)
            for label in self.fields.values():
                label.clear()
            return
        try:
            record = desk.collaborations.get(collaboration_id)
            readiness = desk.checklist.readiness(collaboration_id)
            questions = desk.checklist.questions()
            commitments = desk.commitments.for_collaboration(collaboration_id)
            path = desk.collaborations.stage_history(collaboration_id)
        except ServiceError as exc:
            self.title.setText(self.tr("This collaboration cannot be shown"))
            self.idea.setText(error_text(exc))
            self._show_fields(False)
            return
        none = self.tr("—")
        self.title.setText(record.title)
        self.idea.setText(record.idea)
        self._show_fields(True)
        self.readiness.setValue(readiness.percent)

        def day(value: date | None) -> str:
            return format_date(value) if value else "…"

        dates = none
        if record.starts_on or record.ends_on:
            dates = f"{day(record.starts_on)} – {day(record.ends_on)}"
        gives = {
            direction: "\n".join(
                f"• {c.description}" + (f" ({day(c.due_on)})" if c.due_on else "")
                for c in commitments
                if c.direction is direction
            )
            or none
            for direction in Direction
        }
        reasons = self._may_show("stage_reason")
        stage = stage_with_signature(desk, record.id, record.stage)
        if record.stage_changed_on is not None:
            stage += "\n" + stage_since(record.stage_changed_on, date.today())
        if record.stage_reason and reasons:
            stage += "\n" + fill(self.tr("Reason: %1"), [record.stage_reason])
        values = {
            "stage": stage,
            "stage_history": stage_path(path, reasons) or none,
            "dates": dates,
            "renewal": renewal_html(desk, record.id),
            "partners": ", ".join(p.name for p in record.partners) or none,
            "plan_b": ", ".join(p.name for p in record.alternatives) or none,
            "library_gives": gives[Direction.LIBRARY_GIVES],
            "partner_gives": gives[Direction.PARTNER_GIVES],
            "missing": self.tr("%n item(s)", "", len(readiness.missing))
            if readiness.missing
            else self.tr("nothing — ready to pitch"),
        }
        for key, text in values.items():
            self.fields[key].setText(text)
        lang = checklist_language()
        self.missing.show_missing(readiness, {q.key: q.prompt(lang) for q in questions})
        line = self.missing.fontMetrics().lineSpacing()
        self.missing.setFixedHeight(min(self.missing.count(), 6) * (line + 6) + 8)
        self.missing.setVisible(not readiness.complete and self._may_show("readiness"))

    def _follow_link(self, link: str) -> None:
        """ "collaboration:12" → the list selects collaboration 12."""
        kind, _, number = link.partition(":")
        if kind == "collaboration" and number.isdigit():
            self.collaboration_requested.emit(int(number))

    def set_meeting(self, on: bool) -> None:
        """Meeting mode hides plan B and the checklist's progress (what is
        left to prepare names internal questions); services.partner_facing
        decides which."""
        self.meeting = on
        self.form.setRowVisible(self.fields["plan_b"], self._may_show("plan_b"))
        self.form.setRowVisible(self.fields["renewal"], self._may_show("renewal"))
        self.form.setRowVisible(self.fields["missing"], self._may_show("readiness"))
        self.path_box.setVisible(not on and self.form_box.isVisibleTo(self))
        if on:
            self.readiness.setVisible(False)
            self.missing.hide()

    def _may_show(self, field: str) -> bool:
        if not self.meeting:
            return True
        # Imported here: the first paint of the window loads no SQLAlchemy.
        from collabdesk.services.partner_facing import meeting_may_show

        return meeting_may_show("collaboration", field)

    def _show_fields(self, shown: bool) -> None:
        """The readiness bar and the labelled fields belong to a chosen collaboration."""
        self.readiness.setVisible(shown and self._may_show("readiness"))
        self.form_box.setVisible(shown)
        self.path_box.setVisible(shown and not self.meeting)
        if not shown:
            self.missing.hide()
