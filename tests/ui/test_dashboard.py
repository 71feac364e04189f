"""The Overview section (home dashboard): it paints from the kept snapshot
without counting anything, says "Counting…" the first time, says what to
do in an empty library, and each bar opens the list behind it, by mouse
and by keyboard."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import QPoint, Qt
from sqlalchemy import event

from collabdesk.domain.enums import Direction, Stage
from collabdesk.services.collaborations import CollaborationDraft
from collabdesk.services.dashboard_figures import (
    DashboardFigures,
    DueQueue,
    OnTime,
    RenewalLine,
    StageCount,
    ValueLine,
)
from collabdesk.services.partners import PartnerDraft
from collabdesk.store.database import Database
from collabdesk.ui.dashboard.bar_chart import BarChart
from collabdesk.ui.dashboard.dashboard_view import DashboardView
from collabdesk.ui.shell.main_window import MainWindow

COUNTED_MS = 20_000


def known(collaborations: int = 7) -> DashboardFigures:
    today = date.today()
    return DashboardFigures(
        scope="system",
        branch_id=None,
        branch_name="",
        me="",
        today=today.isoformat(),
        computed_at=datetime.now(UTC).isoformat(),
        collaborations=collaborations,
        partners=3,
        due=(DueQueue("library", 4, 1),),
        stages=tuple(
            StageCount(
                stage.value, 5 if stage is Stage.NEGOTIATING else 1 if stage is Stage.IDEA else 0
            )
            for stage in (Stage.IDEA, Stage.NEGOTIATING, Stage.COMPLETED)
        ),
        values=(
            ValueLine(Direction.PARTNER_GIVES.value, "business", "RUB", "1500.00", 2),
            ValueLine(Direction.PARTNER_GIVES.value, "business", "EUR", "20.00", 1),
        ),
        library_on_time=OnTime(10, 9, 1),
        partners_on_time=OnTime(4, 2, 0),
    )


def click_bar(qtbot: Any, chart: BarChart, key: object) -> None:
    index = next(i for i, bar in enumerate(chart.bars) if bar.key == key)
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=chart.bar_rect(index).center())


def counted(qtbot: Any, view: DashboardView) -> None:
    qtbot.waitUntil(lambda: view.figures is not None and not view.counting, timeout=COUNTED_MS)


def test_the_overview_is_one_click_after_the_partner_list(make_window, db) -> None:
    window: MainWindow = make_window(db)
    assert window.sections.currentIndex() == 0  # the partner list stays the first screen
    assert window.sections.widget(1) is window.dashboard
    action = window.findChild(object, "dashboardAction")
    assert action is not None and action.shortcut().toString() == "Ctrl+Shift+H"
    action.trigger()
    assert window.sections.currentWidget() is window.dashboard


def test_it_paints_from_the_snapshot_without_counting(make_window, db: Database, qtbot) -> None:
    window: MainWindow = make_window(db)
    desk = window.desk
    assert desk is not None
    desk.dashboard.keep(known())
    statements: list[str] = []

    def note(_conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", note)
    try:
        window.show_section(window.dashboard)
        qtbot.wait(50)
    finally:
        event.remove(db.engine, "before_cursor_execute", note)
    view = window.dashboard
    assert not view.counting  # fresh: nothing is counted again
    assert view.stack.currentIndex() == view.FIGURES_PAGE
    assert [(b.label, b.text) for b in view.stage_chart.bars][:2] == [
        ("Idea", "1"),
        ("Negotiating", "5"),
    ]
    assert view.stage_card.headline.text() == "7"
    assert view.as_of.text().startswith("as of ")
    assert [b.label for b in view.received_chart.bars] == ["Business · EUR", "Business · RUB"] or [
        b.label for b in view.received_chart.bars
    ] == ["Business · RUB", "Business · EUR"]
    assert view.on_time_chart.bars[0].text == "90 % (9 of 10)"
    assert not any("commitment" in s for s in statements), statements  # one row, no GROUP BY


def test_first_open_says_counting_then_shows_the_figures(make_window, demo_db, qtbot) -> None:
    window: MainWindow = make_window(demo_db)
    view = window.dashboard
    window.show_section(view)
    assert view.counting
    assert view.stack.currentIndex() == view.COUNTING_PAGE
    assert view.counting_label.text() == "Counting…"
    counted(qtbot, view)
    assert view.stack.currentIndex() == view.FIGURES_PAGE
    assert view.figures is not None and view.figures.collaborations == 6
    assert window.desk is not None
    stored = window.desk.dashboard.stored(window.desk.dashboard.scope())
    assert stored is not None and stored.figures == view.figures  # kept for the next start


def test_an_empty_library_says_what_to_do_next(make_window, db, qtbot) -> None:
    window: MainWindow = make_window(db)
    view = window.dashboard
    window.show_section(view)
    counted(qtbot, view)
    assert view.stack.currentIndex() == view.EMPTY_PAGE
    assert view.add_button.isVisible() and view.demo_button.isVisible()


def test_a_stage_bar_opens_the_collaborations_at_that_stage(make_window, demo_db, qtbot) -> None:
    window: MainWindow = make_window(demo_db)
    view = window.dashboard
    window.show_section(view)
    counted(qtbot, view)
    click_bar(qtbot, view.stage_chart, Stage.NEGOTIATING)
    collaborations = window.collaborations
    assert window.sections.currentWidget() is collaborations
    assert collaborations.stage_filter.currentData() == Stage.NEGOTIATING.value
    assert collaborations.model.rowCount() == 1  # the demo's one negotiation


def test_the_bars_answer_the_keyboard(make_window, demo_db, qtbot) -> None:
    window: MainWindow = make_window(demo_db)
    view = window.dashboard
    window.show_section(view)
    counted(qtbot, view)
    chart = view.stage_chart
    chart.setFocus()
    for _ in range(2):
        qtbot.keyClick(chart, Qt.Key.Key_Down)
    qtbot.keyClick(chart, Qt.Key.Key_Return)
    assert window.collaborations.stage_filter.currentData() == chart.bars[2].key


def test_a_value_bar_opens_those_deliveries_in_the_tracker(make_window, demo_db, qtbot) -> None:
    window: MainWindow = make_window(demo_db)
    view = window.dashboard
    window.show_section(view)
    counted(qtbot, view)
    bar = view.received_chart.bars[0]
    click_bar(qtbot, view.received_chart, bar.key)
    tracker = window.commitments.tracker
    assert window.sections.currentWidget() is window.commitments
    query = tracker.current_query()
    assert query.direction is Direction.PARTNER_GIVES
    assert query.partner_kind == "business" and query.delivered_in == date.today().year
    narrowing = tracker.filters.narrowing_check
    assert narrowing.isVisible() and narrowing.isChecked()
    narrowing.setChecked(False)  # unticked: every commitment again
    assert tracker.current_query().delivered_in is None and not narrowing.isVisible()


def test_on_time_and_renewal_and_queue_bars_open_their_lists(make_window, demo_db, qtbot) -> None:
    window: MainWindow = make_window(demo_db)
    view = window.dashboard
    window.show_section(view)
    counted(qtbot, view)
    click_bar(qtbot, view.on_time_chart, Direction.LIBRARY_GIVES)
    query = window.commitments.tracker.current_query()
    assert query.direction is Direction.LIBRARY_GIVES and query.due_after is not None
    window.show_section(view)
    click_bar(qtbot, view.renewal_chart, view.renewal_chart.bars[0].key)
    assert window.collaborations.renewal_filter.isChecked()
    window.show_section(view)
    click_bar(qtbot, view.due_chart, "library")
    assert window.tasks.tabs.currentWidget() is window.tasks.week
    assert not window.tasks.week.mine_check.isChecked()


def test_a_change_counts_again_after_a_pause(make_window, demo_db, qtbot) -> None:
    window: MainWindow = make_window(demo_db)
    view = window.dashboard
    view._after_change.setInterval(10)
    window.show_section(view)
    counted(qtbot, view)
    desk = window.desk
    assert desk is not None
    partner = desk.partners.create(PartnerDraft(name="Новый партнёр")).id
    desk.collaborations.create(CollaborationDraft(title="Ещё одно", partner_ids=(partner,)))
    qtbot.waitUntil(
        lambda: view.figures is not None and view.figures.collaborations == 7, timeout=COUNTED_MS
    )


def test_an_old_snapshot_shows_at_once_and_is_counted_again(make_window, demo_db, qtbot) -> None:
    window: MainWindow = make_window(demo_db)
    desk = window.desk
    assert desk is not None
    old = replace(known(99), computed_at=datetime(2020, 1, 1, tzinfo=UTC).isoformat())
    desk.dashboard.keep(old)
    view = window.dashboard
    window.show_section(view)
    assert view.figures == old and view.counting  # painted, and counted again quietly
    assert "counting" in view.as_of.text()
    counted(qtbot, view)
    assert view.figures is not None and view.figures.collaborations == 6


def test_clicks_outside_the_bars_open_nothing(make_window, db, qtbot) -> None:
    window: MainWindow = make_window(db)
    db_desk = window.desk
    assert db_desk is not None
    db_desk.dashboard.keep(known())
    view = window.dashboard
    window.show_section(view)
    chart = view.stage_chart
    below = chart.bar_rect(len(chart.bars) - 1).bottom() + 5
    chart.resize(chart.width(), below + 20)
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=QPoint(10, below))
    assert window.sections.currentWidget() is view


def test_odd_names_are_shown_as_typed_and_cut_to_fit(make_window, db, qtbot) -> None:
    """A 10,000-character title with markup and emoji: drawn as plain text,
    shortened to its bar's width; the window keeps its size."""
    window: MainWindow = make_window(db)
    desk = window.desk
    assert desk is not None
    title = "<b>Праздник</b> 🎉 " + "очень длинное название " * 450
    figures = replace(known(), renewals=(RenewalLine(1, title, date.today().isoformat()),))
    desk.dashboard.keep(replace(figures, renewals_due=3, me="<i>Ольга</i>"))
    view = window.dashboard
    window.resize(1366, 768)
    window.show_section(view)
    assert view.renewal_chart.bars[0].label == title
    assert view.renewal_card.note.text() == "and 2 more"
    image = view.renewal_chart.grab()
    assert not image.isNull() and window.width() <= 1366
    assert view.renewal_chart.width() < 1366


def test_meeting_mode_hides_the_overview_and_counts_nothing(make_window, db, qtbot) -> None:
    from collabdesk.ui.meeting.meeting_mode import HIDDEN_SECTIONS

    assert "dashboardView" in HIDDEN_SECTIONS  # a partner across the table sees none of it
    window: MainWindow = make_window(db)
    view = window.dashboard
    window.sections.setTabVisible(window.sections.indexOf(view), False)  # as meeting mode does
    window.sections.setCurrentWidget(view)  # even brought forward by code
    assert not view.counting and view.figures is None


def test_a_branch_queue_opens_this_week_of_that_branch(make_window, db, qtbot) -> None:
    window: MainWindow = make_window(db)
    desk = window.desk
    assert desk is not None
    due = (DueQueue("branch", 2, 0, branch_id=5, branch_name="Северная"), DueQueue("library", 4, 1))
    desk.dashboard.keep(replace(known(), due=due))
    view = window.dashboard
    window.show_section(view)
    assert view.due_chart.bars[0].label == "Северная"
    click_bar(qtbot, view.due_chart, "branch")
    week = window.tasks.week
    assert window.tasks.tabs.currentWidget() is week
    assert week.query().branch_id == 5 and week.branch_check.isVisible()
    week.branch_check.setChecked(False)  # unticked: every branch again
    assert week.query().branch_id is None and not week.branch_check.isVisible()
    window.show_section(view)
    click_bar(qtbot, view.due_chart, "library")
    assert week.query().branch_id is None
