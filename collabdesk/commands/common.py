"""What every command shares: the context it runs in, exit codes, tables."""

from __future__ import annotations

import argparse
import os
from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple, TextIO

from collabdesk.domain.enums import PartnerKind, PartnerStatus

if TYPE_CHECKING:
    from collabdesk.config import Settings
    from collabdesk.services.desk import Desk
    from collabdesk.store.database import Database

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2

KINDS = tuple(kind.value for kind in PartnerKind)
STATUSES = tuple(status.value for status in PartnerStatus)


class CliError(Exception):
    """A failure already phrased for the person at the terminal."""


class Parser(argparse.ArgumentParser):
    """Usage errors become one line and exit code 2, not a usage dump."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise CliUsageError(f"{self.prog}: {message}")


class CliUsageError(Exception):
    pass


class CommandContext(NamedTuple):  # cheaper to define than a dataclass; cli loads it at every start
    settings: Settings
    db: Database
    desk: Desk
    out: TextIO


def system_language() -> str:
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value:
            return "ru" if value.lower().startswith("ru") else "en"
    import locale  # only when the environment does not say; the window starts without it

    code = locale.getlocale()[0] or ""
    return "ru" if code.lower().startswith("ru") else "en"


def print_table(rows: Sequence[tuple[str, ...]], out: TextIO, max_width: int = 60) -> None:
    """Left-aligned columns, each cut at `max_width` characters."""
    if not rows:
        return
    widths = [min(max(len(r[i]) for r in rows), max_width) for i in range(len(rows[0]))]
    for row in rows:
        cells = [cell[:max_width].ljust(width) for cell, width in zip(row, widths, strict=True)]
        print("  ".join(cells).rstrip(), file=out)
