"""The rotating log file in the data folder (logs/collabdesk.log).

Librarians send this file when something goes wrong, so it holds warnings,
errors and full tracebacks of unexpected exceptions, and never grows past
a few megabytes (five files of 1 MB).
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from collabdesk.store.data_files import make_private

LOG_NAME = "collabdesk.log"
MAX_BYTES = 1_000_000
BACKUPS = 4
_HANDLER_NAME = "collabdesk-file"


class _PrivateRotatingFile(logging.handlers.RotatingFileHandler):
    """Each new log file 0600: tracebacks can quote partners' details."""

    def doRollover(self) -> None:  # noqa: N802 - logging's name
        super().doRollover()
        make_private(Path(self.baseFilename))


def setup_logging(log_dir: Path, level: int = logging.INFO) -> Path | None:
    """Send the `collabdesk` loggers to the rotating file; None when the
    folder cannot be written (the program still runs, without a log)."""
    logger = logging.getLogger("collabdesk")
    logger.setLevel(level)
    for handler in list(logger.handlers):
        if handler.get_name() == _HANDLER_NAME:
            logger.removeHandler(handler)
            handler.close()
    path = log_dir / LOG_NAME
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        make_private(log_dir, directory=True)
        handler = _PrivateRotatingFile(
            path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
        )
    except OSError:
        return None
    make_private(path)
    handler.set_name(_HANDLER_NAME)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.addHandler(handler)
    return path
