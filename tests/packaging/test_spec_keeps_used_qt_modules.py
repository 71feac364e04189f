"""The bundle leaves out Qt modules to stay small; a module the program
imports must never be among them (a frozen build would fail at run time
with ModuleNotFoundError the first time that view opens)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def excluded_qt_modules() -> set[str]:
    spec = (ROOT / "packaging" / "collabdesk.spec").read_text(encoding="utf-8")
    block = re.search(r"QT_EXCLUDES = \[(.*?)\]", spec, re.S)
    assert block is not None, "QT_EXCLUDES not found in the spec"
    return set(ast.literal_eval("[" + block.group(1) + "]"))


def imported_qt_modules() -> set[str]:
    found: set[str] = set()
    for path in (ROOT / "collabdesk").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            else:
                continue
            found.update(name for name in names if name.startswith("PySide6."))
    return found


def test_no_imported_qt_module_is_excluded_from_the_bundle() -> None:
    used = imported_qt_modules()
    assert "PySide6.QtWidgets" in used  # the scan really sees the imports
    assert used & excluded_qt_modules() == set()
