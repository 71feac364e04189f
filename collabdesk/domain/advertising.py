"""The library's advertising package: what it can offer a partner, with the
reach each unit brings, and what a collaboration picked from it and from
the library's statistics for its pitch."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import Boolean, Date, ForeignKey, Integer, Numeric, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from collabdesk.domain.base import Base, Tracked


class AdvertisingItem(Tracked, Base):
    """One offer: a social-media post, a newsletter mention, a logo on the site…"""

    __tablename__ = "advertising_item"

    name: Mapped[str] = mapped_column(String(200))
    unit: Mapped[str] = mapped_column(String(60), default="")
    reach_per_unit: Mapped[int] = mapped_column(Integer, default=0)
    rate: Mapped[Decimal | None] = mapped_column(Numeric(14, 2), nullable=True)
    currency: Mapped[str] = mapped_column(String(3), default="RUB")
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class CollaborationAdItem(Tracked, Base):
    """An advertising item offered in one collaboration, with its quantity."""

    __tablename__ = "collaboration_ad_item"
    __table_args__ = (UniqueConstraint("collaboration_id", "item_id"),)

    collaboration_id: Mapped[int] = mapped_column(
        ForeignKey("collaboration.id", ondelete="CASCADE"), index=True
    )
    item_id: Mapped[int] = mapped_column(ForeignKey("advertising_item.id", ondelete="RESTRICT"))
    quantity: Mapped[Decimal] = mapped_column(Numeric(14, 2), default=Decimal(1))

    item: Mapped[AdvertisingItem] = relationship()


class CollaborationMetric(Tracked, Base):
    """A statistic picked for a collaboration's pitch; no period = the latest."""

    __tablename__ = "collaboration_metric"
    __table_args__ = (UniqueConstraint("collaboration_id", "metric_name"),)

    collaboration_id: Mapped[int] = mapped_column(
        ForeignKey("collaboration.id", ondelete="CASCADE"), index=True
    )
    metric_name: Mapped[str] = mapped_column(String(200))
    period_start: Mapped[date | None] = mapped_column(Date, nullable=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
