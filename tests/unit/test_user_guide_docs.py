"""The guide in docs/ is the one the program ships (resources/guide), and
every picture either names exists."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_docs_copies_match_the_shipped_guide() -> None:
    spec = importlib.util.spec_from_file_location("copy_guide", ROOT / "docs" / "copy_guide.py")
    assert spec is not None and spec.loader is not None
    copy_guide = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(copy_guide)
    for language in copy_guide.LANGUAGES:
        shipped = (ROOT / "docs" / f"user-guide.{language}.md").read_text(encoding="utf-8")
        assert shipped == copy_guide.docs_text(language), "run docs/copy_guide.py"


def test_every_picture_named_exists() -> None:
    for folder, pattern in ((ROOT / "resources" / "guide", "*.md"), (ROOT / "docs", "*.md")):
        for page in folder.glob(pattern):
            for target in re.findall(r"!\[[^\]]*\]\(([^)]+)\)", page.read_text(encoding="utf-8")):
                assert (page.parent / target).is_file(), f"{page.name}: {target}"
