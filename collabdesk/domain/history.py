"""The change log and the trash: what happened to records, and what was
deleted (kept whole so it can come back with its original ids).

Both are written by the hooks in store/, never edited; `created_at` is
when the change or the deletion happened.
"""

from __future__ import annotations

from sqlalchemy import Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from collabdesk.domain.base import Base, Tracked


class ChangeEntry(Tracked, Base):
    """One change of one field (update), or of a whole record (create,
    delete, restore; `field` is empty and the value holds the row as JSON)."""

    __tablename__ = "change_log"
    __table_args__ = (
        Index("ix_change_log_record", "table_name", "record_id"),
        Index("ix_change_log_parent", "parent_table", "parent_id"),
    )

    change_set: Mapped[str] = mapped_column(String(32), index=True)  # one per transaction
    table_name: Mapped[str] = mapped_column(String(60))
    record_id: Mapped[int] = mapped_column(Integer)
    parent_table: Mapped[str] = mapped_column(String(60), default="")
    parent_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    action: Mapped[str] = mapped_column(String(16))  # create, update, delete, restore
    field: Mapped[str] = mapped_column(String(60), default="")
    old_value: Mapped[str | None] = mapped_column(Text, nullable=True)
    new_value: Mapped[str | None] = mapped_column(Text, nullable=True)
    changed_by: Mapped[str] = mapped_column(String(200), default="")
    computer: Mapped[str] = mapped_column(String(200), default="")
    # The named person and their branch (issue 19); `changed_by` holds their
    # name then, the OS login before anyone was chosen.
    staff_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    branch_name: Mapped[str] = mapped_column(String(200), default="", server_default="")


class TrashEntry(Tracked, Base):
    """A deleted partner or collaboration with every row that hung on it."""

    __tablename__ = "trash"
    __table_args__ = (Index("ix_trash_created_at", "created_at"),)

    table_name: Mapped[str] = mapped_column(String(60))
    record_id: Mapped[int] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(String(200), default="")
    payload: Mapped[str] = mapped_column(Text)  # JSON: {table: [row, ...]}
    deleted_by: Mapped[str] = mapped_column(String(200), default="")
    computer: Mapped[str] = mapped_column(String(200), default="")
