"""The Overview as a person meets it, in the real program run as its own
process over a data folder: `collabdesk dashboard` counts and keeps the
figures, the window opened beside it paints those figures, and a click on a
stage bar opens the Collaborations list filtered to that stage."""

from __future__ import annotations

import json

from tests.e2e.conftest import Program, Window


def test_the_command_line_prints_the_overviews_figures(demo_program: Program) -> None:
    done = demo_program.cli("dashboard", "--json")
    figures = json.loads(done.stdout)
    assert figures["collaborations"] == 6 and figures["partners"] == 12
    stages = {s["stage"]: s["count"] for s in figures["stages"]}
    assert stages["negotiating"] == 1 and stages["completed"] == 0
    assert figures["renewals_due"] == 1
    assert {v["currency"] for v in figures["values"]} == {"RUB"}
    text = demo_program.cli("dashboard", lang="ru").stdout
    assert "Сотрудничество по этапам:" in text, text
    refused = demo_program.cli("dashboard", "--branch", "99", check=False)
    assert refused.returncode != 0 and "99" in refused.stderr


def test_the_window_paints_the_kept_figures_and_a_stage_opens_its_list(
    demo_program: Program, window: Window
) -> None:
    counted = json.loads(demo_program.cli("dashboard", "--json").stdout)
    shown = json.loads(window.ask("dashboard"))
    assert shown["page"] == 2  # the figures, not "Counting…" nor the empty page
    assert shown["as_of"].startswith("as of ")
    assert shown["headlines"]["stage"] == str(counted["collaborations"])
    assert [count for _label, count in shown["bars"]["stage"]] == [
        str(s["count"]) for s in counted["stages"]
    ]
    assert shown["headlines"]["renewal"] == "1"
    assert window.ask("dashboard-stage negotiating") == "collaborationsView negotiating 1"
