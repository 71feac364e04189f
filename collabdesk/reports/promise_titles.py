"""What a promise is called in a document: its description, and for a
recurring one its schedule in the document's language ("monthly, 12 in
all, from January 2027" / «ежемесячно, всего 12, с января 2027 г.»)."""

from __future__ import annotations

from collabdesk.domain.enums import Recurrence
from collabdesk.reports.texts import MONTHS_EN, MONTHS_GENITIVE_RU, format_date
from collabdesk.services.pitch_model import PromiseLine, SeriesLine

SCHEDULE_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "week": "weekly",
        "month": "monthly",
        "quarter": "quarterly",
        "schedule": "{every}, {count} in all, from {start}",
        "progress": "{done} of {count} delivered",
    },
    "ru": {
        "week": "еженедельно",
        "month": "ежемесячно",
        "quarter": "ежеквартально",
        "schedule": "{every}, всего {count}, с {start}",
        "progress": "выполнено {done} из {count}",
    },
}


def schedule_text(series: SeriesLine, lang: str) -> str:
    w = SCHEDULE_WORDS["ru" if lang == "ru" else "en"]
    first = series.first_due_on
    if series.every is Recurrence.WEEK:
        start = format_date(first, lang)
    elif lang == "ru":
        start = f"{MONTHS_GENITIVE_RU[first.month - 1]} {first.year} г."
    else:
        start = f"{MONTHS_EN[first.month - 1]} {first.year}"
    return w["schedule"].format(
        every=w[Recurrence(series.every).value], count=series.times, start=start
    )


def with_details(text: str, line: PromiseLine, lang: str, details: list[str]) -> str:
    """ "Report (12 reports, ₽24,000)", and for a series one bracket with the
    schedule first: "Report (monthly, 12 in all, from January 2027; 12 reports)"."""
    parts = [schedule_text(line.series, lang)] if line.series is not None else []
    if details:
        parts.append(", ".join(details))
    return f"{text} ({'; '.join(parts)})" if parts else text


def promise_title(line: PromiseLine, lang: str, description: str | None = None) -> str:
    """The description (or the shortened one given), and " (<schedule>)" for
    a series: the schedule is never what a length limit cuts off."""
    text = line.description if description is None else description
    if line.series is None:
        return text
    return f"{text} ({schedule_text(line.series, lang)})"


def progress_text(line: PromiseLine, lang: str) -> str:
    """For a series folded into one line: how many of its occurrences were
    delivered ("5 of 12 delivered"); "" for any other line."""
    if line.delivered_of is None:
        return ""
    done, count = line.delivered_of
    return SCHEDULE_WORDS["ru" if lang == "ru" else "en"]["progress"].format(done=done, count=count)
