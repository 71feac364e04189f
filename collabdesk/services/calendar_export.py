"""Due dates as an iCalendar file for Outlook, Apple Calendar and the like.

One all-day event per open dated commitment. The UID is derived from the
commitment's id only, so importing a newer export updates the events
instead of adding copies."""

from __future__ import annotations

import os
import tempfile
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from icalendar import Calendar, Event

from collabdesk.domain.commitment_flow import OPEN_STATUSES
from collabdesk.domain.enums import Direction
from collabdesk.services.commitment_tracker import CommitmentTracker, TrackerQuery, TrackerRow

UID_DOMAIN = "collabdesk.local"
PAGE = 5_000


def commitment_uid(commitment_id: int) -> str:
    return f"commitment-{commitment_id}@{UID_DOMAIN}"


def _event(row: TrackerRow, stamp: datetime) -> Event:
    assert row.due_on is not None
    side = "We give" if row.direction is Direction.LIBRARY_GIVES else "We get"
    who = f" — {row.partner_name}" if row.partner_name else ""
    event = Event()
    event.add("uid", commitment_uid(row.id))
    event.add("dtstamp", stamp)
    event.add("dtstart", row.due_on)
    event.add("dtend", row.due_on + timedelta(days=1))
    event.add("summary", f"{side}: {row.description[:200]}{who}")
    lines = [f"Collaboration: {row.collaboration_title}"]
    if row.quantity is not None:
        lines.append(f"Quantity: {row.quantity} {row.unit}".rstrip())
    if row.owner:
        lines.append(f"Owner: {row.owner}")
    lines.append(f"Status: {row.status.value.replace('_', ' ')}")
    lines.append(row.description)
    event.add("description", "\n".join(lines))
    event.add("categories", ["CollabDesk"])
    return event


class CalendarExport:
    def __init__(self, tracker: CommitmentTracker) -> None:
        self._tracker = tracker

    def calendar(self, today: date | None = None) -> bytes:
        cal = Calendar()
        cal.add("prodid", "-//CollabDesk//Commitments//EN")
        cal.add("version", "2.0")
        cal.add("x-wr-calname", "CollabDesk commitments")
        stamp = datetime.now(UTC).replace(microsecond=0)
        query = TrackerQuery(today=today or date.today())
        for status in sorted(OPEN_STATUSES):
            after: int | None = None
            while True:
                rows = self._tracker.page(replace(query, status=status), after, PAGE)
                for row in rows:
                    if row.due_on is not None:
                        cal.add_component(_event(row, stamp))
                if len(rows) < PAGE:
                    break
                after = rows[-1].id
        data: bytes = cal.to_ical()
        return data

    def write(self, path: Path, today: date | None = None) -> int:
        """Write the file whole or not at all; returns the number of events."""
        data = self.calendar(today)
        folder = path.parent if str(path.parent) else Path(".")
        handle, temp = tempfile.mkstemp(prefix=".collabdesk-", suffix=".ics", dir=folder)
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(data)
            os.replace(temp, path)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
        return data.count(b"BEGIN:VEVENT")
