"""Bad CSV rows are not changed silently: a row with too
few or too many fields, a NUL or bytes that are not text is left out and
listed with its row number (header = row 1), in the plan and on the command
line, which imports the other rows only with --skip-damaged. A UTF-8 file
with one bad byte stays UTF-8; a real cp1251 file stays cp1251."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from collabdesk.cli import run
from collabdesk.services.commitment_transfer import CommitmentTransfer
from collabdesk.services.partner_transfer import PartnerTransfer
from collabdesk.services.tabular import Table, decode, read_csv_bytes
from collabdesk.store.database import Database

HEADER = "Название;Город;Почта\r\n"
GOOD = "Кофейня «Зерно»;Томск;zerno@x.ru\r\nКнижный клуб;Тверь;\r\n"


def damaged(table: Table) -> list[tuple[int, str]]:
    return [(d.row, str(d.message)) for d in table.damaged]


def names(table: Table) -> list[str]:
    return [row[0] for row in table.rows]


def test_a_short_row_is_left_out_not_padded() -> None:
    table = read_csv_bytes((HEADER + "Ёлка\r\n" + GOOD).encode())
    assert names(table) == ["Кофейня «Зерно»", "Книжный клуб"]
    assert table.row_numbers == (3, 4)
    assert damaged(table) == [
        (
            2,
            "its number of fields (1) differs from the header’s (3): "
            "a separator or quotation mark missing or extra?",
        )
    ]


def test_a_long_row_is_left_out_not_cut() -> None:
    # "Кафе; бар" unquoted: the separator inside the name shifts every column.
    table = read_csv_bytes((HEADER + GOOD + "Кафе; бар;Пермь;kafe@x.ru\r\n").encode())
    assert names(table) == ["Кофейня «Зерно»", "Книжный клуб"]
    assert (
        damaged(table)[0][0] == 4
        and "its number of fields (4) differs from the header’s (3)" in damaged(table)[0][1]
    )


def test_a_row_with_a_nul_is_left_out() -> None:
    table = read_csv_bytes((HEADER + "Ёл\x00ка;Тверь;\r\n" + GOOD).encode())
    assert names(table) == ["Кофейня «Зерно»", "Книжный клуб"]
    assert damaged(table) == [(2, "it holds a NUL character (byte 0)")]


def test_one_bad_byte_in_a_utf8_file_spoils_one_row_not_the_file() -> None:
    data = (HEADER + GOOD).encode() + "Ёлка;Тве".encode() + b"\xff" + "рь;\r\n".encode()
    table = read_csv_bytes(data)
    assert table.encoding == "utf-8"
    assert names(table) == ["Кофейня «Зерно»", "Книжный клуб"]  # no cp1251 mojibake
    assert damaged(table) == [(4, "it holds bytes that are not valid UTF-8 text")]
    with_bom = b"\xef\xbb\xbf" + data
    assert read_csv_bytes(with_bom).encoding == "utf-8-sig"
    assert damaged(read_csv_bytes(with_bom)) == damaged(table)
    assert decode(data)[0].endswith("Ёлка;Тве\ufffdрь;\r\n")


def test_a_real_cp1251_file_is_still_read_as_cp1251() -> None:
    text = HEADER + GOOD + 'ООО «РОМАШКА»;Омск;"№ 5, ёлки"\r\n'
    table = read_csv_bytes(text.encode("cp1251"))
    assert table.encoding == "cp1251" and table.damaged == ()
    assert names(table) == ["Кофейня «Зерно»", "Книжный клуб", "ООО «РОМАШКА»"]
    assert table.rows[2][2] == "№ 5, ёлки"


def test_the_plans_list_damaged_rows_and_leave_them_out(db: Database) -> None:
    table = read_csv_bytes((HEADER + "Ёлка\r\n" + GOOD).encode())
    plan = PartnerTransfer(db.sessions).plan(table)
    assert [row for row, _draft in plan.to_add] == [3, 4]
    assert [(p.row, p.message) for p in plan.damaged] == [(2, table.damaged[0].message)]
    commitments = read_csv_bytes(
        "Collaboration;Direction;Description\r\nЯрмарка;library_gives\r\n".encode()
    )
    plan_c = CommitmentTransfer(db.sessions).plan(commitments)
    assert plan_c.to_add == () and [p.row for p in plan_c.damaged] == [2]


def cli(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


@pytest.mark.parametrize(
    ("bad_row", "reason"),
    [
        ("Ёлка\r\n".encode(), "its number of fields (1) differs from the header’s (3)"),
        (
            "Кафе; бар;Пермь;k@x.ru\r\n".encode(),
            "its number of fields (4) differs from the header’s (3)",
        ),
        ("Ёл\x00ка;Тверь;\r\n".encode(), "NUL character"),
        ("Ёлка;Тве".encode() + b"\xff" + "рь;\r\n".encode(), "not valid UTF-8"),
    ],
    ids=["short", "long", "nul", "bad-byte"],
)
def test_cli_stops_on_damaged_rows_unless_told_to_skip_them(
    bad_row: bytes, reason: str, tmp_path: Path
) -> None:
    data = str(tmp_path / "data")
    source = tmp_path / "partners.csv"
    source.write_bytes((HEADER + GOOD).encode() + bad_row)
    code, out, _ = cli("--data-dir", data, "partners", "import", str(source), "--dry-run")
    assert code == 0 and "Would import 2; rejected 0; duplicates skipped 0; damaged 1" in out
    assert "damaged row 4: " in out and reason in out
    assert "would stop the import" in out and "--skip-damaged" in out
    code, out, err = cli("--data-dir", data, "partners", "import", str(source))
    assert code == 1 and err.count("\n") == 1
    assert "Damaged rows in partners.csv: 1" in err and "nothing was imported" in err
    assert "damaged row 4: " in out and "Traceback" not in out + err
    assert "Partners: 0" in cli("--data-dir", data, "partners", "list")[1]
    code, out, err = cli("--data-dir", data, "partners", "import", str(source), "--skip-damaged")
    assert (code, err) == (0, "") and "Partners imported: 2." in out
    listed = cli("--data-dir", data, "partners", "list")[1]
    assert "Кофейня «Зерно»" in listed and "Книжный клуб" in listed and "Ёл" not in listed


def test_a_real_cp1251_file_imports_through_the_cli(tmp_path: Path) -> None:
    source = tmp_path / "cp1251.csv"
    source.write_bytes((HEADER + GOOD).encode("cp1251"))
    code, out, err = cli("--data-dir", str(tmp_path / "data"), "partners", "import", str(source))
    assert (code, err) == (0, "") and "cp1251" in out and "Partners imported: 2." in out


def test_commitments_cli_stops_on_damaged_rows(tmp_path: Path) -> None:
    source = tmp_path / "commitments.csv"
    source.write_text(
        "Collaboration;Direction;Description\r\nЯрмарка;library_gives\r\n", encoding="utf-8"
    )
    code, out, err = cli("--data-dir", str(tmp_path / "data"), "commitments", "import", str(source))
    assert code == 1 and "damaged row 2: its number of fields (2) differs" in out
    assert "--skip-damaged" in err and err.count("\n") == 1
