"""Start-up as a person sees it: the partner list painted with rows, then editable.

Each start is a fresh process (benchmarks/first_paint.py) that creates the
QApplication, installs an application-wide event filter and calls the real
program (`collabdesk.cli.main` → `collabdesk.app.run_gui`); nothing in the
program knows it is measured. Paired with it, in the same run and
alternating, the same probe times a bare PySide6 window (a QMainWindow with
a QTableView of 200 rows). All times run from spawning the process.

Three cases, on a copy of the scale database (benchmarks/scale_data.py:
100,000 partners, 20,000 collaborations, 500,000 commitments):

- clean start: the last run closed normally and today's backup exists;
- first start of a day: today's backups removed, so the daily one is due;
- after a crash: the `.running` marker of an unclean shutdown left behind.

Printed per case (medians over the rounds, with the spread): when the
window was shown, when the list was painted with rows ("painted"), how long
the window stood shown but unpainted, when New partner became enabled
("usable": the file passed its start-up check, the form opens and takes
typing, its Save waits for the services), when the services were attached
("ready": every kind of editing), and each beside the bare window: painted
<= 1.5x bare in every case (issue 15, item 1), usable <= 3x bare after a
clean start.

Runs under a real X server: DISPLAY when set, else an Xvfb started for the
run (when installed), else Qt's offscreen platform (said in the output).

    python benchmarks/startup.py [--rounds 5] [--cases clean,day,crash]
    python benchmarks/startup.py --quick      # a tiny database, one round
"""

from __future__ import annotations

import argparse
import compileall
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.scale_data import scale_database, scratch_copy  # noqa: E402

PROBE = HERE / "first_paint.py"
CASES = {
    "clean": "clean start",
    "day": "first start of a day",
    "crash": "after a crash",
}
PAINT_TARGET = 1.5  # x bare, every case
USABLE_TARGET = 3.0  # x bare, clean start


@dataclass
class Samples:
    """One case's starts: seconds from spawn to each event."""

    events: dict[str, list[float]] = field(default_factory=dict)
    bare: list[float] = field(default_factory=list)
    timeouts: int = 0

    def add(self, timings: dict[str, float]) -> None:
        for name, seconds in timings.items():
            self.events.setdefault(name, []).append(seconds)


def start(command: list[str], env: dict[str, str], timeout: float) -> dict[str, float]:
    """Run one probe; seconds from spawn to each EVENT it printed."""
    spawned = time.monotonic()
    try:
        result = subprocess.run(
            command, env=env, capture_output=True, text=True, timeout=timeout + 60, check=False
        )
    except subprocess.TimeoutExpired:
        return {"timeout": float(timeout)}
    timings: dict[str, float] = {}
    for line in result.stdout.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[0] == "EVENT":
            timings.setdefault(parts[1], float(parts[2]) - spawned)
    if result.returncode != 0 or "painted" not in timings:
        tail = (result.stderr or result.stdout).strip().splitlines()[-5:]
        raise RuntimeError(f"{command[2:]} exited {result.returncode}: " + " | ".join(tail))
    return timings


def prepare(case: str, database: Path) -> None:
    """Leave the data folder as a person would find it before this kind of start."""
    from collabdesk.store.backup import backup_dir
    from collabdesk.store.startup import marker_path

    marker = marker_path(database)
    if case == "crash":
        marker.write_text("open\n", encoding="utf-8")
    else:
        marker.unlink(missing_ok=True)
    today = datetime.now(UTC).strftime("%Y%m%d")
    folder = backup_dir(database)
    taken_today = sorted(folder.glob(f"*{today}*")) if folder.is_dir() else []
    if case == "day":
        for path in taken_today:
            path.unlink()
    elif not taken_today:  # a start that was closed before its backup finished
        from collabdesk.store.backup import take_backup

        take_backup(database, "daily")


@contextmanager
def display(offscreen: bool) -> Iterator[dict[str, str]]:
    """Environment for a real X server when there is one, else offscreen."""
    env: dict[str, str] = {}
    if offscreen:
        yield {"QT_QPA_PLATFORM": "offscreen"}
        return
    if os.environ.get("DISPLAY"):
        yield {"QT_QPA_PLATFORM": "xcb", "DISPLAY": os.environ["DISPLAY"]}
        return
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        yield {"QT_QPA_PLATFORM": "offscreen"}
        return
    read, write = os.pipe()
    server = subprocess.Popen(
        [xvfb, "-displayfd", str(write), "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    try:
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        if not number:
            raise RuntimeError("Xvfb did not start")
        env = {"QT_QPA_PLATFORM": "xcb", "DISPLAY": f":{number}"}
        yield env
    finally:
        server.terminate()
        server.wait(timeout=10)


def summary(values: list[float]) -> str:
    if not values:
        return "—"
    ms = [v * 1000 for v in values]
    return f"{statistics.median(ms):7.0f} ms ({min(ms):.0f}–{max(ms):.0f})"


def verdict(ratio: float, target: float | None) -> str:
    if target is None:
        return ""
    return f"(target <= {target:.1f}x: {'met' if ratio <= target else 'MISSED'})"


def report(name: str, samples: Samples) -> list[str]:
    bare = statistics.median(samples.bare) if samples.bare else float("nan")
    lines = [f"{name} — {len(samples.bare)} starts, bare window painted {summary(samples.bare)}"]
    shown, painted, usable, ready = (
        samples.events.get(k, []) for k in ("shown", "painted", "usable", "ready")
    )
    if samples.timeouts:
        lines.append(f"  {samples.timeouts} start(s) gave up before being usable")
    lines.append(f"  window shown          {summary(shown)}")
    if painted:
        ratio = statistics.median(painted) / bare
        lines.append(
            f"  list painted with rows {summary(painted)}  {ratio:5.2f}x bare "
            + verdict(ratio, PAINT_TARGET)
        )
    if shown and painted:
        black = [p - s for s, p in zip(shown, painted, strict=False)]
        lines.append(f"  shown but unpainted   {summary(black)}")
    if usable:
        ratio = statistics.median(usable) / bare
        target = USABLE_TARGET if name == CASES["clean"] else None
        lines.append(
            f"  New partner opens     {summary(usable)}  {ratio:5.2f}x bare "
            + verdict(ratio, target)
        )
    if ready:
        ratio = statistics.median(ready) / bare
        lines.append(f"  services attached     {summary(ready)}  {ratio:5.2f}x bare (no target)")
    return lines


def run(args: argparse.Namespace) -> list[str]:
    """Every round, every case: a bare window then the program. The report lines."""
    cases = [c for c in args.cases.split(",") if c]
    unknown = [c for c in cases if c not in CASES]
    if unknown:
        raise SystemExit(f"unknown case(s) {', '.join(unknown)}; pick from {', '.join(CASES)}")
    sizes = (200, 2_000, 50) if args.quick else (args.partners, args.commitments, 20_000)
    source = scale_database(*sizes, quiet=False)
    compileall.compile_dir(ROOT / "collabdesk", quiet=1)  # as an installed program has it
    results = {case: Samples() for case in cases}
    with (
        tempfile.TemporaryDirectory(prefix="collabdesk-startup-") as scratch,
        display(args.offscreen) as screen,
    ):
        folder = Path(scratch) / "data"
        database = scratch_copy(source, folder)
        env = {
            k: v
            for k, v in os.environ.items()
            if not k.startswith("COLLABDESK_") and k not in ("QT_QPA_PLATFORM", "DISPLAY")
        }
        env.update(screen, XDG_CONFIG_HOME=str(Path(scratch) / "config"), PYTHONPATH=str(ROOT))
        timeout = str(args.timeout)
        app = [sys.executable, str(PROBE), "app", "--data-dir", str(folder), "--timeout", timeout]
        bare = [sys.executable, str(PROBE), "bare", "--timeout", timeout]
        where = screen.get("DISPLAY", "")
        print(
            f"{database.stat().st_size / 1e6:.0f} MB database ({sizes[0]:,} partners, "
            f"{sizes[1]:,} commitments, {sizes[2]:,} collaborations); "
            f"Qt platform {screen['QT_QPA_PLATFORM']} {where}".rstrip(),
            flush=True,
        )
        prepare("clean", database)
        start(bare, env, args.timeout)  # warm the file cache and take today's backup
        start(app, env, args.timeout)
        for round_no in range(1, args.rounds + 1):
            for case in cases:
                prepare(case, database)
                samples = results[case]
                samples.bare.append(start(bare, env, args.timeout)["painted"])
                timings = start(app, env, args.timeout)
                if "timeout" in timings:
                    samples.timeouts += 1
                samples.add(timings)
                if args.verbose:
                    shown = ", ".join(f"{k} {v * 1000:.0f} ms" for k, v in timings.items())
                    print(f"  round {round_no} {case}: {shown}", flush=True)
    lines: list[str] = []
    for case in cases:
        lines += report(CASES[case], results[case])
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=5, help="starts per case")
    parser.add_argument("--cases", default=",".join(CASES), help="clean,day,crash")
    parser.add_argument("--partners", type=int, default=100_000)
    parser.add_argument("--commitments", type=int, default=500_000)
    parser.add_argument("--timeout", type=float, default=600, help="seconds per start")
    parser.add_argument("--offscreen", action="store_true", help="Qt's offscreen platform")
    parser.add_argument("--quick", action="store_true", help="a tiny database, one round")
    parser.add_argument("--verbose", action="store_true", help="print every start")
    args = parser.parse_args(argv)
    if args.quick:
        args.rounds = 1
    for line in run(args):
        print(line)
    print(
        "times from spawning the process; painted: the partner list's first paint with "
        "rows; New partner opens: enabled at a turn of the event loop (the file passed its "
        "check; the form takes typing, its Save waits for the services); services attached: "
        "every kind of editing"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
