"""The library's own statistics: aggregate figures per period, never
patron-level data."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Numeric, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from collabdesk.domain.base import Base, Tracked


class Metric(Tracked, Base):
    __tablename__ = "metric"
    __table_args__ = (UniqueConstraint("name", "period_start", "branch_id", "branch", "category"),)

    name: Mapped[str] = mapped_column(String(200))
    period_start: Mapped[date] = mapped_column(Date, index=True)
    value: Mapped[Decimal] = mapped_column(Numeric(16, 2))
    unit: Mapped[str] = mapped_column(String(60), default="")
    source: Mapped[str] = mapped_column(String(200), default="")
    branch: Mapped[str] = mapped_column(String(200), default="")
    # One part of a breakdown the library keeps ("18–24", a district); empty
    # for the metric's total. The pitch's audience profile reads these.
    category: Mapped[str] = mapped_column(String(200), default="", server_default="")
    # The branch whose figure this is (issue 19); `branch` above stays the
    # free-text breakdown label it always was.
    branch_id: Mapped[int | None] = mapped_column(
        ForeignKey("branch.id", ondelete="RESTRICT"), nullable=True, index=True
    )
