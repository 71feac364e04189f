"""The library's track record, as a pitch shows it: evidence that the
library does what it says — collaborations delivered, the on-time rate of
its own promises (the reputation view's one definition,
`reputation.library_reputation`), and past partners who agreed to be named."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Connection, func, select

from collabdesk.domain.collaboration import Collaboration, CollaborationPartner
from collabdesk.domain.enums import PartnerRole, Stage
from collabdesk.domain.partner import Partner
from collabdesk.services.reputation import Reputation, library_reputation

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


def read_track_record(reads: Connection, today: date, addressed: int | None) -> TrackRecord:
    """The record as of `today`; the addressed partner is not listed to itself."""
    delivered = reads.execute(
        select(func.count())
        .select_from(Collaboration)
        .where(Collaboration.stage == Stage.COMPLETED)
    ).scalar_one()
    named = (
        select(Partner.name)
        .join(CollaborationPartner, CollaborationPartner.partner_id == Partner.id)
        .join(Collaboration, Collaboration.id == CollaborationPartner.collaboration_id)
        .where(
            Partner.may_be_named.is_(True),
            CollaborationPartner.role == PartnerRole.PARTNER,
            Collaboration.stage.in_(WORKED),
        )
        .distinct()
        .order_by(Partner.name)
    )
    if addressed is not None:
        named = named.where(Partner.id != addressed)
    names = tuple(reads.scalars(named.limit(MAX_NAMED)))
    return TrackRecord(int(delivered), library_reputation(reads, today), names)
