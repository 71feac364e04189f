"""The reads behind a pitch: its SQL statements and the functions that turn
their rows into pitch records. Reads only; never writes.

Plain SQL text through services/plain_rows, so the same statements serve
the window's PitchContentService (on the store's connection) and
`collabdesk pitch` (on a plain read-only sqlite3 connection, without
SQLAlchemy or the models). Values come back as the driver stores them and
are read here as the models' column types would hand them over."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from collabdesk.domain.enums import CommitmentStatus, Direction, PartnerRole, Recurrence, Stage
from collabdesk.services.audience_case import METRIC, amount, bound_day, day
from collabdesk.services.branch_sql import HOME_BRANCH_NAME_SQL
from collabdesk.services.errors import QT_TRANSLATE_NOOP, Message, NotFoundError
from collabdesk.services.pitch_model import (
    AdLine,
    ContactLine,
    LibraryInfo,
    PartnerInfo,
    PitchFigure,
    PromiseLine,
    SeriesLine,
)
from collabdesk.services.plain_rows import Run
from collabdesk.services.series_point import SeriesPoint

CONTEXT = "PitchContent"  # the translations' context, shared with the service

DEFAULT_FIGURES = 4  # when nobody picked statistics: the first few metrics
SERIES_LENGTH = 12  # months shown in a chart

# The reads select the columns a document prints rather than whole records.
COLLABORATION = (
    "SELECT title, idea, stage, starts_on, ends_on, title_translation, idea_translation"
    " FROM collaboration WHERE id = ?"
)
_TAKING_PART = (
    "SELECT collaboration_partner.partner_id, collaboration_partner.role, partner.name"
    " FROM collaboration_partner JOIN partner ON partner.id = collaboration_partner.partner_id"
    " WHERE collaboration_partner.collaboration_id = ?"
)
_PARTNER = "SELECT name, city, website, email, phone FROM partner WHERE id = ?"
_CONTACTS = "SELECT name, role, email, phone FROM contact WHERE partner_id = ? ORDER BY name, id"
ADS = (
    "SELECT advertising_item.name, advertising_item.unit, collaboration_ad_item.quantity,"
    " advertising_item.reach_per_unit, advertising_item.rate, advertising_item.currency"
    " FROM collaboration_ad_item"
    " JOIN advertising_item ON advertising_item.id = collaboration_ad_item.item_id"
    " WHERE collaboration_ad_item.collaboration_id = ? ORDER BY collaboration_ad_item.id"
)
_LIBRARY = (
    f"SELECT name, {HOME_BRANCH_NAME_SQL},"
    " city, website, brand_colour, logo_path, email, phone, logo,"
    " contact_name, contact_role, contact_phone, contact_email"
    " FROM library_profile ORDER BY id LIMIT 1"
)
_PICKED_METRICS = (
    "SELECT metric_name, period_start FROM collaboration_metric"
    " WHERE collaboration_id = ? ORDER BY position, id"
)
_DEFINED_METRICS = "SELECT name FROM metric_definition ORDER BY position, name"
# `{metric}`: the metric table as the document's scope sees it (services/library_face).
_RECORDED_METRICS = "SELECT DISTINCT name FROM {metric} ORDER BY name"
_SERIES = (
    "SELECT period_start, value, unit FROM {metric}"
    " WHERE name = ? AND branch = '' AND category = ''{until}"
    f" ORDER BY period_start DESC LIMIT {SERIES_LENGTH}"
)
_PROMISES = (
    "SELECT id, direction, description, quantity, unit, due_on, status, value, currency,"
    " delivered_on, waived_reason, proof_note, make_good_for_id, owner,"
    " description_translation, series_id FROM commitment WHERE collaboration_id = ?"
)


def _marks(values: Sequence[Any]) -> str:
    return ", ".join("?" * len(values))


def _day(stored: Any) -> date | None:
    return None if stored is None else day(stored)


def read_collaboration(run: Run, collaboration_id: int) -> tuple[Any, ...]:
    """title, idea, stage, starts_on, ends_on, and the two translations."""
    found = run(COLLABORATION, [collaboration_id])
    if not found:
        raise NotFoundError(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP("PitchContent", "There is no collaboration with id %1."),
                (collaboration_id,),
            )
        )
    title, idea, stage, starts_on, ends_on, title_translation, idea_translation = found[0]
    return (
        title, idea, Stage(stage), _day(starts_on), _day(ends_on),
        title_translation, idea_translation,
    )  # fmt: skip


def read_ads(run: Run, collaboration_id: int) -> tuple[AdLine, ...]:
    return tuple(
        AdLine(row[0], row[1], amount(row[2]), int(row[3]),
               None if row[4] is None else amount(row[4]), row[5] or "RUB")
        for row in run(ADS, [collaboration_id])
    )  # fmt: skip


def read_library(run: Run) -> LibraryInfo:
    found = run(_LIBRARY, [None])  # the first branch (branchdocs: the collaboration's)
    if not found:
        return LibraryInfo("", "", "", "", "#1F5C99", "")
    row = found[0]
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


def addressed_partner(run: Run, collaboration_id: int, partner_id: int | None) -> int | None:
    """The partner addressed: the one asked for (who must take part), else
    the main partner first by name."""
    taking_part = run(_TAKING_PART, [collaboration_id])
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
    main = sorted((row[2], row[0]) for row in taking_part if row[1] == PartnerRole.PARTNER)
    return main[0][1] if main else None


def read_partner(run: Run, partner_id: int) -> PartnerInfo:
    name, city, website, email, phone = run(_PARTNER, [partner_id])[0]
    contacts = run(_CONTACTS, [partner_id])
    return PartnerInfo(
        partner_id, name, city, website, email, phone,
        tuple(ContactLine(c[0], c[1], c[2], c[3]) for c in contacts),
    )  # fmt: skip


def _figure(run: Run, name: str, period: date | None, metric: str) -> PitchFigure | None:
    if period is None:
        found = run(_SERIES.format(metric=metric, until=""), [name])
    else:
        found = run(
            _SERIES.format(metric=metric, until=" AND period_start <= ?"),
            [name, bound_day(period)],
        )
    if not found:
        return None
    rows = [(day(r[0]), amount(r[1]), r[2]) for r in reversed(found)]
    last = rows[-1]
    return PitchFigure(
        name,
        last[2],
        last[1],
        last[0],
        tuple(SeriesPoint(r[0], r[1]) for r in rows),
    )


def read_figures(
    run: Run, collaboration_id: int, metric_names: Sequence[str] | None, metric: str = METRIC
) -> tuple[PitchFigure, ...]:
    """The figures a pitch shows, read from `metric` (the scope's table)."""
    picks: list[tuple[str, date | None]]
    if metric_names is not None:
        picks = [(name, None) for name in metric_names]
    else:
        found = run(_PICKED_METRICS, [collaboration_id])
        picks = [(row[0], _day(row[1])) for row in found]
    if metric_names is None and not picks:
        ordered = [row[0] for row in run(_DEFINED_METRICS, [])]
        ordered += [
            row[0]
            for row in run(_RECORDED_METRICS.format(metric=metric), [])
            if row[0] not in ordered
        ]
        figures: list[PitchFigure] = []
        for name in ordered:  # stop once there are enough: each figure is a query
            figure = _figure(run, name, None, metric)
            if figure is not None:
                figures.append(figure)
                if len(figures) == DEFAULT_FIGURES:
                    break
        return tuple(figures)
    return tuple(f for f in (_figure(run, n, p, metric) for n, p in picks) if f is not None)


def read_promises(
    run: Run, collaboration_id: int, partner_id: int | None
) -> tuple[PromiseLine, ...]:
    if partner_id is None:
        rows = run(_PROMISES + " ORDER BY due_on, id", [collaboration_id])
    else:
        rows = run(
            _PROMISES + " AND (partner_id = ? OR partner_id IS NULL) ORDER BY due_on, id",
            [collaboration_id, partner_id],
        )
    proofs: dict[int, list[str]] = {}
    ids = [r[0] for r in rows]
    for start in range(0, len(ids), 500):  # SQLite limits bound parameters
        chunk = ids[start : start + 500]
        for proof in run(
            "SELECT commitment_id, url, original_name, stored_name, note FROM commitment_proof"
            f" WHERE commitment_id IN ({_marks(chunk)}) ORDER BY id",
            chunk,
        ):
            label = proof[1] or proof[2] or proof[3] or proof[4]
            proofs.setdefault(proof[0], []).append(label)
    schedules: dict[int, SeriesLine] = {}
    series_ids = sorted({r[15] for r in rows if r[15] is not None})
    if series_ids:
        for found in run(
            "SELECT id, every, times, first_due_on FROM commitment_series"
            f" WHERE id IN ({_marks(series_ids)})",
            series_ids,
        ):
            schedules[found[0]] = SeriesLine(
                found[0], Recurrence(found[1]), int(found[2] or 0), day(found[3])
            )
    return tuple(_promise_line(r, tuple(proofs.get(r[0], ())), schedules.get(r[15])) for r in rows)


def _promise_line(
    row: Any, proofs: tuple[str, ...], series: SeriesLine | None = None
) -> PromiseLine:
    """A row of _PROMISES: id, the eleven printed columns, make-good link,
    owner, the description's translation, the series; and its schedule."""
    return PromiseLine(
        direction=Direction(row[1]),
        description=row[2],
        quantity=None if row[3] is None else amount(row[3]),
        unit=row[4],
        due_on=_day(row[5]),
        status=CommitmentStatus(row[6]),
        value=None if row[7] is None else amount(row[7]),
        currency=row[8],
        delivered_on=_day(row[9]),
        waived_reason=row[10],
        proof_note=row[11],
        proofs=proofs,
        make_good=row[12] is not None,
        owner=row[13],
        translation=row[14],
        series=series,
    )
