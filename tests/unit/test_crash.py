"""kill -9 at random moments: during a 10,000-row import, during single
edits and during a migration. Every outcome must be all-or-nothing and
pass integrity_check. Runs are sampled (COLLABDESK_CRASH_RUNS raises the
count) so the file stays within a few seconds per test."""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from alembic import command
from alembic.script import ScriptDirectory

from collabdesk.domain.partner import Partner
from collabdesk.store import migrate
from collabdesk.store.backup import check_file
from collabdesk.store.database import open_database, sqlite_url
from collabdesk.store.engine import open_engine
from collabdesk.store.schema_head import HEAD_REVISION
from collabdesk.store.sqlite_file import schema_revision

ROOT = Path(__file__).resolve().parents[2]
IMPORT_RUNS = int(os.environ.get("COLLABDESK_CRASH_RUNS", "20"))
ROWS = 10_000

pytestmark = pytest.mark.slow  # processes killed with SIGKILL, seconds each


def worker(script: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", script, *args],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def wait_for(proc: subprocess.Popen[str], word: str) -> None:
    assert proc.stdout is not None
    line = proc.stdout.readline().strip()
    assert line == word, f"worker said {line!r}"


def kill(proc: subprocess.Popen[str]) -> None:
    proc.send_signal(signal.SIGKILL)
    proc.wait()


def count(path: Path, table: str = "partner") -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        conn.close()


IMPORTER = """
import sys
from pathlib import Path
from collabdesk.services.partner_transfer import PartnerTransfer
from collabdesk.store.database import open_database, sqlite_url
db = open_database(sqlite_url(Path(sys.argv[1])))
transfer = PartnerTransfer(db.sessions)
plan = transfer.plan(transfer.read(Path(sys.argv[2])))
print("go", flush=True)
transfer.apply(plan)
print("done", flush=True)
"""


def test_kill_during_a_10000_row_import_is_all_or_nothing(tmp_path: Path) -> None:
    seed = tmp_path / "seed.sqlite3"
    db = open_database(sqlite_url(seed))
    with db.sessions.begin() as session:
        session.add_all(Partner(name=f"Старый {i}") for i in range(5))
    db.close()
    source = tmp_path / "big.csv"
    source.write_text(
        "Название;Примечание\n" + "".join(f"Партнёр {i};строка {i}\n" for i in range(ROWS)),
        encoding="utf-8",
    )
    rng = random.Random(6)
    outcomes = {"none": 0, "all": 0}
    started = time.perf_counter()
    batch = 4  # workers side by side, each on its own file, to keep the test short
    for first in range(0, IMPORT_RUNS, batch):
        runs = range(first, min(first + batch, IMPORT_RUNS))
        paths = [tmp_path / f"run{run}.sqlite3" for run in runs]
        for path in paths:
            shutil.copy(seed, path)  # a closed file: a plain copy is safe here
        procs = [worker(IMPORTER, str(path), str(source)) for path in paths]
        for proc in procs:
            wait_for(proc, "go")
        deadlines = sorted((rng.uniform(0.0, 2.0), i) for i in range(len(procs)))
        start = time.perf_counter()
        for at, i in deadlines:
            time.sleep(max(0.0, at - (time.perf_counter() - start)))
            kill(procs[i])
        for run, path in zip(runs, paths, strict=True):
            assert check_file(path) == "ok"
            rows = count(path)
            assert rows in (5, 5 + ROWS), f"run {run}: {rows} rows, half an import"
            outcomes["none" if rows == 5 else "all"] += 1
            assert count(path, "partner_fts") == rows  # the search index agrees
            path.unlink()
    elapsed = time.perf_counter() - started
    print(
        f"kill -9 during import: {IMPORT_RUNS} runs, {outcomes['none']} nothing, "
        f"{outcomes['all']} all {ROWS}, 0 partial, integrity ok ({elapsed:.1f} s)"
    )


EDITOR = """
import sys
from pathlib import Path
from collabdesk.services.desk import Desk
from collabdesk.store.database import open_database, sqlite_url
db = open_database(sqlite_url(Path(sys.argv[1])))
partners = Desk.over(db.sessions).partners
n = int(partners.get(1).city or 0)  # go on from what the last run saved
print("go", flush=True)
while True:
    n += 1
    current = partners.get(1)
    partners.update(1, current.to_draft().__class__(name=f"v{n}", city=str(n)), current.version_id)
    print(n, flush=True)
"""


def test_kill_during_single_edits_loses_no_acknowledged_save(tmp_path: Path) -> None:
    path = tmp_path / "edits.sqlite3"
    db = open_database(sqlite_url(path))
    with db.sessions.begin() as session:
        session.add(Partner(name="v0"))
    db.close()
    rng = random.Random(7)
    runs = 5
    total_acked = 0
    saved = 0
    for _ in range(runs):
        proc = worker(EDITOR, str(path))
        wait_for(proc, "go")
        time.sleep(rng.uniform(0.05, 0.4))
        kill(proc)
        assert proc.stdout is not None
        acked = [int(x) for x in proc.stdout.read().split()]
        last = acked[-1] if acked else saved
        total_acked += len(acked)
        assert check_file(path) == "ok"
        conn = sqlite3.connect(path)
        name, city = conn.execute("SELECT name, city FROM partner WHERE id = 1").fetchone()
        conn.close()
        saved = int(city or 0)
        assert saved in (last, last + 1), f"acknowledged {last}, found {saved}"
        assert name == f"v{saved}" or saved == 0
    print(
        f"kill -9 during edits: {runs} runs, {total_acked} acknowledged saves, "
        "the last acknowledged one present after every kill"
    )


MIGRATOR = """
import sys
from collabdesk.store import migrate
print("go", flush=True)
migrate.upgrade(sys.argv[1])
print("done", flush=True)
"""


def test_kill_during_a_migration_leaves_old_or_new_never_half(tmp_path: Path) -> None:
    scripts = ScriptDirectory.from_config(migrate.alembic_config())
    base = next(iter(scripts.get_bases()))
    if base == HEAD_REVISION:
        return  # one revision only: nothing to migrate yet
    seed = tmp_path / "old.sqlite3"
    engine = open_engine(sqlite_url(seed), foreign_keys=False)
    with engine.begin() as conn:
        config = migrate.alembic_config()
        config.attributes["connection"] = conn
        command.upgrade(config, base)
    engine.dispose()
    db = open_database(sqlite_url(tmp_path / "filler.sqlite3"))
    db.close()
    conn = sqlite3.connect(seed)
    conn.executemany(
        "INSERT INTO partner (name, kind, status, city, website, email, phone, values_notes,"
        " owner, notes, name_key, search_text, created_at, updated_at, version_id) VALUES"
        " (?, 'business', 'prospect', '', '', '', '', '', '', '', ?, ?,"
        " '2025-01-01 00:00:00', '2025-01-01 00:00:00', 1)",
        [(f"P{i}", f"p{i}", f"p{i}") for i in range(3000)],
    )
    conn.commit()
    conn.close()
    rng = random.Random(8)
    seen = set()
    runs = 6
    for run in range(runs):
        path = tmp_path / f"m{run}.sqlite3"
        shutil.copy(seed, path)
        proc = worker(MIGRATOR, sqlite_url(path))
        wait_for(proc, "go")
        time.sleep(rng.uniform(0.0, 1.0))
        kill(proc)
        revision = schema_revision(path)
        assert revision in (base, HEAD_REVISION)
        seen.add(revision)
        assert check_file(path) == "ok"
        conn = sqlite3.connect(path)
        leftovers = conn.execute(
            "SELECT name FROM sqlite_master WHERE name LIKE '\\_alembic_tmp%' ESCAPE '\\'"
        ).fetchall()
        conn.close()
        assert leftovers == []
        assert count(path) == 3000
        open_database(sqlite_url(path)).close()  # the next start finishes the upgrade
        assert schema_revision(path) == HEAD_REVISION and count(path) == 3000
    print(f"kill -9 during migration: {runs} runs, revisions seen {sorted(seen)}, no leftovers")
