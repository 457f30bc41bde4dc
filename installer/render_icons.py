"""Render the SVG icon to the PNG sizes desktops look up (hicolor theme), at build time only.

The PNGs are made from resources/icons/social-console.svg on every build rather than committed,
so they never drift from it.   python installer/render_icons.py OUT_DIR
writes OUT_DIR/hicolor/<N>x<N>/apps/social-console.png and hicolor/scalable/apps/….svg;
``--app-icons OUT_DIR`` writes social-console.ico (Windows) and social-console.icns (macOS) for
the PyInstaller spec instead.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SVG = ROOT / "resources" / "icons" / "social-console.svg"
#: the hicolor sizes desktops ask for (menus 16–48, docks and launchers up to 512)
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def _image(renderer: QSvgRenderer, n: int) -> QImage:
    image = QImage(n, n, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def app_icons(out: Path) -> list[Path]:
    """The executable's icon: .ico (256 px, Windows scales it down) and .icns (512 px)."""
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, fmt, n in (("social-console.ico", "ICO", 256), ("social-console.icns", "ICNS", 512)):
        target = out / name
        if not _image(renderer, n).save(str(target), fmt):
            raise SystemExit(f"render_icons: could not write {target}")
        written.append(target)
    del app
    return written


def render(out: Path) -> list[Path]:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"render_icons: {SVG} is not a valid SVG")
    written = []
    for n in SIZES:
        image = _image(renderer, n)
        target = out / "hicolor" / f"{n}x{n}" / "apps" / "social-console.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(target), "PNG"):
            raise SystemExit(f"render_icons: could not write {target}")
        written.append(target)
    scalable = out / "hicolor" / "scalable" / "apps" / "social-console.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SVG, scalable)
    written.append(scalable)
    del app
    return written


if __name__ == "__main__":
    if sys.argv[1] == "--app-icons":
        paths = app_icons(Path(sys.argv[2]))
    else:
        paths = render(Path(sys.argv[1]))
    for path in paths:
        print(path)
