"""A pitch in the library's second language: the title, the idea and the
promises print in their translation where one was written, and every text
that has none is named, so the dialog can say what will print as written.

Checklist answers follow the same rule in `partner_facing`; this module
covers the collaboration's own texts and its commitments."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the pitch dialog reads the names below at first paint's end
    from collabdesk.services.pitch_model import PromiseLine

# Names of untranslated texts that are not checklist answers (those are named
# by their question key); a promise is named by its description.
TITLE = "collaboration.title"
IDEA = "collaboration.idea"
PROMISE = "commitment:"


def in_language(text: str, translation: str, translate: bool) -> tuple[str, bool]:
    """The text to print, and whether it lacks the translation asked for."""
    if not translate or not text.strip():
        return text, False
    if translation.strip():
        return translation, False
    return text, True


def translated_promises(
    lines: tuple[PromiseLine, ...], translate: bool
) -> tuple[tuple[PromiseLine, ...], tuple[str, ...]]:
    """The promises with their descriptions in the pitch's language, and the
    names of those printed as written."""
    if not translate:
        return lines, ()
    shown: list[PromiseLine] = []
    missing: list[str] = []
    for line in lines:
        text, lacks = in_language(line.description, line.translation, translate)
        shown.append(replace(line, description=text))
        if lacks:
            missing.append(PROMISE + line.description)
    return tuple(shown), tuple(missing)
