"""The one rule of what a partner may read.

The pitch, the slides, meeting mode and the meeting copy all ask this module,
so an internal note ("if the partner declines → apply for the city grant")
cannot reach a partner through one of them while the others hide it.

Checklist answers say who may read them through their question's
`audience` (data: a library's own questions carry it too). Fields of other
records are fixed here, because their meaning is fixed by the program.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy import Connection, Select, func, select

from collabdesk.domain.advertising import CollaborationAdItem, CollaborationMetric
from collabdesk.domain.checklist import (
    ADVERTISING,
    LIBRARY_PROMISES,
    PARTNER_PROMISES,
    STATISTICS,
    ChecklistQuestion,
)
from collabdesk.domain.collaboration import ChecklistAnswer, CollaborationPartner
from collabdesk.domain.commitment import Commitment
from collabdesk.domain.enums import Audience, Direction, PartnerRole
from collabdesk.domain.library import LibraryProfile
from collabdesk.services.tracker_query import TrackerRow

# Fields a partner never reads, whatever the surface: who does the work on
# our side, how a value was estimated, notes written for colleagues, and the
# bookkeeping of delivery problems.
STAFF_ONLY_FIELDS: frozenset[tuple[str, str]] = frozenset(
    {
        ("partner", "notes"),
        ("partner", "values_notes"),
        ("partner", "owner"),
        ("contact", "notes"),
        ("interaction", "summary"),
        ("commitment", "owner"),
        ("commitment", "valuation_method"),
        ("commitment", "waived_reason"),
        ("commitment", "proof_note"),
        ("commitment", "proof_path"),
        ("commitment_proof", "added_by"),  # who on our side filed the proof
        ("collaboration_partner", "role"),  # plan-B partners are never named
        ("collaboration", "stage_reason"),  # "declined: too expensive" is the office's
        ("stage_change", "reason"),
    }
)


def partner_may_read_field(table: str, field: str) -> bool:
    """False for a field that only staff may read."""
    return (table, field) not in STAFF_ONLY_FIELDS


# What the window turned towards the partner in a meeting hides besides the
# staff-only fields: money is talked about, not shown as the office's
# figures; lateness, missing proof, readiness, plan B and the reputation
# figures are the office's own bookkeeping (pseudo-fields name them).
MEETING_HIDDEN_FIELDS: frozenset[tuple[str, str]] = frozenset(
    {
        ("commitment", "value"),
        ("commitment", "currency"),
        ("commitment", "overdue"),  # OVERDUE, "(3 days late)", the red row
        ("commitment", "no_proof"),  # "Delivered · no proof"
        ("partner", "values"),
        ("partner", "reputation"),  # on-time figures and the dashboard
        ("collaboration", "plan_b"),
        ("collaboration", "renewal"),  # when it is due, the rate, the links (issue 18)
        ("collaboration", "readiness"),  # the checklist and what is left to prepare
    }
)


def meeting_may_show(table: str, field: str) -> bool:
    """False for what meeting mode keeps off the screen."""
    return partner_may_read_field(table, field) and (table, field) not in MEETING_HIDDEN_FIELDS


def meeting_tracker_row(row: TrackerRow) -> TrackerRow:
    """A tracker row as meeting mode shows it: no owner, no money, no flags
    (a delivered promise without proof reads as delivered)."""
    return replace(
        row,
        owner=row.owner if meeting_may_show("commitment", "owner") else "",
        value=row.value if meeting_may_show("commitment", "value") else None,
        currency=row.currency if meeting_may_show("commitment", "currency") else "",
        overdue=row.overdue and meeting_may_show("commitment", "overdue"),
        proofs=row.proofs if meeting_may_show("commitment", "no_proof") else max(row.proofs, 1),
    )


@dataclass(frozen=True)
class PartnerFacingAnswers:
    """The checklist answers one partner may read, in one language."""

    texts: dict[str, str]  # question key -> the answer
    # Keys whose answer exists only in the data's language, so a pitch in the
    # other language prints it untranslated (the dialog names them).
    untranslated: tuple[str, ...]


def data_language(reads: Connection) -> str:
    """The language the library writes its records in ("ru" unless set)."""
    row = reads.execute(
        select(LibraryProfile.default_language).order_by(LibraryProfile.id).limit(1)
    ).first()
    return (row[0] if row and row[0] else "ru").strip().lower()


def _partners_taking_part(reads: Connection, collaboration_id: int) -> list[int]:
    rows = reads.execute(
        select(CollaborationPartner.partner_id).where(
            CollaborationPartner.collaboration_id == collaboration_id,
            CollaborationPartner.role == PartnerRole.PARTNER,
        )
    )
    return [row[0] for row in rows]


def partner_facing_answers(
    reads: Connection, collaboration_id: int, partner_id: int | None, language: str
) -> PartnerFacingAnswers:
    """Answers to partner-facing questions, for `partner_id` (None: a document
    for nobody in particular, which gets no per-partner answer at all).

    A per-partner question uses the partner's own answer; an old answer
    written for the whole collaboration counts only when the partner is the
    only one taking part, so one partner's benefit never lands in another's
    pitch. `language` other than the data's picks each answer's translation,
    falling back to the original, and lists those keys as untranslated.
    """
    questions = {
        row[0]: row[1]
        for row in reads.execute(
            select(ChecklistQuestion.key, ChecklistQuestion.per_partner).where(
                ChecklistQuestion.audience == Audience.PARTNER
            )
        )
    }
    if not questions:
        return PartnerFacingAnswers({}, ())
    only_partner = _partners_taking_part(reads, collaboration_id) == (
        [partner_id] if partner_id is not None else None
    )
    rows = reads.execute(
        select(
            ChecklistAnswer.question_key,
            ChecklistAnswer.partner_id,
            ChecklistAnswer.answer,
            ChecklistAnswer.translation,
        )
        .where(
            ChecklistAnswer.collaboration_id == collaboration_id,
            ChecklistAnswer.question_key.in_(questions),
            func.coalesce(ChecklistAnswer.partner_id, 0).in_([0, partner_id or 0]),
        )
        .order_by(ChecklistAnswer.id)
    ).all()
    translate = language.strip().lower() != data_language(reads)
    chosen: dict[str, tuple[str, str]] = {}
    for key, owner, answer, translation in rows:
        if questions[key]:  # asked per partner
            if owner is None and not only_partner:
                continue
            if owner is None and key in chosen:
                continue  # the partner's own answer wins over an old shared one
        elif owner is not None:
            continue
        if answer.strip() or translation.strip():
            chosen[key] = (answer.strip(), translation.strip())
    texts: dict[str, str] = {}
    untranslated: list[str] = []
    for key, (answer, translation) in chosen.items():
        if translate and translation:
            texts[key] = translation
        elif answer:
            texts[key] = answer
            if translate:
                untranslated.append(key)
    return PartnerFacingAnswers(texts, tuple(untranslated))


def partner_facing_keys(reads: Connection) -> frozenset[str]:
    """Keys of every question (retired ones too) whose answers a partner may
    read; an answer to any other key, or to no known question, is internal."""
    rows = reads.execute(
        select(ChecklistQuestion.key).where(ChecklistQuestion.audience == Audience.PARTNER)
    )
    return frozenset(row[0] for row in rows)


@dataclass(frozen=True)
class FacingGap:
    """A required partner-facing question left without an answer for one
    partner: the pitch dialog warns with it before writing the pitch."""

    key: str
    prompt_en: str
    prompt_ru: str

    def prompt(self, lang: str) -> str:
        first, second = (
            (self.prompt_ru, self.prompt_en) if lang == "ru" else (self.prompt_en, self.prompt_ru)
        )
        return first or second


def _answered_by_records(reads: Connection, collaboration_id: int) -> dict[str, bool]:
    def some(stmt: Select[tuple[int]] | Select[int]) -> bool:
        return bool(reads.scalar(stmt))

    def promises(direction: Direction) -> bool:
        return some(
            select(func.count(Commitment.id)).where(
                Commitment.collaboration_id == collaboration_id,
                Commitment.direction == direction,
            )
        )

    return {
        STATISTICS: some(
            select(func.count(CollaborationMetric.id)).where(
                CollaborationMetric.collaboration_id == collaboration_id
            )
        ),
        ADVERTISING: some(
            select(func.count(CollaborationAdItem.id)).where(
                CollaborationAdItem.collaboration_id == collaboration_id
            )
        ),
        LIBRARY_PROMISES: promises(Direction.LIBRARY_GIVES),
        PARTNER_PROMISES: promises(Direction.PARTNER_GIVES),
    }


def unanswered_partner_facing(
    reads: Connection, collaboration_id: int, partner_id: int | None
) -> tuple[FacingGap, ...]:
    """Required, active, partner-facing questions a pitch for `partner_id`
    would print without an answer, in template order. Read through
    partner_facing_answers, so "answered" means exactly what the pitch shows
    (a per-partner question needs the partner's own answer when several take
    part); picks and promises count as the records that answer them."""
    questions = reads.execute(
        select(
            ChecklistQuestion.key,
            ChecklistQuestion.prompt_en,
            ChecklistQuestion.prompt_ru,
        )
        .where(
            ChecklistQuestion.audience == Audience.PARTNER,
            ChecklistQuestion.required.is_(True),
            ChecklistQuestion.active.is_(True),
        )
        .order_by(ChecklistQuestion.position, ChecklistQuestion.key)
    ).all()
    if not questions:
        return ()
    texts = partner_facing_answers(reads, collaboration_id, partner_id, data_language(reads)).texts
    records = _answered_by_records(reads, collaboration_id)
    return tuple(
        FacingGap(key, prompt_en, prompt_ru)
        for key, prompt_en, prompt_ru in questions
        if not (records[key] if key in records else texts.get(key))
    )


def missing_partner_answers(
    reads: Connection, collaboration_id: int, partner_id: int | None
) -> tuple[str, ...]:
    """Keys of the gaps above, for the pitch content's warning."""
    return tuple(gap.key for gap in unanswered_partner_facing(reads, collaboration_id, partner_id))
