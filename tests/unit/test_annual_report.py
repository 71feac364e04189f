"""The annual report's figures on a small known system of two branches
(SQLite and PostgreSQL): which collaborations a year holds, values by
delivery date and per currency, promises kept by due date, top partners per
currency, renewals, new partners, one branch's report, and the per-branch
figures adding up to the total; then the PDF (read back with pypdf) in
Russian and English, the XLSX read back (numbers are numbers), and the
command line's refusals."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from collabdesk.cli import run
from collabdesk.domain.branch import Branch
from collabdesk.domain.collaboration import Collaboration, CollaborationPartner
from collabdesk.domain.commitment import Commitment
from collabdesk.domain.enums import (
    CommitmentStatus,
    Direction,
    PartnerKind,
    Stage,
    ValuationMethod,
)
from collabdesk.domain.library import LibraryProfile
from collabdesk.domain.partner import Partner
from collabdesk.reports.annual_pdf import build_annual_pdf
from collabdesk.reports.annual_xlsx import build_annual_xlsx
from collabdesk.services.annual_report import AnnualReport, AnnualReportService
from collabdesk.services.errors import NotFoundError, ServiceError
from collabdesk.store.database import Database, open_database, sqlite_url

TODAY = date(2026, 12, 7)
S, D, V = CommitmentStatus, Direction, ValuationMethod


def _at(day: str) -> datetime:
    return datetime.fromisoformat(day).replace(tzinfo=UTC)


def seed(db: Database) -> dict[str, int]:
    """Two branches; collaborations before, in and after 2026 (see the
    comments for which count); commitments valued in RUB and EUR."""
    ids: dict[str, int] = {}
    with db.sessions.begin() as s:
        profile = s.query(LibraryProfile).first()
        if profile is None:
            profile = LibraryProfile()
            s.add(profile)
        profile.name = "Городская библиотека"
        central = s.get(Branch, 1)
        if central is None:
            central = Branch(id=1)
            s.add(central)
        central.name = "Центральная библиотека"
        second = Branch(name="Филиал № 2", position=2)
        s.add(second)
        s.flush()
        a, b = central.id, second.id
        partners = {
            "p1": Partner(name="ООО «Ромашка»", kind=PartnerKind.BUSINESS),
            "p2": Partner(name="Анна Художница", kind=PartnerKind.ARTIST),
            "p3": Partner(name="Радио «Волна»", kind=PartnerKind.MEDIA),
            "p4": Partner(name="Фонд будущего", kind=PartnerKind.INVESTOR),
            "p5": Partner(name="Клуб «Лира»", kind=PartnerKind.OTHER),
        }
        s.add_all(partners.values())

        def collab(key: str, branch: int, stage: Stage, created: str, **kw: object) -> None:
            c = Collaboration(title=f"Проект {key}", stage=stage, branch_id=branch, **kw)
            c.created_at = _at(created)
            s.add(c)
            s.flush()
            ids[key] = c.id

        collab(
            "c0",
            a,
            Stage.COMPLETED,
            "2025-01-01",
            starts_on=date(2025, 1, 1),
            ends_on=date(2025, 12, 31),
        )  # 2025 only
        collab(
            "c1",
            a,
            Stage.COMPLETED,
            "2026-02-01",
            starts_on=date(2026, 3, 1),
            ends_on=date(2026, 6, 30),
        )  # 2026
        collab(
            "c2",
            b,
            Stage.DELIVERING,
            "2025-09-01",
            starts_on=date(2025, 10, 1),
            ends_on=date(2026, 2, 1),
        )  # 2025 and 2026
        collab(
            "c3", b, Stage.IDEA, "2026-04-10", renewed_from_id=ids["c0"]
        )  # no dates: from its entry on, runs on
        collab("c4", a, Stage.AGREED, "2027-01-10", starts_on=date(2027, 2, 1))  # 2027
        collab(
            "c5",
            a,
            Stage.DECLINED,
            "2025-10-01",
            starts_on=date(2026, 5, 1),
            stage_changed_on=date(2025, 11, 1),
        )  # declined in 2025 before its start
        for key, partner in (
            ("c0", "p3"),
            ("c1", "p1"),
            ("c2", "p2"),
            ("c2", "p3"),
            ("c3", "p5"),
            ("c4", "p4"),
            ("c5", "p4"),
        ):
            s.add(CollaborationPartner(collaboration_id=ids[key], partner_id=partners[partner].id))
        s.flush()

        def promise(
            key: str,
            side: Direction,
            partner: str | None,
            status: S,
            due: str,
            delivered: str | None = None,
            value: str | None = None,
            currency: str = "RUB",
            method: V | None = None,
        ) -> None:
            s.add(
                Commitment(
                    collaboration_id=ids[key],
                    direction=side,
                    description="обещание",
                    partner_id=partners[partner].id if partner else None,
                    status=status,
                    due_on=date.fromisoformat(due),
                    delivered_on=date.fromisoformat(delivered) if delivered else None,
                    value=Decimal(value) if value else None,
                    currency=currency,
                    valuation_method=method,
                )
            )

        pg, lg = D.PARTNER_GIVES, D.LIBRARY_GIVES
        promise("c1", pg, "p1", S.DELIVERED, "2026-04-05", "2026-04-01", "1000", method=V.QUOTE)
        promise(
            "c1",
            pg,
            "p1",
            S.DELIVERED,
            "2026-05-01",
            "2026-05-10",
            "500",
            "EUR",
            V.REPLACEMENT_COST,
        )  # late
        promise("c1", lg, None, S.DELIVERED, "2026-06-01", "2026-06-01", "300")
        promise("c1", lg, None, S.MISSED, "2026-06-10")
        promise(
            "c2",
            pg,
            "p2",
            S.DELIVERED,
            "2025-12-15",
            "2025-12-20",
            "2000",
            method=V.PARTNER_DECLARED,
        )  # delivered and due in 2025: not 2026's
        promise("c2", pg, "p3", S.DELIVERED, "2026-01-31", "2026-01-20", "700", method=V.QUOTE)
        promise("c2", lg, None, S.PLANNED, "2026-12-31")  # not due yet on TODAY
        promise("c2", lg, None, S.WAIVED, "2026-11-01")
        promise(
            "c0", pg, "p3", S.DELIVERED, "2025-12-01", "2026-02-01", "5000"
        )  # 2025's, paid 2026
        ids.update({k: p.id for k, p in partners.items()})
        ids["a"], ids["b"] = a, b
    return ids  # fmt: skip


@pytest.fixture
def seeded(db: Database) -> tuple[Database, dict[str, int]]:
    return db, seed(db)


def report_of(db: Database, year: int = 2026, branch: int | None = None) -> AnnualReport:
    return AnnualReportService(db.sessions).gather(year, branch, TODAY)


def test_a_year_holds_the_collaborations_active_during_it(
    seeded: tuple[Database, dict[str, int]],
) -> None:
    db, ids = seeded
    report = report_of(db)
    assert report.active == {ids["a"]: 1, ids["b"]: 2}
    assert report.total_stages() == {Stage.COMPLETED: 1, Stage.DELIVERING: 1, Stage.IDEA: 1}
    assert report.total_kinds() == {"business": 1, "artist": 1, "media": 1, "other": 1}
    assert report_of(db, 2025).total_active() == 3  # c0, c2 and c5 (declined in 2025)
    assert report_of(db, 2027).total_active() == 2  # c4 and the dateless idea c3


def test_values_count_by_delivery_date_per_currency_with_methods(
    seeded: tuple[Database, dict[str, int]],
) -> None:
    db, ids = seeded
    report = report_of(db)
    assert report.currencies() == ("RUB", "EUR")
    assert report.value_of(D.PARTNER_GIVES, "RUB") == Decimal("6700")  # 1000 + 700 + 5000
    assert report.value_of(D.PARTNER_GIVES, "EUR") == Decimal("500")  # never added to RUB
    assert report.value_of(D.LIBRARY_GIVES, "RUB") == Decimal("300")
    assert report.value_of(D.PARTNER_GIVES, "RUB", ids["a"]) == Decimal("6000")
    assert report.value_of(D.PARTNER_GIVES, "RUB", ids["b"]) == Decimal("700")
    assert report.methods_of(D.PARTNER_GIVES, "RUB") == {
        "quote": Decimal("1700"),
        "": Decimal("5000"),
    }
    assert report.methods_of(D.PARTNER_GIVES, "EUR") == {"replacement_cost": Decimal("500")}


def test_promises_kept_by_due_date_as_reputation_counts_them(
    seeded: tuple[Database, dict[str, int]],
) -> None:
    db, ids = seeded
    report = report_of(db)
    partners = report.promises_of(D.PARTNER_GIVES)
    assert (partners.due, partners.on_time, partners.late) == (3, 2, 1)
    library = report.promises_of(D.LIBRARY_GIVES)
    assert (library.due, library.on_time, library.missed, library.waived) == (2, 1, 1, 1)
    assert report.promises_of(D.PARTNER_GIVES, ids["b"]).on_time == 1


def test_top_partners_renewals_and_new_partners(seeded: tuple[Database, dict[str, int]]) -> None:
    db, ids = seeded
    report = report_of(db)
    top = [(t.currency, t.place, t.partner_id, t.amount) for t in report.top_partners]
    assert top == [
        ("EUR", 1, ids["p1"], Decimal("500")),
        ("RUB", 1, ids["p3"], Decimal("5700")),
        ("RUB", 2, ids["p1"], Decimal("1000")),
    ]
    assert [(r.collaboration_id, r.renewed_from_id) for r in report.renewals] == [
        (ids["c3"], ids["c0"])
    ]
    assert {(n.partner_id, n.branch_id) for n in report.new_partners} == {
        (ids["p1"], ids["a"]),
        (ids["p5"], ids["b"]),
    }  # p2 and p3 began in 2025, p4's first collaboration (declined) began in 2025 too


def test_one_branch_and_the_branches_adding_up_to_the_total(
    seeded: tuple[Database, dict[str, int]],
) -> None:
    db, ids = seeded
    whole = report_of(db)
    assert whole.per_branch
    parts = [report_of(db, branch=b) for b in (ids["a"], ids["b"])]
    assert not any(p.per_branch for p in parts)
    assert sum(p.total_active() for p in parts) == whole.total_active()
    assert sum(len(p.new_partners) for p in parts) == len(whole.new_partners)
    for side in D:
        for currency in whole.currencies():
            assert sum(p.value_of(side, currency) for p in parts) == whole.value_of(side, currency)
        assert sum(p.promises_of(side).due for p in parts) == whole.promises_of(side).due
    second = parts[1]
    assert [t.partner_id for t in second.top_partners] == [ids["p3"]]  # its own deliveries only
    assert second.value_of(D.PARTNER_GIVES, "RUB") == Decimal("700")


def test_refusals(seeded: tuple[Database, dict[str, int]]) -> None:
    db, _ids = seeded
    with pytest.raises(ServiceError, match="between 2000 and 2100"):
        report_of(db, 1999)
    with pytest.raises(NotFoundError, match="no branch number 999"):
        report_of(db, 2026, 999)


def flat(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    text = " ".join(page.extract_text() for page in reader.pages)
    return " ".join(re.sub(r"[ \u00a0]+", " ", text).split())


def test_pdf_in_russian_and_english(seeded: tuple[Database, dict[str, int]]) -> None:
    db, _ids = seeded
    report = report_of(db)
    ru = flat(build_annual_pdf(report, "ru"))
    for words in ("Сотрудничество в 2026 году", "Вся библиотечная система: 2 филиала",
                  "3 сотрудничества за год", "2 новых партнёра", "6 700 ₽", "€", "Итого по системе",
                  "Филиал № 2", "Радио «Волна»", "По смете", "Как считаются цифры"):  # fmt: skip
        assert words in ru, words
    en = flat(build_annual_pdf(report, "en"))
    for words in ("Collaborations in 2026", "2 new partners", "₽6,700", "System total",
                  "How the figures are counted"):  # fmt: skip
        assert words in en, words
    one = flat(build_annual_pdf(report_of(db, branch=2), "ru"))
    assert "Филиал: Филиал № 2" in one and "Итого по системе" not in one


def test_xlsx_numbers_are_numbers(seeded: tuple[Database, dict[str, int]]) -> None:
    db, _ids = seeded
    book = load_workbook(io.BytesIO(build_annual_xlsx(report_of(db), "en")))
    assert "Branches" in book.sheetnames and "Notes" in book.sheetnames
    branches = book["Branches"]
    assert branches.freeze_panes == "A2"
    rows = list(branches.iter_rows(min_row=2, values_only=True))
    assert rows[-1][0] == "System total"
    assert rows[-1][1] == 3 and isinstance(rows[-1][1], int)
    header = [c.value for c in branches[1]]
    received = header.index("Received, RUB")
    assert rows[-1][received] == 6700 and sum(r[received] for r in rows[:-1]) == 6700
    assert branches.cell(2, received + 1).number_format == "#,##0.00"
    values = book["Values"]
    assert all(isinstance(r[4], float | int) for r in values.iter_rows(min_row=2, values_only=True))


def test_xlsx_keeps_hostile_text_as_text(db: Database) -> None:
    ids = seed(db)
    with db.sessions.begin() as s:
        partner = s.get(Partner, ids["p1"])
        assert partner is not None
        partner.name = '=HYPERLINK("http://x") <b>' + "я" * 150
    book = load_workbook(io.BytesIO(build_annual_xlsx(report_of(db), "ru")))
    names = [r[2] for r in book["Ведущие партнёры"].iter_rows(min_row=2, values_only=True)]
    assert any(str(n).startswith("'=HYPERLINK") for n in names)


# --- the command line --------------------------------------------------------


@pytest.fixture
def data(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "data"
    folder.mkdir()
    database = open_database(sqlite_url(folder / "collabdesk.sqlite3"))
    try:
        seed(database)
    finally:
        database.close()
    yield folder


def cli(data: Path, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(["--data-dir", str(data), *argv], out, err)
    return code, out.getvalue(), err.getvalue()


def test_cli_writes_pdf_and_xlsx(data: Path, tmp_path: Path) -> None:
    pdf, xlsx = tmp_path / "r.pdf", tmp_path / "r.xlsx"
    code, _out, err = cli(data, "report", "annual", "--year", "2026", "--lang", "en",
                          "--out", str(pdf))  # fmt: skip
    assert (code, err) == (0, "") and pdf.read_bytes().startswith(b"%PDF")
    code, _out, err = cli(data, "report", "annual", "--year", "2026", "--branch", "2",
                          "--out", str(xlsx))  # fmt: skip
    assert (code, err) == (0, "") and load_workbook(xlsx).sheetnames[0] == "Сводка"


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (("--year", "1812"), "between 2000 and 2100"),
        (("--year", "2026", "--branch", "77"), "no branch number 77"),
        (("--year", "2026", "--out-suffix", ".docx"), "as .pdf or .xlsx"),
    ],
)
def test_cli_refusals_write_nothing(
    data: Path, tmp_path: Path, args: tuple[str, ...], said: str
) -> None:
    out = tmp_path / "report.pdf"
    if "--out-suffix" in args:
        out, args = tmp_path / "report.docx", args[:2]
    code, printed, err = cli(data, "report", "annual", *args, "--out", str(out))
    assert (code, printed) == (1, "") and said in err and err.count("\n") == 1, err
    assert list(tmp_path.glob("report*")) == []


def test_cli_unwritable_path_leaves_nothing(data: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    code, _out, err = cli(data, "report", "annual", "--year", "2026",
                          "--out", str(blocker / "r.pdf"))  # fmt: skip
    assert code == 1 and "Nothing was written" in err and err.count("\n") == 1, err
    assert blocker.read_text() == "not a folder"


def test_pdf_keeps_hostile_text_as_text(db: Database) -> None:
    """Markup, emoji and a 10,000-character title print as text, clipped;
    nothing is lost from the figures."""
    ids = seed(db)
    with db.sessions.begin() as s:
        partner = s.get(Partner, ids["p5"])
        collab = s.get(Collaboration, ids["c3"])
        assert partner is not None and collab is not None
        partner.name = "<b>Клуб</b> 🎉 «Лира»"
        # ~10,000 characters: SQLite keeps what an old or hand-edited file
        # holds; the server enforces the column's 200, the form's own limit.
        title = "Очень длинное название " * 420
        collab.title = title if db.engine.dialect.name == "sqlite" else title[:200]
    report = report_of(db)
    text = flat(build_annual_pdf(report, "ru"))
    assert "<b>Клуб</b>" in text and "Сотрудничество в 2026 году" in text
    assert report.total_active() == 3


def test_xlsx_summary_types(seeded: tuple[Database, dict[str, int]]) -> None:
    db, _ids = seeded
    book = load_workbook(io.BytesIO(build_annual_xlsx(report_of(db), "ru")))
    summary = {r[0]: r[1] for r in book["Сводка"].iter_rows(min_row=2, values_only=True)}
    assert summary["Год"] == 2026 and summary["Активных"] == 3
    assert summary["Библиотека в срок, %"] == 0.5 and summary["Получено, EUR"] == 500
    assert book["Сводка"]["B7"].number_format == "0%"
