"""Legal details of a partner or of the library: what an agreement and an
act of transfer name. Opened from the partner form and from Settings ▸
Library; saved on its own (the partner or profile is saved by its form)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from collabdesk.services.errors import ServiceError, ValidationError
from collabdesk.ui.widgets.error_label import ErrorLabel, plain_label
from collabdesk.ui.widgets.form_support import caption_row, clear_errors, show_problems, with_error
from collabdesk.ui.widgets.named import named
from collabdesk.ui.widgets.service_text import error_text

if TYPE_CHECKING:
    from collabdesk.services.legal_details import LegalDetailsService, LegalDraft


class LegalDetailsDialog(QDialog):
    def __init__(
        self,
        legal: LegalDetailsService,
        partner_id: int | None,
        whose: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("legalDetailsDialog")
        self._legal = legal
        self._partner_id = partner_id
        self.saved: LegalDraft | None = None
        self.setWindowTitle(self.tr("Legal details: %1").replace("%1", whose))
        self.setMinimumWidth(560)
        captions = {
            "legal_name": self.tr("Legal &name:"),
            "inn": self.tr("&INN:"),
            "kpp": self.tr("&KPP:"),
            "ogrn": self.tr("&OGRN:"),
            "legal_address": self.tr("Legal &address:"),
            "signatory_name": self.tr("&Signatory:"),
            "signatory_position": self.tr("&Position:"),
            "signatory_basis": self.tr("Acting on the &basis of:"),
            "bank_name": self.tr("Ban&k:"),
            "bank_bic": self.tr("BI&C:"),
            "bank_account": self.tr("Settlement acco&unt:"),
            "correspondent_account": self.tr("Co&rrespondent account:"),
        }
        placeholders = {
            "legal_name": self.tr('e.g. LLC "Romashka", as in the register'),
            "inn": self.tr("10 or 12 digits"),
            "kpp": self.tr("9 characters; none for a sole trader"),
            "ogrn": self.tr("13 digits, or 15 (OGRNIP)"),
            "signatory_name": self.tr("As the agreement names them: Ivanov Ivan Ivanovich"),
            "signatory_position": self.tr("e.g. general director"),
            "signatory_basis": self.tr("e.g. «действующего на основании Устава»"),
            "bank_bic": self.tr("9 digits"),
            "bank_account": self.tr("20 digits"),
            "correspondent_account": self.tr("20 digits"),
        }
        self.fields: dict[str, QLineEdit | QPlainTextEdit] = {}
        self.errors: dict[str, ErrorLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key, caption in captions.items():
            name = "".join(part.title() for part in key.split("_"))
            if key == "legal_address":
                address = named(QPlainTextEdit(), "legalAddressEdit")
                address.setTabChangesFocus(True)
                address.setFixedHeight(address.fontMetrics().lineSpacing() * 3 + 12)
                edit: QLineEdit | QPlainTextEdit = address
            else:
                edit = named(QLineEdit(), name[0].lower() + name[1:] + "Edit")
                edit.setPlaceholderText(placeholders.get(key, ""))
            self.fields[key] = edit
            self.errors[key] = ErrorLabel(f"{key}Error")
            caption_row(form, caption, with_error(edit, self.errors[key]), edit)
        self.note = plain_label(
            self.tr(
                "An agreement or an act of transfer needs the legal name, INN, legal address "
                "and the signatory with their position and basis of authority; the bank "
                "details are printed when given."
            )
        )
        self.note.setWordWrap(True)
        self.form_error = ErrorLabel("legalFormError")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.form_error)
        layout.addWidget(self.buttons)
        try:
            self._fill(legal.get(partner_id))
        except ServiceError as exc:
            self.form_error.setText(error_text(exc))
            self.form_error.show()
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)

    def _fill(self, draft: LegalDraft) -> None:
        for key, edit in self.fields.items():
            value = getattr(draft, key)
            if isinstance(edit, QPlainTextEdit):
                edit.setPlainText(value)
            else:
                edit.setText(value)

    def draft(self) -> LegalDraft:
        from collabdesk.services.legal_details import LegalDraft

        values = {
            key: edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text()
            for key, edit in self.fields.items()
        }
        return LegalDraft(**values)

    def save(self) -> None:
        clear_errors(self.errors)
        self.form_error.hide()
        try:
            self.saved = self._legal.save(self._partner_id, self.draft())
        except ValidationError as exc:
            show_problems(exc, self.errors, self.fields, self.form_error)
            return
        except ServiceError as exc:
            self.form_error.setText(error_text(exc))
            self.form_error.show()
            return
        self.accept()


def edit_legal_details(
    parent: QWidget | None, legal: LegalDetailsService, partner_id: int | None, whose: str
) -> LegalDraft | None:
    """Run the dialog; what was saved, or None when cancelled."""
    dialog = LegalDetailsDialog(legal, partner_id, whose, parent)
    return dialog.saved if dialog.exec() == QDialog.DialogCode.Accepted else None


def add_legal_button(
    form: QWidget, buttons: QDialogButtonBox, partner_id: int | None, whose: str
) -> None:
    """A "Legal details…" button beside a form's Save and Cancel, when the
    window behind the form has a database open (as Settings ▸ Units finds it)."""
    from PySide6.QtCore import QCoreApplication

    parent = form.parentWidget()
    desk = getattr(parent.window(), "desk", None) if parent is not None else None
    legal: LegalDetailsService | None = getattr(desk, "legal", None)
    if legal is None:
        return
    caption = QCoreApplication.translate("LegalDetailsDialog", "&Legal details…")
    button = buttons.addButton(caption, QDialogButtonBox.ButtonRole.ActionRole)
    button.setObjectName("legalDetailsButton")
    button.clicked.connect(lambda: edit_legal_details(form, legal, partner_id, whose))
