"""Undo/redo of partner edit, create and delete in the window; the history
dialog with "Restore this value"; the Trash view."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt

from collabdesk.services.contacts import ContactDraft
from collabdesk.services.desk import Desk
from collabdesk.services.partners import PartnerDraft
from collabdesk.store.database import Database, open_database, sqlite_url
from collabdesk.ui.history import history_panel
from collabdesk.ui.history.history_actions import HistoryUi
from collabdesk.ui.history.history_panel import HistoryDialog
from collabdesk.ui.history.trash_view import TrashView
from collabdesk.ui.partners import partner_dialogs as dialogs
from collabdesk.ui.shell.main_window import MainWindow


def names(window: MainWindow) -> list[str]:
    model = window.model
    return [model.data(model.index(row, 0)) for row in range(model.rowCount())]


def history_ui(window: MainWindow) -> HistoryUi:
    found = window.findChild(HistoryUi, "historyUi")
    assert isinstance(found, HistoryUi)
    return found


def open_trash(window: MainWindow) -> TrashView:
    view = window.findChild(TrashView, "trashView")
    assert isinstance(view, TrashView)
    window.show_section(view)
    return view


def edit_name_to(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    def fake_dialog(_parent: Any, partners: Any, current: Any) -> Any:
        return partners.update(current.id, current.to_draft().__class__(name=name))

    monkeypatch.setattr(dialogs, "edit_partner", fake_dialog)


def test_undo_and_redo_an_edit_from_the_edit_menu(make_window, db, desk: Desk, monkeypatch) -> None:
    record = desk.partners.create(PartnerDraft(name="Кафе «Ёлка»"))
    window = make_window(db)
    ui = history_ui(window)
    ui.undo_stack.clear()  # start from this session's own edits
    window.select_partner(record.id)
    edit_name_to(monkeypatch, "Кафе «Ёж»")
    window.edit_action.trigger()
    assert names(window) == ["Кафе «Ёж»"]

    edit_menu = window.menuBar().actions()[1].menu()
    assert ui.undo_action in edit_menu.actions() and ui.redo_action in edit_menu.actions()
    assert ui.undo_action.text() == "&Undo: edit partner “Кафе «Ёж»”: name"
    assert ui.undo_action.shortcut().toString() == "Ctrl+Z"
    assert ui.redo_action.shortcut().toString() == "Ctrl+Shift+Z"
    # Window-wide, so Ctrl+Z works from the list and the details alike.
    assert ui.undo_action in window.actions() and ui.redo_action in window.actions()

    ui.undo_action.trigger()
    assert names(window) == ["Кафе «Ёлка»"]
    assert window.details.name_label.text() == "Кафе «Ёлка»"
    assert ui.redo_action.text() == "&Redo: edit partner “Кафе «Ёж»”: name"  # the same step
    assert ui.undo_action.text() == "&Undo" and not ui.undo_action.isEnabled()
    ui.redo_action.trigger()
    assert names(window) == ["Кафе «Ёж»"]
    assert desk.partners.get(record.id).name == "Кафе «Ёж»"


def test_undo_and_redo_create(make_window, db, desk: Desk, monkeypatch) -> None:
    window = make_window(db)
    ui = history_ui(window)

    def fake_dialog(_parent: Any, partners: Any, _record: Any) -> Any:
        return partners.create(PartnerDraft(name="Новый партнёр", tags=("дети",)))

    monkeypatch.setattr(dialogs, "edit_partner", fake_dialog)
    window.new_action.trigger()
    created_id = window.selected_partner_id()
    assert ui.undo_action.text() == "&Undo: create partner “Новый партнёр”"
    ui.undo_action.trigger()
    assert names(window) == []
    ui.redo_action.trigger()
    assert names(window) == ["Новый партнёр"]
    assert desk.partners.get(created_id or 0).tags == ("дети",)


def test_undo_delete_brings_partner_back_with_contacts(
    make_window, db, desk: Desk, prompts_log
) -> None:
    record = desk.partners.create(PartnerDraft(name="Типография"))
    desk.contacts.add(record.id, ContactDraft(name="Ольга"))
    window = make_window(db)
    ui = history_ui(window)
    window.select_partner(record.id)
    prompts_log.confirm_answer = True
    window.delete_action.trigger()
    assert "Trash" in prompts_log.texts("confirm")[0]
    assert names(window) == []
    assert ui.undo_action.text() == "&Undo: delete partner “Типография” and 1 contact"

    ui.undo_action.trigger()
    assert names(window) == ["Типография"]
    assert [c.name for c in desk.contacts.for_partner(record.id)] == ["Ольга"]
    assert desk.trash.items() == []
    ui.redo_action.trigger()
    assert names(window) == []
    assert len(desk.trash.items()) == 1


def test_undo_refused_when_another_computer_changed_the_record(
    make_window, db: Database, desk: Desk, monkeypatch, prompts_log
) -> None:
    record = desk.partners.create(PartnerDraft(name="Alpha"))
    window = make_window(db)
    ui = history_ui(window)
    window.select_partner(record.id)
    edit_name_to(monkeypatch, "Beta")
    window.edit_action.trigger()
    other = open_database(db.url)  # another program on the same file
    try:
        Desk.over(other.sessions).partners.update(record.id, PartnerDraft(name="Gamma"))
    finally:
        other.close()

    ui.undo_action.trigger()
    assert prompts_log.kinds() == ["error"]
    assert "changed by someone else" in prompts_log.texts("error")[0]
    assert desk.partners.get(record.id).name == "Gamma"
    assert "edit partner" not in ui.undo_action.text()  # the stale step is gone


def test_history_dialog_restores_a_value(qtbot, qtmodeltester, desk: Desk) -> None:
    record = desk.partners.create(PartnerDraft(name="<b>Alpha</b>", notes="x" * 10_000))
    desk.partners.update(record.id, PartnerDraft(name="Beta 🦔", notes="short"))
    changed: list[bool] = []
    dialog = HistoryDialog(desk.history, "partner", record.id, "Beta", lambda: changed.append(True))
    qtbot.addWidget(dialog)
    dialog.show()
    qtmodeltester.check(dialog.model)
    model = dialog.model
    rows = [[model.data(model.index(r, c)) for c in range(6)] for r in range(model.rowCount())]
    assert rows[-1][2] == "partner 1: created"
    assert rows[-1][5] == "<b>Alpha</b>"  # a created record is named by its name
    name_row = next(i for i, row in enumerate(rows) if row[3] == "name")
    assert rows[name_row][4:] == ["<b>Alpha</b>", "Beta 🦔"]
    notes_row = next(i for i, row in enumerate(rows) if row[3] == "notes")
    assert len(rows[notes_row][4]) <= 200  # a 10,000-character note is cut in the table

    dialog.view.selectRow(len(rows) - 1)
    assert not dialog.restore_button.isEnabled()  # "created" has no earlier value
    assert "Only a changed field can be put back" in dialog.restore_button.toolTip()
    dialog.view.selectRow(name_row)
    assert dialog.restore_button.isEnabled()
    assert dialog.restore_button.toolTip().startswith("Put the field back")
    dialog.grab().save("/tmp/shots/7-history-dialog.png")
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    assert desk.partners.get(record.id).name == "<b>Alpha</b>"
    assert changed == [True]
    assert dialog.model.rowCount() == len(rows) + 1  # restoring is itself recorded


def test_history_dialog_empty_state(qtbot, desk: Desk) -> None:
    dialog = HistoryDialog(desk.history, "partner", 12345, "Nobody")
    qtbot.addWidget(dialog)
    assert not dialog.empty_label.isHidden()
    assert not dialog.restore_button.isEnabled()
    assert dialog.restore_button.toolTip() == "Select a change first."


def test_partner_history_action_opens_the_history(make_window, db, desk: Desk, monkeypatch) -> None:
    record = desk.partners.create(PartnerDraft(name="Alpha"))
    window = make_window(db)
    ui = history_ui(window)
    opened: list[tuple[str, int, str]] = []
    monkeypatch.setattr(
        history_panel,
        "show_history",
        lambda _p, _h, table, rid, title, _cb=None: opened.append((table, rid, title)),
    )
    assert not ui.history_action.isEnabled()  # nothing selected yet
    window.select_partner(record.id)
    assert ui.history_action.isEnabled()
    ui.history_action.trigger()
    assert opened == [("partner", record.id, "Alpha")]


def test_trash_view_restores_and_deletes_for_good(
    make_window, db, desk: Desk, prompts_log, qtmodeltester
) -> None:
    keep = desk.partners.create(PartnerDraft(name="Keeps the highest id"))
    first = desk.partners.create(PartnerDraft(name="Кафе <b>Ёлка</b>"))
    second = desk.partners.create(PartnerDraft(name="Типография"))
    desk.partners.delete(keep.id)
    desk.partners.create(PartnerDraft(name="Newest"))
    window = make_window(db)
    view = open_trash(window)
    assert view.model.rowCount() == 1
    view.grab().save("/tmp/shots/7-trash-one.png")

    window.select_partner(first.id)
    prompts_log.confirm_answer = True
    window.delete_action.trigger()
    window.select_partner(second.id)
    window.delete_action.trigger()
    assert view.model.rowCount() == 3
    qtmodeltester.check(view.model)
    assert view.model.data(view.model.index(1, 0)) == "Кафе <b>Ёлка</b>"
    view.grab().save("/tmp/shots/7-trash.png")

    view.view.selectRow(1)
    view.restore_button.click()
    assert "Кафе <b>Ёлка</b>" in names(window)
    assert view.model.rowCount() == 2

    view.view.selectRow(0)
    prompts_log.confirm_answer = False
    view.delete_button.click()
    assert view.model.rowCount() == 2
    prompts_log.confirm_answer = True
    view.delete_button.click()
    assert view.model.rowCount() == 1

    view.view.selectRow(0)
    view.restore_button.click()
    assert view.model.rowCount() == 0
    assert "Keeps the highest id" in names(window)
    assert prompts_log.kinds().count("error") == 0


def test_trash_view_says_why_a_restore_is_refused(make_window, db, desk: Desk, prompts_log) -> None:
    gone = desk.partners.create(PartnerDraft(name="Alpha"))
    desk.partners.delete(gone.id)
    desk.partners.create(PartnerDraft(name="Takes the same id"))
    window = make_window(db)
    view = open_trash(window)
    view.restore_button.click()
    assert "reused" in prompts_log.texts("error")[0]
    assert view.model.rowCount() == 1


def test_empty_trash_says_what_it_is_for(make_window, db) -> None:
    window = make_window(db)
    view = open_trash(window)
    assert "Trash is empty" in view.note.text()
    assert view.view.isHidden()
    assert not view.purge_button.isEnabled()
    for button in (view.purge_button, view.restore_button, view.delete_button):
        assert button.toolTip() == "The Trash is empty."
    view.grab().save("/tmp/shots/7-trash-empty.png")


def test_old_trash_is_purged_at_start_after_a_backup(make_window, db: Database, desk: Desk) -> None:
    from sqlalchemy import update

    from collabdesk.domain.base import utcnow
    from collabdesk.domain.history import TrashEntry

    old = desk.partners.create(PartnerDraft(name="Old"))
    recent = desk.partners.create(PartnerDraft(name="Recent"))
    desk.partners.delete(old.id)
    desk.partners.delete(recent.id)
    with db.sessions.begin() as session:
        session.execute(
            update(TrashEntry)
            .where(TrashEntry.record_id == old.id)
            .values(created_at=utcnow() - timedelta(days=91))
        )
    window = make_window(db)
    assert [i.label for i in desk.trash.items()] == ["Recent"]
    assert db.sqlite_path is not None
    assert list((db.sqlite_path.parent / "backups").glob("before-trash-purge-*"))
    assert "1 item older than 90 days" in window.statusBar().currentMessage()


def test_reattaching_another_database_moves_undo_and_trash_to_it(
    make_window, db, desk: Desk, tmp_path, monkeypatch
) -> None:
    # After a restore or leaving meeting mode the window gets a new Desk;
    # undo and the Trash must follow it, not keep the closed database's.
    window = make_window(db)
    ui = history_ui(window)
    desk.partners.create(PartnerDraft(name="Old database"))
    assert ui.undo_action.isEnabled()

    other = open_database(sqlite_url(tmp_path / "other.sqlite3"))
    try:
        other_desk = Desk.over(other.sessions)
        gone = other_desk.partners.create(PartnerDraft(name="Only in the other one"))
        other_desk.partners.delete(gone.id)
        window.attach_desk(other_desk)
        assert history_ui(window) is ui and ui.desk is other_desk
        assert not ui.undo_action.isEnabled()  # the old database's steps are gone
        trash = open_trash(window)
        trash.reload()
        assert trash.model.rowCount() == 1  # the other database's deleted partner

        other_desk.partners.create(PartnerDraft(name="Undo me"))
        assert ui.undo_action.isEnabled()
        ui.undo_action.trigger()
        assert other_desk.partners.count() == 0
        assert desk.partners.count() == 1  # the first database was not touched
    finally:
        other.close()


def test_undo_names_the_whole_action_with_what_went_along(
    make_window, db, desk: Desk, prompts_log
) -> None:
    record = desk.partners.create(PartnerDraft(name="Кофейня Зерно & Co"))
    for name in ("Анна", "Борис", "Вера"):
        desk.contacts.add(record.id, ContactDraft(name=name))
    window = make_window(db)
    ui = history_ui(window)
    window.select_partner(record.id)
    prompts_log.confirm_answer = True
    window.delete_action.trigger()
    # "&&": a name with "&" must not turn a letter into a menu accelerator
    assert ui.undo_action.text() == "&Undo: delete partner “Кофейня Зерно && Co” and 3 contacts"
    ui.undo_action.trigger()
    assert ui.redo_action.text() == "&Redo: delete partner “Кофейня Зерно && Co” and 3 contacts"


def test_undo_labels_in_russian_use_plural_forms(qapp) -> None:
    from PySide6.QtCore import QLocale

    from collabdesk.store.history import Change, ChangeSet
    from collabdesk.ui.history.history_labels import describe
    from collabdesk.ui.shell.i18n import load_translators, locale_for

    translators = load_translators(qapp, locale_for("ru"))
    try:
        deleted = ChangeSet(
            "x",
            (
                Change("contact", 7, "delete"),
                Change("partner", 1, "delete"),
                *(Change("contact", n, "delete") for n in (8, 9)),
                *(Change("interaction", n, "delete") for n in range(5)),
            ),
        )
        names = {("partner", 1): "Кофейня Зерно"}
        text = describe(deleted, lambda table, rid: names.get((table, rid), ""))
        assert text == "удаление: партнёр «Кофейня Зерно» и 3 контакта, 5 взаимодействий"
        created = ChangeSet("y", tuple(Change("contact", n, "create") for n in range(2)))
        assert describe(created) == "создание: 2 контакта"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
    assert QLocale().language() != QLocale.Language.Russian


def test_trash_restore_says_what_came_back(make_window, db, desk: Desk, prompts_log) -> None:
    from PySide6.QtWidgets import QLabel

    record = desk.partners.create(PartnerDraft(name="Кофейня Зерно"))
    for name in ("Анна", "Борис", "Вера"):
        desk.contacts.add(record.id, ContactDraft(name=name))
    desk.partners.delete(record.id)
    window = make_window(db)
    view = open_trash(window)
    notice = view.findChild(QLabel, "trashRestoredNotice")
    assert notice.isHidden()
    view.view.selectRow(0)
    view.restore_button.click()
    assert notice.isVisible()
    assert notice.text() == "Restored: partner “Кофейня Зерно”, with 3 contacts."
    assert names(window) == ["Кофейня Зерно"]


def test_trash_and_history_controls_have_accessible_names(
    make_window, db, desk: Desk, qtbot
) -> None:
    from tests.ui.accessible_names import unnamed_controls

    record = desk.partners.create(PartnerDraft(name="Alpha"))
    desk.partners.delete(record.id)
    window = make_window(db)
    view = open_trash(window)
    assert unnamed_controls(view) == []
    dialog = HistoryDialog(desk.history, "partner", record.id, "Alpha")
    qtbot.addWidget(dialog)
    dialog.show()
    assert unnamed_controls(dialog) == []


def test_a_one_day_retention_reads_in_the_singular(make_window, db: Database, desk: Desk) -> None:
    from PySide6.QtCore import QSettings
    from sqlalchemy import update

    from collabdesk.domain.base import utcnow
    from collabdesk.domain.history import TrashEntry
    from collabdesk.ui.history.history_actions import RETENTION_SETTING

    QSettings().setValue(RETENTION_SETTING, 1)
    for name in ("Old", "Older"):
        desk.partners.delete(desk.partners.create(PartnerDraft(name=name)).id)
    with db.sessions.begin() as session:
        session.execute(update(TrashEntry).values(created_at=utcnow() - timedelta(days=3)))
    window = make_window(db)
    assert "2 items older than 1 day deleted" in window.statusBar().currentMessage()


def test_every_recorded_field_has_a_name_people_read(qapp: Any) -> None:
    """A column without a label showed as its raw English name ("wizard page")
    in the Russian history; bookkeeping columns are not recorded at all."""
    import collabdesk.domain.models  # noqa: F401 - registers every table
    from collabdesk.domain.base import Base
    from collabdesk.store.history import NOT_RECORDED, TRACKED
    from collabdesk.ui.history.history_labels import field_label
    from collabdesk.ui.shell.i18n import load_translators, locale_for

    translators = load_translators(qapp, locale_for("ru"))
    try:
        raw = [
            f"{table.name}.{column.name}"
            for table in Base.metadata.sorted_tables
            if table.name in TRACKED
            for column in table.columns
            if column.name not in NOT_RECORDED
            and not column.name.endswith("_id")
            and field_label(column.name).isascii()
        ]
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
    assert raw == []
    assert "wizard_page" in NOT_RECORDED  # "Next" in the wizard is not an undo step
