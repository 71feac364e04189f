"""Offline branches as people run them: the branch's computer writes its
data as one file (`collabdesk branch-file export`), the coordinators'
computer previews and imports it (`collabdesk branch-file import`) as a
branch, and importing the same file again changes nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.e2e.conftest import Program

TABLES = ("branch", "partner", "collaboration", "commitment", "metric", "change_log")


def snapshot(database: Path) -> dict[str, list[tuple[object, ...]]]:
    conn = sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True)
    try:
        return {t: conn.execute(f"SELECT * FROM {t} ORDER BY id").fetchall() for t in TABLES}
    finally:
        conn.close()


def test_a_branch_file_travels_between_two_data_folders(tmp_path: Path) -> None:
    branch = Program(home=tmp_path / "branch-home", data=tmp_path / "branch-data")
    system = Program(home=tmp_path / "system-home", data=tmp_path / "system-data")
    branch.cli("demo", "--lang", "en")
    system.cli("partners", "add", "--name", "Own partner")  # the system's own data
    sent = tmp_path / "mail" / "branch-7.collabdesk-branch"
    sent.parent.mkdir()

    made = branch.cli("branch-file", "export", "--out", str(sent))
    assert "Branch file written" in made.stdout and sent.is_file()

    preview = system.cli("branch-file", "import", str(sent))
    assert "Collaborations: 6 new, 0 changed, 0 unchanged" in preview.stdout
    assert "say which branch it is" in preview.stdout
    assert snapshot(system.database)["collaboration"] == []  # a preview writes nothing

    refused = system.cli("branch-file", "import", str(sent), "--apply", check=False)
    assert refused.returncode == 1
    assert "say which branch it is" in refused.stderr

    applied = system.cli("branch-file", "import", str(sent), "--new-branch", "Branch 7", "--apply")
    assert "Imported as the branch Branch 7" in applied.stdout
    after_first = snapshot(system.database)
    assert len(after_first["collaboration"]) == 6
    assert len(after_first["branch"]) == 2

    again = system.cli("branch-file", "import", str(sent))
    assert "imported before" in again.stdout
    assert "0 new, 0 changed" in again.stdout
    system.cli("branch-file", "import", str(sent), "--apply")
    assert snapshot(system.database) == after_first  # nothing changed, not even history

    russian = system.cli("branch-file", "import", str(sent), lang="ru_RU.UTF-8")
    assert "Сотрудничества" in russian.stdout

    own = system.cli(
        "branch-file", "import", str(branch.database), "--apply", "--new-branch", "X", check=False
    )
    assert own.returncode == 1 and "is not a branch file" in own.stderr
    assert snapshot(system.database) == after_first
