"""The shared server's pg_dump files as `collabdesk check` reports them:
the newest by the time it was written, its age, a warning when it is older
than two days or missing; the dump folder kept in the library profile."""

from __future__ import annotations

import io
import os
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from collabdesk.cli import run
from collabdesk.commands.server_check import check_server
from collabdesk.config import Settings
from collabdesk.services.errors import ServiceError
from collabdesk.services.server_dumps import ServerDumps, newest_dump
from collabdesk.store.database import Database
from tests.unit.conftest import POSTGRES_URL, postgres_database

NOW = datetime(2026, 12, 7, 9, 30)


def dump(folder: Path, name: str, written: datetime) -> Path:
    path = folder / name
    path.write_bytes(b"PGDMP")
    os.utime(path, (written.timestamp(), written.timestamp()))
    return path


def test_newest_dump_is_the_latest_written_and_skips_half_written_files(tmp_path: Path) -> None:
    dump(tmp_path, "collabdesk-2026-12-04.dump", datetime(2026, 12, 4, 2))
    dump(tmp_path, "collabdesk-2026-12-06.dump", datetime(2026, 12, 6, 2))
    dump(tmp_path, "collabdesk-2026-12-07.dump.partial", datetime(2026, 12, 7, 2))
    dump(tmp_path, ".hidden", datetime(2026, 12, 7, 3))
    newest = newest_dump(tmp_path, NOW)
    assert newest is not None
    assert newest.path.name == "collabdesk-2026-12-06.dump"
    assert newest.written == datetime(2026, 12, 6, 2) and newest.days == 1
    assert not newest.stale


def test_a_dump_older_than_two_days_is_stale_and_none_is_none(tmp_path: Path) -> None:
    dump(tmp_path, "old.dump", NOW - timedelta(days=2, minutes=1))
    newest = newest_dump(tmp_path, NOW)
    assert newest is not None and newest.stale and newest.days == 2
    assert newest_dump(tmp_path / "empty-or-missing", NOW) is None
    (tmp_path / "empty").mkdir()
    assert newest_dump(tmp_path / "empty", NOW) is None


def test_dump_folder_is_kept_and_a_missing_folder_refused(db: Database, tmp_path: Path) -> None:
    dumps = ServerDumps(db.sessions)
    assert dumps.folder() == ""
    assert dumps.set_folder(f"  {tmp_path}  ") == str(tmp_path)
    assert dumps.folder() == str(tmp_path)
    for wrong in (str(tmp_path / "nowhere"), "x" * 10_000, "<b>📁</b>"):
        with pytest.raises(ServiceError) as caught:
            dumps.set_folder(wrong)
        assert "not a folder" in str(caught.value.message.template)
    assert dumps.folder() == str(tmp_path)  # nothing lost
    assert dumps.set_folder("") == "" and dumps.folder() == ""


def test_sqlite_check_still_reports_its_own_backups(tmp_path: Path) -> None:
    out, err = io.StringIO(), io.StringIO()
    data = tmp_path / "data"
    assert run(["--data-dir", str(data), "partners", "list"], out, err) == 0
    out = io.StringIO()
    assert run(["--data-dir", str(data), "check"], out, err) == 0
    assert "Backups: 0" in out.getvalue() and "server dump" not in out.getvalue()


@pytest.fixture
def server_url() -> str:
    if not POSTGRES_URL:
        pytest.skip("PostgreSQL run skipped: COLLABDESK_TEST_POSTGRES_URL is not set")
    return postgres_database()


def server_settings(url: str, tmp_path: Path) -> Settings:
    return Settings(data_dir=tmp_path / "data", database_url=url)


def test_server_check_reports_the_newest_dump_and_its_age(server_url: str, tmp_path: Path) -> None:
    folder = tmp_path / "dumps"
    folder.mkdir()
    settings = server_settings(server_url, tmp_path)
    out = io.StringIO()
    assert check_server(settings, str(folder), out, NOW) == 0
    assert f"warning: no server dump found in {folder}." in out.getvalue()

    dump(folder, "collabdesk-2026-12-06.dump", datetime(2026, 12, 6, 2))
    out = io.StringIO()
    check_server(settings, str(folder), out, NOW)
    assert "Newest server dump: 2026-12-06 02:00 (1 day old)" in out.getvalue()
    assert "warning" not in out.getvalue()

    dump(folder, "collabdesk-2026-12-06.dump", datetime(2026, 12, 3, 2))
    out = io.StringIO()
    check_server(settings, str(folder), out, NOW)
    assert "(4 days old)" in out.getvalue() and "older than 2 days" in out.getvalue()


def test_server_check_reads_the_folder_set_in_settings(server_url: str, tmp_path: Path) -> None:
    folder = tmp_path / "dumps"
    folder.mkdir()
    dump(folder, "nightly.dump", datetime.now() - timedelta(hours=5))
    out, err = io.StringIO(), io.StringIO()
    base = ["--database-url", server_url]
    assert run([*base, "check"], out, err) == 0
    assert "no dump folder is set" in out.getvalue()
    assert run([*base, "settings", "dump-folder", str(folder)], io.StringIO(), err) == 0
    out = io.StringIO()
    assert run([*base, "check"], out, err) == 0, err.getvalue()
    assert (
        "Newest server dump:" in out.getvalue() and "(0 days old): nightly.dump" in out.getvalue()
    )
