"""Documents and exports carry only the personal fields their reader needs
(issue 19, item 7). A partner's contact person gets a private note and a
personal mobile number; each export is searched for them:

- partner export (.csv, .xlsx, .vcf): organisations only, no contact person;
- pitch: names only the library's contact person, none of the partner's;
- covering letter (PDF, .eml draft, Word merge data): the addressee's name
  and role, the e-mail only as the draft's recipient; never phone or note;
- recap (partner and internal versions), calendar export: no contact data;
- meeting copy: contacts' private notes stay in the office."""

from __future__ import annotations

import io
import json
import sqlite3
import zipfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from collabdesk.reports.letter import build_letter
from collabdesk.reports.letter_docx import letter_fields
from collabdesk.reports.letter_text import compose_letter
from collabdesk.reports.mail_draft import build_mail_draft
from collabdesk.reports.pitch import build_pitch
from collabdesk.reports.recap import build_recap
from collabdesk.services.contacts import ContactDraft
from collabdesk.services.demo import load_demo
from collabdesk.services.desk import Desk
from collabdesk.services.meeting_copy import make_meeting_copy
from collabdesk.store.database import Database, open_database, sqlite_url

TODAY = date(2026, 12, 6)
SHOWCASE = 6  # the demo's fully prepared collaboration
FOUNDATION = 7  # its partner with a named contact person
NOTE = "ЛИЧНОЕ: сын в больнице, не звонить по пятницам"
MOBILE = "+7 999 000-11-22"


@pytest.fixture
def office(tmp_path: Path) -> Iterator[tuple[Database, Desk, str, str]]:
    """The demo with the foundation's contact given a private note and a
    personal mobile; yields the database, the desk, the contact's name and e-mail."""
    db = open_database(sqlite_url(tmp_path / "office.sqlite3"))
    try:
        load_demo(db.sessions, "ru", today=TODAY)
        desk = Desk.over(db.sessions)
        contact = desk.contacts.for_partner(FOUNDATION)[0]
        desk.contacts.update(
            contact.id,
            ContactDraft(contact.name, contact.role, contact.email, MOBILE, NOTE),
        )
        yield db, desk, contact.name, contact.email
    finally:
        db.close()


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)


def assert_private_absent(text: str) -> None:
    assert NOTE not in text and "ЛИЧНОЕ" not in text
    assert MOBILE not in text and "000-11-22" not in text


def test_partner_exports_hold_no_contact_person(
    office: tuple[Database, Desk, str, str], tmp_path: Path
) -> None:
    _db, desk, name, email = office
    for suffix in (".csv", ".vcf"):
        path = tmp_path / f"partners{suffix}"
        desk.partner_transfer.export(path)
        text = path.read_text(encoding="utf-8-sig")
        assert_private_absent(text)
        assert name not in text and email not in text
    xlsx = tmp_path / "partners.xlsx"
    desk.partner_transfer.export(xlsx)
    with zipfile.ZipFile(xlsx) as book:
        inside = "".join(book.read(n).decode("utf-8", "replace") for n in book.namelist())
    assert_private_absent(inside)
    assert name not in inside


def test_pitch_names_only_the_library_contact(office: tuple[Database, Desk, str, str]) -> None:
    _db, desk, name, email = office
    content = desk.pitch_content.gather(SHOWCASE, FOUNDATION, today=TODAY)
    assert content.library.contact_name  # the demo library names its contact person
    text = pdf_text(build_pitch(content, "ru"))
    assert content.library.contact_name in text
    assert_private_absent(text)
    assert email not in text and name.split()[0] not in text


def test_letter_addresses_the_contact_without_their_phone_or_note(
    office: tuple[Database, Desk, str, str],
) -> None:
    _db, desk, name, email = office
    content = desk.pitch_content.gather(SHOWCASE, FOUNDATION, today=TODAY)
    letter_pdf = pdf_text(build_letter(content, "ru"))
    assert name in letter_pdf  # the addressee is needed
    assert_private_absent(letter_pdf)
    draft = build_mail_draft(compose_letter(content, "ru"), b"%PDF-1.4", "pitch.pdf")
    assert email.encode() in draft  # the recipient is needed
    assert_private_absent(draft.decode("utf-8", "replace"))
    fields = json.dumps(letter_fields("thank-you", content, "ru"), ensure_ascii=False, default=str)
    assert_private_absent(fields)


def test_recaps_and_calendar_carry_no_contact_data(
    office: tuple[Database, Desk, str, str],
) -> None:
    _db, desk, name, email = office
    for internal in (False, True):
        recap = desk.recaps.gather(SHOWCASE, FOUNDATION, internal=internal, language="ru")
        text = pdf_text(build_recap(recap, "ru"))
        assert_private_absent(text)
        assert email not in text
    calendar = desk.calendar.calendar().decode("utf-8")
    assert_private_absent(calendar)
    assert email not in calendar and name not in calendar


def test_meeting_copy_leaves_contacts_private_notes_behind(
    office: tuple[Database, Desk, str, str], tmp_path: Path
) -> None:
    db, _desk, name, _email = office
    source = db.sqlite_path
    assert source is not None
    target = make_meeting_copy(source, tmp_path / "meeting.sqlite3", [SHOWCASE])
    conn = sqlite3.connect(target)
    try:
        rows = conn.execute("SELECT name, notes FROM contact WHERE partner_id = ?", [FOUNDATION])
        assert [(n, notes) for n, notes in rows] == [(name, "")]
    finally:
        conn.close()
    assert NOTE.encode() not in target.read_bytes()
