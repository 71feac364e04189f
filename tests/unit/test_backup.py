"""Backups, restore, start-up checks, the one-instance lock and network
shares: the store-level safety nets, and their command-line faces."""

from __future__ import annotations

import io
import os
import signal
import sqlite3
import stat
import subprocess
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from collabdesk.cli import run
from collabdesk.domain.partner import Partner
from collabdesk.store.backup import (
    BackupError,
    BackupFile,
    check_file,
    copy_verified,
    keep_set,
    list_backups,
    take_backup,
)
from collabdesk.store.database import open_database, sqlite_url
from collabdesk.store.errors import DatabaseLockedError
from collabdesk.store.instance_lock import InstanceLock
from collabdesk.store.network_share import network_share_reason
from collabdesk.store.restore import restore
from collabdesk.store.startup import (
    DamagedDatabaseError,
    NetworkShareError,
    check_at_start,
    marker_path,
    refuse_network_share,
)

ROOT = Path(__file__).resolve().parents[2]


def names(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT name FROM partner ORDER BY id")]
    finally:
        conn.close()


def make_db(path: Path, *partners: str) -> None:
    db = open_database(sqlite_url(path))
    try:
        with db.sessions.begin() as session:  # one transaction: fast
            session.add_all(Partner(name=name) for name in partners)
    finally:
        db.close()


def damage(path: Path) -> None:
    """Overwrite the middle of the file: pages SQLite will notice are wrong."""
    size = path.stat().st_size
    with path.open("r+b") as handle:
        handle.seek(size // 2)
        handle.write(b"\xa5" * 8192)


def test_backup_is_verified_and_readable_by_the_owner_only(tmp_path: Path) -> None:
    db_file = tmp_path / "collabdesk.sqlite3"
    make_db(db_file, "Ромашка")
    backup = take_backup(db_file, "manual")
    assert names(backup.path) == ["Ромашка"]
    assert check_file(backup.path) == "ok"
    assert stat.S_IMODE(backup.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(backup.path.parent.stat().st_mode) == 0o700
    assert list_backups(backup.path.parent)[0].path == backup.path
    assert not list(backup.path.parent.glob("*.partial"))


def test_a_damaged_database_never_replaces_a_good_backup(tmp_path: Path) -> None:
    db_file = tmp_path / "collabdesk.sqlite3"
    make_db(db_file, *(f"Партнёр {i}" for i in range(400)))
    good = tmp_path / "good.sqlite3"
    copy_verified(db_file, good)
    before = good.read_bytes()
    damage(db_file)
    with pytest.raises(BackupError):
        copy_verified(db_file, good)
    assert good.read_bytes() == before
    assert not list(tmp_path.glob("*.partial"))


def test_rotation_keeps_7_daily_4_weekly_12_monthly() -> None:
    today = date(2026, 11, 29)
    backups = [
        BackupFile(Path(f"b{i}"), datetime(2026, 11, 29, 12, tzinfo=UTC) - timedelta(days=i), "x")
        for i in range(400)
    ]  # one a day for 400 days
    kept = keep_set(backups, today)
    kept_days = sorted((today - b.taken_at.date()).days for b in backups if b.path in kept)
    assert kept_days[:7] == [0, 1, 2, 3, 4, 5, 6]  # the last week, daily
    assert len(kept) <= 7 + 4 + 12
    assert max(kept_days) >= 300  # monthly ones reach back almost a year
    print(f"rotation: 400 daily backups -> {len(kept)} kept")


def test_rotation_follows_the_policy_chosen_in_settings() -> None:
    from collabdesk.store.backup import KeepPolicy

    today = date(2026, 11, 29)
    backups = [
        BackupFile(Path(f"b{i}"), datetime(2026, 11, 29, 12, tzinfo=UTC) - timedelta(days=i), "x")
        for i in range(400)
    ]
    kept = keep_set(backups, today, KeepPolicy(daily=2, weekly=0, monthly=3))
    kept_days = sorted((today - b.taken_at.date()).days for b in backups if b.path in kept)
    assert kept_days[:2] == [0, 1] and 2 not in kept_days
    assert len(kept) <= 2 + 3
    assert max(kept_days) < 100  # three months back, not a year


def test_rotation_deletes_old_files(tmp_path: Path) -> None:
    db_file = tmp_path / "collabdesk.sqlite3"
    make_db(db_file, "A")
    start = datetime(2025, 1, 1, tzinfo=UTC)
    for day in range(40):
        take_backup(db_file, "daily", now=start + timedelta(days=day))
    left = list_backups(tmp_path / "backups")
    assert 7 <= len(left) <= 23
    assert left[0].taken_at.date() == date(2025, 2, 9)


def test_restore_over_a_stale_wal_gives_exactly_the_backup(tmp_path: Path) -> None:
    db_file = tmp_path / "collabdesk.sqlite3"
    make_db(db_file, "В копии")
    backup = take_backup(db_file, "manual").path
    # A process writes after the backup and dies: its WAL stays behind.
    script = (
        "import os, sqlite3, sys\n"
        "c = sqlite3.connect(sys.argv[1]); c.execute('PRAGMA journal_mode=WAL')\n"
        "c.execute('PRAGMA wal_autocheckpoint=0')\n"
        "c.execute(\"UPDATE partner SET name='После копии'\"); c.commit()\n"
        "os.kill(os.getpid(), 9)\n"
    )
    subprocess.run([sys.executable, "-c", script, str(db_file)], check=False)
    wal = Path(f"{db_file}-wal")
    assert wal.exists() and wal.stat().st_size > 0
    restore(backup, db_file)
    assert not wal.exists()
    assert names(db_file) == ["В копии"]
    assert check_file(db_file) == "ok"
    kept = [b for b in list_backups(tmp_path / "backups") if b.reason == "before_restore"]
    assert kept and names(kept[0].path) == ["После копии"]  # the replaced data is kept too
    print("restore with stale WAL: restored rows = backup rows = 1")


def test_restore_refuses_a_damaged_backup(tmp_path: Path) -> None:
    db_file = tmp_path / "collabdesk.sqlite3"
    make_db(db_file, *(f"P{i}" for i in range(400)))
    bad = tmp_path / "bad.sqlite3"
    copy_verified(db_file, bad)
    damage(bad)
    with pytest.raises(BackupError, match="damaged"):
        restore(bad, db_file)
    assert len(names(db_file)) == 400


WRITER = """
import sqlite3, sys, time
c = sqlite3.connect(sys.argv[1], timeout=30, isolation_level=None)
c.execute('PRAGMA journal_mode=WAL')
i = 0
while True:
    c.execute('BEGIN IMMEDIATE')
    c.execute("INSERT INTO partner (name, kind, status, city, website, email, phone, values_notes,"
              " owner, notes, name_key, search_text, created_at, updated_at, version_id)"
              " VALUES (?, 'business', 'prospect', '', '', '', '', '', '', '', ?, ?,"
              " '2026-01-01 00:00:00', '2026-01-01 00:00:00', 1)", (f'w{i}', f'w{i}', f'w{i}'))
    c.execute('COMMIT')
    i += 1
"""


def test_backups_taken_while_another_process_writes_all_pass(tmp_path: Path) -> None:
    db_file = tmp_path / "collabdesk.sqlite3"
    make_db(db_file, "start")
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(db_file)])
    try:
        deadline = time.monotonic() + 20
        while len(names(db_file)) < 10 and time.monotonic() < deadline:
            time.sleep(0.05)  # wait until the writer is under way
        counts = []
        for n in range(8):
            backup = take_backup(db_file, "manual", now=datetime(2026, 1, 1 + n, tzinfo=UTC))
            assert check_file(backup.path) == "ok"
            counts.append(len(names(backup.path)))
    finally:
        writer.kill()
        writer.wait()
    assert counts == sorted(counts)  # each backup a consistent moment, never going back
    assert counts[0] >= 10  # taken while the writer was under way
    print(f"backup during writes: 8/8 backups passed integrity_check, rows {counts}")


def test_start_up_runs_quick_check_then_full_check_after_a_crash(tmp_path: Path) -> None:
    db_file = tmp_path / "collabdesk.sqlite3"
    make_db(db_file, "A")
    assert check_at_start(db_file) == "quick_check"  # no marker: last run closed cleanly
    assert marker_path(db_file).exists()
    assert check_at_start(db_file) == "integrity_check"  # marker left: a crash
    db = open_database(sqlite_url(db_file), exclusive=True)
    db.close()
    assert not marker_path(db_file).exists()


def test_a_damaged_database_is_not_opened_and_the_newest_good_backup_offered(
    tmp_path: Path,
) -> None:
    db_file = tmp_path / "collabdesk.sqlite3"
    make_db(db_file, *(f"P{i}" for i in range(400)))
    backup = take_backup(db_file, "daily")
    damage(db_file)
    before = db_file.read_bytes()
    with pytest.raises(DamagedDatabaseError) as caught:
        open_database(sqlite_url(db_file), exclusive=True)
    assert caught.value.backup is not None and caught.value.backup.path == backup.path
    assert backup.path.name in str(caught.value)
    assert db_file.read_bytes() == before
    InstanceLock(db_file).acquire()  # the refused start released its lock


def test_second_instance_is_refused_naming_the_first(tmp_path: Path) -> None:
    db_file = tmp_path / "collabdesk.sqlite3"
    first = open_database(sqlite_url(db_file), exclusive=True)
    try:
        with pytest.raises(DatabaseLockedError, match=f"process {os.getpid()}"):
            open_database(sqlite_url(db_file), exclusive=True)
    finally:
        first.close()
    open_database(sqlite_url(db_file), exclusive=True).close()


HOLDER = """
import sys, time
from collabdesk.store.database import open_database, sqlite_url
from pathlib import Path
db = open_database(sqlite_url(Path(sys.argv[1])), exclusive=True)
print('open', flush=True)
time.sleep(60)
"""


def test_a_lock_left_by_a_killed_process_is_ignored(tmp_path: Path) -> None:
    db_file = tmp_path / "collabdesk.sqlite3"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db_file)], stdout=subprocess.PIPE, text=True, env=env
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        with pytest.raises(DatabaseLockedError, match=f"process {holder.pid}"):
            open_database(sqlite_url(db_file), exclusive=True)
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
    assert Path(f"{db_file}.lock").exists()  # the file stays; its lock went with the process
    db = open_database(sqlite_url(db_file), exclusive=True)  # after an unclean end: full check
    db.close()
    print("lock: second instance refused; stale lock after kill -9 ignored")


MOUNTS = (
    "/dev/sda1 / ext4 rw 0 0\n"
    "server:/export /mnt/nfs nfs4 rw 0 0\n"
    "//nas/share /mnt/smb\\040share cifs rw 0 0\n"
    "tmpfs /mnt/nfs/local tmpfs rw 0 0\n"
)


def test_network_shares_are_recognised() -> None:
    assert network_share_reason(Path("/home/x/db.sqlite3"), MOUNTS) is None
    assert "nfs4" in str(network_share_reason(Path("/mnt/nfs/db.sqlite3"), MOUNTS))
    assert "cifs" in str(network_share_reason(Path("/mnt/smb share/db.sqlite3"), MOUNTS))
    assert network_share_reason(Path("/mnt/nfs/local/db.sqlite3"), MOUNTS) is None
    assert "UNC" in str(network_share_reason(Path("//server/share/db.sqlite3"), ""))
    with pytest.raises(NetworkShareError, match="PostgreSQL"):
        refuse_network_share(Path("/mnt/nfs/db.sqlite3"), MOUNTS)


def cli(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


def test_cli_backup_check_restore(tmp_path: Path) -> None:
    data = str(tmp_path / "data")
    assert cli("--data-dir", data, "partners", "add", "--name", "Первый")[0] == 0
    code, out, _ = cli("--data-dir", data, "backup", "--to", str(tmp_path / "copy.sqlite3"))
    assert code == 0 and "verified" in out
    assert cli("--data-dir", data, "partners", "add", "--name", "Второй")[0] == 0
    code, out, _ = cli("--data-dir", data, "check")
    assert code == 0 and ": ok" in out
    code, out, err = cli("--data-dir", data, "restore", str(tmp_path / "copy.sqlite3"))
    assert (code, err) == (0, "")
    assert names(tmp_path / "data" / "collabdesk.sqlite3") == ["Первый"]


def test_cli_refuses_bad_backup_files_in_one_line(tmp_path: Path) -> None:
    data = str(tmp_path / "data")
    cli("--data-dir", data, "partners", "add", "--name", "Первый")
    text = tmp_path / "notes.txt"
    text.write_text("not a database", encoding="utf-8")
    code, _, err = cli("--data-dir", data, "restore", str(text))
    assert code == 1 and err.count("\n") == 1 and "not a CollabDesk backup" in err
    code, _, err = cli("--data-dir", data, "restore", str(tmp_path / "missing.sqlite3"))
    assert code == 1 and "no backup file" in err
    assert names(tmp_path / "data" / "collabdesk.sqlite3") == ["Первый"]


def test_cli_check_reports_damage(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    make_db(data / "collabdesk.sqlite3", *(f"P{i}" for i in range(400)))
    damage(data / "collabdesk.sqlite3")
    code, out, _ = cli("--data-dir", str(data), "check")
    assert code == 1 and ": ok" not in out.splitlines()[0]


def test_backup_to_an_existing_folder_leaves_its_permissions_alone(tmp_path: Path) -> None:
    # `collabdesk backup --to ~/Desktop/copy.sqlite3` must not make the
    # Desktop private (found when a backup into /tmp turned /tmp into 0700).
    db_path = tmp_path / "db.sqlite3"
    open_database(sqlite_url(db_path)).close()
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o1777)
    copy_verified(db_path, shared / "copy.sqlite3")
    assert stat.S_IMODE(shared.stat().st_mode) == 0o1777
    assert (shared / "copy.sqlite3").is_file()
    own = tmp_path / "made-for-the-backup"
    copy_verified(db_path, own / "copy.sqlite3")
    assert stat.S_IMODE(own.stat().st_mode) == 0o700  # a folder we created stays private
