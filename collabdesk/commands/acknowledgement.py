"""`collabdesk acknowledgement COMMITMENT_ID [COMMITMENT_ID ...] --out
FILE.docx|FILE.pdf [--lang ru|en] [--partner ID]`: the act of transfer of
delivered commitments of one partner in one collaboration."""

from __future__ import annotations

import argparse

from collabdesk.commands.agreement import document_path, write_legal_document
from collabdesk.commands.common import EXIT_OK, CommandContext

NAME = "acknowledgement"
HELP = "write the acknowledgement of transfer of delivered commitments (.docx or .pdf)"


def register(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("commitment_ids", type=int, nargs="+", metavar="COMMITMENT_ID")
    parser.add_argument("--out", required=True, help="FILE.docx (from the template) or FILE.pdf")
    parser.add_argument("--lang", choices=("ru", "en"), default=None)
    parser.add_argument("--partner", type=int, default=None, help="needed with several partners")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx: CommandContext) -> int:
    out = document_path(args.out)
    prepared = ctx.desk.acknowledgements.prepare(args.commitment_ids, args.lang, args.partner)
    write_legal_document(
        ctx, "acknowledgement", prepared.missing, prepared.fields, prepared.content.language, out
    )
    return EXIT_OK
