"""The window as a person meets it, run as its own process: where typing
goes after start, the one banner, the tracker at 1366×768, and a command run
beside the open window showing up in it without a click."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from tests.e2e.conftest import Program, Window


def eventually(ask: Callable[[], str], wanted: Callable[[str], bool], seconds: float) -> str:
    """The last answer, once `wanted` holds or the time is up."""
    deadline = time.monotonic() + seconds
    answer = ask()
    while not wanted(answer) and time.monotonic() < deadline:
        time.sleep(0.2)
        answer = ask()
    return answer


def test_after_start_typing_goes_to_the_partner_search(window: Window) -> None:
    focused = eventually(lambda: window.ask("focus"), lambda a: a == "partnerSearch", 10)
    assert focused == "partnerSearch"


def test_one_overdue_line_in_the_banner_also_after_a_restore(
    demo_program: Program, window: Window, tmp_path: Path
) -> None:
    # The lines are set one per turn of the event loop once the data is open.
    both = ["reminders", "renewals"]  # the demo's staff uniform is due for renewal
    lines = banner_when(window, lambda found: [line.split("\t")[0] for line in found] == both)
    reminders = [line for line in lines if line.startswith("reminders\t")]
    assert len(reminders) == 1 and "overdue" in reminders[0], lines
    assert [line.split("\t")[0] for line in lines] == both, lines
    backup = tmp_path / "before.sqlite3"
    demo_program.cli("backup", "--to", str(backup))
    assert window.ask("restore " + str(backup)) == "restored"
    assert banner_when(window, lambda found: found == lines) == lines
    assert window.ask("restore " + str(backup)) == "restored"  # and again
    assert banner_when(window, lambda found: found == lines) == lines


def banner_when(window: Window, wanted: Callable[[list[str]], bool]) -> list[str]:
    """The banner's lasting lines once `wanted` holds (or after 10 s)."""
    answer = eventually(lambda: window.ask("banner"), lambda banner: wanted(lasting(banner)), 10)
    return lasting(answer)


def lasting(banner: str) -> list[str]:
    """The banner's lines but a backup's progress, which comes and goes with
    the daily backup (on a busy machine it may still show at first)."""
    return [line for line in banner.splitlines() if not line.startswith("backup\t")]


def test_the_tracker_shows_eight_rows_and_more_at_1366x768(
    demo_program: Program, window: Window, tmp_path: Path
) -> None:
    """An import run beside the open window adds twelve commitments to the
    demo's, which the tracker shows without a click."""
    exported = tmp_path / "commitments.csv"
    demo_program.cli("commitments", "export", str(exported))
    head, first, *_rest = exported.read_text(encoding="utf-8-sig").splitlines()
    fields = first.split(";")
    more = []
    for number in range(12):
        fields[3] = f"Extra promise {number}"
        more.append(";".join(fields))
    extra = tmp_path / "more.csv"
    extra.write_text("\n".join([head, *more]) + "\n", encoding="utf-8")
    assert window.ask("resize 1366 768") == "1366x768"
    before = int(window.ask("tracker-rows").split()[1])
    assert before > 0
    demo_program.cli("commitments", "import", str(extra))
    after = str(before + 12)
    answer = eventually(lambda: window.ask("tracker-rows"), lambda a: a.split()[1] == after, 8)
    visible, total, _fits = (int(x) for x in answer.split())
    assert total == before + 12
    assert visible >= 8, f"{visible} rows visible at 1366x768"
    window.ask(f"grab {tmp_path / 'tracker-1366x768.png'}")


def test_a_partner_added_beside_the_window_appears_without_a_click(
    demo_program: Program, window: Window
) -> None:
    assert "Added Beside" not in window.ask("partners")
    demo_program.cli("partners", "add", "--name", "Added Beside The Window")
    shown = eventually(
        lambda: window.ask("partners"), lambda names: "Added Beside The Window" in names, 8
    )
    assert "Added Beside The Window" in shown.splitlines()
