"""Every mapped class in one import, so metadata is complete for migrations."""

from collabdesk.domain.advertising import AdvertisingItem, CollaborationAdItem, CollaborationMetric
from collabdesk.domain.agreement import Agreement
from collabdesk.domain.base import Base
from collabdesk.domain.branch import Branch, PartnerBranch, Staff
from collabdesk.domain.branch_import import BranchImport, BranchImportRow
from collabdesk.domain.checklist import ChecklistQuestion
from collabdesk.domain.collaboration import ChecklistAnswer, Collaboration, CollaborationPartner
from collabdesk.domain.commitment import Commitment, CommitmentProof
from collabdesk.domain.commitment_series import CommitmentSeries
from collabdesk.domain.commitment_step import CommitmentStep
from collabdesk.domain.document_template import DocumentTemplate
from collabdesk.domain.erasure import ErasureEntry
from collabdesk.domain.history import ChangeEntry, TrashEntry
from collabdesk.domain.legal import LegalDetails
from collabdesk.domain.library import LibraryProfile
from collabdesk.domain.metric import Metric
from collabdesk.domain.metric_definition import MetricDefinition
from collabdesk.domain.partner import Contact, Interaction, Partner, Tag, partner_tag
from collabdesk.domain.stage_change import StageChange
from collabdesk.domain.summary import SummarySnapshot
from collabdesk.domain.unit_form import UnitForm

__all__ = [
    "AdvertisingItem",
    "Agreement",
    "Base",
    "Branch",
    "BranchImport",
    "BranchImportRow",
    "ChangeEntry",
    "ChecklistAnswer",
    "ChecklistQuestion",
    "Collaboration",
    "CollaborationAdItem",
    "CollaborationMetric",
    "CollaborationPartner",
    "Commitment",
    "CommitmentProof",
    "CommitmentSeries",
    "CommitmentStep",
    "Contact",
    "DocumentTemplate",
    "ErasureEntry",
    "Interaction",
    "LegalDetails",
    "LibraryProfile",
    "Metric",
    "MetricDefinition",
    "Partner",
    "PartnerBranch",
    "Staff",
    "StageChange",
    "SummarySnapshot",
    "Tag",
    "TrashEntry",
    "UnitForm",
    "partner_tag",
]
