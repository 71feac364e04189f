"""Due dates as an iCalendar file (RFC 5545) for Outlook, Apple Calendar
and the like: one all-day event per dated open commitment, per dated open
step and per renewal date, each with the library's reminders.

The UID is derived from the row's id only, so importing a newer export
updates the events instead of adding copies. SEQUENCE comes from the row's
version_id, which every change raises: 2 × version for an open event and
one more for a cancelled one, so a cancellation always outranks the last
open export of the same row (and a step reopened outranks its cancellation).
Items closed in the last 90 days go out as STATUS:CANCELLED, which tells a
calendar to remove the event it holds."""

from __future__ import annotations

import io
import os
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import BinaryIO

from icalendar import Alarm, Calendar, Event
from sqlalchemy import select

from collabdesk.domain.calendar_alarm import DEFAULT_ALARMS, parse_alarms
from collabdesk.domain.enums import CommitmentStatus, Direction
from collabdesk.domain.library import LibraryProfile
from collabdesk.domain.renewal_rule import parse_lead_days, renewal_due_on
from collabdesk.services import calendar_rows
from collabdesk.services.calendar_rows import (
    CommitmentItem,
    Reads,
    RenewalItem,
    StepItem,
    Window,
    connection_reads,
    store_reads,
)
from collabdesk.services.calendar_words import CalendarWords, language_or_default
from collabdesk.services.transaction import Sessions
from collabdesk.store.side_reader import side_reads

UID_DOMAIN = "collabdesk.local"
END = b"END:VCALENDAR\r\n"
BEGIN_EVENT = b"BEGIN:VEVENT\r\n"
END_EVENT = b"END:VEVENT\r\n"
SUMMARY_TEXT = 200  # a calendar shows a line; the whole text is in the description


def commitment_uid(commitment_id: int) -> str:
    return f"commitment-{commitment_id}@{UID_DOMAIN}"


def step_uid(step_id: int) -> str:
    return f"step-{step_id}@{UID_DOMAIN}"


def renewal_uid(collaboration_id: int) -> str:
    return f"renewal-{collaboration_id}@{UID_DOMAIN}"


def sequence(version: int, cancelled: bool) -> int:
    """Higher for a cancellation than for any earlier open export of the row."""
    return 2 * version + (1 if cancelled else 0)


@dataclass(frozen=True)
class CalendarOptions:
    """How one export is written. None: the library profile's setting
    (its default language, its reminders)."""

    today: date | None = None
    language: str | None = None
    alarms: tuple[timedelta, ...] | None = None
    mine: str | None = None  # an owner's or assignee's name: only their items
    # Asked between events: True stops the export, and no file is left (the
    # window closing while its worker writes).
    stopped: Callable[[], bool] | None = None


class ExportStoppedError(Exception):
    """The export was stopped before it was whole; nothing was written."""


@dataclass(frozen=True)
class _Profile:
    language: str
    alarms: tuple[timedelta, ...]
    lead_days: tuple[int, ...]


def _status(cancelled: bool) -> str:
    return "CANCELLED" if cancelled else "CONFIRMED"


def _inner(ical: bytes) -> bytes:
    """An event's lines without its BEGIN and END."""
    assert ical.startswith(BEGIN_EVENT) and ical.endswith(END_EVENT)
    return ical[len(BEGIN_EVENT) : -len(END_EVENT)]


def _with_partner(text: str, partner: str) -> str:
    return f"{text[:SUMMARY_TEXT]} — {partner}" if partner else text[:SUMMARY_TEXT]


class _Writer:
    """Turns the rows into events (their iCalendar bytes) in one language
    with one set of reminders.

    What every event of one export shares (DTSTAMP, TRANSP, CATEGORIES and
    the VALARMs) is written once, by icalendar, and put into each open
    event's bytes: 500,000 events cost half as much as building each whole."""

    def __init__(self, words: CalendarWords, alarms: tuple[timedelta, ...]) -> None:
        self.words = words
        shared = Event()
        shared.add("dtstamp", datetime.now(UTC).replace(microsecond=0))
        shared.add("transp", "TRANSPARENT")  # a due date, not a busy day
        shared.add("categories", ["CollabDesk"])
        self._closed = _inner(shared.to_ical())
        for before in alarms:
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", words.word("reminder"))  # calendars show the summary
            alarm.add("trigger", -before)
            shared.add_component(alarm)
        self._open = _inner(shared.to_ical())

    def _event(
        self,
        uid: str,
        day: date,
        summary: str,
        lines: list[str],
        version: int,
        status: str,
    ) -> bytes:
        cancelled = status == "CANCELLED"
        event = Event()
        event.add("uid", uid)
        event.add("dtstart", day)
        event.add("dtend", day + timedelta(days=1))
        event.add("summary", summary)
        event.add("description", "\n".join(lines))
        event.add("sequence", sequence(version, cancelled))
        event.add("status", status)
        own: bytes = event.to_ical()
        assert own.endswith(END_EVENT)
        return own[: -len(END_EVENT)] + (self._closed if cancelled else self._open) + END_EVENT

    def commitment(self, item: CommitmentItem) -> bytes:
        say = self.words.say
        side = "we_give" if item.direction is Direction.LIBRARY_GIVES else "we_get"
        summary = say(side, _with_partner(item.description, item.partner_name))
        lines = [say("collaboration", item.collaboration_title)]
        if item.partner_name:
            lines.append(say("partner", item.partner_name))
        if item.quantity is not None:
            lines.append(say("quantity", f"{item.quantity.normalize():f} {item.unit}".rstrip()))
        if item.owner:
            lines.append(say("owner", item.owner))
        lines.append(say("status", self.words.status(item.status)))
        lines.append(item.description)
        status = "CANCELLED" if item.cancelled else "CONFIRMED"
        if item.status is CommitmentStatus.PLANNED:
            status = "TENTATIVE"  # planned: not yet under way
        return self._event(
            commitment_uid(item.id), item.due_on, summary, lines, item.version, status
        )

    def step(self, item: StepItem) -> bytes:
        say = self.words.say
        name = item.partner_name or item.collaboration_title
        summary = say("step", _with_partner(item.what, name))
        lines = [
            say("commitment", item.commitment_description[:SUMMARY_TEXT]),
            say("collaboration", item.collaboration_title),
        ]
        if item.who:
            lines.append(say("who", item.who))
        state = self.words.word("step_done" if item.done_on else "step_open")
        lines.append(say("status", state))
        lines.append(item.what)
        return self._event(
            step_uid(item.id), item.due_on, summary, lines, item.version, _status(item.cancelled)
        )

    def renewal(self, item: RenewalItem, lead_days: tuple[int, ...]) -> bytes:
        say = self.words.say
        summary = say("renewal", item.title[:SUMMARY_TEXT])
        state = self.words.word("renewed" if item.renewed else "renewal_open")
        lines = [say("ends", self.words.day(item.ends_on)), say("status", state)]
        due = renewal_due_on(item.ends_on, lead_days)
        status = _status(item.cancelled)
        return self._event(renewal_uid(item.id), due, summary, lines, item.version, status)


class CalendarExport:
    def __init__(self, sessions: Sessions) -> None:
        self._sessions = sessions

    def _profile(self, reads: Reads) -> _Profile:
        with reads() as connection:
            row = connection.execute(
                select(
                    LibraryProfile.default_language,
                    LibraryProfile.calendar_alarms,
                    LibraryProfile.renewal_lead_days,
                ).order_by(LibraryProfile.id)
            ).first()
        language, alarms, leads = row if row is not None else ("ru", DEFAULT_ALARMS, "")
        parsed = parse_alarms(alarms or "")
        if parsed is None:  # kept unreadable by an older program: the default
            parsed = parse_alarms(DEFAULT_ALARMS) or ()
        return _Profile(language_or_default(language), parsed, parse_lead_days(leads or ""))

    def stream(
        self, out: BinaryIO, options: CalendarOptions | None = None, reads: Reads | None = None
    ) -> int:
        """Write the calendar to `out` event by event, page by page (a
        calendar of 500,000 commitments is never held whole); returns the
        number of events. `reads`: the store's connection unless given."""
        chosen = options or CalendarOptions()
        reads = reads or store_reads(self._sessions)
        profile = self._profile(reads)
        language = language_or_default(chosen.language, profile.language)
        alarms = profile.alarms if chosen.alarms is None else chosen.alarms
        writer = _Writer(CalendarWords(language), alarms)
        window = Window(chosen.today or date.today(), chosen.mine)
        cal = Calendar()
        cal.add("prodid", "-//CollabDesk//Commitments//EN")
        cal.add("version", "2.0")
        cal.add("calscale", "GREGORIAN")
        cal.add("method", "PUBLISH")
        cal.add("x-wr-calname", writer.words.word("calendar"))
        head = cal.to_ical()
        assert head.endswith(END)
        out.write(head[: -len(END)])
        count = 0
        events: list[Iterator[bytes]] = [
            map(writer.commitment, calendar_rows.commitments(reads, window)),
            map(writer.step, calendar_rows.steps(reads, window)),
            (
                writer.renewal(item, profile.lead_days)
                for item in calendar_rows.renewals(reads, window)
            ),
        ]
        for kind in events:
            for event in kind:
                if chosen.stopped is not None and chosen.stopped():
                    raise ExportStoppedError
                out.write(event)
                count += 1
        out.write(END)
        return count

    def calendar(self, options: CalendarOptions | None = None) -> bytes:
        """The whole file as bytes: for tests and small exports."""
        buffer = io.BytesIO()
        self.stream(buffer, options)
        return buffer.getvalue()

    def write_apart(self, path: Path, options: CalendarOptions | None = None) -> int | None:
        """`write` on a read-only connection of its own, for a worker thread
        (the window's views keep the store's); None when there can be no
        such connection (an in-memory store, a meeting copy): then `write`."""
        engine = self._sessions.kw.get("bind")
        if engine is None:
            return None
        with side_reads(engine) as connection:
            if connection is None:
                return None
            return self.write(path, options, connection_reads(connection))

    def write(
        self, path: Path, options: CalendarOptions | None = None, reads: Reads | None = None
    ) -> int:
        """Write the file whole or not at all; returns the number of events."""
        folder = path.parent if str(path.parent) else Path(".")
        handle, temp = tempfile.mkstemp(prefix=".collabdesk-", suffix=".ics", dir=folder)
        try:
            with os.fdopen(handle, "wb") as out:
                count = self.stream(out, options, reads)
            os.replace(temp, path)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
        return count
