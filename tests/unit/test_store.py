"""Opening the database file safely: pragmas, refusing what is not ours,
and consistent copies."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from collabdesk.services.desk import Desk
from collabdesk.services.errors import StorageBusyError
from collabdesk.services.partners import PartnerDraft
from collabdesk.store import engine as engine_module
from collabdesk.store.database import Database, open_database, snapshot, sqlite_path, sqlite_url
from collabdesk.store.engine import is_sqlite
from collabdesk.store.errors import NewerSchemaError, NotADatabaseError, StoreError
from collabdesk.store.sqlite_file import check_is_sqlite, schema_revision


def folder_listing(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def test_connection_pragmas(db: Database) -> None:
    with db.engine.connect() as conn:

        def pragma(name: str) -> object:
            return conn.exec_driver_sql(f"PRAGMA {name}").scalar_one()

        assert pragma("foreign_keys") == 1
        assert str(pragma("journal_mode")).lower() == "wal"
        assert pragma("synchronous") == 2  # FULL
        assert int(str(pragma("busy_timeout"))) >= 1000


def test_writes_begin_immediate(db: Database, desk: Desk, db_path: Path) -> None:
    # While one program holds a write transaction, another's write waits
    # and then fails cleanly instead of corrupting or interleaving.
    with db.sessions.begin() as session:
        session.connection()
        other = sqlite3.connect(db_path, timeout=0.1)
        try:
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
        finally:
            other.close()


def test_sqlite_url_helpers(tmp_path: Path) -> None:
    path = tmp_path / "my data" / "db.sqlite3"
    assert sqlite_path(sqlite_url(path)) == path
    assert is_sqlite(sqlite_url(path))
    assert not is_sqlite("postgresql+psycopg://user@localhost/collabdesk")
    assert sqlite_path("postgresql+psycopg://user@localhost/collabdesk") is None
    assert sqlite_path("sqlite://") is None


def test_reopening_keeps_the_data(db_path: Path) -> None:
    first = open_database(sqlite_url(db_path))
    Desk.over(first.sessions).partners.create(PartnerDraft(name="Сохранённый"))
    first.close()

    again = open_database(sqlite_url(db_path))
    try:
        assert Desk.over(again.sessions).partners.get(1).name == "Сохранённый"
    finally:
        again.close()
    assert not (db_path.parent / "backups").exists()  # no migration, so no backup


@pytest.mark.parametrize(
    "content",
    [
        b"Hello, this is a shopping list, not a database.\n" * 50,
        b"PK\x03\x04" + bytes(2000),  # a zip (or .docx) file
        "Имя;Город\nИванов;Томск\n".encode(),
    ],
)
def test_a_file_that_is_not_sqlite_is_refused_untouched(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "collabdesk.sqlite3"
    path.write_bytes(content)

    with pytest.raises(NotADatabaseError) as caught:
        open_database(sqlite_url(path))

    assert str(path) in str(caught.value)
    assert "untouched" in str(caught.value)
    assert folder_listing(tmp_path) == {"collabdesk.sqlite3": content}


def make_database(path: Path, partners: int = 200) -> None:
    db = open_database(sqlite_url(path))
    desk = Desk.over(db.sessions)
    for i in range(partners):
        desk.partners.create(PartnerDraft(name=f"Партнёр {i}", notes="заметка " * 40))
    db.close()


@pytest.mark.parametrize("keep", [100, 4096, 3 * 4096, 0.5])
def test_a_truncated_database_gives_a_store_error_and_is_unchanged(
    tmp_path: Path, keep: float
) -> None:
    source = tmp_path / "good.sqlite3"
    make_database(source)
    data = source.read_bytes()
    cut = int(len(data) * keep) if isinstance(keep, float) else keep
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(data[:cut])

    with pytest.raises(StoreError) as caught:
        open_database(sqlite_url(broken))

    assert str(broken) in str(caught.value)
    assert broken.read_bytes() == data[:cut]
    assert not (tmp_path / "backups").exists()


def test_a_damaged_database_gives_a_store_error_and_is_unchanged(tmp_path: Path) -> None:
    source = tmp_path / "good.sqlite3"
    make_database(source)
    damaged = bytearray(source.read_bytes())
    damaged[4096 : 4096 * 4] = b"\xa5" * (4096 * 3)
    path = tmp_path / "damaged.sqlite3"
    path.write_bytes(bytes(damaged))

    with pytest.raises(StoreError):
        open_database(sqlite_url(path))
    assert path.read_bytes() == bytes(damaged)


def stamp(path: Path, revision: str) -> None:
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    conn.close()


def test_a_database_from_a_newer_version_is_refused_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite3"
    make_database(path, partners=3)
    stamp(path, "9999_from_the_future")
    before = path.read_bytes()

    with pytest.raises(NewerSchemaError) as caught:
        open_database(sqlite_url(path))

    assert "newer version" in str(caught.value)
    assert "nothing in it was changed" in str(caught.value)
    assert path.read_bytes() == before
    assert schema_revision(path) == "9999_from_the_future"
    assert not (tmp_path / "backups").exists()


def test_check_is_sqlite_accepts_missing_and_empty_files(tmp_path: Path) -> None:
    check_is_sqlite(tmp_path / "missing.sqlite3")
    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    check_is_sqlite(empty)
    assert schema_revision(empty) is None
    assert schema_revision(tmp_path / "missing.sqlite3") is None


def test_an_empty_file_becomes_a_working_database(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite3"
    path.touch()
    db = open_database(sqlite_url(path))
    try:
        Desk.over(db.sessions).partners.create(PartnerDraft(name="Первый"))
        assert Desk.over(db.sessions).partners.count() == 1
    finally:
        db.close()


def test_snapshot_copies_a_live_database_consistently(
    db: Database, desk: Desk, db_path: Path, tmp_path: Path
) -> None:
    for i in range(30):
        desk.partners.create(PartnerDraft(name=f"Партнёр {i}", tags=("снимок",)))
    desk.partners.delete(3)
    target = tmp_path / "backups" / "copy.sqlite3"

    snapshot(db_path, target)  # while the database is open, with data still in the WAL

    assert not target.with_name(target.name + ".partial").exists()
    copy = sqlite3.connect(target)
    original = sqlite3.connect(db_path)
    try:
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        query = "SELECT id, name, version_id, search_text FROM partner ORDER BY id"
        assert copy.execute(query).fetchall() == original.execute(query).fetchall()
        assert len(copy.execute(query).fetchall()) == 29
        hits = copy.execute(
            "SELECT count(*) FROM partner_fts WHERE partner_fts MATCH '\"снимок\"'"
        ).fetchone()
        assert hits == (29,)
    finally:
        copy.close()
        original.close()

    # The copy opens as a CollabDesk database in its own right.
    restored = open_database(sqlite_url(target))
    try:
        assert Desk.over(restored.sessions).partners.count() == 29
    finally:
        restored.close()


def test_a_busy_database_gives_a_clear_error_and_saves_nothing(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_S", 0.2)
    busy = open_database(sqlite_url(db_path))
    desk = Desk.over(busy.sessions)
    other = sqlite3.connect(db_path, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")  # another program is in the middle of a save
        with pytest.raises(StorageBusyError) as caught:
            desk.partners.create(PartnerDraft(name="Не сохранится"))
        assert "Nothing was saved" in str(caught.value)
        other.execute("ROLLBACK")

        assert desk.partners.count() == 0
        desk.partners.create(PartnerDraft(name="Теперь можно"))
        assert desk.partners.count() == 1
    finally:
        other.close()
        busy.close()


def test_sqlite_file_of_another_program_is_refused_untouched(tmp_path: Path) -> None:
    import sqlite3

    from collabdesk.store.database import open_database, sqlite_url
    from collabdesk.store.errors import NotADatabaseError

    path = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE partner (id INTEGER PRIMARY KEY, other TEXT)")
    conn.execute("INSERT INTO partner (other) VALUES ('keep me')")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(NotADatabaseError, match="another program"):
        open_database(sqlite_url(path))
    assert path.read_bytes() == before
