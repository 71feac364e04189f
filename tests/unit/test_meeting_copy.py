"""The meeting laptop's database: only the chosen collaboration travels, the
copy opens read-only, and notes taken in the meeting reach the real log."""

from __future__ import annotations

import hashlib
import io
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from collabdesk.cli import run
from collabdesk.services.contacts import ContactDraft
from collabdesk.services.demo import load_demo
from collabdesk.services.desk import Desk
from collabdesk.services.errors import ReadOnlyError, ServiceError
from collabdesk.services.interactions import InteractionDraft
from collabdesk.services.meeting_copy import make_meeting_copy
from collabdesk.services.meeting_notes import append_note, merge_notes, read_notes
from collabdesk.services.partners import PartnerDraft
from collabdesk.store.database import Database, open_database, sqlite_url
from collabdesk.store.meeting_copy import MeetingCopyError
from collabdesk.store.meeting_mark import is_meeting_copy
from collabdesk.store.read_only import open_read_only

SECRET = PartnerDraft(
    name="Zanzibar Secret Holdings", email="ceo@zanzibar-secret.example", phone="+7 999 111-22-33"
)


def _strings_of_others(db: Database, keep: set[int]) -> list[str]:
    """Every name, e-mail and phone of a partner (and their contacts) not in `keep`."""
    with db.sessions.begin() as session:
        rows = session.execute(
            __import__("sqlalchemy").text(
                "SELECT p.id, p.name, p.email, p.phone, c.name, c.email, c.phone"
                " FROM partner p LEFT JOIN contact c ON c.partner_id = p.id"
            )
        ).all()
    return sorted({v for r in rows if r[0] not in keep for v in r[1:] if v and len(v) > 3})


@pytest.fixture
def office(tmp_path: Path) -> Database:
    """The demo data plus a partner whose data must never travel: with a
    contact, an interaction, an edit in the history and a deleted twin in the trash."""
    db = open_database(sqlite_url(tmp_path / "office.sqlite3"))
    load_demo(db.sessions, "en")
    desk = Desk.over(db.sessions)
    secret = desk.partners.create(SECRET)
    desk.contacts.add(secret.id, ContactDraft("Ivan Hiddenov", email="ivan@hidden.example"))
    desk.interactions.add(secret.id, InteractionDraft(date(2026, 5, 1), summary="Talked price"))
    twin = desk.partners.create(PartnerDraft(name="Deleted Twin Partner", phone="+7 900 000-00-01"))
    desk.partners.delete(twin.id)
    # a promise of collaboration 1 made by its plan-B partner: it stays behind with them
    plan_b = desk.collaborations.get(1).alternatives[0].partner_id
    with db.sessions.begin() as session:
        from collabdesk.domain.commitment import Commitment
        from collabdesk.domain.enums import Direction

        session.add(
            Commitment(collaboration_id=1, partner_id=plan_b, direction=Direction.PARTNER_GIVES,
                       description="Plan-B secret offer")
        )  # fmt: skip
    yield db
    db.close()


def test_copy_holds_only_the_chosen_collaboration(office: Database, tmp_path: Path) -> None:
    source = office.sqlite_path
    assert source is not None
    desk = Desk.over(office.sessions)
    keep = {p for p, _ in desk.pitch_content.partners_of(1)}
    main = {r.partner_id for r in desk.collaborations.get(1).partners}
    others = _strings_of_others(office, main)
    assert "Zanzibar Secret Holdings" in others and "City Culture Department" in others
    assert keep > main  # collaboration 1 has a plan-B partner: it must not travel either
    target = make_meeting_copy(source, tmp_path / "meeting.sqlite3", [1])

    raw = target.read_bytes()
    leaked = [s for s in others if s.encode() in raw or s.encode("utf-16-le") in raw]
    assert leaked == []
    conn = sqlite3.connect(target)
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    for table in tables:  # every text cell, the FTS shadow tables included
        for row in conn.execute(f'SELECT * FROM "{table}"'):
            text = " ".join(str(v) for v in row if isinstance(v, str))
            assert not [s for s in others if s in text], table
    assert conn.execute("SELECT count(*) FROM collaboration").fetchone()[0] == 1
    assert b"Plan-B secret offer" not in raw
    assert conn.execute("SELECT count(*) FROM commitment").fetchone()[0] >= 1  # its own travel
    assert conn.execute("SELECT count(*) FROM metric").fetchone()[0] > 0  # statistics travel
    assert conn.execute("SELECT name FROM library_profile").fetchone()[0]  # and the profile
    assert conn.execute("SELECT count(*) FROM change_log").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM trash").fetchone()[0] == 0
    conn.close()
    assert is_meeting_copy(target) and not is_meeting_copy(source)


def test_the_paperwork_stays_in_the_office(office: Database, tmp_path: Path) -> None:
    """Bank details, agreements with their signed scans and the library's own
    templates are not shown in a meeting: they do not travel on the laptop."""
    source = office.sqlite_path
    assert source is not None
    partner = Desk.over(office.sessions).collaborations.get(1).partners[0].partner_id
    now = "2026-12-01 10:00:00.000000"
    conn = sqlite3.connect(source)
    with conn:
        conn.execute(
            "INSERT INTO legal_details (created_at, updated_at, version_id, partner_id,"
            " legal_name, bank_account) VALUES (?, ?, 1, NULL, 'Library Legal Name',"
            " '40702810900000000001'), (?, ?, 1, ?, 'Partner Legal Name', '40702810900000000002')",
            (now, now, now, now, partner),
        )
        conn.execute(
            "INSERT INTO agreement (created_at, updated_at, version_id, collaboration_id,"
            " partner_id, version, language, written_at, document, signed_scan)"
            " VALUES (?, ?, 1, 1, ?, 1, 'en', ?, ?, ?)",
            (now, now, partner, now, b"AGREEMENT-DOCX-BYTES", b"SIGNED-SCAN-BYTES"),
        )
        conn.execute(
            "INSERT INTO document_template (created_at, updated_at, version_id, name, language,"
            " content, imported_at) VALUES (?, ?, 1, 'agreement', 'ru', ?, ?)",
            (now, now, b"OWN-LEGAL-FORM-BYTES", now),
        )
    conn.close()
    raw = make_meeting_copy(source, tmp_path / "meeting.sqlite3", [1]).read_bytes()
    secrets = (
        b"40702810900000000001",
        b"40702810900000000002",
        b"SIGNED-SCAN-BYTES",
        b"AGREEMENT-DOCX-BYTES",
        b"OWN-LEGAL-FORM-BYTES",
        b"Library Legal Name",
    )
    assert [secret for secret in secrets if secret in raw] == []


def test_copy_refuses_unknown_or_no_collaborations(office: Database, tmp_path: Path) -> None:
    source = office.sqlite_path
    assert source is not None
    with pytest.raises(MeetingCopyError, match="no collaboration with id 99"):
        make_meeting_copy(source, tmp_path / "m.sqlite3", [1, 99])
    with pytest.raises(MeetingCopyError, match="at least one"):
        make_meeting_copy(source, tmp_path / "m.sqlite3", [])
    assert not (tmp_path / "m.sqlite3").exists()
    assert list(tmp_path.glob("m.sqlite3*")) == []


def test_read_only_connection_refuses_every_write(office: Database, tmp_path: Path) -> None:
    source = office.sqlite_path
    assert source is not None
    copy = make_meeting_copy(source, tmp_path / "meeting.sqlite3", [1])
    before = hashlib.sha256(copy.read_bytes()).hexdigest()
    db = open_read_only(copy)
    try:
        desk = Desk.over(db.sessions)
        partner_id = desk.collaborations.get(1).partners[0].partner_id
        assert desk.partners.get(partner_id).name
        with pytest.raises(ReadOnlyError, match="read-only"):
            desk.partners.create(PartnerDraft(name="New"))
        with pytest.raises(ServiceError):
            desk.partners.delete(partner_id)
        with db.engine.connect() as conn, pytest.raises(Exception, match=r"readonly|read-only"):
            conn.exec_driver_sql("PRAGMA query_only = OFF")
            conn.exec_driver_sql("DELETE FROM partner")
    finally:
        db.close()
    assert hashlib.sha256(copy.read_bytes()).hexdigest() == before


def test_notes_are_kept_then_merged_and_nothing_is_lost(office: Database, tmp_path: Path) -> None:
    desk = Desk.over(office.sessions)
    partner_id = desk.collaborations.get(1).partners[0].partner_id
    notes = tmp_path / "meeting-notes.jsonl"
    append_note(notes, partner_id, "They want the hall on Fridays 🙂 <b>not bold</b>")
    append_note(notes, 4242, "A note about a partner this database does not know")
    with notes.open("a", encoding="utf-8") as handle:
        handle.write("{broken json\n")
    with pytest.raises(ServiceError, match="empty"):
        append_note(notes, partner_id, "   ")
    with pytest.raises(ServiceError, match="at most"):
        append_note(notes, partner_id, "x" * 20_001)
    assert len(read_notes(notes)[0]) == 2

    result = merge_notes(notes, desk.interactions)
    assert (result.merged, result.kept) == (1, 2)
    summaries = [i.summary for i in desk.interactions.for_partner(partner_id)]
    assert "They want the hall on Fridays 🙂 <b>not bold</b>" in summaries
    kept = notes.read_text(encoding="utf-8")  # the rest stays for a later merge
    assert "4242" in kept and "{broken json" in kept


def test_hand_edited_notes_are_not_merged(office: Database, tmp_path: Path) -> None:
    # The panel never writes an empty note or one dated years ahead; a file
    # that has them was edited or damaged, so they stay in it untouched.
    import json

    desk = Desk.over(office.sessions)
    partner_id = desk.collaborations.get(1).partners[0].partner_id
    notes = tmp_path / "meeting-notes.jsonl"
    good = append_note(notes, partner_id, "Agreed: the hall on Fridays")
    with notes.open("a", encoding="utf-8") as handle:
        for on, text in (("2030-01-01", "From the future"), (good.occurred_on.isoformat(), "")):
            handle.write(json.dumps({"partner_id": partner_id, "on": on, "text": text}) + "\n")
    assert len(read_notes(notes)[0]) == 3  # well-formed lines, just not sensible
    before = len(desk.interactions.for_partner(partner_id))
    result = merge_notes(notes, desk.interactions)
    assert (result.merged, result.kept) == (1, 2)
    assert len(desk.interactions.for_partner(partner_id)) == before + 1
    assert "From the future" in notes.read_text(encoding="utf-8")


def cli(data_dir: Path, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(["--data-dir", str(data_dir), *argv], out, err)
    return code, out.getvalue(), err.getvalue()


def test_meeting_commands(tmp_path: Path) -> None:
    data, laptop = tmp_path / "data", tmp_path / "laptop"
    assert cli(data, "demo", "--lang", "en")[0] == 0
    code, out, err = cli(data, "meeting", "copy", "2", "--to", str(laptop))
    assert (code, err) == (0, "")
    assert "collabdesk --data-dir" in out
    code, out, _ = cli(laptop, "partners", "list")
    assert code == 0 and "Alyona Sokolova" in out and "Polygon" not in out
    code, _, err = cli(laptop, "partners", "add", "--name", "X")  # a meeting laptop: never written
    assert code == 1 and err.count("\n") == 1 and "read-only" in err
    code, _, err = cli(data, "meeting", "copy", "2", "--to", str(laptop))
    assert code == 1 and "already exists" in err
    code, _, err = cli(data, "meeting", "copy", "77", "--to", str(tmp_path / "x"))
    assert (code, err) == (1, "collabdesk: There is no collaboration with id 77.\n")

    copy = open_read_only(laptop / "collabdesk.sqlite3")
    partner_id = Desk.over(copy.sessions).collaborations.get(2).partners[0].partner_id
    copy.close()
    notes = laptop / "meeting-notes.jsonl"
    append_note(notes, partner_id, "Agreed on a souvenir pilot")
    code, out, err = cli(data, "meeting", "merge-notes", str(notes))
    assert (code, err) == (0, "")
    assert "Notes merged into the interaction logs: 1" in out and not notes.exists()
    office = open_database(sqlite_url(data / "collabdesk.sqlite3"))
    logged = Desk.over(office.sessions).interactions.for_partner(partner_id)
    office.close()
    assert "Agreed on a souvenir pilot" in [i.summary for i in logged]
    code, _, err = cli(data, "meeting", "merge-notes", str(tmp_path / "none.jsonl"))
    assert code == 1 and "no notes file" in err


def test_present_command_checks_the_collaboration(tmp_path: Path) -> None:
    code, out, err = cli(tmp_path / "data", "present", "5")
    assert (code, out) == (1, "")
    assert err == "collabdesk: There is no collaboration with id 5.\n"


def test_meeting_option_and_present_start_the_window(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import collabdesk.cli as cli_module

    started: list[tuple[bool, object]] = []

    def fake_start(_settings: object, *, meeting: bool = False, request: object = None) -> int:
        started.append((meeting, request))
        return 0

    monkeypatch.setattr(cli_module, "start_gui", fake_start)
    data = tmp_path / "data"
    assert cli(data, "--meeting")[0] == 0
    assert cli(data, "demo", "--lang", "en")[0] == 0
    assert cli(data, "--meeting", "present", "3", "--lang", "ru")[0] == 0
    assert started == [(True, None), (True, ("present", 3, "ru"))]
