"""Translated words for commitments, and the sentences built from a reputation."""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from collabdesk.domain.enums import CommitmentStatus, Direction
from collabdesk.domain.message import fill
from collabdesk.domain.occurrence import occurrence_title
from collabdesk.domain.units import quantity_with_unit
from collabdesk.ui.shell.i18n import format_date, format_number

if TYPE_CHECKING:
    from collabdesk.services.desk import Desk
    from collabdesk.services.reputation import Reputation
    from collabdesk.services.tracker_query import TrackerRow

# Called with literal arguments so pyside6-lupdate finds every string.
translate = QCoreApplication.translate


class CommitmentLabels(QObject):
    """Same context, for plurals: lupdate sees a %n only in `X.tr(text, "", n)`."""


def direction_label(direction: Direction) -> str:
    if Direction(direction) is Direction.LIBRARY_GIVES:
        return translate("CommitmentLabels", "We give")
    return translate("CommitmentLabels", "We get")


def commitment_status_label(status: CommitmentStatus) -> str:
    labels = {
        CommitmentStatus.PLANNED: translate("CommitmentLabels", "Planned"),
        CommitmentStatus.IN_PROGRESS: translate("CommitmentLabels", "In progress"),
        CommitmentStatus.DELIVERED: translate("CommitmentLabels", "Delivered"),
        CommitmentStatus.WAIVED: translate("CommitmentLabels", "Waived"),
        CommitmentStatus.MISSED: translate("CommitmentLabels", "Missed"),
    }
    return labels[CommitmentStatus(status)]


def row_status_text(row: TrackerRow) -> str:
    """Status in words; overdue and missing proof are said, not only coloured."""
    text = commitment_status_label(row.status)
    if row.overdue:
        return translate("CommitmentLabels", "OVERDUE") + " · " + text
    if row.delivered_without_proof:
        return text + " · " + translate("CommitmentLabels", "no proof")
    return text


def occurrence_text(description: str, row: TrackerRow) -> str:
    """A recurring promise's occurrence says which one it is: "(3/12) Monthly
    attendance report"; any other promise is its description."""
    return occurrence_title(description, row.occurrence, row.series_size)


def due_text(due_on: date | None, today: date, overdue: bool = True) -> str:
    """The due date, with how late it is while the promise is still open
    (`overdue`); a delivered, waived or missed one is not "late" any more."""
    if due_on is None:
        return translate("CommitmentLabels", "no date")
    days = (today - due_on).days
    text = format_date(due_on)
    if overdue and days > 0:
        # tr is called on the class (lupdate takes its context from the name before
        # .tr); PySide6's stubs declare it on instances only.
        late = CommitmentLabels.tr("(%n days late)", "", days)  # type: ignore[arg-type]
        return f"{text} {late}"
    return text


def reputation_text(rep: Reputation) -> str:
    """ "80% on time (4 of 5); 1 missed; 2 waived; 3.5 days late on average"."""
    if not rep.has_record:
        parts = [translate("CommitmentLabels", "no record yet")]
    else:
        rate = rep.on_time_rate or Decimal(0)
        percent = (rate * 100).quantize(Decimal("1"), ROUND_HALF_UP)
        parts = [
            fill(
                translate("CommitmentLabels", "%1% on time (%2 of %3)"),
                [percent, rep.on_time, rep.due],
            )
        ]
    # tr on the class: lupdate takes the context from the name before .tr, and the
    # plural form from %n; PySide6's stubs declare tr on instances only.
    if rep.overdue:
        parts.append(CommitmentLabels.tr("%n overdue", "", rep.overdue))  # type: ignore[arg-type]
    if rep.missed:
        parts.append(CommitmentLabels.tr("%n missed", "", rep.missed))  # type: ignore[arg-type]
    if rep.waived:
        parts.append(CommitmentLabels.tr("%n waived", "", rep.waived))  # type: ignore[arg-type]
    late = rep.average_days_late
    if late is not None:
        # A fraction ("3.5 days"): Qt's %n takes whole numbers only, so the unit is
        # inflected by domain.units, which knows "day" and "день" and fractions.
        days = quantity_with_unit(
            format_number(late), late, translate("CommitmentLabels", "day", "unit of time")
        )
        parts.append(fill(translate("CommitmentLabels", "%1 late on average"), [days]))
    return "; ".join(parts)


def partner_reputation_text(desk: Desk | None, partner_id: int) -> str:
    """For the partner page: their record, and the library's towards them."""
    if desk is None:
        return ""
    rep = desk.reputation.for_partner(partner_id)
    theirs = fill(translate("CommitmentLabels", "Theirs: %1"), [reputation_text(rep.partner)])
    ours = fill(translate("CommitmentLabels", "Ours to them: %1"), [reputation_text(rep.library)])
    return f"{theirs}\n{ours}"
