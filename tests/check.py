"""The whole test command: lint, types, layer contracts, then the tests.

Run as `python tests/check.py` from the repository root (README, .ci/run).
Extra arguments go to pytest. Stops at the first failing step.
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
    step("pytest", [python, "-m", "pytest", *sys.argv[1:]])


if __name__ == "__main__":
    main()
