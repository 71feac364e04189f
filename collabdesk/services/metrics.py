"""The library's statistics: one figure per metric, period, branch and
category (a category is one part of a breakdown such as an age band or a
district; the empty category is the metric's total)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from collabdesk.domain.metric import Metric
from collabdesk.services.branch_scope import home_branch_id
from collabdesk.services.branches import check_branch
from collabdesk.services.commitment_records import _decimal
from collabdesk.services.errors import (
    QT_TRANSLATE_NOOP,
    InUseError,
    Message,
    NotFoundError,
    ValidationError,
)
from collabdesk.services.transaction import Sessions, transaction
from collabdesk.services.validation import Checker, clean_line

CONTEXT = "MetricService"


@dataclass(frozen=True)
class MetricRecord:
    id: int
    name: str
    period_start: date
    value: Decimal
    unit: str
    source: str
    branch: str
    category: str = ""  # "" = the total; else one part of a breakdown ("18–24")
    branch_id: int | None = None  # whose figure it is (issue 19)


def _record(m: Metric) -> MetricRecord:
    return MetricRecord(
        m.id, m.name, m.period_start, m.value, m.unit, m.source, m.branch, m.category, m.branch_id
    )


CATEGORY_MAX = 200


def check_category(category: str, check: Checker) -> None:
    """A category fits its column (a 10,000-character one is refused, not cut:
    cutting could merge two categories into one)."""
    check.max_length("category", category, CATEGORY_MAX, QT_TRANSLATE_NOOP("Field", "Category"))


class MetricService:
    def __init__(self, sessions: Sessions, data_dir: Path | None = None) -> None:
        self._sessions = sessions
        self._data_dir = data_dir  # whose staff file names the home branch

    def record(
        self,
        name: str,
        period_start: date,
        value: Decimal,
        unit: str = "",
        source: str = "",
        branch: str = "",
        category: str = "",
        branch_id: int | None = None,
    ) -> MetricRecord:
        """Add a figure, or replace the one for the same metric, period, branch
        and category; it belongs to `branch_id`, else this computer's branch."""
        name, unit, source, branch = map(clean_line, (name, unit, source, branch))
        category = clean_line(category)
        check = Checker()
        check.required("name", name, QT_TRANSLATE_NOOP("Field", "Metric name"))
        check.max_length("name", name, 200, QT_TRANSLATE_NOOP("Field", "Metric name"))
        check_category(category, check)
        if check.problems:
            raise ValidationError(check.problems)
        number = _decimal("value", value)
        assert number is not None
        with transaction(self._sessions, "statistic") as session:
            if branch_id is not None:
                check_branch(session, branch_id)
            owner = branch_id or home_branch_id(session, self._data_dir)
            row = session.scalar(
                select(Metric).where(
                    Metric.name == name,
                    Metric.period_start == period_start,
                    Metric.branch == branch,
                    Metric.category == category,
                    Metric.branch_id == owner,
                )
            )
            if row is None:
                row = Metric(name=name, period_start=period_start, branch=branch, branch_id=owner)
                row.category = category
                session.add(row)
            row.value = number
            row.unit = unit
            row.source = source
            session.flush()
            return _record(row)

    def recategorise(self, metric_id: int, category: str) -> MetricRecord:
        """Move a figure to another category ("" = the total); refused when that
        category already has a figure for the month, rather than overwriting it."""
        category = clean_line(category)
        check = Checker()
        check_category(category, check)
        if check.problems:
            raise ValidationError(check.problems)
        with transaction(self._sessions, "statistic", metric_id) as session:
            row = session.get(Metric, metric_id)
            if row is None:
                raise NotFoundError(
                    Message(
                        CONTEXT,
                        QT_TRANSLATE_NOOP("MetricService", "There is no statistic with id %1."),
                        (metric_id,),
                    )
                )
            clash = session.scalar(
                select(Metric.id).where(
                    Metric.name == row.name,
                    Metric.period_start == row.period_start,
                    Metric.branch == row.branch,
                    Metric.branch_id == row.branch_id,
                    Metric.category == category,
                    Metric.id != row.id,
                )
            )
            if clash is not None:
                raise InUseError(
                    Message(
                        CONTEXT,
                        QT_TRANSLATE_NOOP(
                            "MetricService",
                            "%1 already has a figure for %2 in that category.",
                        ),
                        (row.name, f"{row.period_start:%m.%Y}"),
                    )
                )
            row.category = category
            session.flush()
            return _record(row)

    def delete(self, metric_id: int) -> None:
        with transaction(self._sessions, "statistic", metric_id) as session:
            row = session.get(Metric, metric_id)
            if row is None:
                raise NotFoundError(
                    Message(
                        CONTEXT,
                        QT_TRANSLATE_NOOP("MetricService", "There is no statistic with id %1."),
                        (metric_id,),
                    )
                )
            session.delete(row)

    def all(self) -> list[MetricRecord]:
        with transaction(self._sessions) as session:
            rows = session.scalars(
                select(Metric).order_by(Metric.name, Metric.period_start, Metric.category)
            )
            return [_record(m) for m in rows]
