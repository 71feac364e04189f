"""The covering letter read back: the PDF with pypdf (addressee, the library's
contact, the ask with its amount and date, one page), the e-mail draft with
`email` (X-Unsent, To, the pitch attached byte for byte, a UTF-8 body), and
hostile partner names."""

from __future__ import annotations

import email
import io
import re
from collections.abc import Iterator
from datetime import date
from email.message import EmailMessage
from email.policy import default
from pathlib import Path

import pytest
from pypdf import PdfReader

from collabdesk.domain.partner import Contact, Partner
from collabdesk.reports.letter import build_letter
from collabdesk.reports.letter_text import compose_letter, letter_text, russian_greeting
from collabdesk.reports.mail_draft import build_mail_draft, pitch_file_name
from collabdesk.services.demo import load_demo
from collabdesk.services.desk import Desk
from collabdesk.services.pitch_model import PitchContent
from collabdesk.store.database import Database, open_database, sqlite_url

TODAY = date(2026, 12, 6)
SHOWCASE = 6  # "Science talks for teenagers": two partners, fully prepared
FOUNDATION = 7  # its partner with a named contact
HOSTILE = "<b>Кафе</b> & Co 🍕 " + "очень длинное имя " * 600  # ~10,000 characters


def text_of(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return re.sub(r"[ \u00a0\u202f]+", " ", "\n".join(p.extract_text() for p in reader.pages))


def pages(data: bytes) -> int:
    return len(PdfReader(io.BytesIO(data)).pages)


@pytest.fixture(params=["ru", "en"])
def demo(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[str, Database, Desk]]:
    lang: str = request.param
    db = open_database(sqlite_url(tmp_path / f"letter-{lang}.sqlite3"))
    try:
        load_demo(db.sessions, lang, today=TODAY)
        yield lang, db, Desk.over(db.sessions)
    finally:
        db.close()


def showcase(desk: Desk) -> PitchContent:
    return desk.pitch_content.gather(SHOWCASE, FOUNDATION, today=TODAY)


EXPECTED = {
    "ru": {
        "salutation": "Уважаемая Ольга Сергеевна!",
        "addressee": "Миронова Ольга Сергеевна",
        "signed": "Пётр Волков",
        "ask": "Гонорары лекторов и запись лекций",
        "amount": "150 000 ₽",
        "due": "до 4 февраля 2027",
        "reply": "до 20 декабря 2026",
        "total": "Всего — на 118 000 ₽",
        "internal": ("городской молодёжный грант", "Анна Ким", "Четыре лекции весной"),
    },
    "en": {
        "salutation": "Dear Olga Mironova,",
        "addressee": "Olga Mironova",
        "signed": "Pyotr Volkov",
        "ask": "Speakers' fees and recording of the talks",
        "amount": "₽150,000",
        "due": "by 4 February 2027",
        "reply": "by 20 December 2026",
        "total": "In all, worth ₽118,000",
        "internal": ("city youth grant", "Anna Kim", "Four talks in the spring"),
    },
}


def test_the_letter_pdf_names_the_contact_the_ask_and_the_signatory(
    demo: tuple[str, Database, Desk],
) -> None:
    lang, _, desk = demo
    data = build_letter(showcase(desk), lang)
    text = text_of(data)
    want = EXPECTED[lang]
    assert pages(data) == 1
    for key in ("salutation", "addressee", "signed", "ask", "amount", "due", "reply", "total"):
        assert want[key] in text, (key, text)
    assert "p.volkov@orbita-library.example" in text
    for internal in want["internal"]:
        assert internal not in text  # plan B, owners and fallbacks stay inside the library


def test_the_e_mail_draft_opens_as_an_unsent_message_with_the_pitch(
    demo: tuple[str, Database, Desk],
) -> None:
    lang, _, desk = demo
    content = showcase(desk)
    letter = compose_letter(content, lang)
    pitch = b"%PDF-1.4 the pitch's own bytes"
    name = pitch_file_name(content.title, content.partner.name if content.partner else "", lang)
    raw = build_mail_draft(letter, pitch, name, "p.volkov@orbita-library.example")

    head = raw.split(b"\r\n\r\n", 1)[0]
    head.decode("ascii")  # Cyrillic headers are RFC 2047-encoded, never raw bytes
    message = email.message_from_bytes(raw, policy=default)
    assert isinstance(message, EmailMessage)
    assert message["X-Unsent"] == "1"
    assert message["To"].addresses[0].addr_spec == "o.mironova@tochka-rosta.example"
    assert message["Subject"] == letter.subject
    assert content.title in letter.subject
    body = message.get_body(("plain",))
    assert body is not None and body.get_content_charset() == "utf-8"
    assert body.get_content().replace("\r\n", "\n") == letter_text(letter)
    assert EXPECTED[lang]["salutation"] in body.get_content()
    attachments = list(message.iter_attachments())
    assert [a.get_filename() for a in attachments] == [name]
    assert attachments[0].get_content_type() == "application/pdf"
    assert attachments[0].get_content() == pitch
    assert name.endswith(f"({lang}).pdf") and "/" not in name


def test_a_partner_without_contact_or_e_mail_gets_a_letter_to_the_partner(
    demo: tuple[str, Database, Desk],
) -> None:
    lang, db, desk = demo
    with db.sessions.begin() as session:
        partner = session.get(Partner, FOUNDATION)
        assert partner is not None
        partner.contacts = []
        partner.email = ""
    content = showcase(desk)
    letter = compose_letter(content, lang)
    assert not letter.addressed_to_person and letter.to_email == ""
    name = content.partner.name if content.partner else ""
    assert name in letter.salutation
    message = email.message_from_bytes(build_mail_draft(letter, b"%PDF", "p.pdf"), policy=default)
    assert message["To"] is None and message["X-Unsent"] == "1"
    assert name in text_of(build_letter(content, lang))


def test_a_contact_without_e_mail_falls_back_to_the_partners_address(
    demo: tuple[str, Database, Desk],
) -> None:
    lang, db, desk = demo
    with db.sessions.begin() as session:
        partner = session.get(Partner, FOUNDATION)
        assert partner is not None
        partner.contacts[0].email = ""
        partner.email = "office@tochka-rosta.example"
    letter = compose_letter(showcase(desk), lang)
    assert letter.addressed_to_person and letter.to_email == "office@tochka-rosta.example"


def test_a_hostile_partner_name_stays_on_one_page_and_in_the_headers(
    demo: tuple[str, Database, Desk],
) -> None:
    lang, db, desk = demo
    with db.sessions.begin() as session:
        partner = session.get(Partner, FOUNDATION)
        assert partner is not None
        partner.name = HOSTILE
        partner.contacts = [Contact(name=HOSTILE, role="<i>x</i>", email="not an address")]
    content = showcase(desk)
    data = build_letter(content, lang)
    assert pages(data) == 1
    text = text_of(data)
    assert "<b>Кафе</b> & Co" in text  # printed as typed, never as markup
    letter = compose_letter(content, lang)
    assert len(letter.salutation) < 200 and len(letter.subject) < 400
    raw = build_mail_draft(letter, b"%PDF", pitch_file_name(content.title, HOSTILE, lang))
    message = email.message_from_bytes(raw, policy=default)
    assert message["To"] is None  # "not an address" is not written as one
    (attachment,) = message.iter_attachments()
    filename = attachment.get_filename()
    assert filename is not None and len(filename) < 100 and "<" not in filename


@pytest.mark.parametrize(
    ("name", "greeting"),
    [
        ("Миронова Ольга Сергеевна", ("Уважаемая", "Ольга Сергеевна")),
        ("Дмитрий Андреевич Белов", ("Уважаемый", "Дмитрий Андреевич")),
        ("Анна Петрова", ("Уважаемый(ая)", "Анна Петрова")),
        ("Alex", ("Уважаемый(ая)", "Alex")),
    ],
)
def test_russian_greetings_follow_the_patronymic(name: str, greeting: tuple[str, str]) -> None:
    assert russian_greeting(name) == greeting
