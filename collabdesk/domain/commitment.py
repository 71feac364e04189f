"""Commitments: each promise of either side, with its value and proof."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    Connection,
    Date,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Text,
    event,
    text,
)
from sqlalchemy.orm import Mapped, Mapper, mapped_column, relationship

from collabdesk.domain.base import Base, Tracked, UTCDateTime, enum_column, utcnow
from collabdesk.domain.collaboration import Collaboration
from collabdesk.domain.commitment_keys import DUE_KEY_SQL, NO_AMOUNT_SQL
from collabdesk.domain.enums import CommitmentStatus, Direction, ValuationMethod
from collabdesk.domain.partner import Partner
from collabdesk.domain.text import search_key

# The indexes below hold the tracker's sort keys (domain/commitment_keys.py),
# written the same way, so SQLite reads pages from them.


class Commitment(Tracked, Base):
    __tablename__ = "commitment"
    # The tracker sorts by any column over 500,000 rows, so each sort
    # order has an index of its keys (migration 0009b_list_indexes);
    # reputation reads one covering index, never the table.
    __table_args__ = (
        Index("ix_commitment_status_due_key", "status", text(DUE_KEY_SQL)),
        Index("ix_commitment_owner_due_key", "owner", text(DUE_KEY_SQL)),
        Index("ix_commitment_direction_due_key", "direction", text(DUE_KEY_SQL)),
        Index("ix_commitment_due_key", text(DUE_KEY_SQL)),
        Index("ix_commitment_description", "description"),
        Index(
            "ix_commitment_currency_value_key",
            "currency",
            text(f"coalesce(value, {NO_AMOUNT_SQL})"),
        ),
        Index("ix_commitment_quantity_key", text(f"coalesce(quantity, {NO_AMOUNT_SQL})")),
        Index(
            "ix_commitment_reputation",
            "partner_id",
            "direction",
            "status",
            "due_on",
            "delivered_on",
        ),
        # Readiness (services/readiness_sql) asks per collaboration for each
        # side's promises and those without a date or an owner: index only.
        Index("ix_commitment_readiness", "collaboration_id", "direction", "due_on", "owner"),
    )

    collaboration_id: Mapped[int] = mapped_column(
        ForeignKey("collaboration.id", ondelete="CASCADE"), index=True
    )
    partner_id: Mapped[int | None] = mapped_column(
        ForeignKey("partner.id", ondelete="RESTRICT"), nullable=True, index=True
    )
    direction: Mapped[Direction] = mapped_column(enum_column(Direction))
    description: Mapped[str] = mapped_column(Text)
    # The description in the library's second language (empty: none yet).
    description_translation: Mapped[str] = mapped_column(Text, default="", server_default="")
    quantity: Mapped[Decimal | None] = mapped_column(Numeric(14, 2), nullable=True)
    unit: Mapped[str] = mapped_column(String(60), default="")
    due_on: Mapped[date | None] = mapped_column(Date, nullable=True, index=True)
    owner: Mapped[str] = mapped_column(String(200), default="")
    # The staff member `owner` names when the library keeps the promise (the
    # text stays: a partner's people are not staff, and the tracker sorts and
    # searches it). Plain indexed column, no foreign key: see 0013.
    owner_staff_id: Mapped[int | None] = mapped_column(Integer, nullable=True, index=True)
    status: Mapped[CommitmentStatus] = mapped_column(
        enum_column(CommitmentStatus), default=CommitmentStatus.PLANNED, index=True
    )
    value: Mapped[Decimal | None] = mapped_column(Numeric(14, 2), nullable=True)
    currency: Mapped[str] = mapped_column(String(3), default="RUB")
    valuation_method: Mapped[ValuationMethod | None] = mapped_column(
        enum_column(ValuationMethod), nullable=True
    )
    delivered_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    waived_reason: Mapped[str] = mapped_column(Text, default="")
    proof_note: Mapped[str] = mapped_column(Text, default="")
    proof_path: Mapped[str] = mapped_column(String(1000), default="")
    make_good_for_id: Mapped[int | None] = mapped_column(
        ForeignKey("commitment.id", ondelete="SET NULL"), nullable=True
    )
    # A recurring promise (issue 18): each occurrence is its own row, number
    # `occurrence` (1-based) of the CommitmentSeries `series_id`. No foreign
    # key: SQLite cannot add one without copying the table (migration 0012).
    series_id: Mapped[int | None] = mapped_column(Integer, nullable=True, index=True)
    occurrence: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # Normalised description, owner and unit, kept by the mapper event below;
    # the tracker's text search reads it (through commitment_fts on SQLite).
    search_text: Mapped[str] = mapped_column(Text, default="", server_default="")

    collaboration: Mapped[Collaboration] = relationship()
    partner: Mapped[Partner | None] = relationship()


def commitment_search_text(description: str, owner: str, unit: str) -> str:
    """What the tracker's text search looks at in a commitment, normalised."""
    return search_key(" ".join(part for part in (description, owner, unit) if part))


@event.listens_for(Commitment, "before_insert")
@event.listens_for(Commitment, "before_update")
def _refresh_search_text(
    mapper: Mapper[Commitment], connection: Connection, target: Commitment
) -> None:
    # Assign only on change, so an unrelated edit costs no extra UPDATE.
    text = commitment_search_text(target.description or "", target.owner or "", target.unit or "")
    if target.search_text != text:
        target.search_text = text


class CommitmentProof(Tracked, Base):
    """Proof of delivery: a file copied into the data folder, or a URL.

    `stored_name` is relative to the data folder's proofs/ directory: the
    original (perhaps on a USB stick) may be gone tomorrow.
    """

    __tablename__ = "commitment_proof"

    commitment_id: Mapped[int] = mapped_column(
        ForeignKey("commitment.id", ondelete="CASCADE"), index=True
    )
    stored_name: Mapped[str] = mapped_column(String(300), default="")
    original_name: Mapped[str] = mapped_column(String(300), default="")
    url: Mapped[str] = mapped_column(String(2000), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    added_by: Mapped[str] = mapped_column(String(200), default="")
    added_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
