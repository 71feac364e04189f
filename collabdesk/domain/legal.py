"""The parties' legal details: what a Russian agreement or act of transfer
must name (legal name, ИНН, КПП, ОГРН, address, bank, the signatory).

One row per partner, and one row with no partner for the library itself.
Kept apart from Partner and LibraryProfile: most screens never read them."""

from __future__ import annotations

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from collabdesk.domain.base import Base, Tracked


class LegalDetails(Tracked, Base):
    __tablename__ = "legal_details"

    # None: the library's own details (one such row, kept by the service).
    partner_id: Mapped[int | None] = mapped_column(
        ForeignKey("partner.id", ondelete="CASCADE"), unique=True, nullable=True
    )
    legal_name: Mapped[str] = mapped_column(String(500), default="")
    inn: Mapped[str] = mapped_column(String(12), default="")
    kpp: Mapped[str] = mapped_column(String(9), default="")
    ogrn: Mapped[str] = mapped_column(String(15), default="")
    legal_address: Mapped[str] = mapped_column(Text, default="")
    bank_name: Mapped[str] = mapped_column(String(300), default="")
    bank_bic: Mapped[str] = mapped_column(String(9), default="")
    bank_account: Mapped[str] = mapped_column(String(20), default="")
    correspondent_account: Mapped[str] = mapped_column(String(20), default="")
    # The person who signs, as the agreement names them, with their position
    # and the basis of their authority («действующего на основании Устава»).
    signatory_name: Mapped[str] = mapped_column(String(200), default="")
    signatory_position: Mapped[str] = mapped_column(String(200), default="")
    signatory_basis: Mapped[str] = mapped_column(String(300), default="")
