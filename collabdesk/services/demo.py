"""Demo data for a fictional library: a dozen partners of every kind,
collaborations at several stages, commitments both ways and a year of
statistics. Dates are relative to today so the demo always has something
overdue and something due soon."""

from __future__ import annotations

import json
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select

from collabdesk.domain.advertising import AdvertisingItem
from collabdesk.domain.collaboration import ChecklistAnswer, Collaboration, CollaborationPartner
from collabdesk.domain.commitment import Commitment
from collabdesk.domain.enums import (
    CommitmentStatus,
    Direction,
    InteractionKind,
    PartnerKind,
    PartnerRole,
    PartnerStatus,
    Stage,
    ValuationMethod,
)
from collabdesk.domain.library import LibraryProfile
from collabdesk.domain.metric import Metric
from collabdesk.domain.partner import Contact, Interaction, Partner, Tag
from collabdesk.resources_dir import resource
from collabdesk.services.errors import QT_TRANSLATE_NOOP, Message, ServiceError
from collabdesk.services.transaction import Sessions, transaction

CONTEXT = "DemoData"

LANGUAGES = ("ru", "en")
MONTHS_OF_STATISTICS = 12


def demo_content(lang: str) -> dict[str, Any]:
    if lang not in LANGUAGES:
        raise ServiceError(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "DemoData", "Demo data exists in Russian (ru) and English (en), not '%1'."
                ),
                (lang,),
            )
        )
    data: dict[str, Any] = json.loads(resource("demo", f"demo_{lang}.json").read_text("utf-8"))
    return data


def is_empty(sessions: Sessions) -> bool:
    with transaction(sessions) as session:
        return not session.scalar(select(func.count(Partner.id)))


def _month_start(today: date, months_back: int) -> date:
    index = today.year * 12 + today.month - 1 - months_back
    return date(index // 12, index % 12 + 1, 1)


def load_demo(sessions: Sessions, lang: str = "ru", today: date | None = None) -> int:
    """Fill an empty database; returns the number of partners added.

    Refuses when partners exist: demo rows mixed into real ones would be
    hard to tell apart and to remove.
    """
    content = demo_content(lang)
    today = today or date.today()
    with transaction(sessions) as session:
        if session.scalar(select(func.count(Partner.id))):
            raise ServiceError(
                Message(
                    CONTEXT,
                    QT_TRANSLATE_NOOP(
                        "DemoData",
                        "The database already holds partners; demo data is only added to "
                        "an empty one.",
                    ),
                )
            )
        if session.scalar(select(func.count(LibraryProfile.id))) == 0:
            session.add(LibraryProfile(**content["library"]))
        tags: dict[str, Tag] = {}
        partners: dict[str, Partner] = {}
        for item in content["partners"]:
            partner = Partner(
                name=item["name"],
                kind=PartnerKind(item["kind"]),
                status=PartnerStatus(item["status"]),
                city=item["city"],
                website=item["website"],
                email=item["email"],
                phone=item["phone"],
                values_notes=item["values_notes"],
                owner=item["owner"],
                notes="",
            )
            partner.tags = [tags.setdefault(name, Tag(name=name)) for name in item["tags"]]
            partner.contacts = [Contact(**contact) for contact in item["contacts"]]
            partner.interactions = [
                Interaction(
                    occurred_on=today - timedelta(days=event["days_ago"]),
                    kind=InteractionKind(event["kind"]),
                    summary=event["summary"],
                )
                for event in item["interactions"]
            ]
            session.add(partner)
            partners[item["key"]] = partner

        def shifted(days: int | None) -> date | None:
            return None if days is None else today + timedelta(days=days)

        for item in content["collaborations"]:
            collab = Collaboration(
                title=item["title"],
                idea=item["idea"],
                stage=Stage(item["stage"]),
                starts_on=shifted(item["starts_in"]),
                ends_on=shifted(item["ends_in"]),
            )
            collab.participants = [
                CollaborationPartner(partner=partners[key], role=PartnerRole.PARTNER)
                for key in item["partners"]
            ] + [
                CollaborationPartner(partner=partners[key], role=PartnerRole.ALTERNATIVE)
                for key in item["alternatives"]
            ]
            collab.answers = [
                ChecklistAnswer(
                    step_key=key.split(".")[0], question_key=key, answer=text, done=bool(text)
                )
                for key, text in item.get("checklist", {}).items()
            ]
            session.add(collab)
            for promise in item["commitments"]:
                status = CommitmentStatus(promise["status"])
                due = shifted(promise["due_in"])
                session.add(
                    Commitment(
                        collaboration=collab,
                        partner=partners[promise["partner"]],
                        direction=Direction(promise["direction"]),
                        description=promise["description"],
                        quantity=Decimal(promise["quantity"]),
                        unit=promise["unit"],
                        due_on=due,
                        owner=promise["owner"],
                        status=status,
                        value=None if promise["value"] is None else Decimal(promise["value"]),
                        currency="RUB",
                        valuation_method=ValuationMethod(promise["method"])
                        if promise["method"]
                        else None,
                        delivered_on=due if status is CommitmentStatus.DELIVERED else None,
                    )
                )
        for metric in content["metrics"]:
            for back in range(MONTHS_OF_STATISTICS):
                # A gentle upward trend with a summer dip, as libraries see.
                month = _month_start(today, back + 1)
                season = Decimal("0.85") if month.month in (6, 7, 8) else Decimal("1")
                value = (metric["base"] + metric["step"] * (MONTHS_OF_STATISTICS - back)) * season
                session.add(
                    Metric(
                        name=metric["name"],
                        period_start=month,
                        value=Decimal(value).quantize(Decimal("1")),
                        unit=metric["unit"],
                        source=content.get("statistics_source", "demo"),
                        branch="",
                    )
                )
        for position, offer in enumerate(content.get("advertising", [])):
            session.add(
                AdvertisingItem(
                    name=offer["name"],
                    unit=offer["unit"],
                    reach_per_unit=offer["reach_per_unit"],
                    rate=None if offer["rate"] is None else Decimal(offer["rate"]),
                    currency="RUB",
                    position=(position + 1) * 10,
                    active=True,
                )
            )
        return len(partners)
