"""When a collaboration's renewal falls due, from the library's setting
"90,60,30": the renewal may be prepared from the largest lead on, and each
lead is a reminder. Shared by the banner, the Collaborations list, the
calendar and the command line so they all say the same date."""

from __future__ import annotations

from datetime import date, timedelta

DEFAULT_LEAD_DAYS: tuple[int, ...] = (90, 60, 30)


def parse_lead_days(text: str) -> tuple[int, ...]:
    """ "90, 60,30" → (90, 60, 30), largest first; empty or unreadable → the default."""
    days: set[int] = set()
    for part in text.replace(";", ",").split(","):
        part = part.strip()
        if part.isdigit() and 0 < int(part) <= 3650:
            days.add(int(part))
    return tuple(sorted(days, reverse=True)) or DEFAULT_LEAD_DAYS


def renewal_due_on(ends_on: date, lead_days: tuple[int, ...]) -> date:
    """The first day the renewal is due: the largest lead before the end."""
    return ends_on - timedelta(days=max(lead_days))


def renewal_reminders(ends_on: date, lead_days: tuple[int, ...]) -> tuple[date, ...]:
    """One date per lead, earliest first."""
    return tuple(ends_on - timedelta(days=d) for d in sorted(lead_days, reverse=True))
