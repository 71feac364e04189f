"""The main window over an empty and a demo database: list, search,
filters, details, delete, the empty state and the status bar."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from collabdesk.domain.enums import PartnerKind, PartnerStatus
from collabdesk.services.collaborations import CollaborationDraft
from collabdesk.services.desk import Desk
from collabdesk.services.partners import PartnerDraft
from collabdesk.ui.partners import partner_dialogs as dialogs
from collabdesk.ui.shell.main_window import MainWindow


def names(window: MainWindow) -> list[str]:
    model = window.model
    return [model.data(model.index(row, 0)) for row in range(model.rowCount())]


def test_empty_database_shows_empty_state_then_demo_fills_list(make_window, db, qtbot) -> None:
    window = make_window(db)
    empty = window.findChild(QWidget, "emptyState")
    assert empty is not None and window.list_stack.currentWidget() is empty
    assert empty.isVisible()
    assert window.findChild(QTableView, "partnerList").isHidden()
    assert "0 partners" in window.count_label.text()

    demo_button = window.findChild(QPushButton, "loadDemoButton")
    assert demo_button.isEnabled()
    qtbot.mouseClick(demo_button, Qt.MouseButton.LeftButton)

    assert window.model.rowCount() >= 10
    assert window.list_stack.currentWidget() is window.table
    assert f"{window.model.total} partners" in window.count_label.text()


def test_window_opens_on_demo_database(make_window, demo_db) -> None:
    window = make_window(demo_db)
    assert window.list_stack.currentWidget() is window.findChild(QTableView, "partnerList")
    assert window.model.rowCount() == window.model.total >= 10
    assert window.findChild(QWidget, "partnerDetails") is window.details
    assert window.findChild(QLineEdit, "partnerSearch").placeholderText() == "Search partners…"
    listed = names(window)
    assert listed == sorted(listed, key=str.casefold)


def test_search_is_cyrillic_case_insensitive(make_window, db, add_partners) -> None:
    add_partners(["Иванов и партнёры", "Петров", "Сидорова"])
    window = make_window(db)
    search = window.findChild(QLineEdit, "partnerSearch")
    for letter in "иванов":  # typed one letter at a time, each one searches
        search.insert(letter)
    assert names(window) == ["Иванов и партнёры"]
    search.setText("ИВАНОВ")
    assert names(window) == ["Иванов и партнёры"]
    search.setText("партнеры")  # е finds ё
    assert names(window) == ["Иванов и партнёры"]
    search.clear()
    assert len(names(window)) == 3


def test_search_without_result_says_so(make_window, db, add_partners, qtbot) -> None:
    add_partners(["Иванов"])
    window = make_window(db)
    qtbot.keyClicks(window.search, "zzzz")
    no_match = window.findChild(QLabel, "noMatches")
    assert window.list_stack.currentWidget() is no_match
    assert "No partner matches" in no_match.text() and "zzzz" in no_match.text()
    assert "0 partners" in window.count_label.text()


def test_kind_and_status_filters(make_window, db, add_partners) -> None:
    add_partners(["Alpha Artist"], kind=PartnerKind.ARTIST, status=PartnerStatus.ACTIVE)
    add_partners(["Beta Media"], kind=PartnerKind.MEDIA, status=PartnerStatus.PROSPECT)
    add_partners(["Gamma Media"], kind=PartnerKind.MEDIA, status=PartnerStatus.ACTIVE)
    window = make_window(db)
    kind = window.findChild(QComboBox, "kindFilter")
    status = window.findChild(QComboBox, "statusFilter")

    kind.setCurrentIndex(kind.findData(PartnerKind.MEDIA))
    assert names(window) == ["Beta Media", "Gamma Media"]
    assert window.model.data(window.model.index(0, 1)) == "Media"
    status.setCurrentIndex(status.findData(PartnerStatus.ACTIVE))
    assert names(window) == ["Gamma Media"]
    kind.setCurrentIndex(0)
    assert names(window) == ["Alpha Artist", "Gamma Media"]
    status.setCurrentIndex(status.findData(PartnerStatus.DECLINED))
    assert window.list_stack.currentWidget() is window.no_match
    assert "filters" in window.no_match.text()


def test_status_bar_counts(make_window, db, add_partners) -> None:
    add_partners([f"Partner {i:03}" for i in range(12)])
    window = make_window(db)
    assert window.count_label.text() == "12 partners"
    window.search.setText("Partner 011")
    assert window.count_label.text() == "1 partner"


def test_selection_shows_details_as_plain_text(make_window, db, desk: Desk) -> None:
    record = desk.partners.create(
        PartnerDraft(name="<b>bold</b> 🎉", city="<i>Казань</i>", tags=("a", "b"))
    )
    window = make_window(db)
    assert window.select_partner(record.id)
    name_label = window.details.findChild(QLabel, "detailName")
    assert name_label.text() == "<b>bold</b> 🎉"
    assert name_label.textFormat() == Qt.TextFormat.PlainText
    for label in window.details.findChildren(QLabel):
        if label.objectName().startswith("detail"):
            assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()
    assert window.details.values["city"].text() == "<i>Казань</i>"
    assert window.details.values["tags"].text() == "a, b"
    assert window.edit_action.isEnabled() and window.delete_action.isEnabled()


def test_delete_asks_first(make_window, db, desk: Desk, prompts_log) -> None:
    record = desk.partners.create(PartnerDraft(name="Удаляемый"))
    window = make_window(db)
    window.select_partner(record.id)

    prompts_log.confirm_answer = False
    window.delete_action.trigger()
    assert prompts_log.kinds() == ["confirm"]
    assert "Удаляемый" in prompts_log.texts("confirm")[0]
    assert desk.partners.count() == 1

    prompts_log.confirm_answer = True
    window.delete_action.trigger()
    assert desk.partners.count() == 0
    assert window.list_stack.currentWidget() is window.empty_state


def test_delete_key_in_list_deletes(make_window, db, desk: Desk, prompts_log, qtbot) -> None:
    record = desk.partners.create(PartnerDraft(name="Key"))
    window = make_window(db)
    window.select_partner(record.id)
    prompts_log.confirm_answer = True
    with qtbot.waitActive(window):
        window.activateWindow()
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    assert desk.partners.count() == 0


def test_partner_in_collaboration_is_not_deleted(make_window, db, desk: Desk, prompts_log) -> None:
    record = desk.partners.create(PartnerDraft(name="Арт-кластер"))
    desk.collaborations.create(CollaborationDraft(title="Планетарий", partner_ids=(record.id,)))
    window = make_window(db)
    window.select_partner(record.id)
    collabs = window.details.collaboration_list
    assert collabs.topLevelItemCount() == 1
    assert collabs.topLevelItem(0).text(0) == "Планетарий"

    prompts_log.confirm_answer = True
    window.delete_action.trigger()
    assert prompts_log.kinds() == ["error"]  # refused before asking, never after
    assert "Планетарий" in prompts_log.texts("error")[0]
    assert desk.partners.count() == 1
    assert window.selected_partner_id() == record.id


def test_new_partner_action_saves_and_selects(
    make_window, db, desk: Desk, monkeypatch, qtbot
) -> None:
    window = make_window(db)

    def fake_dialog(_parent: Any, partners: Any, record: Any) -> Any:
        assert record is None
        return partners.create(PartnerDraft(name="Новый партнёр"))

    monkeypatch.setattr(dialogs, "edit_partner", fake_dialog)
    window.new_action.trigger()
    assert names(window) == ["Новый партнёр"]
    assert window.details.record is not None and window.details.record.name == "Новый партнёр"
    assert window.new_action.shortcut().toString() == "Ctrl+N"


def test_edit_refreshes_list_and_details(make_window, db, desk: Desk, monkeypatch) -> None:
    record = desk.partners.create(PartnerDraft(name="Old name"))
    window = make_window(db)
    window.select_partner(record.id)

    def fake_dialog(_parent: Any, partners: Any, current: Any) -> Any:
        return partners.update(current.id, PartnerDraft(name="New name"), current.version_id)

    monkeypatch.setattr(dialogs, "edit_partner", fake_dialog)
    window.edit_action.trigger()
    assert names(window) == ["New name"]
    assert window.details.name_label.text() == "New name"
    assert window.selected_partner_id() == record.id


def test_ctrl_f_focuses_search(make_window, db, qtbot) -> None:
    window = make_window(db)
    window.activateWindow()
    window.table.setFocus()
    assert window.find_action.shortcut().toString() == "Ctrl+F"
    window.find_action.trigger()
    qtbot.waitUntil(window.search.hasFocus, timeout=1000)


def test_about_shows_version_and_data_folder(make_window, db, prompts_log, tmp_path) -> None:
    import collabdesk

    window = make_window(db)
    window.about_action.trigger()
    text = prompts_log.texts("info")[0]
    assert collabdesk.__version__ in text and str(tmp_path) in text


def test_geometry_is_remembered(make_window, db) -> None:
    window = make_window(db)
    # With the commitments dock and every section the window still fits the
    # working area of a 1366x768 laptop (about 1366x700 after the task bar).
    window.show()
    QApplication.processEvents()
    smallest = window.minimumSize().expandedTo(window.minimumSizeHint())
    assert smallest.width() <= 1000 and smallest.height() <= 660
    size = (smallest.width() + 60, smallest.height() + 40)
    window.resize(*size)
    window.close()
    assert QSettings().value("mainWindow/geometry") is not None
    again = make_window(db)
    assert (again.width(), again.height()) == size


def test_menus_exist(make_window, db) -> None:
    window = make_window(db)
    titles = [action.text() for action in window.menuBar().actions()]
    # Sections add their own menus between View and Help.
    assert titles[:3] == ["&File", "&Edit", "&View"]
    assert titles[-1] == "&Help"
    assert "&Collaborations" in titles
    assert window.quit_action.shortcut().toString() == "Ctrl+Q"


def test_window_without_desk_is_read_only(qtbot, db, add_partners, tmp_path) -> None:
    from collabdesk.services.partner_directory import PartnerDirectory

    add_partners(["Read only"])
    window = MainWindow(tmp_path)
    qtbot.addWidget(window)
    assert window.list_stack.currentWidget() is window.loading
    directory = PartnerDirectory.for_sqlite_file(db.sqlite_path)
    try:
        window.attach_directory(directory)
        assert names(window) == ["Read only"]
        window.select_row(0)
        assert not window.new_action.isEnabled()
        assert not window.edit_action.isEnabled()
        assert not window.delete_action.isEnabled()
    finally:
        directory.close()


class HugeDirectory:
    """A directory answering like one with a million partners."""

    def first_page(self, query: Any, limit: int) -> Any:
        from collabdesk.services.partner_directory import PartnerPage, PartnerRow

        rows = tuple(
            PartnerRow(i, f"P{i}", PartnerKind.OTHER, PartnerStatus.ACTIVE, "", "", "")
            for i in range(limit)
        )
        return PartnerPage(rows, total=10_000, total_exact=False, alphabetical=False)

    def page(self, query: Any, offset: int, limit: int, *, alphabetical: bool = True) -> Any:
        return list(self.first_page(query, limit).rows)

    def count(self, query: Any, cap: int | None = None) -> int:
        return 10_000


def test_status_bar_for_huge_result(qtbot, tmp_path) -> None:
    window = MainWindow(tmp_path)
    qtbot.addWidget(window)
    window.attach_directory(HugeDirectory())  # type: ignore[arg-type]
    text = window.count_label.text()
    assert "+ partners" in text and "10" in text
    assert "newest first" in text and "type more" in text
    assert window.model.canFetchMore(window.model.index(-1, -1))


def test_delete_key_in_search_box_edits_text(make_window, db, desk: Desk, prompts_log, qtbot):
    record = desk.partners.create(PartnerDraft(name="Keep me"))
    window = make_window(db)
    window.select_partner(record.id)
    prompts_log.confirm_answer = True
    with qtbot.waitActive(window):
        window.activateWindow()
    window.search.setFocus()
    qtbot.keyClick(window.search, Qt.Key.Key_Delete)
    assert prompts_log.calls == []
    assert desk.partners.count() == 1


def test_a_very_long_name_is_shortened_in_the_heading_only(make_window, db, desk: Desk) -> None:
    name = "Очень-длинное-название-организации-без-пробелов" * 4  # 188 characters
    record = desk.partners.create(PartnerDraft(name=name))
    window = make_window(db)
    assert window.select_partner(record.id)
    heading = window.details.name_label
    assert heading.text().endswith("…") and len(heading.text()) == 81
    assert heading.toolTip() == name  # the whole name is one hover away
    assert desk.partners.get(record.id).name == name  # nothing was cut in the data


def test_menus_are_typed_and_features_add_to_them(make_window, db) -> None:
    window = make_window(db)
    menus = window.menus
    bar = [action.menu() for action in window.menuBar().actions()]
    assert bar == [menus.file, menus.edit, menus.view, menus.collaborations, menus.help]
    view = [a.objectName() for a in menus.view.actions()]
    assert "findAction" in view and "commitmentsAction" in view  # the tracker section
    assert "newCollaborationAction" in [a.objectName() for a in menus.collaborations.actions()]
    assert "undoAction" in [a.objectName() for a in menus.edit.actions()]
    erasure_log = window.findChild(QAction, "erasureLogAction")  # issue 19
    assert menus.help.actions() == [window.guide_action, erasure_log, window.about_action]
    assert menus.file.actions()[-1] is window.quit_action


def test_sections_come_from_the_one_list(make_window, db) -> None:
    from collabdesk.ui.shell.sections import SECTIONS

    window = make_window(db)
    names = [s.name for s in SECTIONS]
    assert names == [
        "dashboard",
        "collaborations",
        "commitments",
        "tasks",
        "statistics",
        "settings",
        "partner branches",
    ]
    tabs = [window.sections.widget(i) for i in range(window.sections.count())]
    assert tabs[0] is window.splitter  # the partner list stays the first screen
    assert tabs[1:6] == [
        window.dashboard,  # the Overview, one click away
        window.collaborations,
        window.commitments,
        window.tasks,
        window.statistics,
    ]
    assert tabs[-1].objectName() == "trashView"  # installed with the services


def test_an_import_of_commitments_refreshes_the_tracker(qapp, qtbot, monkeypatch, tmp_path) -> None:
    """The import writes through the change log; the tracker follows the
    window's change channel (it used to miss imported commitments)."""
    from collabdesk.config import resolve
    from collabdesk.ui.shell import data_menu
    from collabdesk.ui.shell.session import Session

    window = MainWindow(tmp_path)
    qtbot.addWidget(window)
    run = Session(qapp, window, resolve(str(tmp_path / "data")))
    data_menu.install_data_menu(window, run)
    assert run.open_store()
    try:
        assert window.desk is not None
        window.desk.collaborations.create(CollaborationDraft(title="Ночь в библиотеке"))
        tracker = window.commitments.tracker
        assert tracker.model.total == 0
        source = tmp_path / "c.csv"
        source.write_text(
            "Проект;Направление;Описание;Срок\nНочь в библиотеке;library;Афиша;31.12.2026\n",
            encoding="utf-8",
        )
        monkeypatch.setattr(data_menu, "choose_open_file", lambda *a: source)

        def accept(dialog: Any) -> bool:
            dialog.run_import()
            return bool(dialog.imported)

        monkeypatch.setattr(data_menu, "run_import_dialog", accept)
        window.data_menu.import_commitments_action.trigger()
        assert tracker.model.total == 1
    finally:
        run.close()


def test_demo_data_from_the_menu_fills_every_view(make_window, db, prompts_log) -> None:
    window = make_window(db)
    window.show_section(window.collaborations)
    window.demo_action.trigger()
    assert prompts_log.calls == []
    assert window.model.total > 0
    assert window.collaborations.model.rowCount() > 0  # the shown section followed
    assert window.commitments.tracker.model.total > 0
    assert "Demo data loaded" in window.statusBar().currentMessage()
