"""Refresh the translation sources and compile them.

    python packaging/update_translations.py            # lupdate, then lrelease
    python packaging/update_translations.py --release-only

lupdate scans every .py file under collabdesk/ and merges new strings into
resources/translations/collabdesk_<lang>.ts (obsolete ones are dropped);
translate the entries marked unfinished with pyside6-linguist or a text
editor, then run again so lrelease writes the .qm files the program loads.

The command line cannot load Qt, so each translated .ts also gives a small
catalogue, collabdesk_<lang>.json (context → English → translation), that
commands/language.py reads. It holds only the contexts the code outside
ui/ and app.py marks (services, store, commands): the command line never
says a widget's words, and the file stays a tenth of the .qm's size.

The .qm and .json files are committed; tests/unit/test_translations.py fails
when a .ts has unfinished or obsolete entries or a .qm or .json differs from
its .ts.
"""

from __future__ import annotations

import argparse
import ast
import hashlib
import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "collabdesk"
FOLDER = ROOT / "resources" / "translations"
# Which .ts each committed .qm was compiled from (sha256) and by which
# PySide6: the test compares hashes, and bytes when its lrelease is the same.
RECORD = FOLDER / "compiled-from.json"
# English is the source language; its .ts holds only the plural forms
# ("%n partner(s)" -> "1 partner", "2 partners").
LANGUAGES = ("ru", "en")


def tool(name: str) -> str:
    """pyside6-lupdate/-lrelease from this interpreter's environment first."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"update_translations: {name} not found (install PySide6-Essentials)")
    return found


def sources() -> list[str]:
    return sorted(str(path.relative_to(ROOT)) for path in SOURCE.rglob("*.py"))


def lupdate(ts_file: Path, *, obsolete: bool = False, plural_only: bool = False) -> None:
    """Merge the strings of the source tree into `ts_file` (created if missing)."""
    args = [tool("pyside6-lupdate"), *sources(), "-locations", "none"]
    if not obsolete:
        args.append("-no-obsolete")
    if plural_only:
        args.append("-pluralonly")
    args += ["-ts", str(ts_file)]
    subprocess.run(args, cwd=ROOT, check=True, capture_output=True, text=True)


def lrelease(ts_file: Path, qm_file: Path) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    )


# What the window alone says: its contexts stay out of the catalogue.
WINDOW_ONLY = (SOURCE / "ui", SOURCE / "app.py")
MARKS = ("QT_TRANSLATE_NOOP", "translate")


def catalogue_contexts() -> set[str]:
    """Contexts the code outside the window marks with QT_TRANSLATE_NOOP or
    translate("Context", …): what the command line may have to say."""
    found = set()
    for path in SOURCE.rglob("*.py"):
        if any(path == part or part in path.parents for part in WINDOW_ONLY):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", ""))
            first = node.args[0]
            if name in MARKS and isinstance(first, ast.Constant) and isinstance(first.value, str):
                found.add(first.value)
    return found


def catalogue(ts_file: Path, contexts: set[str]) -> dict[str, dict[str, str]]:
    """context → source → translation, for the finished, non-plural entries
    of `contexts` (the command line says counts without plural forms)."""
    result: dict[str, dict[str, str]] = {}
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        if name not in contexts:
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            if message.get("numerus") == "yes" or translation is None or translation.get("type"):
                continue
            source = message.findtext("source") or ""
            result.setdefault(name, {})[source] = translation.text or ""
    return result


def catalogue_text(ts_file: Path) -> str:
    data = catalogue(ts_file, catalogue_contexts())
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def catalogue_file(ts_file: Path) -> Path:
    return ts_file.with_suffix(".json")


def ts_digest(ts_file: Path) -> str:
    return hashlib.sha256(ts_file.read_bytes()).hexdigest()


def pyside_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("PySide6-Essentials")
    except PackageNotFoundError:
        return "unknown"


def write_record() -> None:
    record = {
        "pyside6": pyside_version(),
        "sources": {ts.name: ts_digest(ts) for ts in sorted(FOLDER.glob("collabdesk_*.ts"))},
    }
    RECORD.write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--release-only", action="store_true", help="only compile .ts to .qm")
    args = parser.parse_args(argv)
    FOLDER.mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES:
        ts_file = FOLDER / f"collabdesk_{lang}.ts"
        if not args.release_only:
            lupdate(ts_file, plural_only=lang == "en")
        lrelease(ts_file, ts_file.with_suffix(".qm"))
        print(f"{ts_file.relative_to(ROOT)} -> {ts_file.with_suffix('.qm').name}")
        if lang != "en":  # English is the source: the command line needs no catalogue
            catalogue_file(ts_file).write_text(catalogue_text(ts_file), encoding="utf-8")
            print(f"{ts_file.relative_to(ROOT)} -> {catalogue_file(ts_file).name}")
    if not args.release_only:
        write_record()
    return 0


if __name__ == "__main__":
    sys.exit(main())
