"""The real window over a long partner list: scrolled to the end, every
partner comes once, in name order, page after page (keyset paging), and a
save from the command line beside it keeps the rows already shown."""

from __future__ import annotations

import time
from pathlib import Path

from tests.e2e.conftest import Program, start_window


def test_scrolling_to_the_end_shows_every_partner_once(program: Program, tmp_path: Path) -> None:
    source = tmp_path / "partners.csv"
    names = [f"Партнёр {i:04d}" for i in range(650)]
    source.write_text("name\n" + "\n".join(reversed(names)) + "\n", encoding="utf-8")
    program.cli("partners", "import", str(source))

    window = start_window(program, tmp_path / "control")
    try:
        assert window.ask("scroll-to-end") == "650 650"
        assert window.ask("partners").splitlines() == names

        program.cli("partners", "add", "--name", "Партнёр 0000а")  # beside the window
        deadline = time.monotonic() + 30  # the window looks every ~2 s
        while "Партнёр 0000а" not in (shown := window.ask("partners").splitlines()):
            assert time.monotonic() < deadline, "the window never saw the new partner"
            time.sleep(0.5)
        assert len(shown) == 651  # the refresh read what was shown again, not one page
        assert shown[1] == "Партнёр 0000а"
        assert window.ask("scroll-to-end") == "651 651"
    finally:
        if window.process.poll() is None:
            window.process.kill()
        window.process.communicate()
