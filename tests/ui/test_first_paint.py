"""The first paint of the partner list: no SQLAlchemy and no PySide6 `Qt`
namespace before it, the int flags it uses instead mean what the enums
mean, the header shows its titles (to screen readers too), pages nobody
sees are not built (ui/shell/startup.py lists the tricks)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from collabdesk.config import DATABASE_FILE
from collabdesk.services.desk import Desk
from collabdesk.services.partners import PartnerDraft
from collabdesk.store.database import open_database, sqlite_url
from collabdesk.ui.shell import startup as first_paint

ROOT = Path(__file__).resolve().parents[2]


def test_int_flags_equal_the_qt_enums() -> None:
    assert Qt.ItemDataRole.DisplayRole.value == first_paint.DISPLAY_ROLE
    assert Qt.ItemDataRole.ToolTipRole.value == first_paint.TOOLTIP_ROLE
    assert Qt.ItemDataRole.UserRole.value == first_paint.USER_ROLE
    assert Qt.AlignmentFlag.AlignLeft.value == first_paint.ALIGN_LEFT
    assert Qt.AlignmentFlag.AlignVCenter.value == first_paint.ALIGN_VCENTER
    assert Qt.AlignmentFlag.AlignCenter.value == first_paint.ALIGN_CENTER
    assert Qt.TextFormat.PlainText.value == first_paint.PLAIN_TEXT


def test_labels_take_alignment_and_plain_text_through_properties(qtbot) -> None:
    label = QLabel("<b>Рога & копыта</b>")
    qtbot.addWidget(label)
    first_paint.set_alignment(label, first_paint.ALIGN_CENTER)
    first_paint.show_plain_text(label)
    assert label.alignment() == Qt.AlignmentFlag.AlignCenter
    assert label.textFormat() == Qt.TextFormat.PlainText


def test_list_header_shows_titles_left_aligned(make_window, db, desk: Desk) -> None:
    desk.partners.create(PartnerDraft(name="Полигон"))
    window = make_window(db)
    header = window.table.horizontalHeader()
    titles = [
        header.model().headerData(c, Qt.Orientation.Horizontal) for c in range(header.count())
    ]
    assert titles == ["Name", "Kind", "Status", "City", "E-mail"]
    assert header.defaultAlignment() == Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    assert window.no_match.textFormat() == Qt.TextFormat.PlainText


def test_empty_state_is_built_only_when_the_list_is_empty(make_window, db, desk: Desk) -> None:
    record = desk.partners.create(PartnerDraft(name="Единственный"))
    window = make_window(db)
    assert window.findChild(QWidget, "emptyState") is None  # a list with partners never pays
    desk.partners.delete(record.id)  # the change channel refreshes the list
    assert window.list_stack.currentWidget() is window.empty_state
    assert window.findChild(QWidget, "emptyState") is window.empty_state
    assert window.empty_state.demo_button.isEnabled()  # the desk is attached: it works
    assert window.list_stack.count() == 4  # the placeholder it replaced is gone


def _demo_data_dir(tmp_path: Path) -> Path:
    from collabdesk.services.demo import load_demo

    folder = tmp_path / "data"
    folder.mkdir()
    db = open_database(sqlite_url(folder / DATABASE_FILE))
    load_demo(db.sessions, "en")
    db.close()
    return folder


def fresh_process(args: list[str], home: Path) -> subprocess.CompletedProcess[str]:
    """Python with `args` in a new process, offscreen, with its own settings."""
    return subprocess.run(
        [sys.executable, *args],
        cwd=ROOT,
        env={
            "PYTHONPATH": str(ROOT),
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_CONFIG_HOME": str(home / "config"),
            "HOME": str(home),
        },
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_first_paint_shows_the_list_before_sqlalchemy_loads(tmp_path: Path) -> None:
    """A fresh process paints the window with the first page of partners
    while SQLAlchemy, the services and the rest of the window are not
    loaded yet; they are there once the data is open. Watched from outside
    the program (tests/ui/paint_probe.py wraps the real run_gui)."""
    folder = _demo_data_dir(tmp_path)
    result = fresh_process([str(ROOT / "tests" / "ui" / "paint_probe.py"), str(folder)], tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    seen = {
        line["moment"]: line
        for line in map(json.loads, result.stdout.splitlines())
        if isinstance(line, dict)
    }
    shown, editable = seen["paint"], seen["editable"]
    assert shown["visible"] and shown["rows"] > 0 and shown["page"] == 0  # the list, filled
    assert not shown["sqlalchemy"] and not shown["services"] and not shown["menus"]
    assert not shown["qt_namespace"]  # trick 3 of ui/shell/startup.py still holds
    assert editable["menus"] and editable["services"] and editable["rows"] == shown["rows"]
    # The opening worker loads SQLAlchemy; the GUI thread does not before it
    # (the meeting-copy mark once pulled it in on the GUI thread right after the paint).
    assert editable["sqlalchemy_by_gui_thread"] is False, result.stdout


def test_screen_readers_hear_the_column_titles(make_window, db, desk: Desk) -> None:
    from PySide6.QtGui import QAccessible

    desk.partners.create(PartnerDraft(name="Полигон"))
    window = make_window(db)
    model = window.table.model()
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)] == [
        "Name",
        "Kind",
        "Status",
        "City",
        "E-mail",
    ]
    table = QAccessible.queryAccessibleInterface(window.table)
    assert table is not None
    heard = [
        table.child(i).text(QAccessible.Text.Name)
        for i in range(table.childCount())
        if table.child(i).role() == QAccessible.Role.ColumnHeader
    ]
    assert heard == ["Name", "Kind", "Status", "City", "E-mail"]


BUILD_WHOLE_WINDOW = """
import json, sys
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication
app = QApplication([])
from collabdesk.ui.shell.main_window import MainWindow
window = MainWindow(None, staged=True)
window.finish_building()

class Host:  # what app.py's Session offers the File menu
    def database_file(self):
        return None

    def restore_from(self, backup):
        raise AssertionError("not in this test")

from collabdesk.config import resolve
from collabdesk.ui.shell.data_menu import install_data_menu
from collabdesk.ui.shell.demo_folder import install_demo_folder

install_data_menu(window, Host())  # the File menu's data actions, as app.py adds them
install_demo_folder(window, resolve(sys.argv[1]))
print(json.dumps({"tabs": window.sections.count(),
                  "branch_data": window.findChild(QAction, "importBranchDataAction") is not None,
                  "sqlalchemy": "sqlalchemy" in sys.modules}))
"""


def test_the_whole_window_builds_before_the_models_load(tmp_path: Path) -> None:
    """Every section, menu and action is built on the GUI thread while the
    opening worker imports SQLAlchemy, the models and the services; a
    section that imported them itself waited for the worker's imports (or
    did them on the GUI thread): 150-360 ms stalls in the watchdog's start."""
    result = fresh_process(["-c", BUILD_WHOLE_WINDOW, str(tmp_path / "data")], tmp_path)
    assert result.returncode == 0, result.stderr
    built = json.loads(result.stdout.strip().splitlines()[-1])
    assert built["tabs"] >= 6  # Partners, Overview, Collaborations, Commitments, Tasks, Statistics
    assert built["branch_data"]  # the File menu's actions too (they once loaded the models)
    assert built["sqlalchemy"] is False
