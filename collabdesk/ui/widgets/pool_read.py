"""A read on a pool thread whose result goes back to the GUI thread.

`deliver` is a signal's emit (queued to the receiver's thread); a read that
fails delivers None, so the receiver reads again on the GUI thread, where a
failure shows its message."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QThreadPool

T = TypeVar("T")


def read_in_pool(read: Callable[[], T | None], deliver: Callable[[T | None], object]) -> None:
    def work() -> None:
        try:
            result = read()
        except Exception:  # read it again on the GUI thread, where a failure shows
            result = None
        with contextlib.suppress(RuntimeError):  # the receiver was deleted meanwhile
            deliver(result)

    QThreadPool.globalInstance().start(work)
