"""`restore` while an import runs in another process: a save that reports
success is either in the restored database (it came after) or in the
`before_restore` backup (it came before), never in a swapped-out file.
It once reported "Partners imported: 10000", rc 0, and the rows were gone."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest

from tests.e2e.conftest import Program

ROWS = 15000


def partners_csv(path: Path, tag: str) -> Path:
    lines = ["name;city"] + [f"{tag} partner {i};Tomsk" for i in range(ROWS)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def count_tagged(database: Path, tag: str) -> int:
    with sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True) as conn:
        row = conn.execute(
            "SELECT count(*) FROM partner WHERE name LIKE ?", (f"{tag} %",)
        ).fetchone()
    return int(row[0])


@pytest.mark.parametrize("delay", [0.2, 2.5])
def test_an_import_racing_a_restore_is_never_lost(
    demo_program: Program, tmp_path: Path, delay: float
) -> None:
    backup = tmp_path / "earlier.sqlite3"
    demo_program.cli("backup", "--to", str(backup))
    tag = f"Race{int(delay * 10)}"
    source = partners_csv(tmp_path / "race.csv", tag)

    importing = demo_program.popen_cli("partners", "import", str(source))
    time.sleep(delay)
    restoring = demo_program.popen_cli("restore", str(backup))
    import_out, import_err = importing.communicate(timeout=180)
    restore_out, restore_err = restoring.communicate(timeout=180)

    in_database = count_tagged(demo_program.database, tag)
    backups = sorted((demo_program.data / "backups").glob("*before_restore*.sqlite3"))
    in_before_restore = count_tagged(backups[-1], tag) if backups else 0

    if importing.returncode == 0 and f"Partners imported: {ROWS}" in import_out:
        assert ROWS in (in_database, in_before_restore), (
            f"import said done; database has {in_database}, before_restore {in_before_restore}; "
            f"restore: {restoring.returncode} {restore_out}{restore_err}"
        )
    else:  # refused or failed: one clear line, and nothing half-written
        assert "Traceback" not in import_err
        assert in_database in (0, ROWS)
    if restoring.returncode == 0:
        assert in_database in (0, ROWS)
    else:
        assert "Traceback" not in restore_err and restore_err.strip()
    with sqlite3.connect(demo_program.database) as check:
        assert check.execute("PRAGMA integrity_check").fetchone() == ("ok",)
