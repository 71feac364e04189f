"""The session benchmarks/watchdog.py plays in the real window.

Steps are generators: each does what a person does through the window's
widgets and yields how long to let the event loop run (`Pause`) or what to
wait for (`Until`). Anything that may open a modal dialog (a menu action,
the Import button) is started on its own turn of the event loop (`later`),
so the script keeps going inside the dialog's loop. A widget the script
cannot find (another version of the window) skips that part, said in the
summary, rather than stopping the session.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QTabWidget,
    QWidget,
)

from benchmarks.watchdog_stalls import StallDetector


@dataclass(frozen=True)
class Pause:
    ms: float


@dataclass(frozen=True)
class Until:
    what: str
    ready: Callable[[], object]
    timeout_s: float


Step = Iterator[Pause | Until]


@dataclass
class StepRecord:
    name: str
    started: float
    ended: float = 0.0
    notes: list[str] = field(default_factory=list)


def later(action: Callable[[], object]) -> None:
    """Run `action` on the next turn of the event loop (it may open a modal loop)."""
    QTimer.singleShot(0, action)


def type_char(widget: QWidget, char: str) -> None:
    """One key press and release carrying `char` (QTest's key helpers take
    ASCII only; a Russian keyboard sends text like this)."""
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def find(parent: QWidget, kind: type[Any], name: str) -> Any:
    return parent.findChild(kind, name)


def modal(kind: type[Any]) -> Any:
    widget = QApplication.activeModalWidget()
    if isinstance(widget, kind) and widget.isVisible():
        return widget
    for top in QApplication.topLevelWidgets():
        if isinstance(top, kind) and top.isVisible():
            return top
    return None


class SessionScript(QObject):
    """Starts at the main window's first Show; closes it at the end."""

    def __init__(
        self,
        app: QApplication,
        detector: StallDetector,
        csv_file: Path,
        *,
        pace: float = 1.0,
        scroll_seconds: float = 120,
        usable_timeout: float = 900,
    ) -> None:
        super().__init__()
        self.app = app
        self.detector = detector
        self.csv_file = csv_file
        self.pace = pace
        self.scroll_seconds = scroll_seconds
        self.usable_timeout = usable_timeout
        self.window: Any = None
        self.records: list[StepRecord] = []
        self.failure = ""
        self._steps: Iterator[tuple[str, Callable[[], Step]]] = iter(())
        self._current: Step | None = None
        self._waiting: Until | None = None
        self._wait_until = 0.0

    # --- the runner -------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (
            self.window is None
            and event.type() == QEvent.Type.Show
            and isinstance(watched, QWidget)
            and watched.objectName() == "mainWindow"
        ):
            self.window = watched
            self.detector.start()
            self._steps = iter(self.plan())
            later(self._next_step)
        return False

    def _next_step(self) -> None:
        if self.records:
            self.records[-1].ended = time.monotonic()
        try:
            name, step = next(self._steps)
        except StopIteration:
            self._finish()
            return
        self.detector.step = name
        self.records.append(StepRecord(name, time.monotonic()))
        self._current = step()
        self._advance()

    def _advance(self) -> None:
        assert self._current is not None
        try:
            wait = next(self._current)
        except StopIteration:
            later(self._next_step)
            return
        except Exception as exc:  # a broken step: say so, go on with the next
            self.note(f"failed: {type(exc).__name__}: {exc}")
            later(self._next_step)
            return
        if isinstance(wait, Pause):
            QTimer.singleShot(max(0, int(wait.ms * self.pace)), self._advance)
        else:
            self._waiting = wait
            self._wait_until = time.monotonic() + wait.timeout_s
            QTimer.singleShot(20, self._poll)

    def _poll(self) -> None:
        wait = self._waiting
        assert wait is not None
        if wait.ready():
            self._waiting = None
            later(self._advance)
        elif time.monotonic() > self._wait_until:
            self._waiting = None
            self.failure = f"waited {wait.timeout_s:.0f} s for {wait.what}"
            self.note(f"gave up waiting for {wait.what}")
            self._finish()
        else:
            QTimer.singleShot(20, self._poll)

    def _finish(self) -> None:
        if self.records and not self.records[-1].ended:
            self.records[-1].ended = time.monotonic()
        self.detector.stop()
        self._close_dialogs()
        later(self.window.close)
        QTimer.singleShot(60_000, self._force_quit)  # a question on closing: answer it, go

    def _close_dialogs(self) -> None:
        for dialog in (modal(QMessageBox), modal(QDialog)):
            if dialog is not None:
                dialog.reject()

    def _force_quit(self) -> None:
        self.note("the window did not close within 60 s")
        self._close_dialogs()
        self.app.quit()

    def note(self, text: str) -> None:
        if self.records:
            self.records[-1].notes.append(text)

    def summary(self) -> list[str]:
        lines = ["steps:"]
        for record in self.records:
            stalls = [s for s in self.detector.stalls if s.step == record.name]
            took = (record.ended or time.monotonic()) - record.started
            worst = f", longest {max(s.ms for s in stalls):.0f} ms" if stalls else ""
            lines.append(f"  {record.name:46} {took:7.1f} s  {len(stalls)} stall(s){worst}")
            lines += [f"      {note}" for note in record.notes]
        stalls = self.detector.stalls
        total = sum(s.ms for s in stalls) / 1000
        longest = f", longest {max(s.ms for s in stalls):.0f} ms" if stalls else ""
        lines.append(
            f"{len(stalls)} stall(s) over {self.detector.threshold * 1000:.0f} ms, "
            f"{total:.1f} s frozen in all{longest} (target: none)"
        )
        return lines

    # --- the session ------------------------------------------------------------
    def plan(self) -> Iterator[tuple[str, Callable[[], Step]]]:
        """The steps, each worked out when it is reached (the window builds
        its sections after the first paint)."""
        yield ("start: until New partner is enabled", self.start_up)
        yield ("type a partner search", lambda: self.type_into("partnerSearch", "Иванов Анна"))
        sections = self.sections()
        for index in range(sections.count() if sections is not None else 0):
            title = sections.tabText(index).replace("&", "")  # type: ignore[union-attr]
            yield (f"open the {title} tab", lambda i=index: self.open_section(i))
        yield ("open the collaboration board", lambda: self.sub_tab("collaborationViews", 1))
        yield ("open the reputation dashboard", lambda: self.sub_tab("commitmentTabs", 1))
        table = find(self.window, QAbstractItemView, "commitmentTable")
        header = table.horizontalHeader() if table is not None else None
        for column in range(header.count() if header is not None else 0):
            if header.isSectionHidden(column):  # type: ignore[union-attr]
                continue
            title = table.model().headerData(column, Qt.Orientation.Horizontal)
            yield (f"sort the tracker by {title}", lambda c=column: self.sort_tracker(c))
        yield ("filter the tracker", self.filter_tracker)
        yield ("search the tracker", lambda: self.type_into("commitmentSearch", "кофе"))
        yield ("import partners from a CSV file", self.import_partners)
        yield ("scroll the partner list to the end", lambda: self.scroll("partnerList"))
        yield ("scroll the tracker to the end", lambda: self.scroll("commitmentTable"))

    def sections(self) -> QTabWidget | None:
        return find(self.window, QTabWidget, "sections")

    def start_up(self) -> Step:
        def editable() -> bool:
            action = getattr(self.window, "new_action", None)
            return bool(action is not None and action.isEnabled())

        yield Until("New partner to be enabled", editable, self.usable_timeout)
        yield Pause(1000)

    def type_into(self, name: str, text: str) -> Step:
        box = find(self.window, QLineEdit, name)
        if box is None:
            self.note(f"no search box {name}")
            return
        section = self._section_of(box)
        if section is not None:
            yield from self.open_section(section, settle_ms=500)
        box.setFocus()
        for char in text:
            type_char(box, char)
            yield Pause(150)  # a person types ~7 keys a second
        yield Pause(1500)
        box.selectAll()
        QTest.keyClick(box, Qt.Key.Key_Backspace)
        yield Pause(1500)

    def _section_of(self, widget: QWidget) -> int | None:
        sections = self.sections()
        if sections is None:
            return None
        for index in range(sections.count()):
            page = sections.widget(index)
            if page is widget or page.isAncestorOf(widget):
                return index
        return None

    def open_section(self, index: int, settle_ms: float = 3000) -> Step:
        sections = self.sections()
        if sections is None:
            return
        if sections.currentIndex() != index:
            bar = sections.tabBar()
            QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
        yield Pause(settle_ms)

    def sub_tab(self, name: str, index: int) -> Step:
        tabs = find(self.window, QTabWidget, name)
        if tabs is None:
            self.note(f"no tabs {name}")
            return
        section = self._section_of(tabs)
        if section is not None:
            yield from self.open_section(section, settle_ms=1000)
        for shown in (index, 0):  # there, then back
            bar = tabs.tabBar()
            QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(shown).center())
            yield Pause(3000)

    def show_tracker(self) -> Step:
        tabs = find(self.window, QTabWidget, "commitmentTabs")
        section = self._section_of(tabs) if tabs is not None else None
        if section is not None:
            yield from self.open_section(section, settle_ms=1000)
        if tabs is not None and tabs.currentIndex() != 0:
            bar = tabs.tabBar()
            QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(0).center())
            yield Pause(1000)

    def sort_tracker(self, column: int) -> Step:
        """Click the column's header twice: ascending, then descending."""
        table = find(self.window, QAbstractItemView, "commitmentTable")
        yield from self.show_tracker()
        header = table.horizontalHeader()
        x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
        for _ in range(2):
            QTest.mouseClick(
                header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
            )
            yield Pause(1500)

    def filter_tracker(self) -> Step:
        names = (
            "commitmentDirectionFilter",
            "commitmentStatusFilter",
            "commitmentWindowFilter",
            "commitmentOwnerFilter",
        )
        for name in names:
            combo = find(self.window, QComboBox, name)
            if combo is None or not combo.isVisible():
                self.note(f"no filter {name}")
                continue
            combo.setFocus()
            QTest.keyClick(combo, Qt.Key.Key_Down)  # the next choice, as with the keyboard
            self.note(f"{name}: {combo.currentText()}")
            yield Pause(2000)
            QTest.keyClick(combo, Qt.Key.Key_Home)
            yield Pause(2000)
        box = find(self.window, QCheckBox, "commitmentNoProofFilter")
        if box is not None and box.isVisible():
            for _ in range(2):
                QTest.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
                yield Pause(2000)

    def import_partners(self) -> Step:
        menu = getattr(self.window, "data_menu", None)
        action = getattr(menu, "import_action", None)
        if action is None:
            self.note("no File → Import partners")
            return
        later(action.trigger)
        yield Until("the file dialog", lambda: modal(QFileDialog), 120)
        chooser = modal(QFileDialog)
        name_box = find(chooser, QLineEdit, "fileNameEdit")  # Qt's own dialog: type the path
        if name_box is not None:
            name_box.setText(str(self.csv_file))
        else:
            chooser.selectFile(str(self.csv_file))
        yield Pause(300)
        later(chooser.accept)

        def import_button() -> QAbstractButton | None:
            dialog = modal(QDialog)
            if dialog is None or dialog.objectName() != "importDialog":
                return None
            button = find(dialog, QAbstractButton, "importButton")
            return button if button is not None and button.isEnabled() else None

        yield Until("the import dialog's Import button", import_button, 600)
        yield Pause(1000)  # a person reads the preview
        later(import_button().click)  # type: ignore[union-attr]

        yield Until("the import to finish", lambda: modal(QMessageBox), 1800)
        box = modal(QMessageBox)
        self.note(box.text().splitlines()[0] if box is not None else "")
        yield Pause(500)
        if box is not None:
            later(box.accept)
        yield Pause(2000)

    def scroll(self, name: str) -> Step:
        """Drag the scroll bar to the bottom again and again, as the list grows."""
        table = find(self.window, QAbstractItemView, name)
        if table is None:
            self.note(f"no list {name}")
            return
        if name == "commitmentTable":
            yield from self.show_tracker()
        else:
            yield from self.open_section(self._section_of(table) or 0, settle_ms=1000)
        model = table.model()
        bar = table.verticalScrollBar()
        ends = time.monotonic() + self.scroll_seconds
        while time.monotonic() < ends:
            bar.triggerAction(QAbstractSlider.SliderAction.SliderToMaximum)  # drag to the bottom
            yield Pause(50)
            if not more_to_come(model, table) and bar.value() == bar.maximum():
                break
        more = more_to_come(model, table)
        self.note(
            f"{model.rowCount():,} rows shown"
            + (f", more to fetch after {self.scroll_seconds:.0f} s" if more else ", the end")
        )
        yield Pause(1000)


def more_to_come(model: Any, table: QAbstractItemView) -> bool:
    """More rows to fetch, or a page being read on a worker (the tracker
    reads ahead: canFetchMore says no while the page it asked for comes)."""
    return bool(model.canFetchMore(table.rootIndex()) or getattr(model, "loading", False))
