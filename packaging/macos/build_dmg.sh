#!/usr/bin/env bash
# macOS: build CollabDesk.app with PyInstaller and wrap it in a .dmg.
#     packaging/macos/build_dmg.sh          -> dist/CollabDesk-<version>.dmg
# Runs on a macOS 13+ machine (PySide6-Essentials 6.11 wheels need macOS 13;
# universal2: Intel and Apple Silicon). Signing and notarisation need an Apple
# Developer ID: set CODESIGN_IDENTITY (and notarise with `xcrun notarytool`)
# or the image is unsigned and Gatekeeper asks the user to confirm on first open.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
PYTHON="${PYTHON:-python3}"
VENV="${BUILD_VENV:-$ROOT/build/venv-macos}"
cd "$ROOT"
rm -rf "$VENV" build/pyinstaller dist/collabdesk dist/CollabDesk.app
"$PYTHON" -m venv "$VENV"
"$VENV/bin/python" -m pip install --quiet --upgrade pip
"$VENV/bin/python" -m pip install --quiet "pyinstaller>=6.10" "dmgbuild>=1.6" .
"$VENV/bin/python" packaging/update_translations.py --release-only
"$VENV/bin/pyinstaller" --noconfirm --clean --distpath dist --workpath build/pyinstaller \
    packaging/collabdesk.spec
if [[ -n "${CODESIGN_IDENTITY:-}" ]]; then
    codesign --deep --force --options runtime --sign "$CODESIGN_IDENTITY" dist/CollabDesk.app
fi
VERSION="$("$VENV/bin/python" -c 'import collabdesk; print(collabdesk.__version__)')"
"$VENV/bin/dmgbuild" -s packaging/macos/dmg_settings.py -D app=dist/CollabDesk.app \
    "CollabDesk" "dist/CollabDesk-$VERSION.dmg"
echo "dist/CollabDesk-$VERSION.dmg"
