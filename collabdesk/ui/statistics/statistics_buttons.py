"""The Statistics section's buttons, and when each can work: a button that
cannot succeed is disabled and its tooltip says why. Texts keep the
section's translation context."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QPushButton

from collabdesk.services.errors import ServiceError
from collabdesk.ui.widgets.actions import allow
from collabdesk.ui.widgets.named import named

if TYPE_CHECKING:
    from collabdesk.services.desk import Desk

translate = QCoreApplication.translate  # literal arguments: lupdate finds them


def has_collaborations(desk: Desk) -> bool:
    """Whether Pitch… has anything to pitch (a refusal lets the button try
    and say what went wrong). A count, not the rows: at 20,000
    collaborations reading them all froze the tab for seconds."""
    try:
        return desk.collaborations.count() > 0
    except ServiceError:
        return True


def _button(text: str, name: str, tip: str) -> QPushButton:
    button = named(QPushButton(text), name)
    button.setAccessibleName(tip)
    return button


class StatisticsButtons(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tips: dict[QPushButton, str] = {}
        pairs = (
            (
                "import_file",
                "statisticsImportButton",
                translate("StatisticsView", "Import…"),
                translate("StatisticsView", "Import monthly figures from a spreadsheet"),
            ),
            (
                "pitch",
                "statisticsPitchButton",
                translate("StatisticsView", "Pitch…"),
                translate("StatisticsView", "Write the pitch PDF of a collaboration"),
            ),
            (
                "batch",
                "batchPitchButton",
                translate("StatisticsView", "Export pitches…"),
                translate("StatisticsView", "Write the pitch of every collaboration into a folder"),
            ),
            (
                "add_metric",
                "addMetricButton",
                translate("StatisticsView", "Add…"),
                translate("StatisticsView", "Add a metric"),
            ),
            (
                "rename_metric",
                "editMetricButton",
                translate("StatisticsView", "Edit…"),
                translate("StatisticsView", "Rename the metric or change its unit"),
            ),
            (
                "remove_metric",
                "removeMetricButton",
                translate("StatisticsView", "Remove…"),
                translate("StatisticsView", "Remove the metric and its figures"),
            ),
            (
                "up",
                "metricUpButton",
                translate("StatisticsView", "Up"),
                translate("StatisticsView", "Move the metric up"),
            ),
            (
                "down",
                "metricDownButton",
                translate("StatisticsView", "Down"),
                translate("StatisticsView", "Move the metric down"),
            ),
            (
                "add_month",
                "addFigureButton",
                translate("StatisticsView", "Add month"),
                translate("StatisticsView", "Add the month after the last figure"),
            ),
            (
                "delete_figure",
                "deleteFigureButton",
                translate("StatisticsView", "Delete figure…"),
                translate("StatisticsView", "Delete the chosen month's figure"),
            ),
        )
        made = {}
        for attribute, name, text, tip in pairs:
            made[attribute] = button = _button(text, name, tip)
            self.tips[button] = tip
        self.import_file = made["import_file"]
        self.pitch = made["pitch"]
        self.batch = made["batch"]
        self.add_metric = made["add_metric"]
        self.rename_metric = made["rename_metric"]
        self.remove_metric = made["remove_metric"]
        self.up = made["up"]
        self.down = made["down"]
        self.add_month = made["add_month"]
        self.delete_figure = made["delete_figure"]

    def update(
        self, has_desk: bool, has_collaborations: bool, row: int, rows: int, figures: int
    ) -> None:
        """`row` is the chosen metric's row (-1: none) of `rows`, with `figures`."""
        reasons: dict[QPushButton, str | None] = dict.fromkeys(self.tips)
        if not has_desk:
            reasons = dict.fromkeys(
                self.tips, translate("StatisticsView", "The database is still opening.")
            )
        else:
            if not has_collaborations:
                none_yet = translate(
                    "StatisticsView", "There are no collaborations yet. Create one first."
                )
                reasons[self.pitch] = reasons[self.batch] = none_yet
            pick = translate("StatisticsView", "Choose a metric in the list first.")
            for button in (
                self.remove_metric,
                self.add_month,
                self.rename_metric,
                self.up,
                self.down,
                self.delete_figure,
            ):
                reasons[button] = pick if row < 0 else None
            if row == 0:
                reasons[self.up] = translate("StatisticsView", "This metric is already the first.")
            if row >= 0 and row == rows - 1:
                reasons[self.down] = translate("StatisticsView", "This metric is already the last.")
            if row >= 0 and figures == 0:
                reasons[self.delete_figure] = translate(
                    "StatisticsView", "This metric has no figures yet."
                )
        for button, reason in reasons.items():
            allow(button, reason, self.tips[button])
