"""Command line: the same services as the window, for scripts and tests.

`collabdesk` alone starts the window. Every failure is one line on stderr
and a non-zero exit code, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import locale
import os
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, TextIO

from collabdesk import __version__

if TYPE_CHECKING:
    from collabdesk.config import Settings
    from collabdesk.services.desk import Desk
    from collabdesk.store.database import Database

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2

KINDS = (
    "business",
    "investor",
    "artist",
    "designer",
    "media",
    "public_figure",
    "non_profit",
    "government",
    "other",
)
STATUSES = ("prospect", "active", "former", "declined")


class CliError(Exception):
    """A failure already phrased for the person at the terminal."""


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:  # one line, exit 2, no usage dump
        raise CliUsageError(f"{self.prog}: {message}")


class CliUsageError(Exception):
    pass


def system_language() -> str:
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value:
            return "ru" if value.lower().startswith("ru") else "en"
    code = locale.getlocale()[0] or ""
    return "ru" if code.lower().startswith("ru") else "en"


def build_parser() -> Parser:
    parser = Parser(prog="collabdesk", description="CollabDesk: barter collaborations.")
    parser.add_argument("--version", action="version", version=f"CollabDesk {__version__}")
    parser.add_argument("--data-dir", help="folder for the database, backups and logs")
    parser.add_argument("--database-url", help="use a shared PostgreSQL server instead")
    commands = parser.add_subparsers(dest="command", parser_class=Parser)

    demo = commands.add_parser("demo", help="fill an empty database with demo data")
    demo.add_argument("--lang", choices=("ru", "en"), default=None)
    demo.add_argument(
        "--if-empty", action="store_true", help="do nothing (exit 0) when partners exist"
    )

    partners = commands.add_parser("partners", help="list, add, edit, delete, show partners")
    pcmd = partners.add_subparsers(dest="action", required=True, parser_class=Parser)
    plist = pcmd.add_parser("list")
    plist.add_argument("--search", default="")
    plist.add_argument("--kind", choices=KINDS)
    plist.add_argument("--status", choices=STATUSES)
    plist.add_argument("--limit", type=int, default=1000)
    plist.add_argument("--json", action="store_true")
    padd = pcmd.add_parser("add")
    padd.add_argument("--name", required=True)
    for edit_parser in (padd, pedit := pcmd.add_parser("edit")):
        edit_parser.add_argument("--kind", choices=KINDS)
        edit_parser.add_argument("--status", choices=STATUSES)
        edit_parser.add_argument("--email")
        edit_parser.add_argument("--city")
        edit_parser.add_argument("--phone")
        edit_parser.add_argument("--website")
    pedit.add_argument("id", type=int)
    pedit.add_argument("--name")
    pdel = pcmd.add_parser("delete")
    pdel.add_argument("id", type=int)
    pshow = pcmd.add_parser("show")
    pshow.add_argument("id", type=int)
    pshow.add_argument("--json", action="store_true")
    return parser


def open_for_cli(settings: Settings) -> Database:
    from collabdesk.config import ensure_data_dir
    from collabdesk.store.database import open_database

    if settings.database_file is not None:
        ensure_data_dir(settings)
    return open_database(settings.database_url)


def _print_table(rows: Sequence[tuple[str, ...]], out: TextIO) -> None:
    if not rows:
        return
    widths = [min(max(len(r[i]) for r in rows), 60) for i in range(len(rows[0]))]
    for row in rows:
        cells = [cell[:60].ljust(width) for cell, width in zip(row, widths, strict=True)]
        print("  ".join(cells).rstrip(), file=out)


def cmd_demo(args: argparse.Namespace, db: Database, desk: Desk, out: TextIO) -> int:
    from collabdesk.services.demo import load_demo

    from collabdesk.services.demo import is_empty

    if args.if_empty and not is_empty(db.sessions):
        print("The database already holds partners; demo data was not added.", file=out)
        return EXIT_OK
    lang = args.lang or system_language()
    count = load_demo(db.sessions, lang)
    print(f"Added demo data ({lang}): {count} partners.", file=out)
    return EXIT_OK


def _partner_json(record: Any) -> dict[str, Any]:
    return {
        "id": record.id,
        "name": record.name,
        "kind": record.kind.value,
        "status": record.status.value,
        "city": record.city,
        "email": record.email,
        "phone": record.phone,
    }


def cmd_partners(args: argparse.Namespace, db: Database, desk: Desk, out: TextIO) -> int:
    from dataclasses import replace

    from collabdesk.domain.enums import PartnerKind, PartnerStatus
    from collabdesk.services.partners import PartnerDraft

    if args.action == "list":
        from collabdesk.services.partner_directory import PartnerDirectory, PartnerQuery

        directory = directory_for(db)
        query = PartnerQuery(
            text=args.search,
            kind=PartnerKind(args.kind) if args.kind else None,
            status=PartnerStatus(args.status) if args.status else None,
        )
        rows = directory.page(query, 0, max(args.limit, 0), alphabetical=True)
        if isinstance(directory, PartnerDirectory):
            directory.close()
        if args.json:
            json.dump([_partner_json(r) for r in rows], out, ensure_ascii=False, indent=1)
            print(file=out)
        else:
            table: list[tuple[str, ...]] = [("ID", "NAME", "KIND", "STATUS", "CITY", "E-MAIL")]
            table += [
                (str(r.id), r.name, r.kind.value, r.status.value, r.city, r.email) for r in rows
            ]
            _print_table(table, out)
            print(f"{len(rows)} partner(s)", file=out)
        return EXIT_OK
    if args.action == "add":
        draft = PartnerDraft(
            name=args.name,
            kind=PartnerKind(args.kind or "business"),
            status=PartnerStatus(args.status or "prospect"),
            email=args.email or "",
            city=args.city or "",
            phone=args.phone or "",
            website=args.website or "",
        )
        record = desk.partners.create(draft)
        print(f"Added partner {record.id}: {record.name}", file=out)
        return EXIT_OK
    if args.action == "edit":
        current = desk.partners.get(args.id)
        changes = {
            key: value
            for key, value in {
                "name": args.name,
                "email": args.email,
                "city": args.city,
                "phone": args.phone,
                "website": args.website,
                "kind": PartnerKind(args.kind) if args.kind else None,
                "status": PartnerStatus(args.status) if args.status else None,
            }.items()
            if value is not None
        }
        if not changes:
            raise CliError("Nothing to change: give at least one of --name, --kind, --email, ...")
        record = desk.partners.update(
            args.id, replace(current.to_draft(), **changes), current.version_id
        )
        print(f"Saved partner {record.id}: {record.name}", file=out)
        return EXIT_OK
    if args.action == "delete":
        record = desk.partners.get(args.id)
        desk.partners.delete(args.id)
        print(f"Deleted partner {record.id}: {record.name}", file=out)
        return EXIT_OK
    # show
    record = desk.partners.get(args.id)
    contacts = desk.contacts.for_partner(args.id)
    usage = desk.partners.usage(args.id)
    if args.json:
        data = _partner_json(record) | {
            "website": record.website,
            "owner": record.owner,
            "tags": list(record.tags),
            "values_notes": record.values_notes,
            "notes": record.notes,
            "contacts": [
                {"id": c.id, "name": c.name, "role": c.role, "email": c.email, "phone": c.phone}
                for c in contacts
            ],
            "collaborations": [
                {"id": c.id, "title": c.title, "stage": c.stage.value, "role": c.role.value}
                for c in usage.collaborations
            ],
        }
        json.dump(data, out, ensure_ascii=False, indent=1)
        print(file=out)
        return EXIT_OK
    lines = [
        ("Name", record.name),
        ("Kind", record.kind.value),
        ("Status", record.status.value),
        ("City", record.city),
        ("Website", record.website),
        ("E-mail", record.email),
        ("Phone", record.phone),
        ("Owner", record.owner),
        ("Tags", ", ".join(record.tags)),
        ("Values", record.values_notes),
        ("Notes", record.notes),
    ]
    for label, value in lines:
        if value:
            print(f"{label + ':':9} {value}", file=out)
    for contact in contacts:
        print(
            f"Contact:  {contact.name} {contact.role} {contact.email} {contact.phone}".rstrip(),
            file=out,
        )
    for collab in usage.collaborations:
        print(f"In:       {collab.title} ({collab.stage.value}, {collab.role.value})", file=out)
    return EXIT_OK


def directory_for(db: Database) -> Any:
    """The fast partner search over this database."""
    from collabdesk.services.partner_directory import PartnerDirectory
    from collabdesk.store.engine import is_sqlite

    path = db.sqlite_path
    if path is not None:
        return PartnerDirectory.for_sqlite_file(path)
    engine = db.engine

    def execute(sql: str, params: Sequence[Any]) -> list[tuple[Any, ...]]:
        with engine.connect() as conn:
            return [tuple(r) for r in conn.exec_driver_sql(sql, tuple(params)).fetchall()]

    return PartnerDirectory(execute, fts=is_sqlite(db.url), placeholder="%s")


COMMANDS: dict[str, Callable[[argparse.Namespace, Database, Desk, TextIO], int]] = {
    "demo": cmd_demo,
    "partners": cmd_partners,
}


def run(argv: Sequence[str], out: TextIO = sys.stdout, err: TextIO = sys.stderr) -> int:
    try:
        args = build_parser().parse_args(list(argv))
    except CliUsageError as exc:
        print(str(exc), file=err)
        return EXIT_USAGE
    except SystemExit as exc:  # --help and --version print and exit 0
        return int(exc.code or 0)

    from collabdesk.config import resolve

    settings = resolve(args.data_dir, args.database_url)
    if args.command is None:
        return start_gui(settings)

    from collabdesk.services.desk import Desk
    from collabdesk.services.errors import ServiceError
    from collabdesk.store.errors import StoreError

    db = None
    try:
        db = open_for_cli(settings)
        return COMMANDS[args.command](args, db, Desk.over(db.sessions), out)
    except (CliError, ServiceError, StoreError) as exc:
        print(f"collabdesk: {exc}", file=err)
        return EXIT_ERROR
    except OSError as exc:
        print(f"collabdesk: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), file=err)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("collabdesk: interrupted; nothing was saved.", file=err)
        return EXIT_ERROR
    except Exception as exc:  # last resort: one line, never a traceback
        print(f"collabdesk: unexpected error: {type(exc).__name__}: {exc}", file=err)
        return EXIT_ERROR
    finally:
        if db is not None:
            db.close()


def start_gui(settings: Settings) -> int:
    from collabdesk.app import run_gui

    code: int = run_gui(settings, sys.argv)
    return code


def main(argv: Sequence[str] | None = None) -> int:
    return run(sys.argv[1:] if argv is None else argv)


def gui_main() -> int:
    return main()
