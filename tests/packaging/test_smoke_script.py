"""packaging/smoke.py's checks of late-loaded dependencies, run against the
source tree's own `collabdesk` command: the same commands the bundle gets,
so a broken smoke script shows up before a release build needs it."""

from __future__ import annotations

import importlib.util
import os
import shutil
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def smoke_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("smoke", ROOT / "packaging" / "smoke.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def source_command() -> Path:
    found = shutil.which("collabdesk", path=str(Path(sys.executable).parent))
    if found is None:
        pytest.skip("the collabdesk command is not installed beside this Python")
    return Path(found)


@pytest.mark.slow
def test_late_dependencies_pass_on_the_source_tree(tmp_path: Path) -> None:
    smoke = smoke_module()
    exe = source_command()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    env.pop("COLLABDESK_DATA_DIR", None)
    smoke.run(exe, "demo", "--lang", "ru", data=tmp_path / "data", env=env)
    lines = smoke.late_dependencies(exe, tmp_path, tmp_path / "data", env)
    assert any(line.startswith("pitch: ") for line in lines)
    for suffix in (".xlsx", ".csv", ".vcf"):
        assert f"partners{suffix}: 12 written and read back" in lines
    # Word agreement and PDF, the thank-you .eml, the recap with its pictures.
    assert any(line.startswith("agreement: ") for line in lines)
    assert any(line.startswith("thank-you.eml: ") for line in lines)
    assert any(line.startswith("recap with pictures (Pillow): ") for line in lines)


def test_a_bundle_without_python_docx_parts_is_refused(tmp_path: Path) -> None:
    """python-docx opens docx/templates/*.xml by path: a bundle without them
    would write no Word document."""
    smoke = smoke_module()
    for pattern in smoke.BUNDLED_FILES:
        target = tmp_path / pattern.replace("**/", "_internal/").replace("*", "x")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text("", encoding="utf-8")
    next(tmp_path.glob("**/docx/templates/default-header.xml")).unlink()
    with pytest.raises(SystemExit, match=r"default-header\.xml"):
        smoke.bundled_files(tmp_path)


def test_check_digits_of_the_smoke_legal_details() -> None:
    smoke = smoke_module()
    assert smoke.inn10("770708389") == "7707083893"  # a well-known organisation's INN
    assert smoke.ogrn13("102770013219") == "1027700132195"


def test_a_bundle_without_the_guide_is_refused(tmp_path: Path) -> None:
    smoke = smoke_module()
    for pattern in smoke.BUNDLED_FILES:  # a fake bundle with every file...
        target = tmp_path / pattern.replace("**/", "_internal/").replace("*", "x")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text("", encoding="utf-8")
    assert smoke.bundled_files(tmp_path)
    next(tmp_path.glob("**/user-guide.ru.md")).unlink()  # ...but one
    with pytest.raises(SystemExit, match=r"user-guide\.ru\.md"):
        smoke.bundled_files(tmp_path)


def test_the_command_line_language_check_passes_on_the_source_tree(tmp_path: Path) -> None:
    """Russian from the catalogue under LANG=ru_RU.UTF-8, English under en_US."""
    smoke = smoke_module()
    exe = source_command()
    env = dict(os.environ, HOME=str(tmp_path), LC_ALL="C")  # LC_ALL must not win here
    env.pop("COLLABDESK_DATA_DIR", None)
    data = tmp_path / "data"
    smoke.run(exe, "partners", "list", data=data, env=env)  # makes the database
    catalogue = ROOT / "resources" / "translations" / "collabdesk_ru.json"
    lines = smoke.command_line_language(exe, catalogue, data, env)
    assert lines[0].startswith("LANG=ru_RU.UTF-8: Резервных копий: 0")
    assert "Backups: 0, in" in lines[1]


def test_a_catalogue_without_the_sentence_fails_the_language_check(tmp_path: Path) -> None:
    smoke = smoke_module()
    exe = source_command()
    env = dict(os.environ, HOME=str(tmp_path))
    env.pop("COLLABDESK_DATA_DIR", None)
    data = tmp_path / "data"
    smoke.run(exe, "partners", "list", data=data, env=env)
    wrong = tmp_path / "collabdesk_ru.json"
    wrong.write_text('{"Cli": {"Backups: %1, in %2": "Копий нет: %1"}}', encoding="utf-8")
    with pytest.raises(SystemExit, match="LANG=ru_RU"):
        smoke.command_line_language(exe, wrong, data, env)
