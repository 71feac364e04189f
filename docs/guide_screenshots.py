"""The user guide's pictures, at 1366×768 (the smallest laptop screen the
program is made for), in Russian and English, offscreen with demo data.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/guide_screenshots.py

Writes resources/guide/images/<lang>/*.png (shipped with the program for
Help → User guide) and then copies the guides into docs/ (docs/copy_guide.py).
Look at every picture before committing it.
"""

from __future__ import annotations

import os
import sys
import tempfile
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCREEN = (1366, 768)


def take(language: str, out: Path) -> None:
    from PySide6.QtWidgets import QApplication, QWidget

    from collabdesk.services.demo import load_demo
    from collabdesk.services.desk import Desk
    from collabdesk.services.partner_directory import PartnerDirectory
    from collabdesk.store.database import open_database, sqlite_url
    from collabdesk.ui.collaborations.checklist_wizard import ChecklistWizard
    from collabdesk.ui.documents.pitch_dialog import PitchDialog
    from collabdesk.ui.shell.i18n import load_translators
    from collabdesk.ui.shell.main_window import MainWindow

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    from PySide6.QtCore import QLocale

    locale = QLocale(QLocale.Language.Russian if language == "ru" else QLocale.Language.English)
    QLocale.setDefault(locale)
    translators = load_translators(app, locale)
    out.mkdir(parents=True, exist_ok=True)

    def save(widget: QWidget, name: str) -> None:
        widget.show()
        app.processEvents()
        widget.grab().save(str(out / f"{name}.png"))

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "guide.sqlite3"
        db = open_database(sqlite_url(path))
        load_demo(db.sessions, language)
        desk = Desk.over(db.sessions)
        window = MainWindow(Path(tmp))
        directory = PartnerDirectory.for_sqlite_file(path)
        window.attach_directory(directory)
        window.attach_desk(desk, partial(load_demo, db.sessions))
        window.resize(*SCREEN)
        window.show()
        window.select_row(0)
        save(window, "partners")
        view = window.collaborations
        window.show_section(view)
        view.refresh()
        app.processEvents()
        view.table.selectRow(0)
        save(window, "collaborations")
        collaboration_id = view.current_id()
        assert collaboration_id is not None, "the demo data has collaborations"
        wizard = ChecklistWizard(desk, collaboration_id, window, lang=language)
        wizard.resize(900, 680)
        save(wizard, "checklist")
        wizard.close()
        pitch = PitchDialog(desk, collaboration_id, window)
        save(pitch, "pitch-dialog")
        pitch.close()
        window.close()
        directory.close()
        db.close()
    for translator in translators:
        app.removeTranslator(translator)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    for language in ("ru", "en"):
        take(language, ROOT / "resources" / "guide" / "images" / language)
    del app
    sys.path.insert(0, str(ROOT / "docs"))
    from copy_guide import copy_guides

    copy_guides()
    print("pictures in resources/guide/images/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
