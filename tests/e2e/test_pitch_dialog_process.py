"""The Pitch dialog, driven as the window drives it (`open_pitch_dialog`),
four times in a row in the real window's process: the process lives and
writes four PDFs. It once aborted with "QThread: Destroyed while thread is
still running" because the dialog owned the thread that wrote the PDF."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.e2e.conftest import Window


@pytest.mark.parametrize("parented", ["parented", "unparented"])
def test_four_pitches_in_a_row_and_the_window_lives(
    window: Window, tmp_path: Path, parented: str
) -> None:
    folder = tmp_path / "pitches"
    folder.mkdir()
    answer = window.ask(f"pitch 4 {folder} {parented}", timeout=180)
    written = answer.splitlines()
    assert written == [str(folder / f"pitch-{i}.pdf") for i in range(4)], answer
    for path in written:
        text = PdfReader(path).pages[0].extract_text()
        assert text.strip(), f"{path} has no text"
    assert window.ask("save Still Alive After Pitches").startswith("saved")
    assert window.ask("quit") == "bye"
    assert window.process.wait(timeout=60) == 0
