"""The next page of a long list, read on a worker thread before it is needed.

Scrolling 500,000 commitments asked SQL for each next page on the GUI
thread (110–340 ms a page at the scale database: the keyset seek, the rows
with their names, turning them into records). A model that has a
`PageAhead` asks it instead: the page is read on a pool thread over a
second, read-only connection (the service's `*_aside` read,
store/side_reader.py) and handed back through a queued signal, and the page
after it is read while the person looks at this one, so a scroll finds it
ready. Each read carries the model's generation: a page read for a filter or
a refresh that has since changed is dropped.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, Signal

from collabdesk.ui.widgets.pool_read import read_in_pool

# What reads a page on the worker: the rows after `after` (None: from the
# top), or None when it cannot read off the GUI thread (no side connection).
AsideRead = Callable[[int | None], Sequence[Any] | None]


class _Relay(QObject):
    """Carries a finished read to the GUI thread (a queued connection)."""

    read = Signal(int, object, object)  # generation, after, rows or None
    first_read = Signal(int, object)  # generation, (rows, total) or None


class PageAhead(QObject):
    """One page in flight at a time, the one after the last row shown."""

    # A page arrived for the current generation after `after`: rows, or
    # None when the worker could not read (then the model reads itself).
    arrived = Signal(object, object)
    # The first page of a new query arrived: (rows, total), or None as above.
    first_arrived = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._relay = _Relay(self)
        self._relay.read.connect(self._on_read)
        self._relay.first_read.connect(self._on_first_read)
        self.generation = 0
        self._reading = False
        self._reading_after: int | None = None  # `after` of the read running
        self._ready: tuple[int | None, Sequence[Any]] | None = None

    def forget(self) -> None:
        """The list changed (a filter, a sort, a refresh): drop what was read."""
        self.generation += 1
        self._reading = False
        self._ready = None

    @property
    def has_ready(self) -> bool:
        """A page read ahead waits to be shown."""
        return self._ready is not None

    def take(self, after: int | None) -> Sequence[Any] | None:
        """The page after `after` if it was read already (and forget it)."""
        ready, self._ready = self._ready, None
        if ready is not None and ready[0] == after:
            return ready[1]
        return None

    def request(self, after: int | None, read: AsideRead) -> None:
        """Read the page after `after` on a pool thread, unless it is read
        or being read already."""
        if self._reading and self._reading_after == after:
            return
        if self._ready is not None and self._ready[0] == after:
            return
        self._reading, self._reading_after = True, after
        generation, relay = self.generation, self._relay
        read_in_pool(lambda: read(after), lambda rows: relay.read.emit(generation, after, rows))

    def request_first(self, read: Callable[[], Any]) -> None:
        """Read a new query's first page on a pool thread (after `forget`)."""
        generation, relay = self.generation, self._relay
        read_in_pool(read, lambda found: relay.first_read.emit(generation, found))

    def _on_first_read(self, generation: int, found: Any) -> None:
        if generation == self.generation:
            self.first_arrived.emit(found)

    def _on_read(self, generation: int, after: int | None, rows: Sequence[Any] | None) -> None:
        if generation != self.generation or not self._reading or self._reading_after != after:
            return  # read for a list that has changed since
        self._reading = False
        if rows is not None:
            self._ready = (after, rows)
        self.arrived.emit(after, rows)
