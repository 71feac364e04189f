"""Every service of one open database, built in one place (app.py and the
CLI use this; widgets receive only the services they need)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session, sessionmaker

from collabdesk.services.collaborations import CollaborationService
from collabdesk.services.commitments import CommitmentService
from collabdesk.services.contacts import ContactService
from collabdesk.services.interactions import InteractionService
from collabdesk.services.library import LibraryService
from collabdesk.services.metrics import MetricService
from collabdesk.services.partners import PartnerService
from collabdesk.services.pitch_content import PitchContentService
from collabdesk.services.statistics import StatisticsService


@dataclass(frozen=True)
class Desk:
    partners: PartnerService
    contacts: ContactService
    interactions: InteractionService
    collaborations: CollaborationService
    commitments: CommitmentService
    metrics: MetricService
    library: LibraryService
    statistics: StatisticsService
    pitch_content: PitchContentService

    @classmethod
    def over(cls, sessions: sessionmaker[Session]) -> Desk:
        return cls(
            partners=PartnerService(sessions),
            contacts=ContactService(sessions),
            interactions=InteractionService(sessions),
            collaborations=CollaborationService(sessions),
            commitments=CommitmentService(sessions),
            metrics=MetricService(sessions),
            library=LibraryService(sessions),
            statistics=StatisticsService(sessions),
            pitch_content=PitchContentService(sessions),
        )
