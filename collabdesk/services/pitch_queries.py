"""The reads behind a pitch: prepared SQL statements and the functions that
turn their rows into pitch records. Reads only; never writes."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import Connection, bindparam, select

from collabdesk.domain.advertising import (
    AdvertisingItem,
    CollaborationAdItem,
    CollaborationMetric,
)
from collabdesk.domain.collaboration import Collaboration, CollaborationPartner
from collabdesk.domain.commitment import Commitment, CommitmentProof
from collabdesk.domain.commitment_series import CommitmentSeries
from collabdesk.domain.enums import PartnerRole
from collabdesk.domain.library import LibraryProfile
from collabdesk.domain.metric import Metric
from collabdesk.domain.metric_definition import MetricDefinition
from collabdesk.domain.partner import Contact, Partner
from collabdesk.services.errors import QT_TRANSLATE_NOOP, Message, NotFoundError
from collabdesk.services.pitch_model import (
    ContactLine,
    LibraryInfo,
    PartnerInfo,
    PitchFigure,
    PromiseLine,
    SeriesLine,
)
from collabdesk.services.statistics import SeriesPoint

CONTEXT = "PitchContent"  # the translations' context, shared with the service

DEFAULT_FIGURES = 4  # when nobody picked statistics: the first few metrics
SERIES_LENGTH = 12  # months shown in a chart


# The reads select the columns a document prints rather than whole ORM
# objects (no identity map, no timestamps converted), and each statement is
# built once with bound parameters: constructing a SELECT costs more than
# running it on a small table. Together they halve the gather.
_c = Commitment
_p = CommitmentProof
COLLABORATION = select(
    Collaboration.title,
    Collaboration.idea,
    Collaboration.stage,
    Collaboration.starts_on,
    Collaboration.ends_on,
    Collaboration.title_translation,
    Collaboration.idea_translation,
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
ADS = (
    select(
        AdvertisingItem.name,
        AdvertisingItem.unit,
        CollaborationAdItem.quantity,
        AdvertisingItem.reach_per_unit,
        AdvertisingItem.rate,
        AdvertisingItem.currency,
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
        LibraryProfile.logo,
        LibraryProfile.contact_name,
        LibraryProfile.contact_role,
        LibraryProfile.contact_phone,
        LibraryProfile.contact_email,
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
    .where(Metric.name == bindparam("name"), Metric.branch == "", Metric.category == "")
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
    _c.description_translation,
    _c.series_id,
).where(_c.collaboration_id == bindparam("collaboration"))
_ALL_PROMISES = _PROMISES.order_by(_c.due_on, _c.id)
_PROMISES_TO = _PROMISES.where(
    (_c.partner_id == bindparam("partner")) | _c.partner_id.is_(None)
).order_by(_c.due_on, _c.id)
_SCHEDULES = select(
    CommitmentSeries.id,
    CommitmentSeries.every,
    CommitmentSeries.times,
    CommitmentSeries.first_due_on,
).where(CommitmentSeries.id.in_(bindparam("series", expanding=True)))
_PROOFS = (
    select(_p.commitment_id, _p.url, _p.original_name, _p.stored_name, _p.note)
    .where(_p.commitment_id.in_(bindparam("commitments", expanding=True)))
    .order_by(_p.id)
)


def read_library(reads: Connection) -> LibraryInfo:
    row = reads.execute(_LIBRARY).first()
    if row is None:
        return LibraryInfo("", "", "", "", "#1F5C99", "")
    return LibraryInfo(
        row[0],
        row[1],
        row[2],
        row[3],
        row[4] or "#1F5C99",
        row[5],
        row[6],
        row[7],
        bytes(row[8]) if row[8] else None,
        row[9],
        row[10],
        row[11],
        row[12],
    )


def addressed_partner(
    reads: Connection, collaboration_id: int, partner_id: int | None
) -> int | None:
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


def read_partner(reads: Connection, partner_id: int) -> PartnerInfo:
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


def read_figures(
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


def read_promises(
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
    schedules: dict[int, SeriesLine] = {}
    series_ids = sorted({r[15] for r in rows if r[15] is not None})
    if series_ids:
        for found in reads.execute(_SCHEDULES, {"series": series_ids}):
            schedules[found[0]] = SeriesLine(found[0], found[1], int(found[2] or 0), found[3])
    return tuple(_promise_line(r, tuple(proofs.get(r[0], ())), schedules.get(r[15])) for r in rows)


def _promise_line(
    row: Any, proofs: tuple[str, ...], series: SeriesLine | None = None
) -> PromiseLine:
    """A row of _PROMISES: id, the eleven printed columns, make-good link,
    owner, the description's translation, the series; and its schedule."""
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
        translation=row[14],
        series=series,
    )
