"""The database of issue 15, built once and shared by every benchmark.

A library system's worth of data: 100,000 partners, 20,000 collaborations
(each with one to three partners and a part of its checklist answered),
500,000 commitments (owners, statuses, due dates around ANCHOR, values,
the tracker's search text) with proofs for some of the delivered ones, a
few contacts. The schema comes from the real migrations (open_database),
the rows from bulk `executemany`; the search triggers are set aside during
the insert and the FTS indexes rebuilt once, so the file ends up exactly as
if the rows had been typed in (search_text, FTS rows, ANALYZE statistics).

Databases are cached in benchmarks/.cache/ under a name that carries the
sizes; a cache from an older schema is migrated in place on first use.
Benchmarks that write (start-ups, imports) work on `scratch_copy(...)`.

    from benchmarks.scale_data import scale_database
    path = scale_database()                      # the issue's sizes
    path = scale_database(partners=200, commitments=1_000, collaborations=50)

    python benchmarks/scale_data.py [--partners N] [--commitments N] [--collaborations N]
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sqlite3
import sys
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from collabdesk.domain.commitment import commitment_search_text  # noqa: E402
from collabdesk.domain.partner import partner_search_text  # noqa: E402
from collabdesk.domain.text import search_key  # noqa: E402

# BENCHMARK_CACHE: another folder (the tests use a temporary one).
CACHE = Path(os.environ.get("BENCHMARK_CACHE") or Path(__file__).resolve().parent / ".cache")
PARTNERS = 100_000
COMMITMENTS = 500_000
COLLABORATIONS = 20_000
# Dates are spread around this day (fixed, so every build is the same file).
ANCHOR = date(2026, 12, 1)
NOW = "2026-01-01 00:00:00.000000"

OWNERS = ("Анна", "Борис", "Вера", "Григорий", "Дарья", "Елена", "Жанна", "Зоя")
THINGS = ("афиши", "зал", "кофе", "сувениры", "форма", "стенд", "логотип", "пост", "буклеты")
UNITS = ("шт.", "час", "пост", "экз.", "")
SURNAMES = (
    "Иванов",
    "Петров",
    "Сидоров",
    "Смирнов",
    "Кузнецов",
    "Попов",
    "Васильев",
    "Соколов",
    "Михайлов",
    "Новиков",
    "Фёдоров",
    "Морозов",
    "Волков",
    "Алексеев",
    "Лебедев",
    "Семёнов",
    "Егоров",
    "Павлов",
    "Козлов",
    "Степанов",
)
FIRST = ("Анна", "Иван", "Пётр", "Мария", "Ольга", "Сергей", "Елена", "Дмитрий", "Алёна", "Юлия")
ORG = ("ООО", "АО", "ИП", "Студия", "Галерея", "Кафе", "Типография", "Фонд", "Агентство")
WORDS = (
    "Ромашка",
    "Книжный мир",
    "Светлячок",
    "Полярная звезда",
    "Северный ветер",
    "Ёлка",
    "Берёза",
    "Глобус",
    "Маяк",
    "Парус",
    "Орбита",
    "Спектр",
    "Радуга",
    "Pixel",
    "Green Leaf",
)
CITIES = ("Москва", "Казань", "Томск", "Пермь", "Самара", "Омск", "Тверь")
KINDS = ("business", "artist", "designer", "media", "investor", "non_profit", "other")
PARTNER_STATUSES = (("prospect", 50), ("active", 35), ("former", 10), ("declined", 5))
STAGES = (
    ("idea", 10),
    ("preparing", 15),
    ("pitched", 10),
    ("negotiating", 10),
    ("agreed", 10),
    ("delivering", 20),
    ("completed", 20),
    ("declined", 3),
    ("on_hold", 2),
)
COMMITMENT_STATUSES = (
    ("planned", 30),
    ("in_progress", 15),
    ("delivered", 40),
    ("waived", 5),
    ("missed", 10),
)
DIRECTIONS = ("library_gives", "partner_gives")
VALUATIONS = ("replacement_cost", "partner_declared", "quote", None)


def partner_name(rnd: random.Random) -> str:
    """A person or an organisation, as a library's list has them."""
    if rnd.random() < 0.5:
        return f"{rnd.choice(SURNAMES)} {rnd.choice(FIRST)}"
    return f"{rnd.choice(ORG)} «{rnd.choice(WORDS)}» {rnd.randint(1, 99999)}"


def _weighted(rnd: random.Random, table: tuple[tuple[str, int], ...]) -> str:
    return rnd.choices([k for k, _ in table], [w for _, w in table])[0]


def cache_path(partners: int, commitments: int, collaborations: int) -> Path:
    return CACHE / f"scale-p{partners}-c{commitments}-k{collaborations}.sqlite3"


def scale_database(
    partners: int = PARTNERS,
    commitments: int = COMMITMENTS,
    collaborations: int = COLLABORATIONS,
    *,
    quiet: bool = True,
) -> Path:
    """The cached database at these sizes, built on first use (~minutes at
    the issue's sizes) and migrated when the schema moved on since. Treat
    it as read-only: use `scratch_copy` for anything that writes."""
    from collabdesk.store.schema_head import HEAD_REVISION
    from collabdesk.store.sqlite_file import schema_revision

    if partners < 1 or collaborations < 1 or commitments < 0:
        raise ValueError("at least one partner and one collaboration")
    path = cache_path(partners, commitments, collaborations)
    if path.exists():
        if schema_revision(path) != HEAD_REVISION:
            _migrate(path)
        return path
    CACHE.mkdir(exist_ok=True)
    partial = path.with_name(path.stem + ".partial.sqlite3")
    for stale in CACHE.glob(partial.name + "*"):
        stale.unlink()
    started = time.perf_counter()
    build(partial, partners, commitments, collaborations)
    partial.replace(path)
    if not quiet:
        size_mb = path.stat().st_size / 1e6
        print(
            f"built {path.name} ({size_mb:.0f} MB) in {time.perf_counter() - started:.0f} s",
            flush=True,
        )
    return path


def scratch_copy(source: Path, folder: Path, name: str = "collabdesk.sqlite3") -> Path:
    """A copy of a cached database in `folder`, safe to write, start or crash."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / name
    shutil.copyfile(source, target)
    return target


def _migrate(path: Path) -> None:
    from collabdesk.store.database import open_database, sqlite_url

    open_database(sqlite_url(path)).close()
    with sqlite3.connect(path) as conn:
        conn.execute("ANALYZE")
    _checkpoint(path)


def _checkpoint(path: Path) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def build(path: Path, partners: int, commitments: int, collaborations: int) -> None:
    """Create the schema through the migrations, then bulk-insert the rows."""
    from collabdesk.services.checklist import ensure_template
    from collabdesk.store.database import open_database, sqlite_url

    db = open_database(sqlite_url(path))
    with db.sessions() as session:  # the shipped checklist questions
        ensure_template(session)
        session.commit()
    db.close()
    rnd = random.Random(15)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=OFF")
    conn.execute("PRAGMA cache_size=-200000")
    triggers = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%_fts_%'"
    ).fetchall()
    for name, _ in triggers:
        conn.execute(f'DROP TRIGGER "{name}"')
    with conn:
        _insert_partners(conn, rnd, partners)
        members = _insert_collaborations(conn, rnd, collaborations, partners)
        _insert_answers(conn, rnd, members)
        _insert_commitments(conn, rnd, commitments, members)
    for _, sql in triggers:
        conn.execute(sql)
    for table in ("partner_fts", "commitment_fts"):
        conn.execute(f"INSERT INTO {table}({table}) VALUES ('rebuild')")
    conn.commit()
    conn.execute("ANALYZE")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def _insert_partners(conn: sqlite3.Connection, rnd: random.Random, count: int) -> None:
    def rows() -> Iterator[tuple[object, ...]]:
        for pid in range(1, count + 1):
            name = partner_name(rnd)
            city = rnd.choice(CITIES)
            email = f"partner{pid}@example.org"
            phone = f"+7 900 {pid:07d}" if rnd.random() < 0.6 else ""
            yield (
                pid,
                name,
                rnd.choice(KINDS),
                _weighted(rnd, PARTNER_STATUSES),
                city,
                email,
                phone,
                rnd.choice(OWNERS) if rnd.random() < 0.7 else "",
                search_key(name),
                partner_search_text(name, city, email, phone),
                int(rnd.random() < 0.3),
            )

    conn.executemany(
        "INSERT INTO partner (id, name, kind, status, city, email, phone, owner, name_key,"
        " search_text, may_be_named, website, values_notes, notes, created_at, updated_at,"
        f" version_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', '', '', '{NOW}', '{NOW}', 1)",
        rows(),
    )
    contacts = (
        (pid, f"{rnd.choice(FIRST)} {rnd.choice(SURNAMES)}", "менеджер", f"c{pid}@example.org")
        for pid in range(1, count + 1, 5)
    )
    conn.executemany(
        "INSERT INTO contact (partner_id, name, role, email, phone, notes, created_at,"
        f" updated_at, version_id) VALUES (?, ?, ?, ?, '', '', '{NOW}', '{NOW}', 1)",
        contacts,
    )


def _insert_collaborations(
    conn: sqlite3.Connection, rnd: random.Random, count: int, partners: int
) -> list[list[int]]:
    """Collaborations and their partners; returns each one's partner ids."""
    members: list[list[int]] = []
    collab_rows = []
    link_rows = []
    for cid in range(1, count + 1):
        starts = ANCHOR + timedelta(days=rnd.randint(-500, 200))
        collab_rows.append(
            (
                cid,
                f"Проект {cid}: {rnd.choice(THINGS)} и {rnd.choice(THINGS)}",
                "Совместная встреча с читателями",
                _weighted(rnd, STAGES),
                starts.isoformat(),
                (starts + timedelta(days=rnd.randint(1, 120))).isoformat(),
                rnd.randint(0, 4),
            )
        )
        ids = rnd.sample(range(1, partners + 1), min(partners, rnd.randint(1, 3)))
        members.append(ids)
        for n, pid in enumerate(ids):
            link_rows.append((cid, pid, "alternative" if n == 2 else "partner"))
    conn.executemany(
        "INSERT INTO collaboration (id, title, idea, stage, starts_on, ends_on, wizard_page,"
        f" created_at, updated_at, version_id) VALUES (?, ?, ?, ?, ?, ?, ?, '{NOW}', '{NOW}', 1)",
        collab_rows,
    )
    conn.executemany(
        "INSERT INTO collaboration_partner (collaboration_id, partner_id, role, created_at,"
        f" updated_at, version_id) VALUES (?, ?, ?, '{NOW}', '{NOW}', 1)",
        link_rows,
    )
    return members


def _insert_answers(conn: sqlite3.Connection, rnd: random.Random, members: list[list[int]]) -> None:
    """A part of each collaboration's checklist answered (more for later stages)."""
    questions = conn.execute(
        "SELECT key, step, per_partner FROM checklist_question WHERE active ORDER BY id"
    ).fetchall()

    def rows() -> Iterator[tuple[object, ...]]:
        for cid, partner_ids in enumerate(members, start=1):
            share = rnd.random()
            for key, step, per_partner in questions:
                if rnd.random() > share:
                    continue
                for pid in partner_ids[:1] if per_partner else [None]:
                    yield (cid, step, key, f"Ответ на {key} для проекта {cid}", pid)

    conn.executemany(
        "INSERT INTO checklist_answer (collaboration_id, step_key, question_key, answer, done,"
        " partner_id, translation, created_at, updated_at, version_id)"
        f" VALUES (?, ?, ?, ?, 1, ?, '', '{NOW}', '{NOW}', 1)",
        rows(),
    )


def _insert_commitments(
    conn: sqlite3.Connection, rnd: random.Random, count: int, members: list[list[int]]
) -> None:
    proofs: list[tuple[object, ...]] = []

    def rows() -> Iterator[tuple[object, ...]]:
        for mid in range(1, count + 1):
            cid = rnd.randint(1, len(members))
            due = ANCHOR + timedelta(days=rnd.randint(-400, 200))
            status = _weighted(rnd, COMMITMENT_STATUSES)
            delivered = None
            if status == "delivered":
                delivered = (due + timedelta(days=rnd.randint(-5, 10))).isoformat()
                if rnd.random() < 0.3:
                    proofs.append((mid, f"proof-{mid}.jpg", f"фото {mid}.jpg", ""))
                elif rnd.random() < 0.1:
                    proofs.append((mid, "", "", f"https://example.org/post/{mid}"))
            description = f"{rnd.choice(THINGS)} {mid}"
            owner = rnd.choice(OWNERS)
            unit = rnd.choice(UNITS)
            value = rnd.randint(0, 100_000) if rnd.random() < 0.8 else None
            yield (
                mid,
                cid,
                rnd.choice(members[cid - 1]),
                rnd.choice(DIRECTIONS),
                description,
                rnd.randint(1, 500),
                unit,
                due.isoformat(),
                owner,
                status,
                value,
                rnd.choice(VALUATIONS) if value is not None else None,
                delivered,
                "не понадобилось" if status == "waived" else "",
                commitment_search_text(description, owner, unit),
            )

    conn.executemany(
        "INSERT INTO commitment (id, collaboration_id, partner_id, direction, description,"
        " quantity, unit, due_on, owner, status, value, valuation_method, delivered_on,"
        " waived_reason, search_text, currency, proof_note, proof_path,"
        " description_translation, created_at, updated_at, version_id)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'RUB', '', '', '',"
        f" '{NOW}', '{NOW}', 1)",
        rows(),
    )
    conn.executemany(
        "INSERT INTO commitment_proof (commitment_id, stored_name, original_name, url, note,"
        f" added_by, added_at, created_at, updated_at, version_id) VALUES (?, ?, ?, ?, '',"
        f" 'Анна', '{NOW}', '{NOW}', '{NOW}', 1)",
        proofs,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--partners", type=int, default=PARTNERS)
    parser.add_argument("--commitments", type=int, default=COMMITMENTS)
    parser.add_argument("--collaborations", type=int, default=COLLABORATIONS)
    args = parser.parse_args()
    path = scale_database(args.partners, args.commitments, args.collaborations, quiet=False)
    conn = sqlite3.connect(path)
    for table in ("partner", "collaboration", "commitment", "commitment_proof", "checklist_answer"):
        (count,) = conn.execute(f"SELECT count(*) FROM {table}").fetchone()
        print(f"{table:>18}: {count:,}")
    conn.close()
    print(path)


if __name__ == "__main__":
    main()
