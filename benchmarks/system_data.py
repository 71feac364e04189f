"""The library system of issue 19, built once and shared by its benchmarks:
50 branches, 10,000 collaborations, 500,000 commitments, 20,000 partners.

It starts from scale_data's database at those sizes (real migrations, real
search index) and adds what a system has: 49 more branches, each with a
few staff, collaborations and statistics spread over them, partners shared
with the branches they work with. `postgres_copy(url)` loads the same rows
into a PostgreSQL database migrated by the real migrations, so a figure on
SQLite and one on PostgreSQL measure the same data.

    from benchmarks.system_data import system_database, postgres_copy
    path = system_database()
    url = postgres_copy(path, "postgresql+psycopg://postgres@127.0.0.1:55432/postgres")

    python benchmarks/system_data.py [--postgres URL]
"""

from __future__ import annotations

import argparse
import random
import shutil
import sqlite3
import sys
import time
from datetime import UTC, date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.scale_data import CACHE, scale_database  # noqa: E402

BRANCHES = 50
COLLABORATIONS = 10_000
COMMITMENTS = 500_000
PARTNERS = 20_000
STAFF_PER_BRANCH = 4
CITIES = ("Самара", "Тольятти", "Сызрань", "Новокуйбышевск", "Чапаевск")


def system_path() -> Path:
    return CACHE / f"system-b{BRANCHES}-c{COLLABORATIONS}-k{COMMITMENTS}.sqlite3"


def system_database(*, quiet: bool = True) -> Path:
    """The cached system database, built on first use. Read-only: copy it
    (scale_data.scratch_copy) before writing."""
    from collabdesk.store.schema_head import HEAD_REVISION
    from collabdesk.store.sqlite_file import schema_revision

    path = system_path()
    if path.exists() and schema_revision(path) == HEAD_REVISION:
        return path
    started = time.perf_counter()
    base = scale_database(PARTNERS, COMMITMENTS, COLLABORATIONS, quiet=quiet)
    partial = path.with_name(path.stem + ".partial.sqlite3")
    shutil.copyfile(base, partial)
    _add_branches(partial)
    partial.replace(path)
    if not quiet:
        print(f"built {path.name} in {time.perf_counter() - started:.0f} s", flush=True)
    return path


def _add_branches(path: Path) -> None:
    rnd = random.Random(19)
    now = datetime.now(UTC).isoformat(sep=" ")
    conn = sqlite3.connect(path)
    try:
        with conn:
            conn.execute("UPDATE branch SET name = 'Центральная библиотека' WHERE id = 1")
            conn.executemany(
                "INSERT INTO branch (created_at, updated_at, version_id, name, address, city,"
                " phone, email, position) VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        now,
                        now,
                        f"Библиотека-филиал № {n}",
                        f"ул. Садовая, {n}",
                        CITIES[n % len(CITIES)],
                        f"+7 846 200-{n:02d}-00",
                        f"branch{n}@library.example",
                        n,
                    )
                    for n in range(2, BRANCHES + 1)
                ],
            )
            branch_ids = [row[0] for row in conn.execute("SELECT id FROM branch ORDER BY id")]
            conn.executemany(
                "INSERT INTO staff (created_at, updated_at, version_id, name, position,"
                " branch_id, is_coordinator, active) VALUES (?, ?, 1, ?, ?, ?, ?, 1)",
                [
                    (now, now, f"Сотрудник {b}-{k}", "библиотекарь", b, int(b == 1 and k == 1))
                    for b in branch_ids
                    for k in range(1, STAFF_PER_BRANCH + 1)
                ],
            )
            # Collaborations and statistics round-robin over the branches.
            conn.execute(f"UPDATE collaboration SET branch_id = 1 + ((id - 1) % {BRANCHES})")
            conn.execute(f"UPDATE metric SET branch_id = 1 + ((id - 1) % {BRANCHES})")
            conn.execute(
                "INSERT OR IGNORE INTO partner_branch"
                " (created_at, updated_at, version_id, partner_id, branch_id)"
                " SELECT ?, ?, 1, cp.partner_id, c.branch_id FROM collaboration_partner cp"
                " JOIN collaboration c ON c.id = cp.collaboration_id",
                (now, now),
            )
            staff = conn.execute("SELECT id, name, branch_id FROM staff").fetchall()
            by_branch: dict[int, list[tuple[int, str]]] = {}
            for sid, name, bid in staff:
                by_branch.setdefault(bid, []).append((sid, name))
            # The library's own promises get owners from their branch's staff.
            rows = conn.execute(
                "SELECT cm.id, c.branch_id FROM commitment cm JOIN collaboration c"
                " ON c.id = cm.collaboration_id WHERE cm.direction = 'library_gives'"
            ).fetchall()
            conn.executemany(
                "UPDATE commitment SET owner_staff_id = ? WHERE id = ?",
                [(rnd.choice(by_branch[bid])[0], cid) for cid, bid in rows],
            )
        conn.execute("ANALYZE")
    finally:
        conn.close()


def postgres_copy(source: Path, url: str, *, quiet: bool = True) -> str:
    """A PostgreSQL database named after the source, migrated by the real
    migrations and holding the same rows (COPY per table). Reused when it
    already holds them. Returns its URL."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from collabdesk.domain.models import Base
    from collabdesk.store.migrate import upgrade

    name = source.stem.replace("-", "_").replace(".", "_")[:60]
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        exists = conn.execute(text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name})
        if exists.first() is not None:
            target = make_url(url).set(database=name).render_as_string(hide_password=False)
            probe = create_engine(target)
            try:
                with probe.connect() as c:
                    done = c.execute(text("SELECT count(*) FROM commitment")).scalar_one()
                if done:
                    return target
            except Exception:  # a half-made copy is made again
                pass
            finally:
                probe.dispose()
            conn.execute(text(f'DROP DATABASE "{name}"'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    target = make_url(url).set(database=name).render_as_string(hide_password=False)
    started = time.perf_counter()
    upgrade(target)
    engine = create_engine(target)
    lite = sqlite3.connect(source)
    try:
        with engine.begin() as conn:
            raw = conn.connection.driver_connection
            assert raw is not None
            tables = [t for t in Base.metadata.sorted_tables]
            conn.execute(text("SET session_replication_role = replica"))  # no FK checks
            for table in reversed(tables):
                conn.execute(text(f'DELETE FROM "{table.name}"'))
            for table in tables:
                columns = [c.name for c in table.columns]
                quoted = ", ".join(f'"{c}"' for c in columns)
                cursor = lite.execute(f'SELECT {quoted} FROM "{table.name}"')
                types = [c.type.python_type if _has_type(c) else object for c in table.columns]
                statement = f'COPY "{table.name}" ({quoted}) FROM STDIN'
                with raw.cursor() as cur, cur.copy(statement) as copy:
                    for row in cursor:
                        copy.write_row([_value(v, t) for v, t in zip(row, types, strict=True)])
                if "id" in columns:
                    conn.execute(
                        text(
                            f"SELECT setval(pg_get_serial_sequence('\"{table.name}\"', 'id'),"
                            f' coalesce((SELECT max(id) FROM "{table.name}"), 0) + 1, false)'
                        )
                    )
            conn.execute(text("SET session_replication_role = origin"))
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("ANALYZE"))
    finally:
        lite.close()
        engine.dispose()
    if not quiet:
        print(f"copied into PostgreSQL {name} in {time.perf_counter() - started:.0f} s")
    return target


def _has_type(column: object) -> bool:
    try:
        return column.type.python_type is not None  # type: ignore[attr-defined]
    except NotImplementedError:
        return False


def _value(value: object, kind: type) -> object:
    """SQLite's stored text as PostgreSQL's COPY wants it."""
    if value is None:
        return None
    if kind is bool:
        return bool(value)
    if kind is date and isinstance(value, str):
        return value[:10]
    if kind is bytes and isinstance(value, str):
        return value.encode()
    return value


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--postgres", default="", help="also copy into this server")
    args = parser.parse_args()
    path = system_database(quiet=False)
    print(path)
    if args.postgres:
        print(postgres_copy(path, args.postgres, quiet=False))


if __name__ == "__main__":
    main()
