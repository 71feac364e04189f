"""The log of personal data erased on request: what kind of record, which
fields and where, never the data itself (issue 19, item 7)."""

from __future__ import annotations

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from collabdesk.domain.base import Base, Tracked


class ErasureEntry(Tracked, Base):
    __tablename__ = "erasure_log"

    table_name: Mapped[str] = mapped_column(String(60))  # "contact", "staff", ...
    record_id: Mapped[int] = mapped_column(Integer)
    fields: Mapped[str] = mapped_column(String(500), default="")  # names, comma-separated
    places: Mapped[str] = mapped_column(Text, default="")  # JSON: where, how many
    erased_by: Mapped[str] = mapped_column(String(200), default="")
    reason: Mapped[str] = mapped_column(String(500), default="", server_default="")
