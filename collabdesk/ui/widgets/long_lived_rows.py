"""Rows a list keeps for the whole session, kept out of the garbage
collector's full passes.

Python's cyclic collector now and then walks every tracked object on the GUI
thread. A tracker scrolled to 232,000 commitments holds ~400,000 of them, and
one such pass then took 490 ms (70 ms with the 100,000 partners alone): the
longest "next page" stalls the watchdog saw were these passes, not SQL.
Every FREEZE_EVERY rows a model takes in, the young generations are collected
(a few ms) and everything alive is moved to the permanent generation
(`gc.freeze`), which full passes skip. Rows are plain records without
cycles, so reference counting still frees them when a list is reset.
"""

from __future__ import annotations

import gc

FREEZE_EVERY = 2_000  # rows taken in between two freezes

_taken = 0


def took_rows(count: int) -> bool:
    """Note that a list took in `count` rows; freeze when enough have come
    since the last time. True when it froze (tests)."""
    global _taken
    _taken += count
    if _taken < FREEZE_EVERY:
        return False
    _taken = 0
    gc.collect(1)  # the young garbage first: what is frozen is never collected
    gc.freeze()
    return True
