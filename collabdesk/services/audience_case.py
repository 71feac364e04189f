"""The audience case of a pitch: a year of figures, not one month.

A marketer compares years: "visits in the last 12 months, +8 % on the year
before". Counts of things that happen (visits, attendance, mentions) are
added up over the twelve months; counts of people standing at a moment
(followers, subscribers, registered readers) are never added up across
months — that is the inflated "reach" the issue complains of — so for them
the latest month is compared with the same month a year earlier.

The audience profile is the breakdown a library keeps (`Metric.category`:
age bands, districts): the latest month that has one."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from collabdesk.services.plain_rows import Run
from collabdesk.services.series_point import SeriesPoint

YEAR = 12  # months
MAX_PROFILES = 2  # breakdowns printed; a pitch is read in two minutes

# Words that mark a figure as people standing at a moment, not events in a
# month. Until the statistics vault records a metric's kind, the name or
# unit decides; a level is never summed across months.
LEVEL_WORDS = (
    "подписчик",
    "follower",
    "subscriber",
    "member",
    "участник клуба",
    "зарегистрирован",
    "registered",
    "книжный фонд",
    "holdings",
    "collection size",
)


@dataclass(frozen=True)
class AudienceFigure:
    """One metric over the last year, with the year before when it is known."""

    name: str
    unit: str
    level: bool  # True: the latest month's value; False: the 12 months' total
    value: Decimal
    previous: Decimal | None  # the same figure a year earlier (a full year of data)
    first_month: date  # the year's first month with data
    last_month: date  # its last month: "as of"
    months: int  # months with data in the year (12 when complete)
    source: str
    series: tuple[SeriesPoint, ...]  # the year's months, oldest first

    @property
    def change(self) -> Decimal | None:
        """Year-on-year change as a fraction (0.08 = +8 %), when comparable."""
        if self.previous is None or self.previous == 0:
            return None
        return (self.value - self.previous) / self.previous


@dataclass(frozen=True)
class ProfileSlice:
    category: str
    value: Decimal


@dataclass(frozen=True)
class AudienceProfile:
    """One breakdown of one metric in one month ("readers by age band")."""

    name: str
    unit: str
    month: date
    source: str
    slices: tuple[ProfileSlice, ...]

    @property
    def total(self) -> Decimal:
        return sum((s.value for s in self.slices), Decimal(0))


# Plain SQL text (services/plain_rows): the window's service runs it on the
# store's connection, `collabdesk pitch` on a plain sqlite3 one. `{metric}`
# is the table as the document's scope sees it (services/library_face).
METRIC = "metric"
_TWO_YEARS = (
    "SELECT period_start, value, unit, source FROM {metric}"
    " WHERE name = ? AND branch = '' AND category = '' AND period_start <= ?"
    f" ORDER BY period_start DESC LIMIT {2 * YEAR}"
)
_CATEGORISED = (
    "SELECT name, period_start FROM {metric} WHERE branch = '' AND category != ''"
    " ORDER BY period_start DESC, name"
)
_SLICES = (
    "SELECT category, value, unit, source FROM {metric}"
    " WHERE name = ? AND period_start = ? AND branch = '' AND category != '' ORDER BY id"
)


def day(stored: Any) -> date:
    """A Date column's value, whichever driver read it."""
    return stored if isinstance(stored, date) else date.fromisoformat(str(stored))


def amount(stored: Any) -> Decimal:
    """A Numeric(…, 2) column's value as SQLAlchemy hands it over: a Decimal
    with two places (SQLite keeps a float or an integer)."""
    return stored if isinstance(stored, Decimal) else Decimal(f"{stored:.2f}")


def bound_day(value: date) -> str:
    """A date as a parameter: ISO text, as SQLAlchemy's Date binds it."""
    return value.isoformat()


def is_level(name: str, unit: str) -> bool:
    """People standing at a moment (followers), as opposed to events counted in a month."""
    text = f"{name} {unit}".casefold()
    return any(word in text for word in LEVEL_WORDS)


def _month_index(day: date) -> int:
    return day.year * 12 + day.month - 1


def audience_figure(
    run: Run, name: str, until: date, metric: str = METRIC
) -> AudienceFigure | None:
    """The year up to `until` (the last month with data at or before it)."""
    rows = [
        (day(r[0]), amount(r[1]), r[2], r[3])
        for r in reversed(run(_TWO_YEARS.format(metric=metric), [name, bound_day(until)]))
    ]
    if not rows:
        return None
    last = rows[-1][0]
    start = _month_index(last) - (YEAR - 1)
    year = [r for r in rows if _month_index(r[0]) >= start]
    before = [r for r in rows if start - YEAR <= _month_index(r[0]) < start]
    unit, source = year[-1][2], next((r[3] for r in reversed(year) if r[3]), "")
    level = is_level(name, unit)
    if level:
        value = Decimal(year[-1][1])
        earlier = [r for r in before if _month_index(r[0]) == _month_index(last) - YEAR]
        previous = Decimal(earlier[0][1]) if earlier else None
    else:
        value = sum((Decimal(r[1]) for r in year), Decimal(0))
        # A year-on-year change means something only between two full years.
        full = len(year) == YEAR and len(before) == YEAR
        previous = sum((Decimal(r[1]) for r in before), Decimal(0)) if full else None
    return AudienceFigure(
        name=name,
        unit=unit,
        level=level,
        value=value,
        previous=previous,
        first_month=year[0][0],
        last_month=last,
        months=len(year),
        source=source,
        series=tuple(SeriesPoint(r[0], r[1]) for r in year),
    )


def audience_profiles(
    run: Run, until: date | None, metric: str = METRIC
) -> tuple[AudienceProfile, ...]:
    """The library's breakdowns (newest month of each metric that has one)."""
    latest: dict[str, date] = {}
    for name, stored in run(_CATEGORISED.format(metric=metric), []):
        month = day(stored)
        if until is not None and month > until:
            continue
        latest.setdefault(name, month)
    profiles: list[AudienceProfile] = []
    for name, month in list(latest.items())[:MAX_PROFILES]:
        rows = [
            (r[0], amount(r[1]), r[2], r[3])
            for r in run(_SLICES.format(metric=metric), [name, bound_day(month)])
        ]
        if not rows:
            continue
        profiles.append(
            AudienceProfile(
                name=name,
                unit=rows[0][2],
                month=month,
                source=next((r[3] for r in rows if r[3]), ""),
                slices=tuple(ProfileSlice(r[0], Decimal(r[1])) for r in rows),
            )
        )
    return tuple(profiles)
