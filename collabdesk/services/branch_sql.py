"""The home branch's name in plain SQL, importing nothing: the command
line's light readers and the documents' queries read it where the
profile's free-text `branch` was (issue 19)."""

from __future__ import annotations

# One parameter: this computer's staff id, or None (then the first branch).
HOME_BRANCH_NAME_SQL = (
    "COALESCE((SELECT branch.name FROM staff JOIN branch ON branch.id = staff.branch_id"
    " WHERE staff.id = ?), (SELECT name FROM branch ORDER BY position, id LIMIT 1), '')"
)
