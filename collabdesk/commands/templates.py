"""`collabdesk templates list|export|import|reset`: the Word templates
agreements and acts of transfer are written from (docs/templates.md)."""

from __future__ import annotations

import argparse
from pathlib import Path

from collabdesk.commands.common import EXIT_OK, CommandContext, Parser, print_table
from collabdesk.commands.language import say, words
from collabdesk.domain.message import QT_TRANSLATE_NOOP

NAME = "templates"
HELP = "list, export, import or reset the Word templates of agreements and acts"
NAMES = (  # services/merge_fields.TEMPLATE_NAMES
    "agreement",
    "acknowledgement",
    "letter-follow-up",
    "letter-reminder",
    "letter-thank-you",
)


def register(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="action", required=True, parser_class=Parser)
    sub.add_parser("list", help="each template and whether the library's own is used").set_defaults(
        handler=list_templates
    )
    export = sub.add_parser("export", help="write the template in use to a .docx file")
    export.add_argument("name", choices=NAMES)
    export.add_argument("file")
    export.add_argument("--lang", choices=("ru", "en"), default=None)
    export.set_defaults(handler=export_template)
    load = sub.add_parser("import", help="use the library's own .docx from now on")
    load.add_argument("name", choices=NAMES)
    load.add_argument("file")
    load.add_argument("--lang", choices=("ru", "en"), default=None)
    load.set_defaults(handler=import_template)
    reset = sub.add_parser("reset", help="go back to the shipped template")
    reset.add_argument("name", choices=NAMES)
    reset.add_argument("--lang", choices=("ru", "en"), default=None, help="default: both")
    reset.set_defaults(handler=reset_template)


def _language(ctx: CommandContext, lang: str | None) -> str:
    return lang or ctx.desk.library.profile().default_language


def list_templates(args: argparse.Namespace, ctx: CommandContext) -> int:
    rows = []
    for info in ctx.desk.templates.list():
        if info.imported and info.imported_at is not None:
            used = words(
                QT_TRANSLATE_NOOP("Cli", "the library's own: %1, imported %2"),
                info.file_name,
                info.imported_at.astimezone().strftime("%Y-%m-%d %H:%M"),
            )
        else:
            used = words(QT_TRANSLATE_NOOP("Cli", "shipped"))
        rows.append((info.name, info.language, used))
    print_table(rows, ctx.out)
    return EXIT_OK


def export_template(args: argparse.Namespace, ctx: CommandContext) -> int:
    from collabdesk.reports.output import write_atomically

    template = ctx.desk.templates.get(args.name, _language(ctx, args.lang))
    out = Path(args.file)
    write_atomically(out, template.content)
    say(ctx.out, QT_TRANSLATE_NOOP("Cli", "Wrote %1"), out)
    return EXIT_OK


def import_template(args: argparse.Namespace, ctx: CommandContext) -> int:
    language = _language(ctx, args.lang)
    ctx.desk.templates.import_file(args.name, language, Path(args.file))
    say(
        ctx.out,
        QT_TRANSLATE_NOOP("Cli", "The %1 template (%2) is now the library's own: %3"),
        args.name,
        language,
        Path(args.file).name,
    )
    return EXIT_OK


def reset_template(args: argparse.Namespace, ctx: CommandContext) -> int:
    dropped = ctx.desk.templates.reset(args.name, args.lang)
    if dropped:
        say(
            ctx.out,
            QT_TRANSLATE_NOOP("Cli", "The %1 template is the shipped one again."),
            args.name,
        )
    else:
        say(
            ctx.out,
            QT_TRANSLATE_NOOP("Cli", "The %1 template was the shipped one already."),
            args.name,
        )
    return EXIT_OK
