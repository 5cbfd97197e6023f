"""Render the app's SVG icon to the PNG sizes of the freedesktop icon theme.

    .venv/bin/python packaging/make_icons.py

writes ``packaging/icons/hicolor/<n>x<n>/apps/io.atelier.Atelier.png`` for every size in
SIZES and copies the SVG to ``packaging/icons/hicolor/scalable/apps/io.atelier.Atelier.svg``
(the layout of ``/usr/share/icons/hicolor``, so the folder installs as it is). The PNGs are
committed; run this again after changing ``desktop/resources/atelier.svg``.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # after QT_QPA_PLATFORM: no display needed
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

APP_ID = "io.atelier.Atelier"
SIZES = (16, 32, 48, 64, 128, 256, 512)
ROOT = Path(__file__).resolve().parents[1]
SVG = ROOT / "desktop" / "resources" / "atelier.svg"
OUT = ROOT / "packaging" / "icons" / "hicolor"


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def main(out: Path = OUT) -> list[Path]:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"{SVG} is not a valid SVG")
    written = []
    for size in SIZES:
        path = out / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        if not render(renderer, size).save(str(path), "PNG"):
            raise SystemExit(f"could not write {path}")
        written.append(path)
    scalable = out / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SVG, scalable)
    written.append(scalable)
    return written


if __name__ == "__main__":
    for p in main():
        print(p.relative_to(ROOT))
