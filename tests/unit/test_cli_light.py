"""A lighter command line (issue 15): a command loads only what it uses;
one that only reads answers over plain SQL exactly as the full path does,
and falls back to it whenever the plain path cannot be sure."""

from __future__ import annotations

import dataclasses
import io
import subprocess
import sys
from pathlib import Path

import pytest

from collabdesk import cli
from collabdesk.commands import library as library_command
from collabdesk.commands import reading
from collabdesk.commands.desk import BUILT_OTHERWISE, SERVICES, command_desk

READ_COMMANDS = [
    ["partners", "list"],
    ["partners", "list", "--json", "--search", "coffee"],
    ["partners", "show", "1"],
    ["partners", "show", "3", "--json"],
    ["trash", "list"],
    ["trash", "list", "--json"],
    ["history", "partner", "1"],
    ["history", "partner", "1", "--json"],
    ["library", "show"],
    ["units", "list"],
    ["stats", "list"],
    ["stats", "list", "--json", "--metric", "Event attendance"],
    ["units", "list", "--json", "--shipped"],
    ["library", "show", "--json"],
]


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cli-light")
    assert cli.run(["--data-dir", str(folder), "demo"], io.StringIO(), io.StringIO()) == 0
    for argv in (
        ["partners", "edit", "1", "--city", "Tomsk"],
        ["partners", "delete", "11"],
        ["units", "add", "стенд", "--lang", "ru", "--few", "стенда", "--many", "стендов"],
        ["units", "add", "placard", "--lang", "en", "--other", "placards"],
    ):
        assert cli.run(["--data-dir", str(folder), *argv], io.StringIO(), io.StringIO()) == 0
    return folder


def run(data_dir: Path, argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.run(["--data-dir", str(data_dir), *argv], out, err)
    return code, out.getvalue(), err.getvalue()


@pytest.mark.parametrize("argv", READ_COMMANDS, ids=" ".join)
def test_the_plain_read_path_says_what_the_full_path_says(
    data_dir: Path, argv: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[object] = []
    real_open = reading.open_reading

    def spy(*args: object) -> object:
        opened.append(real_open(*args))  # type: ignore[arg-type]
        return opened[-1]

    monkeypatch.setattr(reading, "open_reading", spy)
    plain = run(data_dir, argv)
    assert opened and opened[0] is not None  # the plain path answered
    monkeypatch.setattr(reading, "open_reading", lambda *args: None)
    full = run(data_dir, argv)
    assert plain == full
    assert plain[0] == 0 and plain[1]


def test_a_missing_record_is_refused_by_the_full_path_in_its_words(data_dir: Path) -> None:
    code, out, err = run(data_dir, ["partners", "show", "9999"])
    assert (code, out) == (1, "")
    assert err.startswith("collabdesk: ") and "9999" in err


def loaded_modules(data_dir: Path, *argv: str) -> set[str]:
    """The modules a command leaves in sys.modules, run in a fresh process."""
    script = (
        "import sys, io\n"
        "from collabdesk import cli\n"
        f"code = cli.run({['--data-dir', str(data_dir), *argv]!r}, io.StringIO(), sys.stderr)\n"
        "assert code == 0, code\n"
        "print('\\n'.join(sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    return set(done.stdout.split())


def test_a_command_that_only_reads_loads_neither_sqlalchemy_nor_alembic(data_dir: Path) -> None:
    for argv in (["partners", "list"], ["history", "partner", "1"], ["library", "show"]):
        modules = loaded_modules(data_dir, *argv)
        assert "sqlalchemy" not in modules, argv
        assert "alembic" not in modules, argv


def test_a_writing_command_loads_no_alembic_and_only_its_own_services(data_dir: Path) -> None:
    modules = loaded_modules(data_dir, "partners", "add", "--name", "Новый партнёр")
    assert "sqlalchemy" in modules
    assert "alembic" not in modules  # the schema is current: nothing to migrate
    assert "collabdesk.commands.pitch" not in modules  # one command module, not all
    for heavy in ("collabdesk.services.pitch_content", "icalendar", "reportlab"):
        assert heavy not in modules, heavy


def test_a_schema_other_than_head_takes_the_full_path(tmp_path: Path) -> None:
    import sqlite3

    assert run(tmp_path, ["demo"])[0] == 0
    database = tmp_path / "collabdesk.sqlite3"
    with sqlite3.connect(database) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.close()
    code, out, err = run(tmp_path, ["partners", "list"])
    assert code == 1 and out == ""
    assert "written by a newer version of CollabDesk" in err  # refused as before, untouched


def test_no_database_yet_takes_the_full_path(tmp_path: Path) -> None:
    code, out, _err = run(tmp_path, ["partners", "list"])
    assert code == 0 and "Partners: 0" in out
    assert (tmp_path / "collabdesk.sqlite3").is_file()  # made and migrated as before


def test_the_command_word_is_found_after_the_global_options() -> None:
    assert cli.command_of(["--data-dir", "partners", "trash", "list"]) == "trash"
    assert cli.command_of(["--database-url=x", "--meeting", "partners"]) == "partners"
    assert cli.command_of(["--data-dir", "x"]) is None


def test_copied_constants_equal_their_sources() -> None:
    from collabdesk.services.library import ProfileDraft

    defaults = {f.name: f.default for f in dataclasses.fields(ProfileDraft)}
    del defaults["logo_path"]
    assert defaults == library_command.PROFILE_DEFAULTS


def test_the_command_desk_offers_every_service_of_a_desk(data_dir: Path) -> None:
    from collabdesk.config import resolve
    from collabdesk.services.desk import Desk
    from collabdesk.store.database import open_database

    fields = {f.name for f in dataclasses.fields(Desk)}
    assert set(SERVICES) | BUILT_OTHERWISE <= fields
    settings = resolve(str(data_dir))
    db = open_database(settings.database_url)
    try:
        lazy = command_desk(db.sessions, data_dir)
        real = Desk.over(db.sessions, data_dir=data_dir)
        for name in sorted(fields):
            assert type(getattr(lazy, name)) is type(getattr(real, name)), name
        assert lazy.partners is lazy.partners  # built once
        # Every service of a Desk is there; one not listed in SERVICES costs
        # the whole Desk (add it to commands/desk.SERVICES to keep commands light).
    finally:
        db.close()
