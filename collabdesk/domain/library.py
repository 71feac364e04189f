"""The library's own profile: the brand a pitch carries."""

from __future__ import annotations

from sqlalchemy import LargeBinary, String
from sqlalchemy.orm import Mapped, deferred, mapped_column

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
    # Before revision 0010 the logo was a path on one computer; it is read
    # into `logo` then, and kept only so an old file's path is not lost.
    logo_path: Mapped[str] = mapped_column(String(1000), default="")
    # The logo itself (PNG or JPEG bytes): a meeting copy or a backup taken to
    # another laptop carries it. Deferred: most reads of the profile skip it.
    logo: Mapped[bytes | None] = deferred(mapped_column(LargeBinary, nullable=True))
    logo_name: Mapped[str] = mapped_column(String(200), default="")
    # The one named person a partner writes to; printed on every pitch.
    contact_name: Mapped[str] = mapped_column(String(200), default="")
    contact_role: Mapped[str] = mapped_column(String(200), default="")
    contact_phone: Mapped[str] = mapped_column(String(100), default="")
    contact_email: Mapped[str] = mapped_column(String(200), default="")
    default_language: Mapped[str] = mapped_column(String(8), default="ru")
    # Calendar reminders before each due date, e.g. "1d,7d" (issue 18).
    calendar_alarms: Mapped[str] = mapped_column(
        String(60), default="1d,7d", server_default="1d,7d"
    )
    # Days before a collaboration ends when its renewal falls due, e.g. "90,60,30".
    renewal_lead_days: Mapped[str] = mapped_column(
        String(60), default="90,60,30", server_default="90,60,30"
    )
    # This database's own identity, carried by an offline branch's files.
    install_key: Mapped[str] = mapped_column(String(36), default="", server_default="")
    # Where the shared server's pg_dump files are kept; `check` reports the
    # newest one's age (issue 19, item 7).
    dump_folder: Mapped[str] = mapped_column(String(1000), default="", server_default="")
