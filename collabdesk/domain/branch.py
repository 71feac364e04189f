"""A library system's branches and the staff who work in them (issue 19).

A single library has one branch and never sees the word; a system has many.
Collaborations, statistics and staff belong to a branch; a partner may be
shared by several (PartnerBranch). On the shared PostgreSQL server the
branch of a row is what row-level security checks (commands/server.py).
"""

from __future__ import annotations

from sqlalchemy import Boolean, ForeignKey, Index, Integer, LargeBinary, String, UniqueConstraint
from sqlalchemy.orm import Mapped, deferred, mapped_column

from collabdesk.domain.base import Base, Tracked


class Branch(Tracked, Base):
    __tablename__ = "branch"

    # Empty for the one branch of a single library that never named it:
    # documents then print the library's name alone, as before.
    name: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(String(500), default="", server_default="")
    city: Mapped[str] = mapped_column(String(200), default="", server_default="")
    phone: Mapped[str] = mapped_column(String(100), default="", server_default="")
    email: Mapped[str] = mapped_column(String(200), default="", server_default="")
    # Staff ids, kept valid by services/branches.py (no foreign key: branch and
    # staff would point at each other, and a cycle needs deferred constraints).
    contact_staff_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    signatory_staff_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # Empty / NULL: the system's colour and logo (library_profile) are used.
    brand_colour: Mapped[str] = mapped_column(String(9), default="", server_default="")
    logo: Mapped[bytes | None] = deferred(mapped_column(LargeBinary, nullable=True))
    logo_name: Mapped[str] = mapped_column(String(200), default="", server_default="")
    # The install key of the offline branch database whose files feed this
    # branch (services/branch_files.py); empty for a branch edited here.
    source_key: Mapped[str] = mapped_column(String(36), default="", server_default="")
    position: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class Staff(Tracked, Base):
    """A named person of the library. The person at this computer is chosen
    once and remembered in the data folder (services/staff_identity.py)."""

    __tablename__ = "staff"
    __table_args__ = (Index("ix_staff_name", "name"),)

    name: Mapped[str] = mapped_column(String(200))
    position: Mapped[str] = mapped_column(String(200), default="", server_default="")
    email: Mapped[str] = mapped_column(String(200), default="", server_default="")
    phone: Mapped[str] = mapped_column(String(100), default="", server_default="")
    # NULL: works for the whole system (a coordinator at the central office).
    branch_id: Mapped[int | None] = mapped_column(
        ForeignKey("branch.id", ondelete="RESTRICT"), nullable=True, index=True
    )
    # The operating-system login this person uses, offered on first start.
    login: Mapped[str] = mapped_column(String(200), default="", server_default="")
    # Their own role on the shared PostgreSQL server ("" on SQLite).
    db_role: Mapped[str] = mapped_column(String(63), default="", server_default="")
    is_coordinator: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")


class PartnerBranch(Tracked, Base):
    """A partner shared with a branch; a partner without any belongs to all."""

    __tablename__ = "partner_branch"
    __table_args__ = (UniqueConstraint("partner_id", "branch_id"),)

    partner_id: Mapped[int] = mapped_column(ForeignKey("partner.id", ondelete="CASCADE"))
    branch_id: Mapped[int] = mapped_column(ForeignKey("branch.id", ondelete="CASCADE"), index=True)
