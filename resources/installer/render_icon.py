"""Render the application icon from resources/icons/sothidua.svg (run after editing the SVG).

    QT_QPA_PLATFORM=offscreen .venv/bin/python resources/installer/render_icon.py

Writes resources/icons/sothidua.png (256 px, for Linux .desktop files and the window) and
resources/icons/sothidua.ico (16…256 px, for the Windows executable and installer). Qt's SVG
renderer draws the PNGs; ImageMagick's ``convert`` packs them into the .ico. The results are
committed, so building the installer needs neither tool.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ICONS = Path(__file__).resolve().parents[1] / "icons"
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)


def render_png(svg: Path, size: int, out: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format_ARGB32_Premultiplied)
    image.fill(Qt.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.Antialiasing)
    renderer.render(painter)
    painter.end()
    if not image.save(str(out)):
        raise SystemExit(f"could not write {out}")


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    svg = ICONS / "sothidua.svg"
    render_png(svg, 256, ICONS / "sothidua.png")
    with tempfile.TemporaryDirectory() as tmp:
        pngs = []
        for size in ICO_SIZES:
            png = Path(tmp) / f"{size}.png"
            render_png(svg, size, png)
            pngs.append(str(png))
        subprocess.run(["convert", *pngs, str(ICONS / "sothidua.ico")], check=True)
    print(f"wrote {ICONS / 'sothidua.png'} and {ICONS / 'sothidua.ico'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
