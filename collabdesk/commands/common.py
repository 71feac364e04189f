"""What every command shares: the context it runs in, exit codes, tables."""

from __future__ import annotations

import argparse
import os
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, NamedTuple, TextIO

from collabdesk.domain.enums import PartnerKind, PartnerStatus
from collabdesk.domain.message import QT_TRANSLATE_NOOP, Message

if TYPE_CHECKING:
    from datetime import date
    from decimal import Decimal

    from collabdesk.config import Settings
    from collabdesk.services.desk import Desk
    from collabdesk.store.database import Database

CONTEXT = "Cli"
EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2

KINDS = tuple(kind.value for kind in PartnerKind)
STATUSES = tuple(status.value for status in PartnerStatus)


class CliError(Exception):
    """A failure phrased for the person at the terminal, as a Message in the
    "Cli" context (commands/language.py says it in their language)."""

    def __init__(self, message: Message) -> None:
        self.message = message
        super().__init__(str(message))


class CliUsageError(CliError):
    pass


# argparse's own complaints (English, from its gettext calls), as Messages:
# the ones a person meets typing a command; any other stays in English.
# Patterns, not compiled ones: every start imports this module.
USAGE_ERRORS = (
    (
        r"the following arguments are required: (.+)",
        QT_TRANSLATE_NOOP("Cli", "the following arguments are required: %1"),
    ),
    (
        r"argument (.+?): invalid choice: (.+?) \(choose from (.+)\)",
        QT_TRANSLATE_NOOP("Cli", "argument %1: invalid choice: %2 (choose from %3)"),
    ),
    (
        r"argument (.+?): invalid int value: (.+)",
        QT_TRANSLATE_NOOP("Cli", "argument %1: %2 is not a whole number"),
    ),
    (
        r"argument (.+?): expected one argument",
        QT_TRANSLATE_NOOP("Cli", "argument %1: expected one value"),
    ),
    (
        r"unrecognized arguments: (.+)",
        QT_TRANSLATE_NOOP("Cli", "unrecognized arguments: %1"),
    ),
)


def usage_message(prog: str, complaint: str) -> Message:
    for pattern, template in USAGE_ERRORS:
        found = re.fullmatch(pattern, complaint)
        if found:
            return Message("", "%1: %2", (prog, Message(CONTEXT, template, found.groups())))
    return Message("", "%1: %2", (prog, complaint))


class Parser(argparse.ArgumentParser):
    """Usage errors become one line and exit code 2, not a usage dump."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise CliUsageError(usage_message(self.prog, message))


class CommandContext(NamedTuple):  # cheaper to define than a dataclass; cli loads it at every start
    settings: Settings
    db: Database
    desk: Desk
    out: TextIO


def environment_language() -> str | None:
    """ "ru" or "en" as LC_ALL, LC_MESSAGES or LANG say (POSIX order), or None."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value:
            return "ru" if value.lower().startswith("ru") else "en"
    return None


def locale_language() -> str:
    import locale  # only when the environment does not say; the window starts without it

    code = locale.getlocale()[0] or ""
    return "ru" if code.lower().startswith("ru") else "en"


def system_language() -> str:
    return environment_language() or locale_language()


def print_table(rows: Sequence[tuple[str, ...]], out: TextIO, max_width: int = 60) -> None:
    """Left-aligned columns, each cut at `max_width` characters."""
    if not rows:
        return
    widths = [min(max(len(r[i]) for r in rows), max_width) for i in range(len(rows[0]))]
    for row in rows:
        cells = [cell[:max_width].ljust(width) for cell, width in zip(row, widths, strict=True)]
        print("  ".join(cells).rstrip(), file=out)


# The two ways people write a date here: ISO, and the Russian day.month.year.
DATE_FORMATS = ("%Y-%m-%d", "%d.%m.%Y")


def parse_date(text: str, option: str = "") -> date:
    """`2027-03-01` or `01.03.2027`; anything else is a one-line refusal that
    shows both forms (one parser for every command's dates)."""
    from datetime import datetime  # only commands that take a date pay for it

    cleaned = text.strip()
    for fmt in DATE_FORMATS:
        try:
            return datetime.strptime(cleaned, fmt).date()
        except ValueError:
            continue
    raise CliError(
        Message(
            CONTEXT,
            QT_TRANSLATE_NOOP("Cli", "%1: “%2” is not a date; write 2027-03-01 or 01.03.2027."),
            (option or "date", text),
        )
    )


def optional_date(text: str | None, option: str) -> date | None:
    return None if text is None or not text.strip() else parse_date(text, option)


def parse_amount(text: str, option: str) -> Decimal:
    """A quantity or an amount: `12`, `12.5` or `12,5` (a decimal comma)."""
    from decimal import Decimal, InvalidOperation

    try:
        value = Decimal(text.strip().replace(" ", "").replace(",", "."))
    except InvalidOperation:
        value = Decimal("NaN")
    if not value.is_finite():
        raise CliError(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP("Cli", "%1: “%2” is not a number."),
                (option, text),
            )
        )
    return value


def plain_number(value: Decimal) -> str:
    """12.00 as 12, 12.50 as 12.5: a quantity as people write it."""
    return f"{value.normalize():f}"


def iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def print_json(data: Any, out: TextIO) -> None:
    """What every `--json` prints: UTF-8 as typed, one object or list."""
    import json

    json.dump(data, out, ensure_ascii=False, indent=1)
    print(file=out)
