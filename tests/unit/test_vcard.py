"""vCard files as phones and mail programs write them: 2.1 with
quoted-printable values (soft line breaks, CHARSET) and a card nested in a
card, next to an ordinary 3.0 card; imported end to end."""

from __future__ import annotations

from pathlib import Path

from collabdesk.services.desk import Desk
from collabdesk.services.partner_transfer import PartnerTransfer
from collabdesk.services.tabular import read_path
from collabdesk.services.vcard import read_vcards
from collabdesk.store.database import Database


def qp(text: str, charset: str = "utf-8") -> str:
    return "".join(f"={b:02X}" if b > 0x7E or b in b"=:;" else chr(b) for b in text.encode(charset))


# An Android-style 2.1 export: the NOTE is cut by a soft line break inside a
# two-byte letter, holds an unescaped comma (2.1 has no escaping), and the
# card carries its assistant as an AGENT card that is not a partner.
V21 = "\r\n".join(
    [
        "BEGIN:VCARD",
        "VERSION:2.1",
        f"N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{qp('Петров')};{qp('Иван')};;;",
        f"FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{qp('Иван Петров')}",
        f"ORG;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{qp('Кафе «Зерно»')}",
        "TEL;CELL:+7 912 345-67-89",
        "EMAIL;INTERNET:ivan@example.ru",
        "NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:" + qp("Длинная заметка, перене")[:-3] + "=",
        qp("Длинная заметка, перене")[-3:] + qp("сённая на две строки"),
        f"ADR;WORK;CHARSET=UTF-8;QUOTED-PRINTABLE:;;{qp('ул. Ленина, 1')};{qp('Томск')};;;",
        "AGENT:",
        "BEGIN:VCARD",
        "VERSION:2.1",
        "FN:Maria Assistant",
        "EMAIL;INTERNET:maria@example.ru",
        "END:VCARD",
        "END:VCARD",
        "BEGIN:VCARD",
        "VERSION:2.1",
        f"FN;CHARSET=WINDOWS-1251;ENCODING=QUOTED-PRINTABLE:{qp('Ёлка и ёжик', 'cp1251')}",
        "END:VCARD",
        "BEGIN:VCARD",
        "VERSION:3.0",
        "FN:Second Partner",
        "ORG:Second\\, Ltd;Sales",
        "EMAIL;TYPE=work:second@example.com",
        "NOTE:one\\ntwo",
        "END:VCARD",
        "",
    ]
)


def test_the_soft_break_really_splits_a_letter() -> None:
    note_lines = [line for line in V21.split("\r\n") if line.startswith("NOTE")]
    assert note_lines[0].endswith("=") and not note_lines[0].endswith("==")


def test_21_quoted_printable_and_nested_cards_are_read() -> None:
    table = read_vcards(V21, "utf-8")
    assert table.rows == (
        (
            "Кафе «Зерно»",
            "ivan@example.ru",
            "+7 912 345-67-89",
            "",
            "Томск",
            "Длинная заметка, перенесённая на две строки",
        ),
        ("Ёлка и ёжик", "", "", "", "", ""),
        ("Second, Ltd", "second@example.com", "", "", "", "one\ntwo"),
    )
    assert table.row_numbers == (1, 18, 22)  # each card's BEGIN line in the file


def test_an_unknown_charset_reads_as_utf8() -> None:
    text = f"BEGIN:VCARD\nFN;CHARSET=X-NONSENSE;QUOTED-PRINTABLE:{qp('Пётр')}\nEND:VCARD\n"
    assert read_vcards(text, "utf-8").rows[0][0] == "Пётр"


def test_such_a_file_imports_as_three_partners(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "phone.vcf"
    path.write_bytes(V21.encode("ascii"))  # 2.1 QP files are pure ASCII
    transfer = PartnerTransfer(db.sessions)
    assert transfer.apply(transfer.plan(read_path(path))) == 3
    partners = Desk.over(db.sessions).partners
    assert partners.count() == 3
    names = sorted(partners.get(i).name for i in (1, 2, 3))
    assert names == ["Second, Ltd", "Ёлка и ёжик", "Кафе «Зерно»"]
