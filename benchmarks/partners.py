"""Partner search and start-up figures at 10k, 100k and 1M partners.

Prints, per database size: the median (and 90th percentile) time per
keystroke to get the first page of results while typing names one letter
at a time, and the time from process start to the main window shown with
its first page, against a bare PySide6 window measured in the same run.

Targets (issue 2): search median <= 16 ms at 100k and 1M; main window
<= 1.5x the bare window. Databases are cached in benchmarks/.cache/.

    python benchmarks/partners.py [--sizes 10000,100000,1000000] [--starts 7]
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
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

CACHE = Path(__file__).resolve().parent / ".cache"
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


BARE_WINDOW = """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1100, 700)
window.show()
app.processEvents()
print("shown", flush=True)
"""


def time_process(command: list[str], env: dict[str, str], until: str = "shown") -> float:
    """ms from spawning `command` to it printing a line starting with `until`."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env
    )
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith(until):
            elapsed = (time.perf_counter() - start) * 1000
            break
    else:
        raise RuntimeError(f"{command} exited without printing {until!r}")
    proc.stdout.read()
    proc.wait(timeout=30)
    return elapsed


def compile_package() -> None:
    """Write CollabDesk's bytecode first, as `pip install` and the bundle do:
    with PYTHONDONTWRITEBYTECODE set (as on this machine) every start would
    otherwise compile each module changed since its .pyc was written."""
    import compileall

    compileall.compile_dir(ROOT / "collabdesk", quiet=1)


def startup(path: Path, runs: int) -> tuple[float, float, float]:
    """Medians: window shown with data, window complete, bare window."""
    compile_package()
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    env["COLLABDESK_EXIT_AFTER_SHOW"] = "1"
    env["PYTHONPATH"] = str(ROOT)
    with tempfile.TemporaryDirectory() as settings_home:
        env["XDG_CONFIG_HOME"] = settings_home
        data_dir = Path(settings_home) / "data"
        data_dir.mkdir()
        os.link(path, data_dir / "collabdesk.sqlite3")
        app = [sys.executable, "-m", "collabdesk", "--data-dir", str(data_dir)]
        bare = [sys.executable, "-c", BARE_WINDOW]
        app_times, complete_times, bare_times = [], [], []
        time_process(bare, env)  # warm the OS file cache for both
        time_process(app, env)
        for _ in range(runs):
            bare_times.append(time_process(bare, env))
            app_times.append(time_process(app, env))
            complete_times.append(time_process(app, env, until="complete"))
    return (
        statistics.median(app_times),
        statistics.median(complete_times),
        statistics.median(bare_times),
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--starts", type=int, default=7, help="start-up runs per size")
    args = parser.parse_args()
    print(
        f"{'partners':>9} | {'search median':>13} | {'p90':>7} | {'max':>7} | "
        f"{'window':>8} | {'bare':>7} | ratio"
    )
    for size in (int(s) for s in args.sizes.split(",")):
        path = build(size)
        timings = keystrokes(path)
        median = statistics.median(timings)
        p90 = statistics.quantiles(timings, n=10)[-1]
        app_ms, complete_ms, bare_ms = startup(path, args.starts)
        print(
            f"{size:>9} | {median:>10.1f} ms | {p90:>4.1f} ms | {max(timings):>4.0f} ms | "
            f"{app_ms:>5.0f} ms | {bare_ms:>4.0f} ms | {app_ms / bare_ms:.2f}x | "
            f"{complete_ms:.0f} ms",
            flush=True,
        )
    print(
        "window: process start to the partner list shown with its first page; "
        "complete: details pane and menus built too (the next event-loop turn)."
    )
    print("targets: search median <= 16 ms at 100k and 1M; window <= 1.50x bare")


if __name__ == "__main__":
    main()
