"""How long entering meeting mode takes: the meeting copy (backup API copy,
prune to one collaboration, rebuild the search index, VACUUM) of databases
with 500, 2,000 and 10,000 collaborations (benchmarks/scale_data.py: twice
as many partners and commitments, part of each checklist answered), and how
large the copy is.

Entering meeting mode and "Prepare a meeting laptop…" both wait for this
copy; it prints the median of 3 copies per size.

    python benchmarks/meeting_copy.py [--sizes 500,2000,10000]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.scale_data import scale_database, scratch_copy  # noqa: E402
from collabdesk.services.meeting_copy import make_meeting_copy  # noqa: E402

RUNS = 3


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="500,2000,10000")
    sizes = [int(s) for s in parser.parse_args().sizes.split(",")]
    print(f"{'collaborations':>14} {'database':>10} {'copy':>8} {'median':>9}")
    for size in sizes:
        cached = scale_database(partners=2 * size, commitments=2 * size, collaborations=size)
        with tempfile.TemporaryDirectory() as folder:
            source = scratch_copy(cached, Path(folder), "office.sqlite3")
            times = []
            for run in range(RUNS):
                target = Path(folder) / f"meeting{run}.sqlite3"
                started = time.perf_counter()
                make_meeting_copy(source, target, [size // 2])
                times.append(time.perf_counter() - started)
            print(
                f"{size:>14} {source.stat().st_size / 1e6:>8.1f}MB"
                f" {target.stat().st_size / 1e3:>6.0f}kB {statistics.median(times) * 1000:>7.0f}ms"
            )


if __name__ == "__main__":
    main()
