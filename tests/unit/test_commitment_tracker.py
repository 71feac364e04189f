"""Commitments: status transitions, make-goods, the tracker query, proofs,
reputation arithmetic, value balance, iCalendar export and renewal."""

from __future__ import annotations

import os
import stat
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from icalendar import Calendar

from collabdesk.domain.enums import CommitmentStatus, Direction, Stage
from collabdesk.services.calendar_export import CalendarOptions
from collabdesk.services.collaborations import CollaborationDraft
from collabdesk.services.commitment_records import CommitmentDraft
from collabdesk.services.commitment_tracker import DueWindow, SortKey, TrackerQuery
from collabdesk.services.desk import Desk
from collabdesk.services.errors import NotFoundError, ValidationError
from collabdesk.services.partners import PartnerDraft
from collabdesk.services.proofs import ProofInput
from collabdesk.services.renewal import next_year
from collabdesk.store.database import Database

TODAY = date(2026, 11, 18)  # a Wednesday
GIVES, GETS = Direction.LIBRARY_GIVES, Direction.PARTNER_GIVES
S = CommitmentStatus


@pytest.fixture
def pdesk(db: Database, tmp_path: Path) -> Desk:
    return Desk.over(db.sessions, data_dir=tmp_path / "data")


@pytest.fixture
def partner(pdesk: Desk) -> int:
    return pdesk.partners.create(PartnerDraft(name="Кофейня «Зерно»")).id


@pytest.fixture
def collab(pdesk: Desk, partner: int) -> int:
    draft = CollaborationDraft(title="Фестиваль 2026", partner_ids=(partner,))
    return pdesk.collaborations.create(draft).id


def add(desk: Desk, collab: int, direction: Direction, due: date | None, **kw: object) -> int:
    draft = CommitmentDraft(direction=direction, description=kw.pop("text", "promise"), due_on=due)
    return desk.commitments.add(collab, replace(draft, **kw)).id  # type: ignore[arg-type]


# --- statuses ------------------------------------------------------------------
def test_the_normal_path_and_refused_moves(pdesk: Desk, collab: int) -> None:
    cid = add(pdesk, collab, GIVES, date(2026, 11, 1))
    assert pdesk.commitments.start(cid).status is S.IN_PROGRESS
    done = pdesk.commitments.deliver(cid, date(2026, 11, 2), today=TODAY)
    assert done.status is S.DELIVERED and done.delivered_on == date(2026, 11, 2)
    with pytest.raises(ValidationError, match="from “delivered” to “missed”"):
        pdesk.commitments.miss(cid)
    with pytest.raises(ValidationError, match="to “waived”"):
        pdesk.commitments.waive(cid, "changed our minds")
    assert pdesk.commitments.get(cid).status is S.DELIVERED


def test_editing_cannot_jump_out_of_a_final_status(pdesk: Desk, collab: int) -> None:
    cid = add(pdesk, collab, GETS, None)
    pdesk.commitments.miss(cid)
    record = pdesk.commitments.get(cid)
    with pytest.raises(ValidationError) as refused:
        pdesk.commitments.update(cid, replace(record.to_draft(), status=S.PLANNED))
    assert refused.value.for_field("status") is not None
    # editing the text of a missed commitment is still fine
    edited = pdesk.commitments.update(cid, replace(record.to_draft(), description="Renamed"))
    assert edited.description == "Renamed" and edited.status is S.MISSED


def test_waive_needs_a_reason(pdesk: Desk, collab: int) -> None:
    cid = add(pdesk, collab, GETS, None)
    with pytest.raises(ValidationError, match="reason"):
        pdesk.commitments.waive(cid, "   ")
    waived = pdesk.commitments.waive(cid, "Partner closed for renovation <b>")
    assert waived.status is S.WAIVED
    assert waived.waived_reason == "Partner closed for renovation <b>"


def test_delivery_date_in_the_future_is_refused(pdesk: Desk, collab: int) -> None:
    cid = add(pdesk, collab, GIVES, None)
    with pytest.raises(ValidationError, match="future"):
        pdesk.commitments.deliver(cid, date(2026, 12, 1), today=TODAY)
    assert pdesk.commitments.get(cid).status is S.PLANNED


def test_make_good_replaces_a_missed_commitment(pdesk: Desk, collab: int, partner: int) -> None:
    cid = add(
        pdesk, collab, GETS, date(2026, 10, 1), partner_id=partner, value=Decimal("100"), owner="Ия"
    )
    with pytest.raises(ValidationError, match="Only a missed"):
        pdesk.commitments.make_good(cid, "Second try", date(2026, 12, 1))
    pdesk.commitments.miss(cid)
    good = pdesk.commitments.make_good(cid, "Coffee for two events instead", date(2026, 12, 1))
    assert good.make_good_for_id == cid
    assert good.status is S.PLANNED
    assert (good.partner_id, good.direction, good.owner) == (partner, GETS, "Ия")
    assert good.collaboration_id == collab
    with pytest.raises(NotFoundError):
        pdesk.commitments.make_good(999_999, "x", None)


# --- tracker -------------------------------------------------------------------
def test_tracker_filters_windows_and_text(pdesk: Desk, collab: int, partner: int) -> None:
    late = add(pdesk, collab, GIVES, date(2026, 11, 10), text="Зал на вечер", owner="Анна")
    week = add(pdesk, collab, GETS, date(2026, 11, 21), text="Кофе", partner_id=partner)
    month = add(pdesk, collab, GETS, date(2026, 11, 30), text="Афиши 50% скидка")
    later = add(pdesk, collab, GIVES, date(2027, 1, 5), text="Logo on site")
    done_late = add(pdesk, collab, GIVES, date(2026, 11, 1), text="Stand")
    pdesk.commitments.deliver(done_late, date(2026, 11, 3), today=TODAY)
    tracker = pdesk.tracker

    def ids(**kw: object) -> list[int]:
        query = TrackerQuery(today=TODAY, **kw)  # type: ignore[arg-type]
        rows = tracker.page(query)
        assert tracker.count(query) == len(rows)
        return [r.id for r in rows]

    assert ids(window=DueWindow.OVERDUE) == [late]  # delivered late is not overdue
    assert ids(window=DueWindow.SOON) == [late, week]
    assert ids(window=DueWindow.THIS_WEEK) == [week]  # Mon 16 – Sun 22 November
    assert set(ids(window=DueWindow.THIS_MONTH)) == {late, week, month, done_late}
    assert ids(direction=GETS) == [week, month]
    assert ids(owner="Анна") == [late]
    assert ids(partner_id=partner) == [week]
    assert ids(text="зал") == [late]  # Cyrillic, other case
    assert ids(text="зерно") == [week]  # partner name
    assert ids(text="50%") == [month]  # % is literal
    assert ids(text="фестиваль") == [done_late, late, week, month, later]  # title
    assert ids(without_proof=True) == [done_late]
    assert ids(sort=SortKey.DUE, descending=True)[0] == later
    [row] = tracker.page(TrackerQuery(today=TODAY, window=DueWindow.OVERDUE))
    assert row.overdue and row.collaboration_title == "Фестиваль 2026"
    assert tracker.owners() == ["Анна"]


def test_text_search_folds_cyrillic_case_and_follows_edits(
    pdesk: Desk, collab: int, partner: int
) -> None:
    hall = add(pdesk, collab, GIVES, date(2026, 12, 1), text="ЗАЛ на Ёлку", owner="Пётр")
    cups = add(pdesk, collab, GETS, date(2026, 12, 2), text="Кружки", unit="штук")
    tracker = pdesk.tracker

    def ids(text: str) -> list[int]:
        query = TrackerQuery(today=TODAY, text=text)
        rows = tracker.page(query)
        assert tracker.count(query) == len(rows)
        return [r.id for r in rows]

    assert ids("зал ёлку") == [hall]  # upper-case Cyrillic, ё typed as е or ё
    assert ids("елку зал") == [hall]  # words in any order
    assert ids("петр") == [hall]  # the owner
    assert ids("ШТУК") == [cups]  # the unit
    assert ids("кр") == [cups]  # too short for the trigram index: still found
    assert ids("кружки зерно") == []  # every word must match the same thing
    record = pdesk.commitments.get(cups)
    pdesk.commitments.update(cups, replace(record.to_draft(), description="Чашки"))
    assert ids("кружки") == []  # the index follows an edit
    assert ids("чашки") == [cups]
    pdesk.commitments.delete(hall)
    assert ids("зал") == []


def test_tracker_sorts_by_every_column(pdesk: Desk, collab: int, partner: int) -> None:
    for n in range(3):
        add(pdesk, collab, GIVES, date(2026, 1, 1 + n), text=f"item {n}", value=Decimal(n))
    for key in SortKey:
        up = pdesk.tracker.page(TrackerQuery(today=TODAY, sort=key))
        down = pdesk.tracker.page(TrackerQuery(today=TODAY, sort=key, descending=True))
        assert len(up) == len(down) == 3
    by_text = pdesk.tracker.page(TrackerQuery(sort=SortKey.DESCRIPTION, descending=True))
    assert [r.description for r in by_text] == ["item 2", "item 1", "item 0"]


def test_reminders_put_the_library_first(pdesk: Desk, collab: int) -> None:
    theirs = add(pdesk, collab, GETS, date(2026, 11, 1))
    ours = add(pdesk, collab, GIVES, date(2026, 11, 24))
    add(pdesk, collab, GIVES, date(2026, 12, 24))  # not due soon
    rows, total = pdesk.tracker.reminders(TODAY)
    assert [r.id for r in rows] == [ours, theirs]
    assert total == 2


# --- proofs --------------------------------------------------------------------
def test_delivering_with_a_file_copies_it_into_the_data_folder(
    pdesk: Desk, collab: int, tmp_path: Path
) -> None:
    stick = tmp_path / "usb"
    stick.mkdir()
    scan = stick / "акт приёмки <1>.pdf"
    scan.write_bytes(b"%PDF-1.4 scan")
    cid = add(pdesk, collab, GIVES, date(2026, 11, 1))
    pdesk.proofs.deliver(
        cid, date(2026, 11, 1), ProofInput(file=scan, note="Signed", added_by="Анна"), TODAY
    )
    scan.unlink()  # the stick is gone
    [proof] = pdesk.proofs.for_commitment(cid)
    assert proof.original_name == "акт приёмки <1>.pdf"
    assert proof.added_by == "Анна" and proof.note == "Signed"
    kept = pdesk.proofs.file_of(proof)
    assert kept.read_bytes() == b"%PDF-1.4 scan"
    assert kept.parent == tmp_path / "data" / "proofs"
    [row] = pdesk.tracker.page(TrackerQuery(today=TODAY))
    assert row.proofs == 1 and not row.delivered_without_proof


def test_bad_proofs_are_refused_and_nothing_is_saved(
    pdesk: Desk, collab: int, tmp_path: Path
) -> None:
    cid = add(pdesk, collab, GIVES, date(2026, 11, 1))
    with pytest.raises(ValidationError, match="does not exist"):
        pdesk.proofs.deliver(cid, TODAY, ProofInput(file=tmp_path / "gone.jpg"), TODAY)
    with pytest.raises(ValidationError, match="folder"):
        pdesk.proofs.deliver(cid, TODAY, ProofInput(file=tmp_path), TODAY)
    with pytest.raises(ValidationError, match="file or give a link"):
        pdesk.proofs.add(cid, ProofInput(note="just a note"))
    with pytest.raises(ValidationError, match="web address"):
        pdesk.proofs.add(cid, ProofInput(url="not a link"))
    assert pdesk.commitments.get(cid).status is S.PLANNED
    assert pdesk.proofs.for_commitment(cid) == []


def test_a_failed_delivery_leaves_no_copied_file(pdesk: Desk, collab: int, tmp_path: Path) -> None:
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(b"jpeg")
    cid = add(pdesk, collab, GIVES, None)
    pdesk.commitments.waive(cid, "not needed")
    with pytest.raises(ValidationError, match="to “delivered”"):
        pdesk.proofs.deliver(cid, TODAY, ProofInput(file=photo), TODAY)
    folder = tmp_path / "data" / "proofs"
    assert not folder.exists() or list(folder.iterdir()) == []


def test_a_link_as_proof_and_a_missing_file_is_explained(
    pdesk: Desk, collab: int, tmp_path: Path
) -> None:
    cid = add(pdesk, collab, GIVES, None)
    proof = pdesk.proofs.add(cid, ProofInput(url="example.org/photos", note="Album"))
    assert proof.url == "https://example.org/photos"
    with pytest.raises(NotFoundError, match="link"):
        pdesk.proofs.file_of(proof)
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(b"jpeg")
    stored = pdesk.proofs.add(cid, ProofInput(file=photo))
    pdesk.proofs.file_of(stored).unlink()
    with pytest.raises(NotFoundError, match="missing"):
        pdesk.proofs.file_of(stored)


# --- reputation ----------------------------------------------------------------
def test_no_record_yet_when_nothing_is_due(pdesk: Desk, collab: int, partner: int) -> None:
    add(pdesk, collab, GETS, date(2027, 1, 1), partner_id=partner)
    rep = pdesk.reputation.for_partner(partner, TODAY)
    assert rep.partner.on_time_rate is None
    assert rep.partner.rate_text() == "no record yet"
    assert rep.partner.average_days_late is None
    assert pdesk.reputation.board(TODAY).library.rate_text() == "no record yet"


def test_reputation_arithmetic_by_hand(pdesk: Desk, collab: int, partner: int) -> None:
    def theirs(due: date | None) -> int:
        return add(pdesk, collab, GETS, due, partner_id=partner)

    on_time = theirs(date(2026, 11, 1))
    pdesk.commitments.deliver(on_time, date(2026, 10, 30), today=TODAY)
    late3 = theirs(date(2026, 11, 1))
    pdesk.commitments.deliver(late3, date(2026, 11, 4), today=TODAY)
    late6 = theirs(date(2026, 11, 1))
    pdesk.commitments.deliver(late6, date(2026, 11, 7), today=TODAY)
    pdesk.commitments.miss(theirs(date(2026, 11, 5)))
    pdesk.commitments.waive(theirs(date(2026, 11, 5)), "rain")
    theirs(date(2026, 11, 10))  # overdue, open
    theirs(date(2026, 12, 10))  # not due yet
    early = theirs(date(2026, 12, 20))  # delivered ahead of time counts
    pdesk.commitments.deliver(early, date(2026, 11, 15), today=TODAY)
    ours = add(pdesk, collab, GIVES, date(2026, 11, 1), partner_id=partner)
    pdesk.commitments.deliver(ours, date(2026, 11, 1), today=TODAY)

    rep = pdesk.reputation.for_partner(partner, TODAY)
    # due so far: on_time, late3, late6, missed, overdue, early = 6; on time: 2
    assert (rep.partner.due, rep.partner.on_time) == (6, 2)
    assert rep.partner.on_time_rate == Decimal(2) / Decimal(6)
    assert rep.partner.rate_text() == "33% on time (2 of 6)"
    assert (rep.partner.missed, rep.partner.waived, rep.partner.overdue) == (1, 1, 1)
    assert rep.partner.average_days_late == Decimal("4.5")
    assert rep.library.rate_text() == "100% on time (1 of 1)"
    board = pdesk.reputation.board(TODAY)
    assert board.library.on_time == 1
    assert board.for_partner(partner) == rep


# --- value ---------------------------------------------------------------------
def test_value_balance_keeps_currencies_apart(pdesk: Desk, collab: int) -> None:
    add(pdesk, collab, GIVES, None, value=Decimal("1000.10"), currency="RUB")
    delivered = add(pdesk, collab, GETS, None, value=Decimal("300"), currency="RUB")
    pdesk.commitments.deliver(delivered, TODAY, today=TODAY)
    add(pdesk, collab, GETS, None, value=Decimal("50"), currency="EUR")
    waived = add(pdesk, collab, GETS, None, value=Decimal("9999"), currency="EUR")
    pdesk.commitments.waive(waived, "no longer needed")
    add(pdesk, collab, GIVES, None)  # no value
    balance = pdesk.balances.for_collaboration(collab)
    eur, rub = balance.currencies
    assert (eur.currency, eur.gives_promised, eur.gets_promised) == (
        "EUR",
        Decimal("0.00"),
        Decimal("50.00"),
    )
    assert eur.one_sided
    assert rub.gives_promised == Decimal("1000.10") and rub.gets_promised == Decimal("300.00")
    assert rub.gets_delivered == Decimal("300.00") and rub.gives_delivered == Decimal("0.00")
    assert rub.one_sided
    assert balance.unvalued == 1


# --- calendar ------------------------------------------------------------------
def test_ical_export_parses_back_with_stable_uids(
    pdesk: Desk, collab: int, partner: int, tmp_path: Path
) -> None:
    first = add(pdesk, collab, GIVES, date(2026, 12, 1), text="Зал <b>для</b> 😀")
    add(pdesk, collab, GETS, date(2026, 12, 2), partner_id=partner, text="Coffee")
    add(pdesk, collab, GETS, None, text="no date: no event")
    done = add(pdesk, collab, GIVES, date(2026, 11, 1))
    pdesk.commitments.deliver(done, TODAY, today=TODAY)
    path = tmp_path / "due.ics"
    english = CalendarOptions(today=TODAY, language="en")
    assert pdesk.calendar.write(path, english) == 3  # the delivered one as cancelled
    events = Calendar.from_ical(path.read_bytes()).walk("VEVENT")
    summaries = {str(e["summary"]) for e in events}
    assert "We give: Зал <b>для</b> 😀" in summaries
    assert "We get: Coffee — Кофейня «Зерно»" in summaries
    assert events[0].decoded("dtstart") == date(2026, 12, 1)
    uids = [str(e["uid"]) for e in events]
    assert uids[0] == f"commitment-{first}@collabdesk.local"
    assert [str(e["status"]) for e in events][-1] == "CANCELLED"
    again = Calendar.from_ical(pdesk.calendar.calendar(english)).walk("VEVENT")
    assert [str(e["uid"]) for e in again] == uids


# --- renewal -------------------------------------------------------------------
def test_renew_for_next_year(pdesk: Desk, collab: int, partner: int) -> None:
    missed = add(pdesk, collab, GETS, date(2026, 2, 28), partner_id=partner, value=Decimal(5))
    pdesk.commitments.miss(missed)
    owed = pdesk.commitments.make_good(missed, "replacement", date(2026, 3, 1)).id
    with pytest.raises(ValidationError, match="end date"):  # open, and no end to count from
        pdesk.renewals.renew(collab)
    record = pdesk.collaborations.get(collab)
    ends = date.today() + timedelta(days=30)  # inside the 90 days: the renewal is due
    pdesk.collaborations.update(
        collab,
        replace(record.to_draft(), starts_on=date(2024, 2, 29), ends_on=ends),
        record.version_id,
    )
    new_id = pdesk.renewals.renew(collab)  # before completion, the make-good still open
    new = pdesk.collaborations.get(new_id)
    assert new.title == "Фестиваль 2027"
    assert new.starts_on == date(2025, 2, 28)
    assert [p.partner_id for p in new.partners] == [partner]
    assert new.stage is Stage.PREPARING
    moved, copy = pdesk.commitments.for_collaboration(new_id)  # the open make-good moves
    assert moved.id == owed and moved.make_good_for_id == missed
    assert copy.due_on == date(2027, 2, 28) and copy.status is S.PLANNED
    assert copy.value == Decimal("5.00")
    assert next_year(None) is None


def test_a_proof_is_a_private_copy_even_through_a_link(
    pdesk: Desk, collab: int, tmp_path: Path
) -> None:
    secret = tmp_path / "secret.pdf"
    secret.write_bytes(b"%PDF scan")
    secret.chmod(0o600)
    link = tmp_path / "scan-link.pdf"
    link.symlink_to(secret)
    cid = add(pdesk, collab, GIVES, None)
    old_umask = os.umask(0o022)
    try:
        stored = pdesk.proofs.add(cid, ProofInput(file=link))
    finally:
        os.umask(old_umask)
    copy = pdesk.proofs.file_of(stored)
    assert copy.read_bytes() == b"%PDF scan"
    assert not copy.is_symlink()
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert stat.S_IMODE(copy.parent.stat().st_mode) == 0o700


def test_the_database_itself_is_refused_as_a_proof(db: Database, pdesk: Desk, collab: int) -> None:
    cid = add(pdesk, collab, GIVES, None)
    own = db.sqlite_path
    assert own is not None
    data_desk = Desk.over(db.sessions, data_dir=own.parent)
    with pytest.raises(ValidationError, match="own database"):
        data_desk.proofs.add(cid, ProofInput(file=own))
    assert pdesk.proofs.for_commitment(cid) == []
