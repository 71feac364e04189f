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
from typing import TYPE_CHECKING

from collabdesk.domain.checklist_keys import (
    ADVERTISING,
    LIBRARY_PROMISES,
    PARTNER_PROMISES,
    STATISTICS,
)
from collabdesk.domain.enums import Audience, Direction, PartnerRole
from collabdesk.services.plain_rows import Run, as_run
from collabdesk.services.tracker_query import TrackerRow

if TYPE_CHECKING:
    from sqlalchemy import Connection

# The reads below are plain SQL text (services/plain_rows): the services pass
# the store's connection, `collabdesk pitch` a plain sqlite3 one, and both
# read the one rule. No SQLAlchemy is imported here.

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


def data_language(reads: Connection | Run) -> str:
    """The language the library writes its records in ("ru" unless set)."""
    rows = as_run(reads)("SELECT default_language FROM library_profile ORDER BY id LIMIT 1", [])
    row = rows[0] if rows else None
    return (row[0] if row and row[0] else "ru").strip().lower()


def _partners_taking_part(run: Run, collaboration_id: int) -> list[int]:
    rows = run(
        "SELECT partner_id FROM collaboration_partner WHERE collaboration_id = ? AND role = ?",
        [collaboration_id, PartnerRole.PARTNER.value],
    )
    return [row[0] for row in rows]


def _partner_questions(run: Run) -> dict[str, bool]:
    """key -> asked per partner, of every question a partner may read."""
    rows = run(
        "SELECT key, per_partner FROM checklist_question WHERE audience = ?",
        [Audience.PARTNER.value],
    )
    return {row[0]: bool(row[1]) for row in rows}


def partner_facing_answers(
    reads: Connection | Run, collaboration_id: int, partner_id: int | None, language: str
) -> PartnerFacingAnswers:
    """Answers to partner-facing questions, for `partner_id` (None: a document
    for nobody in particular, which gets no per-partner answer at all).

    A per-partner question uses the partner's own answer; an old answer
    written for the whole collaboration counts only when the partner is the
    only one taking part, so one partner's benefit never lands in another's
    pitch. `language` other than the data's picks each answer's translation,
    falling back to the original, and lists those keys as untranslated.
    """
    run = as_run(reads)
    questions = _partner_questions(run)
    if not questions:
        return PartnerFacingAnswers({}, ())
    only_partner = _partners_taking_part(run, collaboration_id) == (
        [partner_id] if partner_id is not None else None
    )
    keys = list(questions)
    rows = run(
        "SELECT question_key, partner_id, answer, translation FROM checklist_answer"
        f" WHERE collaboration_id = ? AND question_key IN ({', '.join('?' * len(keys))})"
        " AND coalesce(partner_id, 0) IN (0, ?) ORDER BY id",
        [collaboration_id, *keys, partner_id or 0],
    )
    translate = language.strip().lower() != data_language(run)
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


def partner_facing_keys(reads: Connection | Run) -> frozenset[str]:
    """Keys of every question (retired ones too) whose answers a partner may
    read; an answer to any other key, or to no known question, is internal."""
    return frozenset(_partner_questions(as_run(reads)))


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


def _answered_by_records(run: Run, collaboration_id: int) -> dict[str, bool]:
    def some(table: str, where: str = "", *params: str) -> bool:
        found = run(
            f"SELECT count(*) FROM {table} WHERE collaboration_id = ?{where}",
            [collaboration_id, *params],
        )
        return bool(found[0][0])

    def promises(direction: Direction) -> bool:
        return some("commitment", " AND direction = ?", direction.value)

    return {
        STATISTICS: some("collaboration_metric"),
        ADVERTISING: some("collaboration_ad_item"),
        LIBRARY_PROMISES: promises(Direction.LIBRARY_GIVES),
        PARTNER_PROMISES: promises(Direction.PARTNER_GIVES),
    }


def unanswered_partner_facing(
    reads: Connection | Run, collaboration_id: int, partner_id: int | None
) -> tuple[FacingGap, ...]:
    """Required, active, partner-facing questions a pitch for `partner_id`
    would print without an answer, in template order. Read through
    partner_facing_answers, so "answered" means exactly what the pitch shows
    (a per-partner question needs the partner's own answer when several take
    part); picks and promises count as the records that answer them."""
    run = as_run(reads)
    questions = run(
        "SELECT key, prompt_en, prompt_ru FROM checklist_question"
        " WHERE audience = ? AND required = ? AND active = ? ORDER BY position, key",
        [Audience.PARTNER.value, True, True],
    )
    if not questions:
        return ()
    texts = partner_facing_answers(run, collaboration_id, partner_id, data_language(run)).texts
    records = _answered_by_records(run, collaboration_id)
    return tuple(
        FacingGap(key, prompt_en, prompt_ru)
        for key, prompt_en, prompt_ru in questions
        if not (records[key] if key in records else texts.get(key))
    )


def missing_partner_answers(
    reads: Connection | Run, collaboration_id: int, partner_id: int | None
) -> tuple[str, ...]:
    """Keys of the gaps above, for the pitch content's warning."""
    return tuple(gap.key for gap in unanswered_partner_facing(reads, collaboration_id, partner_id))
