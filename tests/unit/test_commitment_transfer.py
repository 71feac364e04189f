"""Commitments in and out of files: explicit dates (never a swapped day and
month), references by title and name, bad rows, duplicates, one transaction."""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from collabdesk.cli import run
from collabdesk.domain.enums import Direction
from collabdesk.services.collaborations import CollaborationDraft
from collabdesk.services.commitment_records import CommitmentDraft
from collabdesk.services.commitment_transfer import CommitmentTransfer, parse_date
from collabdesk.services.desk import Desk
from collabdesk.services.errors import RowRefusedError
from collabdesk.services.partners import PartnerDraft
from collabdesk.services.tabular import read_csv_bytes
from collabdesk.store.database import Database, open_database, sqlite_url


def test_dates_are_read_only_in_explicit_formats() -> None:
    assert parse_date("31.12.2026", "Due") == date(2026, 12, 31)
    assert parse_date("1.2.2026", "Due") == date(2026, 2, 1)  # 1 February, day first
    assert parse_date("2026-02-01", "Due") == date(2026, 2, 1)
    for bad in ("02/01/2026", "2026/02/01", "31.02.2026", "завтра"):
        with pytest.raises(RowRefusedError, match="Due"):
            parse_date(bad, "Due")


def setup_desk(desk: Desk) -> int:
    partner = desk.partners.create(PartnerDraft(name="Кофейня «Зерно»"))
    collab = desk.collaborations.create(
        CollaborationDraft(title="Ночь в библиотеке", partner_ids=(partner.id,))
    )
    return collab.id


def test_import_commitments_with_bad_rows_and_duplicates(db: Database, desk: Desk) -> None:
    collab = setup_desk(desk)
    desk.commitments.add(
        collab, CommitmentDraft(direction=Direction.LIBRARY_GIVES, description="Логотип на афише")
    )
    text = (
        "Проект;Партнёр;Направление;Описание;Срок;Стоимость\n"
        "ночь в библиотеке;кофейня зерно;partner_gives;Кофе для гостей;01.02.2026;1 500,50\n"
        "Ночь в библиотеке;;library_gives;логотип на афише;;\n"
        "Ночь в библиотеке;;library_gives;Пост в соцсетях;02/01/2026;\n"
        "Нет такого;;library_gives;Что-то;;\n"
        "Ночь в библиотеке;Незнакомец;partner_gives;Печенье;;\n"
        "Ночь в библиотеке;;library_gives;Кофе для гостей;2026-03-01;\n"
    )
    transfer = CommitmentTransfer(db.sessions)
    plan = transfer.plan(read_csv_bytes(text.encode()))
    assert [row for row, _, _ in plan.to_add] == [2, 7]
    reasons = {p.row: p.reason for p in plan.rejected}
    assert "31.12.2026" in reasons[4] and "Нет такого" in reasons[5] and "Незнакомец" in reasons[6]
    assert [p.row for p in plan.duplicates] == [3]
    assert transfer.apply(plan) == 2
    added = desk.commitments.for_collaboration(collab)
    coffee = next(c for c in added if c.direction is Direction.PARTNER_GIVES)
    assert coffee.due_on == date(2026, 2, 1) and coffee.value == Decimal("1500.50")
    assert coffee.partner_name == "Кофейня «Зерно»"


def test_import_applies_the_trackers_rules(db: Database, desk: Desk) -> None:
    collab = setup_desk(desk)
    desk.partners.create(PartnerDraft(name="Чужая студия"))  # in no collaboration
    desk.collaborations.create(CollaborationDraft(title="Ярмарка"))
    desk.collaborations.create(CollaborationDraft(title="ярмарка"))  # a renewal keeps the title
    text = (
        "Проект;Партнёр;Направление;Описание;Статус;Срок;Выполнено;Количество;Стоимость\n"
        "Ночь в библиотеке;Чужая студия;partner_gives;Плакаты;;;;;\n"
        "Ночь в библиотеке;;library_gives;Пост;delivered;01.01.2026;01.01.2100;;\n"
        "Ночь в библиотеке;;library_gives;Интервью;waived;;;;\n"
        "Ночь в библиотеке;;library_gives;Листовки;;;;-5;\n"
        "Ночь в библиотеке;;library_gives;Баннер;;;;;-100\n"
        "Ярмарка;;library_gives;Стенд;;;;;\n"
        "Ночь в библиотеке;Кофейня «Зерно»;partner_gives;Кофе;;;;;\n"
    )
    plan = CommitmentTransfer(db.sessions).plan(read_csv_bytes(text.encode()))
    reasons = {p.row: p.reason for p in plan.rejected}
    assert "does not take part" in reasons[2]
    assert "future" in reasons[3]
    assert "waived" in reasons[4]
    assert "negative" in reasons[5] and "negative" in reasons[6]
    assert "2 collaborations are called" in reasons[7]
    assert [row for row, _, _ in plan.to_add] == [8]  # only the partner who takes part
    assert collab in {c for _, c, _ in plan.to_add}


def test_commitments_round_trip_through_csv_and_xlsx(
    db: Database, desk: Desk, tmp_path: Path
) -> None:
    collab = setup_desk(desk)
    desk.commitments.add(
        collab,
        CommitmentDraft(
            direction=Direction.PARTNER_GIVES, description="=Кофе\n200 чашек", partner_id=1,
            quantity=Decimal("200"), unit="чашка", due_on=date(2026, 12, 31), value=Decimal("9.5"),
        ),
    )  # fmt: skip
    for suffix in (".csv", ".xlsx"):
        path = tmp_path / f"c{suffix}"
        assert CommitmentTransfer(db.sessions).export(path) == 1
        other = open_database(sqlite_url(tmp_path / f"o{suffix}.sqlite3"))
        try:
            other_desk = Desk.over(other.sessions)
            setup_desk(other_desk)
            transfer = CommitmentTransfer(other.sessions)
            assert transfer.apply(transfer.plan(transfer.read(path))) == 1
            got = other_desk.commitments.for_collaboration(1)[0]
        finally:
            other.close()
        assert (got.description, got.due_on, got.quantity, got.value, got.partner_name) == (
            "=Кофе\n200 чашек", date(2026, 12, 31), Decimal("200.00"), Decimal("9.50"),
            "Кофейня «Зерно»",
        ), suffix  # fmt: skip


def test_cli_commitments_dry_run_and_import(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    db = open_database(sqlite_url(data / "collabdesk.sqlite3"))
    setup_desk(Desk.over(db.sessions))
    db.close()
    source = tmp_path / "c.csv"
    source.write_bytes(
        "Collaboration;Direction;Description;Due\r\n"
        "Ночь в библиотеке;library;Афиша;31.12.2026\r\n"
        "Ночь в библиотеке;partner;Кофе;12/31/2026\r\n".encode("cp1251")
    )
    out, err = io.StringIO(), io.StringIO()
    argv = ["--data-dir", str(data), "commitments", "import", str(source), "--dry-run"]
    assert run(argv, out, err) == 0
    assert "Would import 1; rejected 1" in out.getvalue() and "row 3" in out.getvalue()
    out = io.StringIO()
    assert run(argv[:-1], out, err) == 0 and "Commitments imported: 1." in out.getvalue()
