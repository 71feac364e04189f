"""Bad input gets a clear message and loses nothing; odd but valid input is
stored exactly as typed."""

from __future__ import annotations

import pytest

from collabdesk.services.desk import Desk
from collabdesk.services.errors import ValidationError
from collabdesk.services.partners import PartnerDraft
from collabdesk.services.validation import clean_line, clean_text, normalise_url


def refused(desk: Desk, draft: PartnerDraft) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        desk.partners.create(draft)
    assert desk.partners.count() == 0
    return caught.value


@pytest.mark.parametrize("name", ["", "   ", "\t\n", "\x00\x07"])
def test_name_is_required(desk: Desk, name: str) -> None:
    error = refused(desk, PartnerDraft(name=name))
    problem = error.for_field("name")
    assert problem is not None
    assert problem.code == "required"
    assert problem.message == "Name is required."


def test_ten_thousand_character_name_is_refused_with_a_short_message(desk: Desk) -> None:
    error = refused(desk, PartnerDraft(name="Ж" * 10_000))
    problem = error.for_field("name")
    assert problem is not None
    assert problem.code == "too_long"
    assert "too long" in problem.message
    assert "10000" in problem.message
    assert len(str(error)) < 200


def test_name_at_the_limit_is_accepted(desk: Desk) -> None:
    assert len(desk.partners.create(PartnerDraft(name="Ж" * 200)).name) == 200
    with pytest.raises(ValidationError):
        desk.partners.create(PartnerDraft(name="Ж" * 201))


def test_all_problems_are_reported_together(desk: Desk) -> None:
    error = refused(
        desk, PartnerDraft(name="", email="nope", website="not a site", phone="call me maybe")
    )
    assert {(p.field, p.code) for p in error.problems} == {
        ("name", "required"),
        ("email", "bad_email"),
        ("website", "bad_url"),
        ("phone", "bad_phone"),
    }


@pytest.mark.parametrize(
    "email",
    [
        "plain",
        "a@b",
        "a@b.c",
        "two@@at.example",
        "sp ace@x.example",
        "<x@y.example>",
        "x@y.example,",
    ],
)
def test_bad_email(desk: Desk, email: str) -> None:
    problem = refused(desk, PartnerDraft(name="X", email=email)).for_field("email")
    assert problem is not None and problem.code == "bad_email"


@pytest.mark.parametrize(
    "email", ["anna@library.example", "a.b+c@mail.example.org", "пётр@почта.рф", "  x@y.example  "]
)
def test_good_email(desk: Desk, email: str) -> None:
    assert desk.partners.create(PartnerDraft(name="X", email=email)).email == email.strip()


@pytest.mark.parametrize(
    "website", ["not a site", "http://", "ftp://files.example", "javascript:alert(1)", "localhost"]
)
def test_bad_url(desk: Desk, website: str) -> None:
    problem = refused(desk, PartnerDraft(name="X", website=website)).for_field("website")
    assert problem is not None and problem.code == "bad_url"


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("example.com", "https://example.com"),
        ("www.library.example/path?q=1", "https://www.library.example/path?q=1"),
        ("библиотека.рф", "https://библиотека.рф"),
        ("http://old.example", "http://old.example"),
        ("HTTPS://Upper.Example", "HTTPS://Upper.Example"),
        ("https://site.example:8443/x", "https://site.example:8443/x"),
        ("", ""),
    ],
)
def test_website_gets_a_scheme(desk: Desk, typed: str, stored: str) -> None:
    assert desk.partners.create(PartnerDraft(name="X", website=typed)).website == stored
    assert normalise_url(typed) == stored


@pytest.mark.parametrize(
    "name",
    [
        "<b>x</b>",
        "<script>alert('x')</script>",
        "Кофейня «Зерно» & Co",
        "🎨 Арт-студия 🖌️",
        "👩‍👩‍👧 Семейный клуб",
        "O'Brien; DROP TABLE partner; --",
        '100% "натурально"',
    ],
)
def test_markup_quotes_and_emoji_are_stored_literally(desk: Desk, name: str) -> None:
    created = desk.partners.create(PartnerDraft(name=name, notes=name))
    loaded = desk.partners.get(created.id)
    assert loaded.name == name
    assert loaded.notes == name


def test_control_characters_are_stripped(desk: Desk) -> None:
    created = desk.partners.create(
        PartnerDraft(
            name="Пётр\x00 Иванов\x07\x1b",
            city="\x0bТомск\x7f",
            notes="строка 1\n\tстрока 2\x00\x08",
        )
    )
    assert created.name == "Пётр Иванов"
    assert created.city == "Томск"
    assert created.notes == "строка 1\n\tстрока 2"


def test_whitespace_is_collapsed_in_one_line_fields(desk: Desk) -> None:
    created = desk.partners.create(
        PartnerDraft(
            name="  Пётр \t  Иванов\n ",
            city=" Новый   Уренгой ",
            notes="  Первая строка\n\nВторая  строка  ",
        )
    )
    assert created.name == "Пётр Иванов"
    assert created.city == "Новый Уренгой"
    assert created.notes == "Первая строка\n\nВторая  строка"  # notes keep their lines


def test_phone_numbers(desk: Desk) -> None:
    for phone in ("+7 (3822) 12-34-56", "8 800 555 35 35 доб. 12", "+1 555.123.4567 ext 9"):
        assert desk.partners.create(PartnerDraft(name="X", phone=phone)).phone == phone
    for phone in ("---", "call me", "+7 abc"):
        with pytest.raises(ValidationError):
            desk.partners.create(PartnerDraft(name="X", phone=phone))


def test_refused_edit_keeps_the_saved_partner(desk: Desk) -> None:
    created = desk.partners.create(PartnerDraft(name="Исходное имя", email="a@a.example"))
    with pytest.raises(ValidationError):
        desk.partners.update(created.id, PartnerDraft(name="x" * 10_000), created.version_id)
    with pytest.raises(ValidationError):
        desk.partners.update(
            created.id, PartnerDraft(name="Новое", email="broken"), created.version_id
        )
    loaded = desk.partners.get(created.id)
    assert (loaded.name, loaded.email, loaded.version_id) == ("Исходное имя", "a@a.example", 1)


def test_long_tag_is_refused(desk: Desk) -> None:
    error = refused(desk, PartnerDraft(name="X", tags=("т" * 61,)))
    assert error.for_field("tags") is not None


def test_clean_helpers() -> None:
    assert clean_text(None) == ""
    assert clean_text(" a\u200bb\x00 ") == "a\u200bb"  # zero-width space is text, NUL is not
    assert clean_line("a\nb\tc   d") == "a b c d"
    assert clean_line("\ud800x") == "x"  # a lone surrogate cannot be stored


@pytest.mark.parametrize("typed", ["javascript:alert(1)", "file:///etc/passwd", "ftp://x.ru"])
def test_other_schemes_are_refused_as_typed(typed: str) -> None:
    from collabdesk.services.validation import Checker, normalise_url

    check = Checker()
    check.url("website", normalise_url(typed))
    (problem,) = check.problems
    assert problem.code == "bad_url"
    assert f"'{typed}'" in problem.message  # no https:// the user never typed
