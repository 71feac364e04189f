"""Import and export of partners: every listed CSV dialect, XLSX, vCard,
bad rows, duplicates, formula injection, cancel and a full disk."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from collabdesk.cli import run
from collabdesk.services.desk import Desk
from collabdesk.services.errors import StorageFullError
from collabdesk.services.partner_transfer import ImportCancelledError, PartnerTransfer
from collabdesk.services.partners import PartnerDraft
from collabdesk.services.tabular import FileFormatError, neutralise_cell, read_csv_bytes
from collabdesk.store.database import Database, open_database, sqlite_url

ROWS = [
    ("Название", "Город", "E-mail", "Телефон", "Примечание"),
    ('ООО "Ромашка"', "Москва", "info@romashka.ru", "+7 495 123-45-67", "первая строка\nвторая"),
    ("Кафе; бар, «Ёлка»", "Санкт-Петербург", "", "8 (812) 555-00-00", "тире — и\ttab"),
    ("Studio =Art", "Тверь", "a@b.org", "", 'кавычки "внутри"'),
]


def encode(rows: list[tuple[str, ...]], encoding: str, sep: str) -> bytes:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=sep, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue().encode(encoding)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1251", "utf-16"])
@pytest.mark.parametrize("sep", [",", ";", "\t"])
def test_csv_matrix_imports_every_cell_exactly(
    encoding: str, sep: str, db: Database, desk: Desk, tmp_path: Path
) -> None:
    rows = [tuple(c.replace("—", "-") if encoding == "cp1251" else c for c in r) for r in ROWS]
    path = tmp_path / "partners.csv"
    path.write_bytes(encode(rows, encoding, sep))
    transfer = PartnerTransfer(db.sessions)
    table = transfer.read(path)
    assert table.encoding == encoding
    assert table.separator == sep
    plan = transfer.plan(table)
    assert (len(plan.to_add), plan.rejected, plan.duplicates) == (3, (), ())
    assert transfer.apply(plan) == 3
    got = {p.name: p for p in (desk.partners.get(i) for i in (1, 2, 3))}
    for name, city, email, phone, notes in rows[1:]:
        assert (got[name].city, got[name].email, got[name].phone) == (city, email, phone)
        assert got[name].notes == notes


def test_strict_utf8_then_cp1251_never_garbles_cyrillic() -> None:
    table = read_csv_bytes("Название\nЁжик\n".encode("cp1251"))
    assert (table.encoding, table.rows) == ("cp1251", (("Ёжик",),))
    table = read_csv_bytes("Название\nЁжик\n".encode())
    assert (table.encoding, table.rows) == ("utf-8", (("Ёжик",),))


def test_headers_recognised_in_english_and_russian(db: Database) -> None:
    transfer = PartnerTransfer(db.sessions)
    headers = (
        "Name;Kind;City;Email;Phone;Website;Notes",
        "Наименование;Тип;Город;Почта;Телефон;Сайт;Примечание",
    )
    for header in headers:
        table = read_csv_bytes(f"{header}\nА;media;Омск;a@b.ru;1;example.org;n\n".encode())
        plan = transfer.plan(table)
        draft = plan.to_add[0][1]
        assert (draft.kind.value, draft.city, draft.email, draft.website, draft.notes) == (
            "media", "Омск", "a@b.ru", "https://example.org", "n",
        )  # fmt: skip


def test_bad_rows_are_reported_with_number_and_reason(db: Database, desk: Desk) -> None:
    text = "Name;Email;Kind\nГод;x@y.ru;business\n;a@b.ru;\nПлохой;нет-почты;\nОк;;алиен\n" + (
        "Длинный" * 2000 + ";;\n"
    )
    plan = PartnerTransfer(db.sessions).plan(read_csv_bytes(text.encode()))
    reasons = {p.row: p.reason for p in plan.rejected}
    assert set(reasons) == {3, 4, 5, 6}
    assert "Name" in reasons[3] and "e-mail" in reasons[4] and "Kind" in reasons[5]
    assert "long" in reasons[6].lower()
    assert [n for n, _ in plan.to_add] == [2]


def test_duplicates_are_flagged_not_doubled(db: Database, desk: Desk) -> None:
    desk.partners.create(PartnerDraft(name="Ёлка", email="elka@x.ru"))
    text = "Name;Email\n  ЕЛКА ;\nДругая;ELKA@x.ru\nНовая;n@x.ru\nновая!;\nТретья;N@X.RU\n"
    plan = PartnerTransfer(db.sessions).plan(read_csv_bytes(text.encode()))
    assert [n for n, _ in plan.to_add] == [4]
    flagged = {p.row: p.reason for p in plan.duplicates}
    assert set(flagged) == {2, 3, 5, 6}
    assert "row 4" in flagged[5] and "row 4" in flagged[6]


def test_a_file_without_a_name_column_is_refused(db: Database) -> None:
    with pytest.raises(FileFormatError, match="name"):
        PartnerTransfer(db.sessions).plan(read_csv_bytes(b"City;Phone\nX;1\n"))
    with pytest.raises(FileFormatError, match="empty"):
        read_csv_bytes(b"\r\n\r\n")
    with pytest.raises(FileFormatError, match="neither UTF-8"):
        read_csv_bytes(b"Name\n\x98\x98\n")


def test_export_neutralises_formulas_but_keeps_phones() -> None:
    assert neutralise_cell("=HYPERLINK(1)") == "'=HYPERLINK(1)"
    assert neutralise_cell("@SUM(A1)") == "'@SUM(A1)"
    assert neutralise_cell("-2+3") == "'-2+3"  # arithmetic is still a formula
    assert neutralise_cell("8 (812) 555-00-00") == "8 (812) 555-00-00"
    assert neutralise_cell("+7 495 123-45-67") == "+7 495 123-45-67"
    assert neutralise_cell("-cmd|' /C calc'!A0") == "'-cmd|' /C calc'!A0"
    assert neutralise_cell("\tx") == "'\tx"


def test_csv_xlsx_vcard_round_trip(db: Database, desk: Desk, tmp_path: Path) -> None:
    desk.partners.create(
        PartnerDraft(
            name="=cmd() «Ёлка»", email="a@b.ru", phone="+7 495 123-45-67", city="Омск",
            notes="строка 1\nстрока; 2, \"3\"", website="https://example.org",
        )
    )  # fmt: skip
    source = desk.partners.get(1)
    for suffix in (".csv", ".xlsx", ".vcf"):
        path = tmp_path / f"out{suffix}"
        assert PartnerTransfer(db.sessions).export(path) == 1
        other = open_database(sqlite_url(tmp_path / f"in{suffix}.sqlite3"))
        try:
            transfer = PartnerTransfer(other.sessions)
            assert transfer.apply(transfer.plan(transfer.read(path))) == 1
            got = Desk.over(other.sessions).partners.get(1)
        finally:
            other.close()
        assert (got.name, got.email, got.phone, got.city, got.notes, got.website) == (
            source.name, source.email, source.phone, source.city, source.notes, source.website,
        ), suffix  # fmt: skip
    raw = (tmp_path / "out.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"'=cmd()" in raw and b"+7 495" in raw


def test_cancel_and_failure_leave_nothing(db: Database, desk: Desk) -> None:
    text = "Name\n" + "".join(f"Партнёр {i}\n" for i in range(1000))
    transfer = PartnerTransfer(db.sessions)
    plan = transfer.plan(read_csv_bytes(text.encode()))
    seen = []

    def cancel_halfway(done: int, total: int) -> bool:
        seen.append(done)
        return done < 500

    with pytest.raises(ImportCancelledError):
        transfer.apply(plan, cancel_halfway)
    assert seen[-1] == 500 and desk.partners.count() == 0


def test_disk_full_during_import_is_a_clean_error(tmp_path: Path) -> None:
    # SQLite only: PRAGMA max_page_count stands in for a full disk.
    db = open_database(sqlite_url(tmp_path / "full.sqlite3"))
    desk = Desk.over(db.sessions)
    desk.partners.create(PartnerDraft(name="Был до импорта"))
    with db.engine.connect() as conn:  # the pool's one connection keeps the limit
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
        conn.exec_driver_sql(f"PRAGMA max_page_count = {int(pages or 0) + 20}")
    text = "Name;Notes\n" + "".join(f"Партнёр {i};{'x' * 200}\n" for i in range(10_000))
    transfer = PartnerTransfer(db.sessions)
    plan = transfer.plan(read_csv_bytes(text.encode()))
    with pytest.raises(StorageFullError, match="Nothing was saved"):
        transfer.apply(plan)
    assert desk.partners.count() == 1
    db.close()
    print("disk full during 10,000-row import: StorageFullError, partners before = after = 1")


NAMES = st.text(
    alphabet=st.sampled_from([*"абвгдеёжзАБВЁЯabcXYZ 0123;,\t\"'=+-@«»\n\r", "😀", "ß"]),
    min_size=1,
    max_size=30,
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@pytest.mark.slow
@given(names=st.lists(NAMES, min_size=1, max_size=8), notes=NAMES)
def test_export_then_import_round_trips_any_name(
    names: list[str], notes: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    folder = tmp_path_factory.mktemp("rt")
    source = open_database(sqlite_url(folder / "a.sqlite3"))
    target = open_database(sqlite_url(folder / "b.sqlite3"))
    try:
        transfer = PartnerTransfer(source.sessions)
        plan = transfer.plan(
            read_csv_bytes(encode([("Name", "Notes"), *((n, notes) for n in names)], "utf-8", ";"))
        )
        transfer.apply(plan)
        expected = sorted((r[0], r[7]) for r in transfer.export_rows())
        transfer.export(folder / "out.csv")
        back = PartnerTransfer(target.sessions)
        back.apply(back.plan(back.read(folder / "out.csv")))
        assert sorted((r[0], r[7]) for r in back.export_rows()) == expected
    finally:
        source.close()
        target.close()


def cli(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


def test_cli_dry_run_changes_nothing_then_import_backs_up_first(tmp_path: Path) -> None:
    data = str(tmp_path / "data")
    cli("--data-dir", data, "partners", "add", "--name", "Ёлка")
    source = tmp_path / "in.csv"
    source.write_bytes("Название;Почта\r\nелка;\r\nНовый;bad\r\nДругой;d@x.ru\r\n".encode("cp1251"))
    code, out, _ = cli("--data-dir", data, "partners", "import", str(source), "--dry-run")
    assert code == 0
    assert "cp1251" in out and "Would import 1; rejected 1; duplicates skipped 1" in out
    assert "row 3: Новый" in out and "row 2: елка" in out and "nothing was changed" in out
    assert cli("--data-dir", data, "partners", "list")[1].count("\n") == 3
    code, out, _ = cli("--data-dir", data, "partners", "import", str(source))
    assert code == 0 and "Partners imported: 1." in out
    assert list((tmp_path / "data" / "backups").glob("*before_import.sqlite3"))
    code, _, err = cli("--data-dir", data, "partners", "import", str(tmp_path / "nope.csv"))
    assert code == 1 and err.count("\n") == 1 and "Cannot read" in err
    code, _, err = cli("--data-dir", data, "partners", "export", str(tmp_path / "x.pdf"))
    assert code == 1 and ".xlsx" in err


def test_xlsx_with_an_empty_first_sheet_reads_the_sheet_with_data(tmp_path: Path) -> None:
    from openpyxl import Workbook

    from collabdesk.services.tabular import read_path

    book = Workbook()
    book.active.title = "Пусто"
    data = book.create_sheet("Партнёры")
    data.append(["Название", "Город"])
    data.append(["Кофейня «Зерно»", "Томск"])
    path = tmp_path / "two-sheets.xlsx"
    book.save(path)
    table = read_path(path)
    assert list(table.headers[:2]) == ["Название", "Город"]
    assert list(table.rows[0][:2]) == ["Кофейня «Зерно»", "Томск"]
