"""Sentences for people, kept translatable below the window.

Services and the store know nothing of Qt, yet what they refuse must reach
a Russian-speaking librarian in Russian. So a refusal carries a `Message`:
the English template with %1, %2… and its arguments kept apart. The window
translates the template with Qt (ui/widgets/service_text.py), the command
line with the catalogue compiled from the same .ts files
(collabdesk/commands/language.py), and both fill it with `fill`."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

_PLACEHOLDER = re.compile(r"%(\d+)")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate finds
    """Marks `text` for translation: Qt's lupdate reads this call in any .py
    file and puts `text` in the .ts files under `context`."""
    return text


class Message(NamedTuple):
    """An English sentence with %1, %2… and its arguments. An argument may
    itself be a Message; str() gives the English sentence (logs, tests)."""

    context: str
    template: str
    args: tuple[object, ...] = ()

    def __str__(self) -> str:
        return fill(self.template, [str(arg) for arg in self.args])


def fill(template: str, args: Sequence[object]) -> str:
    """%1, %2… replaced in one pass: an argument that itself contains "%2"
    (a partner named "A%2") stays exactly as typed. The one fill function of
    the program; a missing argument leaves its placeholder visible."""

    def argument(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return str(args[index]) if 0 <= index < len(args) else match.group(0)

    return _PLACEHOLDER.sub(argument, template)


def joined(parts: Sequence[object], separator: str = "; ") -> Message:
    """Several sentences as one Message ("%1; %2; %3"), each part still said
    in the reader's language. The template has no words, so no context."""
    template = separator.join(f"%{index}" for index in range(1, len(parts) + 1))
    return Message("", template, tuple(parts))
