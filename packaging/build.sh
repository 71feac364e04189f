#!/usr/bin/env bash
# Build the Linux onedir bundle from a clean virtual environment:
#     packaging/build.sh            -> dist/collabdesk/collabdesk
# Windows and macOS builds run the same PyInstaller spec in CI
# (.github/workflows/build.yml). Needs Python 3.11+ and network access to PyPI.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PYTHON="${PYTHON:-python3.11}"
VENV="${BUILD_VENV:-$ROOT/build/venv}"
cd "$ROOT"
rm -rf "$VENV" build/collabdesk dist/collabdesk
"$PYTHON" -m venv "$VENV"
"$VENV/bin/python" -m pip install --quiet --upgrade pip
"$VENV/bin/python" -m pip install --quiet "pyinstaller>=6.10" .
# Compiled translations are built from the committed .ts, never stale.
"$VENV/bin/python" packaging/update_translations.py --release-only
"$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/collabdesk.spec
du -sh dist/collabdesk
echo "bundle: dist/collabdesk/collabdesk"
