"""`python -m collabdesk` runs the same entry point as the installed script."""

from collabdesk.cli import main

raise SystemExit(main())
