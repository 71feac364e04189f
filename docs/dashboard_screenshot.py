"""The Overview (home dashboard) at 1366×768 with demo data, offscreen.

    QT_QPA_PLATFORM=offscreen python docs/dashboard_screenshot.py ru /tmp/shots [empty]

Counts the figures the way the window does (a worker, then the kept
snapshot), then grabs the window: for the docs' picture and for checking
both languages by eye (nothing cut off, nothing left in English)."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from functools import partial
from pathlib import Path


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    language = argv[1] if len(argv) > 1 else "ru"
    out = Path(argv[2] if len(argv) > 2 else "/tmp/shots")
    out.mkdir(parents=True, exist_ok=True)
    from PySide6.QtWidgets import QApplication

    from collabdesk.services.demo import load_demo
    from collabdesk.services.desk import Desk
    from collabdesk.services.my_name import save_my_name
    from collabdesk.services.partner_directory import PartnerDirectory
    from collabdesk.store.database import open_database, sqlite_url
    from collabdesk.ui.shell.i18n import install_translations
    from collabdesk.ui.shell.main_window import MainWindow

    app = QApplication.instance() or QApplication(argv[:1])
    install_translations(app, language)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = folder / "shots.sqlite3"
        db = open_database(sqlite_url(path))
        empty = len(argv) > 3 and argv[3] == "empty"  # the first day: what to do next
        if not empty:
            load_demo(db.sessions, language)
        save_my_name(folder, "Ольга Петрова" if language == "ru" else "Olga Petrova")
        desk = Desk.over(db.sessions, data_dir=folder)
        window = MainWindow(folder)
        window.attach_directory(PartnerDirectory.for_sqlite_file(path))
        window.attach_desk(desk, partial(load_demo, db.sessions))
        window.resize(1366, 768)
        window.show()
        window.show_section(window.dashboard)
        deadline = time.monotonic() + 30
        while (window.dashboard.counting or window.dashboard.figures is None) and (
            time.monotonic() < deadline
        ):
            app.processEvents()
            time.sleep(0.02)
        app.processEvents()
        window.grab().save(str(out / f"dashboard{'-empty' if empty else ''}-{language}.png"))
        window.close()
        db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
