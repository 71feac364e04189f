"""The reputation dashboard's two reads: the partners a page at a time
(`page`) and the library's own record on a connection of its own
(`library_apart`), both by THE definition of on time, `reputation_figures`."""

from __future__ import annotations

from datetime import date, timedelta

from collabdesk.domain.enums import Direction
from collabdesk.services.collaborations import CollaborationDraft
from collabdesk.services.commitment_records import CommitmentDraft
from collabdesk.services.desk import Desk
from collabdesk.services.partners import PartnerDraft

TODAY = date(2026, 12, 6)


def seed(desk: Desk, partners: int) -> list[int]:
    ids = [desk.partners.create(PartnerDraft(name=f"Партнёр {n:02}")).id for n in range(partners)]
    collab = desk.collaborations.create(CollaborationDraft(title="Ярмарка", partner_ids=(ids[0],)))
    for n, pid in enumerate(ids):
        if n % 3 == 2:
            continue  # a partner without commitments has no row
        for direction in Direction:
            desk.commitments.add(
                collab.id,
                CommitmentDraft(
                    direction,
                    f"Обещание {n}",
                    partner_id=pid,
                    due_on=TODAY - timedelta(days=n),
                    owner="Анна",
                ),
            )
    return ids


def test_the_library_apart_is_the_boards_library(desk: Desk) -> None:
    seed(desk, 12)
    library = desk.reputation.library_apart(TODAY)
    assert library is not None
    assert library == desk.reputation.board(TODAY).library == desk.reputation.library(TODAY)
    assert library.overdue > 0 and library.due == 8


def test_pages_of_partners_are_the_boards_partners_with_their_figures(desk: Desk) -> None:
    seed(desk, 12)
    board = desk.reputation.board(TODAY)
    shown, after = [], None
    while page := desk.reputation.page(TODAY, after, limit=3):
        shown += [place.reputation for place in page]
        after = page[-1].after
    assert tuple(shown) == board.partners and len(shown) == 8


def test_an_empty_database_has_an_empty_page(desk: Desk) -> None:
    assert desk.reputation.page(TODAY) == ()
    library = desk.reputation.library_apart(TODAY)
    assert library is not None and not library.has_record
