"""The calendar's own words in Russian and English. Plain dicts, as the
agreement's fields and the PDFs keep theirs: services never import Qt, and
the export's language is chosen per file (`--lang`, the window's), not by
the running program's locale."""

from __future__ import annotations

from datetime import date

from collabdesk.domain.enums import CommitmentStatus

LANGUAGES = ("ru", "en")

WORDS: dict[str, dict[str, str]] = {
    "en": {
        "calendar": "CollabDesk commitments",
        "we_give": "We give: {text}",
        "we_get": "We get: {text}",
        "step": "Step: {text}",
        "renewal": "Renewal due: {text}",
        "collaboration": "Collaboration: {text}",
        "partner": "Partner: {text}",
        "commitment": "Commitment: {text}",
        "quantity": "Quantity: {text}",
        "owner": "Owner: {text}",
        "who": "Who: {text}",
        "status": "Status: {text}",
        "ends": "The collaboration ends on {text}",
        "step_done": "done",
        "step_open": "to do",
        "renewed": "renewed",
        "renewal_open": "to prepare",
        "reminder": "CollabDesk reminder",
    },
    "ru": {
        "calendar": "CollabDesk: обязательства",
        "we_give": "Мы передаём: {text}",
        "we_get": "Мы получаем: {text}",
        "step": "Шаг: {text}",
        "renewal": "Пора продлевать: {text}",
        "collaboration": "Сотрудничество: {text}",
        "partner": "Партнёр: {text}",
        "commitment": "Обязательство: {text}",
        "quantity": "Количество: {text}",
        "owner": "Ответственный: {text}",
        "who": "Исполнитель: {text}",
        "status": "Статус: {text}",
        "ends": "Сотрудничество заканчивается {text}",
        "step_done": "сделано",
        "step_open": "сделать",
        "renewed": "продлено",
        "renewal_open": "подготовить",
        "reminder": "Напоминание CollabDesk",
    },
}

STATUSES: dict[str, dict[CommitmentStatus, str]] = {
    "en": {
        CommitmentStatus.PLANNED: "planned",
        CommitmentStatus.IN_PROGRESS: "in progress",
        CommitmentStatus.DELIVERED: "delivered",
        CommitmentStatus.WAIVED: "waived",
        CommitmentStatus.MISSED: "missed",
    },
    "ru": {
        CommitmentStatus.PLANNED: "запланировано",
        CommitmentStatus.IN_PROGRESS: "в работе",
        CommitmentStatus.DELIVERED: "выполнено",
        CommitmentStatus.WAIVED: "снято",
        CommitmentStatus.MISSED: "не выполнено",
    },
}


def language_or_default(language: str | None, fallback: str = "ru") -> str:
    """ "ru" or "en": the one asked for when it is one of them, else the fallback's."""
    if language in LANGUAGES:
        return str(language)
    return fallback if fallback in LANGUAGES else "ru"


class CalendarWords:
    """The words of one language: `words.say("we_give", text=…)`."""

    def __init__(self, language: str) -> None:
        self.language = language_or_default(language)
        self._words = WORDS[self.language]
        self._statuses = STATUSES[self.language]

    def say(self, key: str, text: object) -> str:
        return self._words[key].format(text=text)

    def word(self, key: str) -> str:
        return self._words[key]

    def status(self, status: CommitmentStatus) -> str:
        return self._statuses[status]

    def day(self, day: date) -> str:
        """A date as people of the language write it."""
        return day.strftime("%d.%m.%Y") if self.language == "ru" else day.isoformat()
