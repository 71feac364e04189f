"""What every edit form of a versioned record does on Save: hand the draft
to the service, show refusals next to their fields, and when someone else
saved the record meanwhile, ask (conflict dialog) whether to reload theirs,
overwrite with mine or keep editing. Subclasses say how to store, reload,
fill and describe their record."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

from collabdesk.services.errors import ConflictError, ServiceError, ValidationError
from collabdesk.ui.widgets import prompts
from collabdesk.ui.widgets.error_label import ErrorLabel
from collabdesk.ui.widgets.form_support import clear_errors, error_label, show_problems
from collabdesk.ui.widgets.service_text import error_text


class VersionedForm(QDialog):
    """Subclasses set `_record` (None for a new one), `errors`, `fields` and
    `form_error` in their constructor and implement the hooks below."""

    _record: Any
    errors: dict[str, QLabel]
    fields: dict[str, QWidget]
    form_error: ErrorLabel
    what = "record"  # the conflict dialog's noun; subclasses translate theirs
    alert_when_not_saved = True  # also a message box for a busy or vanished record

    # --- hooks ------------------------------------------------------------------
    def _store(self, expected_version: int | None) -> None:
        """Save through the service (raising its errors) and set self.saved."""
        raise NotImplementedError

    def _theirs(self) -> Any | None:
        """The record as saved now, or None when it is gone."""
        raise NotImplementedError

    def _describe_mine(self) -> str:
        raise NotImplementedError

    def _describe(self, record: Any) -> str:
        raise NotImplementedError

    def _fill(self, record: Any) -> None:
        raise NotImplementedError

    def _save_buttons(self, error_name: str = "formError") -> QDialogButtonBox:
        """Save and Cancel, and the form-wide error line above them
        (`form_error`, for what belongs to no single field)."""
        self.form_error = error_label(error_name)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveButton")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setObjectName("cancelButton")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        return buttons

    # --- saving -------------------------------------------------------------------
    def save(self) -> None:
        """Close only when the service saved it."""
        self._save(None if self._record is None else self._record.version_id)

    def _save(self, expected_version: int | None) -> None:
        clear_errors(self.errors)
        self.form_error.hide()
        try:
            self._store(expected_version)
        except ValidationError as exc:
            show_problems(exc, self.errors, self.fields, self.form_error)
            return
        except ConflictError as exc:
            self._on_conflict(error_text(exc))
            return
        except ServiceError as exc:  # busy, gone, read-only, disk full: said, not a crash
            self._say(error_text(exc))
            if self.alert_when_not_saved:
                prompts.error(self, self.tr("Not saved"), error_text(exc))
            return
        self.accept()

    def _say(self, text: str) -> None:
        self.form_error.setText(text)
        self.form_error.show()

    def _on_conflict(self, message: str) -> None:
        from collabdesk.ui.widgets import conflict_dialog

        theirs = self._theirs() if self._record is not None else None
        shown = self._describe(theirs) if theirs is not None else self.tr("(deleted)")
        choice = conflict_dialog.ask(self, self.what, self._describe_mine(), shown)
        if choice == conflict_dialog.OVERWRITE:
            self._save(None)
        elif choice == conflict_dialog.RELOAD and theirs is not None:
            self._record = theirs
            self._fill(theirs)
        else:  # Copy my text, Cancel, or nothing to reload: keep editing
            self._say(message)
