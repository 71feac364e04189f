"""The Collaborations list a page at a time (keyset on title, id) and the
board's first cards per stage with how many more there are."""

from __future__ import annotations

from collabdesk.domain.enums import Stage
from collabdesk.services import collaboration_pages
from collabdesk.services.collaboration_pages import ListFilter
from collabdesk.services.collaborations import CollaborationDraft
from collabdesk.services.desk import Desk
from collabdesk.services.partners import PartnerDraft
from collabdesk.services.transaction import transaction
from collabdesk.store.database import Database


def test_pages_follow_each_other_without_gaps_or_repeats(desk: Desk) -> None:
    made = [
        desk.collaborations.create(CollaborationDraft(title=f"Проект {n % 4}")).id
        for n in range(11)  # titles repeat: the id breaks the tie
    ]
    seen: list[int] = []
    after = None
    while True:
        page = desk.collaborations.page(ListFilter(), after, limit=3)
        if not page:
            break
        seen += [line.id for line in page]
        after = page[-1].after
    assert sorted(seen) == sorted(made) and len(seen) == len(set(seen))
    titles = [desk.collaborations.listed(cid).title for cid in seen]  # type: ignore[union-attr]
    assert titles == sorted(titles)
    assert desk.collaborations.count_listed(ListFilter()) == 11


def test_filters_and_one_line_outside_the_pages(desk: Desk) -> None:
    cafe = desk.partners.create(PartnerDraft(name="Кафе")).id
    office = desk.partners.create(PartnerDraft(name="Управление")).id
    ours = desk.collaborations.create(
        CollaborationDraft(title="Кофе", partner_ids=(cafe,), alternative_ids=(office,))
    ).id
    desk.collaborations.create(CollaborationDraft(title="Другое", stage=Stage.AGREED))
    by_office = ListFilter(partner_id=office)  # plan B counts for the filter
    assert [line.id for line in desk.collaborations.page(by_office)] == [ours]
    assert desk.collaborations.count_listed(ListFilter(Stage.AGREED)) == 1
    line = desk.collaborations.listed(ours)
    assert line is not None and line.partners == ("Кафе",)  # plan B is not a partner here
    assert desk.collaborations.listed(ours, ListFilter(Stage.AGREED)) is None


def test_the_board_shows_the_first_cards_of_each_stage_and_counts_the_rest(
    desk: Desk, db: Database
) -> None:
    for n in range(7):
        desk.collaborations.create(CollaborationDraft(title=f"Идея {n}"))
    desk.collaborations.create(CollaborationDraft(title="Договорились", stage=Stage.AGREED))
    with transaction(db.sessions) as session:
        stages = {s.stage: s for s in collaboration_pages.board(session, ListFilter(), per_stage=3)}
    ideas = stages[Stage.IDEA]
    assert [c.title for c in ideas.cards] == ["Идея 0", "Идея 1", "Идея 2"]
    assert (ideas.total, ideas.more) == (7, 4)
    assert stages[Stage.AGREED].more == 0 and len(stages[Stage.AGREED].cards) == 1
    assert stages[Stage.COMPLETED].total == 0
    with transaction(db.sessions) as session:
        only = collaboration_pages.board(session, ListFilter(Stage.AGREED), per_stage=3)
    assert sum(s.total for s in only) == 1
