"""The Statistics section's top row and what it does: import a spreadsheet
of figures (a backup first), or write a pitch. The view
(statistics_view.py) says how many figures came in and refreshes. Texts
keep the section's translation context; the file picker is called through
this module's name, so tests replace it here."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QWidget

from collabdesk.services.errors import ServiceError
from collabdesk.ui.documents import pitch_dialog
from collabdesk.ui.widgets import prompts
from collabdesk.ui.widgets.service_text import error_text

if TYPE_CHECKING:
    from collabdesk.services.desk import Desk
    from collabdesk.ui.statistics.statistics_buttons import StatisticsButtons
    from collabdesk.ui.statistics.statistics_view import StatisticsView

translate = QCoreApplication.translate  # literal arguments: lupdate finds them


def top_row(buttons: StatisticsButtons, branch: QWidget) -> QHBoxLayout:
    """Import and a library system's branch on the left; Pitch… and every
    pitch on the right."""
    row = QHBoxLayout()
    row.addWidget(buttons.import_file)
    row.addWidget(branch)
    row.addStretch(1)
    row.addWidget(buttons.pitch)
    row.addWidget(buttons.batch)
    return row


def choose_import_file(parent: QWidget) -> Path | None:
    path, _ = QFileDialog.getOpenFileName(
        parent,
        translate("StatisticsView", "Import statistics"),
        "",
        translate("StatisticsView", "Spreadsheets (*.xlsx *.csv);;All files (*)"),
    )
    return Path(path) if path else None


def import_figures(view: StatisticsView) -> tuple[int, Path] | None:
    """Read the chosen file and save its figures: (how many, the file), or
    None when nothing was chosen or a message said why nothing came in."""
    desk = view.desk
    if desk is None:
        return None
    path = choose_import_file(view)
    if path is None:
        return None
    from collabdesk.services.statistics_import import StatisticsImportError
    from collabdesk.ui.widgets.service_text import import_problems_text

    title = translate("StatisticsView", "Import statistics")
    try:
        parsed = desk.statistics.read_import(path)
        if view.before_import is not None and parsed.figures:
            view.before_import()
        # To the chosen branch; "All branches" or a single library: this computer's.
        count = desk.statistics.save_figures(parsed.figures, view.branch_choice.chosen())
    except StatisticsImportError as exc:
        prompts.error(view, title, import_problems_text(exc))
        return None
    except ServiceError as exc:
        prompts.error(view, title, error_text(exc))
        return None
    except OSError as exc:
        prompts.error(view, title, f"{path.name}: {exc.strerror}")
        return None
    except Exception as exc:  # the backup failed: a message, and nothing was imported
        prompts.error(view, title, error_text(exc))
        return None
    return count, path


def pitch(parent: QWidget, desk: Desk | None) -> None:
    if desk is None:
        return
    collaboration_id = pitch_dialog.choose_collaboration(parent, desk)
    if collaboration_id is not None:
        pitch_dialog.open_pitch_dialog(parent, desk, collaboration_id)
