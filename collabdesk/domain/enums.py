"""Closed vocabularies of the domain. Plain Python: the UI imports these
before SQLAlchemy is loaded, so keep this module free of heavy imports."""

from __future__ import annotations

from enum import StrEnum


class PartnerKind(StrEnum):
    BUSINESS = "business"
    INVESTOR = "investor"
    ARTIST = "artist"
    DESIGNER = "designer"
    MEDIA = "media"
    PUBLIC_FIGURE = "public_figure"
    NON_PROFIT = "non_profit"
    GOVERNMENT = "government"
    OTHER = "other"


class PartnerStatus(StrEnum):
    PROSPECT = "prospect"
    ACTIVE = "active"
    FORMER = "former"
    DECLINED = "declined"


class InteractionKind(StrEnum):
    MEETING = "meeting"
    CALL = "call"
    EMAIL = "email"
    EVENT = "event"
    OTHER = "other"


class Stage(StrEnum):
    """Collaboration stages; the first seven form the normal path."""

    IDEA = "idea"
    PREPARING = "preparing"
    PITCHED = "pitched"
    NEGOTIATING = "negotiating"
    AGREED = "agreed"
    DELIVERING = "delivering"
    COMPLETED = "completed"
    DECLINED = "declined"
    ON_HOLD = "on_hold"


STAGE_PATH: tuple[Stage, ...] = (
    Stage.IDEA,
    Stage.PREPARING,
    Stage.PITCHED,
    Stage.NEGOTIATING,
    Stage.AGREED,
    Stage.DELIVERING,
    Stage.COMPLETED,
)


class PartnerRole(StrEnum):
    """How a partner takes part in a collaboration."""

    PARTNER = "partner"
    ALTERNATIVE = "alternative"  # plan B if the main partner says no


class Direction(StrEnum):
    LIBRARY_GIVES = "library_gives"
    PARTNER_GIVES = "partner_gives"


class CommitmentStatus(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DELIVERED = "delivered"
    WAIVED = "waived"
    MISSED = "missed"


class Recurrence(StrEnum):
    """How often a recurring promise falls due (issue 18)."""

    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"


class ValuationMethod(StrEnum):
    REPLACEMENT_COST = "replacement_cost"
    PARTNER_DECLARED = "partner_declared"
    QUOTE = "quote"
    REACH_TIMES_RATE = "reach_times_rate"


class Audience(StrEnum):
    """Who may read a text: the partner (pitch, slides, meeting mode, meeting
    copy) or the library's staff only."""

    PARTNER = "partner"
    STAFF = "staff"
