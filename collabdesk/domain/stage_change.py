"""Each change of a collaboration's stage, with its date and reason, so
the details can show the path taken and the time spent in each stage."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Text
from sqlalchemy.orm import Mapped, mapped_column

from collabdesk.domain.base import Base, Tracked, UTCDateTime, enum_column, utcnow
from collabdesk.domain.enums import Stage


class StageChange(Tracked, Base):
    __tablename__ = "stage_change"

    collaboration_id: Mapped[int] = mapped_column(
        ForeignKey("collaboration.id", ondelete="CASCADE"), index=True
    )
    from_stage: Mapped[Stage | None] = mapped_column(enum_column(Stage), nullable=True)
    to_stage: Mapped[Stage] = mapped_column(enum_column(Stage))
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    reason: Mapped[str] = mapped_column(Text, default="", server_default="")
