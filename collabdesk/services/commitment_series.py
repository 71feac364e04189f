"""Recurring promises: "a monthly attendance report, 12 in all" becomes a
CommitmentSeries whose occurrences are ordinary commitments, each with its
own due date, status, delivery and proof, so delivering one report keeps
one promise and leaves the others open (reputation counts each).

This module is the only writer of Commitment.series_id / occurrence (the
columns have no foreign key, migration 0012). Scheduling happens in one
transaction, so the change log holds one entry set and undo removes the
whole series: the series row, the further occurrences and the first
occurrence's new link all come back out together.

The series keeps `times` (how many occurrences were made) always, and
`until` only when the schedule was given as an end date."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_DOWN, Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from collabdesk.domain.commitment import Commitment
from collabdesk.domain.commitment_flow import OPEN_STATUSES
from collabdesk.domain.commitment_series import CommitmentSeries
from collabdesk.domain.enums import CommitmentStatus, Recurrence
from collabdesk.services.commitment_moves import STATUS_NAMES
from collabdesk.services.commitment_records import CommitmentRecord, record_of
from collabdesk.services.commitments import load
from collabdesk.services.errors import (
    QT_TRANSLATE_NOOP,
    FieldProblem,
    Message,
    NotFoundError,
    ValidationError,
)
from collabdesk.services.staff import install_links
from collabdesk.services.transaction import Sessions, transaction

CONTEXT = "CommitmentSeries"

MIN_TIMES = 2  # one occurrence is just the commitment itself
MAX_TIMES = 120  # ten years of monthly reports, or two years and more of weekly ones
MONTHS = {Recurrence.MONTH: 1, Recurrence.QUARTER: 3}
CENT = Decimal("0.01")


@dataclass(frozen=True)
class Schedule:
    """How a promise repeats: every week, month or quarter, either `times`
    occurrences in all or up to and including `until` (exactly one of them)."""

    every: Recurrence
    times: int | None = None
    until: date | None = None


@dataclass(frozen=True)
class SeriesRecord:
    id: int
    every: Recurrence
    times: int
    until: date | None
    first_due_on: date
    total_quantity: Decimal | None
    occurrences: tuple[CommitmentRecord, ...]


def _problem(field: str, code: str, text: str, *args: object) -> ValidationError:
    return ValidationError([FieldProblem(field, code, Message(CONTEXT, text, args))])


def shifted(first: date, every: Recurrence, steps: int) -> date:
    """The due date `steps` periods after `first`. Months keep the first due
    date's day, clamped to each month's last day: 31 Jan → 28/29 Feb → 31 Mar
    (not 28 Mar, as stepping from the clamped February date would give)."""
    if every is Recurrence.WEEK:
        return first + timedelta(weeks=steps)
    months = first.month - 1 + steps * MONTHS[every]
    year, month = first.year + months // 12, months % 12 + 1
    return date(year, month, min(first.day, calendar.monthrange(year, month)[1]))


def due_dates(first: date, schedule: Schedule) -> list[date]:
    """Every due date of the schedule from `first`, or a refusal saying why
    the schedule cannot be (both or neither of times/until, too few, too many,
    an end before the start)."""
    every = Recurrence(schedule.every)
    if (schedule.times is None) == (schedule.until is None):
        raise _problem(
            "times",
            "times_or_until",
            QT_TRANSLATE_NOOP(
                "CommitmentSeries",
                "Give either how many times in all or the last date, not both and not neither.",
            ),
        )
    if schedule.times is not None:
        if not MIN_TIMES <= schedule.times <= MAX_TIMES:
            raise _problem(
                "times",
                "times_range",
                QT_TRANSLATE_NOOP(
                    "CommitmentSeries",
                    "A schedule repeats %1 to %2 times in all; %3 is not possible.",
                ),
                MIN_TIMES,
                MAX_TIMES,
                schedule.times,
            )
        return [shifted(first, every, k) for k in range(schedule.times)]
    until = schedule.until
    assert until is not None
    if until < first:
        raise _problem(
            "until",
            "until_before_first",
            QT_TRANSLATE_NOOP(
                "CommitmentSeries",
                "The last date %1 is before the first due date %2; pick a later last date.",
            ),
            until.isoformat(),
            first.isoformat(),
        )
    dates: list[date] = []
    while (day := shifted(first, every, len(dates))) <= until:
        if len(dates) == MAX_TIMES:
            raise _problem(
                "until",
                "until_too_far",
                QT_TRANSLATE_NOOP(
                    "CommitmentSeries",
                    "Up to %1 the schedule would repeat more than %2 times; pick an earlier "
                    "last date.",
                ),
                until.isoformat(),
                MAX_TIMES,
            )
        dates.append(day)
    if len(dates) < MIN_TIMES:
        raise _problem(
            "until",
            "until_too_near",
            QT_TRANSLATE_NOOP(
                "CommitmentSeries",
                "Up to %1 there is only the first due date, %2; pick a later last date.",
            ),
            until.isoformat(),
            first.isoformat(),
        )
    return dates


def split(total: Decimal | None, parts: int, *, whole: bool = True) -> list[Decimal | None]:
    """A quantity or value shared out so the parts add up to exactly `total`.

    A quantity that is a whole number at least `parts` splits into whole
    numbers, the first occurrences taking one more when it does not divide
    (10 reports over 4: 3, 3, 2, 2); money (`whole=False`) and any other
    quantity split in hundredths the same way (1 over 3: 0.34, 0.33, 0.33)."""
    if total is None:
        return [None] * parts
    integral = total == total.to_integral_value() and total >= parts
    step = Decimal(1) if whole and integral else CENT
    base = (total / parts).quantize(step, rounding=ROUND_DOWN)
    extra = int((total - base * parts) / step)
    return [(base + step if k < extra else base).quantize(CENT) for k in range(parts)]


def _refuse_unschedulable(item: Commitment) -> date:
    if item.series_id is not None:
        raise _problem(
            "series",
            "already_in_series",
            QT_TRANSLATE_NOOP(
                "CommitmentSeries",
                "Commitment %1 is already occurrence %2 of a schedule; change the dates of "
                "its occurrences one by one instead.",
            ),
            item.id,
            item.occurrence or 1,
        )
    if item.status not in OPEN_STATUSES:
        raise _problem(
            "status",
            "closed",
            QT_TRANSLATE_NOOP(
                "CommitmentSeries",
                "Commitment %1 is %2; only a planned or started promise can be repeated.",
            ),
            item.id,
            Message("CommitmentService", STATUS_NAMES[CommitmentStatus(item.status)]),
        )
    if item.due_on is None:
        raise _problem(
            "due_on",
            "no_due_date",
            QT_TRANSLATE_NOOP(
                "CommitmentSeries",
                "Commitment %1 has no due date; give it the first due date, then repeat it.",
            ),
            item.id,
        )
    return item.due_on


class CommitmentSeriesService:
    def __init__(self, sessions: Sessions) -> None:
        self._sessions = sessions
        install_links(sessions)  # owner / who texts point at staff (services/staff.py)

    def schedule(self, commitment_id: int, schedule: Schedule) -> SeriesRecord:
        """Make commitment `commitment_id` occurrence 1 of a series and add
        the further occurrences, in one transaction."""
        with transaction(self._sessions, "commitment", commitment_id) as session:
            first = load(session, commitment_id)
            dates = due_dates(_refuse_unschedulable(first), schedule)
            series = CommitmentSeries(
                every=Recurrence(schedule.every),
                times=len(dates),
                until=schedule.until,
                first_due_on=dates[0],
                total_quantity=first.quantity,
            )
            session.add(series)
            session.flush()
            quantities = split(first.quantity, len(dates))
            values = split(first.value, len(dates), whole=False)
            first.series_id, first.occurrence = series.id, 1
            first.quantity, first.value = quantities[0], values[0]
            made = [first]
            for k in range(1, len(dates)):
                item = Commitment(
                    collaboration_id=first.collaboration_id,
                    partner_id=first.partner_id,
                    direction=first.direction,
                    description=first.description,
                    description_translation=first.description_translation,
                    quantity=quantities[k],
                    unit=first.unit,
                    due_on=dates[k],
                    owner=first.owner,
                    status=CommitmentStatus.PLANNED,
                    value=values[k],
                    currency=first.currency,
                    valuation_method=first.valuation_method,
                    series_id=series.id,
                    occurrence=k + 1,
                )
                session.add(item)
                made.append(item)
            session.flush()
            return _series_record(series, made)

    def get(self, series_id: int) -> SeriesRecord:
        with transaction(self._sessions) as session:
            series = session.get(CommitmentSeries, series_id)
            if series is None:
                raise NotFoundError(
                    Message(
                        CONTEXT,
                        QT_TRANSLATE_NOOP("CommitmentSeries", "There is no schedule with id %1."),
                        (series_id,),
                    )
                )
            return _series_record(series, _occurrences(session, series_id))


def _occurrences(session: Session, series_id: int) -> list[Commitment]:
    return list(
        session.scalars(
            select(Commitment)
            .where(Commitment.series_id == series_id)
            .order_by(Commitment.occurrence, Commitment.id)
        )
    )


def _series_record(series: CommitmentSeries, items: list[Commitment]) -> SeriesRecord:
    return SeriesRecord(
        id=series.id,
        every=series.every,
        times=series.times or len(items),
        until=series.until,
        first_due_on=series.first_due_on,
        total_quantity=series.total_quantity,
        occurrences=tuple(record_of(item) for item in items),
    )
