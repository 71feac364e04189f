"""Partners (organisations and people), the people at them, and what
happened between them and the library."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import Boolean, Column, Date, ForeignKey, Index, String, Table, Text, event
from sqlalchemy.orm import Mapped, Mapper, mapped_column, relationship

from collabdesk.domain.base import Base, Tracked, enum_column
from collabdesk.domain.enums import InteractionKind, PartnerKind, PartnerStatus
from collabdesk.domain.text import search_key

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

NAME_MAX = 200
SHORT_MAX = 200
LONG_MAX = 20_000

partner_tag = Table(
    "partner_tag",
    Base.metadata,
    Column("partner_id", ForeignKey("partner.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tag.id", ondelete="CASCADE"), primary_key=True),
)


class Tag(Tracked, Base):
    __tablename__ = "tag"

    name: Mapped[str] = mapped_column(String(60), unique=True)


class Partner(Tracked, Base):
    __tablename__ = "partner"
    __table_args__ = (Index("ix_partner_name_key", "name_key"),)

    name: Mapped[str] = mapped_column(String(NAME_MAX))
    kind: Mapped[PartnerKind] = mapped_column(
        enum_column(PartnerKind), default=PartnerKind.BUSINESS
    )
    status: Mapped[PartnerStatus] = mapped_column(
        enum_column(PartnerStatus), default=PartnerStatus.PROSPECT
    )
    city: Mapped[str] = mapped_column(String(SHORT_MAX), default="")
    website: Mapped[str] = mapped_column(String(500), default="")
    email: Mapped[str] = mapped_column(String(320), default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    values_notes: Mapped[str] = mapped_column(Text, default="")
    owner: Mapped[str] = mapped_column(String(SHORT_MAX), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # Agreed to be named as a past partner in the library's pitches.
    may_be_named: Mapped[bool] = mapped_column(Boolean, default=False)
    # Normalised copies kept by the mapper events below; the FTS index reads
    # search_text, one- and two-letter queries use the name_key index.
    name_key: Mapped[str] = mapped_column(String(NAME_MAX), default="")
    search_text: Mapped[str] = mapped_column(Text, default="")

    tags: Mapped[list[Tag]] = relationship(secondary=partner_tag, order_by=Tag.name)
    contacts: Mapped[list[Contact]] = relationship(
        back_populates="partner",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="Contact.name",
    )
    interactions: Mapped[list[Interaction]] = relationship(
        back_populates="partner",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="Interaction.occurred_on.desc()",
    )


def partner_search_text(name: str, city: str, email: str, phone: str, tags: str = "") -> str:
    """What a search over partners looks at, already normalised."""
    return search_key(" ".join(part for part in (name, city, email, phone, tags) if part))


@event.listens_for(Partner, "before_insert")
@event.listens_for(Partner, "before_update")
def _refresh_search_keys(mapper: Mapper[Partner], connection: Connection, target: Partner) -> None:
    # Assign only on change: setting an attribute during flush marks the row
    # dirty again and would cost a second UPDATE (and version bump) on commit.
    name_key = search_key(target.name)
    if target.name_key != name_key:
        target.name_key = name_key
    tags = " ".join(tag.name for tag in target.tags)
    text = partner_search_text(
        target.name, target.city or "", target.email or "", target.phone or "", tags
    )
    if target.search_text != text:
        target.search_text = text


class Contact(Tracked, Base):
    """A person at a partner organisation."""

    __tablename__ = "contact"

    partner_id: Mapped[int] = mapped_column(
        ForeignKey("partner.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(NAME_MAX))
    role: Mapped[str] = mapped_column(String(SHORT_MAX), default="")
    email: Mapped[str] = mapped_column(String(320), default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    partner: Mapped[Partner] = relationship(back_populates="contacts")


class Interaction(Tracked, Base):
    """A meeting, call, e-mail or event with a partner."""

    __tablename__ = "interaction"

    partner_id: Mapped[int] = mapped_column(
        ForeignKey("partner.id", ondelete="CASCADE"), index=True
    )
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact.id", ondelete="SET NULL"), nullable=True
    )
    occurred_on: Mapped[date] = mapped_column(Date)
    kind: Mapped[InteractionKind] = mapped_column(
        enum_column(InteractionKind), default=InteractionKind.MEETING
    )
    summary: Mapped[str] = mapped_column(Text, default="")

    partner: Mapped[Partner] = relationship(back_populates="interactions")
