"""Issue 15 as processes: a bulk import through the installed program while
the window has the same data open, then reads by the light command line
(plain SQL, no SQLAlchemy) and a save in the window that the search index
still picks up (its trigger is back after the import)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from tests.e2e.conftest import Program, Window, program_env
from tests.e2e.test_cli_scripting import installed


def run(program: Program, *args: str, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(
        [*installed(), "--data-dir", str(program.data), *args],
        env=env or program_env(program.home),
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 0, f"collabdesk {' '.join(args)}: {done.stderr}"
    return done.stdout + done.stderr


def test_bulk_import_beside_the_window_then_light_reads(
    demo_program: Program, window: Window, tmp_path: Path
) -> None:
    before = int(window.ask("count"))
    source = tmp_path / "partners.csv"
    rows = "".join(f"Типография Пресс {i};Пермь;press{i}@example.org\r\n" for i in range(2000))
    source.write_bytes(("Название;Город;Почта\r\n" + rows).encode("cp1251"))

    said = run(demo_program, "partners", "import", str(source))
    assert "Partners imported: 2000." in said
    assert int(window.ask("count")) == before + 2000

    found = json.loads(run(demo_program, "partners", "list", "--json", "--search", "пресс 1999"))
    assert [p["name"] for p in found] == ["Типография Пресс 1999"]
    history = json.loads(
        run(demo_program, "history", "partner", str(found[0]["id"] - 1999), "--json")
    )
    assert [(h["action"], json.loads(h["new"])["count"]) for h in history] == [("import", 2000)]

    assert window.ask("save Переплётная мастерская").startswith("saved ")
    found = json.loads(run(demo_program, "partners", "list", "--json", "--search", "переплетная"))
    assert [p["name"] for p in found] == ["Переплётная мастерская"]  # indexed by the trigger

    env = program_env(demo_program.home) | {"PYTHONPROFILEIMPORTTIME": "1"}
    loaded = run(demo_program, "partners", "list", "--search", "пресс", env=env)
    assert "Типография Пресс 0" in loaded
    modules = {line.rsplit("|", 1)[-1].strip() for line in loaded.splitlines() if "|" in line}
    assert "collabdesk.commands.reading" in modules  # importtime did list the modules
    assert "sqlalchemy" not in modules and "alembic" not in modules  # the read path only
