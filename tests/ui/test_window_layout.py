"""The window's frame: the one banner, the Commitments section at 1366×768,
where typing goes, and commits of another process showing up."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtWidgets import QLabel, QWidget

from collabdesk.domain.enums import Direction
from collabdesk.services.commitment_records import CommitmentDraft
from collabdesk.services.desk import Desk
from collabdesk.store.database import open_database, sqlite_url
from collabdesk.ui.commitments.commitments_section import ReminderBanner
from collabdesk.ui.shell.banner import Banner
from collabdesk.ui.shell.main_window import MainWindow
from collabdesk.ui.shell.outside_changes import OutsideChanges


def test_a_banner_line_is_set_replaced_and_removed_by_key(qtbot: Any) -> None:
    holder = QWidget()  # the banner sits in the window; it shows and hides itself
    qtbot.addWidget(holder)
    banner = Banner(holder)
    holder.show()
    assert banner.isHidden()  # nothing to say
    banner.set_text("a", "first")
    banner.set_text("b", "second")
    banner.set_text("a", "first again")  # replaces, keeps its place
    assert banner.keys() == ["a", "b"] and banner.texts() == ["first again", "second"]
    assert len(banner.findChildren(QLabel)) == 2  # the old line is gone at once
    banner.remove("a")
    banner.remove("missing")
    assert banner.texts() == ["second"] and banner.isVisible()
    banner.remove("b")
    assert banner.isHidden()


def test_a_held_banner_shows_only_the_kept_lines(qtbot: Any) -> None:
    holder = QWidget()  # the banner sits in the window; it shows and hides itself
    qtbot.addWidget(holder)
    banner = Banner(holder)
    holder.show()
    banner.set_text("reminders", "overdue")
    banner.set_text("meeting", "read-only", tone="meeting")
    banner.hold({"meeting"})
    banner.set_text("reminders", "overdue, newer")  # set while held: stays hidden
    assert banner.shown_keys() == ["meeting"]
    banner.remove("meeting")
    assert banner.isHidden()
    banner.hold(None)
    assert banner.texts() == ["overdue, newer"] and banner.isVisible()


def test_reminders_are_one_line_of_the_banner_however_often_the_data_reopens(
    make_window: Any, demo_db: Any
) -> None:
    window: MainWindow = make_window(demo_db)
    for _ in range(3):
        window.attach_desk(Desk.over(demo_db.sessions))  # a restore, leaving a meeting
    # The demo's renewal due has its own line (ui/collaborations/renewal_line.py).
    assert sorted(window.banner.shown_keys()) == ["reminders", "renewals"]
    assert len(window.findChildren(ReminderBanner)) == 1
    line = window.banner.line("reminders")
    assert isinstance(line, ReminderBanner)
    line.show_button.click()  # "Show in tracker": the section, filtered to what is due
    assert window.sections.currentWidget() is window.commitments
    assert window.commitments.tabs.currentWidget() is window.commitments.tracker
    line.dismiss_button.click()
    assert window.banner.shown_keys() == ["renewals"]
    window.attach_desk(Desk.over(demo_db.sessions))
    assert window.banner.shown_keys() == ["renewals"]  # dismissed stays dismissed


def test_the_tracker_shows_at_least_eight_rows_at_1366x768(
    make_window: Any, demo_db: Any, qtbot: Any
) -> None:
    window: MainWindow = make_window(demo_db)
    desk = window.desk
    assert desk is not None
    collaboration = desk.collaborations.rows()[0].id
    for number in range(12):
        desk.commitments.add(
            collaboration,
            CommitmentDraft(
                Direction.PARTNER_GIVES,
                f"Promise {number}",
                due_on=date.today() + timedelta(days=30 + number),
            ),
        )
    window.setGeometry(0, 0, 1366, 768)
    window.show_section(window.commitments)
    qtbot.wait(50)
    table = window.commitments.tracker.table
    height = table.viewport().height()
    rows = table.model().rowCount()
    visible = [
        row
        for row in range(rows)
        if table.rowViewportPosition(row) >= 0
        and table.rowViewportPosition(row) + table.rowHeight(row) <= height
    ]
    assert rows >= 12 and len(visible) >= 8, (len(visible), height)


def test_the_view_menu_brings_the_tracker(make_window: Any, db: Any) -> None:
    from PySide6.QtGui import QAction

    window: MainWindow = make_window(db)
    action = window.findChild(QAction, "commitmentsAction")
    assert action is not None and action in window.menus.view.actions()
    action.trigger()
    assert window.sections.currentWidget() is window.commitments
    assert window.sections.tabText(window.sections.currentIndex()) == "Commitments"


def test_typing_goes_to_the_partner_search_once_the_data_is_open(
    make_window: Any, demo_db: Any
) -> None:
    window: MainWindow = make_window(demo_db)
    assert window.focusWidget() is window.search
    window.kind_filter.setFocus()
    window.attach_desk(Desk.over(demo_db.sessions))  # the services load (again)
    assert window.focusWidget() is window.search


def test_a_commit_by_another_process_reaches_the_window(
    make_window: Any, demo_db: Any, qtbot: Any
) -> None:
    """Another connection (another process's, for SQLite) commits: the next
    look at data_version announces it and the list shows the new partner."""
    window: MainWindow = make_window(demo_db)
    watcher = OutsideChanges(window, lambda: demo_db)
    watcher.timer.stop()  # the test looks itself
    assert watcher.poll() is False  # the first look only notes the figure
    assert watcher.poll() is False  # nothing happened
    heard: list[Any] = []
    window.changes.changed.connect(heard.append)
    from collabdesk.services.partners import PartnerDraft

    window.desk.partners.create(PartnerDraft(name="Saved In The Window"))
    assert watcher.poll() is False  # the window's own commit is not "outside"
    heard.clear()
    other = open_database(sqlite_url(demo_db.sqlite_path))  # the command line's own engine
    try:
        Desk.over(other.sessions).partners.create(PartnerDraft(name="Beside The Window"))
    finally:
        other.close()
    assert watcher.poll() is True
    assert [c.origin for c in heard] == ["outside"] and heard[0].everything
    names = [window.model.data(window.model.index(r, 0)) for r in range(window.model.rowCount())]
    assert "Beside The Window" in names
    assert watcher.poll() is False


def test_a_command_run_right_after_the_window_opened_still_shows(
    make_window: Any, demo_db: Any, qtbot: Any
) -> None:
    """The figure to compare with is taken when the watcher starts: a commit
    in its first two seconds (before the first timed look) is not taken as
    the baseline and lost."""
    from collabdesk.services.partners import PartnerDraft

    window: MainWindow = make_window(demo_db)
    window.show()
    qtbot.waitExposed(window)
    watcher = OutsideChanges(window, lambda: demo_db)
    watcher.timer.stop()
    other = open_database(sqlite_url(demo_db.sqlite_path))
    try:
        Desk.over(other.sessions).partners.create(PartnerDraft(name="Right After The Start"))
    finally:
        other.close()
    assert watcher.poll() is True


def test_typing_goes_to_the_partner_search_after_the_welcome(
    qapp: Any, qtbot: Any, tmp_path: Any, monkeypatch: Any
) -> None:
    """A first start: the welcome dialog hands the focus back to wherever it
    was (a filter, say); the search gets it afterwards."""
    from collabdesk.config import resolve
    from collabdesk.ui.shell import welcome_dialog
    from collabdesk.ui.shell.session import Session

    window = MainWindow(tmp_path / "data")
    qtbot.addWidget(window)
    run = Session(qapp, window, resolve(str(tmp_path / "data"), None))
    welcomed: list[bool] = []

    def welcome(main: MainWindow, *_args: Any, **_kwargs: Any) -> None:
        main.kind_filter.setFocus()  # where a closing dialog may leave it
        welcomed.append(True)

    monkeypatch.setattr(welcome_dialog, "maybe_welcome", welcome)
    try:
        assert run.open_store()
        window.show()
        run.welcome()
        assert welcomed and window.focusWidget() is window.search
    finally:
        run.close()
