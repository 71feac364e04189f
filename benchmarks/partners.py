"""Partner search figures at 10k, 100k and 1M partners.

Prints, per database size, the median (and 90th percentile) time per
keystroke to get the first page of results while typing names one letter
at a time. Start-up, timed by the first paint as a person sees it, is
benchmarks/startup.py (issue 15).

Targets (issue 2): search median <= 16 ms at 100k and 1M. Databases are
cached in benchmarks/.cache/.

    python benchmarks/partners.py [--sizes 10000,100000,1000000]
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from collabdesk.domain.partner import partner_search_text  # noqa: E402
from collabdesk.domain.text import search_key  # noqa: E402
from collabdesk.services.partner_directory import PartnerDirectory, PartnerQuery  # noqa: E402
from collabdesk.store.database import open_database, sqlite_url  # noqa: E402
from collabdesk.store.schema_head import HEAD_REVISION  # noqa: E402
from collabdesk.store.sqlite_file import schema_revision  # noqa: E402

CACHE = Path(os.environ.get("BENCHMARK_CACHE") or Path(__file__).resolve().parent / ".cache")
SURNAMES = [
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
    "Николаев",
    "Орлов",
    "Андреев",
    "Макаров",
    "Никитин",
    "Захаров",
    "Зайцев",
    "Соловьёв",
    "Борисов",
    "Яковлев",
]
FIRST = [
    "Анна",
    "Иван",
    "Пётр",
    "Мария",
    "Ольга",
    "Сергей",
    "Елена",
    "Дмитрий",
    "Алёна",
    "Никита",
    "Юлия",
    "Артём",
]
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
KINDS = ("business", "artist", "designer", "media", "investor", "non_profit")


def partner_name(rnd: random.Random) -> str:
    if rnd.random() < 0.5:
        return f"{rnd.choice(SURNAMES)} {rnd.choice(FIRST)}"
    return f"{rnd.choice(ORG)} «{rnd.choice(WORDS)}» {rnd.randint(1, 99999)}"


def build(size: int) -> Path:
    """A migrated database with `size` partners, made once and cached."""
    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"partners-{size}.sqlite3"
    if path.exists():
        if schema_revision(path) != HEAD_REVISION:
            open_database(sqlite_url(path)).close()  # a cache from an older schema
        return path
    partial = CACHE / f"partners-{size}.partial.sqlite3"
    for stale in CACHE.glob(f"partners-{size}.partial.sqlite3*"):
        stale.unlink()
    open_database(sqlite_url(partial)).close()
    rnd = random.Random(size)
    conn = sqlite3.connect(partial)
    batch = []
    for i in range(size):
        name = partner_name(rnd)
        city = rnd.choice(CITIES)
        email = f"partner{i}@example.org"
        batch.append(
            (
                name,
                rnd.choice(KINDS),
                "prospect",
                city,
                email,
                search_key(name),
                partner_search_text(name, city, email, ""),
            )
        )
        if len(batch) == 50_000:
            _insert(conn, batch)
            batch = []
    _insert(conn, batch)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    partial.replace(path)
    return path


def _insert(conn: sqlite3.Connection, rows: list[tuple[str, ...]]) -> None:
    now = "2026-01-01 00:00:00.000000"
    conn.executemany(
        "INSERT INTO partner (name, kind, status, city, website, email, phone, values_notes,"
        " owner, notes, name_key, search_text, created_at, updated_at, version_id)"
        f" VALUES (?, ?, ?, ?, '', ?, '', '', '', '', ?, ?, '{now}', '{now}', 1)",
        rows,
    )
    conn.commit()


def keystrokes(path: Path) -> list[float]:
    """ms per keystroke for the first page while typing ten real names."""
    directory = PartnerDirectory.for_sqlite_file(path)
    rnd = random.Random(7)
    names = [partner_name(rnd) for _ in range(10)]
    timings = []
    directory.first_page(PartnerQuery(""), 200)  # warm the page cache like a running app
    for name in names:
        for end in range(1, len(name) + 1):
            start = time.perf_counter()
            directory.first_page(PartnerQuery(name[:end]), 200)
            timings.append((time.perf_counter() - start) * 1000)
    directory.close()
    return timings


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="10000,100000,1000000")
    args = parser.parse_args()
    print(f"{'partners':>9} | {'search median':>13} | {'p90':>7} | {'max':>7}")
    for size in (int(s) for s in args.sizes.split(",")):
        path = build(size)
        timings = keystrokes(path)
        median = statistics.median(timings)
        p90 = statistics.quantiles(timings, n=10)[-1]
        print(
            f"{size:>9} | {median:>10.1f} ms | {p90:>4.1f} ms | {max(timings):>4.0f} ms",
            flush=True,
        )
    print("target: search median <= 16 ms at 100k and 1M; start-up: benchmarks/startup.py")


if __name__ == "__main__":
    main()
