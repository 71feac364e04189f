"""The installed command line, run as a process, refuses in the language of
its environment: Russian under LANG=ru_RU.UTF-8, English under LANG=C."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.e2e.conftest import Program, program_env


@pytest.mark.parametrize(
    ("lang", "in_use", "missing"),
    [
        (
            "ru_RU.UTF-8",
            "collabdesk: «A%2» нельзя удалить: партнёр участвует в сотрудничествах (1: «Неделя»)",
            "collabdesk: Партнёра с номером 99 нет.\n",
        ),
        (
            "C",
            "collabdesk: “A%2” cannot be deleted: it takes part in collaborations (1: «Неделя»)",
            "collabdesk: There is no partner with id 99.\n",
        ),
    ],
)
def test_refusals_are_in_the_environments_language(
    program: Program, lang: str, in_use: str, missing: str
) -> None:
    program.cli("partners", "add", "--name", "A%2")
    script = (
        "import sys\n"
        "from collabdesk.store.database import open_database, sqlite_url\n"
        "from collabdesk.services.desk import Desk\n"
        "from collabdesk.services.collaborations import CollaborationDraft\n"
        "db = open_database(sqlite_url(sys.argv[1]))\n"
        "Desk.over(db.sessions).collaborations.create("
        "CollaborationDraft(title='Неделя', partner_ids=(1,)))\n"
        "db.close()\n"
    )
    subprocess.run(
        [sys.executable, "-c", script, str(program.database)],
        env=program_env(program.home),
        check=True,
        timeout=120,
    )

    deleted = program.cli("partners", "delete", "1", check=False, lang=lang)
    assert deleted.returncode == 1
    assert deleted.stdout == ""
    assert deleted.stderr.startswith(in_use), deleted.stderr

    shown = program.cli("partners", "show", "99", check=False, lang=lang)
    assert (shown.returncode, shown.stdout, shown.stderr) == (1, "", missing)
