"""The opening worker runs the window's first reads once (services/first_reads.py)
so that the GUI thread's own first run of each is warm."""

from __future__ import annotations

from collabdesk.services import first_reads
from collabdesk.services.demo import load_demo
from collabdesk.services.desk import Desk
from collabdesk.store.database import Database
from collabdesk.ui.collaborations.renewal_line import NAMED
from collabdesk.ui.widgets.paged_table_model import PAGE_SIZE


def test_the_warm_up_reads_what_the_window_reads_first() -> None:
    # The same page and the same banner query, or the window's first run is cold again.
    assert first_reads.TRACKER_PAGE == PAGE_SIZE
    assert first_reads.RENEWALS_NAMED == NAMED


def test_the_warm_up_writes_nothing(db: Database, desk: Desk) -> None:
    load_demo(db.sessions, "en")
    with db.engine.connect() as conn:
        before = [
            conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar()
            for table in ("change_log", "commitment", "collaboration")
        ]
    first_reads.warm_first_reads(desk)
    with db.engine.connect() as conn:
        after = [
            conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar()
            for table in ("change_log", "commitment", "collaboration")
        ]
    assert after == before
