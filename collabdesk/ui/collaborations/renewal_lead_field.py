"""Settings ▸ Library: "Renewal due before the end: 90, 60, 30 days", the
days before a collaboration ends when its renewal falls due (the largest
opens it; each is a reminder in the calendar). Kept in the database with
the profile; a wrong entry keeps the dialog open and says why."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget

from collabdesk.services.errors import ServiceError, ValidationError
from collabdesk.ui.widgets.error_label import ErrorLabel
from collabdesk.ui.widgets.form_support import with_error
from collabdesk.ui.widgets.labels import labelled_row
from collabdesk.ui.widgets.named import named
from collabdesk.ui.widgets.service_text import error_text

if TYPE_CHECKING:
    from collabdesk.services.renewal import RenewalService

translate = QCoreApplication.translate


class RenewalLeadField:
    """The row, read from and saved to the window's Desk (absent: disabled)."""

    def __init__(self, form: QFormLayout, dialog: QWidget) -> None:
        parent = dialog.parentWidget()
        desk = getattr(parent.window(), "desk", None) if parent is not None else None
        self.renewals: RenewalService | None = getattr(desk, "renewals", None)
        self.edit = named(QLineEdit(), "renewalLeadEdit")
        self.edit.setMaxLength(60)
        self.edit.setPlaceholderText("90, 60, 30")
        self.edit.setToolTip(
            translate(
                "RenewalLead",
                "Days before a collaboration ends: from the largest on its renewal is due "
                "and can be prepared; each is a reminder.",
            )
        )
        self.error = ErrorLabel("renewalLeadError")
        labelled_row(
            form,
            translate("RenewalLead", "Renewal d&ue, days before the end:"),
            self.edit,
            with_error(self.edit, self.error),
        )
        self.edit.setEnabled(self.renewals is not None)
        if self.renewals is not None:
            try:
                self.edit.setText(", ".join(str(d) for d in self.renewals.lead_days()))
            except ServiceError as exc:
                self.error.show_error(error_text(exc))

    def save(self) -> bool:
        """Keep the typed days; False (and the reason shown) when refused."""
        self.error.clear_error()
        if self.renewals is None:
            return True
        try:
            leads = self.renewals.set_lead_days(self.edit.text())
        except ValidationError:  # the service's sentence is long for the row: the gist
            self.error.show_error(
                translate("RenewalLead", "Whole numbers of days, e.g. 90, 60, 30")
            )
            self.edit.setFocus()
            return False
        except ServiceError as exc:
            self.error.show_error(error_text(exc))
            self.edit.setFocus()
            return False
        self.edit.setText(", ".join(str(d) for d in leads))
        return True
