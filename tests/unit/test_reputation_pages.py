"""The reputation dashboard's two reads: the first partners at once
(`page`) and the whole on a connection of its own (`board_apart`), both by
THE definition of on time, `reputation_figures`."""

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


def test_the_whole_apart_is_the_board(desk: Desk) -> None:
    seed(desk, 12)
    whole = desk.reputation.board_apart(TODAY)
    assert whole is not None
    assert whole == desk.reputation.board(TODAY)
    assert whole.library.overdue > 0 and len(whole.partners) == 8


def test_the_first_page_is_the_first_partners_of_the_board_with_their_figures(
    desk: Desk,
) -> None:
    seed(desk, 12)
    board = desk.reputation.board(TODAY)
    page = desk.reputation.page(TODAY, limit=5)
    assert page == board.partners[:5]
    assert desk.reputation.page(TODAY, limit=100) == board.partners


def test_an_empty_database_has_an_empty_page(desk: Desk) -> None:
    assert desk.reputation.page(TODAY) == ()
    whole = desk.reputation.board_apart(TODAY)
    assert whole is not None and whole.partners == () and not whole.library.has_record
