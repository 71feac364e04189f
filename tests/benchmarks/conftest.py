"""The benchmark scripts run at a tiny size, so they never rot.

Each script stays a plain script (`python benchmarks/x.py`); these tests
import it by path or run it as a process with its small-size option.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
BENCHMARKS = ROOT / "benchmarks"


def load(name: str) -> ModuleType:
    """benchmarks/<name>.py as a module (under the name benchmarks.<name>)."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    full = f"benchmarks.{name}"
    if full in sys.modules:
        return sys.modules[full]
    spec = importlib.util.spec_from_file_location(full, BENCHMARKS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[full] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def scale_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    """benchmarks/scale_data.py caching into a temporary folder."""
    module = load("scale_data")
    monkeypatch.setattr(module, "CACHE", tmp_path / "cache")
    return module
