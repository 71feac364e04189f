"""The statistics vault: the editable list of metrics, their figures as
series for charts, and a whole import saved in one transaction.

A figure may belong to a category, one part of a breakdown the library keeps
(age bands, districts); the category "" is the metric's total, and series
and charts read the totals unless asked for a category."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from collabdesk.domain.metric import Metric
from collabdesk.domain.metric_definition import MetricDefinition
from collabdesk.services.branch_scope import home_branch_id
from collabdesk.services.branches import check_branch
from collabdesk.services.errors import (
    QT_TRANSLATE_NOOP,
    InUseError,
    Message,
    NotFoundError,
    ValidationError,
)
from collabdesk.services.metrics import MetricRecord
from collabdesk.services.series_point import SeriesPoint
from collabdesk.services.transaction import Sessions, transaction
from collabdesk.services.validation import Checker, clean_line

CONTEXT = "StatisticsService"

if TYPE_CHECKING:
    from collabdesk.services.audience_profile import AudienceProfile
    from collabdesk.services.statistics_import import ParsedFile

NAME_MAX = 200
UNIT_MAX = 60


@dataclass(frozen=True)
class MetricDefinitionRecord:
    id: int  # 0 for a metric that has figures but no definition yet
    name: str
    unit: str
    position: int
    figures: int


@dataclass(frozen=True)
class MetricSeries:
    name: str
    unit: str
    points: tuple[SeriesPoint, ...]

    @property
    def latest(self) -> SeriesPoint | None:
        return self.points[-1] if self.points else None


@dataclass(frozen=True)
class FigureDraft:
    """One figure to save; imports produce a list of these."""

    name: str
    period_start: date
    value: Decimal
    unit: str = ""
    source: str = ""
    branch: str = ""
    category: str = ""  # "" = the total


def _amount(value: object) -> Decimal:
    """A summed figure as a Decimal (SQLite may sum a NUMERIC column to a float)."""
    return value if isinstance(value, Decimal) else Decimal(str(value or 0))


def _check_definition(name: str, unit: str) -> None:
    check = Checker()
    check.required("name", name, QT_TRANSLATE_NOOP("Field", "Metric name"))
    check.max_length("name", name, NAME_MAX, QT_TRANSLATE_NOOP("Field", "Metric name"))
    check.max_length("unit", unit, UNIT_MAX, QT_TRANSLATE_NOOP("Field", "Unit"))
    if check.problems:
        raise ValidationError(check.problems)


class StatisticsService:
    def __init__(self, sessions: Sessions, data_dir: Path | None = None) -> None:
        self._sessions = sessions
        self._data_dir = data_dir  # whose staff file names the home branch

    def definitions(self) -> list[MetricDefinitionRecord]:
        """The defined metrics in their order, then any metric that only has
        figures (an import may bring names nobody defined yet)."""
        with transaction(self._sessions) as session:
            counts: dict[str, int] = {
                name: count
                for name, count in session.execute(
                    select(Metric.name, func.count(Metric.id)).group_by(Metric.name)
                )
            }
            units: dict[str, str] = {
                name: unit for name, unit in session.execute(select(Metric.name, Metric.unit))
            }
            result = [
                MetricDefinitionRecord(d.id, d.name, d.unit, d.position, counts.get(d.name, 0))
                for d in session.scalars(
                    select(MetricDefinition).order_by(
                        MetricDefinition.position, MetricDefinition.name
                    )
                )
            ]
            known = {r.name for r in result}
            last = max((r.position for r in result), default=0)
            for offset, name in enumerate(sorted(set(counts) - known), start=1):
                result.append(
                    MetricDefinitionRecord(
                        0, name, units.get(name, ""), last + offset, counts[name]
                    )
                )
            return result

    def define(
        self, name: str, unit: str = "", definition_id: int = 0, current_name: str = ""
    ) -> MetricDefinitionRecord:
        """Add a metric to the list, or rename / re-unit one (its figures follow).

        `current_name` names a metric that has figures but no definition yet:
        it gets one, and its figures follow a new name."""
        name, unit = clean_line(name), clean_line(unit)
        _check_definition(name, unit)
        with transaction(self._sessions, "metric", definition_id) as session:
            clash = session.scalar(select(MetricDefinition).where(MetricDefinition.name == name))
            if clash is not None and clash.id != definition_id:
                raise InUseError(
                    Message(
                        CONTEXT,
                        QT_TRANSLATE_NOOP(
                            "StatisticsService", "A metric named '%1' already exists."
                        ),
                        (name,),
                    )
                )
            if definition_id:
                row = session.get(MetricDefinition, definition_id)
                if row is None:
                    raise NotFoundError(
                        Message(
                            CONTEXT,
                            QT_TRANSLATE_NOOP(
                                "StatisticsService", "There is no metric with id %1."
                            ),
                            (definition_id,),
                        )
                    )
                if row.name != name:
                    for figure in session.scalars(select(Metric).where(Metric.name == row.name)):
                        figure.name = name
            else:
                if current_name and current_name != name:
                    for figure in session.scalars(
                        select(Metric).where(Metric.name == current_name)
                    ):
                        figure.name = name
                top = session.scalar(select(func.max(MetricDefinition.position))) or 0
                row = MetricDefinition(name=name, position=top + 1)
                session.add(row)
            row.name, row.unit = name, unit
            for figure in session.scalars(select(Metric).where(Metric.name == name)):
                figure.unit = unit
            session.flush()
            count = session.scalar(select(func.count(Metric.id)).where(Metric.name == name)) or 0
            return MetricDefinitionRecord(row.id, row.name, row.unit, row.position, count)

    def move(self, name: str, step: int) -> None:
        """Move a metric up (step -1) or down (+1) in the list. Metrics that
        only had figures get a definition first, in the order shown."""
        with transaction(self._sessions, "metric") as session:
            rows = list(
                session.scalars(
                    select(MetricDefinition).order_by(
                        MetricDefinition.position, MetricDefinition.name
                    )
                )
            )
            known = {r.name for r in rows}
            for extra in session.scalars(select(Metric.name).distinct().order_by(Metric.name)):
                if extra not in known:
                    unit = session.scalar(select(Metric.unit).where(Metric.name == extra)) or ""
                    row = MetricDefinition(name=extra, unit=unit, position=0)
                    session.add(row)
                    rows.append(row)
            index = next((i for i, r in enumerate(rows) if r.name == name), None)
            if index is None:
                raise NotFoundError(
                    Message(
                        CONTEXT,
                        QT_TRANSLATE_NOOP("StatisticsService", "There is no metric named '%1'."),
                        (name,),
                    )
                )
            target = min(max(index + step, 0), len(rows) - 1)
            rows.insert(target, rows.pop(index))
            for position, row in enumerate(rows, start=1):
                if row.position != position:
                    row.position = position

    def remove(self, name: str) -> int:
        """Remove a metric from the list with all its figures; returns how many went."""
        with transaction(self._sessions, "metric") as session:
            figures = list(session.scalars(select(Metric).where(Metric.name == name)))
            for figure in figures:
                session.delete(figure)
            definition = session.scalar(
                select(MetricDefinition).where(MetricDefinition.name == name)
            )
            if definition is not None:
                session.delete(definition)
            elif not figures:
                raise NotFoundError(
                    Message(
                        CONTEXT,
                        QT_TRANSLATE_NOOP("StatisticsService", "There is no metric named '%1'."),
                        (name,),
                    )
                )
            return len(figures)

    def series(
        self, name: str, branch: str = "", category: str = "", branch_id: int | None = None
    ) -> MetricSeries:
        """The monthly figures of one metric's total (or of one category), of
        one branch, or summed over all branches when `branch_id` is None."""
        with transaction(self._sessions) as session:
            query = select(
                Metric.period_start, func.sum(Metric.value), func.max(Metric.unit)
            ).where(Metric.name == name, Metric.branch == branch, Metric.category == category)
            if branch_id is not None:
                query = query.where(Metric.branch_id == branch_id)
            rows = list(
                session.execute(query.group_by(Metric.period_start).order_by(Metric.period_start))
            )
            unit = rows[-1][2] if rows else ""
            if not unit:
                unit = (
                    session.scalar(
                        select(MetricDefinition.unit).where(MetricDefinition.name == name)
                    )
                    or ""
                )
            return MetricSeries(name, unit, tuple(SeriesPoint(r[0], _amount(r[1])) for r in rows))

    def figures(self, name: str, branch_id: int | None = None) -> list[MetricRecord]:
        """Every figure of one metric for the table editor: one branch's, or
        all branches' when `branch_id` is None."""
        with transaction(self._sessions) as session:
            query = select(Metric).where(Metric.name == name)
            if branch_id is not None:
                query = query.where(Metric.branch_id == branch_id)
            rows = session.scalars(
                query.order_by(Metric.branch, Metric.category, Metric.period_start)
            )
            return [
                MetricRecord(
                    m.id,
                    m.name,
                    m.period_start,
                    m.value,
                    m.unit,
                    m.source,
                    m.branch,
                    m.category,
                    m.branch_id,
                )
                for m in rows
            ]

    def categories(self, name: str) -> list[str]:
        """The categories one metric is broken down into, in order ("" not included)."""
        with transaction(self._sessions) as session:
            return list(
                session.scalars(
                    select(Metric.category)
                    .where(Metric.name == name, Metric.category != "")
                    .distinct()
                    .order_by(Metric.category)
                )
            )

    def audience_profile(
        self, name: str, until: date | None = None, months: int = 12
    ) -> AudienceProfile | None:
        """The metric's categories over the last `months` months, largest
        first (services/audience_profile.py, which the pitch reads)."""
        from collabdesk.services.audience_profile import audience_profile

        with transaction(self._sessions) as session:
            return audience_profile(session.connection(), name, until, months)

    def read_import(self, path: Path) -> ParsedFile:
        """Parse a statistics file for import; CollabDesk's own database is
        refused before anything reads it (see tabular.refuse_own_database)."""
        from collabdesk.services.statistics_import import parse_file
        from collabdesk.store.data_files import database_of

        return parse_file(path, database_of(self._sessions))

    def save_figures(self, figures: Sequence[FigureDraft], branch_id: int | None = None) -> int:
        """Save every figure or none (one transaction); a figure for the same
        metric, period, branch and category replaces the old one. They belong
        to `branch_id`, else this computer's branch. Returns the count."""
        with transaction(self._sessions, "statistic") as session:
            if branch_id is not None:
                check_branch(session, branch_id)
            owner = branch_id or home_branch_id(session, self._data_dir)
            existing = {
                (m.name, m.period_start, m.branch, m.category): m
                for m in session.scalars(
                    select(Metric).where(
                        Metric.name.in_({f.name for f in figures}), Metric.branch_id == owner
                    )
                )
            }
            defined = set(session.scalars(select(MetricDefinition.name)))
            top = session.scalar(select(func.max(MetricDefinition.position))) or 0
            for figure in figures:
                key = (figure.name, figure.period_start, figure.branch, figure.category)
                row = existing.get(key)
                if row is None:
                    row = Metric(
                        name=figure.name, period_start=figure.period_start, branch_id=owner
                    )
                    row.branch, row.category = figure.branch, figure.category
                    session.add(row)
                    existing[key] = row
                row.value = figure.value
                row.unit = figure.unit or row.unit or ""
                row.source = figure.source or row.source or ""
                if figure.name not in defined:
                    top += 1
                    session.add(MetricDefinition(name=figure.name, unit=figure.unit, position=top))
                    defined.add(figure.name)
            return len(figures)
