"""Offline branches (issue 19): a branch database sent as one file and
imported into the system's database as one branch. The system's database
runs on SQLite and on PostgreSQL (when the test server is there)."""

from __future__ import annotations

import io
import shutil
import sqlite3
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text

from collabdesk import cli
from collabdesk.domain.base import Base
from collabdesk.domain.branch import Branch
from collabdesk.domain.branch_import import BranchImport, BranchImportRow
from collabdesk.domain.collaboration import Collaboration
from collabdesk.domain.commitment import Commitment
from collabdesk.domain.enums import Direction
from collabdesk.domain.legal import LegalDetails
from collabdesk.domain.metric import Metric
from collabdesk.domain.partner import Partner
from collabdesk.services.branch_files import BranchFiles, count_line, plan_lines
from collabdesk.services.demo import load_demo
from collabdesk.services.errors import ServiceError
from collabdesk.services.meeting_copy import make_meeting_copy
from collabdesk.services.transaction import transaction
from collabdesk.store.database import Database, open_database, sqlite_url
from collabdesk.store.errors import StoreError

from .conftest import POSTGRES_URL, _admin, postgres_database

TODAY = date(2026, 12, 7)


@pytest.fixture
def branch_db(tmp_path: Path) -> Iterator[Database]:
    """An offline branch: its own SQLite file with the demo's data."""
    folder = tmp_path / "branch"
    folder.mkdir()
    database = open_database(sqlite_url(folder / "collabdesk.sqlite3"))
    load_demo(database.sessions, "en", TODAY)
    try:
        yield database
    finally:
        database.close()


@pytest.fixture(params=["sqlite", "postgresql"])
def system_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """The system's database, with a branch and a partner of its own."""
    if request.param == "postgresql":
        url = postgres_database()
    else:
        (tmp_path / "system").mkdir()
        url = sqlite_url(tmp_path / "system" / "collabdesk.sqlite3")
    database = open_database(url)
    with transaction(database.sessions) as session:
        session.add(Partner(name="Own partner of the system", city="Kazan"))
        home = session.scalar(select(Branch.id))
        session.add(Collaboration(title="Made in the system", branch_id=home))
    try:
        yield database
    finally:
        database.close()
        if request.param == "postgresql" and POSTGRES_URL:
            from sqlalchemy.engine import make_url

            _admin(POSTGRES_URL, f"DROP DATABASE IF EXISTS {make_url(url).database}")


def export(branch: Database, target: Path) -> Path:
    return BranchFiles(branch.sessions).export(branch.sqlite_path, target).path


def contents(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, in id order: what "changes nothing" compares."""
    found = {}
    with db.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            order = list(table.primary_key.columns) or list(table.columns)
            found[table.name] = [tuple(r) for r in conn.execute(table.select().order_by(*order))]
    return found


def count(db: Database, model: type[Any], *where: Any) -> int:
    with transaction(db.sessions) as session:
        return session.scalar(select(func.count()).select_from(model).where(*where)) or 0


def counts_of(plan: Any) -> dict[str, tuple[int, int, int, int]]:
    return {c.kind: (c.new, c.changed, c.unchanged, c.matched) for c in plan.counts}


def test_round_trip_brings_the_branch_whole(
    branch_db: Database, system_db: Database, tmp_path: Path
) -> None:
    path = export(branch_db, tmp_path / "b.collabdesk-branch")
    files = BranchFiles(system_db.sessions)
    content = files.read(path)
    plan = files.plan(content)
    assert plan.branch_id is None and not plan.known
    assert counts_of(plan)["collaboration"] == (6, 0, 0, 0)
    done = files.apply(content, new_branch="Branch 7")
    branch = done.branch_id
    assert count(system_db, Collaboration, Collaboration.branch_id == branch) == 6
    assert count(system_db, Commitment) == count(branch_db, Commitment)
    assert count(system_db, Metric, Metric.branch_id == branch) == count(branch_db, Metric)
    with transaction(branch_db.sessions) as session:
        titles = sorted(session.scalars(select(Collaboration.title)))
        key = session.scalar(text("SELECT install_key FROM library_profile"))
    with transaction(system_db.sessions) as session:
        here = sorted(
            session.scalars(select(Collaboration.title).where(Collaboration.branch_id == branch))
        )
        assert session.get(Branch, branch).source_key == key  # type: ignore[union-attr]
        maps = session.scalar(select(func.count()).select_from(BranchImportRow))
        assert session.scalar(select(func.count()).select_from(BranchImport)) == 1
    assert here == titles
    assert key  # made on the first export
    assert maps == sum(c.new + c.matched for c in plan.counts)


def test_the_branch_file_leaves_out_what_the_system_keeps(
    branch_db: Database, tmp_path: Path
) -> None:
    path = export(branch_db, tmp_path / "b.collabdesk-branch")
    conn = sqlite3.connect(path)
    try:
        for table in ("change_log", "trash", "interaction", "checklist_question", "staff"):
            assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0, table
        used = conn.execute(
            "SELECT count(*) FROM partner WHERE id NOT IN (SELECT partner_id FROM "
            "collaboration_partner UNION SELECT partner_id FROM commitment "
            "WHERE partner_id IS NOT NULL)"
        ).fetchone()[0]
        assert used == 0
    finally:
        conn.close()


def test_the_same_file_twice_changes_nothing(
    branch_db: Database, system_db: Database, tmp_path: Path
) -> None:
    path = export(branch_db, tmp_path / "b.collabdesk-branch")
    files = BranchFiles(system_db.sessions)
    files.apply(files.read(path), new_branch="Branch 7")
    before = contents(system_db)
    again = files.plan(files.read(path))
    assert again.known and again.already_imported and again.changes_nothing
    assert all(c.new == 0 and c.changed == 0 for c in again.counts)
    files.apply(files.read(path))
    assert contents(system_db) == before


def test_a_second_file_with_the_same_data_changes_no_record(
    branch_db: Database, system_db: Database, tmp_path: Path
) -> None:
    files = BranchFiles(system_db.sessions)
    first = files.read(export(branch_db, tmp_path / "1.collabdesk-branch"))
    files.apply(first, new_branch="B")
    before = contents(system_db)
    second = files.read(export(branch_db, tmp_path / "2.collabdesk-branch"))
    plan = files.plan(second)
    assert not plan.already_imported and plan.changes_nothing
    files.apply(second)
    after = contents(system_db)
    for table, rows in before.items():
        if table not in ("branch_import", "change_log"):
            assert after[table] == rows, table
    assert len(after["branch_import"]) == 2
    older = files.plan(first)  # the first file again: already imported
    assert older.already_imported
    # The first export again, as another file (another digest): older data.
    with sqlite3.connect(tmp_path / "1.collabdesk-branch") as conn:
        conn.execute("CREATE TABLE touched (x)")
    stale = files.plan(files.read(tmp_path / "1.collabdesk-branch"))
    assert stale.newer_import is not None
    assert any("newer file" in str(line) for line in plan_lines(stale))


def test_a_later_file_updates_what_it_brought_and_adds_the_new(
    branch_db: Database, system_db: Database, tmp_path: Path
) -> None:
    files = BranchFiles(system_db.sessions)
    done = files.apply(
        files.read(export(branch_db, tmp_path / "1.collabdesk-branch")), new_branch="B"
    )
    with transaction(branch_db.sessions) as session:
        first = session.scalars(select(Collaboration).order_by(Collaboration.id)).first()
        assert first is not None
        first.title = "Renamed at the branch"
        session.add(
            Commitment(
                collaboration_id=first.id,
                direction=Direction.LIBRARY_GIVES,
                description="A new promise",
                value=Decimal("1500.00"),
            )
        )
    with transaction(system_db.sessions) as session:
        own = session.scalar(
            select(Collaboration).where(Collaboration.title == "Made in the system")
        )
        assert own is not None
        own_version = own.version_id
    second = files.read(export(branch_db, tmp_path / "2.collabdesk-branch"))
    plan = files.plan(second)
    assert counts_of(plan)["collaboration"] == (0, 1, 5, 0)
    assert counts_of(plan)["commitment"][:2] == (1, 0)
    files.apply(second)
    with transaction(system_db.sessions) as session:
        titles = set(
            session.scalars(
                select(Collaboration.title).where(Collaboration.branch_id == done.branch_id)
            )
        )
        assert "Renamed at the branch" in titles
        assert (
            session.scalar(
                select(func.count())
                .select_from(Commitment)
                .where(Commitment.description == "A new promise")
            )
            == 1
        )
        own = session.scalar(
            select(Collaboration).where(Collaboration.title == "Made in the system")
        )
        assert own is not None and own.version_id == own_version  # never touched
    assert files.plan(second).changes_nothing


def test_partners_already_here_are_matched_by_name_and_inn_not_copied(
    branch_db: Database, system_db: Database, tmp_path: Path
) -> None:
    with transaction(branch_db.sessions) as session:
        names = list(session.scalars(select(Partner.name).order_by(Partner.id)))
        used = list(
            session.scalars(
                text(
                    "SELECT p.name FROM partner p JOIN collaboration_partner c "
                    "ON c.partner_id = p.id ORDER BY p.id"
                )
            )
        )
        same_inn, other_inn = used[0], next(n for n in used if n != used[0])
        for name, inn in ((same_inn, "7701234567"), (other_inn, "7709999999")):
            partner = session.scalar(select(Partner).where(Partner.name == name))
            assert partner is not None
            session.add(LegalDetails(partner_id=partner.id, inn=inn))
    assert names
    with transaction(system_db.sessions) as session:
        for name, inn in ((same_inn, "7701234567"), (other_inn, "7700000000")):
            partner = Partner(name=name.upper(), city="Elsewhere")  # case does not matter
            session.add(partner)
            session.flush()
            session.add(LegalDetails(partner_id=partner.id, inn=inn))
    files = BranchFiles(system_db.sessions)
    content = files.read(export(branch_db, tmp_path / "b.collabdesk-branch"))
    plan = files.plan(content)
    new, _, _, matched = counts_of(plan)["partner"]
    assert matched == 1  # same name, same INN; the other INN differs: a new partner
    files.apply(content, new_branch="B")
    with transaction(system_db.sessions) as session:
        kept = session.scalar(select(Partner).where(Partner.name == same_inn.upper()))
        assert kept is not None and kept.city == "Elsewhere"  # left as it is
        assert (
            session.scalar(
                select(func.count()).select_from(Partner).where(Partner.name == same_inn)
            )
            == 0
        )
        assert (
            session.scalar(
                select(func.count()).select_from(Partner).where(Partner.name == other_inn)
            )
            == 1
        )
    again = files.plan(files.read(export(branch_db, tmp_path / "2.collabdesk-branch")))
    assert counts_of(again)["partner"] == (0, 0, new, 1)  # the id map remembers the match


def test_hostile_text_travels_as_typed(
    branch_db: Database, system_db: Database, tmp_path: Path
) -> None:
    with transaction(branch_db.sessions) as session:
        partner = session.scalar(select(Partner).order_by(Partner.id))
        assert partner is not None
        partner.name = "<b>Bold</b> 📚 «Книга»"
        session.add(Collaboration(title="x" * 200 + "", idea="y" * 20_000))
    files = BranchFiles(system_db.sessions)
    files.apply(files.read(export(branch_db, tmp_path / "b.collabdesk-branch")), new_branch="B")
    assert count(system_db, Partner, Partner.name == "<b>Bold</b> 📚 «Книга»") == 1
    assert count(system_db, Collaboration, Collaboration.title == "x" * 200) == 1


def _refused(files: BranchFiles, path: Path, system_db: Database, *words: str) -> None:
    before = contents(system_db)
    with pytest.raises((ServiceError, StoreError)) as caught:
        files.apply(files.read(path), new_branch="B")
    said = str(caught.value.message)  # type: ignore[union-attr]
    for word in words:
        assert word in said
    assert contents(system_db) == before


def test_broken_and_hostile_files_are_refused_with_a_sentence(
    branch_db: Database, system_db: Database, tmp_path: Path
) -> None:
    files = BranchFiles(system_db.sessions)
    good = export(branch_db, tmp_path / "good.collabdesk-branch")

    empty = tmp_path / "empty.collabdesk-branch"
    empty.write_bytes(b"")
    _refused(files, empty, system_db, "is empty")

    words = tmp_path / "words.collabdesk-branch"
    words.write_text("name;city\nOrbita;Moscow\n", "utf-8")
    _refused(files, words, system_db, "is not a branch file")

    assert branch_db.sqlite_path is not None
    _refused(files, branch_db.sqlite_path, system_db, "is not a branch file")  # a database

    meeting = tmp_path / "meeting.sqlite3"
    make_meeting_copy(branch_db.sqlite_path, meeting, [1])
    _refused(files, meeting, system_db, "is not a branch file")

    truncated = tmp_path / "truncated.collabdesk-branch"
    truncated.write_bytes(good.read_bytes()[: good.stat().st_size // 3])
    _refused(files, truncated, system_db, "damaged or incomplete")

    corrupt = tmp_path / "corrupt.collabdesk-branch"
    data = bytearray(good.read_bytes())
    for at in range(4096 * 2, len(data) - 4096, 4096):
        data[at + 100 : at + 400] = b"\xff" * 300
    corrupt.write_bytes(bytes(data))
    _refused(files, corrupt, system_db, "damaged or incomplete")

    newer = tmp_path / "newer.collabdesk-branch"
    shutil.copy(good, newer)
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE branch_file SET value = '0099_future' WHERE key = 'revision'")
    _refused(files, newer, system_db, "newer version of CollabDesk")

    long_name = tmp_path / "long.collabdesk-branch"
    shutil.copy(good, long_name)
    with sqlite3.connect(long_name) as conn:
        conn.execute("UPDATE partner SET name = ? WHERE id = (SELECT min(id) FROM partner)",
                     ("n" * 10_000,))  # fmt: skip
    _refused(files, long_name, system_db, "longer than 200 characters")

    dangling = tmp_path / "dangling.collabdesk-branch"
    shutil.copy(good, dangling)
    with sqlite3.connect(dangling) as conn:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("UPDATE commitment SET collaboration_id = 9999")
    _refused(files, dangling, system_db, "damaged or incomplete")

    missing = tmp_path / "gone.collabdesk-branch"
    _refused(files, missing, system_db, "There is no file")


def test_a_file_of_this_same_database_is_refused(branch_db: Database, tmp_path: Path) -> None:
    path = export(branch_db, tmp_path / "b.collabdesk-branch")
    files = BranchFiles(branch_db.sessions)
    before = contents(branch_db)
    with pytest.raises(ServiceError, match="made from this very database"):
        files.plan(files.read(path))
    with pytest.raises(ServiceError, match="made from this very database"):
        files.apply(files.read(path), new_branch="Again")
    after = contents(branch_db)
    assert after == before


def test_choosing_the_branch(branch_db: Database, system_db: Database, tmp_path: Path) -> None:
    files = BranchFiles(system_db.sessions)
    content = files.read(export(branch_db, tmp_path / "b.collabdesk-branch"))
    with pytest.raises(ServiceError, match="first file from this branch database"):
        files.apply(content)
    with pytest.raises(ServiceError, match="no branch with id 999"):
        files.plan(content, 999)
    with pytest.raises(ServiceError, match="Give the new branch a name"):
        files.apply(content, new_branch="   ")
    with pytest.raises(ServiceError, match="at most 200 characters"):
        files.apply(content, new_branch="n" * 10_000)
    with transaction(system_db.sessions) as session:
        home = session.scalar(select(Branch).order_by(Branch.id))
        assert home is not None
        home.name = "Central"
        home_id = home.id
    with pytest.raises(ServiceError, match="already a branch named"):
        files.apply(content, new_branch="central")
    done = files.apply(content, branch_id=home_id)  # an existing branch, chosen
    assert done.branch_id == home_id
    with pytest.raises(ServiceError, match="go to the branch Central"):
        files.plan(content, 12345)
    with pytest.raises(ServiceError, match="go to the branch Central"):
        files.apply(content, new_branch="Another")
    lines = [str(line) for line in plan_lines(files.plan(content))]
    assert any("goes to the branch Central" in line for line in lines)
    assert any("imported before" in line for line in lines)
    assert str(count_line(files.plan(content).counts[0])).startswith("Partners: 0 new")


def test_a_system_with_several_branches_sends_no_branch_file(
    system_db: Database, tmp_path: Path
) -> None:
    with transaction(system_db.sessions) as session:
        session.add(Branch(name="Second"))
    with pytest.raises(ServiceError, match="several branches"):
        BranchFiles(system_db.sessions).export(
            system_db.sqlite_path or tmp_path / "x.sqlite3", tmp_path / "b.collabdesk-branch"
        )
    assert not (tmp_path / "b.collabdesk-branch").exists()


def test_command_line_preview_apply_and_refusal(branch_db: Database, tmp_path: Path) -> None:
    assert branch_db.sqlite_path is not None
    path = export(branch_db, tmp_path / "b.collabdesk-branch")
    system = tmp_path / "system-cli"
    out, err = io.StringIO(), io.StringIO()
    args = ["--data-dir", str(system), "branch-file", "import", str(path)]
    assert cli.run(args, out, err) == 0, err.getvalue()
    assert "Collaborations: 6 new, 0 changed, 0 unchanged" in out.getvalue()
    assert "add --apply" in out.getvalue()
    out, err = io.StringIO(), io.StringIO()
    assert cli.run([*args, "--apply"], out, err) == 1
    assert "say which branch it is" in err.getvalue()
    out, err = io.StringIO(), io.StringIO()
    assert cli.run([*args, "--new-branch", "Branch 7", "--apply"], out, err) == 0, err.getvalue()
    assert "Imported as the branch Branch 7" in out.getvalue()
    out, err = io.StringIO(), io.StringIO()
    bad = tmp_path / "empty.collabdesk-branch"
    bad.write_bytes(b"")
    assert cli.run(["--data-dir", str(system), "branch-file", "import", str(bad)], out, err) == 1
    assert "is empty" in err.getvalue()


def test_proof_files_ride_inside_the_file(tmp_path: Path) -> None:
    folder = tmp_path / "branch-with-proofs"
    folder.mkdir()
    branch = open_database(sqlite_url(folder / "collabdesk.sqlite3"))
    system = open_database(sqlite_url(tmp_path / "system.sqlite3"))
    try:
        load_demo(branch.sessions, "en", TODAY, data_dir=folder)
        sent = BranchFiles(branch.sessions, folder / "proofs").export(
            branch.sqlite_path, tmp_path / "b.collabdesk-branch"
        )
        here = tmp_path / "system-proofs"
        files = BranchFiles(system.sessions, here)
        files.apply(files.read(sent.path), new_branch="B")
        with transaction(system.sessions) as session:
            names = [
                n for n in session.scalars(text("SELECT stored_name FROM commitment_proof")) if n
            ]
        assert names
        for name in names:
            assert (here / name).read_bytes() == (folder / "proofs" / name).read_bytes()

        hostile = tmp_path / "hostile.collabdesk-branch"
        shutil.copy(sent.path, hostile)
        with sqlite3.connect(hostile) as conn:
            conn.execute("UPDATE commitment_proof SET stored_name = '../../outside.txt'")
        with pytest.raises(StoreError, match="damaged or incomplete"):
            files.read(hostile)
        assert not (tmp_path / "outside.txt").exists()
    finally:
        branch.close()
        system.close()


def test_an_import_is_one_undo_step(branch_db: Database, tmp_path: Path) -> None:
    from collabdesk.domain.history import ChangeEntry
    from collabdesk.services.history import HistoryService

    system = open_database(sqlite_url(tmp_path / "system.sqlite3"))
    try:
        files = BranchFiles(system.sessions)
        path = export(branch_db, tmp_path / "b.collabdesk-branch")
        before = count(system, Collaboration)
        files.apply(files.read(path), new_branch="B")
        with transaction(system.sessions) as session:
            sets = list(
                session.scalars(
                    select(ChangeEntry.change_set)
                    .where(ChangeEntry.table_name == "collaboration")
                    .distinct()
                )
            )
        assert len(sets) == 1  # every row of the import in one change set
        HistoryService(system.sessions).revert(sets[0])
        assert count(system, Collaboration) == before
        assert count(system, Branch, Branch.name == "B") == 0  # made in the same step
        again = files.plan(files.read(path))
        assert not again.known and counts_of(again)["collaboration"][0] == 6
        files.apply(files.read(path), new_branch="B")
        assert count(system, Collaboration) == before + 6
    finally:
        system.close()


def test_undone_import_into_an_existing_branch_comes_back_whole(
    branch_db: Database, tmp_path: Path
) -> None:
    from collabdesk.domain.history import ChangeEntry
    from collabdesk.services.history import HistoryService

    system = open_database(sqlite_url(tmp_path / "system.sqlite3"))
    try:
        files = BranchFiles(system.sessions)
        content = files.read(export(branch_db, tmp_path / "b.collabdesk-branch"))
        with transaction(system.sessions) as session:
            home = session.scalar(select(Branch.id))
        files.apply(content, branch_id=home)
        with transaction(system.sessions) as session:
            last = session.scalar(
                select(ChangeEntry.change_set).where(ChangeEntry.table_name == "collaboration")
            )
        assert last is not None
        HistoryService(system.sessions).revert(last)
        assert count(system, Collaboration) == 0
        plan = files.plan(content, home)  # stale map rows: their records are gone
        assert counts_of(plan)["collaboration"] == (6, 0, 0, 0)
        files.apply(content, branch_id=home)
        assert count(system, Collaboration, Collaboration.branch_id == home) == 6
        assert files.plan(content).changes_nothing
    finally:
        system.close()
