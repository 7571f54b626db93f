"""Draw the program icon with Qt and write resources/icons/qcdc.png and qcdc.ico.

Run: .venv/bin/python build/make_icon.py  (the generated files are committed, so the
build does not need to run this). Each ICO size is drawn at its own resolution rather
than scaled down from 256 px, so the small sizes stay sharp.
"""

from __future__ import annotations

import math
import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QGuiApplication,
    QImage,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)

RED_TOP = QColor("#d32f2f")
RED_BOTTOM = QColor("#a31515")
PAGE = QColor("#ffffff")
FOLD = QColor("#d9dde3")
LINE = QColor("#9aa4b1")
STAR = QColor("#ffcd00")


def _star(cx: float, cy: float, outer: float) -> QPolygonF:
    inner = outer * 0.382
    points = []
    for i in range(10):
        radius = outer if i % 2 == 0 else inner
        angle = -math.pi / 2 + i * math.pi / 5
        points.append(QPointF(cx + radius * math.cos(angle), cy + radius * math.sin(angle)))
    return QPolygonF(points)


def draw(size: int) -> QImage:
    """The icon at `size` pixels: a red tile, a white page with lines, a yellow star."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / 256, size / 256)  # drawn on a 256-unit grid

    gradient = QLinearGradient(0, 8, 0, 248)
    gradient.setColorAt(0, RED_TOP)
    gradient.setColorAt(1, RED_BOTTOM)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(gradient))
    painter.drawRoundedRect(QRectF(8, 8, 240, 240), 48, 48)

    # The page, with its top-right corner folded over.
    left, top, right, bottom, fold = 62.0, 36.0, 194.0, 220.0, 40.0
    page = QPainterPath()
    page.moveTo(left, top)
    page.lineTo(right - fold, top)
    page.lineTo(right, top + fold)
    page.lineTo(right, bottom)
    page.lineTo(left, bottom)
    page.closeSubpath()
    painter.setBrush(PAGE)
    painter.drawPath(page)
    corner = QPainterPath()
    corner.moveTo(right - fold, top)
    corner.lineTo(right - fold, top + fold)
    corner.lineTo(right, top + fold)
    corner.closeSubpath()
    painter.setBrush(FOLD)
    painter.drawPath(corner)

    # Text lines; below 32 px only three thick ones, which still read as text.
    pen = QPen(LINE)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    if size < 32:
        pen.setWidthF(16)
        rows = [(92, 150), (132, 176), (172, 132)]
    else:
        pen.setWidthF(9)
        rows = [(92, 126), (118, 170), (144, 170), (170, 150), (196, 118)]
    painter.setPen(pen)
    for y, end in rows:
        painter.drawLine(QPointF(left + 22, y), QPointF(end, y))

    # A yellow star on a red disc, as on official letterheads, at the bottom right.
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(RED_BOTTOM)
    painter.drawEllipse(QPointF(186, 186), 50, 50)
    painter.setBrush(STAR)
    painter.drawPolygon(_star(186, 189, 38))
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes, Qt wants str
    buffer.close()
    return bytes(data.data())


def ico_bytes(images: dict[int, bytes]) -> bytes:
    """An ICO file holding one PNG per size (read by Windows Vista and later)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    entries, payload = b"", b""
    for size, png in sorted(images.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO directory
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        payload += png
        offset += len(png)
    return header + entries + payload


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    ICONS.mkdir(parents=True, exist_ok=True)
    pngs = {size: png_bytes(draw(size)) for size in ICO_SIZES}
    (ICONS / "qcdc.png").write_bytes(pngs[256])
    (ICONS / "qcdc.ico").write_bytes(ico_bytes(pngs))
    print(
        f"wrote {ICONS / 'qcdc.png'} and {ICONS / 'qcdc.ico'} ({', '.join(map(str, ICO_SIZES))} px)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
