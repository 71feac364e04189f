"""Object names for tests, style sheets and screen readers.

PySide6 accepts `objectName=` as a keyword of every constructor, but its type
stubs do not list it, so strict mypy would call each such line an error.
`named()` says the same thing in typed code."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject

ObjectT = TypeVar("ObjectT", bound=QObject)


def named(thing: ObjectT, name: str) -> ObjectT:
    thing.setObjectName(name)
    return thing
