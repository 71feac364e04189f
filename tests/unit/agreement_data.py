"""A library and a partner with their legal details, and a collaboration
with promises on both sides: what the agreement and act tests write from."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from collabdesk.domain.enums import Direction, ValuationMethod
from collabdesk.services.collaborations import CollaborationDraft
from collabdesk.services.commitment_records import CommitmentDraft
from collabdesk.services.desk import Desk
from collabdesk.services.legal_details import LegalDraft
from collabdesk.services.library import ProfileDraft
from collabdesk.services.partners import PartnerDraft

LIBRARY = LegalDraft(
    legal_name="МБУК «ЦБС г. Томска»",
    inn="7707083893",
    kpp="701701001",
    ogrn="1027700132195",
    legal_address="634050, г. Томск, пр. Ленина, 5",
    signatory_name="Ивановой Марии Петровны",
    signatory_position="директора",
    signatory_basis="действующей на основании Устава",
)
PARTNER = LegalDraft(
    legal_name="ООО «Печатный двор»",
    inn="500100732259",
    ogrn="304500116000157",
    legal_address="634009, г. Томск, ул. Розы Люксембург, 12",
    signatory_name="Петрова Петра Петровича",
    signatory_position="генерального директора",
    signatory_basis="действующего на основании Устава",
)


@dataclass(frozen=True)
class Ledger:
    collaboration_id: int
    partner_id: int
    library_promise: int
    partner_promises: tuple[int, int]


def make_ledger(desk: Desk, *, partner_name: str = "Печатный двор") -> Ledger:
    desk.library.save(ProfileDraft(name="Библиотека «Орбита»", city="Томск"))
    desk.legal.save(None, LIBRARY)
    partner = desk.partners.create(PartnerDraft(name=partner_name, email="info@pechdvor.example"))
    desk.legal.save(partner.id, PARTNER)
    collab = desk.collaborations.create(
        CollaborationDraft(
            title="Неделя науки",
            idea="Лекции для подростков.",
            title_translation="Science week",
            idea_translation="Talks for teenagers",
            starts_on=date(2026, 3, 1),
            ends_on=date(2026, 5, 31),
            partner_ids=(partner.id,),
        )
    )
    library = desk.commitments.add(
        collab.id,
        CommitmentDraft(
            Direction.LIBRARY_GIVES,
            "Логотип партнёра на афишах",
            partner_id=partner.id,
            quantity=Decimal(40),
            unit="афиша",
            due_on=date(2026, 3, 10),
            owner="Анна Петрова",
            description_translation="Partner's logo on posters",
        ),
    )
    prizes = desk.commitments.add(
        collab.id,
        CommitmentDraft(
            Direction.PARTNER_GIVES,
            "Печать программ",
            partner_id=partner.id,
            quantity=Decimal(500),
            unit="шт.",
            due_on=date(2026, 2, 20),
            value=Decimal("12500"),
            valuation_method=ValuationMethod.QUOTE,
            description_translation="Printing the programmes",
        ),
    )
    books = desk.commitments.add(
        collab.id,
        CommitmentDraft(
            Direction.PARTNER_GIVES,
            "Книги для призов",
            partner_id=partner.id,
            quantity=Decimal(3),
            unit="комплект",
            due_on=date(2026, 4, 1),
            value=Decimal("9000"),
            valuation_method=ValuationMethod.REPLACEMENT_COST,
            description_translation="Books for prizes",
        ),
    )
    return Ledger(collab.id, partner.id, library.id, (prizes.id, books.id))
