"""`collabdesk agreement COLLABORATION_ID --out FILE.docx|FILE.pdf [--lang]
[--partner ID]`: the cooperation agreement, kept with the collaboration;
`--signed SCAN --signed-on DATE` attaches the signed copy to the latest one;
`--list` shows those written and whether each is signed."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from collabdesk.commands.common import (
    CONTEXT,
    EXIT_OK,
    CliError,
    CliUsageError,
    CommandContext,
    parse_date,
    print_table,
)
from collabdesk.commands.language import say, words
from collabdesk.domain.message import QT_TRANSLATE_NOOP, Message

if TYPE_CHECKING:
    from collabdesk.reports.legal_document import LegalKind
    from collabdesk.services.legal_details import MissingDetail

NAME = "agreement"
HELP = "write the cooperation agreement (.docx or .pdf), attach the signed scan, list them"
SUFFIXES = (".docx", ".pdf")


def register(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("collaboration_id", type=int)
    parser.add_argument("--out", help="FILE.docx (from the template) or FILE.pdf")
    parser.add_argument("--lang", choices=("ru", "en"), default=None)
    parser.add_argument("--partner", type=int, default=None, help="needed with several partners")
    parser.add_argument("--signed", metavar="SCAN", help="attach the signed scan (PDF, PNG, JPEG)")
    parser.add_argument("--signed-on", metavar="DATE", help="the signing date (YYYY-MM-DD)")
    parser.add_argument("--list", action="store_true", help="the agreements written")
    parser.set_defaults(handler=run)


def document_path(value: str | None) -> Path:
    """The --out file: .docx or .pdf, not a folder."""
    if not value:
        raise CliUsageError(
            Message(CONTEXT, QT_TRANSLATE_NOOP("Cli", "Give --out FILE.docx or FILE.pdf."))
        )
    path = Path(value).expanduser()
    if path.is_dir() or path.suffix.lower() not in SUFFIXES:
        raise CliError(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP("Cli", "%1: give a file name ending in .docx or .pdf."),
                (path,),
            )
        )
    return path


def run(args: argparse.Namespace, ctx: CommandContext) -> int:
    if args.list:
        return list_agreements(args, ctx)
    if args.signed is not None:
        return attach_signed(args, ctx)
    return write_agreement(args, ctx)


def write_agreement(args: argparse.Namespace, ctx: CommandContext) -> int:
    out = document_path(args.out)
    prepared = ctx.desk.agreements.prepare(args.collaboration_id, args.partner, args.lang)
    data = write_legal_document(
        ctx, "agreement", prepared.missing, prepared.fields, prepared.content.language, out
    )
    record = ctx.desk.agreements.record(prepared, out.name, data)
    say(
        ctx.out,
        QT_TRANSLATE_NOOP("Cli", "Agreement version %1 with %2 is kept with the collaboration."),
        record.version,
        record.partner_name,
    )
    return EXIT_OK


def write_legal_document(
    ctx: CommandContext,
    kind: LegalKind,
    missing: tuple[MissingDetail, ...],
    fields: dict[str, Any],
    language: str,
    out: Path,
) -> bytes:
    """Refuse with the missing details named, else write .docx or .pdf and say so."""
    from collabdesk.reports.legal_document import build_legal_document
    from collabdesk.reports.output import write_atomically
    from collabdesk.services.agreements import MissingDetailsError

    if missing:
        raise MissingDetailsError(missing)
    template = None
    if out.suffix.lower() == ".docx":
        template = ctx.desk.templates.get(kind, language).content
    profile = ctx.desk.library.profile()
    logo = ctx.desk.library.logo()
    data = build_legal_document(
        kind,
        fields,
        language,
        template=template,
        colour=profile.brand_colour,
        logo=logo.data if logo else None,
    )
    write_atomically(out, data)
    say(ctx.out, QT_TRANSLATE_NOOP("Cli", "Wrote %1"), out)
    return data


def attach_signed(args: argparse.Namespace, ctx: CommandContext) -> int:
    if not args.signed_on:
        raise CliUsageError(
            Message(CONTEXT, QT_TRANSLATE_NOOP("Cli", "Give the signing date: --signed-on DATE."))
        )
    signed_on = parse_date(args.signed_on, "--signed-on")
    agreements = ctx.desk.agreements
    latest = agreements.latest(args.collaboration_id, args.partner)
    record = agreements.attach_signed(latest.id, Path(args.signed), signed_on)
    say(
        ctx.out,
        QT_TRANSLATE_NOOP("Cli", "Agreement version %1 with %2 is signed on %3."),
        record.version,
        record.partner_name,
        signed_on.isoformat(),
    )
    return EXIT_OK


def list_agreements(args: argparse.Namespace, ctx: CommandContext) -> int:
    rows = [
        (
            str(record.id),
            record.partner_name,
            str(record.version),
            record.language,
            record.written_at.astimezone().strftime("%Y-%m-%d"),
            words(QT_TRANSLATE_NOOP("Cli", "signed %1"), record.signed_on.isoformat())
            if record.signed_on
            else words(QT_TRANSLATE_NOOP("Cli", "not signed")),
        )
        for record in ctx.desk.agreements.list(args.collaboration_id)
    ]
    if not rows:
        say(ctx.out, QT_TRANSLATE_NOOP("Cli", "No agreement written yet."))
    print_table(rows, ctx.out)
    return EXIT_OK
