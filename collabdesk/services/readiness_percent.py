"""THE readiness percent as SQL text, correlated to `collaboration.id`.

`readiness_score.score`'s percent written as one SQL expression: the same
required questions (read first, a dozen rows), the same records that answer
some of them, the same per-partner rule (`readiness_score.lacking_partners`),
the same two warnings. services/readiness_sql.py hands this text to
SQLAlchemy for the window's paged list and board; `collabdesk collaborations
list` selects it over the plain sqlite3 connection (commands/reading.py), so
20,000 rows are scored by SQLite instead of in Python, with one definition.
tests/unit/test_readiness_sql.py keeps it equal to the Python score. No
SQLAlchemy here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from collabdesk.domain.checklist_keys import (
    ADVERTISING,
    LIBRARY_PROMISES,
    PARTNER_PROMISES,
    PLAN_B,
    STATISTICS,
    VALUES_MATCH,
    VALUES_NOTE,
)
from collabdesk.domain.enums import Direction, PartnerRole

# What Python's str.strip() removes (str.isspace), so " " or a no-break space
# alone is as empty here as in `readiness_score`; a unit test keeps the list whole.
WHITESPACE = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680"
    "\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u2028\u2029\u202f\u205f\u3000"
)

ROW = "collaboration.id"  # the outer row every sub-select is correlated to


def literal(text: str) -> str:
    """A SQL string literal (question keys come from the database)."""
    return "'" + text.replace("'", "''") + "'"


class _Terms:
    """The correlated sub-expressions of one percent, as text."""

    def __init__(self, dialect: str) -> None:
        self.trim = "btrim" if dialect == "postgresql" else "trim"

    def stripped(self, column: str) -> str:
        return f"{self.trim}({column}, {literal(WHITESPACE)})"

    def answer(self, key: str, whose: Callable[[str], str]) -> str:
        """A non-blank answer to `key` written by `whose(alias)`."""
        return (
            "EXISTS (SELECT 1 FROM checklist_answer AS a"
            f" WHERE a.collaboration_id = {ROW} AND a.question_key = {literal(key)}"
            f" AND {self.stripped('a.answer')} != '' AND {whose('a')})"
        )

    @staticmethod
    def taking_part(alias: str) -> str:
        return (
            f"FROM collaboration_partner AS {alias} WHERE {alias}.collaboration_id = {ROW}"
            f" AND {alias}.role = {literal(PartnerRole.PARTNER.value)}"
        )

    def per_partner_answered(self, key: str) -> str:
        theirs = f"SELECT tp.partner_id {self.taking_part('tp')}"
        # One partner or none: a shared answer or that partner's own counts.
        single = self.answer(
            key, lambda a: f"({a}.partner_id IS NULL OR {a}.partner_id IN ({theirs}))"
        )
        # More: every partner taking part has an answer of their own.
        own = self.answer(key, lambda a: f"{a}.partner_id = cp.partner_id")
        lacking = f"EXISTS (SELECT 1 {self.taking_part('cp')} AND NOT {own})"
        count = f"(SELECT count(*) {self.taking_part('pc')})"
        return f"(CASE WHEN {count} <= 1 THEN {single} ELSE NOT {lacking} END)"

    @staticmethod
    def by_records(key: str) -> str | None:
        def held(table: str, where: str = "") -> str:
            return f"EXISTS (SELECT 1 FROM {table} AS r WHERE r.collaboration_id = {ROW}{where})"

        if key == PLAN_B:
            plan_b = literal(PartnerRole.ALTERNATIVE.value)
            return held("collaboration_partner", f" AND r.role = {plan_b}")
        if key == STATISTICS:
            return held("collaboration_metric")
        if key == ADVERTISING:
            return held("collaboration_ad_item")
        if key in (LIBRARY_PROMISES, PARTNER_PROMISES):
            side = Direction.LIBRARY_GIVES if key == LIBRARY_PROMISES else Direction.PARTNER_GIVES
            return held("commitment", f" AND r.direction = {literal(side.value)}")
        return None

    def warnings(self) -> str:
        shared: Callable[[str], str] = lambda a: f"{a}.partner_id IS NULL"  # noqa: E731
        mismatch = (
            "EXISTS (SELECT 1 FROM checklist_answer AS a"
            f" WHERE a.collaboration_id = {ROW} AND a.question_key = {literal(VALUES_MATCH)}"
            f" AND a.partner_id IS NULL AND {self.stripped('a.answer')} IN ('no', 'partly'))"
            f" AND NOT {self.answer(VALUES_NOTE, shared)}"
        )
        gaps = (
            f"(SELECT count(*) FROM commitment AS g WHERE g.collaboration_id = {ROW}"
            f" AND (g.due_on IS NULL OR {self.stripped('g.owner')} = ''))"
        )
        return f"(CASE WHEN {mismatch} THEN 1 ELSE 0 END + {gaps})"


def percent_sql(questions: Iterable[tuple[str, bool]], dialect: str = "sqlite") -> str:
    """The percent (0–100) of the row's collaboration as a parenthesised SQL
    expression, from the (key, per_partner) of every active required
    question. Integer division of non-negative integers, as `score` does."""
    terms = _Terms(dialect)
    ordered = sorted(questions)
    unanswered = ["0"]
    for key, per_partner in ordered:
        answered = terms.by_records(key)
        if answered is None:
            answered = (
                terms.per_partner_answered(key)
                if per_partner
                else terms.answer(key, lambda a: f"{a}.partner_id IS NULL")
            )
        unanswered.append(f"(CASE WHEN {answered} THEN 0 ELSE 1 END)")
    warnings = terms.warnings()
    if not ordered:  # nothing asked: complete unless something warns
        return f"(CASE WHEN {warnings} = 0 THEN 100 ELSE 0 END)"
    count = len(ordered)
    # count > 0, so the divisor is never 0
    return f"((({count} - ({' + '.join(unanswered)})) * 100) / ({count} + {warnings}))"
