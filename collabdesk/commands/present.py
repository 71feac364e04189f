"""`collabdesk present COLLABORATION_ID [--lang ru|en] [--meeting]`: start the
window straight into the presentation of a collaboration.

Commands never import Qt: this one checks that the collaboration can be
presented (a one-line error otherwise) and asks cli.py to start the window
with the presentation open."""

from __future__ import annotations

import argparse

from collabdesk.commands.common import EXIT_OK, CommandContext

NAME = "present"
HELP = "show a collaboration's pitch full screen (slides)"


def register(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("collaboration_id", type=int)
    parser.add_argument("--lang", choices=("ru", "en"), default=None)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx: CommandContext) -> int:
    ctx.desk.pitch_content.gather(args.collaboration_id)  # NotFoundError: one line, exit 1
    args.gui_request = ("present", args.collaboration_id, args.lang)
    return EXIT_OK
