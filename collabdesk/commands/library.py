"""`collabdesk library set|show`: the library's profile — name, contact
person, brand colour, the logo kept in the database — from a script."""

from __future__ import annotations

import argparse
from dataclasses import asdict, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from collabdesk.commands.common import (
    CONTEXT,
    EXIT_OK,
    CliError,
    CommandContext,
    Parser,
    print_json,
)
from collabdesk.commands.language import say, words
from collabdesk.domain.message import QT_TRANSLATE_NOOP, Message

if TYPE_CHECKING:
    from collabdesk.commands.reading import Reading

NAME = "library"
HELP = "show or change the library's profile: name, contact person, logo, colour"

# option → ProfileDraft field; an empty value clears the field.
FIELDS = {
    "name": "name",
    "city": "city",
    "language": "default_language",
    "contact_name": "contact_name",
    "contact_role": "contact_role",
    "contact_phone": "contact_phone",
    "contact_email": "contact_email",
    "phone": "phone",
    "email": "email",
    "website": "website",
    "colour": "brand_colour",
    "calendar_alarms": "calendar_alarms",
}


def register(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="action", required=True, parser_class=Parser)
    change = sub.add_parser("set", help="change fields; an empty value clears one")
    for option in FIELDS:
        flag = "--" + option.replace("_", "-")
        if option == "language":
            change.add_argument(flag, choices=("ru", "en"), help="the pitches' language")
        elif option == "calendar_alarms":
            change.add_argument(
                flag, metavar="WHEN", help="calendar reminders, e.g. 1d,7d or 2h; 0: none"
            )
        else:
            change.add_argument(flag, metavar=option.split("_")[-1].upper())
    change.add_argument(
        "--logo", metavar="FILE", help='PNG or JPEG, kept in the data; "" removes it'
    )
    change.set_defaults(handler=set_library)
    show = sub.add_parser("show", help="the library's profile")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=show_library, reader=read_library)


# services/library.ProfileDraft's fields and defaults, logo_path left out, in
# its order (tests/unit/test_cli_light.py keeps the two equal).
PROFILE_DEFAULTS = {
    "name": "", "branch": "", "city": "", "website": "", "brand_colour": "#1F5C99",
    "default_language": "ru", "email": "", "phone": "", "contact_name": "",
    "contact_role": "", "contact_phone": "", "contact_email": "",
    "calendar_alarms": "1d,7d",
}  # fmt: skip


def library_json(ctx: CommandContext) -> dict[str, Any]:
    profile = asdict(ctx.desk.library.profile())
    del profile["logo_path"]  # where a file once was; the logo itself is in the data
    logo = ctx.desk.library.logo()
    return profile | {
        "logo": None if logo is None else {"name": logo.name, "bytes": len(logo.data)}
    }


def read_library(args: argparse.Namespace, reading: Reading) -> int:
    """`library show` over the read path's plain connection."""
    from collabdesk.services.branch_sql import HOME_BRANCH_NAME_SQL
    from collabdesk.services.staff_identity import current_staff_id

    # "Branch" is the home branch's name now (issue 19), not the profile's column.
    columns = ", ".join(HOME_BRANCH_NAME_SQL if c == "branch" else c for c in PROFILE_DEFAULTS)
    found = reading.connection.execute(
        f"SELECT {columns}, length(logo), logo_name FROM library_profile ORDER BY id LIMIT 1",
        (current_staff_id(reading.settings.data_dir),),
    ).fetchone()
    shown: dict[str, Any] = dict(PROFILE_DEFAULTS)
    logo = None
    if found is not None:
        shown.update(zip(PROFILE_DEFAULTS, found, strict=False))
        if found[-2]:
            logo = {"name": found[-1], "bytes": found[-2]}
    return print_library(args, shown | {"logo": logo}, reading.out)


def set_library(args: argparse.Namespace, ctx: CommandContext) -> int:
    from collabdesk.services.library import read_logo

    library = ctx.desk.library
    changes = {
        field: getattr(args, option).strip()
        for option, field in FIELDS.items()
        if getattr(args, option) is not None
    }
    if not changes and args.logo is None:
        raise CliError(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "Cli", "Nothing to change: give at least one of --name, --contact-name, ..."
                ),
            )
        )
    logo = Path(args.logo) if args.logo and args.logo.strip() else None
    if logo is not None:
        read_logo(logo)  # a refused picture refuses the whole command, before any save
    if changes:
        library.save(replace(library.profile(), **changes))
    if args.logo is not None:
        library.set_logo(logo)
    say(ctx.out, QT_TRANSLATE_NOOP("Cli", "Saved the library profile: %1"), _changed(changes, args))
    return EXIT_OK


def _changed(changes: dict[str, str], args: argparse.Namespace) -> str:
    names = [option.replace("_", "-") for option, field in FIELDS.items() if field in changes]
    if args.logo is not None:
        names.append("logo")
    return ", ".join(names)


def show_library(args: argparse.Namespace, ctx: CommandContext) -> int:
    return print_library(args, library_json(ctx), ctx.out)


def print_library(args: argparse.Namespace, shown: dict[str, Any], out: TextIO) -> int:
    if args.json:
        print_json(shown, out)
        return EXIT_OK
    lines = [
        (QT_TRANSLATE_NOOP("Cli", "Name:"), shown["name"]),
        (QT_TRANSLATE_NOOP("Cli", "Branch:"), shown["branch"]),
        (QT_TRANSLATE_NOOP("Cli", "City:"), shown["city"]),
        (QT_TRANSLATE_NOOP("Cli", "Website:"), shown["website"]),
        (QT_TRANSLATE_NOOP("Cli", "E-mail:"), shown["email"]),
        (QT_TRANSLATE_NOOP("Cli", "Phone:"), shown["phone"]),
        (QT_TRANSLATE_NOOP("Cli", "Contact:"), _contact(shown)),
        (QT_TRANSLATE_NOOP("Cli", "Colour:"), shown["brand_colour"]),
        (QT_TRANSLATE_NOOP("Cli", "Language:"), shown["default_language"]),
        (QT_TRANSLATE_NOOP("Cli", "Logo:"), shown["logo"]["name"] if shown["logo"] else ""),
        (QT_TRANSLATE_NOOP("Cli", "Calendar reminders:"), shown["calendar_alarms"]),
    ]
    labelled = [(words(label), value) for label, value in lines if value]
    width = max((len(label) for label, _value in labelled), default=0)
    for label, value in labelled:
        print(f"{label:{width}} {value}", file=out)
    return EXIT_OK


def _contact(shown: dict[str, Any]) -> str:
    parts = ("contact_name", "contact_role", "contact_phone", "contact_email")
    return ", ".join(shown[key] for key in parts if shown[key])
