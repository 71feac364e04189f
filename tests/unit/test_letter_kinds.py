"""The three letters to a partner (follow-up, reminder, thank-you): which
promises each lists, the .docx / .txt / .eml written from the shipped
templates, hostile names printed literally, and the merge data keeping the
keys the import check samples."""

from __future__ import annotations

import email
import io
from datetime import date, timedelta
from decimal import Decimal
from email.policy import default
from typing import Any

import pytest
from docx import Document

from collabdesk.domain.enums import CommitmentStatus, Direction, Stage
from collabdesk.reports.letter_docx import docx_text, letter_fields, mail_body
from collabdesk.reports.letter_files import write_letter
from collabdesk.reports.letter_mail import Attachment
from collabdesk.services.document_templates import shipped_path
from collabdesk.services.errors import ServiceError
from collabdesk.services.letter_content import due_soon, letter_promises
from collabdesk.services.merge_fields import sample
from collabdesk.services.pitch_model import (
    ContactLine,
    LibraryInfo,
    PartnerInfo,
    PitchContent,
    PromiseLine,
)
from collabdesk.services.template_merge import merge

TODAY = date(2027, 2, 1)
HOSTILE = "{{ x }} {% if %} <w:t> & Co"
ANNA = ContactLine("Петрова Анна Сергеевна", "Маркетинг", "a@b.ru", "")


def promise(
    what: str,
    days: int | None,
    status: CommitmentStatus = CommitmentStatus.PLANNED,
    direction: Direction = Direction.PARTNER_GIVES,
) -> PromiseLine:
    due = None if days is None else TODAY + timedelta(days=days)
    delivered = due if status is CommitmentStatus.DELIVERED else None
    return PromiseLine(
        direction, what, Decimal(3), "posts", due, status, Decimal(15000), "RUB",
        delivered, "", "", (), False, "Anna",
    )  # fmt: skip


PROMISES = (
    promise("Due in three days", 3),
    promise("Overdue by five days", -5, CommitmentStatus.IN_PROGRESS),
    promise("Due in twenty days", 20),
    promise("Delivered already", 2, CommitmentStatus.DELIVERED),
    promise("Waived", 1, CommitmentStatus.WAIVED),
    promise("Missed", -3, CommitmentStatus.MISSED),
    promise("Without a date", None),
    promise("The library's own, due tomorrow", 1, direction=Direction.LIBRARY_GIVES),
    promise("The library delivered", -10, CommitmentStatus.DELIVERED, Direction.LIBRARY_GIVES),
)


def content(
    promises: tuple[PromiseLine, ...] = PROMISES,
    partner_name: str = "Birch Leaf",
    contact: ContactLine | None = ANNA,
) -> PitchContent:
    return PitchContent(
        today=TODAY,
        library=LibraryInfo(
            "Orbita", "Branch 7", "Tomsk", "", "#123456", "", email="lib@orbita.example",
            contact_name="Pyotr Volkov", contact_role="Partnerships",
        ),
        collaboration_id=1,
        title="Coffee & books",
        idea="Reading corner",
        stage=Stage.DELIVERING,
        starts_on=date(2027, 1, 1),
        ends_on=date(2027, 6, 30),
        partner=PartnerInfo(1, partner_name, "", "", "", "", (contact,) if contact else ()),
        answers=(),
        figures=(),
        ads=(),
        promises=promises,
    )  # fmt: skip


def test_the_reminder_lists_exactly_the_partners_open_promises_due_soon() -> None:
    shown = [p.description for p in due_soon(content())]
    assert shown == ["Overdue by five days", "Due in three days"]  # oldest date first
    assert [p.description for p in due_soon(content(), 30)] == [
        "Overdue by five days",
        "Due in three days",
        "Due in twenty days",
    ]
    partner, library = letter_promises("reminder", content())
    assert len(partner) == 2 and library == ()


def test_letters_with_nothing_to_say_are_refused_naming_why() -> None:
    quiet = content(promises=(promise("Far away", 60),))
    with pytest.raises(ServiceError) as caught:
        letter_promises("reminder", quiet)
    assert caught.value.message.args == ("Birch Leaf", 14)
    assert "nothing to remind of" in caught.value.message.template
    with pytest.raises(ServiceError) as caught:
        letter_promises("thank-you", quiet)
    assert "after delivery" in caught.value.message.template
    with pytest.raises(ServiceError) as caught:
        letter_promises("apology", quiet)
    assert caught.value.message.args == ("apology", "follow-up, reminder, thank-you")
    with pytest.raises(ServiceError):
        due_soon(quiet, 0)


def test_thank_you_lists_what_each_side_delivered() -> None:
    partner, library = letter_promises("thank-you", content())
    assert [p.description for p in partner] == ["Delivered already"]
    assert [p.description for p in library] == ["The library delivered"]


def _keys(value: Any, example: Any) -> Any:
    """The shape of `value`; an empty list takes the shape of the example's."""
    if isinstance(value, dict):
        return {
            k: _keys(v, example.get(k) if isinstance(example, dict) else None)
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [_keys(value[0], None)] if value else [_keys(x, None) for x in example[:1]]
    return type(value).__name__


@pytest.mark.parametrize("kind", ["follow-up", "reminder", "thank-you"])
def test_the_merge_data_has_the_keys_the_import_check_samples(kind: str) -> None:
    real = letter_fields(kind, content(), "en", ["pitch.pdf"])
    example = sample(f"letter-{kind}")
    assert _keys(real, example) == _keys(example, example)


@pytest.mark.parametrize("name", ["letter-follow-up", "letter-reminder", "letter-thank-you"])
@pytest.mark.parametrize("language", ["ru", "en"])
def test_every_shipped_letter_fills_from_the_sample(name: str, language: str) -> None:
    text = docx_text(merge(shipped_path(name, language).read_bytes(), sample(name)))
    assert "{{" not in text and "{%" not in text
    assert "Уважаемая Анна Сергеевна!" in text and "Ольга Миронова" in text
    assert "– Публикации о проекте (3 поста)" in text


def test_the_reminder_docx_in_russian_and_english() -> None:
    template = shipped_path("letter-reminder", "ru").read_bytes()
    files = write_letter("reminder", content(), "ru", template, ".docx")
    document = Document(io.BytesIO(files.data))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Напоминание о сроках: Coffee & books" in text
    assert "Уважаемая Анна Сергеевна!" in text
    assert "– Overdue by five days (3 posts) — срок 27 января 2027 (срок прошёл)" in text
    assert "– Due in three days (3 posts) — срок 4 февраля 2027" in text
    assert "twenty" not in text and "Delivered" not in text and "library's own" not in text
    assert files.attached == ()  # a reminder carries no PDF of its own
    english = write_letter(
        "reminder", content(), "en", shipped_path("letter-reminder", "en").read_bytes(), ".txt"
    )
    assert "due 27 January 2027 (overdue)" in english.data.decode()
    assert english.data.decode() == english.text


def test_the_follow_up_draft_carries_the_pitch_and_the_users_files() -> None:
    template = shipped_path("letter-follow-up", "en").read_bytes()
    extra = [Attachment("price list.xlsx", b"PK\x03\x04 not really")]
    files = write_letter("follow-up", content(), "en", template, ".eml", extra)
    message = email.message_from_bytes(files.data, policy=default)
    assert message["X-Unsent"] == "1"
    assert message["To"].addresses[0].addr_spec == "a@b.ru"
    assert message["To"].addresses[0].display_name == "Петрова Анна Сергеевна"
    assert message["Subject"] == "Partnership proposal: Coffee & books"
    names = [part.get_filename() for part in message.iter_attachments()]
    assert names == ["Coffee & books - Birch Leaf - proposal (en).pdf", "price list.xlsx"]
    pitch = next(message.iter_attachments()).get_content()
    assert pitch.startswith(b"%PDF")
    body = message.get_body(("plain",))
    assert body is not None
    text = body.get_content()
    assert text.startswith("Dear Петрова Анна Сергеевна,")  # from the salutation on
    assert "– Due in three days (3 posts), by 4 February 2027" in text
    assert "Attached: Coffee & books - Birch Leaf - proposal (en).pdf; price list.xlsx" in text


def test_no_contact_person_gives_an_empty_to() -> None:
    template = shipped_path("letter-reminder", "en").read_bytes()
    files = write_letter("reminder", content(contact=None), "en", template, ".eml")
    message = email.message_from_bytes(files.data, policy=default)
    assert files.to == "" and message["To"] is None
    body = message.get_body(("plain",))
    assert body is not None and body.get_content().startswith("Dear Birch Leaf team,")


@pytest.mark.parametrize("suffix", [".docx", ".txt"])
def test_hostile_names_print_literally(suffix: str) -> None:
    hostile = (
        promise(f"Posts {HOSTILE}", 2),
        promise("Prizes", -1, CommitmentStatus.DELIVERED),
    )
    shown = content(
        promises=hostile,
        partner_name=f"ООО {HOSTILE}",
        contact=ContactLine(f"Anna {HOSTILE}", "", "", ""),
    )
    template = shipped_path("letter-reminder", "en").read_bytes()
    files = write_letter("reminder", shown, "en", template, suffix)
    text = docx_text(files.data) if suffix == ".docx" else files.data.decode()
    assert f"Posts {HOSTILE} (3 posts)" in text
    assert f"ООО {HOSTILE}" in text and f"Dear Anna {HOSTILE}," in text


def test_the_mail_body_starts_at_the_salutation_or_is_all_of_it() -> None:
    assert mail_body("Orbita\n1 May\n\nDear Anna,\nHello.\n", "Dear Anna,") == (
        "Dear Anna,\nHello.\n"
    )
    assert mail_body("Our own form\nHello.\n", "Dear Anna,") == "Our own form\nHello.\n"


def test_the_shipped_letters_are_generated_reproducibly() -> None:
    import importlib.util
    import sys
    from pathlib import Path

    here = Path(__file__).resolve().parents[2] / "packaging"
    sys.path.insert(0, str(here))
    try:
        spec = importlib.util.spec_from_file_location("letters", here / "make_letter_templates.py")
        assert spec is not None and spec.loader is not None
        make = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(make)
    finally:
        sys.path.remove(str(here))
    for language in ("ru", "en"):
        for name, build in make.LETTERS.items():
            made = make.reproducible(build(language))
            assert made == shipped_path(name, language).read_bytes(), (name, language)
