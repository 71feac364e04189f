"""Collaborations: an idea pursued with one or more partners, and the
answers of its five-step checklist."""

from __future__ import annotations

from datetime import date

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from collabdesk.domain.base import Base, Tracked, enum_column
from collabdesk.domain.enums import PartnerRole, Stage
from collabdesk.domain.partner import Partner

TITLE_MAX = 200


class Collaboration(Tracked, Base):
    __tablename__ = "collaboration"
    __table_args__ = (
        # The list pages by title (keyset on title, id); the board by stage, then title.
        Index("ix_collaboration_title_id", "title", "id"),
        Index("ix_collaboration_stage_title_id", "stage", "title", "id"),
        # "Renewed?" per row of the list (services/renewal_due), through the index.
        Index("ix_collaboration_renewed_from_id", "renewed_from_id"),
    )

    title: Mapped[str] = mapped_column(String(TITLE_MAX))
    idea: Mapped[str] = mapped_column(Text, default="")
    # The same texts in the library's second language, for a pitch in it.
    title_translation: Mapped[str] = mapped_column(String(TITLE_MAX), default="")
    idea_translation: Mapped[str] = mapped_column(Text, default="")
    stage: Mapped[Stage] = mapped_column(enum_column(Stage), default=Stage.IDEA, index=True)
    starts_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    ends_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    # When the collaboration entered its present stage, and why (a reason is
    # asked for "declined" and "on hold"); every change is in StageChange.
    stage_changed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    stage_reason: Mapped[str] = mapped_column(Text, default="", server_default="")
    wizard_page: Mapped[int] = mapped_column(Integer, default=0)  # where the wizard resumes
    renewed_from_id: Mapped[int | None] = mapped_column(
        ForeignKey("collaboration.id", ondelete="SET NULL"), nullable=True
    )
    # The results step after delivery (services/results.py), read by the recap.
    result_attendance: Mapped[int | None] = mapped_column(Integer, nullable=True)
    result_impressions: Mapped[int | None] = mapped_column(Integer, nullable=True)
    result_media_pieces: Mapped[int | None] = mapped_column(Integer, nullable=True)
    result_quotes: Mapped[str] = mapped_column(Text, default="", server_default="")  # one a line
    result_next_time: Mapped[str] = mapped_column(Text, default="", server_default="")
    # The branch it belongs to (issue 19). No foreign key: SQLite adds the
    # column in place only without one; services/branches.py keeps it valid.
    branch_id: Mapped[int | None] = mapped_column(Integer, nullable=True, index=True)

    participants: Mapped[list[CollaborationPartner]] = relationship(
        back_populates="collaboration", cascade="all, delete-orphan", passive_deletes=True
    )
    answers: Mapped[list[ChecklistAnswer]] = relationship(
        back_populates="collaboration", cascade="all, delete-orphan", passive_deletes=True
    )


class CollaborationPartner(Tracked, Base):
    """A partner's place in a collaboration: taking part, or plan B.

    Deleting a partner who takes part is refused (RESTRICT): the collaboration
    would otherwise lose the record of who it was with.
    """

    __tablename__ = "collaboration_partner"
    __table_args__ = (UniqueConstraint("collaboration_id", "partner_id"),)

    collaboration_id: Mapped[int] = mapped_column(
        ForeignKey("collaboration.id", ondelete="CASCADE"), index=True
    )
    partner_id: Mapped[int] = mapped_column(
        ForeignKey("partner.id", ondelete="RESTRICT"), index=True
    )
    role: Mapped[PartnerRole] = mapped_column(enum_column(PartnerRole), default=PartnerRole.PARTNER)

    collaboration: Mapped[Collaboration] = relationship(back_populates="participants")
    partner: Mapped[Partner] = relationship()


class ChecklistAnswer(Tracked, Base):
    """One answer to one checklist question of one collaboration, or of one
    partner in it when the question is asked per partner (`partner_id`)."""

    __tablename__ = "checklist_answer"
    __table_args__ = (
        # One answer per question and partner; NULL (the whole collaboration)
        # counts as one value, which a plain UNIQUE would not do.
        Index(
            "uq_checklist_answer_per_partner",
            "collaboration_id",
            "step_key",
            "question_key",
            text("coalesce(partner_id, 0)"),
            unique=True,
        ),
        # Readiness asks, per collaboration, whether a question has an answer.
        Index("ix_checklist_answer_collaboration_question", "collaboration_id", "question_key"),
    )

    collaboration_id: Mapped[int] = mapped_column(
        ForeignKey("collaboration.id", ondelete="CASCADE"), index=True
    )
    step_key: Mapped[str] = mapped_column(String(40))
    question_key: Mapped[str] = mapped_column(String(80), default="")
    partner_id: Mapped[int | None] = mapped_column(
        ForeignKey("partner.id", ondelete="CASCADE"), nullable=True, index=True
    )
    answer: Mapped[str] = mapped_column(Text, default="")
    # The answer in the library's second language (empty: none yet).
    translation: Mapped[str] = mapped_column(Text, default="")
    done: Mapped[bool] = mapped_column(Boolean, default=False)

    collaboration: Mapped[Collaboration] = relationship(back_populates="answers")
