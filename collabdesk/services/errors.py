"""What a service refuses, in terms a person can act on.

Messages are English; each problem also carries a stable `code` so the UI
can show its own translated sentence."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple


@dataclass(frozen=True)
class FieldProblem:
    field: str
    code: str  # "required", "too_long", "bad_email", "bad_url", "bad_phone", ...
    message: str
    # Figures a translated message needs ("too_long": the length and limit).
    length: int | None = None
    limit: int | None = None


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate finds
    """Marks `text` for translation; services know nothing of Qt, but Qt's
    lupdate reads this call in any .py file and puts `text` in the .ts files."""
    return text


class Message(NamedTuple):
    """An English sentence with %1, %2… and its arguments kept apart, so the
    window can translate the sentence first and fill it in after
    (ui/service_text.py); str() gives the English one for the CLI and logs.
    An argument may itself be a Message."""

    context: str
    template: str
    args: tuple[object, ...] = ()

    def __str__(self) -> str:
        return fill(self.template, [str(arg) for arg in self.args])


def fill(template: str, args: Sequence[str]) -> str:
    """%1, %2… replaced in one pass, so an argument containing "%1" stays as typed."""

    def argument(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return args[index] if 0 <= index < len(args) else match.group(0)

    return re.sub(r"%(\d+)", argument, template)


class ServiceError(Exception):
    """Base of every refusal a service makes."""


class ValidationError(ServiceError):
    def __init__(self, problems: list[FieldProblem]) -> None:
        self.problems = tuple(problems)
        super().__init__("; ".join(p.message for p in problems))

    def for_field(self, field: str) -> FieldProblem | None:
        return next((p for p in self.problems if p.field == field), None)


class NotFoundError(ServiceError):
    pass


class ConflictError(ServiceError):
    """Someone else saved the record since it was read (optimistic locking)."""

    def __init__(self, what: str, record_id: int) -> None:
        self.record_id = record_id
        super().__init__(
            f"This {what} was changed by someone else since you opened it. "
            "Reload it to see their changes; your text has not been saved."
        )


class InUseError(ServiceError):
    """Deleting would orphan records that refer to this one."""

    def __init__(self, message: str, blockers: tuple[str, ...] = ()) -> None:
        self.blockers = blockers
        super().__init__(message)


class StorageBusyError(ServiceError):
    pass


class StorageFullError(ServiceError):
    pass


class ReadOnlyError(ServiceError):
    """The data is open read-only (meeting mode): nothing can be saved."""
