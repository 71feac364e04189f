"""Each agreement written for a collaboration and partner: its version, the
date written, the file as written, and the signed scan once it comes back."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, deferred, mapped_column

from collabdesk.domain.base import Base, Tracked, UTCDateTime, utcnow


class Agreement(Tracked, Base):
    __tablename__ = "agreement"

    collaboration_id: Mapped[int] = mapped_column(
        ForeignKey("collaboration.id", ondelete="CASCADE"), index=True
    )
    partner_id: Mapped[int] = mapped_column(ForeignKey("partner.id", ondelete="CASCADE"))
    version: Mapped[int] = mapped_column(Integer)  # 1, 2, … per collaboration and partner
    language: Mapped[str] = mapped_column(String(8))
    written_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    file_name: Mapped[str] = mapped_column(String(300), default="")
    # The document as written (.docx or .pdf): what was sent is kept.
    document: Mapped[bytes | None] = deferred(mapped_column(LargeBinary, nullable=True))
    signed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    signed_scan: Mapped[bytes | None] = deferred(mapped_column(LargeBinary, nullable=True))
    signed_scan_name: Mapped[str] = mapped_column(String(300), default="")
