"""Add or edit one commitment: which collaboration, which side gives it, to
or from which partner, what, how much, by when, who looks after it and what
it is worth; what is promised may carry a second-language version (a field
that opens on demand) for a pitch in that language. Amounts are typed in the
user's locale; the service validates, and the form shows what it refused
next to the field, keeping what was typed. Opened through `ask_commitment`,
which tests replace or drive."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from collabdesk.domain.enums import CommitmentStatus, Direction, ValuationMethod
from collabdesk.services.amount import parse_amount
from collabdesk.services.errors import (
    QT_TRANSLATE_NOOP,
    FieldProblem,
    Message,
    NotFoundError,
    ServiceError,
    ValidationError,
    fill,
)
from collabdesk.ui.collaborations.checklist_answer_fields import TranslationField, second_language
from collabdesk.ui.commitments import commitment_dialogs
from collabdesk.ui.commitments.commitment_labels import direction_label
from collabdesk.ui.shell.i18n import format_date, format_money
from collabdesk.ui.shell.unit_forms import UnitHint
from collabdesk.ui.widgets.form_support import caption_row, error_label, with_error
from collabdesk.ui.widgets.labels import quantity_text
from collabdesk.ui.widgets.named import named
from collabdesk.ui.widgets.partner_picker import PartnerOption, PartnerPicker, options_from
from collabdesk.ui.widgets.staff_picker import StaffPicker, staff_names
from collabdesk.ui.widgets.versioned_form import VersionedForm

if TYPE_CHECKING:
    from decimal import Decimal

    from collabdesk.services.commitment_records import CommitmentDraft, CommitmentRecord
    from collabdesk.services.desk import Desk

DEFAULT_DUE_DAYS = 30


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _amount_text(value: Decimal | None) -> str:
    """A stored amount as the user's locale writes it, without grouping so
    that it reads back unchanged."""
    if value is None:
        return ""
    text = format(value.normalize() if value == value.to_integral() else value, "f")
    return text.replace(".", QLocale().decimalPoint())


class CommitmentForm(VersionedForm):
    def __init__(
        self,
        desk: Desk,
        *,
        collaboration_id: int | None = None,
        record: CommitmentRecord | None = None,
        fixed: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        """`fixed`: the collaboration is given (the per-collaboration view, or
        an edit) and is shown, not chosen."""
        super().__init__(parent)
        self.setObjectName("commitmentForm")
        self._desk = desk
        self._record = record
        self.what = self.tr("commitment")
        self.saved: CommitmentRecord | None = None
        if record is not None:
            collaboration_id, fixed = record.collaboration_id, True
        self.setWindowTitle(
            self.tr("New commitment") if record is None else self.tr("Edit commitment")
        )
        self.setMinimumWidth(560)

        self.collaboration_combo = named(QComboBox(), "collaborationCombo")
        self.collaboration_combo.setEnabled(not fixed)
        self.direction_combo = named(QComboBox(), "directionCombo")
        for direction in Direction:
            self.direction_combo.addItem(direction_label(direction), direction.value)
        self.partner_combo = PartnerPicker("partnerCombo")
        self.description_edit = named(QPlainTextEdit(), "descriptionEdit")
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setPlaceholderText(self.tr("What exactly is promised"))
        self.description_edit.setFixedHeight(
            self.description_edit.fontMetrics().lineSpacing() * 3 + 12
        )
        from collabdesk.services.commitment_records import DESCRIPTION_MAX  # after first paint

        language = self._second_language()
        self.translation = TranslationField(
            "description", language, multiline=True, rows=3, max_length=DESCRIPTION_MAX
        )
        self.translation.editor.setAccessibleName(
            fill(self.tr("What: translation (%1)"), [language.upper()])
        )
        self.quantity_edit = named(QLineEdit(), "quantityEdit")
        self.quantity_edit.setPlaceholderText(self.tr("e.g. 200"))
        self.unit_edit = named(QLineEdit(), "unitEdit")
        self.unit_edit.setPlaceholderText(self.tr("unit: posters, hours, m²…"))
        self.unit_edit.setAccessibleName(self.tr("Unit"))
        self.unit_hint = UnitHint(desk.units)  # no plural forms yet: said quietly
        self.unit_edit.textChanged.connect(self.unit_hint.show_for)
        self.due_edit = named(QDateEdit(), "dueDateEdit")
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setDate(_qdate(date.today() + timedelta(days=DEFAULT_DUE_DAYS)))
        self.no_due_check = named(QCheckBox(self.tr("No due date")), "noDueDateCheck")
        self.no_due_check.toggled.connect(lambda on: self.due_edit.setEnabled(not on))
        # The library's promise: a staff member, picked from the list; the
        # partner's: their person, free text (services/staff.py links them).
        self._staff_names = staff_names(desk)
        self.owner_edit = StaffPicker("ownerEdit", self._staff_names)
        self.owner_edit.setPlaceholderText(self.tr("Who on staff sees it through"))
        self.owner_edit.setMaxLength(200)
        self.direction_combo.currentIndexChanged.connect(lambda _i: self._offer_owners())
        self.value_edit = named(QLineEdit(), "valueEdit")
        self.value_edit.setPlaceholderText(
            fill(
                self.tr("estimated value, e.g. %1"),
                [f"1{QLocale().groupSeparator()}234{QLocale().decimalPoint()}50"],
            )
        )
        self.currency_edit = named(QLineEdit("RUB"), "currencyEdit")
        self.currency_edit.setAccessibleName(self.tr("Currency"))
        self.currency_edit.setMaximumWidth(
            self.currency_edit.fontMetrics().horizontalAdvance("W") * 5
        )
        self.valuation_combo = named(QComboBox(), "valuationCombo")
        self.valuation_combo.addItem(self.tr("Not said"), None)
        for method, text in (
            (ValuationMethod.REPLACEMENT_COST, self.tr("Replacement cost")),
            (ValuationMethod.PARTNER_DECLARED, self.tr("Declared by the partner")),
            (ValuationMethod.QUOTE, self.tr("A quote")),
            (ValuationMethod.REACH_TIMES_RATE, self.tr("Reach × rate")),
        ):
            self.valuation_combo.addItem(text, method.value)

        self.fields: dict[str, QWidget] = {
            "collaboration": self.collaboration_combo,
            "direction": self.direction_combo,
            "partner_id": self.partner_combo,
            "description": self.description_edit,
            "description_translation": self.translation.editor,
            "quantity": self.quantity_edit,
            "unit": self.unit_edit,
            "due_on": self.due_edit,
            "owner": self.owner_edit,
            "value": self.value_edit,
            "currency": self.currency_edit,
            "valuation_method": self.valuation_combo,
        }
        self.errors: dict[str, QLabel] = {key: error_label(f"{key}Error") for key in self.fields}
        self._build_layout()

        self._fill_collaborations(collaboration_id)
        self.collaboration_combo.currentIndexChanged.connect(lambda _i: self._fill_partners())
        if record is not None:
            self._fill(record)
        self.description_edit.setFocus()

    def _offer_owners(self) -> None:
        """Staff for the library's promise; nobody to pick for the partner's."""
        ours = self.direction_combo.currentData() == Direction.LIBRARY_GIVES.value
        self.owner_edit.set_names(self._staff_names if ours else [])
        self.owner_edit.setPlaceholderText(
            self.tr("Who on staff sees it through") if ours else self.tr("Their person, if known")
        )

    def _build_layout(self) -> None:
        top = Qt.AlignmentFlag.AlignTop  # error lines grow down, neighbours stay put
        amount = QHBoxLayout()
        amount.addWidget(with_error(self.quantity_edit, self.errors["quantity"]), 1, top)
        amount.addWidget(with_error(self.unit_edit, self.errors["unit"]), 2, top)
        due = QHBoxLayout()
        due.addWidget(with_error(self.due_edit, self.errors["due_on"]), 1, top)
        due.addWidget(self.no_due_check, 0, top)
        value = QHBoxLayout()
        value.addWidget(with_error(self.value_edit, self.errors["value"]), 3, top)
        value.addWidget(with_error(self.currency_edit, self.errors["currency"]), 1, top)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows: list[tuple[str, QWidget | QHBoxLayout, QWidget]] = [
            (self.tr("C&ollaboration:"), self._with("collaboration"), self.collaboration_combo),
            (self.tr("&Side:"), self._with("direction"), self.direction_combo),
            (self.tr("&Partner:"), self._with("partner_id"), self.partner_combo),
            (self.tr("&What:"), self._with("description"), self.description_edit),
            (self.tr("&Quantity:"), amount, self.quantity_edit),
            (self.tr("D&ue:"), due, self.due_edit),
            (self.tr("O&wner:"), self._with("owner"), self.owner_edit),
            (self.tr("&Value:"), value, self.value_edit),
            (self.tr("Valued &by:"), self._with("valuation_method"), self.valuation_combo),
        ]
        for caption_text, field, buddy in rows:
            caption_row(form, caption_text, field, buddy)
        form.insertRow(4, "", self._with("description_translation", self.translation))
        form.insertRow(6, "", self.unit_hint)  # under Quantity

        self.buttons = self._save_buttons()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.form_error)
        layout.addWidget(self.buttons)

    def _with(self, key: str, field: QWidget | None = None) -> QWidget:
        return with_error(field or self.fields[key], self.errors[key])

    def _second_language(self) -> str:
        try:
            return second_language(self._desk.library.profile().default_language)
        except ServiceError:  # the profile unreadable: the usual pair, Russian data
            return second_language(None)

    # --- choices ----------------------------------------------------------------
    def _fill_collaborations(self, chosen: int | None) -> None:
        combo = self.collaboration_combo
        combo.blockSignals(True)
        try:
            rows = self._desk.collaborations.rows()
        except ServiceError as exc:
            rows = []
            self.form_error.show_error(exc)
        for row in rows:
            combo.addItem(row.title[:120], row.id)
        if chosen is not None and combo.findData(chosen) < 0:
            combo.addItem(fill(self.tr("Collaboration %1"), [chosen]), chosen)
        combo.setCurrentIndex(max(combo.findData(chosen), 0) if chosen is not None else 0)
        combo.blockSignals(False)
        if combo.count() == 0:
            self.errors["collaboration"].setText(
                self.tr("There is no collaboration yet: create one first, then add its promises.")
            )
            self.errors["collaboration"].show()
            self.save_button.setEnabled(False)
        self._fill_partners()

    def _fill_partners(self, keep: int | None = None, *, default_first: bool = True) -> None:
        """Every partner, those of the chosen collaboration first; `keep`
        chosen, else (`default_first`) the collaboration's first partner,
        else none. Typing filters the list."""
        collaboration_id = self.collaboration_combo.currentData()
        taking_part: list[int] = []
        try:
            options = options_from(self._desk.plan_b.choices())
            if collaboration_id is not None:
                record = self._desk.collaborations.get(collaboration_id)
                taking_part = [p.partner_id for p in record.participants]
        except ServiceError as exc:
            options = []
            self.form_error.show_error(exc)
        if keep is not None and all(o.id != keep for o in options) and self._record is not None:
            options.append(PartnerOption(keep, self._record.partner_name or str(keep)))
        if keep is None and default_first and taking_part:
            keep = taking_part[0]
        self.partner_combo.set_partners(
            options, none_text=self.tr("No particular partner"), first_ids=taking_part
        )
        self.partner_combo.set_partner_id(keep)

    def _fill(self, record: CommitmentRecord) -> None:
        self.direction_combo.setCurrentIndex(
            max(self.direction_combo.findData(record.direction.value), 0)
        )
        self._fill_partners(record.partner_id, default_first=False)
        self.description_edit.setPlainText(record.description)
        self.translation.set_text(record.description_translation)
        self.quantity_edit.setText(_amount_text(record.quantity))
        self.unit_edit.setText(record.unit)
        self.no_due_check.setChecked(record.due_on is None)
        if record.due_on is not None:
            self.due_edit.setDate(_qdate(record.due_on))
        self.owner_edit.setText(record.owner)
        self.value_edit.setText(_amount_text(record.value))
        self.currency_edit.setText(record.currency)
        method = record.valuation_method.value if record.valuation_method else None
        self.valuation_combo.setCurrentIndex(max(self.valuation_combo.findData(method), 0))

    # --- saving -----------------------------------------------------------------
    def draft(self) -> CommitmentDraft:
        """What the fields say; raises ValidationError for an amount that
        is not one (both amounts checked at once)."""
        from collabdesk.services.commitment_records import CommitmentDraft

        locale = QLocale()
        point, group = locale.decimalPoint(), locale.groupSeparator()
        problems: list[FieldProblem] = []
        amounts: dict[str, Decimal | None] = {}
        for key, edit in (("quantity", self.quantity_edit), ("value", self.value_edit)):
            try:
                amounts[key] = parse_amount(edit.text(), key, point, group)
            except ValidationError as exc:
                problems += exc.problems
        if problems:
            raise ValidationError(problems)
        qdate = self.due_edit.date()
        method = self.valuation_combo.currentData()
        typed = CommitmentDraft(
            direction=Direction(self.direction_combo.currentData()),
            description=self.description_edit.toPlainText(),
            description_translation=self.translation.text(),
            partner_id=self.partner_combo.partner_id(),
            quantity=amounts["quantity"],
            unit=self.unit_edit.text(),
            due_on=None
            if self.no_due_check.isChecked()
            else date(qdate.year(), qdate.month(), qdate.day()),
            owner=self.owner_edit.text(),
            value=amounts["value"],
            currency=self.currency_edit.text(),
            valuation_method=ValuationMethod(method) if method else None,
            status=CommitmentStatus.PLANNED,
        )
        if self._record is None:
            return typed
        kept = self._record.to_draft()  # status, delivery and proof stay as they are
        return replace(
            typed, status=kept.status, delivered_on=kept.delivered_on, proof_note=kept.proof_note
        )

    def _store(self, expected_version: int | None) -> None:
        draft = self.draft()
        if self._record is not None:
            self.saved = self._desk.commitments.update(self._record.id, draft, expected_version)
            return
        collaboration_id = self.collaboration_combo.currentData()
        if collaboration_id is None:
            raise ValidationError(
                [
                    FieldProblem(
                        "collaboration",
                        "required",
                        Message(
                            "CommitmentForm",
                            QT_TRANSLATE_NOOP("CommitmentForm", "Choose a collaboration."),
                        ),
                    )
                ]
            )
        self.saved = self._desk.commitments.add(collaboration_id, draft)

    def _theirs(self) -> CommitmentRecord | None:
        try:
            return self._desk.commitments.get(self._record.id)
        except NotFoundError:
            return None

    def _describe_mine(self) -> str:
        try:
            return describe(self.draft())
        except ValidationError:  # an amount that is not one: the text still counts
            return self.description_edit.toPlainText()

    def _describe(self, record: CommitmentRecord) -> str:
        return describe(record.to_draft())


def describe(draft: CommitmentDraft) -> str:
    """A commitment as plain text, for comparing versions and the clipboard."""
    rows = [
        ("Side", draft.direction.value.replace("_", " ")),
        ("What", draft.description),
        ("Translation", draft.description_translation),
        (
            "Quantity",
            draft.unit if draft.quantity is None else quantity_text(draft.quantity, draft.unit),
        ),
        ("Due", format_date(draft.due_on) if draft.due_on else ""),
        ("Owner", draft.owner),
        ("Value", format_money(draft.value, draft.currency) if draft.value is not None else ""),
        ("Status", draft.status.value.replace("_", " ")),
    ]
    return "\n".join(f"{label}: {value}" for label, value in rows if value)


def ask_commitment(
    parent: QWidget | None,
    desk: Desk,
    *,
    collaboration_id: int | None = None,
    record: CommitmentRecord | None = None,
    fixed: bool = False,
) -> CommitmentRecord | None:
    """Run the form; the saved commitment, or None when cancelled."""
    form = CommitmentForm(
        desk, collaboration_id=collaboration_id, record=record, fixed=fixed, parent=parent
    )
    if commitment_dialogs.exec_dialog(form) == QDialog.DialogCode.Accepted:
        return form.saved
    return None
