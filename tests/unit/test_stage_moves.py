"""The stage rule a move obeys (completed only when every promise is
settled), the reason kept in the partners' logs, and a delivery with several
proofs or a note alone (services, without Qt)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from collabdesk.domain.enums import CommitmentStatus, Direction, InteractionKind, Stage
from collabdesk.services.collaborations import CollaborationDraft
from collabdesk.services.commitment_records import CommitmentDraft
from collabdesk.services.desk import Desk
from collabdesk.services.errors import ValidationError
from collabdesk.services.partners import PartnerDraft
from collabdesk.services.proofs import ProofInput
from collabdesk.services.stages import stage_move_problem
from collabdesk.store.database import Database

TODAY = date(2027, 3, 15)


@pytest.fixture
def filed(db: Database, tmp_path: Path) -> Desk:
    return Desk.over(db.sessions, data_dir=tmp_path / "data")


def _collaboration(desk: Desk, partners: int = 1) -> tuple[int, list[int]]:
    pids = [desk.partners.create(PartnerDraft(name=f"Партнёр {i}")).id for i in range(partners)]
    cid = desk.collaborations.create(
        CollaborationDraft(title="Неделя театра", partner_ids=tuple(pids))
    ).id
    return cid, pids


def test_completed_is_refused_while_a_promise_is_open(filed: Desk) -> None:
    cid, pids = _collaboration(filed)
    item = filed.commitments.add(
        cid, CommitmentDraft(Direction.LIBRARY_GIVES, "Пять постов", partner_id=pids[0])
    )
    with pytest.raises(ValidationError) as refused:
        filed.collaborations.move(cid, Stage.COMPLETED)
    assert "“Неделя театра” cannot be completed" in str(refused.value)
    assert filed.collaborations.get(cid).stage is Stage.IDEA  # nothing moved
    filed.commitments.miss(item.id)  # settled: missed counts as settled
    assert filed.collaborations.move(cid, Stage.COMPLETED).stage is Stage.COMPLETED


def test_the_rule_alone() -> None:
    assert stage_move_problem("T", Stage.COMPLETED, 2) is not None
    assert stage_move_problem("T", Stage.COMPLETED, 0) is None
    assert stage_move_problem("T", Stage.DECLINED, 5) is None  # declining is always possible


def test_a_reason_is_kept_in_each_partners_log(filed: Desk) -> None:
    cid, pids = _collaboration(filed, partners=2)
    filed.collaborations.move(cid, Stage.DECLINED, "  Бюджет урезан  ", today=TODAY)
    for pid in pids:
        [note] = filed.interactions.for_partner(pid)
        assert note.kind is InteractionKind.OTHER
        assert note.occurred_on == TODAY
        assert note.summary == "Неделя театра: idea → declined. Бюджет урезан"


def test_a_reason_without_partners_is_kept_on_the_collaboration(filed: Desk) -> None:
    cid = filed.collaborations.create(CollaborationDraft(title="Одна идея")).id
    with pytest.raises(ValidationError):  # on hold says why
        filed.collaborations.move(cid, Stage.ON_HOLD)
    assert filed.collaborations.get(cid).stage is Stage.IDEA
    record = filed.collaborations.move(cid, Stage.ON_HOLD, "позже")
    assert (record.stage, record.stage_reason) == (Stage.ON_HOLD, "позже")


def _promise(desk: Desk) -> int:
    cid, pids = _collaboration(desk)
    return desk.commitments.add(
        cid, CommitmentDraft(Direction.LIBRARY_GIVES, "Логотип на сайте", partner_id=pids[0])
    ).id


def test_deliver_all_keeps_several_proofs(filed: Desk, tmp_path: Path) -> None:
    cid = _promise(filed)
    files = [tmp_path / "a.png", tmp_path / "b.pdf"]
    for f in files:
        f.write_bytes(b"proof")
    proofs = [ProofInput(file=files[0], note="скрин"), ProofInput(file=files[1])]
    proofs.append(ProofInput(url="example.org/post"))
    record = filed.proofs.deliver_all(cid, TODAY, proofs, today=TODAY)
    assert record.status is CommitmentStatus.DELIVERED
    kept = filed.proofs.for_commitment(cid)
    assert [p.original_name for p in kept] == ["a.png", "b.pdf", ""]
    assert kept[0].note == "скрин" and kept[2].url == "https://example.org/post"
    assert all(filed.proofs.file_of(p).read_bytes() == b"proof" for p in kept[:2])


def test_deliver_all_with_a_note_alone_records_a_delivery_without_proof(filed: Desk) -> None:
    cid = _promise(filed)
    record = filed.proofs.deliver_all(cid, TODAY, [], note="Вручили лично", today=TODAY)
    assert record.status is CommitmentStatus.DELIVERED
    assert record.proof_note == "Вручили лично"
    assert filed.proofs.for_commitment(cid) == []


def test_deliver_all_keeps_nothing_when_one_file_is_missing(filed: Desk, tmp_path: Path) -> None:
    cid = _promise(filed)
    good = tmp_path / "a.png"
    good.write_bytes(b"proof")
    with pytest.raises(ValidationError):
        filed.proofs.deliver_all(
            cid, TODAY, [ProofInput(file=good), ProofInput(file=tmp_path / "gone.png")], today=TODAY
        )
    assert filed.commitments.get(cid).status is CommitmentStatus.PLANNED
    folder = filed.proofs.folder
    assert folder is None or not folder.exists() or not any(folder.iterdir())


def test_keep_logo_stores_bytes_read_before_and_refuses_a_non_picture(desk: Desk) -> None:
    from collabdesk.services.library import Logo

    kept = desk.library.keep_logo(Logo(b"\x89PNG\r\n\x1a\n1234", "logo.png"), "/media/usb/logo.png")
    assert kept is not None
    assert desk.library.logo() == Logo(b"\x89PNG\r\n\x1a\n1234", "logo.png")
    assert desk.library.profile().logo_path == "/media/usb/logo.png"
    with pytest.raises(ValidationError):
        desk.library.keep_logo(Logo(b"GIF89a", "logo.gif"))
    assert desk.library.logo() is not None  # the refused one changed nothing
    desk.library.keep_logo(None)
    assert desk.library.logo() is None and desk.library.profile().logo_path == ""
