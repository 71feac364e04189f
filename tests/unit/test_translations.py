"""The translation sources are complete and the compiled files current.

These fail when someone adds a tr() string without running
packaging/update_translations.py and translating it, leaves an entry
unfinished, or commits a .ts without its rebuilt .qm."""

from __future__ import annotations

import ast
import importlib.util
import json
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "resources" / "translations"
TS_FILES = sorted(FOLDER.glob("collabdesk_*.ts"))
PLACEHOLDER = re.compile(r"%L?n|%\d")


def pipeline() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "packaging" / "update_translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def messages(ts_file: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(ts_file).getroot()
    return [
        (context.findtext("name") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def incomplete(ts_file: Path) -> list[str]:
    """Entries lupdate marks as unfinished, obsolete or vanished."""
    found = []
    for context, message in messages(ts_file):
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else "unfinished"
        if kind in ("unfinished", "obsolete", "vanished"):
            found.append(f"{ts_file.name}: [{context}] {message.findtext('source')!r} ({kind})")
    return found


def test_there_are_russian_and_english_sources() -> None:
    assert [path.name for path in TS_FILES] == ["collabdesk_en.ts", "collabdesk_ru.ts"]


@pytest.mark.parametrize("ts_file", TS_FILES, ids=lambda path: path.name)
def test_ts_has_no_unfinished_or_obsolete_entries(ts_file: Path) -> None:
    assert incomplete(ts_file) == []


@pytest.mark.parametrize("ts_file", TS_FILES, ids=lambda path: path.name)
def test_every_string_in_the_source_is_in_the_ts(ts_file: Path, tmp_path: Path) -> None:
    """Run lupdate over today's source into a copy: a new string arrives
    unfinished, a removed one as vanished. Fix: run
    packaging/update_translations.py and translate what it marks."""
    copy = tmp_path / ts_file.name
    shutil.copy(ts_file, copy)
    pipeline().lupdate(copy, obsolete=True, plural_only=ts_file.stem.endswith("_en"))
    assert incomplete(copy) == []


@pytest.mark.parametrize("ts_file", TS_FILES, ids=lambda path: path.name)
def test_compiled_qm_matches_its_ts(ts_file: Path, tmp_path: Path) -> None:
    """Compare content, not dates: a git checkout does not keep file times.
    The .qm must come from this very .ts (hash recorded by the script), and,
    with the same lrelease, be byte for byte what it compiles to now."""
    tools = pipeline()
    committed = ts_file.with_suffix(".qm")
    assert committed.exists(), f"run packaging/update_translations.py to build {committed.name}"
    record = json.loads(tools.RECORD.read_text(encoding="utf-8"))
    assert record["sources"].get(ts_file.name) == tools.ts_digest(ts_file), (
        f"{committed.name} is stale: run packaging/update_translations.py"
    )
    if record["pyside6"] != tools.pyside_version():
        pytest.skip("another PySide6 compiled the .qm; the hash check above still holds")
    rebuilt = tmp_path / committed.name
    tools.lrelease(ts_file, rebuilt)
    assert committed.read_bytes() == rebuilt.read_bytes(), (
        f"{committed.name} is stale: run packaging/update_translations.py"
    )


def test_russian_keeps_placeholders_and_one_accelerator() -> None:
    """%1, %n and & survive translation, so no figure or shortcut is lost."""
    problems = []
    for context, message in messages(FOLDER / "collabdesk_ru.ts"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        forms = [form.text or "" for form in translation.iter("numerusform")] or [
            translation.text or ""
        ]
        for text in forms:
            if sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
                problems.append(f"[{context}] {source!r}: placeholders differ in {text!r}")
            if source.count("&") != text.count("&"):
                problems.append(f"[{context}] {source!r}: accelerator lost in {text!r}")
    assert problems == []


def test_russian_plural_entries_have_three_forms() -> None:
    for _context, message in messages(FOLDER / "collabdesk_ru.ts"):
        if message.get("numerus") == "yes":
            forms = list(message.iter("numerusform"))
            assert len(forms) == 3, message.findtext("source")


def _literal(node: ast.AST | None) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


# Translates service Messages, whose templates are marked where they are
# written with QT_TRANSLATE_NOOP("Context", "literal") (checked below).
MESSAGE_TRANSLATOR = Path("collabdesk/ui/widgets/service_text.py")


def test_translated_strings_are_literals_lupdate_can_see() -> None:
    """lupdate reads the source text: tr(variable) or a wrapper around
    translate() hides strings from it, so they would never be translated."""
    hidden = []
    for path in sorted((ROOT / "collabdesk").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name == "tr":
                ok = bool(node.args) and _literal(node.args[0])
            elif name in ("translate", "QT_TRANSLATE_NOOP"):
                ok = len(node.args) >= 2 and _literal(node.args[0]) and _literal(node.args[1])
                if name == "translate" and path.relative_to(ROOT) == MESSAGE_TRANSLATOR:
                    ok = True
            else:
                continue
            if not ok:
                hidden.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert hidden == []


def _context_of(node: ast.expr, constants: dict[str, str]) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name):
        return constants.get(node.id)
    return None


def _constants(tree: ast.Module) -> dict[str, str]:
    """A module's string constants, with those it imports from collabdesk."""
    found: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("collabdesk."):
            source = ROOT / (str(node.module).replace(".", "/") + ".py")
            if source.exists():
                theirs = _constants(ast.parse(source.read_text(encoding="utf-8")))
                found |= {
                    a.asname or a.name: theirs[a.name] for a in node.names if a.name in theirs
                }
        elif (
            isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
        ):
            found |= {t.id: node.value.value for t in node.targets if isinstance(t, ast.Name)}
    return found


def test_each_message_names_the_context_its_template_is_marked_in() -> None:
    """Message(CONTEXT, QT_TRANSLATE_NOOP("Ctx", "…")): lupdate files the
    template under "Ctx", so CONTEXT must be "Ctx" or it is never translated."""
    wrong = []
    for path in sorted((ROOT / "collabdesk").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        constants = _constants(tree)
        for node in ast.walk(tree):
            if not (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", "") == "Message"
                and len(node.args) >= 2
                and isinstance(node.args[1], ast.Call)
                and getattr(node.args[1].func, "id", "") == "QT_TRANSLATE_NOOP"
            ):
                continue
            said = _context_of(node.args[0], constants)
            marked = _context_of(node.args[1].args[0], constants)
            if said != marked:
                wrong.append(f"{path.relative_to(ROOT)}:{node.lineno}: {said!r} vs {marked!r}")
    assert wrong == []


@pytest.mark.parametrize(
    "ts_file", [path for path in TS_FILES if not path.stem.endswith("_en")], ids=lambda p: p.name
)
def test_command_line_catalogue_matches_its_ts(ts_file: Path) -> None:
    """The .json the command line reads is what the .ts says now. Fix: run
    packaging/update_translations.py."""
    tools = pipeline()
    committed = tools.catalogue_file(ts_file)
    assert committed.read_text(encoding="utf-8") == tools.catalogue_text(ts_file)


def test_command_line_catalogue_holds_every_context_outside_the_window() -> None:
    tools = pipeline()
    data = json.loads(tools.catalogue_file(FOLDER / "collabdesk_ru.ts").read_text("utf-8"))
    assert {"Cli", "PartnerService", "Store", "Field"} <= set(data)
    assert not {"MainWindow", "PartnerForm"} & set(data)  # widget words stay in the .qm
    assert data["PartnerService"]["There is no partner with id %1."] == "Партнёра с номером %1 нет."
