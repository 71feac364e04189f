"""When renewals are due, in SQL, for the Collaborations list, the banner and
the command line: the library's lead days (domain/renewal_rule) read once,
then plain date comparisons on `ends_on`, so the list keeps paging by keyset.

A renewal is due from `ends_on − largest lead` on, while the collaboration
is not declined and has no renewal yet; a year after its end it is no
longer called due (next year's would have ended too), though it can still
be renewed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import Any

from sqlalchemy import and_, func, not_, select
from sqlalchemy.orm import Session, aliased

from collabdesk.domain.collaboration import Collaboration
from collabdesk.domain.enums import Stage
from collabdesk.domain.library import LibraryProfile
from collabdesk.domain.renewal_rule import DEFAULT_LEAD_DAYS, parse_lead_days, renewal_due_on

LAPSES_AFTER = timedelta(days=365)  # after the end: no longer "due" in the list and banner


def lead_days(session: Session) -> tuple[int, ...]:
    """The library's setting, largest first; the default without a profile."""
    text = session.scalar(select(LibraryProfile.renewal_lead_days).order_by(LibraryProfile.id))
    return parse_lead_days(text) if text else DEFAULT_LEAD_DAYS


@dataclass(frozen=True)
class RenewalWindow:
    """The library's leads and today: what "due" means for one query."""

    leads: tuple[int, ...]
    today: date

    def due_on(self, ends_on: date | None) -> date | None:
        return None if ends_on is None else renewal_due_on(ends_on, self.leads)

    def is_due(self, ends_on: date | None, stage: Stage, renewed: bool) -> bool:
        """The Python twin of `due()`, for one record."""
        due = self.due_on(ends_on)
        return (
            due is not None
            and ends_on is not None
            and due <= self.today
            and ends_on >= self.today - LAPSES_AFTER
            and stage is not Stage.DECLINED
            and not renewed
        )

    def due(self) -> Any:
        """The row's renewal is due today (see the module's note)."""
        return and_(
            Collaboration.ends_on.is_not(None),
            Collaboration.ends_on <= self.today + timedelta(days=max(self.leads)),
            Collaboration.ends_on >= self.today - LAPSES_AFTER,
            Collaboration.stage != Stage.DECLINED,
            not_(renewed()),
        )


@cache
def renewed() -> Any:
    """True when some collaboration renews the row's. Written as membership
    in one list of renewed ids, which SQLite reads once per statement
    (through the index on renewed_from_id) and PostgreSQL hashes, rather
    than a lookup per row: with statistics taken while no collaboration
    was renewed (ANALYZE, as a meeting copy runs), SQLite judged that index
    useless and scanned the table for every row — 46 s for the banner's
    list at 20,000 collaborations. Built once; a page only reads it."""
    return Collaboration.id.in_(renewed_ids())


def renewed_ids() -> Any:
    """The ids some collaboration renews, as one subquery."""
    renewal = aliased(Collaboration)
    return select(renewal.renewed_from_id).where(renewal.renewed_from_id.is_not(None))


def window(session: Session, today: date | None = None) -> RenewalWindow:
    return RenewalWindow(lead_days(session), today or date.today())


@dataclass(frozen=True)
class RenewalRate:
    """Completed collaborations that have a renewal, over completed ones."""

    completed: int
    renewed: int

    @property
    def percent(self) -> int | None:
        """Rounded percent; None when nothing is completed yet."""
        if not self.completed:
            return None
        return round(self.renewed * 100 / self.completed)


def renewal_rate(session: Session) -> RenewalRate:
    completed = Collaboration.stage == Stage.COMPLETED
    total = session.scalar(select(func.count(Collaboration.id)).where(completed)) or 0
    with_renewal = (
        session.scalar(select(func.count(Collaboration.id)).where(completed, renewed())) or 0
    )
    return RenewalRate(int(total), int(with_renewal))


@dataclass(frozen=True)
class DueRenewal:
    """One collaboration whose renewal is due, for the banner and the CLI."""

    id: int
    title: str
    stage: Stage
    ends_on: date
    due_on: date


def due_renewals(
    session: Session, today: date | None = None, limit: int | None = None
) -> list[DueRenewal]:
    """Every renewal due today (or the first `limit`), the soonest end first."""
    shown = window(session, today)
    rows = session.execute(
        select(Collaboration.id, Collaboration.title, Collaboration.stage, Collaboration.ends_on)
        .where(shown.due())
        .order_by(Collaboration.ends_on, Collaboration.title, Collaboration.id)
        .limit(limit)
    )
    return [
        DueRenewal(int(cid), str(title), Stage(stage), ends, renewal_due_on(ends, shown.leads))
        for cid, title, stage, ends in rows
        if ends is not None  # always, by `due()`; says so to the type checker
    ]


def count_due(session: Session, today: date | None = None) -> int:
    """How many renewals are due today (the banner names only the first few)."""
    due = window(session, today).due()
    return int(session.scalar(select(func.count(Collaboration.id)).where(due)) or 0)
