"""`collabdesk settings my-name ["NAME"]`: this computer's own settings that
the command line needs too. "My name" is now the staff member chosen at
this computer (issue 19; `collabdesk staff me` does the same by id): the
name chooses the staff member of that name, added to the list if missing,
so older scripts keep working."""

from __future__ import annotations

import argparse

from collabdesk.commands.common import EXIT_OK, CommandContext, Parser
from collabdesk.commands.language import say
from collabdesk.domain.message import QT_TRANSLATE_NOOP

NAME = "settings"
HELP = "this computer's settings: my-name; the library's dump-folder"


def register(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="action", required=True, parser_class=Parser)
    name = sub.add_parser("my-name", help='show or set my name: settings my-name "Ольга Петрова"')
    name.add_argument("name", nargs="?", metavar="NAME", help='"" forgets it')
    name.set_defaults(handler=my_name_setting)
    dumps = sub.add_parser(
        "dump-folder", help="show or set where the shared server's pg_dump files are kept"
    )
    dumps.add_argument("folder", nargs="?", metavar="DIR", help='"" forgets it')
    dumps.set_defaults(handler=dump_folder_setting)


def dump_folder_setting(args: argparse.Namespace, ctx: CommandContext) -> int:
    """The folder `collabdesk check` looks in for the server's newest dump."""
    from collabdesk.services.server_dumps import ServerDumps

    dumps = ServerDumps(ctx.db.sessions)
    folder = dumps.folder() if args.folder is None else dumps.set_folder(args.folder)
    if folder:
        say(ctx.out, QT_TRANSLATE_NOOP("Cli", "Dump folder: %1"), folder)
    else:
        say(ctx.out, QT_TRANSLATE_NOOP("Cli", "No dump folder is set."))
    return EXIT_OK


def my_name_setting(args: argparse.Namespace, ctx: CommandContext) -> int:
    from collabdesk.config import ensure_data_dir
    from collabdesk.services.staff_me import choose_named, settle

    if args.name is None:
        current = settle(ctx.desk.staff, ctx.settings.data_dir)
        if current is not None:
            say(ctx.out, QT_TRANSLATE_NOOP("Cli", "My name: %1"), current.name)
        else:
            say(
                ctx.out,
                QT_TRANSLATE_NOOP(
                    "Cli", 'My name is not set; set it with `collabdesk settings my-name "Name"`.'
                ),
            )
        return EXIT_OK
    ensure_data_dir(ctx.settings)
    kept = choose_named(ctx.desk.staff, ctx.settings.data_dir, args.name)
    if kept is not None:
        say(ctx.out, QT_TRANSLATE_NOOP("Cli", "My name is now: %1"), kept.name)
    else:
        say(ctx.out, QT_TRANSLATE_NOOP("Cli", "My name is forgotten."))
    return EXIT_OK
