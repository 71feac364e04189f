"""Everything a pitch or recap PDF says, gathered in one read transaction.

Reads what other parts of the program write (checklist answers, the
advertising package, picked statistics, commitments and their proofs) and
never writes. Anything missing simply comes back empty, so a document can
be built from a sparse collaboration."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from collabdesk.domain.advertising import CollaborationAdItem, CollaborationMetric
from collabdesk.domain.collaboration import ChecklistAnswer, Collaboration, CollaborationPartner
from collabdesk.domain.commitment import Commitment, CommitmentProof
from collabdesk.domain.enums import CommitmentStatus, Direction, PartnerRole, Stage
from collabdesk.domain.library import LibraryProfile
from collabdesk.domain.metric import Metric
from collabdesk.domain.metric_definition import MetricDefinition
from collabdesk.domain.partner import Partner
from collabdesk.services.errors import NotFoundError
from collabdesk.services.statistics import SeriesPoint
from collabdesk.services.transaction import Sessions, transaction

DEFAULT_FIGURES = 4  # when nobody picked statistics: the first few metrics
SERIES_LENGTH = 12  # months shown in a chart


@dataclass(frozen=True)
class LibraryInfo:
    name: str
    branch: str
    city: str
    website: str
    brand_colour: str
    logo_path: str


@dataclass(frozen=True)
class ContactLine:
    name: str
    role: str
    email: str
    phone: str


@dataclass(frozen=True)
class PartnerInfo:
    id: int
    name: str
    city: str
    website: str
    email: str
    phone: str
    contacts: tuple[ContactLine, ...]


@dataclass(frozen=True)
class PitchFigure:
    name: str
    unit: str
    value: Decimal
    as_of: date
    series: tuple[SeriesPoint, ...]


@dataclass(frozen=True)
class AdLine:
    name: str
    unit: str
    quantity: Decimal
    reach_per_unit: int

    @property
    def reach(self) -> int:
        return int(self.quantity * self.reach_per_unit)


@dataclass(frozen=True)
class PromiseLine:
    direction: Direction
    description: str
    quantity: Decimal | None
    unit: str
    due_on: date | None
    status: CommitmentStatus
    value: Decimal | None
    currency: str
    delivered_on: date | None
    waived_reason: str
    proof_note: str
    proofs: tuple[str, ...]  # file names or URLs
    make_good: bool
    owner: str

    @property
    def has_proof(self) -> bool:
        return bool(self.proofs or self.proof_note)


@dataclass(frozen=True)
class Balance:
    """Value and reliability of one side of a collaboration."""

    promised: Decimal
    delivered: Decimal
    kept: int  # promises delivered
    due: int  # promises that were due (delivered or missed; waived do not count)
    currency: str

    @property
    def kept_share(self) -> float | None:
        return self.kept / self.due if self.due else None


@dataclass(frozen=True)
class PitchContent:
    today: date
    library: LibraryInfo
    collaboration_id: int
    title: str
    idea: str
    stage: Stage
    starts_on: date | None
    ends_on: date | None
    partner: PartnerInfo | None
    answers: tuple[tuple[str, str], ...]  # (question key, answer), answered only
    figures: tuple[PitchFigure, ...]
    ads: tuple[AdLine, ...]
    promises: tuple[PromiseLine, ...]

    def answer(self, key: str) -> str:
        return next((text for k, text in self.answers if k == key), "")

    @property
    def total_reach(self) -> int:
        return sum(ad.reach for ad in self.ads)

    def side(self, direction: Direction) -> tuple[PromiseLine, ...]:
        return tuple(p for p in self.promises if p.direction is direction)

    def balance(self, direction: Direction) -> Balance:
        lines = self.side(direction)
        promised = sum((p.value or Decimal(0) for p in lines), Decimal(0))
        delivered = sum(
            (p.value or Decimal(0) for p in lines if p.status is CommitmentStatus.DELIVERED),
            Decimal(0),
        )
        kept = sum(1 for p in lines if p.status is CommitmentStatus.DELIVERED)
        missed = sum(1 for p in lines if p.status is CommitmentStatus.MISSED)
        currency = next((p.currency for p in lines if p.value is not None), "RUB")
        return Balance(promised, delivered, kept, kept + missed, currency)


def _library(session: Session) -> LibraryInfo:
    row = session.scalar(select(LibraryProfile).order_by(LibraryProfile.id))
    if row is None:
        return LibraryInfo("", "", "", "", "#1F5C99", "")
    return LibraryInfo(
        row.name, row.branch, row.city, row.website, row.brand_colour or "#1F5C99", row.logo_path
    )


def _partner(session: Session, collab: Collaboration, partner_id: int | None) -> Partner | None:
    if partner_id is not None:
        partner = session.get(Partner, partner_id)
        if partner is None or all(cp.partner_id != partner_id for cp in collab.participants):
            raise NotFoundError(
                f"Partner {partner_id} does not take part in collaboration {collab.id}."
            )
        return partner
    main = sorted(
        (cp for cp in collab.participants if cp.role is PartnerRole.PARTNER),
        key=lambda cp: cp.partner.name,
    )
    return main[0].partner if main else None


def _figure(session: Session, name: str, period: date | None) -> PitchFigure | None:
    stmt = select(Metric).where(Metric.name == name, Metric.branch == "")
    if period is not None:
        stmt = stmt.where(Metric.period_start <= period)
    rows = list(session.scalars(stmt.order_by(Metric.period_start.desc()).limit(SERIES_LENGTH)))
    if not rows:
        return None
    rows.reverse()
    last = rows[-1]
    return PitchFigure(
        name,
        last.unit,
        last.value,
        last.period_start,
        tuple(SeriesPoint(r.period_start, r.value) for r in rows),
    )


def _figures(
    session: Session, collaboration_id: int, metric_names: Sequence[str] | None
) -> tuple[PitchFigure, ...]:
    picks: list[tuple[str, date | None]]
    if metric_names is not None:
        picks = [(name, None) for name in metric_names]
    else:
        picks = [
            (cm.metric_name, cm.period_start)
            for cm in session.scalars(
                select(CollaborationMetric)
                .where(CollaborationMetric.collaboration_id == collaboration_id)
                .order_by(CollaborationMetric.position, CollaborationMetric.id)
            )
        ]
    if metric_names is None and not picks:
        ordered = list(
            session.scalars(
                select(MetricDefinition.name).order_by(
                    MetricDefinition.position, MetricDefinition.name
                )
            )
        )
        others = session.scalars(select(Metric.name).distinct().order_by(Metric.name))
        ordered += [name for name in others if name not in ordered]
        picks = [(name, None) for name in ordered]
        figures = [f for f in (_figure(session, n, p) for n, p in picks) if f is not None]
        return tuple(figures[:DEFAULT_FIGURES])
    return tuple(f for f in (_figure(session, n, p) for n, p in picks) if f is not None)


def _promises(
    session: Session, collaboration_id: int, partner_id: int | None
) -> tuple[PromiseLine, ...]:
    stmt = select(Commitment).where(Commitment.collaboration_id == collaboration_id)
    if partner_id is not None:
        stmt = stmt.where((Commitment.partner_id == partner_id) | Commitment.partner_id.is_(None))
    rows = list(session.scalars(stmt.order_by(Commitment.due_on, Commitment.id)))
    proofs: dict[int, list[str]] = {}
    if rows:
        for proof in session.scalars(
            select(CommitmentProof).where(CommitmentProof.commitment_id.in_([r.id for r in rows]))
        ):
            label = proof.url or proof.original_name or proof.stored_name or proof.note
            proofs.setdefault(proof.commitment_id, []).append(label)
    return tuple(
        PromiseLine(
            r.direction,
            r.description,
            r.quantity,
            r.unit,
            r.due_on,
            r.status,
            r.value,
            r.currency,
            r.delivered_on,
            r.waived_reason,
            r.proof_note,
            tuple(proofs.get(r.id, ())),
            r.make_good_for_id is not None,
            r.owner,
        )
        for r in rows
    )


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
            collab = session.get(Collaboration, collaboration_id)
            if collab is None:
                raise NotFoundError(f"There is no collaboration with id {collaboration_id}.")
            partner = _partner(session, collab, partner_id)
            answers = tuple(
                (a.question_key, a.answer.strip())
                for a in session.scalars(
                    select(ChecklistAnswer)
                    .where(ChecklistAnswer.collaboration_id == collaboration_id)
                    .order_by(ChecklistAnswer.id)
                )
                if a.answer.strip()
            )
            ads = tuple(
                AdLine(ai.item.name, ai.item.unit, ai.quantity, ai.item.reach_per_unit)
                for ai in session.scalars(
                    select(CollaborationAdItem)
                    .where(CollaborationAdItem.collaboration_id == collaboration_id)
                    .order_by(CollaborationAdItem.id)
                )
            )
            info = None
            if partner is not None:
                info = PartnerInfo(
                    partner.id,
                    partner.name,
                    partner.city,
                    partner.website,
                    partner.email,
                    partner.phone,
                    tuple(ContactLine(c.name, c.role, c.email, c.phone) for c in partner.contacts),
                )
            return PitchContent(
                today=today or date.today(),
                library=_library(session),
                collaboration_id=collab.id,
                title=collab.title,
                idea=collab.idea,
                stage=collab.stage,
                starts_on=collab.starts_on,
                ends_on=collab.ends_on,
                partner=info,
                answers=answers,
                figures=_figures(session, collaboration_id, metric_names),
                ads=ads,
                promises=_promises(session, collaboration_id, info.id if info else None),
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
