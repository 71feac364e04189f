"""Steps of a commitment (artwork → approval → print → install), each with
who does it and by when; "My tasks" lists them beside open commitments."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from collabdesk.domain.base import Base, Tracked
from collabdesk.domain.commitment import Commitment


class CommitmentStep(Tracked, Base):
    __tablename__ = "commitment_step"
    # "My tasks" and "This week" ask for open steps by person and date.
    __table_args__ = (Index("ix_commitment_step_open", "done_on", "due_on"),)

    commitment_id: Mapped[int] = mapped_column(
        ForeignKey("commitment.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    what: Mapped[str] = mapped_column(Text)
    who: Mapped[str] = mapped_column(String(200), default="", index=True)
    # The staff member `who` names, when it names one (issue 19).
    who_staff_id: Mapped[int | None] = mapped_column(Integer, nullable=True, index=True)
    due_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    done_on: Mapped[date | None] = mapped_column(Date, nullable=True)

    commitment: Mapped[Commitment] = relationship()
