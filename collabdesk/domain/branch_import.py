"""What an offline branch's files brought in: one row per file applied, and
the map from the branch database's ids to ours, so the same file (or a
later one repeating old rows) changes nothing twice."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from collabdesk.domain.base import Base, Tracked, UTCDateTime


class BranchImport(Tracked, Base):
    __tablename__ = "branch_import"
    __table_args__ = (UniqueConstraint("branch_id", "file_key"),)

    branch_id: Mapped[int] = mapped_column(ForeignKey("branch.id", ondelete="CASCADE"))
    # Digest of the file's content: the same file applied twice is seen.
    file_key: Mapped[str] = mapped_column(String(64))
    exported_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    summary: Mapped[str] = mapped_column(Text, default="", server_default="")  # JSON counts


class BranchImportRow(Base):
    """Branch database id -> id here, per table (no history: bookkeeping)."""

    __tablename__ = "branch_import_row"
    __table_args__ = (UniqueConstraint("branch_id", "table_name", "source_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    branch_id: Mapped[int] = mapped_column(ForeignKey("branch.id", ondelete="CASCADE"))
    table_name: Mapped[str] = mapped_column(String(60))
    source_id: Mapped[int] = mapped_column(Integer)
    local_id: Mapped[int] = mapped_column(Integer)
