"""The library's profile (one row): name and brand used by pitches."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from collabdesk.domain.calendar_alarm import DEFAULT_ALARMS, alarms_text, parse_alarms
from collabdesk.domain.library import LibraryProfile
from collabdesk.services.branch_scope import home_branch_name, set_home_branch_name
from collabdesk.services.errors import QT_TRANSLATE_NOOP, FieldProblem, Message, ValidationError
from collabdesk.services.transaction import Sessions, transaction
from collabdesk.services.validation import Checker, bad_colour, clean_line, normalise_url

CONTEXT = "LibraryService"

LOGO_MAX = 5 * 1024 * 1024  # bytes; a print-quality logo is far smaller
# What the PDFs and the slides can draw (reportlab and Qt both read these).
LOGO_SIGNATURES = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")


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
    # The one named person a partner writes to (issue 16).
    contact_name: str = ""
    contact_role: str = ""
    contact_phone: str = ""
    contact_email: str = ""
    # Calendar reminders before each date, e.g. "1d,7d" (domain/calendar_alarm).
    calendar_alarms: str = DEFAULT_ALARMS


@dataclass(frozen=True)
class Logo:
    """The library's logo as kept in the database, so it travels with the data."""

    data: bytes
    name: str


class LibraryService:
    """`branch` of the profile is the home branch's name (issue 19): the old
    free-text field became the branch entity, and a single library still
    sees and edits it here as before."""

    def __init__(self, sessions: Sessions, data_dir: Path | None = None) -> None:
        self._sessions = sessions
        self._data_dir = data_dir

    def profile(self) -> ProfileDraft:
        with transaction(self._sessions) as session:
            row = session.scalar(select(LibraryProfile).order_by(LibraryProfile.id))
            branch = home_branch_name(session, self._data_dir)
            if row is None:
                return ProfileDraft(branch=branch)
            return ProfileDraft(
                row.name,
                branch,
                row.city,
                row.website,
                row.brand_colour,
                row.logo_path,
                row.default_language,
                row.email,
                row.phone,
                row.contact_name,
                row.contact_role,
                row.contact_phone,
                row.contact_email,
                calendar_alarms=row.calendar_alarms,
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
            contact_name=clean_line(draft.contact_name),
            contact_role=clean_line(draft.contact_role),
            contact_phone=clean_line(draft.contact_phone),
            contact_email=clean_line(draft.contact_email),
            calendar_alarms=_alarms_kept(draft.calendar_alarms),
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
        contact = QT_TRANSLATE_NOOP("Field", "Contact person")
        check.max_length("contact_name", cleaned.contact_name, 200, contact)
        role = QT_TRANSLATE_NOOP("Field", "Contact's role")
        check.max_length("contact_role", cleaned.contact_role, 200, role)
        contact_email = QT_TRANSLATE_NOOP("Field", "Contact's e-mail")
        check.max_length("contact_email", cleaned.contact_email, 200, contact_email)
        check.email("contact_email", cleaned.contact_email)
        contact_phone = QT_TRANSLATE_NOOP("Field", "Contact's phone")
        check.max_length("contact_phone", cleaned.contact_phone, 100, contact_phone)
        check.phone("contact_phone", cleaned.contact_phone)
        if bad_colour(cleaned.brand_colour):
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
        if parse_alarms(cleaned.calendar_alarms) is None:
            check.problems.append(
                FieldProblem(
                    "calendar_alarms",
                    "bad_alarms",
                    Message(
                        CONTEXT,
                        QT_TRANSLATE_NOOP(
                            "LibraryService",
                            "Write as 1d,7d (days), 2h (hours) or 1w (weeks), up to 5 "
                            "within a year; 0 for none.",
                        ),
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
                if key != "branch":  # the home branch's name, no longer the profile's
                    setattr(row, key, value)
            set_home_branch_name(session, self._data_dir, cleaned.branch)
        return cleaned

    def logo(self) -> Logo | None:
        with transaction(self._sessions) as session:
            row = session.execute(
                select(LibraryProfile.logo, LibraryProfile.logo_name).order_by(LibraryProfile.id)
            ).first()
            if row is None or not row[0]:
                return None
            return Logo(bytes(row[0]), row[1])

    def set_logo(self, path: Path | None) -> Logo | None:
        """Keep the picture's bytes (None removes the logo). The file is read
        here, once: a meeting copy or another laptop never needs the path."""
        logo = None if path is None else read_logo(path)
        return self.keep_logo(logo, "" if path is None else str(path))

    def keep_logo(self, logo: Logo | None, source: str = "") -> Logo | None:
        """Keep a logo already read with read_logo (the window reads it when
        picked, to show a preview; the file may be gone by Save)."""
        if logo is not None and not logo.data.startswith(LOGO_SIGNATURES):
            raise _logo_problem(
                QT_TRANSLATE_NOOP("LibraryService", "The logo must be a PNG or JPEG picture.")
            )
        with transaction(self._sessions, "library profile") as session:
            row = session.scalar(select(LibraryProfile).order_by(LibraryProfile.id))
            if row is None:
                row = LibraryProfile()
                session.add(row)
            row.logo = None if logo is None else logo.data
            row.logo_name = "" if logo is None else logo.name[:200]
            row.logo_path = source[:1000] if logo is not None else ""
        return logo


def _alarms_kept(text: str) -> str:
    """Readable reminders in their one spelling ("7d, 1d" → "1d,7d"); an
    unreadable text as typed, so the check can say what is wrong with it."""
    alarms = parse_alarms(text)
    return clean_line(text)[:60] if alarms is None else alarms_text(alarms)


def _logo_problem(template: str, *args: object) -> ValidationError:
    return ValidationError(
        [FieldProblem("logo", "bad_logo", Message(CONTEXT, template, tuple(args)))]
    )


def read_logo(path: Path) -> Logo:
    """The logo file's bytes, or a clear message why it cannot be used."""
    try:
        size = path.stat().st_size
        if size > LOGO_MAX:
            raise _logo_problem(
                QT_TRANSLATE_NOOP(
                    "LibraryService", "The logo file is too large (%1 MB); the limit is 5 MB."
                ),
                round(size / 1024 / 1024, 1),
            )
        data = path.read_bytes()
    except OSError as exc:
        raise _logo_problem(
            QT_TRANSLATE_NOOP("LibraryService", "The logo file cannot be read: %1"),
            exc.strerror or exc.__class__.__name__,
        ) from exc
    if not data.startswith(LOGO_SIGNATURES):
        raise _logo_problem(
            QT_TRANSLATE_NOOP("LibraryService", "The logo must be a PNG or JPEG picture.")
        )
    return Logo(data, path.name[:200])
