"""Empty lists in the partner details say what to do next."""

from __future__ import annotations

from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from collabdesk.ui.widgets.empty_hint import EmptyHint, set_empty_hint


def test_hint_shows_only_while_the_list_is_empty(qtbot) -> None:
    view = QTreeWidget(objectName="things")
    qtbot.addWidget(view)
    hint = set_empty_hint(view, "Nothing here yet. Press Add….")
    view.show()
    assert hint.is_showing()
    view.grab()  # paints with the hint without error
    view.addTopLevelItem(QTreeWidgetItem(["one"]))
    assert not hint.is_showing()


def test_partner_without_contacts_shows_the_hint(make_window, db, add_partners) -> None:
    add_partners(["Кофейня «Берёзовый лист»"])
    window = make_window(db)
    window.select_row(0)
    details = window.details
    hint = details.findChild(EmptyHint, "contactListEmptyHint")
    assert hint is not None and hint.is_showing()
    assert "Add…" in hint.text
