"""Meeting mode: the window shows only what was chosen for one meeting, and
cannot change anything.

Entering makes a meeting copy of the database (store.meeting_copy: only the
chosen collaborations, their main partners, the statistics and the library
profile) in a private temporary folder and reopens the window over it with a
read-only connection (store.read_only). Every list, model and dialog then
reads data in which other partners simply do not exist, so nothing can leak
through a view that forgot a filter, and no write can reach any file. Edit,
delete, import and export actions and buttons are hidden (meeting_lockdown),
as are the history, the Trash and the banners about the office's work;
money, owners, internal notes, the OVERDUE and no-proof flags and the
reputation dashboard leave the screen too (meeting_screen).

Notes typed in the meeting go to a JSON-lines file next to the real database
(services.meeting_notes, the dock in meeting_notes_dock) and are merged into
the partners' interaction logs when meeting mode ends. A meeting laptop's own
database (a meeting copy as the data folder's database) always opens in
meeting mode and never leaves it.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from collabdesk.domain.message import fill
from collabdesk.services.errors import ServiceError
from collabdesk.store.errors import StoreError
from collabdesk.ui.history.trash_view import TrashView
from collabdesk.ui.meeting import meeting_pin
from collabdesk.ui.meeting.meeting_copies import (
    busy,
    complete_before_copy,
    new_copy_folder,
    notes_path,
)
from collabdesk.ui.meeting.meeting_dialogs import ask_pin, choose_collaborations, choose_folder
from collabdesk.ui.meeting.meeting_lockdown import ALLOWED, Lockdown
from collabdesk.ui.meeting.meeting_notes_dock import MeetingNotesDock
from collabdesk.ui.meeting.meeting_screen import MeetingScreen
from collabdesk.ui.widgets import prompts
from collabdesk.ui.widgets.named import named
from collabdesk.ui.widgets.service_text import error_text

if TYPE_CHECKING:
    from collabdesk.services.partner_directory import PartnerDirectory
    from collabdesk.store.database import Database
    from collabdesk.ui.shell.main_window import MainWindow

__all__ = [  # what tests and app.py use; the dialogs are replaced here in tests
    "ALLOWED",
    "HIDDEN_SECTIONS",
    "MeetingMode",
    "ask_pin",
    "choose_collaborations",
    "choose_folder",
    "install_meeting_mode",
    "open_laptop_copy",
    "start_in_meeting_mode",
]

HIDDEN_SECTIONS = ("trashView", "tasksSection", "dashboardView")  # the office's own work


class Run(Protocol):
    """What the meeting mode needs of the Session (ui/shell/session.py)."""

    db: Database | None
    directory: PartnerDirectory | None

    def database_file(self) -> Path | None: ...
    def open_store(self) -> bool: ...
    def close_connections(self, backup_first: bool) -> None: ...


def _menu_holding(window: MainWindow, action: QAction) -> QMenu | None:
    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu) and action in menu.actions():
            return menu
    return None


class MeetingMode(QObject):
    """Switches one window into meeting mode and back."""

    def __init__(self, window: MainWindow, run: Run) -> None:
        super().__init__(window)
        self.setObjectName("meetingMode")
        self.window = window
        self.run = run
        self.active = False
        self.laptop_copy = False  # the data folder holds a meeting copy: no way out
        self.notes_file: Path | None = None
        self._folder: Path | None = None
        window.finish_building()  # the menus and actions meeting mode joins
        self.action = named(QAction(self.tr("&Meeting mode"), window), "meetingModeAction")
        self.action.setCheckable(True)
        self.action.triggered.connect(self._toggled)
        self.prepare_action = named(
            QAction(self.tr("Prepare a meeting &laptop…"), window), "prepareMeetingAction"
        )
        self.prepare_action.triggered.connect(lambda _c=False: self.prepare_laptop())
        window.menus.view.addSeparator()
        window.menus.view.addAction(self.action)
        window.menus.add_to_file([self.prepare_action], separated=False)

        self.dock = MeetingNotesDock(window)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        self.lockdown = Lockdown(window, [self.dock])
        self.screen = MeetingScreen(window)
        window.installEventFilter(self)

    # --- entering and leaving -----------------------------------------------------------
    def _toggled(self, checked: bool) -> None:
        if checked and not self.active:
            desk = self.window.desk
            chosen = choose_collaborations(self.window, desk) if desk is not None else None
            if not chosen or not self.enter(chosen):
                self.action.setChecked(False)
        elif not checked and self.active and not self.leave():
            self.action.setChecked(True)

    def _refused(self, title: str, error: str | BaseException) -> bool:
        prompts.error(self.window, title, error if isinstance(error, str) else error_text(error))
        return False

    def enter(self, collaboration_ids: Sequence[int]) -> bool:
        """Reopen the window over a read-only meeting copy of these collaborations."""
        from collabdesk.services.meeting_copy import make_meeting_copy

        real = self.run.database_file()
        if real is None or not collaboration_ids:
            return self._refused(
                self.tr("Meeting mode"), self.tr("Meeting mode works on a local database.")
            )
        folder = new_copy_folder()
        copy = folder / "meeting.sqlite3"
        try:
            with busy():
                complete_before_copy(self.window.desk)
                make_meeting_copy(real, copy, collaboration_ids)
        except (StoreError, ServiceError, OSError) as exc:
            shutil.rmtree(folder, ignore_errors=True)
            return self._refused(self.tr("Meeting mode"), exc)
        self._folder = folder
        self.run.close_connections(backup_first=False)
        return self.open_copy(copy, notes_path(real), laptop=False)

    def open_copy(self, copy: Path, notes_file: Path, *, laptop: bool) -> bool:
        """Show `copy` read-only, in meeting mode; notes go to `notes_file`."""
        from collabdesk.services.desk import Desk
        from collabdesk.services.partner_directory import PartnerDirectory
        from collabdesk.store.read_only import open_read_only

        try:
            db = open_read_only(copy)
            directory = PartnerDirectory.for_sqlite_file(copy)
        except (StoreError, OSError) as exc:
            return self._refused(self.tr("Meeting mode"), exc)
        self.run.db, self.run.directory = db, directory
        self.laptop_copy = laptop
        self.notes_file = self.dock.notes_file = notes_file
        self.active = True
        self.window.attach_directory(directory)
        self.window.attach_desk(Desk.over(db.sessions))
        self._apply(True)
        return True

    def leave(self) -> bool:
        """Back to the real data after the PIN and a confirmation; merge the notes."""
        if self.laptop_copy:
            prompts.info(
                self.window,
                self.tr("Meeting mode"),
                fill(
                    self.tr(
                        "This laptop holds a meeting copy and stays in meeting mode. "
                        "Your notes are in %1; merge them at the office with "
                        "“collabdesk meeting merge-notes”."
                    ),
                    [str(self.notes_file)],
                ),
            )
            return False
        if not self.pin_ok() or not prompts.confirm(
            self.window,
            self.tr("Leave meeting mode"),
            self.tr("Show all partners and allow changes again?"),
        ):
            return False
        self.run.close_connections(backup_first=False)
        self.close()
        self.active = False
        # Controls and banners come back before the real data reopens: the
        # banners the reopening shows are then the only ones, and current.
        self.lockdown.apply(False)
        opened = self.run.open_store()  # the real data again, writable
        self._apply(False)
        if not opened:
            return False
        self.merge_notes()
        return True

    def pin_ok(self) -> bool:
        if not meeting_pin.has_pin():
            return True
        pin = ask_pin(self.window)
        if pin is None:
            return False
        if meeting_pin.check_pin(pin):
            return True
        return self._refused(self.tr("Leave meeting mode"), self.tr("That PIN is not right."))

    def merge_notes(self) -> None:
        """Add kept notes to the interaction logs of the open (real) database."""
        desk = self.window.desk
        if desk is None or self.notes_file is None or not self.notes_file.exists():
            return
        from collabdesk.services.meeting_notes import merge_notes

        result = merge_notes(self.notes_file, desk.interactions)
        text = self.tr(
            "%n meeting note(s) were added to the partners' interaction logs.", "", result.merged
        )
        if result.kept:
            text += "\n" + fill(
                self.tr("%n note(s) could not be added and stay in %1.", "", result.kept),
                [str(self.notes_file)],
            )
        prompts.info(self.window, self.tr("Meeting notes"), text)

    # --- the window in meeting mode -----------------------------------------------------
    def _apply(self, on: bool) -> None:
        window = self.window
        self.action.setChecked(on)
        if on:
            self._forget_shown_partner()
            self.lockdown.apply(True)
            self.dock.fill_partners(window.desk)
            # The window's banner shows only this line during the meeting.
            window.banner.set_text(
                "meeting",
                self.tr("Meeting mode: read-only, only the chosen partners"),
                tone="meeting",
                name="meetingBanner",
            )
            window.banner.hold({"meeting"})
        else:
            window.banner.remove("meeting")
            window.banner.hold(None)
        self.dock.setVisible(on)
        self.prepare_action.setVisible(not on)
        for index in range(window.sections.count()):
            section = window.sections.widget(index)
            if section is not None and section.objectName() in HIDDEN_SECTIONS:
                window.sections.setTabVisible(index, not on)
        trash = window.findChild(TrashView)
        if on and trash is not None:
            trash.forget_items()  # nothing of the real data stays in memory
        # The views reloaded when the window announced the other data
        # (MainWindow.attach_desk); the shown section shows it now.
        window.collaborations.refresh_if_shown()
        window.statistics.refresh_if_shown()
        self.screen.apply(on)  # no money, owners, notes, flags or reputation on screen

    def _forget_shown_partner(self) -> None:
        """The details pane keeps the last partner's text on a hidden page:
        wipe it, then show the first partner of the meeting."""
        details = self.window.details
        if details is not None:  # built on the first turn of the event loop
            details.clear()
        if self.window.model.total:
            self.window.select_row(0)
        collaborations = self.window.collaborations
        desk = self.window.desk
        if desk is not None:
            rows = desk.collaborations.rows()
            if rows:  # Present… is ready for the first (often the only) collaboration
                collaborations.refresh()
                collaborations.select(rows[0].id)

    # --- the meeting laptop ---------------------------------------------------------------
    def prepare_laptop(self) -> Path | None:
        """Write a meeting copy into a folder the demo laptop will use as its data folder."""
        from collabdesk.config import DATABASE_FILE
        from collabdesk.services.meeting_copy import make_meeting_copy

        desk, real = self.window.desk, self.run.database_file()
        if desk is None or real is None:
            return None
        chosen = choose_collaborations(self.window, desk)
        if not chosen:
            return None
        folder = choose_folder(self.window)
        if folder is None:
            return None
        title = self.tr("Prepare a meeting laptop")
        target = Path(folder) / DATABASE_FILE
        if target.exists():
            self._refused(
                title, fill(self.tr("%1 already exists; choose an empty folder."), [str(target)])
            )
            return None
        try:
            with busy():
                complete_before_copy(desk)
                make_meeting_copy(real, target, chosen)
        except (StoreError, ServiceError, OSError) as exc:
            self._refused(title, exc)
            return None
        prompts.info(
            self.window,
            title,
            fill(
                self.tr(
                    "The meeting copy is in %1. Copy that folder to the laptop and start "
                    "CollabDesk there with “--data-dir FOLDER”: it opens in meeting mode."
                ),
                [folder],
            ),
        )
        return target

    # --- closing the window is leaving too --------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.window
            and event.type() == QEvent.Type.Close
            and self.active
            and not self.laptop_copy
            and not self.pin_ok()
        ):
            event.ignore()
            return True
        return False

    def close(self) -> None:
        """The window is closing: forget the temporary copy (notes stay in their file)."""
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)
            self._folder = None


def install_meeting_mode(window: MainWindow, run: Run) -> MeetingMode:
    """The View → Meeting mode switch, File → Prepare a meeting laptop…, the
    notes dock (one call from app.py)."""
    existing = window.findChild(MeetingMode, "meetingMode")
    if isinstance(existing, MeetingMode):
        return existing
    return MeetingMode(window, run)


def start_in_meeting_mode(
    mode: MeetingMode, chosen: Sequence[int] | None = None, *, ask: bool = True
) -> bool:
    """`--meeting` at start-up: the given collaborations, or the ones ticked now."""
    desk = mode.window.desk
    if chosen is None and ask and desk is not None:
        chosen = choose_collaborations(mode.window, desk)
    return bool(chosen) and mode.enter(list(chosen or ()))


OpenLaptop = Callable[[MeetingMode, Path], bool]


def open_laptop_copy(mode: MeetingMode, database_file: Path) -> bool:
    """The data folder holds a meeting copy: open it read-only, in meeting mode."""
    return mode.open_copy(database_file, notes_path(database_file), laptop=True)
