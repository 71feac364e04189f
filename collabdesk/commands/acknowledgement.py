"""`collabdesk acknowledgement COMMITMENT_ID [COMMITMENT_ID ...] --out
FILE.docx|FILE.pdf [--lang ru|en] [--partner ID]`: the act of transfer of
delivered commitments of one partner in one collaboration."""

from __future__ import annotations

import argparse

from collabdesk.commands.agreement import document_path
from collabdesk.commands.common import EXIT_OK, CommandContext
from collabdesk.commands.language import say
from collabdesk.domain.message import QT_TRANSLATE_NOOP

NAME = "acknowledgement"
HELP = "write the acknowledgement of transfer of delivered commitments (.docx or .pdf)"


def register(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("commitment_ids", type=int, nargs="+", metavar="COMMITMENT_ID")
    parser.add_argument("--out", required=True, help="FILE.docx (from the template) or FILE.pdf")
    parser.add_argument("--lang", choices=("ru", "en"), default=None)
    parser.add_argument("--partner", type=int, default=None, help="needed with several partners")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx: CommandContext) -> int:
    from collabdesk.reports.output import write_atomically
    from collabdesk.services.agreements import MissingDetailsError

    out = document_path(args.out)
    prepared = ctx.desk.acknowledgements.prepare(args.commitment_ids, args.lang, args.partner)
    if prepared.missing:
        raise MissingDetailsError(prepared.missing)
    language = prepared.content.language
    if out.suffix.lower() == ".docx":
        from collabdesk.services.template_merge import merge

        data = merge(ctx.desk.templates.get("acknowledgement", language).content, prepared.fields)
    else:
        from collabdesk.reports.acknowledgement_pdf import build_acknowledgement_pdf

        profile = ctx.desk.library.profile()
        logo = ctx.desk.library.logo()
        data = build_acknowledgement_pdf(
            prepared.fields, language, profile.brand_colour, logo.data if logo else None
        )
    write_atomically(out, data)
    say(ctx.out, QT_TRANSLATE_NOOP("Cli", "Wrote %1"), out)
    return EXIT_OK
