"""Errors a person can act on. Each message says what happened, to which
file, and that nothing was changed."""

from __future__ import annotations

from collabdesk.domain.message import Message


class StoreError(Exception):
    """Base for problems with where or how data is stored. Carries a Message
    (see domain/message.py) so it can be said in the person's language."""

    def __init__(self, message: Message | str = "", *args: object) -> None:
        self.message = message if isinstance(message, Message) else Message("", message)
        super().__init__(str(self.message), *args)


class DataFolderError(StoreError):
    pass


class NotADatabaseError(StoreError):
    pass


class NewerSchemaError(StoreError):
    pass


class DatabaseLockedError(StoreError):
    pass
