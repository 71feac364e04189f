"""The library's own profile: the brand a pitch carries."""

from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from collabdesk.domain.base import Base, Tracked


class LibraryProfile(Tracked, Base):
    __tablename__ = "library_profile"

    name: Mapped[str] = mapped_column(String(200), default="")
    branch: Mapped[str] = mapped_column(String(200), default="")
    city: Mapped[str] = mapped_column(String(200), default="")
    website: Mapped[str] = mapped_column(String(500), default="")
    # Where a partner reaches the library; printed on every pitch.
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(100), default="")
    brand_colour: Mapped[str] = mapped_column(String(9), default="#1F5C99")
    logo_path: Mapped[str] = mapped_column(String(1000), default="")
    default_language: Mapped[str] = mapped_column(String(8), default="ru")
