"""The five-step preparation checklist as data: a template of questions that
ships with the program and that a library may edit.

Answers refer to a question by its stable `key`, never by row id or text,
so rewording or retiring a question never orphans an old answer. A retired
question stays in the table with `active=False`.
"""

from __future__ import annotations

from enum import StrEnum

from sqlalchemy import Boolean, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from collabdesk.domain.base import Base, Tracked, enum_column
from collabdesk.domain.enums import Audience


class ChecklistStep(StrEnum):
    WHY = "why"
    ALTERNATIVES = "alternatives"
    QUALITATIVE = "qualitative"
    QUANTITATIVE = "quantitative"
    REPUTATION = "reputation"


class ChecklistQuestion(Tracked, Base):
    __tablename__ = "checklist_question"

    key: Mapped[str] = mapped_column(String(80), unique=True)
    step: Mapped[ChecklistStep] = mapped_column(enum_column(ChecklistStep))
    position: Mapped[int] = mapped_column(Integer, default=0)
    prompt_en: Mapped[str] = mapped_column(Text, default="")
    prompt_ru: Mapped[str] = mapped_column(Text, default="")
    required: Mapped[bool] = mapped_column(Boolean, default=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    builtin: Mapped[bool] = mapped_column(Boolean, default=False)
    # Who may read the answers: only partner-facing ones reach a pitch,
    # slides, meeting mode or the meeting copy.
    audience: Mapped[Audience] = mapped_column(enum_column(Audience), default=Audience.STAFF)
    # Answered once per partner taking part ("what the partner gets"), so one
    # partner's benefit never appears in another's pitch.
    per_partner: Mapped[bool] = mapped_column(Boolean, default=False)


# Keys other parts of the program read (the pitch PDF quotes these answers).
GOAL = "why.goal"
MEASURABLE_GOALS = "why.measurable_goals"
COLLEAGUES = "why.colleagues"
PARTNER_VALUES = "why.partner_values"
LIBRARY_VALUES = "why.library_values"
VALUES_MATCH = "why.values_match"  # answer is "yes", "partly" or "no"
VALUES_NOTE = "why.values_note"
FALLBACK_IDEA = "alternatives.fallback_idea"
IF_DECLINED = "alternatives.if_declined"
UNIQUE_IDEA = "qualitative.unique_idea"
WHY_THIS_COMBINATION = "qualitative.why_combination"
BRAND_VALUE = "qualitative.brand_value"

# Questions answered by records rather than text: plan-B partners, picked
# statistics and advertising items, and commitments of each side.
PLAN_B = "alternatives.plan_b"
STATISTICS = "quantitative.statistics"
ADVERTISING = "quantitative.advertising"
LIBRARY_PROMISES = "reputation.library_promises"
PARTNER_PROMISES = "reputation.partner_promises"
