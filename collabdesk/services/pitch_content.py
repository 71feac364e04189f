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
from typing import Any

from sqlalchemy import Connection, bindparam, select

from collabdesk.domain.advertising import (
    AdvertisingItem,
    CollaborationAdItem,
    CollaborationMetric,
)
from collabdesk.domain.collaboration import ChecklistAnswer, Collaboration, CollaborationPartner
from collabdesk.domain.commitment import Commitment, CommitmentProof
from collabdesk.domain.enums import CommitmentStatus, Direction, PartnerRole, Stage
from collabdesk.domain.library import LibraryProfile
from collabdesk.domain.metric import Metric
from collabdesk.domain.metric_definition import MetricDefinition
from collabdesk.domain.partner import Contact, Partner
from collabdesk.services.errors import QT_TRANSLATE_NOOP, Message, NotFoundError
from collabdesk.services.statistics import SeriesPoint
from collabdesk.services.tracker_query import is_overdue
from collabdesk.services.transaction import Sessions, transaction

CONTEXT = "PitchContent"

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
    email: str = ""
    phone: str = ""


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
    due: int  # delivered, missed, or open past their date; waived do not count
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

    def overdue(self, line: PromiseLine) -> bool:
        """Still open after its due date, as the tracker counts it."""
        return is_overdue(line.status, line.due_on, self.today)

    def balance(self, direction: Direction) -> Balance:
        lines = self.side(direction)
        promised = sum((p.value or Decimal(0) for p in lines), Decimal(0))
        delivered = sum(
            (p.value or Decimal(0) for p in lines if p.status is CommitmentStatus.DELIVERED),
            Decimal(0),
        )
        kept = sum(1 for p in lines if p.status is CommitmentStatus.DELIVERED)
        missed = sum(1 for p in lines if p.status is CommitmentStatus.MISSED)
        overdue = sum(1 for p in lines if self.overdue(p))  # due, and not kept
        currency = next((p.currency for p in lines if p.value is not None), "RUB")
        return Balance(promised, delivered, kept, kept + missed + overdue, currency)


# The reads select the columns a document prints rather than whole ORM
# objects (no identity map, no timestamps converted), and each statement is
# built once with bound parameters: constructing a SELECT costs more than
# running it on a small table. Together they halve the gather.
_c = Commitment
_p = CommitmentProof
_COLLABORATION = select(
    Collaboration.title,
    Collaboration.idea,
    Collaboration.stage,
    Collaboration.starts_on,
    Collaboration.ends_on,
).where(Collaboration.id == bindparam("collaboration"))
_TAKING_PART = (
    select(CollaborationPartner.partner_id, CollaborationPartner.role, Partner.name)
    .join(Partner, Partner.id == CollaborationPartner.partner_id)
    .where(CollaborationPartner.collaboration_id == bindparam("collaboration"))
)
_PARTNER = select(Partner.name, Partner.city, Partner.website, Partner.email, Partner.phone).where(
    Partner.id == bindparam("partner")
)
_CONTACTS = (
    select(Contact.name, Contact.role, Contact.email, Contact.phone)
    .where(Contact.partner_id == bindparam("partner"))
    .order_by(Contact.name, Contact.id)
)
_ANSWERS = (
    select(ChecklistAnswer.question_key, ChecklistAnswer.answer)
    .where(ChecklistAnswer.collaboration_id == bindparam("collaboration"))
    .order_by(ChecklistAnswer.id)
)
_ADS = (
    select(
        AdvertisingItem.name,
        AdvertisingItem.unit,
        CollaborationAdItem.quantity,
        AdvertisingItem.reach_per_unit,
    )
    .join(AdvertisingItem, AdvertisingItem.id == CollaborationAdItem.item_id)
    .where(CollaborationAdItem.collaboration_id == bindparam("collaboration"))
    .order_by(CollaborationAdItem.id)
)
_LIBRARY = (
    select(
        LibraryProfile.name,
        LibraryProfile.branch,
        LibraryProfile.city,
        LibraryProfile.website,
        LibraryProfile.brand_colour,
        LibraryProfile.logo_path,
        LibraryProfile.email,
        LibraryProfile.phone,
    )
    .order_by(LibraryProfile.id)
    .limit(1)
)
_PICKED_METRICS = (
    select(CollaborationMetric.metric_name, CollaborationMetric.period_start)
    .where(CollaborationMetric.collaboration_id == bindparam("collaboration"))
    .order_by(CollaborationMetric.position, CollaborationMetric.id)
)
_DEFINED_METRICS = select(MetricDefinition.name).order_by(
    MetricDefinition.position, MetricDefinition.name
)
_RECORDED_METRICS = select(Metric.name).distinct().order_by(Metric.name)
_SERIES = (
    select(Metric.period_start, Metric.value, Metric.unit)
    .where(Metric.name == bindparam("name"), Metric.branch == "")
    .order_by(Metric.period_start.desc())
    .limit(SERIES_LENGTH)
)
_SERIES_UNTIL = _SERIES.where(Metric.period_start <= bindparam("until"))
_PROMISES = select(
    _c.id,
    _c.direction,
    _c.description,
    _c.quantity,
    _c.unit,
    _c.due_on,
    _c.status,
    _c.value,
    _c.currency,
    _c.delivered_on,
    _c.waived_reason,
    _c.proof_note,
    _c.make_good_for_id,
    _c.owner,
).where(_c.collaboration_id == bindparam("collaboration"))
_ALL_PROMISES = _PROMISES.order_by(_c.due_on, _c.id)
_PROMISES_TO = _PROMISES.where(
    (_c.partner_id == bindparam("partner")) | _c.partner_id.is_(None)
).order_by(_c.due_on, _c.id)
_PROOFS = (
    select(_p.commitment_id, _p.url, _p.original_name, _p.stored_name, _p.note)
    .where(_p.commitment_id.in_(bindparam("commitments", expanding=True)))
    .order_by(_p.id)
)


def _library(reads: Connection) -> LibraryInfo:
    row = reads.execute(_LIBRARY).first()
    if row is None:
        return LibraryInfo("", "", "", "", "#1F5C99", "")
    return LibraryInfo(row[0], row[1], row[2], row[3], row[4] or "#1F5C99", row[5], row[6], row[7])


def _partner_id(reads: Connection, collaboration_id: int, partner_id: int | None) -> int | None:
    """The partner addressed: the one asked for (who must take part), else
    the main partner first by name."""
    taking_part = reads.execute(_TAKING_PART, {"collaboration": collaboration_id}).all()
    if partner_id is not None:
        if all(row[0] != partner_id for row in taking_part):
            raise NotFoundError(
                Message(
                    CONTEXT,
                    QT_TRANSLATE_NOOP(
                        "PitchContent", "Partner %1 does not take part in collaboration %2."
                    ),
                    (partner_id, collaboration_id),
                )
            )
        return partner_id
    main = sorted((row[2], row[0]) for row in taking_part if row[1] is PartnerRole.PARTNER)
    return main[0][1] if main else None


def _partner_info(reads: Connection, partner_id: int) -> PartnerInfo:
    row = reads.execute(_PARTNER, {"partner": partner_id}).one()
    contacts = reads.execute(_CONTACTS, {"partner": partner_id}).all()
    return PartnerInfo(
        partner_id, *row, tuple(ContactLine(c[0], c[1], c[2], c[3]) for c in contacts)
    )


def _figure(reads: Connection, name: str, period: date | None) -> PitchFigure | None:
    if period is None:
        found = reads.execute(_SERIES, {"name": name}).all()
    else:
        found = reads.execute(_SERIES_UNTIL, {"name": name, "until": period}).all()
    if not found:
        return None
    rows = list(reversed(found))
    last = rows[-1]
    return PitchFigure(
        name,
        last[2],
        last[1],
        last[0],
        tuple(SeriesPoint(r[0], r[1]) for r in rows),
    )


def _figures(
    reads: Connection, collaboration_id: int, metric_names: Sequence[str] | None
) -> tuple[PitchFigure, ...]:
    picks: list[tuple[str, date | None]]
    if metric_names is not None:
        picks = [(name, None) for name in metric_names]
    else:
        found = reads.execute(_PICKED_METRICS, {"collaboration": collaboration_id})
        picks = [(row[0], row[1]) for row in found]
    if metric_names is None and not picks:
        ordered = list(reads.scalars(_DEFINED_METRICS))
        ordered += [name for name in reads.scalars(_RECORDED_METRICS) if name not in ordered]
        figures: list[PitchFigure] = []
        for name in ordered:  # stop once there are enough: each figure is a query
            figure = _figure(reads, name, None)
            if figure is not None:
                figures.append(figure)
                if len(figures) == DEFAULT_FIGURES:
                    break
        return tuple(figures)
    return tuple(f for f in (_figure(reads, n, p) for n, p in picks) if f is not None)


def _promises(
    reads: Connection, collaboration_id: int, partner_id: int | None
) -> tuple[PromiseLine, ...]:
    if partner_id is None:
        rows = reads.execute(_ALL_PROMISES, {"collaboration": collaboration_id}).all()
    else:
        rows = reads.execute(
            _PROMISES_TO, {"collaboration": collaboration_id, "partner": partner_id}
        ).all()
    proofs: dict[int, list[str]] = {}
    if rows:
        for proof in reads.execute(_PROOFS, {"commitments": [r[0] for r in rows]}):
            label = proof[1] or proof[2] or proof[3] or proof[4]
            proofs.setdefault(proof[0], []).append(label)
    return tuple(_promise_line(r, tuple(proofs.get(r[0], ()))) for r in rows)


def _promise_line(row: Any, proofs: tuple[str, ...]) -> PromiseLine:
    """A row of _PROMISES: id, the eleven printed columns, make-good link, owner."""
    return PromiseLine(
        direction=row[1],
        description=row[2],
        quantity=row[3],
        unit=row[4],
        due_on=row[5],
        status=row[6],
        value=row[7],
        currency=row[8],
        delivered_on=row[9],
        waived_reason=row[10],
        proof_note=row[11],
        proofs=proofs,
        make_good=row[12] is not None,
        owner=row[13],
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
            # Plain rows through the connection: none of the ORM's per-result work.
            reads = session.connection()
            collab = reads.execute(_COLLABORATION, {"collaboration": collaboration_id}).first()
            if collab is None:
                raise NotFoundError(
                    Message(
                        CONTEXT,
                        QT_TRANSLATE_NOOP("PitchContent", "There is no collaboration with id %1."),
                        (collaboration_id,),
                    )
                )
            addressed = _partner_id(reads, collaboration_id, partner_id)
            answers = tuple(
                (row[0], row[1].strip())
                for row in reads.execute(_ANSWERS, {"collaboration": collaboration_id})
                if row[1].strip()
            )
            ads = tuple(
                AdLine(row[0], row[1], row[2], row[3])
                for row in reads.execute(_ADS, {"collaboration": collaboration_id})
            )
            info = None if addressed is None else _partner_info(reads, addressed)
            return PitchContent(
                today=today or date.today(),
                library=_library(reads),
                collaboration_id=collaboration_id,
                title=collab[0],
                idea=collab[1],
                stage=collab[2],
                starts_on=collab[3],
                ends_on=collab[4],
                partner=info,
                answers=answers,
                figures=_figures(reads, collaboration_id, metric_names),
                ads=ads,
                promises=_promises(reads, collaboration_id, addressed),
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
