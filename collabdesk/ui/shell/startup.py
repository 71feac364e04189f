"""Everything CollabDesk does to show the partner list quickly, in one place.

The goal (tests/ui/test_first_paint.py checks it): the window's first paint
shows the partner list with its first page before SQLAlchemy, the services
or the rest of the window load, and never waits for the store, its check or
a backup (tests/ui/test_store_opening.py holds those back and fails if the
paint waits). tests/ui/paint_probe.py (and the start-up benchmark) watch the
real run_gui from outside and compare it with a bare PySide6 window. Each
trick below, and what it costs:

0. Show first, then open (app.run_gui, ui/shell/store_opening.py): the
   store opens in a worker thread after the first paint — the lock, the
   start-up check (quick, or the full one after a crash, with its progress
   on the banner), the version probe, any migration — and the daily backup
   follows in another worker. Measured at 100k partners + 500k commitments
   (316 MB): first paint 1.1-1.6x a bare window, where the store's opening
   on the GUI thread used to keep the window black for seconds. Cost:
   editing waits for the services (actions disabled, "The database is
   still opening."); a damaged file is found after the list was shown (read
   only), and the list of a file too damaged to read stays on "Opening…".
1. Staged window (app.run_gui, MainWindow(staged=True)): only the partner
   list is built before `show()`; the details pane, menus and the sections
   of ui/shell/sections.py are built on the first turn of the event loop
   (`finish_building`), ~30 ms later. Cost: code that runs before then
   must not assume menus or sections exist.
2. A plain-sqlite3 reader (services.partner_directory.PartnerDirectory,
   read-only connection) fills the first page when the file already has
   the current schema; the store, its migrations and the services (and
   with them SQLAlchemy and Alembic, ~150 ms) load after the first paint.
   Cost: two ways of reading partners, kept equal by the directory's tests;
   nothing can be edited until the services arrive (the actions are
   disabled, the empty page's buttons too).
3. Qt flags as plain ints (below): PySide6 builds its whole `Qt` namespace
   (~190 enums, ~11 ms) the first time any `Qt.…` attribute is read. The
   first-paint widgets (partner_pane.py, the list model, empty_state.py)
   set alignment and text format through Qt properties and answer int
   item roles. Cost: ints instead of enums in those three files; the
   first-paint test checks each value against its enum.
4. Header titles from a C++ model (PartnerTableModel.show_in): the Python
   headerData() would convert a Qt.Orientation, which builds the namespace
   of 3. The view's header reads a QStandardItemModel of titles instead.
   Cost: two models for one header; headerData() must stay on the list
   model, because screen readers ask the view's model (it once broke them;
   tests/ui/test_first_paint.py asks QAccessible).
5. Deferred extras (app.run_gui `finish_start`): the window icon (~1.5 ms
   for eight PNGs), logging, the crash dialog's hook, the data menu and the
   version lookup (importlib.metadata) run after the first paint (and
   before the store's worker starts, so the data menu exists when meeting
   mode or a restore needs it). Cost: an error before then has no window
   icon (app.show_icon sets it first).
6. Cheap definitions on the import path: Settings is a NamedTuple, not a
   dataclass (config.py); the partner directory's rows likewise; i18n loads
   `decimal` only when it formats money. Cost: a less usual style there.

Tricks 1-6 were kept with trick 0: each still saves its milliseconds before
the first paint, which is now all the start-up a person waits for.

PySide6's per-import "does this module use PySide6?" check (PYSIDE-2029)
is left as PySide6 does it: replacing its private `_mod_uses_pyside` saved
a few ms before the first paint and ~40 ms while SQLAlchemy loads (after
it), and would break silently with any PySide6 release that moves it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

# Qt::ItemDataRole
DISPLAY_ROLE = 0
TOOLTIP_ROLE = 3
USER_ROLE = 0x0100

# Qt::AlignmentFlag
ALIGN_LEFT = 0x0001
ALIGN_HCENTER = 0x0004
ALIGN_VCENTER = 0x0080
ALIGN_CENTER = ALIGN_HCENTER | ALIGN_VCENTER

# Qt::TextFormat
PLAIN_TEXT = 0


def set_alignment(widget: QObject, flags: int) -> None:
    """A QLabel's `alignment` (or a QHeaderView's `defaultAlignment`)."""
    name = (
        "defaultAlignment" if widget.metaObject().indexOfProperty("alignment") < 0 else "alignment"
    )
    widget.setProperty(name, flags)


def show_plain_text(label: QObject) -> None:
    """The label never reads `<b>` in a user's text as markup."""
    label.setProperty("textFormat", PLAIN_TEXT)
