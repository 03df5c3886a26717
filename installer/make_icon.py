"""Render resources/icons/sro-panel.svg to the PNG the window uses and the Windows .ico.

`python installer/make_icon.py` after changing the SVG; commit the outputs. The
.ico is assembled by ImageMagick (`magick` or `convert`), only on the machine that
regenerates it; neither the app nor its build needs ImageMagick.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(size: int, path: Path) -> None:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(ICONS / "sro-panel.svg")).render(painter)
    painter.end()
    if not image.save(str(path)):
        raise SystemExit(f"could not write {path}")


def main() -> int:
    QGuiApplication(sys.argv[:1])
    render(256, ICONS / "sro-panel.png")
    magick = shutil.which("magick") or shutil.which("convert")
    if magick is None:
        print("ImageMagick not found: sro-panel.png written, sro-panel.ico left as it was")
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        sizes = [Path(tmp) / f"{n}.png" for n in ICO_SIZES]
        for n, path in zip(ICO_SIZES, sizes, strict=True):
            render(n, path)
        subprocess.run([magick, *map(str, sizes), str(ICONS / "sro-panel.ico")], check=True)
    print(f"wrote {ICONS / 'sro-panel.png'} and {ICONS / 'sro-panel.ico'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
