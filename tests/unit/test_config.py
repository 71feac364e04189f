"""Where data lives: --data-dir, COLLABDESK_DATA_DIR, a portable folder next
to the program, or the per-user data folder; and a clear refusal when the
folder cannot be written."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from platformdirs import user_data_path

from collabdesk import APP_NAME, ORG_NAME
from collabdesk.config import DATABASE_FILE, Settings, ensure_data_dir, resolve
from collabdesk.store.database import sqlite_path
from collabdesk.store.errors import DataFolderError, StoreError


def test_data_dir_argument_beats_environment(tmp_path: Path) -> None:
    exe = tmp_path / "exe"
    (exe / "data").mkdir(parents=True)
    env = {"COLLABDESK_DATA_DIR": str(tmp_path / "from-env")}

    settings = resolve(str(tmp_path / "from-arg"), environ=env, exe_dir=exe)

    assert settings.data_dir == tmp_path / "from-arg"
    assert settings.portable is False
    assert sqlite_path(settings.database_url) == tmp_path / "from-arg" / DATABASE_FILE
    assert settings.database_file == tmp_path / "from-arg" / DATABASE_FILE


def test_environment_beats_portable_and_user_folder(tmp_path: Path) -> None:
    exe = tmp_path / "exe"
    (exe / "data").mkdir(parents=True)

    settings = resolve(environ={"COLLABDESK_DATA_DIR": str(tmp_path / "env")}, exe_dir=exe)

    assert settings.data_dir == tmp_path / "env"
    assert settings.portable is False


def test_portable_data_folder_next_to_the_program(tmp_path: Path) -> None:
    exe = tmp_path / "CollabDesk"
    (exe / "data").mkdir(parents=True)

    settings = resolve(environ={}, exe_dir=exe)

    assert settings.portable is True
    assert settings.data_dir == exe / "data"
    assert sqlite_path(settings.database_url) == exe / "data" / DATABASE_FILE


def test_portable_marker_file(tmp_path: Path) -> None:
    exe = tmp_path / "CollabDesk"
    exe.mkdir()
    (exe / "portable").touch()

    settings = resolve(environ={}, exe_dir=exe)

    assert settings.portable is True
    assert settings.data_dir == exe / "data"


def test_per_user_folder_otherwise(tmp_path: Path) -> None:
    exe = tmp_path / "CollabDesk"
    exe.mkdir()

    settings = resolve(environ={}, exe_dir=exe)

    expected = user_data_path(APP_NAME, ORG_NAME, roaming=False)
    assert settings.portable is False
    assert settings.data_dir == expected
    assert settings.data_dir != exe / "data"
    if sys.platform.startswith("linux"):
        # The test run must never point at the real user's folder (conftest moves it).
        assert str(settings.data_dir).startswith(str(Path.home()))
    assert resolve(environ={}).data_dir == expected


def test_database_url_from_environment_and_argument(tmp_path: Path) -> None:
    server = "postgresql+psycopg://desk@db.example/collabdesk"
    env = {"COLLABDESK_DATABASE_URL": server, "COLLABDESK_DATA_DIR": str(tmp_path)}

    from_env = resolve(environ=env)
    assert from_env.database_url == server
    assert from_env.database_file is None
    assert from_env.data_dir == tmp_path

    other = "postgresql+psycopg://desk@other.example/collabdesk"
    assert resolve(database_url=other, environ=env).database_url == other

    custom = f"sqlite:///{tmp_path / 'elsewhere.sqlite3'}"
    assert resolve(database_url=custom, environ={}).database_url == custom


def test_reads_the_process_environment_by_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLLABDESK_DATA_DIR", str(tmp_path / "process-env"))
    assert resolve().data_dir == tmp_path / "process-env"


def test_ensure_data_dir_creates_missing_folders(tmp_path: Path) -> None:
    folder = tmp_path / "a" / "b" / "c"
    settings = Settings(data_dir=folder, database_url=f"sqlite:///{folder / DATABASE_FILE}")

    ensure_data_dir(settings)

    assert folder.is_dir()
    assert list(folder.iterdir()) == []  # the write probe is cleaned up


def test_unwritable_data_folder_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file.txt"
    blocker.write_text("I am a file, not a folder")
    folder = blocker / "sub"
    settings = Settings(data_dir=folder, database_url=f"sqlite:///{folder / DATABASE_FILE}")

    with pytest.raises(DataFolderError) as caught:
        ensure_data_dir(settings)

    message = str(caught.value)
    assert isinstance(caught.value, StoreError)
    assert str(folder) in message
    assert "--data-dir" in message
    assert "Nothing was changed" in message
    assert "\n" not in message
    assert blocker.read_text() == "I am a file, not a folder"
