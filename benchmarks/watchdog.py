"""A scripted session in the real window, reporting every event-loop stall.

One process: a QApplication with a stall detector (a 10 ms QTimer; any gap
between two of its ticks over 100 ms is a moment the window could not
repaint or answer a click), then the real program (`collabdesk.cli.main` →
`collabdesk.app.run_gui`) on a copy of the scale database (benchmarks/
scale_data.py: 100,000 partners, 20,000 collaborations, 500,000
commitments). From the moment the main window is shown, a script does what
a person does, through the window's own widgets (clicks on tabs and headers,
keys in search boxes and filters, the file dialog, the import dialog):

start (until New partner is enabled), type a partner search, open each tab
and sub-tab, sort the tracker by each column, filter it (direction, status,
due window, owner, without proof, a text search), import 10,000 partners
from a CSV file, scroll the partner list and the tracker to the end, close.

Every stall is printed as it happens, with the step the script was at and
where the GUI thread was (sampled from a side thread while it stalled),
then a summary per step. It is expected to report stalls until issue 15 is
done: that is its job. Exit status 0 when the session ran (stalls or not;
`--strict` makes stalls exit 1), 2 when the script could not finish.

    python benchmarks/watchdog.py [--offscreen] [--scroll-seconds 120]
    python benchmarks/watchdog.py --quick      # a tiny database, short pauses
"""

from __future__ import annotations

import argparse
import compileall
import csv
import os
import random
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.scale_data import partner_name, scale_database, scratch_copy  # noqa: E402
from benchmarks.startup import display  # noqa: E402
from benchmarks.watchdog_script import SessionScript  # noqa: E402
from benchmarks.watchdog_stalls import StallDetector  # noqa: E402


def write_partner_csv(path: Path, rows: int) -> Path:
    """A file of new partners as a library would get from a partner network."""
    rnd = random.Random(10_000)
    kinds = ("business", "artist", "media", "non_profit")
    cities = ("Москва", "Казань", "Томск", "Пермь")
    with path.open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(["name", "kind", "city", "email", "phone"])
        for n in range(rows):
            out.writerow(
                [
                    f"{partner_name(rnd)} (импорт {n})",
                    rnd.choice(kinds),
                    rnd.choice(cities),
                    f"import{n}@example.net",
                    f"+7 901 {n:07d}",
                ]
            )
    return path


def run_session(args: argparse.Namespace, folder: Path, csv_file: Path) -> int:
    """The program in this process, the script driving it; 0 when the script ran."""
    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0]])
    detector = StallDetector(threshold_ms=args.threshold)
    script = SessionScript(
        app,
        detector,
        csv_file,
        pace=0.3 if args.quick else 1.0,
        scroll_seconds=args.scroll_seconds,
        usable_timeout=args.timeout,
    )
    app.installEventFilter(script)
    from collabdesk.cli import main as collabdesk_main

    collabdesk_main(["--data-dir", str(folder)])
    detector.stop()
    for line in script.summary():
        print(line, flush=True)
    if script.failure:
        print(f"the script did not finish: {script.failure}", flush=True)
        return 2
    return 1 if args.strict and detector.stalls else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--partners", type=int, default=100_000)
    parser.add_argument("--commitments", type=int, default=500_000)
    parser.add_argument("--collaborations", type=int, default=20_000)
    parser.add_argument("--import-rows", type=int, default=10_000)
    parser.add_argument("--scroll-seconds", type=float, default=120, help="per list")
    parser.add_argument("--threshold", type=float, default=100, help="ms counted as a stall")
    parser.add_argument("--timeout", type=float, default=900, help="s to wait for the start")
    parser.add_argument("--offscreen", action="store_true", help="Qt's offscreen platform")
    parser.add_argument("--quick", action="store_true", help="tiny data, short pauses")
    parser.add_argument("--strict", action="store_true", help="exit 1 when anything stalled")
    args = parser.parse_args(argv)
    if args.quick:
        args.partners, args.commitments, args.collaborations = 200, 2_000, 50
        args.import_rows = min(args.import_rows, 200)
        args.scroll_seconds = min(args.scroll_seconds, 3)
    source = scale_database(args.partners, args.commitments, args.collaborations, quiet=False)
    # As an installed program has it: a machine that writes no bytecode
    # (PYTHONDONTWRITEBYTECODE) would otherwise compile each changed module
    # on the GUI thread the first time a tab imports it.
    compileall.compile_dir(ROOT / "collabdesk", quiet=1)
    with (
        tempfile.TemporaryDirectory(prefix="collabdesk-watchdog-") as scratch,
        display(args.offscreen) as screen,
    ):
        folder = Path(scratch) / "data"
        database = scratch_copy(source, folder)
        csv_file = write_partner_csv(Path(scratch) / "partners.csv", args.import_rows)
        for name in [k for k in os.environ if k.startswith("COLLABDESK_")]:
            del os.environ[name]  # the program as a person runs it
        os.environ.update(screen, XDG_CONFIG_HOME=str(Path(scratch) / "config"))
        print(
            f"watchdog: {database.stat().st_size / 1e6:.0f} MB database "
            f"({args.partners:,} partners, {args.commitments:,} commitments, "
            f"{args.collaborations:,} collaborations), import of {args.import_rows:,} rows; "
            f"Qt platform {screen['QT_QPA_PLATFORM']} {screen.get('DISPLAY', '')}; "
            f"stalls over {args.threshold:.0f} ms:",
            flush=True,
        )
        return run_session(args, folder, csv_file)


if __name__ == "__main__":
    sys.exit(main())
