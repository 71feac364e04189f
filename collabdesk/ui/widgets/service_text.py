"""Service messages in the user's language: a Message's English template
is looked up in the translations (lupdate collects the templates from the
QT_TRANSLATE_NOOP marks in the services) and then filled in.

`error_text` is the only way a widget turns an exception into words: never
`str(exc)`, which is English."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from collabdesk.services.errors import Message, ServiceError, fill
from collabdesk.store.errors import StoreError

if TYPE_CHECKING:
    from collabdesk.services.statistics_import import StatisticsImportError


def message_text(message: Message) -> str:
    template = (
        QCoreApplication.translate(message.context, message.template)
        if message.context
        else message.template  # not yet marked for translation: English as written
    )
    args = [message_text(a) if isinstance(a, Message) else str(a) for a in message.args]
    return fill(template, args)


def error_text(error: BaseException) -> str:
    """What a refusal says, in the interface's language. Errors of the
    services and the store carry a Message; anything else is a bug, shown
    by its English text (the crash dialog handles the unexpected ones)."""
    # Loaded here, not at the top: the window imports this module before its
    # first paint, and the statistics services bring SQLAlchemy with them.
    from collabdesk.services.statistics_import import StatisticsImportError

    if isinstance(error, StatisticsImportError):
        return import_problems_text(error)
    if isinstance(error, ServiceError | StoreError):
        return message_text(error.message)
    return str(error)


def import_problems_text(error: StatisticsImportError) -> str:
    """The "nothing was imported" line, then each bad cell on a line of its own."""
    from collabdesk.services.statistics_import import MAX_PROBLEMS

    lines = [QCoreApplication.translate("StatisticsImport", "Nothing was imported.")]
    lines += [message_text(problem) for problem in error.problems[:MAX_PROBLEMS]]
    more = len(error.problems) - MAX_PROBLEMS
    if more > 0:
        more_text = QCoreApplication.translate("StatisticsImport", "…and %1 more.")
        lines.append(fill(more_text, [str(more)]))  # "и ещё 5": no plural form needed
    return "\n".join(lines)
