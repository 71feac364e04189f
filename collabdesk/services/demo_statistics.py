"""The demo's statistics: two years of monthly figures with a gentle upward
trend and a summer dip, as libraries see, and one metric broken down by
audience (age bands) in `Metric.category`, so a pitch has annual totals,
their change and an audience profile to show."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from collabdesk.domain.metric import Metric
from collabdesk.services.branch_scope import first_branch_id

MONTHS_OF_STATISTICS = 24  # two years: annual totals and their year-on-year change


def month_start(today: date, months_back: int) -> date:
    index = today.year * 12 + today.month - 1 - months_back
    return date(index // 12, index % 12 + 1, 1)


def monthly_value(metric: dict[str, Any], month: date, back: int) -> Decimal:
    season = Decimal("0.85") if month.month in (6, 7, 8) else Decimal("1")
    growth = Decimal(metric["step"]) * (MONTHS_OF_STATISTICS - back) / 2
    return ((Decimal(metric["base"]) + growth) * season).quantize(Decimal("1"))


def add_statistics(session: Session, content: dict[str, Any], today: date) -> None:
    """Every metric for the last MONTHS_OF_STATISTICS complete months; the
    breakdown's parts add up to the metric's total each month."""
    source = content.get("statistics_source", "demo")
    branch_id = first_branch_id(session)  # a demo is a single library
    breakdown = content.get("breakdown", {})
    for metric in content["metrics"]:
        parts = breakdown.get("categories", []) if breakdown.get("metric") == metric["name"] else []
        for back in range(MONTHS_OF_STATISTICS):
            month = month_start(today, back + 1)
            total = monthly_value(metric, month, back)
            rows = [("", total)]
            left = total
            for index, part in enumerate(parts):
                share = (total * Decimal(str(part["share"]))).quantize(Decimal("1"))
                value = left if index == len(parts) - 1 else share
                left -= share
                rows.append((part["name"], value))
            for category, value in rows:
                session.add(
                    Metric(
                        name=metric["name"],
                        period_start=month,
                        value=value,
                        unit=metric["unit"],
                        source=source,
                        branch="",
                        branch_id=branch_id,
                        category=category,
                    )
                )
