"""A whole collaboration scripted with the installed `collabdesk` program,
from an empty data folder to a delivered, proven commitment: the library
profile, a partner, the collaboration, picks, stages, promises both ways,
delivery with a proof file, a waiver, a miss and its make-good; each step a
separate process, as a script would run them."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from tests.e2e.conftest import Program, program_env

LOGO = Path(__file__).resolve().parents[2] / "resources" / "icons" / "collabdesk-64.png"


def installed() -> list[str]:
    """The console script pip installed beside this interpreter."""
    beside = Path(sys.executable).with_name("collabdesk")
    found = str(beside) if beside.exists() else shutil.which("collabdesk")
    assert found, "the collabdesk program is not installed (pip install -e .)"
    return [found]


def run(program: Program, *args: str, ok: bool = True) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [*installed(), "--data-dir", str(program.data), *args],
        env=program_env(program.home),
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )
    if ok:
        assert done.returncode == 0, f"collabdesk {' '.join(args)}: {done.stderr}"
        assert done.stderr == ""
    return done


def added(program: Program, *args: str) -> int:
    """Run a command that makes a record; the N of its "Added … N: …"."""
    out = run(program, *args).stdout
    assert out.startswith("Added "), out
    return int(out.split(":", 1)[0].split()[-1])


def shown(program: Program, *args: str) -> Any:
    return json.loads(run(program, *args, "--json").stdout)


def test_a_collaboration_from_nothing_to_a_delivered_commitment(
    program: Program, tmp_path: Path
) -> None:
    run(
        program, "library", "set", "--name", "ЦБС «Север»", "--contact-name", "Анна Петрова",
        "--contact-role", "Заместитель директора", "--contact-email", "anna@library.example.org",
        "--contact-phone", "+7 495 123-45-67", "--logo", str(LOGO), "--colour", "#1F5C99",
    )  # fmt: skip
    profile = shown(program, "library", "show")
    assert profile["contact_name"] == "Анна Петрова" and profile["logo"]["name"] == LOGO.name

    museum = added(program, "partners", "add", "--name", "Музей науки", "--kind", "non_profit")
    cid = added(
        program, "collaborations", "add", "--title", "Ночь науки в библиотеке",
        "--idea", "Опыты музея в читальном зале", "--partner", str(museum),
        "--title-translation", "Science Night at the Library",
        "--starts", "01.03.2027", "--ends", "2027-03-31",
    )  # fmt: skip
    assert run(program, "collaborations", "stage", str(cid), "preparing").returncode == 0

    gives = added(
        program, "commitments", "add", str(cid), "--direction", "gives",
        "--what", "Посты о вечере", "--quantity", "5", "--unit", "post",
        "--due", "2027-03-01", "--owner", "Анна", "--value", "15000",
        "--method", "reach_times_rate",
    )  # fmt: skip
    gets = added(
        program, "commitments", "add", str(cid), "--direction", "gets",
        "--what", "Набор для опытов", "--due", "15.02.2027",
    )  # fmt: skip
    spare = added(program, "commitments", "add", str(cid), "--direction", "gets", "--what", "Афиши")
    extra = added(program, "commitments", "add", str(cid), "--direction", "gives", "--what", "Зал")

    for stage in ("pitched", "negotiating", "agreed", "delivering"):
        run(program, "collaborations", "stage", str(cid), stage)
    refused = run(program, "collaborations", "stage", str(cid), "completed", ok=False)
    assert refused.returncode == 1 and refused.stdout == ""
    assert "cannot be completed" in refused.stderr and "Traceback" not in refused.stderr
    for number in (gives, gets, spare, extra):  # each open one, with the commands closing it
        assert f"collabdesk commitments miss {number}" in refused.stderr

    proof = tmp_path / "скриншот.png"
    proof.write_bytes(LOGO.read_bytes())
    run(program, "commitments", "deliver", str(gives), "--on", "01.03.2026", "--proof", str(proof))
    run(program, "commitments", "deliver", str(gets), "--note", "Привезли в понедельник")
    run(program, "commitments", "waive", str(spare), "--reason", "Афиши не понадобились")
    run(program, "commitments", "miss", str(extra))
    good = added(program, "commitments", "make-good", str(extra), "--what", "Зал в апреле")
    late = run(program, "commitments", "deliver", str(spare), ok=False)  # waived: refused
    assert late.returncode == 1 and "waived" in late.stderr
    run(program, "commitments", "deliver", str(good))
    proof.unlink()  # the proof was copied into the data folder

    run(program, "collaborations", "stage", str(cid), "completed", "--reason", "Всё выполнено")
    collaboration = shown(program, "collaborations", "show", str(cid))
    assert collaboration["stage"] == "completed"
    assert collaboration["title_translation"] == "Science Night at the Library"
    statuses = {c["id"]: c["status"] for c in collaboration["commitments"]}
    assert statuses == {
        gives: "delivered",
        gets: "delivered",
        spare: "waived",
        extra: "missed",
        good: "delivered",
    }
    delivered = shown(program, "commitments", "show", str(gives))
    assert delivered["delivered_on"] == "2026-03-01" and delivered["partner"] == "Музей науки"
    assert [p["file"] for p in delivered["proof_items"]] == ["скриншот.png"]
    assert list((program.data / "proofs").iterdir())  # the copy, not a link
    assert shown(program, "commitments", "show", str(gets))["proof_note"] == (
        "Привезли в понедельник"
    )
    listed = {row["id"]: row for row in shown(program, "commitments", "list")}
    assert listed[gives] == {k: delivered[k] for k in listed[gives]}
