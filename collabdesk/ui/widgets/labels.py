"""Translated, human labels for the domain's closed vocabularies."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from collabdesk.domain.enums import InteractionKind, PartnerKind, PartnerRole, PartnerStatus, Stage
from collabdesk.domain.message import fill

if TYPE_CHECKING:
    from decimal import Decimal

# Called with literal arguments so pyside6-lupdate finds every label
# (it cannot see through a wrapper function).
translate = QCoreApplication.translate


def kind_label(kind: PartnerKind) -> str:
    labels = {
        PartnerKind.BUSINESS: translate("Labels", "Business"),
        PartnerKind.INVESTOR: translate("Labels", "Investor"),
        PartnerKind.ARTIST: translate("Labels", "Artist"),
        PartnerKind.DESIGNER: translate("Labels", "Designer"),
        PartnerKind.MEDIA: translate("Labels", "Media"),
        PartnerKind.PUBLIC_FIGURE: translate("Labels", "Public figure"),
        PartnerKind.NON_PROFIT: translate("Labels", "Non-profit"),
        PartnerKind.GOVERNMENT: translate("Labels", "Government"),
        PartnerKind.OTHER: translate("Labels", "Other"),
    }
    return labels[PartnerKind(kind)]


def status_label(status: PartnerStatus) -> str:
    labels = {
        PartnerStatus.PROSPECT: translate("Labels", "Prospect"),
        PartnerStatus.ACTIVE: translate("Labels", "Active"),
        PartnerStatus.FORMER: translate("Labels", "Former"),
        PartnerStatus.DECLINED: translate("Labels", "Declined"),
    }
    return labels[PartnerStatus(status)]


def interaction_kind_label(kind: InteractionKind) -> str:
    labels = {
        InteractionKind.MEETING: translate("Labels", "Meeting"),
        InteractionKind.CALL: translate("Labels", "Call"),
        InteractionKind.EMAIL: translate("Labels", "E-mail"),
        InteractionKind.EVENT: translate("Labels", "Event"),
        InteractionKind.OTHER: translate("Labels", "Other"),
    }
    return labels[InteractionKind(kind)]


def stage_label(stage: Stage) -> str:
    labels = {
        Stage.IDEA: translate("Labels", "Idea"),
        Stage.PREPARING: translate("Labels", "Preparing"),
        Stage.PITCHED: translate("Labels", "Pitched"),
        Stage.NEGOTIATING: translate("Labels", "Negotiating"),
        Stage.AGREED: translate("Labels", "Agreed"),
        Stage.DELIVERING: translate("Labels", "Delivering"),
        Stage.COMPLETED: translate("Labels", "Completed"),
        Stage.DECLINED: translate("Labels", "Declined"),
        Stage.ON_HOLD: translate("Labels", "On hold"),
    }
    return labels[Stage(stage)]


def role_label(role: PartnerRole) -> str:
    labels = {
        PartnerRole.PARTNER: translate("Labels", "Partner"),
        PartnerRole.ALTERNATIVE: translate("Labels", "Alternative (plan B)"),
    }
    return labels[PartnerRole(role)]


def problem_text(
    code: str, message: str, length: int | None = None, limit: int | None = None
) -> str:
    """A field problem in the user's language: this table's sentence for a
    known code, else `message` (the service's own sentence, translated by the
    caller with message_text)."""
    if code == "too_long" and length is not None and limit is not None:
        from collabdesk.ui.shell.i18n import format_number

        return fill(
            translate("Labels", "Too long: %1 characters, at most %2."),
            [format_number(length), format_number(limit)],
        )
    labels = {
        "required": translate("Labels", "This field is required."),
        "bad_email": translate(
            "Labels", "This is not an e-mail address (example: name@example.org)."
        ),
        "bad_url": translate("Labels", "This is not a web address (example: example.org)."),
        "bad_phone": translate(
            "Labels", "This is not a phone number (digits, spaces, + ( ) - only)."
        ),
        "bad_date": translate("Labels", "A date is required."),
        "bad_number": translate("Labels", "This is not a number (example: 1 234,50)."),
        "bad_currency": translate("Labels", "A currency is a three-letter code, like RUB."),
        "bad_colour": translate("Labels", "A colour is written as #RRGGBB."),
        "ends_before_start": translate("Labels", "The end date is before the start date."),
    }
    return labels.get(code, message)


def spoken(label_text: str) -> str:
    """A form label as a screen reader should say it: "&Name:" → "Name"."""
    return label_text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip().rstrip(":")


def labelled_row(
    form: QFormLayout, label_text: str, field: QWidget, shown: QWidget | None = None
) -> QLabel:
    """A form row whose label belongs to `field`: its mnemonic (Alt+N) moves
    focus to the field and a screen reader names the field by it, even when
    the row shows the field inside a box (`shown`, e.g. with its error line)."""
    label = QLabel(label_text)
    label.setBuddy(field)
    field.setAccessibleName(spoken(label_text))
    form.addRow(label, shown if shown is not None else field)
    return label


def quantity_text(quantity: Decimal | float | int, unit: str) -> str:
    """A quantity with a unit from the data: the number grouped for the
    interface's locale, the unit in its plural form ("2 posts", "1 440 постов",
    "1,5 часа"; "3 pcs" as typed). Wherever a number stands next to its unit."""
    from collabdesk.domain.units import quantity_with_unit
    from collabdesk.ui.shell.i18n import format_number

    return quantity_with_unit(format_number(quantity), quantity, unit)
