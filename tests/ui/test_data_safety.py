"""The data-safety parts of the window: the conflict dialog, the import
preview with mapping, progress and cancel, File-menu backup/restore/
import/export, restore while open, one instance, a damaged start."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QComboBox, QLabel, QPlainTextEdit, QProgressDialog, QPushButton

from collabdesk.config import resolve
from collabdesk.services.desk import Desk
from collabdesk.services.partners import PartnerDraft
from collabdesk.store.backup import list_backups, take_backup
from collabdesk.store.database import Database, open_database
from collabdesk.store.errors import DatabaseLockedError
from collabdesk.store.startup import marker_path
from collabdesk.ui.shell import backup_worker, data_menu
from collabdesk.ui.shell.import_dialog import ImportDialog
from collabdesk.ui.shell.main_window import MainWindow
from collabdesk.ui.shell.session import Session
from collabdesk.ui.widgets.conflict_dialog import ConflictDialog

SHOTS = Path("/tmp/shots")


def shot(widget: Any, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    widget.grab().save(str(SHOTS / f"6-{name}.png"))


def test_conflict_dialog_shows_both_versions_and_copies_mine(qtbot) -> None:
    dialog = ConflictDialog("partner", "Name: <b>Мой</b>", "Name: Их", None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.findChild(QPlainTextEdit, "mineText").toPlainText() == "Name: <b>Мой</b>"
    assert dialog.findChild(QPlainTextEdit, "theirsText").toPlainText() == "Name: Их"
    shot(dialog, "conflict")
    qtbot.mouseClick(dialog.findChild(QPushButton, "copyButton"), Qt.MouseButton.LeftButton)
    assert dialog.choice == "copy"
    assert QGuiApplication.clipboard().text() == "Name: <b>Мой</b>"


def write_cp1251(path: Path) -> Path:
    text = (
        "Наименование;Город;Почта;Комментарий\r\n"
        '<b>Ромашка</b>;Омск;r@x.ru;"две\r\nстроки"\r\n'
        "Ёлка;Тверь;плохо;\r\n"
        "ёлка;Тверь;;\r\n"
        "Кафе;Пермь;;\r\n"
    )
    path.write_bytes(text.encode("cp1251"))
    return path


def test_import_preview_shows_encoding_mapping_and_problems(
    qtbot, db: Database, desk: Desk, tmp_path: Path
) -> None:
    source = write_cp1251(tmp_path / "partners.csv")
    table = desk.partner_transfer.read(source)
    backups: list[int] = []
    dialog = ImportDialog(desk.partner_transfer, table, source.name, lambda: backups.append(1))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.wait_for_plan()  # planned in a worker
    assert "cp1251" in dialog.source_label.text() and ";" in dialog.source_label.text()
    combos = [dialog.findChild(QComboBox, f"mapCombo{i}") for i in range(4)]
    assert [c.currentData() for c in combos] == ["name", "city", "email", "notes"]
    summary = dialog.findChild(QLabel, "importSummary").text()
    assert "Will import 3" in summary and "1 row rejected" in summary
    problems = dialog.findChild(QPlainTextEdit, "importProblems").toPlainText()
    assert "Row 3 rejected: E-mail: This is not an e-mail address" in problems
    combos[2].setCurrentIndex(0)  # leave the e-mail column out: row 3 is fine, row 4 doubles it
    dialog.wait_for_plan()
    assert "0 rows rejected; 1 duplicate" in dialog.summary.text()
    assert "Row 4 duplicate (ёлка): the same name as row 3" in dialog.problems.toPlainText()
    shot(dialog, "import-preview")
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.imported == 3 and backups == [1]
    assert desk.partners.get(1).name == "<b>Ромашка</b>"
    assert desk.partners.get(1).notes == "две\nстроки"


def test_cancelled_import_leaves_nothing(
    qtbot, db: Database, desk: Desk, tmp_path: Path, prompts_log, monkeypatch
) -> None:
    source = tmp_path / "many.csv"
    source.write_text("Name\n" + "".join(f"P{i}\n" for i in range(1000)), encoding="utf-8")
    dialog = ImportDialog(desk.partner_transfer, desk.partner_transfer.read(source), "many.csv")
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda self: self.value() >= 300)
    dialog.run_import()
    assert (
        prompts_log.kinds() == ["info"] and "nothing was imported" in prompts_log.texts("info")[0]
    )
    assert desk.partners.count() == 0 and dialog.imported == 0 and dialog.result() == 0


def test_a_file_without_a_name_column_cannot_be_imported(
    qtbot, db: Database, desk: Desk, tmp_path: Path
) -> None:
    source = tmp_path / "x.csv"
    source.write_text("City;Phone\nОмск;1\n", encoding="utf-8")
    dialog = ImportDialog(desk.partner_transfer, desk.partner_transfer.read(source), "x.csv")
    qtbot.addWidget(dialog)
    dialog.wait_for_plan()
    assert not dialog.import_button.isEnabled()
    assert "No column holds the partner's name" in dialog.summary.text()
    assert "No column holds the partner's name" in dialog.import_button.toolTip()


@pytest.fixture
def session(qapp, qtbot, tmp_path: Path) -> Any:
    settings = resolve(str(tmp_path / "data"))
    window = MainWindow(tmp_path)
    qtbot.addWidget(window)
    run = Session(qapp, window, settings)
    data_menu.install_data_menu(window, run)
    assert run.open_store()
    yield run
    run.close()


def test_file_menu_backup_export_import(
    session: Any, prompts_log, monkeypatch, tmp_path: Path, qtbot
) -> None:
    window = session.window
    names = [a.objectName() for a in window.menuBar().actions()[0].menu().actions()]
    start = names.index("importAction")
    assert names[start - 1 : start + 9] == [
        "", "importAction", "exportAction", "importCommitmentsAction", "exportCommitmentsAction",
        "exportCalendarAction", "", "backupAction", "restoreAction", "checkDataAction",
    ]  # fmt: skip
    assert "Quit" in window.menuBar().actions()[0].menu().actions()[-1].text()
    window.desk.partners.create(PartnerDraft(name="Ромашка", phone="+7 495 123-45-67"))
    qtbot.waitUntil(lambda: not backup_worker.running(), timeout=10000)  # today's, at start
    window.data_menu.backup_action.trigger()  # in the background
    qtbot.waitUntil(lambda: bool(prompts_log.texts("info")), timeout=10000)
    assert "verified backup" in prompts_log.texts("info")[-1]
    target = tmp_path / "out.csv"
    monkeypatch.setattr(data_menu, "choose_save_file", lambda *a: target)
    window.data_menu.export_action.trigger()
    assert "1 record written" in prompts_log.texts("info")[-1]
    assert "+7 495 123-45-67" in target.read_text(encoding="utf-8-sig")

    source = write_cp1251(tmp_path / "in.csv")
    monkeypatch.setattr(data_menu, "choose_open_file", lambda *a: source)

    def accept(dialog: ImportDialog) -> bool:
        dialog.run_import()
        return dialog.imported > 0

    monkeypatch.setattr(data_menu, "run_import_dialog", accept)
    window.data_menu.import_action.trigger()
    assert "3 records imported" in prompts_log.texts("info")[-1]
    assert window.desk.partners.count() == 4
    assert window.model.rowCount() == 4
    reasons = [b.reason for b in list_backups(session.settings.data_dir / "backups")]
    assert "before_import" in reasons and "manual" in reasons and "daily" in reasons


def test_statistics_import_in_the_window_backs_up_first(
    session: Any, prompts_log, monkeypatch, tmp_path: Path
) -> None:
    from collabdesk.ui.statistics import statistics_import_bar

    source = tmp_path / "stats.csv"
    source.write_text("Показатель;Январь 2026;Февраль 2026\nПосещения;120;130\n")
    folder = session.settings.data_dir / "backups"
    assert "before_import" not in [b.reason for b in list_backups(folder)]
    monkeypatch.setattr(statistics_import_bar, "choose_import_file", lambda _parent: source)
    session.window.statistics.import_file()
    assert prompts_log.texts("info")[-1] == "2 figures imported from stats.csv."
    assert [b.reason for b in list_backups(folder)].count("before_import") == 1


def test_restore_while_open_closes_swaps_and_reopens(
    session: Any, prompts_log, monkeypatch, qtbot
) -> None:
    window = session.window
    path = session.settings.database_file
    window.desk.partners.create(PartnerDraft(name="В копии"))
    backup = take_backup(path, "manual").path
    window.desk.partners.create(PartnerDraft(name="После копии"))
    with pytest.raises(DatabaseLockedError):  # one instance while it is open
        open_database(session.settings.database_url, exclusive=True)
    monkeypatch.setattr(data_menu, "choose_open_file", lambda *a: backup)
    prompts_log.confirm_answer = True
    window.data_menu.restore_action.trigger()  # the backup is checked in the background
    qtbot.waitUntil(lambda: prompts_log.kinds()[-1] != "confirm", timeout=10000)
    assert prompts_log.kinds()[-1] == "info", prompts_log.calls
    assert window.desk.partners.count() == 1
    assert window.model.rowCount() == 1
    shot(window, "after-restore")


def test_damaged_database_at_start_offers_the_newest_good_backup(
    qapp, qtbot, tmp_path: Path, prompts_log
) -> None:
    settings = resolve(str(tmp_path / "data"))
    settings.data_dir.mkdir()
    db = open_database(settings.database_url)
    with db.sessions.begin() as s:
        from collabdesk.domain.partner import Partner

        s.add_all(Partner(name=f"P{i}") for i in range(400))
    db.close()
    take_backup(settings.database_file, "daily")
    with settings.database_file.open("r+b") as handle:
        handle.seek(settings.database_file.stat().st_size // 2)
        handle.write(b"\xa5" * 8192)
    marker_path(settings.database_file).write_text("open")  # as after a crash
    window = MainWindow(tmp_path)
    qtbot.addWidget(window)
    run = Session(qapp, window, settings)
    prompts_log.confirm_answer = True
    assert run.open_store()
    assert "failed its integrity_check" in prompts_log.texts("confirm")[0]
    assert window.desk.partners.count() == 400
    # The backup was chosen over the damaged data: no "every saved change is here".
    assert window.banner.line("uncleanShutdown") is None
    run.close()


def test_commitments_import_through_the_menu(
    session: Any, prompts_log, monkeypatch, tmp_path: Path
) -> None:
    from collabdesk.services.collaborations import CollaborationDraft

    window = session.window
    window.desk.collaborations.create(CollaborationDraft(title="Ночь в библиотеке"))
    source = tmp_path / "c.csv"
    source.write_text(
        "Проект;Направление;Описание;Срок\nНочь в библиотеке;library;Афиша;31.12.2026\n"
        "Ночь в библиотеке;partner;Кофе;12/31/2026\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(data_menu, "choose_open_file", lambda *a: source)
    seen: list[str] = []

    def accept(dialog: ImportDialog) -> bool:
        dialog.wait_for_plan()
        seen.append(dialog.summary.text())
        seen.append(dialog.problems.toPlainText())
        shot(dialog, "import-commitments")
        dialog.run_import()
        return dialog.imported > 0

    monkeypatch.setattr(data_menu, "run_import_dialog", accept)
    window.data_menu.import_commitments_action.trigger()
    assert "Will import 1" in seen[0] and "Row 3 rejected" in seen[1] and "31.12.2026" in seen[1]
    assert [c.description for c in window.desk.commitments.for_collaboration(1)] == ["Афиша"]
    target = tmp_path / "c.xlsx"
    monkeypatch.setattr(data_menu, "choose_save_file", lambda *a: target)
    window.data_menu.export_commitments_action.trigger()
    assert "1 record written" in prompts_log.texts("info")[-1] and target.exists()


def test_contact_conflict_uses_the_same_dialog(qtbot, desk: Desk, prompts_log) -> None:
    from PySide6.QtWidgets import QLineEdit

    from collabdesk.services.contacts import ContactDraft
    from collabdesk.ui.partners.contact_form import ContactForm

    partner = desk.partners.create(PartnerDraft(name="Кластер"))
    contact = desk.contacts.add(partner.id, ContactDraft(name="Мария"))
    form = ContactForm(desk.contacts, partner.id, contact)
    qtbot.addWidget(form)
    form.show()
    desk.contacts.update(contact.id, ContactDraft(name="Мария", role="директор"), 1)
    form.findChild(QLineEdit, "contactPhoneEdit").setText("+7 495 000-00-00")
    prompts_log.choose_answer = "reload"
    form.save_button.click()
    assert prompts_log.kinds() == ["conflict"]
    mine, theirs = prompts_log.texts("conflict")[0].split("\n---\n")
    assert "Phone: +7 495 000-00-00" in mine and "Role: директор" in theirs
    assert form.findChild(QLineEdit, "contactRoleEdit").text() == "директор"
    form.findChild(QLineEdit, "contactPhoneEdit").setText("+7 495 000-00-01")
    form.save_button.click()  # based on their version now: saved
    assert form.result() == 1
    (stored,) = desk.contacts.for_partner(partner.id)
    assert (stored.role, stored.phone) == ("директор", "+7 495 000-00-01")


def test_second_window_on_the_same_data_is_refused_by_name(
    qapp, qtbot, tmp_path: Path, prompts_log, monkeypatch
) -> None:
    import os

    settings = resolve(str(tmp_path / "data"))
    settings.data_dir.mkdir()
    first = open_database(settings.database_url, exclusive=True)
    try:
        window = MainWindow(tmp_path)
        qtbot.addWidget(window)
        run = Session(qapp, window, settings)
        monkeypatch.setattr(qapp, "exit", lambda code: None)
        assert not run.open_store()
        (text,) = prompts_log.texts("error")
        assert "already open" in text and f"process {os.getpid()}" in text
        assert window.desk is None  # nothing opened for writing
    finally:
        first.close()


def test_second_window_is_refused_before_it_shows_any_partner(
    qapp, tmp_path: Path, prompts_log, monkeypatch
) -> None:
    from collabdesk.app import run_gui
    from collabdesk.ui.shell.main_window import MainWindow as Window

    settings = resolve(str(tmp_path / "data"))
    settings.data_dir.mkdir()
    first = open_database(settings.database_url, exclusive=True)
    try:
        Desk.over(first.sessions).partners.create(PartnerDraft(name="Тайный партнёр"))
        shown: list[str] = []
        monkeypatch.setattr(Window, "show", lambda self: shown.append("shown"))
        from PySide6.QtGui import QIcon

        qapp.setWindowIcon(QIcon())
        assert run_gui(settings, ["collabdesk"]) == 1
        assert shown == []  # the refused window never appeared
        (text,) = prompts_log.texts("error")
        assert "already open" in text
        assert not qapp.windowIcon().isNull()  # the message box has the program's icon
    finally:
        first.close()


@pytest.mark.parametrize("crashed", [True, False])
def test_after_an_unclean_shutdown_the_window_says_what_happened(
    qapp, qtbot, tmp_path: Path, prompts_log, crashed: bool
) -> None:
    from collabdesk.domain.partner import Partner
    from collabdesk.ui.shell.banner import NoticeLine

    settings = resolve(str(tmp_path / "data"))
    settings.data_dir.mkdir()
    db = open_database(settings.database_url)
    with db.sessions.begin() as session:
        session.add(Partner(name="Saved before the crash"))
    db.close()
    if crashed:
        marker_path(settings.database_file).write_text("open")  # left by a killed window
    window = MainWindow(tmp_path)
    qtbot.addWidget(window)
    run = Session(qapp, window, settings)
    assert run.open_store()
    window.show()
    notice = window.banner.findChild(NoticeLine, "uncleanShutdownNotice")
    if crashed:
        # A line on the one banner, not a box in the way: the list can be used.
        assert prompts_log.calls == []
        assert notice is not None and notice.isVisible()
        assert window.banner.shown_keys() == ["uncleanShutdown"]
        assert "not closed properly" in window.banner.texts()[0]
        assert "every change that was saved is here" in notice.text.text()
        assert window.table.isEnabled()
        # Reopening the data (a restore) never shows it twice.
        run.close()
        assert run.open_store()
        assert window.banner.keys().count("uncleanShutdown") == 1
        notice = window.banner.findChild(NoticeLine, "uncleanShutdownNotice")
        assert notice is not None
        notice.dismiss_button.click()
        assert window.banner.line("uncleanShutdown") is None
        assert window.banner.isHidden()
    else:
        assert notice is None
        assert window.banner.isHidden()
    run.close()
