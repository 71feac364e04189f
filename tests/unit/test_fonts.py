"""Font registration for PDFs happens once, even when the window and the
PDF worker thread ask for the fonts at the same moment."""

from __future__ import annotations

import functools
import threading
import time

import pytest

from collabdesk.reports import fonts


def test_two_threads_asking_at_once_register_the_fonts_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    runs: list[int] = []

    def slow_registration() -> frozenset[int]:
        runs.append(1)
        time.sleep(0.05)  # long enough for every thread to arrive meanwhile
        return frozenset({0x41})

    monkeypatch.setattr(fonts, "_register", functools.cache(slow_registration))
    seen: list[frozenset[int]] = []
    threads = [
        threading.Thread(target=lambda: seen.append(fonts.register_fonts())) for _ in range(4)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert runs == [1]
    assert seen == [frozenset({0x41})] * 4


def test_registered_faces_draw_cyrillic() -> None:
    glyphs = fonts.register_fonts()
    assert {ord(c) for c in "Ёлка й Щ ъ № ₽"} <= glyphs
