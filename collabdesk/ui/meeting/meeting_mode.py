"""Meeting mode: the window shows only what was chosen for one meeting, and
cannot change anything.

Entering makes a meeting copy of the database (store.meeting_copy: only the
chosen collaborations, their main partners, the statistics and the library
profile) in a private temporary folder and reopens the window over it with a
read-only connection (store.read_only). Every list, model and dialog then
reads data in which other partners simply do not exist, so nothing can leak
through a view that forgot a filter, and no write can reach any file. Edit,
delete, import and export actions and buttons are hidden, as are the history
and the Trash.

Notes typed in the meeting go to a JSON-lines file next to the real database
(services.meeting_notes) and are merged into the partners' interaction logs
when meeting mode ends. A meeting laptop's own database (a meeting copy as
the data folder's database) always opens in meeting mode and never leaves it.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from collabdesk.services.errors import ServiceError
from collabdesk.store.errors import StoreError
from collabdesk.ui.meeting import meeting_pin
from collabdesk.ui.widgets import prompts
from collabdesk.ui.widgets.named import named

if TYPE_CHECKING:
    from collabdesk.services.desk import Desk
    from collabdesk.store.database import Database
    from collabdesk.ui.shell.main_window import MainWindow

# What stays usable in meeting mode: looking, searching, presenting, notes.
ALLOWED = frozenset(
    {
        "findAction",
        "meetingModeAction",
        "presentButton",
        "meetingNoteSave",
        "quitAction",
        "aboutAction",
        "commitmentDockAction",
    }
)
HIDDEN_SECTIONS = ("trashView",)
TEMP_PREFIX = "collabdesk-meeting-"
STALE_AFTER_S = 24 * 3600  # a copy left by a crash or a power cut


class Run(Protocol):
    """What the meeting mode needs of the Session (ui/shell/session.py)."""

    db: Database | None
    directory: Any

    def database_file(self) -> Path | None: ...
    def open_store(self) -> bool: ...
    def close_connections(self, backup_first: bool) -> None: ...


# --- dialogs tests replace -----------------------------------------------------------
def choose_collaborations(parent: QWidget, desk: Desk) -> list[int] | None:
    """Tick the collaborations the meeting is about; None when cancelled."""
    dialog = named(QDialog(parent), "meetingChooser")
    dialog.setWindowTitle(
        QCoreApplication.translate("MeetingMode", "Choose the collaborations for the meeting")
    )
    items = named(QListWidget(), "meetingCollaborations")
    for row in desk.collaborations.rows():
        names = ", ".join(row.partner_names)
        item = QListWidgetItem(f"{row.title} — {names}" if names else row.title)
        item.setData(Qt.ItemDataRole.UserRole, row.id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        items.addItem(item)
    note = QLabel(
        QCoreApplication.translate(
            "MeetingMode", "Only these collaborations and their partners will be on screen."
        )
    )
    note.setWordWrap(True)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    for widget in (note, items, buttons):
        layout.addWidget(widget)
    dialog.resize(520, 420)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return [
        int(items.item(i).data(Qt.ItemDataRole.UserRole))
        for i in range(items.count())
        if items.item(i).checkState() == Qt.CheckState.Checked
    ]


def ask_pin(parent: QWidget) -> str | None:
    text, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("MeetingMode", "Leave meeting mode"),
        QCoreApplication.translate("MeetingMode", "PIN:"),
        QLineEdit.EchoMode.Password,
    )
    return text if ok else None


def choose_folder(parent: QWidget) -> str | None:
    folder = QFileDialog.getExistingDirectory(
        parent, QCoreApplication.translate("MeetingMode", "Folder for the meeting laptop's data")
    )
    return folder or None


# --- the controller -------------------------------------------------------------------
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
        self._hidden: list[QAction | QWidget] = []
        self._editable: list[tuple[QAbstractItemView, Any]] = []  # views and their triggers
        self._build()
        window.installEventFilter(self)

    def _build(self) -> None:
        window = self.window
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

        self.banner = named(QLabel(), "meetingBanner")
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setStyleSheet("color: white; background: #1F5C99; padding: 2px 8px;")
        self.banner.hide()
        window.statusBar().addPermanentWidget(self.banner)

        self.dock = named(QDockWidget(self.tr("Meeting notes"), window), "meetingNotesDock")
        body = QWidget()
        self.note_partner = named(QComboBox(), "meetingNotePartner")
        self.note_text = named(QPlainTextEdit(), "meetingNoteText")
        self.note_text.setPlaceholderText(self.tr("What was said or agreed…"))
        self.note_save = named(QPushButton(self.tr("Keep the note")), "meetingNoteSave")
        self.note_save.clicked.connect(self.keep_note)
        self.note_status = named(QLabel(), "meetingNoteStatus")
        self.note_status.setTextFormat(Qt.TextFormat.PlainText)
        self.note_status.setWordWrap(True)
        layout = QVBoxLayout(body)
        for widget in (self.note_partner, self.note_text, self.note_save, self.note_status):
            layout.addWidget(widget)
        self.dock.setWidget(body)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()

    # --- entering and leaving -----------------------------------------------------------
    def _toggled(self, checked: bool) -> None:
        if checked and not self.active:
            desk = self.window.desk
            chosen = choose_collaborations(self.window, desk) if desk is not None else None
            if not chosen or not self.enter(chosen):
                self.action.setChecked(False)
        elif not checked and self.active and not self.leave():
            self.action.setChecked(True)

    def enter(self, collaboration_ids: Sequence[int]) -> bool:
        """Reopen the window over a read-only meeting copy of these collaborations."""
        from collabdesk.store.meeting_copy import make_meeting_copy

        real = self.run.database_file()
        if real is None or not collaboration_ids:
            prompts.error(
                self.window,
                self.tr("Meeting mode"),
                self.tr("Meeting mode works on a local database."),
            )
            return False
        _remove_stale_copies()
        folder = Path(tempfile.mkdtemp(prefix=TEMP_PREFIX))
        copy = folder / "meeting.sqlite3"
        try:
            with _busy():
                _complete_before_copy(self.window.desk)
                make_meeting_copy(real, copy, collaboration_ids)
        except (StoreError, ServiceError, OSError) as exc:
            shutil.rmtree(folder, ignore_errors=True)
            prompts.error(self.window, self.tr("Meeting mode"), str(exc))
            return False
        self._folder = folder
        self.run.close_connections(backup_first=False)
        return self.open_copy(copy, _notes_path(real), laptop=False)

    def open_copy(self, copy: Path, notes_file: Path, *, laptop: bool) -> bool:
        """Show `copy` read-only, in meeting mode; notes go to `notes_file`."""
        from collabdesk.services.desk import Desk
        from collabdesk.services.partner_directory import PartnerDirectory
        from collabdesk.store.read_only import open_read_only

        try:
            db = open_read_only(copy)
            directory = PartnerDirectory.for_sqlite_file(copy)
        except (StoreError, OSError) as exc:
            prompts.error(self.window, self.tr("Meeting mode"), str(exc))
            return False
        self.run.db, self.run.directory = db, directory
        self.laptop_copy = laptop
        self.notes_file = notes_file
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
                self.tr(
                    "This laptop holds a meeting copy and stays in meeting mode. "
                    "Your notes are in %1; merge them at the office with "
                    "“collabdesk meeting merge-notes”."
                ).replace("%1", str(self.notes_file)),
            )
            return False
        if not self.pin_ok() or not prompts.confirm(
            self.window,
            self.tr("Leave meeting mode"),
            self.tr("Show all partners and allow changes again?"),
        ):
            return False
        self.run.close_connections(backup_first=False)
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)
            self._folder = None
        self.active = False
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
        prompts.error(self.window, self.tr("Leave meeting mode"), self.tr("That PIN is not right."))
        return False

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
            text += "\n" + self.tr(
                "%n note(s) could not be added and stay in %1.", "", result.kept
            ).replace("%1", str(self.notes_file))
        prompts.info(self.window, self.tr("Meeting notes"), text)

    # --- the window in meeting mode -----------------------------------------------------
    def _apply(self, on: bool) -> None:
        window = self.window
        self.action.setChecked(on)
        app = QApplication.instance()
        if on:
            self._forget_shown_partner()
            self._hidden = [item for item in self._editing_controls() if _shown(item)]
            for item in self._hidden:
                item.setVisible(False)
            if app is not None:  # buttons built or shown later (lazy pages) are caught too
                app.installEventFilter(self)
            self._editable = [
                (view, view.editTriggers())
                for view in self.window.findChildren(QAbstractItemView)
                if view.editTriggers() != QAbstractItemView.EditTrigger.NoEditTriggers
            ]
            for view, _triggers in self._editable:  # no cell opens for typing
                view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            self._fill_partners()
            self.banner.setText(self.tr("Meeting mode: read-only, only the chosen partners"))
        else:
            if app is not None:
                app.removeEventFilter(self)
            for item in self._hidden:
                item.setVisible(True)
            self._hidden = []
            for view, triggers in self._editable:
                view.setEditTriggers(triggers)
            self._editable = []
        self.banner.setVisible(on)
        self.dock.setVisible(on)
        self.prepare_action.setVisible(not on)
        for index in range(window.sections.count()):
            if window.sections.widget(index).objectName() in HIDDEN_SECTIONS:
                window.sections.setTabVisible(index, not on)
        trash = window.findChild(QWidget, "trashView")
        if on and trash is not None and hasattr(trash, "model"):
            trash.model.set_items([])  # nothing of the real data stays in memory
        # The views reloaded when the window announced the other data
        # (MainWindow.attach_desk); the shown section shows it now.
        window.collaborations.refresh_if_shown()
        window.statistics.refresh_if_shown()

    def _forget_shown_partner(self) -> None:
        """The details pane keeps the last partner's text on a hidden page:
        wipe it, then show the first partner of the meeting."""
        details = self.window.details
        if details is not None:
            for label in getattr(details, "values", {}).values():
                label.setText("")
            if hasattr(details, "name_label"):
                details.name_label.setText("")
            for name in ("contact_list", "interaction_list", "collaboration_list"):
                items = getattr(details, name, None)
                if items is not None:
                    items.clear()
        if self.window.model.total:
            self.window.select_row(0)
        collaborations = self.window.collaborations
        desk = self.window.desk
        if desk is not None:
            rows = desk.collaborations.rows()
            if rows:  # Present… is ready for the first (often the only) collaboration
                collaborations.refresh()
                collaborations.select(rows[0].id)

    def _editing_controls(self) -> list[Any]:
        controls: list[Any] = [
            action
            for action in self.window.findChildren(QAction)
            if action.menu() is None
            and action.objectName() not in ALLOWED
            and action is not self.action
            and not action.isSeparator()
        ]
        controls += [b for b in self.window.findChildren(QAbstractButton) if self._edits(b)]
        return controls

    def _edits(self, button: QAbstractButton) -> bool:
        """Every button of the window changes something, except these."""
        return (
            button.objectName() not in ALLOWED
            and not isinstance(button.parent(), (QTabBar, QDockWidget))  # tab arrows, dock title
            and not self.dock.isAncestorOf(button)
            and self.window.isAncestorOf(button)
        )

    def _fill_partners(self) -> None:
        self.note_partner.clear()
        desk = self.window.desk
        if desk is None:
            return
        for row in desk.collaborations.rows():
            for partner_id, name in desk.pitch_content.partners_of(row.id):
                if self.note_partner.findData(partner_id) < 0:
                    self.note_partner.addItem(name, partner_id)

    def keep_note(self) -> None:
        from collabdesk.services.meeting_notes import append_note

        partner_id = self.note_partner.currentData()
        if partner_id is None or self.notes_file is None:
            self.note_status.setText(self.tr("Choose the partner the note is about."))
            return
        try:
            append_note(self.notes_file, int(partner_id), self.note_text.toPlainText())
        except ServiceError as exc:
            self.note_status.setText(str(exc))
            return
        except OSError as exc:
            prompts.error(self.window, self.tr("Meeting notes"), str(exc))
            return
        self.note_text.clear()
        self.note_status.setText(self.tr("Kept. It goes into the partner's log after the meeting."))

    # --- the meeting laptop ---------------------------------------------------------------
    def prepare_laptop(self) -> Path | None:
        """Write a meeting copy into a folder the demo laptop will use as its data folder."""
        from collabdesk.config import DATABASE_FILE
        from collabdesk.store.meeting_copy import make_meeting_copy

        desk, real = self.window.desk, self.run.database_file()
        if desk is None or real is None:
            return None
        chosen = choose_collaborations(self.window, desk)
        if not chosen:
            return None
        folder = choose_folder(self.window)
        if folder is None:
            return None
        target = Path(folder) / DATABASE_FILE
        if target.exists():
            prompts.error(
                self.window,
                self.tr("Prepare a meeting laptop"),
                self.tr("%1 already exists; choose an empty folder.").replace("%1", str(target)),
            )
            return None
        try:
            with _busy():
                _complete_before_copy(desk)
                make_meeting_copy(real, target, chosen)
        except (StoreError, ServiceError, OSError) as exc:
            prompts.error(self.window, self.tr("Prepare a meeting laptop"), str(exc))
            return None
        prompts.info(
            self.window,
            self.tr("Prepare a meeting laptop"),
            self.tr(
                "The meeting copy is in %1. Copy that folder to the laptop and start "
                "CollabDesk there with “--data-dir FOLDER”: it opens in meeting mode."
            ).replace("%1", folder),
        )
        return target

    # --- closing the window is leaving too --------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.MouseButtonDblClick
            and self.active
            and isinstance(watched, QWidget)
            and isinstance(watched.parent(), QAbstractItemView)
            and self.window.isAncestorOf(watched)
        ):
            return True  # a double-click in a list opens an editor: not in a meeting
        if (
            event.type() == QEvent.Type.Show
            and self.active
            and isinstance(watched, QAbstractButton)
            and self._edits(watched)
        ):
            watched.hide()
            self._hidden.append(watched)
            return False
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


def _remove_stale_copies() -> None:
    """Meeting copies a killed program could not remove (a day old or more)."""
    import time

    for folder in Path(tempfile.gettempdir()).glob(TEMP_PREFIX + "*"):
        try:
            if time.time() - folder.stat().st_mtime > STALE_AFTER_S:
                shutil.rmtree(folder, ignore_errors=True)
        except OSError:
            continue


@contextmanager
def _busy() -> Iterator[None]:
    """A wait cursor while the copy is made (about 1 s at 10,000 collaborations)."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


def _complete_before_copy(desk: Desk | None) -> None:
    """What the program writes on first read (the checklist template) must be
    in the database before it is copied: the copy can never be written."""
    if desk is not None:
        desk.checklist.ensure_default_template()


def _shown(item: QAction | QWidget) -> bool:
    """Visible now, or would be when its tab or dock is shown."""
    return item.isVisible() if isinstance(item, QAction) else not item.isHidden()


def _notes_path(database_file: Path) -> Path:
    from collabdesk.services.meeting_notes import notes_path

    return notes_path(database_file)


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
    return mode.open_copy(database_file, _notes_path(database_file), laptop=True)
