"""Command-line commands, one module per group.

Each module has NAME, HELP and `register(parser)`, which adds the group's
arguments and, with `set_defaults(handler=…)`, the function each action
runs: `handler(args, ctx)` does the job through the services and returns an
exit code (`raw_handler(args, settings, out)` for the commands that work on
the database file unopened). cli.py lists the modules and handles errors for
all of them; commands/language.py says their words in the reader's language.
"""
