"""What a service refuses, in terms a person can act on.

Every error carries a `Message` (domain/message.py): an English template
and its arguments, translated by the window and the command line. Each field
problem also carries a stable `code` for the form's own sentence."""

from __future__ import annotations

from dataclasses import dataclass

# Services import these from here, beside the errors that carry them.
from collabdesk.domain.message import QT_TRANSLATE_NOOP as QT_TRANSLATE_NOOP
from collabdesk.domain.message import Message as Message
from collabdesk.domain.message import fill as fill
from collabdesk.domain.message import joined

CONTEXT = "ServiceError"  # sentences every service shares


@dataclass(frozen=True)
class FieldProblem:
    field: str
    code: str  # "required", "too_long", "bad_email", "bad_url", "bad_phone", ...
    text: Message  # what is wrong, in words (the form may say it its own way by `code`)
    # Figures a translated message needs ("too_long": the length and limit).
    length: int | None = None
    limit: int | None = None

    @property
    def message(self) -> str:
        """The English sentence (logs, and forms that do not translate yet)."""
        return str(self.text)


class ServiceError(Exception):
    """Base of every refusal a service makes. It carries a Message, so the
    window and the command line can say it in the person's language;
    `str()` is the English sentence, for logs."""

    def __init__(self, message: Message) -> None:
        self.message = message
        super().__init__(str(message))


class ValidationError(ServiceError):
    def __init__(self, problems: list[FieldProblem]) -> None:
        self.problems = tuple(problems)
        super().__init__(joined([p.text for p in problems]))

    def for_field(self, field: str) -> FieldProblem | None:
        return next((p for p in self.problems if p.field == field), None)


class NotFoundError(ServiceError):
    pass


class ConflictError(ServiceError):
    """Someone else saved the record since it was read (optimistic locking).
    `what` and `record_id` name it for logs; the sentence need not."""

    def __init__(self, what: str, record_id: int) -> None:
        self.what = what
        self.record_id = record_id
        super().__init__(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "ServiceError",
                    "This record was changed by someone else since you opened it. "
                    "Reload it to see their changes; your text has not been saved.",
                ),
            )
        )


class InUseError(ServiceError):
    """Deleting would orphan records that refer to this one."""

    def __init__(self, message: Message, blockers: tuple[str, ...] = ()) -> None:
        self.blockers = blockers
        super().__init__(message)


class RowRefusedError(ServiceError):
    """An import leaves one row out; the plan lists it with this Message."""


class StorageBusyError(ServiceError):
    pass


class StorageFullError(ServiceError):
    pass


class NotAllowedError(ServiceError):
    """The shared server's row-level security refused the change (issue 19)."""


class ReadOnlyError(ServiceError):
    """The data is open read-only (meeting mode): nothing can be saved."""
