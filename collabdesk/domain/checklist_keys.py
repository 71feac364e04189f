"""The checklist's steps and the question keys other parts of the program
read, as plain Python: the command line's plain read path scores readiness
(services/readiness_score.py) without loading SQLAlchemy, which the
question table's model (domain/checklist.py) needs."""

from __future__ import annotations

from enum import StrEnum


class ChecklistStep(StrEnum):
    WHY = "why"
    ALTERNATIVES = "alternatives"
    QUALITATIVE = "qualitative"
    QUANTITATIVE = "quantitative"
    REPUTATION = "reputation"


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
