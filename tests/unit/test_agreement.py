"""The agreement: parties with signatories, every promise with its quantity
and date, RU and EN, as .docx (from the template in use) and PDF; a missing
detail is named and nothing written; one per partner; each kept with its
version; the signed scan attached with its date."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from docx import Document
from pypdf import PdfReader

from collabdesk.reports.agreement_pdf import build_agreement_pdf
from collabdesk.services.agreements import MissingDetailsError
from collabdesk.services.desk import Desk
from collabdesk.services.errors import NotFoundError, ServiceError
from collabdesk.services.legal_details import LegalDraft
from collabdesk.services.merge_fields import sample
from collabdesk.services.partners import PartnerDraft
from collabdesk.services.template_merge import merge
from tests.unit.agreement_data import LIBRARY, PARTNER, make_ledger


def docx_text(data: bytes) -> str:
    document = Document(io.BytesIO(data))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return " ".join([p.text for p in document.paragraphs] + cells)


def pdf_text(data: bytes) -> str:
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def normal(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


def keys(value: object) -> object:
    if isinstance(value, dict):
        return {key: keys(inner) for key, inner in value.items()}
    if isinstance(value, list):
        return keys(value[0]) if value else []
    return None


def test_the_merge_data_has_the_fields_templates_are_checked_against(desk: Desk) -> None:
    ledger = make_ledger(desk)
    prepared = desk.agreements.prepare(ledger.collaboration_id)
    assert keys(prepared.fields) == keys(sample("agreement"))


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_russian_agreement_names_parties_signatories_and_every_promise(
    desk: Desk, fmt: str
) -> None:
    ledger = make_ledger(desk)
    prepared = desk.agreements.prepare(ledger.collaboration_id, today=date(2026, 2, 1))
    assert prepared.missing == () and prepared.number == 1
    if fmt == "docx":
        data = merge(desk.templates.get("agreement", "ru").content, prepared.fields)
        text = normal(docx_text(data))
    else:
        text = normal(pdf_text(build_agreement_pdf(prepared.fields, "ru")))
    for expected in (
        "СОГЛАШЕНИЕ О СОТРУДНИЧЕСТВЕ № 1" if fmt == "docx" else "Соглашение о сотрудничестве № 1",
        "МБУК «ЦБС г. Томска», в лице директора Ивановой Марии Петровны, "
        "действующей на основании Устава",
        "ООО «Печатный двор», в лице генерального директора Петрова Петра Петровича",
        "ИНН 7707083893",
        "КПП 701701001",
        "ИНН 500100732259",
        "«Неделя науки»: Лекции для подростков.",
        "Логотип партнёра на афишах",
        "40 афиш",
        "10.03.2026",
        "Анна Петрова",
        "Печать программ",
        "500 шт.",
        "20.02.2026",
        "12 500 ₽",
        "Книги для призов",
        "3 комплекта",
        "01.04.2026",
        "с 01.03.2026 по 31.05.2026",
        "info@pechdvor.example",
        "01.02.2026",
    ):
        assert expected in text, expected


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_english_agreement_uses_the_translations(desk: Desk, fmt: str) -> None:
    ledger = make_ledger(desk)
    prepared = desk.agreements.prepare(ledger.collaboration_id, language="en")
    if fmt == "docx":
        text = normal(
            docx_text(merge(desk.templates.get("agreement", "en").content, prepared.fields))
        )
    else:
        text = normal(pdf_text(build_agreement_pdf(prepared.fields, "en")))
    for expected in (
        "represented by",
        "The Library undertakes" if fmt == "pdf" else "2. The Library undertakes",
        "“Science week”: Talks for teenagers.",
        "Partner's logo on posters",
        "Printing the programmes",
        "10 March 2026",
        "12,500 ₽",
        "from 1 March 2026 to 31 May 2026",
    ):
        assert expected in text, expected


def test_a_replaced_template_is_used_for_the_docx(desk: Desk, tmp_path: Path) -> None:
    ledger = make_ledger(desk)
    form = Document()
    form.add_paragraph("ДОГОВОР ПО НАШЕЙ ФОРМЕ с {{ partner.legal_name }}")
    path = tmp_path / "form.docx"
    form.save(path)
    desk.templates.import_file("agreement", "ru", path)
    prepared = desk.agreements.prepare(ledger.collaboration_id)
    text = docx_text(merge(desk.templates.get("agreement", "ru").content, prepared.fields))
    assert text.strip() == "ДОГОВОР ПО НАШЕЙ ФОРМЕ с ООО «Печатный двор»"


def test_hostile_names_print_literally_in_both_formats(desk: Desk) -> None:
    ledger = make_ledger(desk)
    hostile = "ООО {{ partner.inn }} {% if x %} <w:t> & «Ко»"
    desk.legal.save(ledger.partner_id, LegalDraft(**{**PARTNER.__dict__, "legal_name": hostile}))
    prepared = desk.agreements.prepare(ledger.collaboration_id)
    docx = docx_text(merge(desk.templates.get("agreement", "ru").content, prepared.fields))
    assert hostile in docx
    assert hostile in normal(pdf_text(build_agreement_pdf(prepared.fields, "ru")))


def test_missing_details_are_named_before_writing(desk: Desk) -> None:
    ledger = make_ledger(desk)
    desk.legal.save(ledger.partner_id, LegalDraft(legal_name="ООО «Печатный двор»"))
    desk.legal.save(None, LegalDraft(**{**LIBRARY.__dict__, "signatory_basis": ""}))
    prepared = desk.agreements.prepare(ledger.collaboration_id)
    named = {(str(item.party), item.field) for item in prepared.missing}
    assert ("Печатный двор", "inn") in named and ("Печатный двор", "signatory_name") in named
    assert ("Библиотека «Орбита»", "signatory_basis") in named
    said = str(MissingDetailsError(prepared.missing))
    assert "Печатный двор: INN, Legal address, Signatory" in said
    assert "Библиотека «Орбита»: Basis of authority" in said


def test_several_partners_need_one_named(desk: Desk) -> None:
    ledger = make_ledger(desk)
    other = desk.partners.create(PartnerDraft(name="Музей"))
    record = desk.collaborations.get(ledger.collaboration_id)
    from dataclasses import replace

    desk.collaborations.update(
        record.id,
        replace(record.to_draft(), partner_ids=(ledger.partner_id, other.id)),
        record.version_id,
    )
    with pytest.raises(ServiceError, match="several partners") as caught:
        desk.agreements.prepare(ledger.collaboration_id)
    assert "Печатный двор" in str(caught.value) and "Музей" in str(caught.value)
    assert (
        desk.agreements.prepare(ledger.collaboration_id, other.id).content.partner.name == "Музей"
    )
    with pytest.raises(NotFoundError, match="does not take part"):
        desk.agreements.prepare(ledger.collaboration_id, 999)


def test_each_agreement_is_kept_and_the_signed_scan_attached(desk: Desk, tmp_path: Path) -> None:
    ledger = make_ledger(desk)
    first = desk.agreements.prepare(ledger.collaboration_id)
    desk.agreements.record(first, "a1.docx", b"PK-first")
    second = desk.agreements.prepare(ledger.collaboration_id)
    assert second.number == 2 and second.fields["document"]["number"] == "2"
    kept = desk.agreements.record(second, "a2.pdf", b"%PDF-second")
    assert desk.agreements.signed(ledger.collaboration_id) == {ledger.partner_id: None}

    not_a_scan = tmp_path / "scan.txt"
    not_a_scan.write_text("hello")
    with pytest.raises(ServiceError, match="PDF, PNG or JPEG"):
        desk.agreements.attach_signed(kept.id, not_a_scan, date(2026, 2, 3))
    scan = tmp_path / "signed.pdf"
    scan.write_bytes(b"%PDF-1.4 signed")
    with pytest.raises(ServiceError, match="in the future"):
        desk.agreements.attach_signed(kept.id, scan, date(2999, 1, 1))
    signed = desk.agreements.attach_signed(kept.id, scan, date(2026, 2, 3))
    assert (signed.version, signed.signed_on, signed.signed_scan_name) == (
        2,
        date(2026, 2, 3),
        "signed.pdf",
    )
    assert desk.agreements.signed(ledger.collaboration_id)[ledger.partner_id] == signed
    assert [r.version for r in desk.agreements.list(ledger.collaboration_id)] == [1, 2]
