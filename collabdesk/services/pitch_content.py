"""Everything a pitch or recap PDF says, gathered in one read transaction.

Reads what other parts of the program write (checklist answers, the
advertising package, picked statistics, commitments and their proofs) and
never writes. Anything missing simply comes back empty, so a document can
be built from a sparse collaboration. The records are in pitch_model.py,
the statements and row readers in pitch_queries.py."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import select

from collabdesk.domain.collaboration import CollaborationPartner
from collabdesk.domain.enums import PartnerRole
from collabdesk.domain.partner import Partner
from collabdesk.services.errors import QT_TRANSLATE_NOOP, Message, NotFoundError
from collabdesk.services.pitch_model import AdLine, PitchContent
from collabdesk.services.pitch_queries import (
    ADS,
    ANSWERS,
    COLLABORATION,
    addressed_partner,
    read_figures,
    read_library,
    read_partner,
    read_promises,
)
from collabdesk.services.transaction import Sessions, transaction

CONTEXT = "PitchContent"


class PitchContentService:
    def __init__(self, sessions: Sessions) -> None:
        self._sessions = sessions

    def gather(
        self,
        collaboration_id: int,
        partner_id: int | None = None,
        metric_names: Sequence[str] | None = None,
        today: date | None = None,
    ) -> PitchContent:
        """What a document about this collaboration and partner says.

        `metric_names` overrides the statistics picked for the collaboration;
        with neither, the latest figures of the first few metrics are used."""
        with transaction(self._sessions) as session:
            # Plain rows through the connection: none of the ORM's per-result work.
            reads = session.connection()
            collab = reads.execute(COLLABORATION, {"collaboration": collaboration_id}).first()
            if collab is None:
                raise NotFoundError(
                    Message(
                        CONTEXT,
                        QT_TRANSLATE_NOOP("PitchContent", "There is no collaboration with id %1."),
                        (collaboration_id,),
                    )
                )
            addressed = addressed_partner(reads, collaboration_id, partner_id)
            answers = tuple(
                (row[0], row[1].strip())
                for row in reads.execute(ANSWERS, {"collaboration": collaboration_id})
                if row[1].strip()
            )
            ads = tuple(
                AdLine(row[0], row[1], row[2], row[3])
                for row in reads.execute(ADS, {"collaboration": collaboration_id})
            )
            info = None if addressed is None else read_partner(reads, addressed)
            return PitchContent(
                today=today or date.today(),
                library=read_library(reads),
                collaboration_id=collaboration_id,
                title=collab[0],
                idea=collab[1],
                stage=collab[2],
                starts_on=collab[3],
                ends_on=collab[4],
                partner=info,
                answers=answers,
                figures=read_figures(reads, collaboration_id, metric_names),
                ads=ads,
                promises=read_promises(reads, collaboration_id, addressed),
            )

    def partners_of(self, collaboration_id: int) -> list[tuple[int, str]]:
        """(id, name) of the partners a pitch can address, main partners first."""
        with transaction(self._sessions) as session:
            rows = session.execute(
                select(Partner.id, Partner.name, CollaborationPartner.role)
                .join(CollaborationPartner, CollaborationPartner.partner_id == Partner.id)
                .where(CollaborationPartner.collaboration_id == collaboration_id)
            ).all()
            ordered = sorted(rows, key=lambda r: (r[2] is not PartnerRole.PARTNER, r[1]))
            return [(r[0], r[1]) for r in ordered]
