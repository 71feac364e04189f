"""The parties' legal details (a partner's, or the library's with
partner_id None): read, checked, saved, and what an agreement still lacks."""

from __future__ import annotations

from dataclasses import dataclass, fields

from sqlalchemy import select
from sqlalchemy.orm import Session

from collabdesk.domain.legal import LegalDetails
from collabdesk.domain.legal_numbers import inn_is_valid, kpp_is_valid, ogrn_is_valid
from collabdesk.domain.partner import Partner
from collabdesk.services.errors import (
    QT_TRANSLATE_NOOP,
    FieldProblem,
    Message,
    NotFoundError,
    ValidationError,
)
from collabdesk.services.transaction import Sessions, transaction
from collabdesk.services.validation import Checker, clean_line, clean_text

CONTEXT = "LegalDetails"
LABELS = "Field"

# Field, the words that name it (a missing detail is named by these), limit.
FIELDS: tuple[tuple[str, str, int], ...] = (
    ("legal_name", QT_TRANSLATE_NOOP("Field", "Legal name"), 500),
    ("inn", QT_TRANSLATE_NOOP("Field", "INN"), 12),
    ("kpp", QT_TRANSLATE_NOOP("Field", "KPP"), 9),
    ("ogrn", QT_TRANSLATE_NOOP("Field", "OGRN"), 15),
    ("legal_address", QT_TRANSLATE_NOOP("Field", "Legal address"), 1000),
    ("bank_name", QT_TRANSLATE_NOOP("Field", "Bank"), 300),
    ("bank_bic", QT_TRANSLATE_NOOP("Field", "BIC"), 9),
    ("bank_account", QT_TRANSLATE_NOOP("Field", "Settlement account"), 20),
    ("correspondent_account", QT_TRANSLATE_NOOP("Field", "Correspondent account"), 20),
    ("signatory_name", QT_TRANSLATE_NOOP("Field", "Signatory"), 200),
    ("signatory_position", QT_TRANSLATE_NOOP("Field", "Signatory's position"), 200),
    ("signatory_basis", QT_TRANSLATE_NOOP("Field", "Basis of authority"), 300),
)
LABEL = {name: label for name, label, _limit in FIELDS}
# What an agreement or an act cannot be written without.
REQUIRED = (
    "legal_name",
    "inn",
    "legal_address",
    "signatory_name",
    "signatory_position",
    "signatory_basis",
)


@dataclass(frozen=True)
class LegalDraft:
    legal_name: str = ""
    inn: str = ""
    kpp: str = ""
    ogrn: str = ""
    legal_address: str = ""
    bank_name: str = ""
    bank_bic: str = ""
    bank_account: str = ""
    correspondent_account: str = ""
    signatory_name: str = ""
    signatory_position: str = ""
    signatory_basis: str = ""

    def missing(self) -> tuple[str, ...]:
        """The required fields still empty, in the order of the form."""
        return tuple(name for name in REQUIRED if not getattr(self, name))


@dataclass(frozen=True)
class MissingDetail:
    """One detail a document needs and nobody has typed: whose, and which."""

    party: str | Message  # the partner's name, or the library's
    field: str
    label: str  # QT_TRANSLATE_NOOP("Field", …) words

    @property
    def message(self) -> Message:
        return Message(
            CONTEXT,
            QT_TRANSLATE_NOOP("LegalDetails", "%1: %2"),
            (self.party, Message(LABELS, self.label)),
        )


def _number_only(value: str) -> str:
    """Spaces and dashes people type inside numbers ("7707 083893") go."""
    return "".join(value.split()).replace("-", "")


def clean(draft: LegalDraft) -> LegalDraft:
    numbers = ("inn", "kpp", "ogrn", "bank_bic", "bank_account", "correspondent_account")
    values = {}
    for item in fields(LegalDraft):
        value = getattr(draft, item.name)
        if item.name == "legal_address":
            values[item.name] = " ".join(clean_text(value).split())
        elif item.name in numbers:
            values[item.name] = _number_only(clean_line(value)).upper()
        else:
            values[item.name] = clean_line(value)
    return LegalDraft(**values)


def _bad(field: str, template: str, value: str) -> FieldProblem:
    return FieldProblem(field, f"bad_{field}", Message(CONTEXT, template, (value[:40],)))


def check(draft: LegalDraft) -> None:
    """Every problem at once, each naming its field and what is expected."""
    checker = Checker()
    for name, label, limit in FIELDS:
        checker.max_length(name, getattr(draft, name), limit, label)
    problems = checker.problems
    if draft.inn and not inn_is_valid(draft.inn):
        problems.append(
            _bad(
                "inn",
                QT_TRANSLATE_NOOP(
                    "LegalDetails",
                    "INN '%1' is wrong: 10 digits for an organisation or 12 for a person, "
                    "and the check digits must match (a digit may be mistyped).",
                ),
                draft.inn,
            )
        )
    if draft.kpp and not kpp_is_valid(draft.kpp):
        problems.append(
            _bad(
                "kpp",
                QT_TRANSLATE_NOOP("LegalDetails", "KPP '%1' is wrong: it has 9 characters."),
                draft.kpp,
            )
        )
    if draft.ogrn and not ogrn_is_valid(draft.ogrn):
        problems.append(
            _bad(
                "ogrn",
                QT_TRANSLATE_NOOP(
                    "LegalDetails",
                    "OGRN '%1' is wrong: 13 digits (15 for a sole trader), "
                    "and the check digit must match.",
                ),
                draft.ogrn,
            )
        )
    for name, size in (("bank_bic", 9), ("bank_account", 20), ("correspondent_account", 20)):
        value = getattr(draft, name)
        if value and (len(value) != size or not value.isdigit()):
            problems.append(
                FieldProblem(
                    name,
                    f"bad_{name}",
                    Message(
                        CONTEXT,
                        QT_TRANSLATE_NOOP("LegalDetails", "%1 '%2' is wrong: %3 digits."),
                        (Message(LABELS, LABEL[name]), value[:40], size),
                    ),
                )
            )
    if problems:
        raise ValidationError(problems)


def _draft(row: LegalDetails | None) -> LegalDraft:
    if row is None:
        return LegalDraft()
    return LegalDraft(**{item.name: getattr(row, item.name) for item in fields(LegalDraft)})


def _row(session: Session, partner_id: int | None) -> LegalDetails | None:
    if partner_id is None:
        query = select(LegalDetails).where(LegalDetails.partner_id.is_(None))
    else:
        query = select(LegalDetails).where(LegalDetails.partner_id == partner_id)
    return session.scalars(query.order_by(LegalDetails.id)).first()


def _partner(session: Session, partner_id: int) -> Partner:
    partner = session.get(Partner, partner_id)
    if partner is None:
        raise NotFoundError(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP("LegalDetails", "There is no partner with id %1."),
                (partner_id,),
            )
        )
    return partner


class LegalDetailsService:
    def __init__(self, sessions: Sessions) -> None:
        self._sessions = sessions

    def get(self, partner_id: int | None) -> LegalDraft:
        """A partner's details (None: the library's); empty when never typed."""
        with transaction(self._sessions) as session:
            if partner_id is not None:
                _partner(session, partner_id)
            return _draft(_row(session, partner_id))

    def save(self, partner_id: int | None, draft: LegalDraft) -> LegalDraft:
        cleaned = clean(draft)
        check(cleaned)
        with transaction(self._sessions, "legal details") as session:
            if partner_id is not None:
                _partner(session, partner_id)
            row = _row(session, partner_id)
            if row is None:
                row = LegalDetails(partner_id=partner_id)
                session.add(row)
            for item in fields(LegalDraft):
                if getattr(row, item.name) != getattr(cleaned, item.name):
                    setattr(row, item.name, getattr(cleaned, item.name))
        return cleaned


def missing_details(party: str | Message, draft: LegalDraft) -> list[MissingDetail]:
    """What a document would leave blank for this party, named."""
    return [MissingDetail(party, name, LABEL[name]) for name in draft.missing()]
