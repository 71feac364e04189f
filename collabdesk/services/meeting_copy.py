"""The meeting copy as the services make it: the store prunes the file, and
this module tells it what a partner may not read, from the one rule in
partner_facing.py, so the copy taken to a partner keeps no internal text.

The window (meeting mode, the meeting laptop) and `collabdesk meeting copy`
both call `make_meeting_copy` here, never the store's directly.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from sqlalchemy import create_engine
from sqlalchemy.pool import NullPool

from collabdesk.services.partner_facing import STAFF_ONLY_FIELDS, partner_facing_keys
from collabdesk.store.meeting_copy import InternalText
from collabdesk.store.meeting_copy import make_meeting_copy as write_pruned_copy

# The plan-B role is internal because it names the other candidates: the
# store leaves every plan-B row behind, so the rows that travel all read
# "partner", and the column (an enum, NOT NULL) cannot be blanked.
_KEPT_BY_PRUNING = frozenset({("collaboration_partner", "role")})


def internal_text(source: Path) -> InternalText:
    """What the copy of `source` must lose, read from `source` itself (which
    questions are partner-facing is data a library may edit)."""
    engine = create_engine(
        f"sqlite:///file:{source.absolute().as_posix()}?mode=ro&uri=true", poolclass=NullPool
    )
    try:
        with engine.connect() as reads:
            keys = partner_facing_keys(reads)
    finally:
        engine.dispose()
    return InternalText(fields=STAFF_ONLY_FIELDS - _KEPT_BY_PRUNING, partner_answer_keys=keys)


def make_meeting_copy(source: Path, target: Path, collaboration_ids: Iterable[int]) -> Path:
    """Write `target`: the chosen collaborations and what a pitch needs,
    without any staff-only answer, field, log, history or Trash entry."""
    return write_pruned_copy(source, target, collaboration_ids, internal_text(source))
