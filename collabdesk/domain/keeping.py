"""What CollabDesk keeps of the past and how much of it it shows.

Plain constants with no imports, so the command line can read them without
loading SQLAlchemy or the services."""

from __future__ import annotations

# table -> (parent table, column naming the parent): the tables whose changes
# the change log records; a child's changes also show on its parent's history.
TRACKED: dict[str, tuple[str, str]] = {
    "partner": ("", ""),
    "contact": ("partner", "partner_id"),
    "interaction": ("partner", "partner_id"),
    "collaboration": ("", ""),
    "collaboration_partner": ("collaboration", "collaboration_id"),
    "checklist_answer": ("collaboration", "collaboration_id"),
    "commitment": ("collaboration", "collaboration_id"),
    "commitment_proof": ("commitment", "commitment_id"),
    "commitment_series": ("", ""),  # issue 18: undo removes a whole schedule
    "commitment_step": ("commitment", "commitment_id"),
    "collaboration_ad_item": ("collaboration", "collaboration_id"),
    "collaboration_metric": ("collaboration", "collaboration_id"),
    "metric": ("", ""),
    "stage_change": ("collaboration", "collaboration_id"),
    "branch": ("", ""),  # issue 19
    "staff": ("", ""),
    "partner_branch": ("partner", "partner_id"),
}
HISTORY_LIMIT = 1000  # lines of one record's history shown
RETENTION_DAYS = 90  # default: what stays in the Trash longer is purged
