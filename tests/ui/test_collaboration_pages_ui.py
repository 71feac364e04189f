"""The Collaborations tab pages: the list reads more rows as it scrolls,
the board shows each stage's first cards and says how many more there are,
and a selection off the pages read so far still drives the buttons."""

from __future__ import annotations

from typing import Any

from collabdesk.domain.enums import Stage
from collabdesk.services import collaboration_pages
from collabdesk.services.collaborations import CollaborationDraft
from collabdesk.services.desk import Desk
from collabdesk.ui.collaborations import collaboration_table_model


def test_pages_and_capped_board(make_window: Any, db: Any, desk: Desk, monkeypatch: Any) -> None:
    monkeypatch.setattr(collaboration_table_model, "PAGE_SIZE", 4)
    monkeypatch.setattr(collaboration_pages, "BOARD_CARDS", 3)
    ids = [
        desk.collaborations.create(CollaborationDraft(title=f"Идея {n:02}")).id for n in range(10)
    ]
    window = make_window(db)
    view = window.collaborations
    window.show_section(view)
    assert view.model.rowCount() == 4 and view.model.total == 10
    while view.model.canFetchMore():
        view.model.fetchMore()
    assert [line.id for line in view.model.lines] == ids

    view.views.setCurrentIndex(view.BOARD_TAB)
    column = view.board.columns[Stage.IDEA]
    assert view.board.shown_cards(Stage.IDEA) == ids[:3]
    assert column.item(column.count() - 1).text().startswith("and 7 more")
    assert view.board.titles[Stage.IDEA].text().endswith("(10)")

    # The last one is on no card: chosen (as from the wizard), the buttons follow it.
    view.select(ids[-1])
    assert view.current_id() == ids[-1]
    assert view.next_button.isEnabled()
    view.next_button.click()
    assert desk.collaborations.get(ids[-1]).stage is Stage.PREPARING
