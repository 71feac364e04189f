"""How long a collaboration has been in its stage, and the path it took, as
the details show them: "since 12.03.2027 (24 days)" — «с 12.03.2027 (24 дня)»,
the Russian plural forms coming from the translation (%n)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from collabdesk.domain.message import fill
from collabdesk.ui.shell.i18n import format_date
from collabdesk.ui.widgets.labels import stage_label

if TYPE_CHECKING:
    from collabdesk.services.collaborations import StageChangeRecord

PATH_LINES = 12  # the newest moves; the History window keeps every one


class StageTime(QObject):
    """The context of the plural: lupdate sees %n only in `self.tr(text, "", n)`."""

    def since(self, days: int) -> str:
        return self.tr("since %1 (%n day(s))", "", days)


_TIME: list[StageTime] = []  # one, made on first use (no QObject at import)


def stage_since(since: date, today: date) -> str:
    """ "since 12.03.2027 (24 days)"; a date after today (a clock set wrong) reads 0 days."""
    if not _TIME:
        _TIME.append(StageTime())
    days = max((today - since).days, 0)
    return fill(_TIME[0].since(days), [format_date(since)])


def stage_path(steps: Sequence[StageChangeRecord], reasons: bool = True) -> str:
    """One line per move, newest first: "12.03.2027: Idea → Preparing — why"."""
    lines = []
    for step in reversed(steps[-PATH_LINES:]):
        moved = stage_label(step.to_stage)
        if step.from_stage is not None:
            moved = f"{stage_label(step.from_stage)} → {moved}"
        line = f"{format_date(step.changed_on)}: {moved}"
        if step.reason and reasons:
            line += " — " + " ".join(step.reason.split())[:300]
        lines.append(line)
    return "\n".join(lines)
