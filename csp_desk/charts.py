"""Chart pictures for documents, drawn with QtGui (no window needed): the reports stay free of
Qt and receive PNG bytes. The command line gets an offscreen QGuiApplication for this."""

from __future__ import annotations

import os

JAPANESE_FONTS = ("Noto Sans CJK JP", "Yu Gothic", "Hiragino Sans", "Meiryo", "IPAexGothic")
"""The charts' text: the first of these the system has (Linux's Noto, Windows' and Office's Yu
Gothic, macOS's Hiragino, older Windows' Meiryo, Debian's IPA), never a font without kana."""


def _application() -> object:
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication([])
    return app


def value_steps(top: float, decimals: int = 0, *, intervals: int = 4) -> tuple[float, float]:
    """The end of a value axis from 0 and the step between its ticks, for values up to `top`:
    about `intervals` steps of 1, 2 or 5 × 10ⁿ, never finer than the labels' `decimals` show (an
    axis of counts up to 2 reads 0 1 2, not 0 0.5 1 1.5 2 rounded to "0 1 1 2 2")."""
    import math

    finest = 10.0**-decimals
    top = max(float(top), finest)
    rough = top / max(1, intervals)
    magnitude = 10.0 ** math.floor(math.log10(rough))
    step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= rough * (1 - 1e-9))
    step = max(step, finest)
    end = math.ceil(top / step - 1e-9) * step
    return round(end, decimals), round(step, decimals)


def bar_chart_png(title: str, bars: list[tuple[str, int]], *, width: int = 1400, unit: str = "") -> bytes:
    """A horizontal bar chart as PNG bytes: one labelled bar per (label, value), values written."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter

    _application()
    row, top, left, right = 64, 110, 420, 180
    height = top + row * max(1, len(bars)) + 40
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont()
    font.setFamilies(list(JAPANESE_FONTS))
    font.setPixelSize(34)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("#1f2933"))
    painter.drawText(QRectF(0, 20, width, 60), Qt.AlignmentFlag.AlignCenter, title)
    font.setBold(False)
    font.setPixelSize(28)
    painter.setFont(font)
    largest = max((value for _label, value in bars), default=0) or 1
    span = width - left - right
    for index, (label, value) in enumerate(bars):
        y = top + index * row
        painter.setPen(QColor("#1f2933"))
        painter.drawText(
            QRectF(10, y, left - 30, row - 12),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            label,
        )
        length = span * value / largest
        painter.fillRect(QRectF(left, y + 10, max(length, 2), row - 32), QColor("#2f6fb3"))
        painter.drawText(
            QRectF(left + length + 12, y, right + span - length, row - 12),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            f"{value:,}{unit}",
        )
    painter.setPen(QColor("#9aa5b1"))
    painter.drawLine(left, top, left, top + row * max(1, len(bars)) - 16)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())
