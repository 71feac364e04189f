"""CollabDesk: barter collaborations between a public library and its partners."""

from __future__ import annotations

APP_NAME = "CollabDesk"
ORG_NAME = "CollabDesk"


def __getattr__(name: str) -> str:
    # The version comes from package metadata, a ~20 ms lookup: done on first
    # use only, so the window does not wait for it.
    if name == "__version__":
        from importlib import metadata

        try:
            version = metadata.version("collabdesk")
        except metadata.PackageNotFoundError:  # a source tree that was never installed
            version = "0.0.0+source"
        globals()["__version__"] = version
        return version
    raise AttributeError(f"module 'collabdesk' has no attribute {name!r}")
