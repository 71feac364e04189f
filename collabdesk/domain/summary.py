"""Figures the home dashboard paints from, computed in a worker and kept so
the next start paints at once (one GROUP BY over 500,000 commitments takes
about half a second: too long for the GUI thread)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from collabdesk.domain.base import Base, UTCDateTime, utcnow


class SummarySnapshot(Base):
    __tablename__ = "summary_snapshot"
    __table_args__ = (UniqueConstraint("scope"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # What the figures cover: "system", "branch:3", "staff:7" ...
    scope: Mapped[str] = mapped_column(String(60))
    computed_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    payload: Mapped[str] = mapped_column(Text, default="")  # JSON
