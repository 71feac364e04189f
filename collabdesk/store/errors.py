"""Errors a person can act on. Each message says what happened, to which
file, and that nothing was changed."""

from __future__ import annotations

from collabdesk.domain.message import QT_TRANSLATE_NOOP as QT_TRANSLATE_NOOP
from collabdesk.domain.message import Message as Message


class StoreError(Exception):
    """Base for problems with where or how data is stored. Carries a Message
    (see domain/message.py) so it can be said in the person's language."""

    def __init__(self, message: Message) -> None:
        self.message = message
        super().__init__(str(message))


class DataFolderError(StoreError):
    pass


class NotADatabaseError(StoreError):
    pass


class NewerSchemaError(StoreError):
    pass


class DatabaseLockedError(StoreError):
    pass
