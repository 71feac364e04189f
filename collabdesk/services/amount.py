"""Amounts as people type them: "1 234,50" in Russian, "1,234.50" in English,
or plain "1234.50" anywhere. The form passes its locale's separators; the
result is a Decimal, never a float, so kopecks are not rounded away."""

from __future__ import annotations

import re
from decimal import Decimal

from collabdesk.services.errors import QT_TRANSLATE_NOOP, FieldProblem, Message, ValidationError

CONTEXT = "Validation"

_SPACES = re.compile(r"[\s\u00a0\u202f'’]")
_PLAIN = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)$")
_GROUPED = re.compile(r"^[+-]?\d{1,3}(x\d{3})+$")
MAX_TYPED = 40


def _bad(field: str, text: str) -> ValidationError:
    shown = text if len(text) <= MAX_TYPED else text[:MAX_TYPED] + "…"
    return ValidationError(
        [
            FieldProblem(
                field,
                "bad_amount",
                Message(
                    CONTEXT,
                    QT_TRANSLATE_NOOP(
                        "Validation",
                        "“%1” is not an amount; type digits such as 1234.50 or 1 234,50.",
                    ),
                    (shown,),
                ),
            )
        ]
    )


def _without_grouping(text: str, separator: str) -> str | None:
    """`text` with `separator` removed if it only groups thousands."""
    marked = text.replace(separator, "x")
    return marked.replace("x", "") if _GROUPED.match(marked) else None


def parse_amount(
    text: str, field: str, decimal_point: str = ".", group_separator: str = ","
) -> Decimal | None:
    """The amount typed in `text`, or None when it is empty.

    Spaces (also non-breaking) always group thousands. With both "," and "."
    the later one is the decimal mark. A lone separator followed by exactly
    three digits is taken as grouping only when it is the locale's group
    separator ("1,234" in English, "1.234" in German); otherwise it is the
    decimal mark, so "1234,50" and "1234.50" both mean the same everywhere.
    """
    raw = text.strip()
    if not raw:
        return None
    compact = _SPACES.sub("", raw)
    marks = [ch for ch in (",", ".") if ch in compact]
    if len(marks) > 1:  # both typed
        decimal = "," if compact.rfind(",") > compact.rfind(".") else "."
        other = "." if decimal == "," else ","
        head, _, tail = compact.rpartition(decimal)
        grouped = _without_grouping(head, other)
        if grouped is None:
            raise _bad(field, raw)
        compact = f"{grouped}.{tail}"
    elif len(marks) == 1:
        mark = marks[0]
        grouped = _without_grouping(compact, mark)
        lone = compact.count(mark) == 1
        if grouped is not None and (not lone or (mark == group_separator != decimal_point)):
            compact = grouped
        elif lone:
            compact = compact.replace(mark, ".")
        else:
            raise _bad(field, raw)
    if not _PLAIN.match(compact):
        raise _bad(field, raw)
    return Decimal(compact)
