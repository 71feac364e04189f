"""Dates typed as text: 2027-03-01, 01.03.2027 (the Russian habit), or the
way the window writes them in English, "1 Mar 2027" (ui/shell/i18n.py), so a
date copied from one field can be pasted into another."""

from __future__ import annotations

from datetime import date, datetime

# %b/%B: English month names (Python's own C locale for dates, whatever the system's)
FORMATS = ("%Y-%m-%d", "%d.%m.%Y", "%d.%m.%y", "%d %b %Y", "%d %B %Y")


def parse_date(text: str) -> date | None:
    """None for blank text; ValueError for text that is not one of FORMATS."""
    text = " ".join(text.split())
    if not text:
        return None
    for fmt in FORMATS:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(text)
