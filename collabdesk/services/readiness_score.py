"""How ready a collaboration is for its pitch, as plain Python and SQL text:
the required checklist questions answered or backed by records, and no open
warnings.

THE definition: `score` (the percent and what is missing) over what
`readiness_of_rows` reads, for many collaborations at once with a fixed
number of statements. services/readiness.py runs it on the store's session
for the window and the services; `collabdesk collaborations list|show` run
it over a plain sqlite3 connection (commands/reading.py) without loading
SQLAlchemy. services/readiness_sql.py writes the same percent as one SQL
expression for the paged list (tests/unit/test_readiness_sql.py keeps the
two equal). No SQLAlchemy here.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from collabdesk.domain import checklist_keys as keys
from collabdesk.domain.checklist_keys import ChecklistStep
from collabdesk.domain.enums import Direction, PartnerRole
from collabdesk.services.plain_rows import Run

STEPS: tuple[ChecklistStep, ...] = tuple(ChecklistStep)
CHUNK = 500  # ids per IN list: SQLite limits bound parameters


@dataclass(frozen=True)
class Missing:
    """One thing between a collaboration and 100 %: an unanswered required
    question (`question_key`) or an unresolved warning (`code`)."""

    code: str  # "unanswered", "values_mismatch", "promise_without_date_or_owner"
    question_key: str
    message: str
    detail: str = ""  # the promise's description, for the UI's own sentence
    # A per-partner question: the partner taking part who lacks its own answer.
    partner_id: int | None = None
    partner_name: str = ""


@dataclass(frozen=True)
class Readiness:
    percent: int
    missing: tuple[Missing, ...]

    @property
    def complete(self) -> bool:
        return not self.missing


class Question(NamedTuple):
    """A required question as the score reads it."""

    key: str
    step: ChecklistStep
    position: int
    prompt_en: str
    per_partner: bool


class _Promise(NamedTuple):
    direction: Direction
    description: str
    due_on: date | None
    owner: str


# question key -> whose non-empty answer (None: the whole collaboration) -> text
_Answers = dict[str, dict[int | None, str]]


def _marks(chunk: list[int]) -> str:
    return ", ".join("?" * len(chunk))


def required_questions(run: Run) -> list[Question]:
    """Every active required question, in the checklist's order."""
    rows = run(
        "SELECT key, step, position, prompt_en, per_partner FROM checklist_question"
        " WHERE active = ? AND required = ?",
        [True, True],
    )
    questions = [
        Question(str(key), ChecklistStep(step), int(position), prompt or "", bool(per_partner))
        for key, step, position, prompt, per_partner in rows
    ]
    return sorted(questions, key=lambda q: (STEPS.index(q.step), q.position, q.key))


def _counts(run: Run, table: str, chunk: list[int], where: str = "") -> dict[int, int]:
    """Rows per collaboration id in `table`, one grouped statement."""
    rows = run(
        f"SELECT collaboration_id, count(*) FROM {table}"
        f" WHERE collaboration_id IN ({_marks(chunk)}){where} GROUP BY collaboration_id",
        chunk,
    )
    return {int(cid): int(n) for cid, n in rows}


def readiness_of_rows(run: Run, ids: list[int]) -> dict[int, Readiness]:
    """Readiness of many collaborations with a fixed number of statements, so
    the list and the board stay quick with hundreds of collaborations."""
    questions = required_questions(run)
    answers: dict[int, _Answers] = {cid: {} for cid in ids}
    partners: dict[int, list[tuple[int, str]]] = {cid: [] for cid in ids}
    commitments: dict[int, list[_Promise]] = {cid: [] for cid in ids}
    plan_b: dict[int, int] = {}
    metrics: dict[int, int] = {}
    items: dict[int, int] = {}
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        for cid, key, written_for, text in run(
            "SELECT collaboration_id, question_key, partner_id, answer FROM checklist_answer"
            f" WHERE collaboration_id IN ({_marks(chunk)})",
            chunk,
        ):
            if text.strip():
                answers[cid].setdefault(key, {})[written_for] = text.strip()
        for cid, pid, name in run(
            "SELECT collaboration_partner.collaboration_id, partner.id, partner.name"
            " FROM collaboration_partner"
            " JOIN partner ON partner.id = collaboration_partner.partner_id"
            f" WHERE collaboration_partner.collaboration_id IN ({_marks(chunk)})"
            " AND collaboration_partner.role = ? ORDER BY partner.name, partner.id",
            [*chunk, PartnerRole.PARTNER.value],
        ):
            partners[cid].append((int(pid), name))
        for cid, direction, description, due_on, owner in run(
            "SELECT collaboration_id, direction, description, due_on, owner FROM commitment"
            f" WHERE collaboration_id IN ({_marks(chunk)})",
            chunk,
        ):
            due = None if due_on is None else date.fromisoformat(str(due_on))
            commitments[cid].append(_Promise(Direction(direction), description, due, owner))
        alternative = f" AND role = '{PartnerRole.ALTERNATIVE.value}'"
        plan_b |= _counts(run, "collaboration_partner", chunk, alternative)
        metrics |= _counts(run, "collaboration_metric", chunk)
        items |= _counts(run, "collaboration_ad_item", chunk)
    result = {}
    for cid in ids:
        promises = commitments[cid]
        by_records = {
            keys.PLAN_B: plan_b.get(cid, 0),
            keys.STATISTICS: metrics.get(cid, 0),
            keys.ADVERTISING: items.get(cid, 0),
            keys.LIBRARY_PROMISES: sum(c.direction is Direction.LIBRARY_GIVES for c in promises),
            keys.PARTNER_PROMISES: sum(c.direction is Direction.PARTNER_GIVES for c in promises),
        }
        result[cid] = score(questions, answers[cid], partners[cid], by_records, promises)
    return result


def lacking_partners(
    owners: Collection[int | None], partners: list[tuple[int, str]]
) -> list[tuple[int, str]]:
    """Partners taking part without their own answer to a per-partner
    question. With one partner (or none), an old shared answer counts and
    nobody needs naming: (0, "") stands for the collaboration."""
    if len(partners) <= 1:
        counted = {None, *(pid for pid, _name in partners)}
        return [] if counted & set(owners) else [(0, "")]
    return [(pid, name) for pid, name in partners if pid not in owners]


def _unanswered(q: Question, answers: _Answers, partners: list[tuple[int, str]]) -> list[Missing]:
    owners = answers.get(q.key, {})
    if not q.per_partner:
        return (
            [] if None in owners else [Missing("unanswered", q.key, f"Not answered: {q.prompt_en}")]
        )
    return [
        Missing(
            "unanswered",
            q.key,
            f"Not answered for {name}: {q.prompt_en}" if pid else f"Not answered: {q.prompt_en}",
            partner_id=pid or None,
            partner_name=name,
        )
        for pid, name in lacking_partners(owners, partners)
    ]


def score(
    questions: list[Question],
    answers: _Answers,
    partners: list[tuple[int, str]],
    by_records: dict[str, int],
    commitments: list[_Promise],
) -> Readiness:
    """The percent and what is missing, from what one collaboration has."""
    missing: list[Missing] = []
    unanswered = 0
    for q in questions:
        if q.key in by_records:
            gaps = (
                []
                if by_records[q.key] > 0
                else [Missing("unanswered", q.key, f"Not answered: {q.prompt_en}")]
            )
        else:
            gaps = _unanswered(q, answers, partners)
        unanswered += bool(gaps)
        missing.extend(gaps)
    warnings: list[Missing] = []
    shared = {key: texts.get(None, "") for key, texts in answers.items()}
    if shared.get(keys.VALUES_MATCH) in ("no", "partly") and not shared.get(keys.VALUES_NOTE):
        warnings.append(
            Missing(
                "values_mismatch",
                keys.VALUES_NOTE,
                "The values do not fully match and there is no note on how to deal with it.",
            )
        )
    for c in commitments:
        if c.due_on is None or not c.owner.strip():
            warnings.append(
                Missing(
                    "promise_without_date_or_owner",
                    keys.LIBRARY_PROMISES
                    if c.direction is Direction.LIBRARY_GIVES
                    else keys.PARTNER_PROMISES,
                    f"The promise “{c.description}” has no due date or no owner.",
                    c.description,
                )
            )
    total = len(questions) + len(warnings)
    good = len(questions) - unanswered
    percent = 100 if total == 0 else (good * 100) // total
    return Readiness(percent, tuple(missing + warnings))
