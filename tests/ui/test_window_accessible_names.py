"""Every interactive control of the main window, in every section and every
tab inside a section, over demo data with a record chosen, has a name a
screen reader can say (asked through QAccessible, as a screen reader asks)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QAbstractItemView, QApplication, QTabWidget, QWidget

from collabdesk.store.database import Database
from tests.ui.accessible_names import accessible_name, unnamed_controls


def _choose_first_records(page: QWidget) -> None:
    """A chosen record fills the details panes (contacts, proofs, reputation)."""
    for view in page.findChildren(QAbstractItemView):
        model = view.model()
        if view.isVisible() and model is not None and model.rowCount() > 0:
            view.setCurrentIndex(model.index(0, 0))
    QApplication.processEvents()


def _every_tab(page: QWidget) -> list[str]:
    """Shows each tab of each tab widget in `page` (the board, a partner's
    contacts…) and returns what is unnamed on any of them."""
    missing = unnamed_controls(page)
    for tabs in page.findChildren(QTabWidget):
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            _choose_first_records(tabs.widget(index))
            missing += unnamed_controls(page)
    return sorted(set(missing))


def test_no_control_in_any_section_is_without_a_name(
    qtbot: Any, make_window: Any, demo_db: Database
) -> None:
    window = make_window(demo_db)
    sections = window.findChild(QTabWidget, "sections")
    assert sections is not None and sections.count() >= 4
    missing: dict[str, list[str]] = {}
    for index in range(sections.count()):
        sections.setCurrentIndex(index)
        page = sections.widget(index)
        _choose_first_records(page)
        unnamed = _every_tab(page)
        if unnamed:
            missing[sections.tabText(index)] = unnamed
    assert missing == {}
    assert unnamed_controls(window) == []  # docks, the banner, the tab bar itself


def test_the_lists_the_review_found_unnamed_say_what_they_list(
    qtbot: Any, make_window: Any, demo_db: Database
) -> None:
    window = make_window(demo_db)
    names = {
        widget.objectName(): accessible_name(widget)
        for widget in window.findChildren(QWidget)
        if widget.objectName()
        in {"partnerSearch", "partnerList", "commitmentSearch", "commitmentTable"}
    }
    assert names["partnerSearch"] == "Search partners"
    assert names["partnerList"] == "Partners"
    assert names["commitmentSearch"] == "Search commitments"
    assert names["commitmentTable"]
