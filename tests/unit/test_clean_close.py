"""After a clean close the next start skips `quick_check` only when nothing
has written the file since (store/clean_close.py): a write by the command
line, frames in the -wal, a damaged page, a failed check of a backup's copy
all send it through the check again, and a damaged file is still refused."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from collabdesk.cli import run
from collabdesk.domain.partner import Partner
from collabdesk.store import startup
from collabdesk.store.backup import BackupError, copy_verified
from collabdesk.store.clean_close import identity, record_path
from collabdesk.store.data_files import make_private
from collabdesk.store.database import open_database, sqlite_url
from collabdesk.store.startup import (
    FULL_CHECK,
    QUICK_CHECK,
    UNCHANGED,
    DamagedDatabaseError,
    check_at_start,
    marker_path,
)


def window_session(path: Path, *names: str) -> str:
    """One run of the window: open as it does (lock, check), save, close
    cleanly. Returns which start-up check ran."""
    ran: list[str] = []
    real = startup.check_with_progress

    def noting(database: Path, *, full: bool, progress: object = None) -> str:
        ran.append(FULL_CHECK if full else QUICK_CHECK)
        return real(database, full=full)

    startup.check_with_progress = noting  # type: ignore[assignment]
    try:
        db = open_database(sqlite_url(path), exclusive=True)
    finally:
        startup.check_with_progress = real  # type: ignore[assignment]
    try:
        if names:
            with db.sessions.begin() as session:
                session.add_all(Partner(name=name) for name in names)
    finally:
        db.close()
    return ran[0] if ran else UNCHANGED


@pytest.fixture
def database(tmp_path: Path) -> Path:
    path = tmp_path / "collabdesk.sqlite3"
    assert window_session(path, *(f"Партнёр {i}" for i in range(300))) == UNCHANGED  # new file
    return path


def test_a_clean_close_notes_the_files_identity(database: Path) -> None:
    noted = json.loads(record_path(database).read_text(encoding="utf-8"))
    st = database.stat()
    assert noted["inode"] == st.st_ino and noted["size"] == st.st_size
    assert noted["mtime_ns"] == st.st_mtime_ns and noted["ctime_ns"] == st.st_ctime_ns
    assert noted["check_passed"] is True
    assert not marker_path(database).exists()
    assert stat.S_IMODE(record_path(database).stat().st_mode) == 0o600


def test_an_unchanged_file_opens_without_a_check(database: Path) -> None:
    assert window_session(database) == UNCHANGED
    assert window_session(database, "Ещё один") == UNCHANGED  # its own saves are fine
    assert window_session(database) == UNCHANGED


def test_while_open_the_record_is_gone_and_a_crash_still_gets_the_full_check(
    database: Path,
) -> None:
    assert check_at_start(database) == UNCHANGED
    assert not record_path(database).exists()  # a crash now must not look clean
    assert check_at_start(database) == FULL_CHECK  # the marker left behind


def test_a_command_line_write_between_sessions_sends_the_start_through_the_check(
    database: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        run(
            ["--data-dir", str(database.parent), "partners", "add", "--name", "Из командной строки"]
        )
        == 0
    )
    capsys.readouterr()
    assert window_session(database) == QUICK_CHECK
    assert window_session(database) == UNCHANGED  # verified again at that start


def test_a_write_that_restores_the_modification_time_is_still_seen(database: Path) -> None:
    before = database.stat()
    with sqlite3.connect(database) as conn:
        conn.execute("UPDATE partner SET name = 'Тайком' WHERE id = 1")
    conn.close()
    os.utime(database, ns=(before.st_atime_ns, before.st_mtime_ns))  # as `cp -p` or rsync -t
    assert database.stat().st_mtime_ns == before.st_mtime_ns
    assert window_session(database) == QUICK_CHECK  # the change time moved


def test_frames_in_the_wal_send_the_start_through_the_check(database: Path) -> None:
    before = identity(database)
    writer = sqlite3.connect(database)  # another process, still open: its save is in the -wal
    try:
        writer.execute("PRAGMA journal_mode=WAL")
        writer.execute("UPDATE partner SET name = 'В журнале' WHERE id = 2")
        writer.commit()
        assert identity(database) == before  # the main file alone looks untouched
        assert Path(f"{database}-wal").stat().st_size > 0
        assert check_at_start(database) == QUICK_CHECK
    finally:
        writer.close()


def test_a_damaged_page_after_a_clean_close_is_checked_and_refused(database: Path) -> None:
    before = identity(database)
    assert before is not None
    with database.open("r+b") as handle:  # bytes flipped with the file closed
        handle.seek(before.size // 2)
        handle.write(b"\xa5" * 4096)
    after = identity(database)
    assert after is not None and after.mtime_ns != before.mtime_ns  # a write moves it
    assert after.size == before.size
    with pytest.raises(DamagedDatabaseError, match="failed its quick_check"):
        check_at_start(database)
    assert not marker_path(database).exists()  # refused: not opened, nothing written


def test_a_failed_check_of_the_backup_copy_means_the_next_start_checks(
    database: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from collabdesk.store import backup

    db = open_database(sqlite_url(database), exclusive=True)
    try:
        monkeypatch.setattr(backup, "_copy_and_check", lambda *a, **k: "*** page 7: damaged")
        with pytest.raises(BackupError, match="failed its integrity check"):
            copy_verified(database, tmp_path / "copy.sqlite3", full=False)
    finally:
        db.close()
    assert json.loads(record_path(database).read_text(encoding="utf-8"))["check_passed"] is False
    monkeypatch.undo()
    assert window_session(database) == QUICK_CHECK


def test_a_file_put_in_its_place_is_checked(database: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite3"
    window_session(other, "Другой")
    other.replace(database)  # same bytes as a verified file, but not the one recorded
    assert window_session(database) == QUICK_CHECK


def test_refused_opening_leaves_no_record(database: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from collabdesk.store import database as store_database

    def newer(_revision: object) -> None:
        raise RuntimeError("newer schema")

    monkeypatch.setattr(store_database, "schema_revision", lambda _p: "9999_future")
    monkeypatch.setattr("collabdesk.store.migrate.check_not_newer", newer)
    with pytest.raises(RuntimeError):
        open_database(sqlite_url(database), exclusive=True)
    assert not marker_path(database).exists() and not record_path(database).exists()


def test_making_a_private_file_private_again_leaves_its_change_time(tmp_path: Path) -> None:
    path = tmp_path / "f"
    path.write_text("x")
    make_private(path)
    before = path.stat().st_ctime_ns
    make_private(path)
    assert path.stat().st_ctime_ns == before
