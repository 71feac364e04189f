"""Portable mode and removable media: data, settings and logs beside the
program, and SQLite's rollback journal instead of WAL where WAL is unsafe."""

from __future__ import annotations

from pathlib import Path

from collabdesk.config import ROLLBACK, WAL, on_removable_media, resolve
from collabdesk.store.database import open_database, sqlite_url


def never(_path: Path) -> bool:
    return False


def always(_path: Path) -> bool:
    return True


def test_portable_keeps_data_settings_and_logs_beside_the_program(tmp_path: Path) -> None:
    exe = tmp_path / "CollabDesk"
    exe.mkdir()
    (exe / "portable").touch()

    settings = resolve(environ={}, exe_dir=exe, removable=never)

    assert settings.portable is True
    assert settings.data_dir == exe / "data"
    assert settings.settings_dir == exe / "data"
    assert settings.log_dir == exe / "data" / "logs"
    assert settings.journal == ROLLBACK


def test_installed_copy_uses_the_system_settings_and_wal(tmp_path: Path) -> None:
    exe = tmp_path / "Program Files" / "CollabDesk"
    exe.mkdir(parents=True)

    settings = resolve(environ={}, exe_dir=exe, removable=never)

    assert settings.portable is False
    assert settings.settings_dir is None  # QSettings' own place (registry, plist, ~/.config)
    assert settings.log_dir == settings.data_dir / "logs"
    assert settings.journal == WAL


def test_data_folder_on_removable_media_uses_the_rollback_journal(tmp_path: Path) -> None:
    seen: list[Path] = []

    def stick(path: Path) -> bool:
        seen.append(path)
        return True

    settings = resolve(str(tmp_path / "usb" / "data"), environ={}, removable=stick)

    assert settings.journal == ROLLBACK
    assert settings.portable is False
    assert seen == [tmp_path / "usb" / "data"]


def test_rollback_journal_leaves_no_wal_file(tmp_path: Path) -> None:
    settings = resolve(str(tmp_path), environ={}, removable=always)
    db = open_database(settings.database_url, settings.journal)
    try:
        with db.engine.connect() as conn:
            mode = conn.exec_driver_sql("PRAGMA journal_mode").scalar()
    finally:
        db.close()
    assert mode == "delete"
    assert not (tmp_path / "collabdesk.sqlite3-wal").exists()


def test_default_is_wal(tmp_path: Path) -> None:
    db = open_database(sqlite_url(tmp_path / "x.sqlite3"))
    try:
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    finally:
        db.close()


def test_removable_check_on_a_missing_folder_does_not_fail(tmp_path: Path) -> None:
    # The temporary folder is on a fixed disk here; a folder not created yet
    # is judged by its nearest existing parent.
    assert on_removable_media(tmp_path / "not" / "yet" / "made") is False
