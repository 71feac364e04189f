"""Every service of one open database, built in one place (app.py and the
CLI use this; widgets receive only the services they need)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from collabdesk.services.acknowledgements import AcknowledgementService
from collabdesk.services.advertising import AdvertisingService
from collabdesk.services.agreements import AgreementService
from collabdesk.services.annual_report import AnnualReportService
from collabdesk.services.branches import BranchService
from collabdesk.services.calendar_export import CalendarExport
from collabdesk.services.checklist import ChecklistService
from collabdesk.services.collaborations import CollaborationService
from collabdesk.services.commitment_series import CommitmentSeriesService
from collabdesk.services.commitment_tracker import CommitmentTracker
from collabdesk.services.commitments import CommitmentService
from collabdesk.services.contacts import ContactService
from collabdesk.services.dashboard_figures import DashboardService
from collabdesk.services.document_templates import DocumentTemplateService
from collabdesk.services.history import HistoryService
from collabdesk.services.interactions import InteractionService
from collabdesk.services.legal_details import LegalDetailsService
from collabdesk.services.library import LibraryService
from collabdesk.services.metrics import MetricService
from collabdesk.services.partner_transfer import PartnerTransfer
from collabdesk.services.partners import PartnerService
from collabdesk.services.personal_data import PersonalDataService, who_is_here
from collabdesk.services.pitch_content import PitchContentService
from collabdesk.services.plan_b import PlanBService
from collabdesk.services.proofs import ProofService
from collabdesk.services.recap_content import RecapContentService
from collabdesk.services.renewal import RenewalService
from collabdesk.services.reputation import ReputationService
from collabdesk.services.results import ResultsService
from collabdesk.services.staff import StaffService
from collabdesk.services.staff_me import install_person
from collabdesk.services.statistics import StatisticsService
from collabdesk.services.steps import StepService
from collabdesk.services.tasks import TaskService
from collabdesk.services.trash import TrashService
from collabdesk.services.units import UnitService, install_units
from collabdesk.services.value_balance import ValueBalanceService


@dataclass(frozen=True)
class Desk:
    partners: PartnerService
    contacts: ContactService
    interactions: InteractionService
    collaborations: CollaborationService
    commitments: CommitmentService
    metrics: MetricService
    library: LibraryService
    checklist: ChecklistService
    advertising: AdvertisingService
    plan_b: PlanBService
    tracker: CommitmentTracker
    proofs: ProofService
    reputation: ReputationService
    balances: ValueBalanceService
    renewals: RenewalService
    calendar: CalendarExport
    history: HistoryService
    trash: TrashService
    partner_transfer: PartnerTransfer
    statistics: StatisticsService
    pitch_content: PitchContentService
    units: UnitService
    results: ResultsService
    recaps: RecapContentService
    legal: LegalDetailsService  # the parties' details for agreements (issue 17)
    templates: DocumentTemplateService  # Word templates of agreements and acts
    agreements: AgreementService
    acknowledgements: AcknowledgementService
    series: CommitmentSeriesService  # recurring promises (issue 18)
    steps: StepService  # a commitment's steps, with who and by when (issue 18)
    tasks: TaskService  # My tasks and This week
    annual_reports: AnnualReportService  # the annual portfolio report (issue 19)
    privacy: PersonalDataService  # personal data erased on request (issue 19)
    branches: BranchService  # a library system's branches (issue 19)
    staff: StaffService  # the named staff (issue 19)
    dashboard: DashboardService  # the home dashboard's figures and snapshot (issue 19)

    @classmethod
    def over(cls, sessions: sessionmaker[Session], *, data_dir: Path | None = None) -> Desk:
        """`data_dir` is where proof files are copied (without it they cannot be
        attached) and whose staff file names this computer's branch."""
        tracker = CommitmentTracker(sessions)
        units = UnitService(sessions)
        install_units(units)  # this database's own units, read on first need
        proofs = ProofService(sessions, data_dir)
        staff = StaffService(sessions)  # links owners to staff on every flush
        install_person(sessions, data_dir)  # history names the person here
        return cls(
            partners=PartnerService(sessions),
            contacts=ContactService(sessions),
            interactions=InteractionService(sessions),
            collaborations=CollaborationService(sessions, data_dir),
            commitments=CommitmentService(sessions),
            metrics=MetricService(sessions, data_dir),
            library=LibraryService(sessions, data_dir),
            checklist=ChecklistService(sessions),
            advertising=AdvertisingService(sessions),
            plan_b=PlanBService(sessions),
            tracker=tracker,
            proofs=proofs,
            reputation=ReputationService(sessions),
            balances=ValueBalanceService(sessions),
            renewals=RenewalService(sessions),
            calendar=CalendarExport(sessions),
            history=HistoryService(sessions),
            trash=TrashService(sessions),
            partner_transfer=PartnerTransfer(sessions),
            statistics=StatisticsService(sessions, data_dir),
            pitch_content=PitchContentService(sessions),
            units=units,
            results=ResultsService(sessions),
            recaps=RecapContentService(sessions, proofs.folder),
            legal=LegalDetailsService(sessions),
            templates=DocumentTemplateService(sessions),
            agreements=AgreementService(sessions),
            acknowledgements=AcknowledgementService(sessions),
            series=CommitmentSeriesService(sessions),
            steps=StepService(sessions),
            tasks=TaskService(sessions),
            annual_reports=AnnualReportService(sessions),
            privacy=PersonalDataService(sessions, who=who_is_here(sessions, data_dir)),
            branches=BranchService(sessions, data_dir),
            staff=staff,
            dashboard=DashboardService(sessions, data_dir),
        )
