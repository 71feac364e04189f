"""Everything a pitch or recap PDF says, gathered in one read transaction.

Reads what other parts of the program write (checklist answers, the
advertising package, picked statistics, commitments and their proofs) and
never writes. Anything missing simply comes back empty, so a document can
be built from a sparse collaboration. The records are in pitch_model.py,
the statements and row readers in pitch_queries.py."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Connection, select

from collabdesk.domain.collaboration import CollaborationPartner
from collabdesk.domain.enums import Direction, PartnerRole
from collabdesk.domain.partner import Partner
from collabdesk.services.audience_case import audience_figure, audience_profiles
from collabdesk.services.checklist import ChecklistService
from collabdesk.services.errors import QT_TRANSLATE_NOOP, Message, NotFoundError
from collabdesk.services.partner_facing import (
    data_language,
    missing_partner_answers,
    partner_facing_answers,
)
from collabdesk.services.pitch_language import IDEA, TITLE, in_language, translated_promises
from collabdesk.services.pitch_model import AdLine, PitchContent
from collabdesk.services.pitch_queries import (
    ADS,
    COLLABORATION,
    addressed_partner,
    read_figures,
    read_library,
    read_partner,
    read_promises,
)
from collabdesk.services.reputation import Reputation, reputation_figures, side_of
from collabdesk.services.track_record import read_track_record
from collabdesk.services.transaction import Sessions, transaction

CONTEXT = "PitchContent"


@dataclass(frozen=True)
class PitchGaps:
    missing: tuple[str, ...]  # question keys
    # Question keys, and pitch_language's names of the title, the idea and
    # each promise that will print as written.
    untranslated: tuple[str, ...]

    @property
    def any(self) -> bool:
        return bool(self.missing or self.untranslated)


def _reliability(
    reads: Connection, today: date, partner_id: int | None, collaboration_id: int
) -> tuple[tuple[Direction, Reputation], ...]:
    rows = reputation_figures(reads, today, partner_id, collaboration_id)
    return tuple((side, side_of(rows, side)) for side in Direction)


class PitchContentService:
    def __init__(self, sessions: Sessions) -> None:
        self._sessions = sessions
        # Which answers a partner may read is data of the questions: make
        # sure the shipped ones exist before the first gather.
        self._checklist = ChecklistService(sessions)
        self._template_ready = False

    def gather(
        self,
        collaboration_id: int,
        partner_id: int | None = None,
        metric_names: Sequence[str] | None = None,
        today: date | None = None,
        language: str | None = None,
        reply_by: date | None = None,
    ) -> PitchContent:
        """What a document about this collaboration and partner says.

        `metric_names` overrides the statistics picked for the collaboration;
        with neither, the latest figures of the first few metrics are used.
        Checklist answers come only through `partner_facing_answers`, in
        `language` (default: the data's), so no internal note and no other
        partner's benefit can reach a document made from this content."""
        if not self._template_ready:
            self._checklist.ensure_default_template()
            self._template_ready = True
        today = today or date.today()
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
            lang = (language or data_language(reads)).strip().lower()
            facing = partner_facing_answers(reads, collaboration_id, addressed, lang)
            ads = tuple(
                AdLine(row[0], row[1], row[2], row[3], row[4], row[5] or "RUB")
                for row in reads.execute(ADS, {"collaboration": collaboration_id})
            )
            info = None if addressed is None else read_partner(reads, addressed)
            figures = read_figures(reads, collaboration_id, metric_names)
            audience = tuple(
                found
                for found in (audience_figure(reads, f.name, f.as_of) for f in figures)
                if found is not None
            )
            until = max((f.as_of for f in figures), default=None)
            translate = lang != data_language(reads)
            title, no_title = in_language(collab[0], collab[5], translate)
            idea, no_idea = in_language(collab[1], collab[6], translate)
            promises, untranslated_promises = translated_promises(
                read_promises(reads, collaboration_id, addressed), translate
            )
            untranslated = (
                *((TITLE,) if no_title else ()),
                *((IDEA,) if no_idea else ()),
                *facing.untranslated,
                *untranslated_promises,
            )
            return PitchContent(
                today=today,
                library=read_library(reads),
                collaboration_id=collaboration_id,
                title=title,
                idea=idea,
                stage=collab[2],
                starts_on=collab[3],
                ends_on=collab[4],
                partner=info,
                answers=tuple(facing.texts.items()),
                figures=figures,
                ads=ads,
                promises=promises,
                language=lang,
                reply_by=reply_by,
                untranslated=untranslated,
                audience=audience,
                profiles=audience_profiles(reads, until),
                track_record=read_track_record(reads, today, addressed),
                reliability=_reliability(reads, today, addressed, collaboration_id),
            )

    def gaps(self, content: PitchContent) -> PitchGaps:
        """What the pitch dialog warns of before writing, read from the
        content it is about to print (gathered once): required partner-facing
        answers left empty for this partner, and what prints untranslated."""
        partner = content.partner.id if content.partner is not None else None
        with transaction(self._sessions) as session:
            missing = missing_partner_answers(
                session.connection(), content.collaboration_id, partner
            )
        return PitchGaps(missing, content.untranslated)

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
