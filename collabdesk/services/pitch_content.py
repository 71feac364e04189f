"""Everything a pitch or recap PDF says, gathered in one read transaction.

Reads what other parts of the program write (checklist answers, the
advertising package, picked statistics, commitments and their proofs) and
never writes. Anything missing simply comes back empty, so a document can
be built from a sparse collaboration. The records are in pitch_model.py,
the statements and row readers in pitch_queries.py, the gather itself (also
run by `collabdesk pitch` without SQLAlchemy) in pitch_gather.py."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from collabdesk.domain.collaboration import CollaborationPartner
from collabdesk.domain.enums import PartnerRole
from collabdesk.domain.partner import Partner
from collabdesk.services import pitch_gather
from collabdesk.services.checklist import ChecklistService
from collabdesk.services.library_face import FaceScope, branch_name, resolve_scope
from collabdesk.services.partner_facing import missing_partner_answers
from collabdesk.services.pitch_model import PitchContent
from collabdesk.services.plain_rows import connection_run
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
        scope: FaceScope | None = None,
    ) -> PitchContent:
        """What a document about this collaboration and partner says, for
        `scope` (default: the collaboration's branch; services/library_face).

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
            # Plain rows through the connection, the same statements as
            # `collabdesk pitch` runs without SQLAlchemy (services/pitch_gather).
            reads = session.connection()
            return pitch_gather.gather(
                connection_run(reads),
                collaboration_id,
                partner_id,
                metric_names,
                today,
                language,
                reply_by,
                reads.dialect.name,
                scope,
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

    def speaking_branch(self, collaboration_id: int) -> str | None:
        """The name of the branch this collaboration's documents speak for
        by default, when the library has several branches; None for a
        single library, which is offered no choice of "on behalf of"."""
        with transaction(self._sessions) as session:
            run = connection_run(session.connection())
            scope = resolve_scope(run, None, collaboration_id)
            if not scope.several:
                return None
            return "" if scope.branch_id is None else branch_name(run, scope.branch_id)

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
