"""Meeting mode in the real program: the window turned to the partner shows
the promises but no money value, owner or OVERDUE flag."""

from __future__ import annotations

import json
import re
from pathlib import Path

from tests.e2e.conftest import Program, Window

CHOSEN = 1  # the demo's first collaboration: valued promises, one overdue


def _digits(text: str) -> str:
    """Money as written in any locale ("1 440 000,00 ₽", "1,440,000.00"): digits only."""
    return re.sub(r"[\s\u00a0\u202f,.]", "", text)


def _money_of_chosen(program: Program, tmp_path: Path) -> tuple[list[str], list[str], str]:
    exported = tmp_path / "commitments.csv"
    program.cli("commitments", "export", str(exported))
    head, *rows = exported.read_text(encoding="utf-8-sig").splitlines()
    fields = head.split(";")
    records = [dict(zip(fields, row.split(";"), strict=False)) for row in rows]
    listed = json.loads(program.cli("collaborations", "list", "--json").stdout)
    title = next(c["title"] for c in listed if c["id"] == CHOSEN)
    chosen = [r for r in records if r["Collaboration"] == title]
    values = [r["Value"].split(".")[0] for r in chosen if r["Value"]]
    owners = [r["Owner"] for r in chosen if r["Owner"]]
    return values, owners, chosen[0]["Description"]


def test_meeting_mode_keeps_money_and_owners_off_the_screen(
    demo_program: Program, window: Window, tmp_path: Path
) -> None:
    values, owners, description = _money_of_chosen(demo_program, tmp_path)
    assert values and owners
    assert window.ask("resize 1366 768") == "1366x768"
    assert window.ask("section commitmentsSection") == "commitmentsSection"
    before = window.ask("visible-text")
    assert any(v in _digits(before) for v in values), "the tracker shows values outside a meeting"
    assert "OVERDUE" in before

    assert window.ask(f"meeting {CHOSEN}") == "on"
    assert window.ask("section commitmentsSection") == "commitmentsSection"
    shown = window.ask("visible-text")
    window.ask(f"grab {tmp_path / 'meeting-commitments.png'}")
    assert description.split()[0] in shown  # the promises are there
    assert [v for v in values if v in _digits(shown)] == []
    assert [o for o in owners if o in shown] == []
    assert "OVERDUE" not in shown and "no proof" not in shown
    assert window.ask("section partnersSection") in ("partnersSection", "none")
    partners = window.ask("visible-text")
    assert [o for o in owners if o in partners] == [] and "on time" not in partners
    assert window.ask("quit") == "bye"
