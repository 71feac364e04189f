"""Letters to a partner.

`collabdesk letter KIND ID --out FILE.docx|FILE.eml|FILE.txt [--lang ru|en]
[--partner ID] [--attach FILE ...] [--days N] [--system | --branch ID]`: KIND
is follow-up (the pitch attached), reminder (the partner's open promises due in the next N days or
overdue) or thank-you (the recap attached), written from the letter's
template (`collabdesk templates`).

`collabdesk letter ID [--partner ID] [--lang ru|en] --out FILE.pdf
[--eml FILE.eml]`: the covering letter to a pitch, as a PDF and, if asked, as
an e-mail draft with the pitch attached (issue 16; kept as it was)."""

from __future__ import annotations

import argparse
from pathlib import Path

from collabdesk.commands.common import CONTEXT, EXIT_OK, CliError, CommandContext
from collabdesk.commands.language import say
from collabdesk.commands.pitch import add_scope_arguments, face_scope, language, output_path
from collabdesk.domain.message import QT_TRANSLATE_NOOP, Message

NAME = "letter"
HELP = "write a letter to a partner: follow-up, reminder or thank-you (.docx, .eml, .txt)"
KINDS = ("follow-up", "reminder", "thank-you")  # services/letter_content.KINDS


def register(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "kind",
        metavar="KIND",
        help="follow-up, reminder or thank-you; a collaboration id alone: the covering letter PDF",
    )
    parser.add_argument("collaboration_id", metavar="ID", nargs="?", default=None)
    parser.add_argument(
        "--partner", type=int, default=None, help="partner id (default: the main one)"
    )
    parser.add_argument("--lang", choices=("ru", "en"), default=None)
    parser.add_argument(
        "--out", required=True, help="FILE.docx, FILE.eml or FILE.txt (the covering letter: .pdf)"
    )
    parser.add_argument(
        "--attach", action="append", default=[], metavar="FILE", help="attach a file (repeatable)"
    )
    parser.add_argument(
        "--days", type=int, default=14, help="a reminder: promises due within N days (14)"
    )
    parser.add_argument(
        "--eml", default=None, help="the covering letter: also write an e-mail draft (.eml)"
    )
    add_scope_arguments(parser)
    parser.set_defaults(handler=run)


def _number(value: str) -> int:
    if value.isdigit():
        return int(value)
    raise CliError(
        Message(
            CONTEXT,
            QT_TRANSLATE_NOOP("Cli", "“%1” is not a collaboration id; give a number."),
            (value,),
        )
    )


def run(args: argparse.Namespace, ctx: CommandContext) -> int:
    if args.collaboration_id is None and args.kind.isdigit():
        return covering_letter(args, ctx, int(args.kind))
    if args.kind not in KINDS:
        raise CliError(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP("Cli", "There is no letter called “%1”; there are: %2."),
                (args.kind, ", ".join(KINDS)),
            )
        )
    if args.collaboration_id is None:
        raise CliError(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP("Cli", "Say which collaboration: collabdesk letter %1 ID."),
                (args.kind,),
            )
        )
    return kind_letter(args, ctx, _number(args.collaboration_id))


def kind_letter(args: argparse.Namespace, ctx: CommandContext, collaboration_id: int) -> int:
    """A follow-up, reminder or thank-you from its template."""
    from collabdesk.reports.letter_files import (
        SUFFIXES,
        own_attachment,
        read_attachments,
        write_letter,
    )
    from collabdesk.reports.output import write_atomically
    from collabdesk.services.letter_content import check_days, template_name

    out = output_path(args.out)
    suffix = out.suffix.lower()
    if suffix not in SUFFIXES:
        raise CliError(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP("Cli", "Write the letter as .docx, .eml or .txt, not “%1”."),
                (out.name,),
            )
        )
    check_days(args.days)
    paths = [Path(name).expanduser() for name in args.attach]
    try:
        extra = read_attachments(paths)
    except OSError as exc:
        raise CliError(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP("Cli", "The file to attach cannot be read: %1 (%2)"),
                (exc.filename or "", exc.strerror or exc.__class__.__name__),
            )
        ) from exc
    lang = language(ctx, args.lang)
    scope = face_scope(args)
    content = ctx.desk.pitch_content.gather(
        collaboration_id, args.partner, language=lang, scope=scope
    )
    template = ctx.desk.templates.get(template_name(args.kind), lang).content
    recap = (  # the partner's recap travels with a thank-you
        ctx.desk.recaps.gather(collaboration_id, args.partner, language=lang, scope=scope)
        if args.kind == "thank-you"
        else None
    )
    files = write_letter(args.kind, content, lang, template, suffix, extra, args.days, recap)
    write_atomically(out, files.data)
    say(ctx.out, QT_TRANSLATE_NOOP("Cli", "Wrote %1"), out)
    own = own_attachment(args.kind, content, lang, recap) if suffix != ".eml" else None
    if own is not None:  # the letter names its attachment: put it beside the letter
        beside = out.with_name(own.name)
        write_atomically(beside, own.data)
        say(ctx.out, QT_TRANSLATE_NOOP("Cli", "Wrote %1"), beside)
    elif not files.to:
        say(
            ctx.out,
            QT_TRANSLATE_NOOP(
                "Cli",
                "The partner has no e-mail address: fill in To in your mail program.",
            ),
        )
    return EXIT_OK


def covering_letter(args: argparse.Namespace, ctx: CommandContext, collaboration_id: int) -> int:
    """The covering letter to a pitch as a PDF (and an .eml with --eml)."""
    from collabdesk.reports.letter import build_letter
    from collabdesk.reports.output import write_atomically

    out = output_path(args.out)
    eml = output_path(args.eml) if args.eml else None
    lang = language(ctx, args.lang)
    content = ctx.desk.pitch_content.gather(collaboration_id, args.partner, scope=face_scope(args))
    write_atomically(out, build_letter(content, lang))
    say(ctx.out, QT_TRANSLATE_NOOP("Cli", "Wrote %1"), out)
    if eml is not None:
        from collabdesk.reports.letter_text import compose_letter
        from collabdesk.reports.mail_draft import build_mail_draft, pitch_file_name
        from collabdesk.reports.pitch import build_pitch

        letter = compose_letter(content, lang)
        partner = content.partner.name if content.partner else ""
        draft = build_mail_draft(
            letter,
            build_pitch(content, lang),
            pitch_file_name(content.title, partner, lang),
            content.library.contact_email or content.library.email,
        )
        write_atomically(eml, draft)
        say(ctx.out, QT_TRANSLATE_NOOP("Cli", "Wrote %1"), eml)
        if not letter.to_email:
            say(
                ctx.out,
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "The partner has no e-mail address: fill in To in your mail program.",
                ),
            )
    return EXIT_OK
