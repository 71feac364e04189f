"""Plan-B partners of a collaboration: who could step in if a partner drops out."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from collabdesk.domain.collaboration import Collaboration, CollaborationPartner
from collabdesk.domain.enums import PartnerKind, PartnerRole
from collabdesk.domain.partner import Partner
from collabdesk.services.branches import share_partners
from collabdesk.services.errors import QT_TRANSLATE_NOOP, Message, NotFoundError
from collabdesk.services.transaction import Sessions, transaction

CONTEXT = "ChecklistService"  # the translations' context, shared with the checklist


@dataclass(frozen=True)
class PartnerChoice:
    id: int
    name: str
    kind: PartnerKind | None = None  # pickers list the likely kinds first


class PlanBService:
    """Plan-B partners of a collaboration, picked on the wizard's second page."""

    def __init__(self, sessions: Sessions) -> None:
        self._sessions = sessions

    def choices(self, limit: int = 2_000) -> list[PartnerChoice]:
        with transaction(self._sessions) as session:
            rows = session.execute(
                # By the name key, whose index gives the first `limit` at
                # once: ordering by the name itself sorted 100,000 (0.25 s).
                select(Partner.id, Partner.name, Partner.kind)
                .order_by(Partner.name_key, Partner.id)
                .limit(limit)
            )
            return [PartnerChoice(i, n, k) for i, n, k in rows]

    def plan_b(self, collaboration_id: int) -> list[PartnerChoice]:
        with transaction(self._sessions) as session:
            rows = session.execute(
                select(Partner.id, Partner.name)
                .join(CollaborationPartner, CollaborationPartner.partner_id == Partner.id)
                .where(
                    CollaborationPartner.collaboration_id == collaboration_id,
                    CollaborationPartner.role == PartnerRole.ALTERNATIVE,
                )
                .order_by(Partner.name)
            )
            return [PartnerChoice(i, n) for i, n in rows]

    def set_plan_b(self, collaboration_id: int, partner_ids: list[int]) -> list[PartnerChoice]:
        """Replace the plan-B partners; a partner already taking part stays a partner."""
        with transaction(self._sessions, "collaboration", collaboration_id) as session:
            collab = session.get(Collaboration, collaboration_id)
            if collab is None:
                raise NotFoundError(
                    Message(
                        CONTEXT,
                        QT_TRANSLATE_NOOP(
                            "ChecklistService", "There is no collaboration with id %1."
                        ),
                        (collaboration_id,),
                    )
                )
            for pid in partner_ids:
                if session.get(Partner, pid) is None:
                    raise NotFoundError(
                        Message(
                            CONTEXT,
                            QT_TRANSLATE_NOOP(
                                "ChecklistService", "There is no partner with id %1."
                            ),
                            (pid,),
                        )
                    )
            current = {cp.partner_id: cp for cp in collab.participants}
            for pid, cp in current.items():
                if cp.role is PartnerRole.ALTERNATIVE and pid not in partner_ids:
                    collab.participants.remove(cp)
            for pid in dict.fromkeys(partner_ids):
                if pid not in current:
                    collab.participants.append(
                        CollaborationPartner(partner_id=pid, role=PartnerRole.ALTERNATIVE)
                    )
            share_partners(session, collab.branch_id, partner_ids)
        return self.plan_b(collaboration_id)
