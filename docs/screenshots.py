"""Take the screenshots of the docs in a chosen language, offscreen.

    QT_QPA_PLATFORM=offscreen python docs/screenshots.py ru /tmp/shots

Writes main-window, settings (each tab), welcome and crash dialog PNGs for
checking translations by eye (nothing cut off, nothing left in English).
Add new dialogs here as they arrive.
"""

from __future__ import annotations

import os
import sys
import tempfile
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
    from collabdesk.services.partner_directory import PartnerDirectory
    from collabdesk.store.database import open_database, sqlite_url
    from collabdesk.ui.crash_dialog import CrashDialog
    from collabdesk.ui.i18n import install_translations
    from collabdesk.ui.main_window import MainWindow
    from collabdesk.ui.settings_dialog import SettingsDialog
    from collabdesk.ui.welcome_dialog import WelcomeDialog

    app = QApplication.instance() or QApplication(argv[:1])
    install_translations(app, language)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "shots.sqlite3"
        db = open_database(sqlite_url(path))
        load_demo(db.sessions, language)
        desk = Desk.over(db.sessions)
        window = MainWindow(Path(tmp))
        directory = PartnerDirectory.for_sqlite_file(path)
        window.attach_directory(directory)
        window.attach_desk(desk, partial(load_demo, db.sessions))
        window.resize(1100, 700)
        window.show()
        window.select_row(0)
        app.processEvents()
        window.grab().save(str(out / f"8-main-window-{language}.png"))

        settings = SettingsDialog(desk.library, Path(tmp) / "data", window)
        settings.show()
        for index in range(settings.tabs.count()):
            settings.tabs.setCurrentIndex(index)
            app.processEvents()
            settings.grab().save(str(out / f"8-settings-{index}-{language}.png"))
        welcome = WelcomeDialog(desk.library, None, language, window)
        welcome.show()
        app.processEvents()
        welcome.grab().save(str(out / f"8-welcome-{language}.png"))
        from collabdesk.ui.contact_form import ContactForm
        from collabdesk.ui.interaction_form import InteractionForm
        from collabdesk.ui.partner_form import PartnerForm

        partner = desk.partners.get(window.selected_partner_id())
        forms = {
            "partner-form": PartnerForm(desk.partners, partner, window),
            "contact-form": ContactForm(desk.contacts, partner.id, None, window),
            "interaction-form": InteractionForm(desk.interactions, partner.id, [], window),
        }
        for name, form in forms.items():
            form.show()
            app.processEvents()
            form.grab().save(str(out / f"8-{name}-{language}.png"))
            form.close()
        file_menu = window.menuBar().actions()[0].menu()
        file_menu.popup(window.mapToGlobal(window.rect().topLeft()))
        app.processEvents()
        file_menu.grab().save(str(out / f"8-file-menu-{language}.png"))
        file_menu.close()
        crash = CrashDialog("Traceback (most recent call last):\n  ...\nKeyError: 'x'", None)
        crash.show()
        app.processEvents()
        crash.grab().save(str(out / f"8-crash-{language}.png"))
        for widget in (crash, welcome, settings, window):
            widget.close()
        directory.close()
        db.close()
    print(f"screenshots in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
