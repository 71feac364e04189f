"""The tracker's sort keys as SQL text: a missing due date, quantity or value
sorts after every real one. Plain strings, no SQLAlchemy: the indexes of
domain/commitment.py, the tracker's ORM path (services/tracker_order.py) and
the command line's plain read path (services/tracker_sql.py) all write them
from here, so SQLite finds the same index for each."""

from __future__ import annotations

NO_DATE_SQL = "'9999-12-31'"
NO_AMOUNT_SQL = "1e999"  # SQLite reads it as +infinity
DUE_KEY_SQL = f"coalesce(due_on, {NO_DATE_SQL})"
