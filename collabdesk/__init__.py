"""CollabDesk: barter collaborations between a public library and its partners."""

from importlib import metadata as _metadata

try:
    __version__ = _metadata.version("collabdesk")
except _metadata.PackageNotFoundError:  # running from a source tree without install
    __version__ = "0.0.0+source"

APP_NAME = "CollabDesk"
ORG_NAME = "CollabDesk"
