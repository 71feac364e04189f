"""The five-step preparation checklist as data: a template of questions that
ships with the program and that a library may edit.

Answers refer to a question by its stable `key`, never by row id or text,
so rewording or retiring a question never orphans an old answer. A retired
question stays in the table with `active=False`.
"""

from __future__ import annotations

from sqlalchemy import Boolean, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from collabdesk.domain.base import Base, Tracked, enum_column
from collabdesk.domain.checklist_keys import (
    ADVERTISING,
    BRAND_VALUE,
    COLLEAGUES,
    FALLBACK_IDEA,
    GOAL,
    IF_DECLINED,
    LIBRARY_PROMISES,
    LIBRARY_VALUES,
    MEASURABLE_GOALS,
    PARTNER_PROMISES,
    PARTNER_VALUES,
    PLAN_B,
    STATISTICS,
    UNIQUE_IDEA,
    VALUES_MATCH,
    VALUES_NOTE,
    WHY_THIS_COMBINATION,
    ChecklistStep,
)
from collabdesk.domain.enums import Audience

# The steps and keys live in checklist_keys (plain Python); here as ever.
__all__ = [
    "ADVERTISING",
    "BRAND_VALUE",
    "COLLEAGUES",
    "FALLBACK_IDEA",
    "GOAL",
    "IF_DECLINED",
    "LIBRARY_PROMISES",
    "LIBRARY_VALUES",
    "MEASURABLE_GOALS",
    "PARTNER_PROMISES",
    "PARTNER_VALUES",
    "PLAN_B",
    "STATISTICS",
    "UNIQUE_IDEA",
    "VALUES_MATCH",
    "VALUES_NOTE",
    "WHY_THIS_COMBINATION",
    "ChecklistQuestion",
    "ChecklistStep",
]


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
