"""Which status a commitment may move to next, and which ones count as open.

planned → in progress → delivered; an open commitment may also be waived (with
a reason) or missed. Delivered, waived and missed are final: a missed promise
is made good by a new commitment linked to it, not by rewriting history.
"""

from __future__ import annotations

from collabdesk.domain.enums import CommitmentStatus

S = CommitmentStatus

OPEN_STATUSES: frozenset[CommitmentStatus] = frozenset({S.PLANNED, S.IN_PROGRESS})

NEXT: dict[CommitmentStatus, frozenset[CommitmentStatus]] = {
    S.PLANNED: frozenset({S.IN_PROGRESS, S.DELIVERED, S.WAIVED, S.MISSED}),
    S.IN_PROGRESS: frozenset({S.PLANNED, S.DELIVERED, S.WAIVED, S.MISSED}),
    S.DELIVERED: frozenset(),
    S.WAIVED: frozenset(),
    S.MISSED: frozenset(),
}


def can_move(current: CommitmentStatus, target: CommitmentStatus) -> bool:
    return target in NEXT[current]
