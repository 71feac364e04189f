"""A start after a clean close, in real processes (issue 15 item 1): when
nothing has written the file since the window closed, the next start is
editable without waiting for a check (no "Checking the data…" line); a
`collabdesk partners add` between two runs sends the start through the
check again. The probe (tests/ui/paint_probe.py) stretches the check to
what a big file's would take, so that its banner line shows when it runs."""

from __future__ import annotations

from tests.e2e.conftest import Program
from tests.e2e.test_start_order import watch_start

CHECK_LINE = "Checking the data"


def start(program: Program) -> tuple[bool, str, dict[str, object]]:
    """One run of the window until it is editable, then closed as a person
    closes it: whether a check ran, every banner line shown, the moment."""
    seen = watch_start(program, "--slow-check", "1500")
    editable = seen["editable"]
    assert "check" not in seen or seen["check"]["full"] is False
    return "check" in seen, " ".join(editable["banner_seen"]), editable  # type: ignore[arg-type]


def test_a_start_after_a_clean_close_is_editable_without_the_check(
    demo_program: Program,
) -> None:
    checked, said, _ = start(demo_program)  # the demo was made by the command line
    assert checked and CHECK_LINE in said
    assert (demo_program.data / "collabdesk.sqlite3.closed").exists()

    checked, said, editable = start(demo_program)  # nothing wrote the file since
    assert not checked and CHECK_LINE not in said
    assert editable["services"] and editable["rows"] == 12

    demo_program.cli("partners", "add", "--name", "Между запусками")
    checked, said, editable = start(demo_program)
    assert checked and CHECK_LINE in said
    assert editable["rows"] == 13  # the partner added between the runs is listed

    assert f"{demo_program.database}: ok" in demo_program.cli("check").stdout
