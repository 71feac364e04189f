"""Demo data for a fictional library: a dozen partners of every kind,
collaborations at several stages, commitments both ways and two years of
statistics with an audience breakdown. Dates are relative to today so the
demo always has something overdue and something due soon.

One collaboration (`showcase` in the JSON) is prepared to the end: every
required answer, per-partner answers for its two partners, statistics and
an advertising package picked, promises both ways with values and dates,
proofs with pictures. Its pitch shows the program at its best. The library
has a logo and a named contact, kept in the database like a real one's.
The statistics are written by demo_statistics.py."""

from __future__ import annotations

import json
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from collabdesk.domain.advertising import (
    AdvertisingItem,
    CollaborationAdItem,
    CollaborationMetric,
)
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
from collabdesk.domain.partner import Contact, Interaction, Partner, Tag
from collabdesk.resources_dir import resource
from collabdesk.services.branch_scope import first_branch_id
from collabdesk.services.branches import share_partners
from collabdesk.services.checklist import ChecklistService
from collabdesk.services.demo_marker import DEMO_MARKER, is_demo_folder
from collabdesk.services.demo_statistics import add_statistics
from collabdesk.services.errors import QT_TRANSLATE_NOOP, Message, ServiceError
from collabdesk.services.proofs import ProofInput, ProofService
from collabdesk.services.stage_moves import enter_first_stage
from collabdesk.services.transaction import Sessions, transaction

CONTEXT = "DemoData"

LANGUAGES = ("ru", "en")


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
    """No partner at all: asks for one row, not a count (130 ms at 100,000)."""
    with transaction(sessions) as session:
        return session.scalar(select(Partner.id).limit(1)) is None


def load_demo(
    sessions: Sessions,
    lang: str = "ru",
    today: date | None = None,
    *,
    data_dir: Path | None = None,
) -> int:
    """Fill an empty database; returns the number of partners added.

    Refuses when partners exist: demo rows mixed into real ones would be
    hard to tell apart and to remove. With `data_dir`, the proof pictures
    are copied into its proofs folder as any proof is; without one, the
    proofs keep their notes only.
    """
    content = demo_content(lang)
    today = today or date.today()
    proofs: list[tuple[int, dict[str, str]]] = []
    repeats: list[tuple[int, dict[str, Any]]] = []
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
        _library(session, content["library"])
        partners = _partners(session, content["partners"], today)
        items = _advertising(session, content.get("advertising", []))
        for item in content["collaborations"]:
            attached, repeated = _collaboration(session, item, partners, items, today)
            proofs += attached
            repeats += repeated
        add_statistics(session, content, today)
        count = len(partners)
    _proofs(sessions, proofs, data_dir)
    _repeats(sessions, repeats)
    # The questions say who may read each answer; the showcase's pitch needs them.
    ChecklistService(sessions).ensure_default_template()
    return count


def _library(session: Session, library: dict[str, Any]) -> None:
    if session.scalar(select(func.count(LibraryProfile.id))):
        return  # the library's own profile (the welcome dialog's name) is kept
    fields = {k: v for k, v in library.items() if k != "logo"}
    profile = LibraryProfile(**fields)
    if library.get("logo"):
        profile.logo = resource("demo", library["logo"]).read_bytes()
        profile.logo_name = library["logo"]
    session.add(profile)


def _partners(session: Session, items: list[dict[str, Any]], today: date) -> dict[str, Partner]:
    tags: dict[str, Tag] = {}
    partners: dict[str, Partner] = {}
    for item in items:
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
            may_be_named=bool(item.get("may_be_named", False)),
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
    session.flush()  # ids for per-partner answers
    return partners


def _advertising(session: Session, offers: list[dict[str, Any]]) -> dict[str, AdvertisingItem]:
    items: dict[str, AdvertisingItem] = {}
    for position, offer in enumerate(offers):
        item = AdvertisingItem(
            name=offer["name"],
            unit=offer["unit"],
            reach_per_unit=offer["reach_per_unit"],
            rate=None if offer["rate"] is None else Decimal(offer["rate"]),
            currency="RUB",
            position=(position + 1) * 10,
            active=True,
        )
        session.add(item)
        items[offer["name"]] = item
    session.flush()
    return items


def _answers(item: dict[str, Any], partners: dict[str, Partner]) -> list[ChecklistAnswer]:
    """Answers for the whole collaboration, then each partner's own."""
    shared = [(None, key, text) for key, text in item.get("checklist", {}).items()]
    own = [
        (partners[owner].id, key, text)
        for owner, texts in item.get("partner_checklist", {}).items()
        for key, text in texts.items()
    ]
    return [
        ChecklistAnswer(
            step_key=key.split(".")[0],
            question_key=key,
            partner_id=owner,
            answer=text,
            done=bool(text),
        )
        for owner, key, text in shared + own
    ]


def _collaboration(
    session: Session,
    item: dict[str, Any],
    partners: dict[str, Partner],
    items: dict[str, AdvertisingItem],
    today: date,
) -> tuple[list[tuple[int, dict[str, str]]], list[tuple[int, dict[str, Any]]]]:
    """Adds one collaboration; returns (commitment id, proof) pairs to attach
    and (commitment id, schedule) pairs to repeat."""

    def shifted(days: int | None) -> date | None:
        return None if days is None else today + timedelta(days=days)

    collab = Collaboration(
        branch_id=first_branch_id(session),  # a demo is a single library
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
    collab.answers = _answers(item, partners)
    session.add(collab)
    # A demo collaboration has been in its stage for two weeks (the details show it).
    enter_first_stage(session, collab, today - timedelta(days=14))
    share_partners(session, collab.branch_id, (cp.partner_id for cp in collab.participants))
    session.flush()
    for position, name in enumerate(item.get("metrics", [])):
        session.add(
            CollaborationMetric(collaboration_id=collab.id, metric_name=name, position=position)
        )
    for pick in item.get("ads", []):
        session.add(
            CollaborationAdItem(
                collaboration_id=collab.id,
                item_id=items[pick["name"]].id,
                quantity=Decimal(pick["quantity"]),
            )
        )
    proofs: list[tuple[int, dict[str, str]]] = []
    repeats: list[tuple[int, dict[str, Any]]] = []
    for promise in item["commitments"]:
        status = CommitmentStatus(promise["status"])
        due = shifted(promise["due_in"])
        commitment = Commitment(
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
            valuation_method=ValuationMethod(promise["method"]) if promise["method"] else None,
            delivered_on=due if status is CommitmentStatus.DELIVERED else None,
        )
        if promise.get("proofs"):
            commitment.proof_note = promise["proofs"][0].get("note", "")
        session.add(commitment)
        if promise.get("proofs") or promise.get("repeat"):
            session.flush()
            proofs += [(commitment.id, proof) for proof in promise.get("proofs", [])]
        if promise.get("repeat"):
            repeats.append((commitment.id, promise["repeat"]))
    return proofs, repeats


def _repeats(sessions: Sessions, repeats: list[tuple[int, dict[str, Any]]]) -> None:
    """Make the demo's recurring promises schedules, the way the Repeat… dialog does."""
    from collabdesk.domain.enums import Recurrence
    from collabdesk.services.commitment_series import CommitmentSeriesService, Schedule

    service = CommitmentSeriesService(sessions)
    for commitment_id, repeat in repeats:
        service.schedule(
            commitment_id, Schedule(Recurrence(repeat["every"]), times=int(repeat["times"]))
        )


def _proofs(
    sessions: Sessions, proofs: list[tuple[int, dict[str, str]]], data_dir: Path | None
) -> None:
    """Attach the proof pictures the way a person would (copied into the
    data folder's proofs/); without a folder the delivery notes stand alone."""
    if data_dir is None:
        return
    service = ProofService(sessions, data_dir)
    for commitment_id, proof in proofs:
        picture = resource("demo", proof["picture"])
        service.add(commitment_id, ProofInput(file=picture, note=proof.get("note", "")))


def fill_demo_folder(folder: Path, lang: str, back: list[str]) -> int:
    """A fresh demo database in `folder` (created; an earlier demo there is
    replaced), with `back` (the command that starts the person's own data)
    kept in its marker file. Returns the number of partners added.

    Refuses a folder that exists and is not a demo's: it may be someone's data."""
    import shutil

    from collabdesk.config import DATABASE_FILE, sqlite_url
    from collabdesk.store.database import open_database

    if folder.exists() and any(folder.iterdir()):
        if not is_demo_folder(folder):
            raise ServiceError(
                Message(
                    CONTEXT,
                    QT_TRANSLATE_NOOP(
                        "DemoData",
                        "The folder %1 already holds files that are not CollabDesk's demo; "
                        "nothing was changed.",
                    ),
                    (folder,),
                )
            )
        shutil.rmtree(folder)  # the demo's own folder, marked as such: start afresh
    folder.mkdir(parents=True, exist_ok=True)
    db = open_database(sqlite_url(folder / DATABASE_FILE))
    try:
        count = load_demo(db.sessions, lang, data_dir=folder)
    finally:
        db.close()
    marker = {"language": lang, "back": back}
    (folder / DEMO_MARKER).write_text(json.dumps(marker, ensure_ascii=False), "utf-8")
    return count
