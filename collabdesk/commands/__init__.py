"""Command-line commands, one module per group.

Each module has NAME, HELP and `register(parser)`, which adds the group's
arguments and, with `set_defaults(handler=…)`, the function each action
runs: `handler(args, ctx)` does the job through the services and returns an
exit code (`raw_handler(args, settings, out)` for the commands that work on
the database file unopened). An action that only reads may also set
`reader=`: `reader(args, reading)` answers over a plain read-only sqlite3
connection (commands/reading.py), without SQLAlchemy, when the database is a
current SQLite file, and must print exactly what `handler` prints
(tests/unit/test_cli_light.py compares them); it returns None to hand the
command to `handler` (a missing record, say). cli.py lists the modules (one
line each) and handles errors for all of them; commands/language.py says
their words in the reader's language.
"""
