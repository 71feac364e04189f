"""The editable list of statistics a library keeps (visits, followers…):
name, unit and order. Figures (Metric rows) refer to a definition by name,
so a figure imported before its definition existed is never lost."""

from __future__ import annotations

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from collabdesk.domain.base import Base, Tracked


class MetricDefinition(Tracked, Base):
    __tablename__ = "metric_definition"

    name: Mapped[str] = mapped_column(String(200), unique=True)
    unit: Mapped[str] = mapped_column(String(60), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
