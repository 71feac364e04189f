"""The library's track record, as a pitch shows it: evidence that the
library does what it says — collaborations delivered, the on-time rate of
its own promises (the reputation view's one definition,
`reputation_sql.figures_sql`), and past partners who agreed to be named.

Plain SQL text through services/plain_rows, so the window's pitch and
`collabdesk pitch`'s plain read path read it alike. No SQLAlchemy here."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from collabdesk.domain.enums import Direction, PartnerRole, Stage
from collabdesk.services.plain_rows import Run
from collabdesk.services.reputation_sql import Reputation, figures_run, side_of

MAX_NAMED = 6  # past partners named on a pitch

# Stages in which the library has worked with a partner, not merely talked.
WORKED = (Stage.DELIVERING, Stage.COMPLETED)


@dataclass(frozen=True)
class TrackRecord:
    delivered: int  # collaborations completed
    promises: Reputation  # the library's own promises, by the reputation view's rule
    past_partners: tuple[str, ...]  # only those willing to be named

    @property
    def is_empty(self) -> bool:
        return not self.delivered and not self.promises.has_record and not self.past_partners


def read_track_record(
    run: Run, today: date, addressed: int | None, dialect: str = "sqlite"
) -> TrackRecord:
    """The record as of `today`; the addressed partner is not listed to itself."""
    delivered = run("SELECT count(*) FROM collaboration WHERE stage = ?", [Stage.COMPLETED.value])
    worked = ", ".join("?" * len(WORKED))
    params: list[object] = [True, PartnerRole.PARTNER.value, *(s.value for s in WORKED)]
    not_addressed = ""
    if addressed is not None:
        not_addressed = " AND partner.id != ?"
        params.append(addressed)
    names = run(
        "SELECT DISTINCT partner.name FROM partner"
        " JOIN collaboration_partner ON collaboration_partner.partner_id = partner.id"
        " JOIN collaboration ON collaboration.id = collaboration_partner.collaboration_id"
        " WHERE partner.may_be_named = ? AND collaboration_partner.role = ?"
        f" AND collaboration.stage IN ({worked}){not_addressed}"
        f" ORDER BY partner.name LIMIT {MAX_NAMED}",
        params,
    )
    library = side_of(figures_run(run, dialect, today), Direction.LIBRARY_GIVES)
    return TrackRecord(int(delivered[0][0]), library, tuple(str(row[0]) for row in names))
