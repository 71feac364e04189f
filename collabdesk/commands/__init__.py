"""Command-line commands, one module per group.

Each module has NAME, HELP, `register(parser)` that adds its arguments and
`run(args, ctx)` that does the job through the services and returns an
exit code. cli.py lists the modules and handles errors for all of them.
"""
