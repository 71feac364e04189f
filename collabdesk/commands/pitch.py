"""`collabdesk pitch COLLABORATION_ID [--partner ID] [--lang ru|en] [--reply-by DATE]
[--system | --branch ID] --out FILE.pdf` (DATE as 2027-03-01 or 01.03.2027; default: two
weeks from today; on behalf of the collaboration's branch unless told otherwise)."""

from __future__ import annotations

import argparse
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from collabdesk.commands.common import CONTEXT, EXIT_OK, CliError, CommandContext
from collabdesk.commands.language import say, words
from collabdesk.domain.message import QT_TRANSLATE_NOOP, Message

if TYPE_CHECKING:
    from collabdesk.commands.reading import Reading
    from collabdesk.services.library_face import FaceScope
    from collabdesk.services.pitch_model import PitchContent

NAME = "pitch"
HELP = "write the pitch PDF of a collaboration for one of its partners"


def register(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("collaboration_id", type=int)
    parser.add_argument(
        "--partner", type=int, default=None, help="partner id (default: the main one)"
    )
    parser.add_argument("--lang", choices=("ru", "en"), default=None)
    parser.add_argument(
        "--reply-by", default=None, help="the date to answer by: 2027-03-01 or 01.03.2027"
    )
    parser.add_argument("--out", required=True, help="where to write the PDF")
    add_scope_arguments(parser)
    parser.set_defaults(handler=run, reader=read)


def add_scope_arguments(parser: argparse.ArgumentParser) -> None:
    """On whose behalf a document speaks (services/library_face)."""
    on_behalf = parser.add_mutually_exclusive_group()
    on_behalf.add_argument(
        "--system", action="store_true", help="on behalf of the whole library system"
    )
    on_behalf.add_argument(
        "--branch",
        type=int,
        default=None,
        metavar="ID",
        help="on behalf of this branch (default: the collaboration's)",
    )


def face_scope(args: argparse.Namespace) -> FaceScope:
    from collabdesk.services.library_face import FaceScope

    return FaceScope(branch_id=args.branch, system=bool(args.system))


def language(ctx: CommandContext, chosen: str | None) -> str:
    return chosen or ctx.desk.library.profile().default_language or "ru"


def output_path(value: str) -> Path:
    path = Path(value).expanduser()
    if path.is_dir():
        raise CliError(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP("Cli", "%1 is a folder; give a file name ending in .pdf."),
                (path,),
            )
        )
    return path


DATE_FORMATS = ("%Y-%m-%d", "%d.%m.%Y")


def reply_date(value: str | None) -> date | None:
    """`--reply-by` as typed: ISO or the Russian day.month.year."""
    if value is None:
        return None
    for pattern in DATE_FORMATS:
        try:
            return datetime.strptime(value.strip(), pattern).date()
        except ValueError:
            continue
    raise CliError(
        Message(
            CONTEXT,
            QT_TRANSLATE_NOOP("Cli", "“%1” is not a date. Type it like 2027-03-01 or 01.03.2027."),
            (value,),
        )
    )


def run(args: argparse.Namespace, ctx: CommandContext) -> int:
    out = output_path(args.out)
    reply_by = reply_date(args.reply_by)
    lang = language(ctx, args.lang)
    content = ctx.desk.pitch_content.gather(
        args.collaboration_id,
        args.partner,
        language=lang,
        reply_by=reply_by,
        scope=face_scope(args),
    )
    return write_pitch(content, lang, out, ctx.desk.pitch_content.gaps(content).missing, ctx.out)


def read(args: argparse.Namespace, reading: Reading) -> int | None:
    """The same pitch over the read path's plain connection: the gather the
    service runs (services/pitch_gather), without SQLAlchemy or the models.
    None (the full path, which words the refusal or adds what is missing)
    for an unknown collaboration or partner, or when the shipped checklist
    questions are not all in the database yet."""
    from collabdesk.commands.reading import profile_language
    from collabdesk.services.checklist_questions import default_questions
    from collabdesk.services.errors import NotFoundError
    from collabdesk.services.partner_facing import missing_partner_answers
    from collabdesk.services.pitch_gather import gather
    from collabdesk.services.plain_rows import sqlite_run

    out = output_path(args.out)
    reply_by = reply_date(args.reply_by)
    run_sql = sqlite_run(reading.connection)
    keys = {row[0] for row in run_sql("SELECT key FROM checklist_question", [])}
    if any(q["key"] not in keys for q in default_questions()):
        return None
    lang = args.lang or profile_language(reading.connection) or "ru"
    try:
        content = gather(
            run_sql,
            args.collaboration_id,
            args.partner,
            None,
            date.today(),
            lang,
            reply_by,
            scope=face_scope(args),
        )
    except NotFoundError:
        return None
    partner = content.partner.id if content.partner is not None else None
    missing = missing_partner_answers(run_sql, content.collaboration_id, partner)
    return write_pitch(content, lang, out, missing, reading.out)


def write_pitch(
    content: PitchContent, lang: str, out: Path, missing: tuple[str, ...], said: TextIO
) -> int:
    """Write the PDF, then tell a script what the dialog would have asked."""
    from collabdesk.reports.output import write_atomically
    from collabdesk.reports.pitch import build_pitch

    write_atomically(out, build_pitch(content, lang))
    say(said, QT_TRANSLATE_NOOP("Cli", "Wrote %1"), out)
    if missing:  # the dialog asks before writing; a script is told after
        say(
            said,
            QT_TRANSLATE_NOOP("Cli", "Answers the partner will read are still empty: %1"),
            "; ".join(missing),
        )
    if content.untranslated:
        say(
            said,
            QT_TRANSLATE_NOOP("Cli", "No translation yet, printed as written: %1"),
            "; ".join(_untranslated_name(key) for key in content.untranslated),
        )
    return EXIT_OK


def _untranslated_name(key: str) -> str:
    """Question keys as `checklist questions` lists them; the title, the idea
    and promises by what they are."""
    from collabdesk.services import pitch_language

    if key == pitch_language.TITLE:
        return words(QT_TRANSLATE_NOOP("Cli", "title"))
    if key == pitch_language.IDEA:
        return words(QT_TRANSLATE_NOOP("Cli", "idea"))
    if key.startswith(pitch_language.PROMISE):
        return words(
            QT_TRANSLATE_NOOP("Cli", "promise “%1”"), key.removeprefix(pitch_language.PROMISE)
        )
    return key
