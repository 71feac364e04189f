"""A recurring promise as documents list it: ONE line for the series
("Monthly attendance report — monthly, 12 in all, from January"), not twelve.

Content keeps every occurrence (balances, reliability and counts are over
occurrences, as reputation is); only the lists a reader sees are grouped,
by the renderers calling `grouped` on what they are about to list."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from decimal import Decimal

from collabdesk.domain.commitment_flow import OPEN_STATUSES
from collabdesk.domain.enums import CommitmentStatus
from collabdesk.services.pitch_model import PromiseLine


def _total(values: list[Decimal | None]) -> Decimal | None:
    present = [v for v in values if v is not None]
    return sum(present, Decimal(0)) if present else None


def _status(lines: list[PromiseLine]) -> CommitmentStatus:
    """Delivered when every occurrence listed is; open while any is open
    (started if any is started); else missed if any was missed; else waived."""
    statuses = {line.status for line in lines}
    if statuses == {CommitmentStatus.DELIVERED}:
        return CommitmentStatus.DELIVERED
    if statuses & OPEN_STATUSES:
        if CommitmentStatus.IN_PROGRESS in statuses:
            return CommitmentStatus.IN_PROGRESS
        return CommitmentStatus.PLANNED
    if CommitmentStatus.MISSED in statuses:
        return CommitmentStatus.MISSED
    return CommitmentStatus.WAIVED


def _one_line(lines: list[PromiseLine]) -> PromiseLine:
    first = lines[0]
    # The next date still to keep, while any is open; else the first one.
    open_lines = [line for line in lines if line.status in OPEN_STATUSES]
    dates = [line.due_on for line in open_lines or lines if line.due_on is not None]
    delivered = [line.delivered_on for line in lines if line.delivered_on is not None]
    status = _status(lines)
    return replace(
        first,
        quantity=_total([line.quantity for line in lines]),
        value=_total([line.value for line in lines]),
        due_on=min(dates) if dates else first.due_on,
        status=status,
        delivered_on=max(delivered) if status is CommitmentStatus.DELIVERED and delivered else None,
        proofs=tuple(proof for line in lines for proof in line.proofs),
        proof_note="; ".join(dict.fromkeys(line.proof_note for line in lines if line.proof_note)),
        waived_reason="; ".join(
            dict.fromkeys(line.waived_reason for line in lines if line.waived_reason)
        ),
        delivered_of=(
            sum(1 for line in lines if line.status is CommitmentStatus.DELIVERED),
            len(lines),
        ),
    )


def grouped(lines: Iterable[PromiseLine]) -> tuple[PromiseLine, ...]:
    """The lines with each series' occurrences folded into one line where
    its first occurrence stood: quantities and values summed, the next open
    due date (the earliest while none is open), one status for the whole
    (see _status)."""
    order: list[PromiseLine | int] = []
    series: dict[int, list[PromiseLine]] = {}
    for line in lines:
        if line.series is None:
            order.append(line)
            continue
        if line.series.id not in series:
            series[line.series.id] = []
            order.append(line.series.id)
        series[line.series.id].append(line)
    return tuple(
        item if isinstance(item, PromiseLine) else _one_line(series[item]) for item in order
    )
