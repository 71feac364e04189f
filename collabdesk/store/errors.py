"""Errors a person can act on. Each message says what happened, to which
file, and that nothing was changed."""

from __future__ import annotations


class StoreError(Exception):
    """Base for problems with where or how data is stored."""


class DataFolderError(StoreError):
    pass


class NotADatabaseError(StoreError):
    pass


class NewerSchemaError(StoreError):
    pass


class DatabaseLockedError(StoreError):
    pass
