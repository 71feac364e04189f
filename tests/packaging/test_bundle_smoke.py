"""Smoke-run the PyInstaller bundle when one was built (packaging/build.sh).

Building takes about a minute and needs PyPI, so the normal test run only
checks a bundle that already exists; CI builds it first. Set
COLLABDESK_BUNDLE to test a bundle elsewhere."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = Path(os.environ.get("COLLABDESK_BUNDLE", ROOT / "dist" / "collabdesk"))


@pytest.mark.slow  # some twenty processes of the bundle
@pytest.mark.skipif(not BUNDLE.is_dir(), reason="no bundle: run packaging/build.sh first")
def test_bundle_starts_shows_the_window_and_loads_demo_data() -> None:
    spec = importlib.util.spec_from_file_location("smoke", ROOT / "packaging" / "smoke.py")
    assert spec is not None and spec.loader is not None
    smoke = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(smoke)

    lines = smoke.smoke(BUNDLE)

    assert any(line.startswith("--version: CollabDesk ") for line in lines)
    # The smoke run speaks Russian (LANG=ru_RU.UTF-8): "Добавлены демонстрационные данные (ru)".
    assert any(line.startswith("demo: ") and "(ru)" in line for line in lines)
    assert any(line.startswith("units (Babel plural rules): ") for line in lines)
    assert any(line.startswith("window (first start): shown ") for line in lines)
    assert any(line.startswith("partners.vcf: ") for line in lines)  # late-loaded readers
    assert lines[-1].startswith("files loaded by path: all ")
