"""Find the resources folder from a source tree, an installed wheel or a
frozen (PyInstaller) bundle."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle) / "collabdesk" / "resources"
    try:
        import collabdesk.resources as installed  # type: ignore[import-not-found]

        return Path(next(iter(installed.__path__)))
    except ImportError:
        return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
