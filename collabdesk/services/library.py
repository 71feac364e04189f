"""The library's profile (one row): name and brand used by pitches."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from collabdesk.domain.library import LibraryProfile
from collabdesk.services.errors import QT_TRANSLATE_NOOP, FieldProblem, Message, ValidationError
from collabdesk.services.transaction import Sessions, transaction
from collabdesk.services.validation import Checker, clean_line, normalise_url

CONTEXT = "LibraryService"

COLOUR_LEN = 7


@dataclass(frozen=True)
class ProfileDraft:
    name: str = ""
    branch: str = ""
    city: str = ""
    website: str = ""
    brand_colour: str = "#1F5C99"
    logo_path: str = ""
    default_language: str = "ru"
    email: str = ""
    phone: str = ""


class LibraryService:
    def __init__(self, sessions: Sessions) -> None:
        self._sessions = sessions

    def profile(self) -> ProfileDraft:
        with transaction(self._sessions) as session:
            row = session.scalar(select(LibraryProfile).order_by(LibraryProfile.id))
            if row is None:
                return ProfileDraft()
            return ProfileDraft(
                row.name,
                row.branch,
                row.city,
                row.website,
                row.brand_colour,
                row.logo_path,
                row.default_language,
                row.email,
                row.phone,
            )

    def save(self, draft: ProfileDraft) -> ProfileDraft:
        cleaned = ProfileDraft(
            name=clean_line(draft.name),
            branch=clean_line(draft.branch),
            city=clean_line(draft.city),
            website=normalise_url(clean_line(draft.website)),
            brand_colour=clean_line(draft.brand_colour) or "#1F5C99",
            logo_path=clean_line(draft.logo_path),
            default_language=draft.default_language
            if draft.default_language in ("ru", "en")
            else "ru",
            email=clean_line(draft.email),
            phone=clean_line(draft.phone),
        )
        check = Checker()
        check.max_length("name", cleaned.name, 200, QT_TRANSLATE_NOOP("Field", "Name"))
        check.max_length("branch", cleaned.branch, 200, QT_TRANSLATE_NOOP("Field", "Branch"))
        check.max_length("city", cleaned.city, 200, QT_TRANSLATE_NOOP("Field", "City"))
        check.url("website", cleaned.website)
        check.max_length("email", cleaned.email, 200, QT_TRANSLATE_NOOP("Field", "E-mail"))
        check.email("email", cleaned.email)
        check.max_length("phone", cleaned.phone, 100, QT_TRANSLATE_NOOP("Field", "Phone"))
        check.phone("phone", cleaned.phone)
        colour = cleaned.brand_colour
        if (
            len(colour) != COLOUR_LEN
            or colour[0] != "#"
            or not all(c in "0123456789abcdefABCDEF" for c in colour[1:])
        ):
            check.problems.append(
                FieldProblem(
                    "brand_colour",
                    "bad_colour",
                    Message(
                        CONTEXT,
                        QT_TRANSLATE_NOOP("LibraryService", "Colour is written as #RRGGBB."),
                    ),
                )
            )
        if check.problems:
            raise ValidationError(check.problems)
        with transaction(self._sessions, "library profile") as session:
            row = session.scalar(select(LibraryProfile).order_by(LibraryProfile.id))
            if row is None:
                row = LibraryProfile()
                session.add(row)
            for key, value in cleaned.__dict__.items():
                setattr(row, key, value)
        return cleaned
