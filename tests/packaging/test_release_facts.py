"""Facts stated in more than one place stay the same everywhere: the test
command (README, .ci/run, the CI workflow), the oldest supported Windows and
macOS (README, the Inno Setup script, the app's Info.plist), each dependency
listed once, and no wheel or other build output committed."""

from __future__ import annotations

import re
import subprocess
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")
WORKFLOW = (ROOT / ".github" / "workflows" / "build.yml").read_text(encoding="utf-8")


def test_the_readme_test_command_is_the_one_ci_runs() -> None:
    ci_run = (ROOT / ".ci" / "run").read_text(encoding="utf-8").strip().splitlines()[-1]
    assert ci_run.startswith("python3 -m venv .venv") and "-m pytest" in ci_run
    assert f"```sh\n{ci_run}\n```" in README
    # The workflow runs the same two steps after the same install.
    assert 'pip install -e ".[test]"' in WORKFLOW
    assert '"$bin/python" tests/check.py && "$bin/python" -m pytest\n' in WORKFLOW


def test_the_readme_shows_the_quick_loop() -> None:
    assert '.venv/bin/python -m pytest -m "not slow"' in README
    markers = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert any(m.startswith("slow:") for m in markers["tool"]["pytest"]["ini_options"]["markers"])


def test_oldest_supported_systems_agree() -> None:
    iss = (ROOT / "packaging" / "windows" / "collabdesk.iss").read_text(encoding="utf-8")
    spec = (ROOT / "packaging" / "collabdesk.spec").read_text(encoding="utf-8")
    # Windows 10 1809 is build 17763; Inno Setup refuses anything older, in words.
    assert re.search(r"^MinVersion=10\.0\.17763$", iss, re.M)
    assert "ArchitecturesAllowed=x64compatible" in iss
    for language in ("ru", "en"):
        message = re.search(rf"^{language}\.WindowsVersionNotSupported=(.+)$", iss, re.M)
        assert message is not None and "1809" in message.group(1)
    assert '"LSMinimumSystemVersion": "13.0"' in spec
    assert "Windows 10 (version 1809 or later)" in README
    assert "macOS 13" in README
    # PySide6 6.12 needs macOS 14.4: the pin must keep 6.12 out while we say 13.
    dependencies = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    pyside = next(d for d in dependencies["project"]["dependencies"] if d.startswith("PySide6"))
    assert "<6.12" in pyside


def requirement_name(requirement: str) -> str:
    return re.split(r"[\s<>=!~;\[]", requirement, maxsplit=1)[0].lower().replace("_", "-")


def test_each_dependency_is_listed_once() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    lists = [project["dependencies"], *project["optional-dependencies"].values()]
    for requirements in lists:
        names = [requirement_name(r) for r in requirements]
        assert len(names) == len(set(names)), names
    assert [requirement_name(r) for r in project["dependencies"]].count("openpyxl") == 1


def test_no_wheel_is_committed_and_wheels_are_ignored() -> None:
    tracked = subprocess.run(
        ["git", "ls-files", "*.whl", "dist", "build"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    if tracked.returncode != 0:  # not a git checkout (an sdist): nothing to check
        return
    assert tracked.stdout == ""
    ignored = (ROOT / ".gitignore").read_text(encoding="utf-8").splitlines()
    assert "*.whl" in ignored and "dist/" in ignored and "build/" in ignored
