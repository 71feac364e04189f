"""Field checks shared by every form and import: the same rule whether a
name comes from the partner form, the CLI or a CSV file."""

from __future__ import annotations

import re

from collabdesk.services.errors import QT_TRANSLATE_NOOP, FieldProblem, Message

CONTEXT = "Validation"
LABELS = "Field"  # the context of the field names the sentences quote

EMAIL_RE = re.compile(r"^[^@\s<>\"',;]+@[^@\s<>\"',;]+\.[^@\s<>\"',;.]{2,}$")
HOST_RE = re.compile(r"^(?:[\w-]+\.)+[\w-]{2,}(?::\d{1,5})?(?:[/?#]\S*)?$", re.UNICODE)
# Unicode's Cc (controls) and Cs (surrogates) but newline and tab: one regex
# pass instead of a category lookup per character (an import cleans millions).
CONTROL_RE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
PHONE_RE = re.compile(r"^[0-9+()\-.\s/]*(?:(?:ext|доб)\.?\s*\d+)?$", re.IGNORECASE)


def clean_text(value: str | None) -> str:
    """Strip ends and drop control characters other than newline and tab."""
    if not value:
        return ""
    return CONTROL_RE.sub("", value).strip()


def clean_line(value: str | None) -> str:
    """A one-line field: newlines and tabs become spaces."""
    return " ".join(clean_text(value).split())


def _label(label: str) -> Message:
    return Message(LABELS, label)


class Checker:
    """Collects every problem of a draft so a form can show them all at once."""

    def __init__(self) -> None:
        self.problems: list[FieldProblem] = []

    # `label` names the field for the reader: write it at the call site as
    # QT_TRANSLATE_NOOP("Field", "Name"), so it is translated like the sentence.

    def required(self, field: str, value: str, label: str) -> None:
        if not value:
            self.problems.append(
                FieldProblem(
                    field,
                    "required",
                    Message(
                        CONTEXT,
                        QT_TRANSLATE_NOOP("Validation", "%1 is required."),
                        (_label(label),),
                    ),
                )
            )

    def max_length(self, field: str, value: str, limit: int, label: str) -> None:
        if len(value) > limit:
            self.problems.append(
                FieldProblem(
                    field,
                    "too_long",
                    Message(
                        CONTEXT,
                        QT_TRANSLATE_NOOP(
                            "Validation", "%1 is too long: %2 characters, at most %3."
                        ),
                        (_label(label), len(value), limit),
                    ),
                    length=len(value),
                    limit=limit,
                )
            )

    def email(self, field: str, value: str) -> None:
        if value and not EMAIL_RE.match(value):
            self.problems.append(
                FieldProblem(
                    field,
                    "bad_email",
                    Message(
                        CONTEXT,
                        QT_TRANSLATE_NOOP("Validation", "'%1' is not an e-mail address."),
                        (value[:80],),
                    ),
                )
            )

    def url(self, field: str, value: str) -> None:
        if not value:
            return
        rest = re.sub(r"^https?://", "", value, flags=re.IGNORECASE)
        if not HOST_RE.match(rest):
            self.problems.append(
                FieldProblem(
                    field,
                    "bad_url",
                    Message(
                        CONTEXT,
                        QT_TRANSLATE_NOOP("Validation", "'%1' is not a web address."),
                        (value[:80],),
                    ),
                )
            )

    def phone(self, field: str, value: str) -> None:
        if value and (not PHONE_RE.match(value) or not any(ch.isdigit() for ch in value)):
            self.problems.append(
                FieldProblem(
                    field,
                    "bad_phone",
                    Message(
                        CONTEXT,
                        QT_TRANSLATE_NOOP("Validation", "'%1' is not a phone number."),
                        (value[:80],),
                    ),
                )
            )


def bad_colour(colour: str) -> bool:
    """Not written as #RRGGBB (the library's and a branch's brand colour)."""
    return (
        len(colour) != 7
        or colour[0] != "#"
        or not all(c in "0123456789abcdefABCDEF" for c in colour[1:])
    )


def normalise_url(value: str) -> str:
    """A bare host gets https:// so links open; anything else stays as typed,
    so a refused "javascript:…" or "ftp://…" is quoted the way it was written."""
    if not value or re.match(r"^https?://", value, flags=re.IGNORECASE):
        return value
    if "://" in value or re.match(r"^[a-z][a-z0-9+\-]*:(?!\d)", value, flags=re.IGNORECASE):
        return value  # some other scheme: left for the check to refuse
    return "https://" + value
