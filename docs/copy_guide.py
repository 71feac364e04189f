"""Copy the user guide from resources/guide/ (its source, shipped with the
program for Help → User guide) to docs/, with picture paths rewritten, so
the repository's readers see the same guide.

    .venv/bin/python docs/copy_guide.py

tests/unit/test_user_guide_docs.py fails when the copies fall behind.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "guide"
LANGUAGES = ("ru", "en")


def docs_text(language: str) -> str:
    text = (SOURCE / f"user-guide.{language}.md").read_text(encoding="utf-8")
    notice = "<!-- Copied from resources/guide/ by docs/copy_guide.py: edit it there. -->\n"
    return notice + text.replace("](images/", "](../resources/guide/images/")


def copy_guides() -> None:
    for language in LANGUAGES:
        target = ROOT / "docs" / f"user-guide.{language}.md"
        target.write_text(docs_text(language), encoding="utf-8")


if __name__ == "__main__":
    copy_guides()
