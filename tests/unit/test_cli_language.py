"""The command line speaks the reader's language: LC_ALL, LC_MESSAGES or LANG,
else the library profile's. Every refusal goes through one catalogue, and a
name typed with % in it comes back exactly as typed."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest

from collabdesk.cli import run
from collabdesk.commands import language
from collabdesk.domain.message import QT_TRANSLATE_NOOP, Message
from collabdesk.services.collaborations import CollaborationDraft
from collabdesk.services.desk import Desk
from collabdesk.services.errors import InUseError
from collabdesk.services.library import ProfileDraft
from collabdesk.store.database import open_database, sqlite_url


def cli(data: Path, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(["--data-dir", str(data), *argv], out, err)
    return code, out.getvalue(), err.getvalue()


def in_use(data: Path, name: str) -> int:
    """A partner called `name` that takes part in a collaboration; its id."""
    code, out, _err = cli(data, "partners", "add", "--name", name)
    assert code == 0
    partner_id = int(out.split()[2].rstrip(":"))  # "Added partner 1: …"
    db = open_database(sqlite_url(data / "collabdesk.sqlite3"))
    try:
        draft = CollaborationDraft(title="Неделя «100%»", partner_ids=(partner_id,))
        Desk.over(db.sessions).collaborations.create(draft)
    finally:
        db.close()
    return partner_id


@pytest.mark.parametrize("name", ["A%2", "50%1", "%1%2 «кавычки»"])
def test_a_name_with_percent_signs_is_said_as_typed_in_english_and_russian(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    partner_id = in_use(tmp_path, name)

    code, _out, err = cli(tmp_path, "partners", "delete", str(partner_id))
    assert code == 1
    assert err.startswith(f"collabdesk: “{name}” cannot be deleted: it takes part in")
    assert "«Неделя «100%»»" in err

    monkeypatch.setenv("LANG", "ru_RU.UTF-8")
    code, _out, err = cli(tmp_path, "partners", "delete", str(partner_id))
    assert code == 1
    assert err.startswith(f"collabdesk: «{name}» нельзя удалить: партнёр участвует")
    assert "«Неделя «100%»»" in err and "ничего не удалено" in err


def test_the_message_keeps_the_name_apart_from_the_template() -> None:
    error = InUseError(
        Message("PartnerService", QT_TRANSLATE_NOOP("PartnerService", "%1 and %2 more"), ("A%2", 3))
    )
    assert str(error) == "A%2 and 3 more"
    assert error.message.args == ("A%2", 3)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("C", "collabdesk: There is no partner with id 42.\n"),
        ("en_GB.UTF-8", "collabdesk: There is no partner with id 42.\n"),
        ("ru_RU.UTF-8", "collabdesk: Партнёра с номером 42 нет.\n"),
    ],
)
def test_a_missing_partner_is_refused_in_the_environments_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str, expected: str
) -> None:
    monkeypatch.setenv("LANG", lang)
    assert cli(tmp_path, "partners", "show", "42") == (1, "", expected)


def test_lc_all_outranks_lang(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    monkeypatch.setenv("LC_ALL", "ru_RU.UTF-8")
    assert "Партнёра с номером 7 нет." in cli(tmp_path, "partners", "show", "7")[2]


def test_without_the_environment_the_library_profile_decides(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("LANG")
    db = open_database(sqlite_url(tmp_path / "collabdesk.sqlite3"))
    try:
        Desk.over(db.sessions).library.save(ProfileDraft(name="ЦБС", default_language="en"))
    finally:
        db.close()
    assert "There is no partner with id 7." in cli(tmp_path, "partners", "show", "7")[2]

    db = open_database(sqlite_url(tmp_path / "collabdesk.sqlite3"))
    try:
        Desk.over(db.sessions).library.save(ProfileDraft(name="ЦБС", default_language="ru"))
    finally:
        db.close()
    assert "Партнёра с номером 7 нет." in cli(tmp_path, "partners", "show", "7")[2]


def test_usage_errors_and_the_commands_own_words_are_translated(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "ru_RU.UTF-8")
    code, out, err = cli(tmp_path, "partners", "add")
    assert code == 2 and out == ""
    assert err == "collabdesk partners add: не хватает обязательных аргументов: --name\n"

    code, out, err = cli(tmp_path, "partners", "add", "--name", "Типография 100%")
    assert code == 0 and out == "Добавлен партнёр 1: Типография 100%\n"
    code, out, err = cli(tmp_path, "partners", "list")
    assert out.endswith("Партнёры: 1\n")
    code, out, err = cli(tmp_path, "partners", "edit", "1")
    assert code == 1
    assert err.startswith("collabdesk: Нечего менять")


def test_field_problems_are_translated_with_their_field_names(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "ru_RU.UTF-8")
    code, _out, err = cli(tmp_path, "partners", "add", "--name", "x" * 300, "--email", "nope")
    assert code == 1
    assert "Поле «Название» слишком длинное: 300 симв., допускается не больше 200." in err
    assert "«nope» — не адрес электронной почты." in err


def test_an_unreadable_catalogue_leaves_the_command_line_in_english(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("LANG", "ru_RU.UTF-8")
    language.catalogue.cache_clear()
    monkeypatch.setattr("collabdesk.resources_dir.resource", lambda *parts: tmp_path / "none.json")
    try:
        language.begin()
        assert language.words(QT_TRANSLATE_NOOP("Cli", "Wrote %1"), "a.pdf") == "Wrote a.pdf"
    finally:
        language.catalogue.cache_clear()


def test_version_and_the_window_start_do_not_load_the_language_module() -> None:
    script = (
        "import io, sys\n"
        "from collabdesk import cli\n"
        "cli.run(['--version'], io.StringIO(), io.StringIO())\n"
        "print('collabdesk.commands.language' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "False"


def test_an_import_says_why_each_row_is_left_out_in_russian(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cli(tmp_path, "partners", "add", "--name", "Кофейня")
    db = open_database(sqlite_url(tmp_path / "collabdesk.sqlite3"))
    try:
        draft = CollaborationDraft(title="Ночь в библиотеке", partner_ids=(1,))
        Desk.over(db.sessions).collaborations.create(draft)
    finally:
        db.close()
    source = tmp_path / "promises.csv"
    source.write_text(
        "Collaboration;Direction;Description;Due\n"
        "Ночь в библиотеке;library;Пост;завтра\n"
        "Ночь на катке;library;Афиша;\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("LANG", "ru_RU.UTF-8")
    code, out, _err = cli(tmp_path, "commitments", "import", str(source), "--dry-run")
    assert code == 0
    assert "  строка 2 (отклонена): Пост: Срок: «завтра» — не дата вида 31.12.2026" in out
    assert "  строка 3 (отклонена): Афиша: сотрудничества «Ночь на катке» нет" in out
    assert out.endswith("Пробный запуск: ничего не изменено.\n")


def test_show_labels_and_missing_answers_are_in_russian(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cli(tmp_path, "partners", "add", "--name", "Кофейня", "--city", "Томск")
    db = open_database(sqlite_url(tmp_path / "collabdesk.sqlite3"))
    try:
        draft = CollaborationDraft(title="Ночь в библиотеке", partner_ids=(1,))
        Desk.over(db.sessions).collaborations.create(draft)
    finally:
        db.close()
    monkeypatch.setenv("LANG", "ru_RU.UTF-8")
    code, out, _err = cli(tmp_path, "partners", "show", "1")
    assert code == 0
    assert "Название:  Кофейня\n" in out and "Город:     Томск\n" in out
    assert "Участвует: Ночь в библиотеке (idea, partner)\n" in out

    code, out, _err = cli(tmp_path, "collaborations", "show", "1")
    assert code == 0
    assert out.startswith("Ночь в библиотеке (idea), готовность 0%\nПартнёры: Кофейня\n")
    assert "Не хватает: Нет ответа: " in out
    assert "Not answered" not in out and "Missing" not in out
