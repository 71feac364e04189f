"""The meeting copy taken to a partner keeps no internal text at all: a grep
of the raw file's bytes finds none of it (answers to staff-only questions,
staff-only fields, notes, interactions, the change history with its old
values, the Trash, plan-B partners, valuation methods), while the
partner-facing text and the logo's bytes travel."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from collabdesk.domain import checklist as keys
from collabdesk.domain.checklist import ChecklistStep
from collabdesk.domain.enums import Direction, Stage, ValuationMethod
from collabdesk.services.collaborations import CollaborationDraft
from collabdesk.services.commitment_records import CommitmentDraft
from collabdesk.services.contacts import ContactDraft
from collabdesk.services.desk import Desk
from collabdesk.services.interactions import InteractionDraft
from collabdesk.services.meeting_copy import make_meeting_copy
from collabdesk.services.partners import PartnerDraft
from collabdesk.services.proofs import ProofInput
from collabdesk.store.database import Database, open_database, sqlite_url

LOGO = b"\x89PNG\r\n\x1a\n" + b"LOGO-BYTES-\xf0\x9f\x93\x9a-42" * 20

INTERNAL = [f"ВНУТРЕННЕЕ-{n}" for n in range(1, 24)]
PUBLIC = [
    "ПУБЛИЧНОЕ-название",
    "PUBLIC-title-en",
    "ПУБЛИЧНОЕ-идея",
    "ПУБЛИЧНОЕ-цель",
    "PUBLIC-goal-en",
    "ПУБЛИЧНОЕ-выгода",
    "ПУБЛИЧНОЕ-обещание",
    "PUBLIC-promise-en",
    "ПУБЛИЧНОЕ-Музей",
    "ПУБЛИЧНОЕ-свой-вопрос",
]


def build_office(desk: Desk, tmp_path: Path) -> int:
    """One collaboration with an internal string in every internal place."""
    desk.checklist.ensure_default_template()
    logo = tmp_path / "logo.png"
    logo.write_bytes(LOGO)
    desk.library.set_logo(logo)
    museum = desk.partners.create(
        PartnerDraft(
            name="ПУБЛИЧНОЕ-Музей",
            notes=INTERNAL[0],
            values_notes=INTERNAL[1],
            owner=INTERNAL[2],
        )
    )
    desk.contacts.add(museum.id, ContactDraft("Анна Петрова", notes=INTERNAL[3]))
    desk.interactions.add(museum.id, InteractionDraft(date(2026, 5, 1), summary=INTERNAL[4]))
    plan_b = desk.partners.create(PartnerDraft(name=INTERNAL[5]))
    collab = desk.collaborations.create(
        CollaborationDraft(
            title=INTERNAL[6],  # the old title: only the change history holds it
            idea="ПУБЛИЧНОЕ-идея",
            partner_ids=(museum.id,),
            alternative_ids=(plan_b.id,),
        )
    )
    desk.collaborations.update(
        collab.id,
        CollaborationDraft(
            **{
                **collab.to_draft().__dict__,
                "title": "ПУБЛИЧНОЕ-название",
                "title_translation": "PUBLIC-title-en",
            }
        ),
    )

    def say(key: str, text: str, partner: int | None = None, lang: str | None = None) -> None:
        desk.collaborations.save_answer(
            collab.id, key.split(".")[0], key, text, True, partner, lang
        )

    say(keys.GOAL, INTERNAL[7])  # overwritten below: the old value is history
    say(keys.GOAL, "ПУБЛИЧНОЕ-цель")
    say(keys.GOAL, "PUBLIC-goal-en", lang="en")
    say(keys.BRAND_VALUE, "ПУБЛИЧНОЕ-выгода", museum.id)
    say(keys.COLLEAGUES, INTERNAL[8])
    say(keys.IF_DECLINED, INTERNAL[9])
    say(keys.IF_DECLINED, INTERNAL[10], lang="en")  # an internal answer's translation
    say(keys.VALUES_NOTE, INTERNAL[11])
    say(keys.FALLBACK_IDEA, INTERNAL[12])
    own = desk.checklist.add_question(ChecklistStep.WHY, "Who agreed inside?")
    say(own.key, INTERNAL[13])
    shown = desk.checklist.add_question(ChecklistStep.WHY, "For the partner", audience="partner")
    say(shown.key, "ПУБЛИЧНОЕ-свой-вопрос")
    promise = desk.commitments.add(
        collab.id,
        CommitmentDraft(
            Direction.LIBRARY_GIVES,
            "ПУБЛИЧНОЕ-обещание",
            partner_id=museum.id,
            due_on=date(2027, 3, 1),
            owner=INTERNAL[14],
            value=Decimal("15000"),
            valuation_method=ValuationMethod.REACH_TIMES_RATE,
            proof_note=INTERNAL[15],
            description_translation="PUBLIC-promise-en",
        ),
    )
    desk.proofs.add(promise.id, ProofInput(url="https://example.org/p", added_by=INTERNAL[16]))
    waived = desk.commitments.add(
        collab.id, CommitmentDraft(Direction.PARTNER_GIVES, "Отменённое", owner="x")
    )
    desk.commitments.waive(waived.id, INTERNAL[17])
    deleted = desk.partners.create(PartnerDraft(name=INTERNAL[18]))
    desk.partners.delete(deleted.id)  # the Trash keeps it
    other = desk.collaborations.create(CollaborationDraft(title=INTERNAL[19]))
    desk.collaborations.save_answer(other.id, "why", keys.GOAL, INTERNAL[20], True)
    # Stage reasons are the office's ("declined: too expensive"): the earlier
    # one is only in the stage history, the last also on the collaboration.
    desk.collaborations.move(collab.id, Stage.ON_HOLD, INTERNAL[21])
    desk.collaborations.move(collab.id, Stage.DECLINED, INTERNAL[22])
    return collab.id


@pytest.fixture
def office(tmp_path: Path) -> Iterator[tuple[Database, int]]:
    db = open_database(sqlite_url(tmp_path / "office.sqlite3"))
    collab = build_office(Desk.over(db.sessions), tmp_path)
    yield db, collab
    db.close()


def test_no_internal_text_is_left_in_the_files_bytes(
    office: tuple[Database, int], tmp_path: Path
) -> None:
    db, collab = office
    source = db.sqlite_path
    assert source is not None
    before = source.read_bytes() + b"".join(
        p.read_bytes() for p in source.parent.glob(source.name + "-*")
    )
    # The office really holds every internal string (or the test proves nothing).
    assert [s for s in INTERNAL if s.encode() not in before] == []

    target = make_meeting_copy(source, tmp_path / "meeting" / "collabdesk.sqlite3", [collab])

    raw = target.read_bytes()
    assert [s for s in INTERNAL if s.encode() in raw] == []
    assert [s for s in PUBLIC if s.encode() not in raw] == []
    assert LOGO in raw  # the logo travels as bytes, not as a path
    assert sorted(p.name for p in target.parent.iterdir()) == ["collabdesk.sqlite3"]
    conn = sqlite3.connect(target)
    try:
        assert conn.execute("SELECT valuation_method FROM commitment").fetchall() == [
            (None,),
            (None,),
        ]
        assert conn.execute("SELECT role FROM collaboration_partner").fetchall() == [("partner",)]
        assert conn.execute("SELECT stage, stage_reason FROM collaboration").fetchall() == [
            ("declined", "")
        ]
        steps = conn.execute("SELECT to_stage, reason FROM stage_change ORDER BY id").fetchall()
        assert steps == [("idea", ""), ("on_hold", ""), ("declined", "")]
        assert conn.execute("SELECT logo FROM library_profile").fetchone()[0] == LOGO
        assert conn.execute("PRAGMA freelist_count").fetchone()[0] == 0
        found = conn.execute("SELECT rowid FROM commitment_fts WHERE commitment_fts MATCH 'обещ'")
        assert len(found.fetchall()) == 1  # the search index was rebuilt, not emptied
    finally:
        conn.close()


def test_the_meeting_mode_reads_the_copy(office: tuple[Database, int], tmp_path: Path) -> None:
    """The pruned copy still opens through the services: the pitch's answers
    are there, the internal ones are not."""
    from collabdesk.services.partner_facing import partner_facing_answers
    from collabdesk.store.read_only import open_read_only

    db, collab = office
    assert db.sqlite_path is not None
    target = make_meeting_copy(db.sqlite_path, tmp_path / "m.sqlite3", [collab])
    copy = open_read_only(target)
    try:
        desk = Desk.over(copy.sessions)
        record = desk.collaborations.get(collab)
        assert record.title == "ПУБЛИЧНОЕ-название" and record.alternatives == ()
        partner = record.partners[0].partner_id
        assert desk.partners.get(partner).notes == ""
        with copy.engine.connect() as reads:
            texts = partner_facing_answers(reads, collab, partner, "ru").texts
        assert texts[keys.GOAL] == "ПУБЛИЧНОЕ-цель"
        assert texts[keys.BRAND_VALUE] == "ПУБЛИЧНОЕ-выгода"
        shared = {a.question_key for a in desk.collaborations.every_answer(collab)}
        assert keys.IF_DECLINED not in shared and keys.COLLEAGUES not in shared
    finally:
        copy.close()
