"""Entry point of the frozen bundle: the same as the `collabdesk` script."""

import sys

from collabdesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
