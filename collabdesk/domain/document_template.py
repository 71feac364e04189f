"""A library's own Word template for a document (agreement, act of
transfer), one per name and language. Kept in the database, not a folder, so
every computer of the library prints on the same legal form; without a row
the shipped default (resources/templates/) is used."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import LargeBinary, String, UniqueConstraint
from sqlalchemy.orm import Mapped, deferred, mapped_column

from collabdesk.domain.base import Base, Tracked, UTCDateTime, utcnow


class DocumentTemplate(Tracked, Base):
    __tablename__ = "document_template"
    __table_args__ = (UniqueConstraint("name", "language"),)

    name: Mapped[str] = mapped_column(String(60))  # "agreement", "acknowledgement"
    language: Mapped[str] = mapped_column(String(8))
    # The .docx bytes; deferred: listing templates never reads them.
    content: Mapped[bytes] = deferred(mapped_column(LargeBinary, nullable=False))
    file_name: Mapped[str] = mapped_column(String(300), default="")
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
