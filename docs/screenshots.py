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
    from collabdesk.ui.shell.crash_dialog import CrashDialog
    from collabdesk.ui.shell.i18n import install_translations
    from collabdesk.ui.shell.main_window import MainWindow
    from collabdesk.ui.shell.settings_dialog import SettingsDialog
    from collabdesk.ui.shell.welcome_dialog import WelcomeDialog

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
        window.resize(1280, 800)
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
        from collabdesk.ui.partners.contact_form import ContactForm
        from collabdesk.ui.partners.interaction_form import InteractionForm
        from collabdesk.ui.partners.partner_form import PartnerForm

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
        _features(app, window, desk, path, Path(tmp), out, language)
        for widget in (crash, welcome, settings, window):
            widget.close()
        directory.close()
        db.close()
    print(f"screenshots in {out}")
    return 0


def _features(app, window, desk, path, tmp, out, language):  # type: ignore[no-untyped-def]
    """The collaborations, checklist wizard, commitments, history, Trash and
    import preview: the views the translation pass has to check."""
    from collabdesk.ui.collaborations.checklist_wizard import ChecklistWizard
    from collabdesk.ui.history.history_panel import HistoryDialog
    from collabdesk.ui.history.trash_view import TrashView
    from collabdesk.ui.shell.data_menu import install_data_menu
    from collabdesk.ui.shell.import_dialog import ImportDialog

    class Host:  # the File menu's backup/import actions, as app.py installs them
        def database_file(self) -> Path:
            return path

        def restore_from(self, backup: Path) -> None:
            pass

    def save(widget, name):  # type: ignore[no-untyped-def]
        widget.show()
        app.processEvents()
        widget.grab().save(str(out / f"8-{name}-{language}.png"))

    install_data_menu(window, Host())
    for index, action in enumerate(window.menuBar().actions()):
        menu = action.menu()
        menu.popup(window.mapToGlobal(window.rect().topLeft()))
        app.processEvents()
        menu.grab().save(str(out / f"8-menu-{index}-{language}.png"))
        menu.close()
    view = window.collaborations
    window.show_section(view)
    view.refresh()
    app.processEvents()
    view.table.selectRow(0)
    for index in range(view.views.count()):
        view.views.setCurrentIndex(index)
        save(window, f"collaborations-{index}")
    view.views.setCurrentIndex(0)
    dock = window.commitments
    window.show_section(dock)
    for index in range(dock.tabs.count()):
        dock.tabs.setCurrentIndex(index)
        save(window, f"commitments-{index}")
    collaboration_id = view.current_id()
    assert collaboration_id is not None, "the demo data has collaborations"
    wizard = ChecklistWizard(desk, collaboration_id, window, lang=language)
    wizard.resize(900, 680)
    save(wizard, "wizard-0")
    page = 1
    while wizard.currentPage() is not None and not wizard.currentPage().isFinalPage():
        wizard.next()
        save(wizard, f"wizard-{page}")
        page += 1
    wizard.close()
    from collabdesk.ui.documents.pitch_dialog import PitchDialog

    pitch = PitchDialog(desk, collaboration_id, window)
    save(pitch, "pitch")
    pitch.close()
    window.show_section(window.statistics)
    window.statistics.refresh()
    save(window, "statistics")
    partner_id = window.selected_partner_id()
    name = desk.partners.get(partner_id).name
    history = HistoryDialog(desk.history, "partner", partner_id, name, lambda: None, window)
    save(history, "history")
    history.close()
    from collabdesk.services.partners import PartnerDraft

    spare = desk.partners.create(PartnerDraft(name="Книжный клуб «Переплёт»", city="Тверь"))
    desk.partners.delete(spare.id)
    trash = window.findChild(TrashView, "trashView")
    window.show_section(trash)
    trash.reload()
    save(window, "trash")
    source = tmp / "partners.csv"
    source.write_text(
        "name;city;e-mail\nТипография «Печатный двор»;Тверь;print@example.org\n"
        ";Москва;\nКофейня «Зерно»;Казань;not-an-address\n",
        encoding="utf-8",
    )
    dialog = ImportDialog(desk.partner_transfer, desk.partner_transfer.read(source), source.name)
    dialog.resize(900, 560)
    save(dialog, "import")
    dialog.close()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
