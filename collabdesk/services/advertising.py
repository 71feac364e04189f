"""The advertising package: the library's catalogue of offers, and what one
collaboration picked from it and from the library's statistics.

The pitch PDF reads CollaborationAdItem and CollaborationMetric; this
service is the only writer of both.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from collabdesk.domain.advertising import AdvertisingItem, CollaborationAdItem, CollaborationMetric
from collabdesk.domain.collaboration import Collaboration
from collabdesk.domain.metric import Metric
from collabdesk.services.commitment_records import CURRENCY_LEN, _decimal
from collabdesk.services.errors import (
    QT_TRANSLATE_NOOP,
    FieldProblem,
    InUseError,
    Message,
    NotFoundError,
    ValidationError,
)
from collabdesk.services.transaction import Sessions, transaction
from collabdesk.services.validation import Checker, clean_line

CONTEXT = "AdvertisingService"

REACH_MAX = 1_000_000_000


@dataclass(frozen=True)
class AdItemDraft:
    name: str
    unit: str = ""
    reach_per_unit: int = 0
    rate: Decimal | None = None
    currency: str = "RUB"
    active: bool = True


@dataclass(frozen=True)
class AdItemRecord:
    id: int
    name: str
    unit: str
    reach_per_unit: int
    rate: Decimal | None
    currency: str
    position: int
    active: bool

    def to_draft(self) -> AdItemDraft:
        return AdItemDraft(
            self.name, self.unit, self.reach_per_unit, self.rate, self.currency, self.active
        )


@dataclass(frozen=True)
class PickedItem:
    item: AdItemRecord
    quantity: Decimal

    @property
    def reach(self) -> int:
        return int(self.item.reach_per_unit * self.quantity)


@dataclass(frozen=True)
class StatisticChoice:
    """A metric the library records, with its latest figure."""

    name: str
    latest_period: date
    latest_value: Decimal
    unit: str


def _clean(draft: AdItemDraft) -> AdItemDraft:
    name, unit = clean_line(draft.name), clean_line(draft.unit)
    currency = clean_line(draft.currency).upper() or "RUB"
    check = Checker()
    check.required("name", name, QT_TRANSLATE_NOOP("Field", "Name"))
    check.max_length("name", name, 200, QT_TRANSLATE_NOOP("Field", "Name"))
    check.max_length("unit", unit, 60, QT_TRANSLATE_NOOP("Field", "Unit"))
    if not 0 <= int(draft.reach_per_unit) <= REACH_MAX:
        check.problems.append(
            FieldProblem(
                "reach_per_unit",
                "bad_number",
                Message(
                    CONTEXT,
                    QT_TRANSLATE_NOOP("AdvertisingService", "Reach per unit must be 0 or more."),
                ),
            )
        )
    if len(currency) != CURRENCY_LEN or not currency.isalpha():
        check.problems.append(
            FieldProblem(
                "currency",
                "bad_currency",
                Message(
                    CONTEXT,
                    QT_TRANSLATE_NOOP(
                        "AdvertisingService", "Currency is a three-letter code like RUB."
                    ),
                ),
            )
        )
    if check.problems:
        raise ValidationError(check.problems)
    rate = _decimal("rate", draft.rate)
    if rate is not None and rate < 0:
        raise ValidationError(
            [
                FieldProblem(
                    "rate",
                    "bad_number",
                    Message(
                        CONTEXT,
                        QT_TRANSLATE_NOOP("AdvertisingService", "The rate cannot be negative."),
                    ),
                )
            ]
        )
    return AdItemDraft(name, unit, int(draft.reach_per_unit), rate, currency, draft.active)


def _record(item: AdvertisingItem) -> AdItemRecord:
    return AdItemRecord(
        item.id,
        item.name,
        item.unit,
        item.reach_per_unit,
        item.rate,
        item.currency,
        item.position,
        item.active,
    )


def _collaboration(session: Session, collaboration_id: int) -> Collaboration:
    collab = session.get(Collaboration, collaboration_id)
    if collab is None:
        raise NotFoundError(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP("AdvertisingService", "There is no collaboration with id %1."),
                (collaboration_id,),
            )
        )
    return collab


class AdvertisingService:
    def __init__(self, sessions: Sessions) -> None:
        self._sessions = sessions

    # --- catalogue -------------------------------------------------------------
    def catalogue(self, include_inactive: bool = False) -> list[AdItemRecord]:
        with transaction(self._sessions) as session:
            stmt = select(AdvertisingItem).order_by(AdvertisingItem.position, AdvertisingItem.id)
            if not include_inactive:
                stmt = stmt.where(AdvertisingItem.active.is_(True))
            return [_record(i) for i in session.scalars(stmt)]

    def add_item(self, draft: AdItemDraft) -> AdItemRecord:
        draft = _clean(draft)
        with transaction(self._sessions, "advertising item") as session:
            last = session.scalar(select(func.max(AdvertisingItem.position))) or 0
            item = AdvertisingItem(**draft.__dict__, position=last + 10)
            session.add(item)
            session.flush()
            return _record(item)

    def update_item(self, item_id: int, draft: AdItemDraft) -> AdItemRecord:
        draft = _clean(draft)
        with transaction(self._sessions, "advertising item", item_id) as session:
            item = self._item(session, item_id)
            for key, value in draft.__dict__.items():
                setattr(item, key, value)
            session.flush()
            return _record(item)

    def delete_item(self, item_id: int) -> None:
        """Delete an unused item; one offered in a collaboration is refused
        (make it inactive instead, so old pitches still show it)."""
        with transaction(self._sessions, "advertising item", item_id) as session:
            item = self._item(session, item_id)
            used = session.scalar(
                select(func.count(CollaborationAdItem.id)).where(
                    CollaborationAdItem.item_id == item_id
                )
            )
            if used:
                raise InUseError(
                    Message(
                        CONTEXT,
                        QT_TRANSLATE_NOOP(
                            "AdvertisingService",
                            "“%1” is offered in collaborations (%2); mark it inactive "
                            "instead of deleting it.",
                        ),
                        (item.name, used),
                    )
                )
            session.delete(item)

    # --- one collaboration's pick ------------------------------------------------
    def picked_items(self, collaboration_id: int) -> list[PickedItem]:
        with transaction(self._sessions) as session:
            rows = session.scalars(
                select(CollaborationAdItem)
                .join(CollaborationAdItem.item)
                .where(CollaborationAdItem.collaboration_id == collaboration_id)
                .order_by(AdvertisingItem.position, AdvertisingItem.id)
            )
            return [PickedItem(_record(r.item), r.quantity) for r in rows]

    def set_items(self, collaboration_id: int, quantities: dict[int, Decimal]) -> list[PickedItem]:
        """Replace the collaboration's pick: item id → quantity (0 drops it)."""
        wanted = {}
        for item_id, quantity in quantities.items():
            number = _decimal("quantity", quantity)
            if number is not None and number > 0:
                wanted[item_id] = number
        with transaction(self._sessions, "collaboration", collaboration_id) as session:
            _collaboration(session, collaboration_id)
            for item_id in wanted:
                self._item(session, item_id)
            current = {
                r.item_id: r
                for r in session.scalars(
                    select(CollaborationAdItem).where(
                        CollaborationAdItem.collaboration_id == collaboration_id
                    )
                )
            }
            for item_id, row in current.items():
                if item_id not in wanted:
                    session.delete(row)
                else:
                    row.quantity = wanted[item_id]
            for item_id, quantity in wanted.items():
                if item_id not in current:
                    session.add(
                        CollaborationAdItem(
                            collaboration_id=collaboration_id, item_id=item_id, quantity=quantity
                        )
                    )
        return self.picked_items(collaboration_id)

    def total_reach(self, collaboration_id: int) -> int:
        return sum(p.reach for p in self.picked_items(collaboration_id))

    # --- statistics -----------------------------------------------------------------
    def statistic_choices(self) -> list[StatisticChoice]:
        """Each recorded metric once, with its latest figure (all branches summed;
        totals only, never a breakdown's parts added to them)."""
        with transaction(self._sessions) as session:
            latest = (
                select(Metric.name, func.max(Metric.period_start).label("period"))
                .where(Metric.category == "")
                .group_by(Metric.name)
                .subquery()
            )
            rows = session.execute(
                select(Metric.name, Metric.period_start, func.sum(Metric.value), Metric.unit)
                .join(
                    latest,
                    (Metric.name == latest.c.name) & (Metric.period_start == latest.c.period),
                )
                .where(Metric.category == "")
                .group_by(Metric.name, Metric.period_start, Metric.unit)
                .order_by(Metric.name)
            )
            return [StatisticChoice(n, p, Decimal(v), u) for n, p, v, u in rows]

    def picked_metrics(self, collaboration_id: int) -> list[str]:
        with transaction(self._sessions) as session:
            return list(
                session.scalars(
                    select(CollaborationMetric.metric_name)
                    .where(CollaborationMetric.collaboration_id == collaboration_id)
                    .order_by(CollaborationMetric.position, CollaborationMetric.id)
                )
            )

    def set_metrics(self, collaboration_id: int, names: list[str]) -> list[str]:
        """Replace the statistics shown in the pitch (always their latest period)."""
        names = list(dict.fromkeys(clean_line(n) for n in names if clean_line(n)))
        with transaction(self._sessions, "collaboration", collaboration_id) as session:
            _collaboration(session, collaboration_id)
            current = {
                r.metric_name: r
                for r in session.scalars(
                    select(CollaborationMetric).where(
                        CollaborationMetric.collaboration_id == collaboration_id
                    )
                )
            }
            for name, row in current.items():
                if name not in names:
                    session.delete(row)
            session.flush()
            for position, name in enumerate(names):
                existing = current.get(name)
                if existing is None:
                    session.add(
                        CollaborationMetric(
                            collaboration_id=collaboration_id,
                            metric_name=name,
                            period_start=None,
                            position=position,
                        )
                    )
                else:
                    existing.position = position
        return self.picked_metrics(collaboration_id)

    @staticmethod
    def _item(session: Session, item_id: int) -> AdvertisingItem:
        item = session.get(AdvertisingItem, item_id)
        if item is None:
            raise NotFoundError(
                Message(
                    CONTEXT,
                    QT_TRANSLATE_NOOP(
                        "AdvertisingService", "There is no advertising item with id %1."
                    ),
                    (item_id,),
                )
            )
        return item
