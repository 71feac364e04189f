"""The command line: the same services without a window. Every failure is
one line on stderr and a non-zero exit code, never a traceback."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from collabdesk import __version__
from collabdesk.cli import run
from collabdesk.config import DATABASE_FILE


@dataclass(frozen=True)
class Result:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


def cli(*argv: str) -> Result:
    out, err = io.StringIO(), io.StringIO()
    code = run(list(argv), out, err)
    return Result(code, out.getvalue(), err.getvalue())


class Cli:
    """Runs commands against one data folder."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir

    def __call__(self, *argv: str) -> Result:
        return cli("--data-dir", str(self.data_dir), *argv)


@pytest.fixture
def desk_cli(tmp_path: Path) -> Cli:
    return Cli(tmp_path / "data")


def assert_one_line_error(result: Result, code: int = 1) -> None:
    assert result.code == code
    assert result.out == ""
    assert result.err.endswith("\n")
    assert result.err.count("\n") == 1, result.err
    assert "Traceback" not in result.err
    assert result.err.startswith("collabdesk")


def test_version() -> None:
    result = cli("--version")
    assert result.code == 0
    assert result.out.strip() == f"CollabDesk {__version__}"
    assert result.err == ""


def test_help_mentions_the_commands() -> None:
    result = cli("--help")
    assert result.code == 0
    assert "demo" in result.out
    assert "partners" in result.out


def test_demo_fills_once_then_refuses(desk_cli: Cli) -> None:
    first = desk_cli("demo", "--lang", "en")
    assert first.code == 0, first.err
    assert "12 partners" in first.out
    assert (desk_cli.data_dir / DATABASE_FILE).is_file()

    second = desk_cli("demo", "--lang", "ru")
    assert_one_line_error(second)
    assert "already holds partners" in second.err

    listed = desk_cli("partners", "list", "--json")
    assert len(listed.json()) == 12
    assert all(p["name"].isascii() for p in listed.json())  # still the English demo


def test_demo_in_russian(desk_cli: Cli) -> None:
    assert desk_cli("demo", "--lang", "ru").code == 0
    names = [p["name"] for p in desk_cli("partners", "list", "--json").json()]
    assert len(names) == 12
    assert any(not name.isascii() for name in names)


def test_add_list_show_edit_delete(desk_cli: Cli) -> None:
    added = desk_cli(
        "partners", "add", "--name", "Пётр Иванов", "--kind", "artist", "--email", "p@iv.example"
    )
    assert added.code == 0, added.err
    assert "Пётр Иванов" in added.out
    desk_cli("partners", "add", "--name", "Галерея «Белая»", "--city", "Томск")

    listed = desk_cli("partners", "list", "--json").json()
    assert [(p["name"], p["kind"], p["status"]) for p in listed] == [
        ("Галерея «Белая»", "business", "prospect"),
        ("Пётр Иванов", "artist", "prospect"),
    ]
    ids = {p["name"]: p["id"] for p in listed}
    assert all(isinstance(i, int) for i in ids.values())
    assert set(listed[0]) >= {"id", "name", "kind", "status", "city", "email", "phone"}
    petr = ids["Пётр Иванов"]

    shown = desk_cli("partners", "show", str(petr), "--json").json()
    assert shown["id"] == petr
    assert shown["name"] == "Пётр Иванов"
    assert shown["kind"] == "artist"
    assert shown["status"] == "prospect"
    assert shown["email"] == "p@iv.example"
    assert shown["contacts"] == []
    assert shown["collaborations"] == []

    edited = desk_cli(
        "partners", "edit", str(petr), "--status", "active", "--city", "Томск", "--kind", "designer"
    )
    assert edited.code == 0, edited.err
    shown = desk_cli("partners", "show", str(petr), "--json").json()
    assert (shown["status"], shown["city"], shown["kind"]) == ("active", "Томск", "designer")
    assert shown["name"] == "Пётр Иванов"
    assert shown["email"] == "p@iv.example"  # untouched fields stay

    text = desk_cli("partners", "show", str(petr))
    assert text.code == 0
    assert "Пётр Иванов" in text.out
    assert "designer" in text.out

    deleted = desk_cli("partners", "delete", str(petr))
    assert deleted.code == 0
    assert "Пётр Иванов" in deleted.out
    assert [p["id"] for p in desk_cli("partners", "list", "--json").json()] == [
        ids["Галерея «Белая»"]
    ]


def test_list_as_a_table_with_search_and_filters(desk_cli: Cli) -> None:
    desk_cli("partners", "add", "--name", "ИВАНОВ и сыновья", "--kind", "business")
    desk_cli("partners", "add", "--name", "Ёлка Студио", "--kind", "designer")
    desk_cli("partners", "add", "--name", "Радио Волна", "--kind", "media", "--status", "active")

    table = desk_cli("partners", "list")
    assert table.code == 0
    lines = table.out.splitlines()
    assert lines[0].split() == ["ID", "NAME", "KIND", "STATUS", "CITY", "E-MAIL"]
    assert "Partners: 3" in lines[-1]

    def names(*args: str) -> list[str]:
        return [p["name"] for p in desk_cli("partners", "list", "--json", *args).json()]

    assert names("--search", "иванов") == ["ИВАНОВ и сыновья"]
    assert names("--search", "елка") == ["Ёлка Студио"]
    assert names("--kind", "media") == ["Радио Волна"]
    assert names("--status", "active") == ["Радио Волна"]
    assert names("--search", "нет такого") == []
    assert names("--limit", "1") == ["Ёлка Студио"]  # name order, ё sorted as е


@pytest.mark.slow
def test_delete_refused_when_partner_takes_part(desk_cli: Cli) -> None:
    assert desk_cli("demo", "--lang", "en").code == 0
    listed = desk_cli("partners", "list", "--json").json()
    blocked = next(
        p
        for p in listed
        if desk_cli("partners", "show", str(p["id"]), "--json").json()["collaborations"]
    )

    result = desk_cli("partners", "delete", str(blocked["id"]))

    assert_one_line_error(result)
    assert "nothing was deleted" in result.err
    assert len(desk_cli("partners", "list", "--json").json()) == 12


def test_unknown_id(desk_cli: Cli) -> None:
    for action in ("show", "delete"):
        result = desk_cli("partners", action, "4242")
        assert_one_line_error(result)
        assert "4242" in result.err
    result = desk_cli("partners", "edit", "4242", "--name", "X")
    assert_one_line_error(result)


def test_edit_with_nothing_to_change(desk_cli: Cli) -> None:
    desk_cli("partners", "add", "--name", "A")
    assert_one_line_error(desk_cli("partners", "edit", "1"))


def test_bad_email_saves_nothing(desk_cli: Cli) -> None:
    result = desk_cli("partners", "add", "--name", "Пётр", "--email", "not-an-address")
    assert_one_line_error(result)
    assert "not-an-address" in result.err
    assert desk_cli("partners", "list", "--json").json() == []


def test_very_long_name_saves_nothing(desk_cli: Cli) -> None:
    result = desk_cli("partners", "add", "--name", "Я" * 10_000)
    assert_one_line_error(result)
    assert "too long" in result.err
    assert len(result.err) < 500
    assert desk_cli("partners", "list", "--json").json() == []


def test_bad_email_on_edit_keeps_the_old_one(desk_cli: Cli) -> None:
    desk_cli("partners", "add", "--name", "A", "--email", "a@a.example")
    assert_one_line_error(desk_cli("partners", "edit", "1", "--email", "broken@"))
    assert desk_cli("partners", "show", "1", "--json").json()["email"] == "a@a.example"


def test_markup_and_emoji_names_are_kept_literally(desk_cli: Cli) -> None:
    for name in ("<b>Жирный</b> & Co", "Кофе ☕ и книги 📚"):
        assert desk_cli("partners", "add", "--name", name).code == 0
    names = {p["name"] for p in desk_cli("partners", "list", "--json").json()}
    assert names == {"<b>Жирный</b> & Co", "Кофе ☕ и книги 📚"}


def test_not_a_database_file(desk_cli: Cli) -> None:
    desk_cli.data_dir.mkdir()
    path = desk_cli.data_dir / DATABASE_FILE
    path.write_bytes(b"my thesis, not a database" * 100)

    result = desk_cli("partners", "list")

    assert_one_line_error(result)
    assert "not a CollabDesk database" in result.err
    assert path.read_bytes() == b"my thesis, not a database" * 100


def test_unwritable_data_folder(tmp_path: Path) -> None:
    blocker = tmp_path / "file.txt"
    blocker.write_text("x")

    result = cli("--data-dir", str(blocker / "sub"), "partners", "list")

    assert_one_line_error(result)
    assert "cannot write to its data folder" in result.err
    assert blocker.read_text() == "x"


@pytest.mark.parametrize(
    "argv",
    [
        ("frobnicate",),
        ("partners",),
        ("partners", "frob"),
        ("partners", "show", "abc"),
        ("partners", "add"),
        ("partners", "list", "--kind", "alien"),
        ("--no-such-option",),
    ],
)
def test_usage_errors_exit_2_with_one_line(desk_cli: Cli, argv: tuple[str, ...]) -> None:
    result = desk_cli(*argv)
    assert_one_line_error(result, code=2)
    assert not (desk_cli.data_dir / DATABASE_FILE).exists()


def test_data_dir_from_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLLABDESK_DATA_DIR", str(tmp_path / "env-data"))
    assert cli("partners", "add", "--name", "Из окружения").code == 0
    assert (tmp_path / "env-data" / DATABASE_FILE).is_file()

    # --data-dir wins over the environment.
    other = cli("--data-dir", str(tmp_path / "arg-data"), "partners", "list", "--json")
    assert other.json() == []
    assert [p["name"] for p in cli("partners", "list", "--json").json()] == ["Из окружения"]


def test_database_url_from_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "shared" / "team.sqlite3"
    target.parent.mkdir()
    monkeypatch.setenv("COLLABDESK_DATABASE_URL", f"sqlite:///{target}")

    assert cli("--data-dir", str(tmp_path / "data"), "partners", "add", "--name", "Общий").code == 0

    assert target.is_file()
    assert not (tmp_path / "data" / DATABASE_FILE).exists()


@pytest.mark.slow
def test_commands_do_not_load_qt(tmp_path: Path) -> None:
    # Scripts on a server without a display must work: no PySide6 import.
    code = (
        "import io, sys\n"
        "from collabdesk.cli import run\n"
        f"assert run(['--data-dir', {str(tmp_path)!r}, 'demo', '--lang', 'en'],"
        " io.StringIO(), sys.stderr) == 0\n"
        f"assert run(['--data-dir', {str(tmp_path)!r}, 'partners', 'list'],"
        " io.StringIO(), sys.stderr) == 0\n"
        "loaded = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
        "assert not loaded, loaded\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=Path(__file__).resolve().parents[2],
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])},
        check=False,
    )
    assert done.returncode == 0, done.stderr


def test_unusable_database_url_is_one_line(tmp_path: Path) -> None:
    result = cli("--data-dir", str(tmp_path), "--database-url", "nonsense", "partners", "list")
    assert_one_line_error(result)


def test_collaborations_list_and_show(desk_cli: Cli) -> None:
    assert desk_cli("demo", "--lang", "en").code == 0
    rows = desk_cli("collaborations", "list", "--json").json()
    assert len(rows) == 6
    assert all(0 <= r["readiness"] <= 100 for r in rows)
    preparing = desk_cli("collaborations", "list", "--stage", "preparing", "--json").json()
    assert [r["stage"] for r in preparing] == ["preparing"]
    table = desk_cli("collaborations", "list")
    assert "READY" in table.out and "Collaborations: 6" in table.out
    shown = desk_cli("collaborations", "show", str(rows[0]["id"]), "--json").json()
    assert shown["title"] == rows[0]["title"]
    assert shown["readiness"] == rows[0]["readiness"]
    assert isinstance(shown["answers"], list) and shown["missing"]
    text = desk_cli("collaborations", "show", str(rows[0]["id"]))
    assert text.code == 0 and "ready" in text.out


def test_collaborations_show_includes_answers(tmp_path: Path) -> None:
    from collabdesk.domain.checklist import GOAL
    from collabdesk.services.collaborations import CollaborationDraft
    from collabdesk.services.desk import Desk
    from collabdesk.store.database import open_database, sqlite_url

    data = tmp_path / "data"
    assert cli("--data-dir", str(data), "collaborations", "list").code == 0
    db = open_database(sqlite_url(data / DATABASE_FILE))
    desk = Desk.over(db.sessions)
    cid = desk.collaborations.create(CollaborationDraft(title="Кофе и книги")).id
    desk.collaborations.save_answer(cid, "why", GOAL, "Полка буккроссинга 📚", True)
    db.close()
    shown = cli("--data-dir", str(data), "collaborations", "show", str(cid), "--json").json()
    assert shown["answers"][0]["question"] == GOAL
    assert shown["answers"][0]["answer"] == "Полка буккроссинга 📚"
    assert shown["answers"][0]["prompt"]


def test_collaborations_errors(desk_cli: Cli) -> None:
    assert_one_line_error(desk_cli("collaborations", "show", "404"))
    assert_one_line_error(desk_cli("collaborations", "list", "--stage", "nonsense"), code=2)


def test_relative_data_folder_and_database_url_work(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # `--data-dir data` typed in a terminal is relative to where you are.
    monkeypatch.chdir(tmp_path)
    assert cli("--data-dir", "data", "demo", "--lang", "en").code == 0
    listed = cli("--data-dir", "data", "partners", "list", "--json")
    assert listed.code == 0 and len(listed.json()) == 12
    assert (tmp_path / "data" / DATABASE_FILE).is_file()
    other = cli("--database-url", "sqlite:///relative.sqlite3", "partners", "list")
    assert other.code == 0, other.err
    assert (tmp_path / "relative.sqlite3").is_file()


def test_output_cut_short_by_a_pipe_is_not_an_error(tmp_path: Path) -> None:
    # `collabdesk partners list | head -1`: the reader goes away early.
    class ClosedPipe(io.StringIO):
        def write(self, text: str) -> int:
            raise BrokenPipeError(32, "Broken pipe")

    assert cli("--data-dir", str(tmp_path), "demo", "--lang", "en").code == 0
    err = io.StringIO()
    code = run(["--data-dir", str(tmp_path), "partners", "list"], ClosedPipe(), err)
    assert code == 0 and err.getvalue() == ""


def test_data_folder_that_is_a_file_says_so(tmp_path: Path) -> None:
    a_file = tmp_path / "passwd"
    a_file.write_text("root:x:0:0")
    result = cli("--data-dir", str(a_file), "partners", "list")
    assert_one_line_error(result)
    assert "is a file, not a folder" in result.err
    assert a_file.read_text() == "root:x:0:0"


def test_restoring_a_file_that_is_not_a_backup_says_so(tmp_path: Path) -> None:
    assert cli("--data-dir", str(tmp_path / "data"), "demo", "--lang", "en").code == 0
    not_a_backup = tmp_path / "figures.csv"
    not_a_backup.write_text("Показатель;Январь 2026\n")
    result = cli("--data-dir", str(tmp_path / "data"), "restore", str(not_a_backup))
    assert_one_line_error(result)
    assert "is not a CollabDesk backup" in result.err
    listed = cli("--data-dir", str(tmp_path / "data"), "partners", "list", "--json")
    assert len(listed.json()) == 12  # nothing was restored over the data
