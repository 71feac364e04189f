"""Calendar reminders before each due date, as the library writes them:
"1d,7d" (a day and a week before), "2h", "0" or "none" for none. Shared
by the library's setting, the command line's `--alarm` and the export."""

from __future__ import annotations

from datetime import timedelta

DEFAULT_ALARMS = "1d,7d"
NO_ALARM = "0"
MAX_ALARMS = 5
MAX_DAYS = 365
# "none" in the words a librarian may type; a lone 0 or nothing says it too.
_NONE_WORDS = frozenset({"", "0", "none", "no", "off", "нет"})
# Unit letters, Latin or Cyrillic (д = день, ч = час, н = неделя).
_UNITS: dict[str, timedelta] = {
    "d": timedelta(days=1),
    "д": timedelta(days=1),
    "h": timedelta(hours=1),
    "ч": timedelta(hours=1),
    "w": timedelta(weeks=1),
    "н": timedelta(weeks=1),
}


def parse_alarms(text: str) -> tuple[timedelta, ...] | None:
    """ "1d, 7d" → (1 day, 7 days), nearest first, each once; "0", "none"
    or nothing → (); anything unreadable (a bad unit, 0d, more than a year,
    more than five) → None, so the caller can say what is wrong."""
    cleaned = text.strip().lower().replace(";", ",").replace(" ", "")
    if cleaned in _NONE_WORDS:
        return ()
    found: set[timedelta] = set()
    for part in cleaned.split(","):
        if len(part) < 2 or not part[:-1].isdigit() or part[-1] not in _UNITS:
            return None
        before = int(part[:-1]) * _UNITS[part[-1]]
        if before <= timedelta(0) or before > timedelta(days=MAX_DAYS):
            return None
        found.add(before)
    if len(found) > MAX_ALARMS:
        return None
    return tuple(sorted(found))


def alarms_text(alarms: tuple[timedelta, ...]) -> str:
    """The canonical spelling kept in the profile: (1 day, 7 days) → "1d,7d"."""
    if not alarms:
        return NO_ALARM
    parts = []
    for before in alarms:
        hours = int(before.total_seconds()) // 3600
        parts.append(f"{hours // 24}d" if hours % 24 == 0 else f"{hours}h")
    return ",".join(parts)
