"""The stall detector of benchmarks/watchdog.py: a 10 ms QTimer on the GUI
thread, and a side thread that samples where the GUI thread is while the
timer is late, so each stall says what was running."""

from __future__ import annotations

import sys
import threading
import time
import traceback
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer

PACKAGES = ("collabdesk",)


@dataclass(frozen=True)
class Stall:
    at_s: float  # since the detector started
    ms: float
    step: str
    where: str
    cpu_ms: float = 0.0  # the GUI thread's own CPU time in it: far below `ms`, it waited


def where_is(thread_id: int) -> str:
    """The innermost frames of CollabDesk's own code on that thread (else the
    innermost frame at all), e.g. `services/readiness.py:88 readiness_many`."""
    frame = sys._current_frames().get(thread_id)
    if frame is None:
        return ""
    stack = traceback.extract_stack(frame)
    own = [f for f in stack if any(f"/{p}/" in f.filename for p in PACKAGES)]
    chosen = own[-3:] if own else stack[-1:]

    def short(path: str) -> str:
        for package in PACKAGES:
            marker = f"/{package}/"
            if marker in path:
                return path.split(marker, 1)[1]
        return path.rsplit("/", 1)[-1]

    return " ← ".join(f"{short(f.filename)}:{f.lineno} {f.name}" for f in reversed(chosen))


class StallDetector(QObject):
    """Counts every gap over `threshold_ms` between ticks of a 10 ms timer."""

    def __init__(
        self,
        threshold_ms: float = 100,
        interval_ms: int = 10,
        report: Callable[[Stall], None] | None = None,
    ) -> None:
        super().__init__()
        self.threshold = threshold_ms / 1000
        self.step = "start"
        self.stalls: list[Stall] = []
        self.report = report if report is not None else print_stall
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)
        self._started = 0.0
        self._last = 0.0
        self._last_cpu = 0.0
        self._running = False
        self._samples: Counter[str] = Counter()
        self._gui_thread = threading.get_ident()
        self._sampler: threading.Thread | None = None

    @property
    def running(self) -> bool:
        return self._running

    def start(self) -> None:
        self._started = self._last = time.monotonic()
        self._last_cpu = time.thread_time()
        self._running = True
        self._timer.start()
        self._sampler = threading.Thread(target=self._sample, name="stall-sampler", daemon=True)
        self._sampler.start()

    def stop(self) -> None:
        if self._running:
            self._tick()  # a stall still going on counts too
        self._running = False
        self._timer.stop()

    def _tick(self) -> None:
        now, cpu = time.monotonic(), time.thread_time()
        gap = now - self._last
        if self._running and gap > self.threshold:
            where = self._samples.most_common(1)[0][0] if self._samples else ""
            stall = Stall(
                self._last - self._started,
                gap * 1000,
                self.step,
                where,
                (cpu - self._last_cpu) * 1000,
            )
            self.stalls.append(stall)
            self.report(stall)
        self._samples = Counter()
        self._last, self._last_cpu = now, cpu

    def _sample(self) -> None:
        """Every 20 ms: when the timer is late, note where the GUI thread is."""
        while self._running:
            time.sleep(0.02)
            if time.monotonic() - self._last > self.threshold:
                place = where_is(self._gui_thread)
                if place:
                    self._samples[place] += 1


def print_stall(stall: Stall) -> None:
    where = f"  in {stall.where}" if stall.where else ""
    print(
        f"  STALL {stall.ms:7.0f} ms (cpu {stall.cpu_ms:5.0f}) at {stall.at_s:7.1f} s"
        f"  [{stall.step}]{where}",
        flush=True,
    )
