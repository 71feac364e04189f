"""Units a library adds with their plural forms, beside the catalogue that
ships in `domain/units.py`: a word the catalogue does not know is printed as
typed until someone gives its forms here."""

from __future__ import annotations

from sqlalchemy import String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from collabdesk.domain.base import Base, Tracked

FORM_MAX = 60


class UnitForm(Tracked, Base):
    """One word's forms in one language, named by CLDR plural categories:
    English uses one/other, Russian one/few/many (and `other` for fractions)."""

    __tablename__ = "unit_form"
    __table_args__ = (UniqueConstraint("language", "one"),)

    language: Mapped[str] = mapped_column(String(8))
    one: Mapped[str] = mapped_column(String(FORM_MAX))
    few: Mapped[str] = mapped_column(String(FORM_MAX), default="")
    many: Mapped[str] = mapped_column(String(FORM_MAX), default="")
    other: Mapped[str] = mapped_column(String(FORM_MAX), default="")
