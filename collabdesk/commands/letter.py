"""`collabdesk letter COLLABORATION_ID [--partner ID] [--lang ru|en] --out FILE.pdf
[--eml FILE.eml]`: the covering letter to a pitch, as a PDF and, if asked, as
an e-mail draft with the pitch attached."""

from __future__ import annotations

import argparse

from collabdesk.commands.common import EXIT_OK, CommandContext
from collabdesk.commands.language import say
from collabdesk.commands.pitch import language, output_path
from collabdesk.domain.message import QT_TRANSLATE_NOOP

NAME = "letter"
HELP = "write the covering letter of a pitch (PDF, and an e-mail draft with the pitch attached)"


def register(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("collaboration_id", type=int)
    parser.add_argument(
        "--partner", type=int, default=None, help="partner id (default: the main one)"
    )
    parser.add_argument("--lang", choices=("ru", "en"), default=None)
    parser.add_argument("--out", required=True, help="where to write the letter's PDF")
    parser.add_argument(
        "--eml", default=None, help="also write an e-mail draft (.eml) with the pitch attached"
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx: CommandContext) -> int:
    from collabdesk.reports.letter import build_letter
    from collabdesk.reports.output import write_atomically

    out = output_path(args.out)
    eml = output_path(args.eml) if args.eml else None
    lang = language(ctx, args.lang)
    content = ctx.desk.pitch_content.gather(args.collaboration_id, args.partner)
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
