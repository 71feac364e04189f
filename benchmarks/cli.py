"""Each command's time as a person at the terminal feels it, against
`collabdesk --version` measured in the same run.

Every command runs as its own process (the installed `collabdesk`), in
rounds: each round runs `--version` then every command once, so a busy
machine slows both alike; the medians are compared. Targets (issue 15, on
SQLite): a command that only reads ≤ 4× `--version`, one that writes
≤ 8×, `pitch` ≤ 5×. The database is the demo's, in a temporary folder,
unless --data-dir names another (e.g. a copy of the scale database).

    python benchmarks/cli.py [--rounds 7] [--data-dir FOLDER]
"""

from __future__ import annotations

import argparse
import compileall
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

READ, WRITE, PITCH = 4.0, 8.0, 5.0

# (what it does, target, arguments after --data-dir)
COMMANDS: tuple[tuple[str, float, tuple[str, ...]], ...] = (
    ("reads", READ, ("partners", "list")),
    ("reads", READ, ("partners", "list", "--search", "coffee")),
    ("reads", READ, ("partners", "show", "1")),
    ("reads", READ, ("collaborations", "list")),
    ("reads", READ, ("collaborations", "show", "1")),
    ("reads", READ, ("commitments", "list")),
    ("reads", READ, ("reputation",)),
    ("reads", READ, ("history", "partner", "1")),
    ("reads", READ, ("trash", "list")),
    ("reads", READ, ("library", "show")),
    ("reads", READ, ("units", "list")),
    ("reads", READ, ("stats", "list")),
    ("writes", WRITE, ("partners", "add", "--name", "Benchmark partner")),
    ("writes", WRITE, ("partners", "edit", "1", "--city", "Tomsk")),
    ("pitch", PITCH, ("pitch", "1", "--out", "{folder}/pitch.pdf")),
)


def program() -> list[str]:
    found = shutil.which("collabdesk")
    return [found] if found else [sys.executable, "-m", "collabdesk"]


def timed(argv: list[str]) -> float:
    started = time.perf_counter()
    done = subprocess.run(argv, capture_output=True, check=False)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(argv)} failed: {done.stderr.decode(errors='replace')}")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--data-dir", type=Path)
    args = parser.parse_args()
    base = program()
    # As an installed program has it: otherwise a machine that writes no
    # bytecode (PYTHONDONTWRITEBYTECODE) compiles every changed module per run.
    compileall.compile_dir(Path(__file__).resolve().parents[1] / "collabdesk", quiet=1)
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        data = args.data_dir
        if data is None:
            data = folder / "data"
            subprocess.run(
                [*base, "--data-dir", str(data), "demo"], check=True, capture_output=True
            )
        version: list[float] = []
        times: list[list[float]] = [[] for _ in COMMANDS]
        for _ in range(args.rounds):
            version.append(timed([*base, "--version"]))
            for index, (_kind, _target, words) in enumerate(COMMANDS):
                argv = [w.replace("{folder}", str(folder)) for w in words]
                times[index].append(timed([*base, "--data-dir", str(data), *argv]))
        floor = statistics.median(version)
        print(f"collabdesk --version: {floor * 1000:.0f} ms (median of {args.rounds})")
        failed = 0
        for (kind, target, words), runs in zip(COMMANDS, times, strict=True):
            ratio = statistics.median(runs) / floor
            verdict = "OK" if ratio <= target else "OVER"
            failed += ratio > target
            command = " ".join(words).replace("{folder}/", "")
            print(
                f"  {command:<42} {kind:<6} {statistics.median(runs) * 1000:6.0f} ms"
                f"  {ratio:5.1f}× --version (target ≤ {target:.0f}×)  {verdict}"
            )
        print(f"{len(COMMANDS) - failed} of {len(COMMANDS)} at or under their target")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
