"""Dates typed as text: 2027-03-01 or 01.03.2027 (the Russian habit)."""

from __future__ import annotations

from datetime import date, datetime

FORMATS = ("%Y-%m-%d", "%d.%m.%Y", "%d.%m.%y")


def parse_date(text: str) -> date | None:
    """None for blank text; ValueError for text that is not one of FORMATS."""
    text = text.strip()
    if not text:
        return None
    for fmt in FORMATS:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(text)
