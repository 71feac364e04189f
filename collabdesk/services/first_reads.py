"""The reads the window makes first once the services are attached, run
once beforehand in the opening worker: each statement is then compiled
(SQLAlchemy's cache is per engine, shared by threads) and the pages it
reads are in SQLite's cache, so the GUI thread's own first run of it costs
what a warm one does. At 500,000 commitments the tracker's first page took
77 ms cold against 15 ms warm, and 161 ms on the GUI thread at start while
the rest of the window competed for the interpreter. What is read here is
thrown away: the window reads again with its own filters."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from collabdesk.services.errors import ServiceError
from collabdesk.services.tracker_query import TrackerQuery

if TYPE_CHECKING:
    from collabdesk.services.desk import Desk

TRACKER_PAGE = 200  # the tracker's page (ui/widgets/paged_table_model.PAGE_SIZE)
RENEWALS_NAMED = 3  # the banner's renewal line (ui/collaborations/renewal_line.NAMED)


def warm_first_reads(desk: Desk) -> None:
    today = date.today()
    try:
        desk.tracker.first_page(TrackerQuery(today=today), TRACKER_PAGE)
        desk.tracker.reminders(today)
        desk.renewals.due_summary(RENEWALS_NAMED, today)
    except ServiceError:  # busy or read-only: the window reads as it would anyway
        return
