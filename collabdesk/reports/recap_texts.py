"""The recap's own words in Russian and English, over the documents' shared
ones (texts.py): a recap thanks, shows results and proposes the next
collaboration, so it has a vocabulary of its own."""

from __future__ import annotations

from collabdesk.reports.texts import words

RECAP_TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "recap_kicker": "Collaboration recap",
        "interim_kicker": "Interim recap",
        "internal_kicker": "Internal recap — not for the partner",
        "interim_line": (
            "Interim recap: the collaboration is still under way. Figures as of {date}; "
            "the final recap follows once it is completed."
        ),
        "thank_you_lead": (
            "Thank you, {partner}, for making “{title}” happen with us. "
            "Here is what we achieved together."
        ),
        "thank_you_lead_interim": (
            "Thank you, {partner}, for working on “{title}” with us. Here is where we stand so far."
        ),
        "thank_you_nobody": "Thank you for making “{title}” happen with us.",
        "results": "Results",
        "goals_results": "Goals and results",
        "our_goals": "What we set out to do",
        "we_achieved": "What happened",
        "attendance": "visitors came",
        "impressions": "impressions (gross)",
        "media_pieces": "media pieces",
        "no_results": "No results recorded yet: add them with the results step after delivery.",
        "quotes": "What people said",
        "you_received": "What you received",
        "placement": "What and where",
        "when": "When",
        "done_on": "delivered {date}",
        "coming_on": "planned for {date}",
        "coming": "planned",
        "your_part": "Your contribution",
        "your_part_lead": "What you gave the library and its readers:",
        "gallery": "In pictures",
        "not_shown": "Not shown: {names}.",
        "heic": "{name} (HEIC photo)",
        "broken": "{name} (the file cannot be read)",
        "missing": "{name} (the file is missing)",
        "more_pictures": "{count} more pictures are kept with the collaboration.",
        "next_time": "Next time",
        "next_time_default": (
            "We would be glad to continue next year: a new season with your brand in front "
            "of our readers, built on what worked this time. Let’s meet to plan it."
        ),
        "next_time_interim": (
            "When this collaboration is completed, we would be glad to talk about the next one."
        ),
        "contact_line": "Your contact at the library: {who}",
        "closing": "With gratitude, {library}",
        "reliability": "Reliability in this collaboration",
        "on_time_of": "{percent} on time ({kept} of {due} due so far)",
        "no_record": "nothing due yet",
        "late_line": "{count} late, {days} days on average",
        "missed_line": "{count} missed",
        "waived_line": "{count} waived, counted apart",
        "rule_note": (
            "On time = delivered on or before the due date ÷ promises due so far; "
            "the same rule as the reputation figures."
        ),
        "balance_currency": "Value balance per currency",
        "currency": "Currency",
        "library_promised": "Library promised",
        "library_delivered": "Library delivered",
        "partner_promised": "Partner promised",
        "partner_delivered": "Partner delivered",
        "made_good": "Make-goods",
        "replaces": "Makes good for",
        "proofs": "Proofs",
    },
    "ru": {
        "recap_kicker": "Итоги сотрудничества",
        "interim_kicker": "Промежуточные итоги",
        "internal_kicker": "Внутренний отчёт — не для партнёра",
        "interim_line": (
            "Промежуточные итоги: сотрудничество ещё продолжается. Данные на {date}; "
            "итоговый отчёт — после завершения."
        ),
        "thank_you_lead": (
            "Спасибо, {partner}, что вместе с нами сделали «{title}». Вот чего мы добились вместе."
        ),
        "thank_you_lead_interim": (
            "Спасибо, {partner}, за совместную работу над «{title}». Вот что уже сделано."
        ),
        "thank_you_nobody": "Спасибо, что вместе с нами сделали «{title}».",
        "results": "Результаты",
        "goals_results": "Цели и результаты",
        "our_goals": "Что мы хотели сделать",
        "we_achieved": "Что получилось",
        "attendance": "посетителей пришло",
        "impressions": "показов (брутто)",
        "media_pieces": "публикаций в СМИ",
        "no_results": (
            "Результаты ещё не записаны: внесите их на шаге «Результаты» после выполнения."
        ),
        "quotes": "Что говорили люди",
        "you_received": "Что вы получили",
        "placement": "Что и где",
        "when": "Когда",
        "done_on": "выполнено {date}",
        "coming_on": "запланировано на {date}",
        "coming": "запланировано",
        "your_part": "Ваш вклад",
        "your_part_lead": "Что вы дали библиотеке и её читателям:",
        "gallery": "В фотографиях",
        "not_shown": "Не показаны: {names}.",
        "heic": "{name} (фото HEIC)",
        "broken": "{name} (файл не читается)",
        "missing": "{name} (файла нет)",
        "more_pictures": "Ещё фотографий: {count}; они хранятся вместе с сотрудничеством.",
        "next_time": "В следующий раз",
        "next_time_default": (
            "Мы будем рады продолжить в следующем году: новый сезон с вашим брендом перед "
            "нашими читателями, с опорой на то, что сработало в этот раз. Давайте встретимся "
            "и обсудим."
        ),
        "next_time_interim": (
            "Когда это сотрудничество завершится, мы будем рады обсудить следующее."
        ),
        "contact_line": "Ваш контакт в библиотеке: {who}",
        "closing": "С благодарностью, {library}",
        "reliability": "Надёжность в этом сотрудничестве",
        "on_time_of": "{percent} в срок ({kept} из {due}, чей срок наступил)",
        "no_record": "сроки ещё не наступили",
        "late_line": "с опозданием: {count}, в среднем на {days} дн.",
        "missed_line": "не выполнено: {count}",
        "waived_line": "снято: {count}, считаются отдельно",
        "rule_note": (
            "В срок = выполнено не позже срока ÷ обещания, чей срок наступил; "
            "то же правило, что в показателях репутации."
        ),
        "balance_currency": "Баланс ценности по валютам",
        "currency": "Валюта",
        "library_promised": "Библиотека обещала",
        "library_delivered": "Библиотека выполнила",
        "partner_promised": "Партнёр обещал",
        "partner_delivered": "Партнёр выполнил",
        "made_good": "Восполнения",
        "replaces": "Взамен",
        "proofs": "Подтверждения",
    },
}


def recap_words(lang: str) -> dict[str, str]:
    """The shared document words with the recap's own on top."""
    return {**words(lang), **RECAP_TEXTS["ru" if lang == "ru" else "en"]}
