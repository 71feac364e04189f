"""Show first, then open, in a real process (issue 15): the installed
program's window, watched from outside by tests/ui/paint_probe.py (which
wraps the real run_gui, as benchmarks do), paints the partner list before
its store is open, and is editable once the check is done; after a killed
run the full check runs in the background and the banner says what
happened once it is through."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.e2e.conftest import Program, program_env

PROBE = Path(__file__).resolve().parents[1] / "ui" / "paint_probe.py"
ROOT = Path(__file__).resolve().parents[2]


def watch_start(program: Program, *probe_args: str) -> dict[str, dict[str, object]]:
    """Each moment the probe printed (its options: tests/ui/paint_probe.py)."""
    env = dict(program_env(program.home), PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, str(PROBE), str(program.data), *probe_args],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    lines = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    return {line["moment"]: line for line in lines}


@pytest.mark.parametrize("crashed", [False, True])
def test_the_list_is_painted_before_the_store_opens(demo_program: Program, crashed: bool) -> None:
    if crashed:
        marker = demo_program.database.with_name(demo_program.database.name + ".running")
        marker.write_text("open")  # what a killed window leaves
    seen = watch_start(demo_program)
    paint, editable = seen["paint"], seen["editable"]
    assert paint["rows"] == 12 and not paint["services"] and not paint["sqlalchemy"]
    assert not paint["editable"]
    assert editable["services"] and editable["rows"] == 12
    assert float(paint["ms"]) < float(editable["ms"])  # type: ignore[arg-type]
    said = " ".join(editable["banner"])  # type: ignore[arg-type]
    assert ("not closed properly" in said) == crashed
    # The start-up check's line went when it was done (the daily backup may
    # have put its own "Checking today's backup…" line up meanwhile).
    assert "Editing waits" not in said
    checked = demo_program.cli("check")
    assert f"{demo_program.database}: ok" in checked.stdout
    assert (demo_program.data / "backups").is_dir()  # the daily backup ran after the opening
