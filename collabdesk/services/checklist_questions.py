"""The checklist's questions as records, in plain Python: what the window,
the services and the command line's plain read path (which loads no
SQLAlchemy) know of a question, and the template that ships with the
program. services/checklist.py keeps them in the database."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from collabdesk.domain.checklist_keys import (
    ADVERTISING,
    LIBRARY_PROMISES,
    PARTNER_PROMISES,
    PLAN_B,
    STATISTICS,
    ChecklistStep,
)
from collabdesk.domain.enums import Audience
from collabdesk.resources_dir import resource

# Questions answered by other records, not by text: who may read them and
# whether they are asked per partner is fixed by those records.
ANSWERED_BY_RECORDS = frozenset(
    {PLAN_B, STATISTICS, ADVERTISING, LIBRARY_PROMISES, PARTNER_PROMISES}
)


@dataclass(frozen=True)
class QuestionRecord:
    key: str
    step: ChecklistStep
    position: int
    prompt_en: str
    prompt_ru: str
    required: bool
    active: bool
    builtin: bool
    # Who may read the answers (the partner, or staff only) and whether each
    # partner of a collaboration gets its own answer.
    audience: Audience = Audience.STAFF
    per_partner: bool = False

    @property
    def partner_facing(self) -> bool:
        return self.audience is Audience.PARTNER

    @property
    def answered_by_records(self) -> bool:
        """True for plan B, picks and promises: other records answer them."""
        return self.key in ANSWERED_BY_RECORDS

    def prompt(self, lang: str) -> str:
        """The prompt in `lang` ("ru" or "en"), the other one when it is blank."""
        first, second = (
            (self.prompt_ru, self.prompt_en)
            if lang == "ru"
            else (
                self.prompt_en,
                self.prompt_ru,
            )
        )
        return first or second


def default_questions() -> list[dict[str, Any]]:
    data: dict[str, Any] = json.loads(
        resource("checklist", "default_template.json").read_text("utf-8")
    )
    questions: list[dict[str, Any]] = data["questions"]
    return questions
