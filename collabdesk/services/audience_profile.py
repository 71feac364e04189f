"""Who the library's audience is, for the pitch: a metric's categories (age
bands, districts, any breakdown the library keeps) summed over the last
twelve months, each with its share, largest first.

The figures are the ones librarians record as categories of a metric
(`Metric.category`, "" being the total, which is left out here): a share is
of the categories' sum, so a breakdown that does not cover everyone still
reads as "of those counted". Plain reads over a Connection, as the pitch's
other queries are."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import Connection, func, select

from collabdesk.domain.metric import Metric

MONTHS = 12


@dataclass(frozen=True)
class CategoryShare:
    category: str
    total: Decimal
    share: Decimal  # 0..1 of the categories' sum, 0 when that sum is 0


@dataclass(frozen=True)
class AudienceProfile:
    metric: str
    unit: str
    first_month: date  # the first month with a category figure in the window
    last_month: date  # the window's last month
    months: int  # how many months of the window have category figures
    parts: tuple[CategoryShare, ...]  # largest first
    sources: tuple[str, ...]

    @property
    def total(self) -> Decimal:
        return sum((p.total for p in self.parts), Decimal(0))


def months_back(last: date, months: int) -> date:
    """The first day of the month `months - 1` before `last`'s month."""
    index = last.year * 12 + last.month - 1 - (months - 1)
    return date(index // 12, index % 12 + 1, 1)


def audience_profile(
    reads: Connection, metric: str, until: date | None = None, months: int = MONTHS
) -> AudienceProfile | None:
    """Each category's total and share of `metric` over the `months` months
    ending with `until`'s month (by default the latest month with any
    category figure), all branches together; None when the metric has no
    categories in that time."""
    broken_down = (Metric.name == metric) & (Metric.category != "")
    if until is None:
        until = reads.scalar(select(func.max(Metric.period_start)).where(broken_down))
        if until is None:
            return None
    last = until.replace(day=1)
    first = months_back(last, months)
    within = broken_down & (Metric.period_start >= first) & (Metric.period_start <= last)
    rows = reads.execute(
        select(Metric.category, func.sum(Metric.value)).where(within).group_by(Metric.category)
    ).all()
    if not rows:
        return None
    totals = [(str(category), Decimal(value or 0)) for category, value in rows]
    whole = sum((total for _, total in totals), Decimal(0))
    totals.sort(key=lambda pair: (-pair[1], pair[0].casefold()))
    parts = tuple(
        CategoryShare(category, total, total / whole if whole else Decimal(0))
        for category, total in totals
    )
    counted = reads.execute(
        select(func.min(Metric.period_start), func.count(func.distinct(Metric.period_start))).where(
            within
        )
    ).one()
    unit = reads.scalar(
        select(Metric.unit).where(within).order_by(Metric.period_start.desc()).limit(1)
    )
    sources = tuple(
        reads.scalars(
            select(Metric.source)
            .where(within, Metric.source != "")
            .distinct()
            .order_by(Metric.source)
        )
    )
    return AudienceProfile(metric, unit or "", counted[0], last, int(counted[1]), parts, sources)
