"""A recurring promise: "a monthly report, 12 in all" is one series whose
occurrences are ordinary commitments, each with its own due date, delivery,
proof and status (Commitment.series_id, Commitment.occurrence)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import Date, Integer, Numeric
from sqlalchemy.orm import Mapped, mapped_column

from collabdesk.domain.base import Base, Tracked, enum_column
from collabdesk.domain.enums import Recurrence
from collabdesk.domain.occurrence import occurrence_title as occurrence_title  # re-exported


class CommitmentSeries(Tracked, Base):
    __tablename__ = "commitment_series"

    every: Mapped[Recurrence] = mapped_column(enum_column(Recurrence))
    # Either a number of occurrences or a last date; the first due date
    # anchors the schedule (a 31st clamps to each month's last day).
    times: Mapped[int | None] = mapped_column(Integer, nullable=True)
    until: Mapped[date | None] = mapped_column(Date, nullable=True)
    first_due_on: Mapped[date] = mapped_column(Date)
    # The promise's whole quantity before it was split across occurrences.
    total_quantity: Mapped[Decimal | None] = mapped_column(Numeric(14, 2), nullable=True)
