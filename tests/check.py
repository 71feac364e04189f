"""The static checks of the test command: lint, format, types, layer contracts.

The README's test command runs this, then pytest itself:
`python tests/check.py && python -m pytest`. Stops at the first failing step.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def step(name: str, command: list[str]) -> None:
    print(f"== {name}: {' '.join(command)}", flush=True)
    result = subprocess.run(command, cwd=ROOT, check=False)
    if result.returncode != 0:
        print(f"== {name} failed (exit {result.returncode})", flush=True)
        raise SystemExit(result.returncode)


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    python = sys.executable
    step("ruff", [python, "-m", "ruff", "check", "."])
    step("ruff format", [python, "-m", "ruff", "format", "--check", "."])
    step("mypy", [python, "-m", "mypy"])
    step("import-linter", [str(BIN / "lint-imports")])


if __name__ == "__main__":
    main()
