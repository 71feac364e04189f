"""Render resources/icons/collabdesk.svg to PNG (16-512 px), ICO and ICNS.

    QT_QPA_PLATFORM=offscreen python packaging/render_icons.py

Qt's SVG renderer draws each size; Pillow writes the Windows .ico and the
macOS .icns from those PNGs. Run again after editing the SVG and commit
the results (installers and the window use them).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render_png(svg: Path, size: int, target: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    if not image.save(str(target)):
        raise SystemExit(f"render_icons: cannot write {target}")


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    svg = ICONS / "collabdesk.svg"
    pngs = {}
    for size in SIZES:
        target = ICONS / f"collabdesk-{size}.png"
        render_png(svg, size, target)
        pngs[size] = target
    largest = Image.open(pngs[512]).convert("RGBA")
    largest.save(ICONS / "collabdesk.ico", sizes=[(s, s) for s in SIZES if s <= 256])
    largest.save(ICONS / "collabdesk.icns")
    print(f"wrote {len(SIZES)} PNGs, collabdesk.ico and collabdesk.icns in {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
