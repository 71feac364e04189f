"""How one occurrence of a recurring promise is titled. Its own module, free
of SQLAlchemy: the window's lists and labels use it while they are built,
before the opening worker has loaded the models."""

from __future__ import annotations


def occurrence_title(description: str, occurrence: int | None, size: int | None) -> str:
    """ "(3/12) Monthly attendance report" for an occurrence, else the description.
    The number goes in front so a narrow column elides the words, not it."""
    if occurrence is None:
        return description
    if size is None:
        return f"({occurrence}) {description}"
    return f"({occurrence}/{size}) {description}"
