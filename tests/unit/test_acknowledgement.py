"""The acknowledgement of transfer: delivered commitments of one partner in
one collaboration, each with description, quantity, valuation and method,
date, both signatories; the library's own deliveries titled as such;
undelivered, mixed-partner and mixed-side sets refused with the reason."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from collabdesk.domain.enums import Direction
from collabdesk.reports.acknowledgement_pdf import build_acknowledgement_pdf
from collabdesk.services.collaborations import CollaborationDraft
from collabdesk.services.commitment_records import CommitmentDraft
from collabdesk.services.desk import Desk
from collabdesk.services.errors import NotFoundError, ServiceError
from collabdesk.services.legal_details import LegalDraft
from collabdesk.services.merge_fields import sample
from collabdesk.services.partners import PartnerDraft
from collabdesk.services.template_merge import merge
from tests.unit.agreement_data import make_ledger
from tests.unit.test_agreement import docx_text, keys, normal


def pdf_text(data: bytes) -> str:
    return normal(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages))


def delivered(desk: Desk, *ids: int) -> None:
    for commitment_id in ids:
        desk.commitments.deliver(commitment_id, date(2026, 2, 18), today=date(2026, 3, 1))


def test_the_merge_data_has_the_sample_fields(desk: Desk) -> None:
    ledger = make_ledger(desk)
    delivered(desk, *ledger.partner_promises)
    prepared = desk.acknowledgements.prepare(ledger.partner_promises)
    assert keys(prepared.fields) == keys(sample("acknowledgement"))


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_what_the_partner_handed_over(desk: Desk, fmt: str) -> None:
    ledger = make_ledger(desk)
    delivered(desk, *ledger.partner_promises)
    prepared = desk.acknowledgements.prepare(ledger.partner_promises, today=date(2026, 3, 2))
    assert not prepared.library_gives and prepared.missing == ()
    if fmt == "docx":
        template = desk.templates.get("acknowledgement", "ru").content
        text = normal(docx_text(merge(template, prepared.fields)))
    else:
        text = pdf_text(build_acknowledgement_pdf(prepared.fields, "ru"))
    for expected in (
        "ООО «Печатный двор» (Передающая сторона), в лице генерального директора "
        "Петрова Петра Петровича",
        "МБУК «ЦБС г. Томска» (Принимающая сторона), в лице директора Ивановой Марии Петровны",
        "Печать программ",
        "500 шт.",
        "12 500 ₽",
        "по коммерческому предложению",
        "Книги для призов",
        "3 комплекта",
        "9 000 ₽",
        "по цене замещения",
        "18.02.2026",
        "Итого оценка: 21 500 ₽.",
        "Передал",
        "Принял",
        "02.03.2026",
    ):
        assert expected in text, expected
    assert "передача Библиотекой" not in text


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_the_librarys_own_delivery_is_titled_as_such_in_english(desk: Desk, fmt: str) -> None:
    ledger = make_ledger(desk)
    delivered(desk, ledger.library_promise)
    prepared = desk.acknowledgements.prepare([ledger.library_promise], language="en")
    assert prepared.library_gives
    if fmt == "docx":
        template = desk.templates.get("acknowledgement", "en").content
        text = normal(docx_text(merge(template, prepared.fields)))
    else:
        text = pdf_text(build_acknowledgement_pdf(prepared.fields, "en"))
    assert "(delivered by the Library)" in text
    assert text.index("МБУК «ЦБС г. Томска»") < text.index("(the Giver)")
    assert "Partner's logo on posters" in text and "Total value: not valued." in text


def test_undelivered_mixed_and_unknown_sets_are_refused(desk: Desk) -> None:
    ledger = make_ledger(desk)
    prizes, books = ledger.partner_promises
    delivered(desk, prizes, ledger.library_promise)
    with pytest.raises(ServiceError, match=r"not delivered yet: .*Книги для призов"):
        desk.acknowledgements.prepare([prizes, books])
    with pytest.raises(ServiceError, match="two acts"):
        desk.acknowledgements.prepare([prizes, ledger.library_promise])
    with pytest.raises(NotFoundError, match="no commitment with id 999"):
        desk.acknowledgements.prepare([prizes, 999])
    other = make_ledger(desk, partner_name="Музей")
    delivered(desk, other.partner_promises[0])
    with pytest.raises(ServiceError, match="one collaboration"):
        desk.acknowledgements.prepare([prizes, other.partner_promises[0]])


def test_two_partners_in_one_collaboration_are_refused(desk: Desk) -> None:
    ledger = make_ledger(desk)
    museum = desk.partners.create(PartnerDraft(name="Музей"))
    record = desk.collaborations.get(ledger.collaboration_id)
    from dataclasses import replace

    desk.collaborations.update(
        record.id,
        replace(record.to_draft(), partner_ids=(ledger.partner_id, museum.id)),
        record.version_id,
    )
    theirs = desk.commitments.add(
        ledger.collaboration_id,
        CommitmentDraft(Direction.PARTNER_GIVES, "Экспонаты", partner_id=museum.id),
    )
    delivered(desk, ledger.partner_promises[0], theirs.id)
    with pytest.raises(ServiceError, match="one partner"):
        desk.acknowledgements.prepare([ledger.partner_promises[0], theirs.id])
    assert desk.collaborations is not None and CollaborationDraft is not None


def test_missing_details_are_named(desk: Desk) -> None:
    ledger = make_ledger(desk)
    delivered(desk, *ledger.partner_promises)
    desk.legal.save(ledger.partner_id, LegalDraft(legal_name="ООО «Печатный двор»"))
    prepared = desk.acknowledgements.prepare(ledger.partner_promises)
    assert {item.field for item in prepared.missing} >= {"inn", "signatory_name"}


def test_the_window_offers_the_partners_deliveries_by_default(desk: Desk, tmp_path: Path) -> None:
    ledger = make_ledger(desk)
    delivered(desk, ledger.partner_promises[0], ledger.library_promise)
    theirs = desk.acknowledgements.delivered(ledger.collaboration_id, ledger.partner_id)
    assert [row[0] for row in theirs] == [ledger.partner_promises[0]]
    ours = desk.acknowledgements.delivered(ledger.collaboration_id, ledger.partner_id, True)
    assert [row[0] for row in ours] == [ledger.library_promise]
