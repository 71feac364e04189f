"""Translated, human labels for the domain's closed vocabularies."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from collabdesk.domain.enums import InteractionKind, PartnerKind, PartnerRole, PartnerStatus, Stage

_CTX = "Labels"


def _t(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def kind_label(kind: PartnerKind) -> str:
    labels = {
        PartnerKind.BUSINESS: _t("Business"),
        PartnerKind.INVESTOR: _t("Investor"),
        PartnerKind.ARTIST: _t("Artist"),
        PartnerKind.DESIGNER: _t("Designer"),
        PartnerKind.MEDIA: _t("Media"),
        PartnerKind.PUBLIC_FIGURE: _t("Public figure"),
        PartnerKind.NON_PROFIT: _t("Non-profit"),
        PartnerKind.GOVERNMENT: _t("Government"),
        PartnerKind.OTHER: _t("Other"),
    }
    return labels[PartnerKind(kind)]


def status_label(status: PartnerStatus) -> str:
    labels = {
        PartnerStatus.PROSPECT: _t("Prospect"),
        PartnerStatus.ACTIVE: _t("Active"),
        PartnerStatus.FORMER: _t("Former"),
        PartnerStatus.DECLINED: _t("Declined"),
    }
    return labels[PartnerStatus(status)]


def interaction_kind_label(kind: InteractionKind) -> str:
    labels = {
        InteractionKind.MEETING: _t("Meeting"),
        InteractionKind.CALL: _t("Call"),
        InteractionKind.EMAIL: _t("E-mail"),
        InteractionKind.EVENT: _t("Event"),
        InteractionKind.OTHER: _t("Other"),
    }
    return labels[InteractionKind(kind)]


def stage_label(stage: Stage) -> str:
    labels = {
        Stage.IDEA: _t("Idea"),
        Stage.PREPARING: _t("Preparing"),
        Stage.PITCHED: _t("Pitched"),
        Stage.NEGOTIATING: _t("Negotiating"),
        Stage.AGREED: _t("Agreed"),
        Stage.DELIVERING: _t("Delivering"),
        Stage.COMPLETED: _t("Completed"),
        Stage.DECLINED: _t("Declined"),
        Stage.ON_HOLD: _t("On hold"),
    }
    return labels[Stage(stage)]


def role_label(role: PartnerRole) -> str:
    labels = {
        PartnerRole.PARTNER: _t("Partner"),
        PartnerRole.ALTERNATIVE: _t("Alternative (plan B)"),
    }
    return labels[PartnerRole(role)]


def problem_text(code: str, message: str) -> str:
    """A field problem in the user's language; the service's own sentence
    when it carries figures (lengths) the short labels would lose."""
    labels = {
        "required": _t("This field is required."),
        "bad_email": _t("This is not an e-mail address (example: name@example.org)."),
        "bad_url": _t("This is not a web address (example: example.org)."),
        "bad_phone": _t("This is not a phone number (digits, spaces, + ( ) - only)."),
        "bad_date": _t("A date is required."),
    }
    return labels.get(code, message)
