"""The installed `collabdesk` program, run as processes: the checklist's
questions and answers from a script, and a meeting copy whose file holds no
internal text while the partner-facing text and the logo travel."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.e2e.conftest import Program, program_env

ROOT = Path(__file__).resolve().parents[2]
COLLABDESK = Path(sys.executable).with_name("collabdesk")  # the installed entry point


def run(
    program: Program, *args: str, stdin: str = "", lang: str = "en_US.UTF-8"
) -> subprocess.CompletedProcess[str]:
    env = program_env(program.home)
    env["LANG"] = lang
    return subprocess.run(
        [str(COLLABDESK), "--data-dir", str(program.data), *args],
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
    )


def _python(program: Program, script: str) -> None:
    env = program_env(program.home) | {"PYTHONPATH": str(ROOT)}
    subprocess.run(
        [sys.executable, "-c", script, str(program.database), str(program.data.parent)],
        env=env,
        cwd=ROOT,
        check=True,
        timeout=120,
    )


SEED = (
    "import sys\n"
    "from pathlib import Path\n"
    "from collabdesk.store.database import open_database, sqlite_url\n"
    "from collabdesk.services.desk import Desk\n"
    "from collabdesk.services.collaborations import CollaborationDraft\n"
    "from collabdesk.services.partners import PartnerDraft\n"
    "db = open_database(sqlite_url(sys.argv[1]))\n"
    "desk = Desk.over(db.sessions)\n"
    "a = desk.partners.create(PartnerDraft(name='Музей')).id\n"
    "b = desk.partners.create(PartnerDraft(name='Фонд')).id\n"
    "desk.collaborations.create(CollaborationDraft(title='Лето', partner_ids=(a, b)))\n"
    "db.close()\n"
)


def test_checklist_questions_and_answers_from_a_script(program: Program) -> None:
    assert run(program, "partners", "list").returncode == 0  # makes the data folder
    _python(program, SEED)
    listed = json.loads(run(program, "checklist", "questions", "--json").stdout)
    brand = next(q for q in listed if q["key"] == "qualitative.brand_value")
    assert brand["audience"] == "partner" and brand["per_partner"] is True

    done = run(program, "collaborations", "answer", "1", "why.goal", "-", stdin="Читальный зал\n")
    assert done.returncode == 0, done.stderr
    assert done.stdout == "Answer to why.goal saved in collaboration 1.\n"
    done = run(
        program,
        "collaborations",
        "answer",
        "1",
        "qualitative.brand_value",
        "Афиши",
        "--partner",
        "2",
    )
    assert done.returncode == 0 and "For the partner: Фонд (2)" in done.stdout

    refused = run(program, "collaborations", "answer", "1", "qualitative.brand_value", "Общий")
    assert refused.returncode == 1 and refused.stdout == ""
    assert refused.stderr.count("\n") == 1 and "--partner: 1 (Музей), 2 (Фонд)" in refused.stderr
    refused = run(program, "collaborations", "answer", "1", "quantitative.statistics", "x")
    assert refused.returncode == 1 and "collaborations pick" in refused.stderr
    refused = run(program, "collaborations", "answer", "1", "nope", "x", lang="ru_RU.UTF-8")
    assert refused.returncode == 1
    assert refused.stderr.startswith("collabdesk: Вопроса чек-листа «nope» нет.")

    shown = json.loads(run(program, "collaborations", "show", "1", "--json").stdout)
    assert {"question": "why.goal", "answer": "Читальный зал"}.items() <= next(
        a for a in shown["answers"] if a["question"] == "why.goal"
    ).items()
    assert any("Not answered" in m for m in shown["missing"])


def test_the_meeting_copy_file_holds_no_internal_text(program: Program, tmp_path: Path) -> None:
    assert run(program, "partners", "list").returncode == 0
    _python(
        program,
        "import sys\n"
        "from pathlib import Path\n"
        "from collabdesk.store.database import open_database, sqlite_url\n"
        "from collabdesk.services.desk import Desk\n"
        "from tests.unit.test_meeting_copy_internal import build_office\n"
        "db = open_database(sqlite_url(sys.argv[1]))\n"
        "assert build_office(Desk.over(db.sessions), Path(sys.argv[2])) == 1\n"
        "db.close()\n",
    )
    from tests.unit.test_meeting_copy_internal import INTERNAL, LOGO, PUBLIC

    folder = tmp_path / "laptop"
    made = run(program, "meeting", "copy", "1", "--to", str(folder))
    assert made.returncode == 0, made.stderr
    raw = (folder / "collabdesk.sqlite3").read_bytes()
    assert [s for s in INTERNAL if s.encode() in raw] == []
    assert [s for s in PUBLIC if s.encode() not in raw] == []
    assert LOGO in raw

    laptop = Program(home=program.home, data=folder)
    shown = run(laptop, "collaborations", "show", "1", "--json")
    assert shown.returncode == 0, shown.stderr
    data = json.loads(shown.stdout)
    assert data["title"] == "ПУБЛИЧНОЕ-название" and data["plan_b"] == []
    assert {a["question"] for a in data["answers"]} >= {"why.goal"}
    assert not {"why.colleagues", "alternatives.if_declined"} & {
        a["question"] for a in data["answers"]
    }
