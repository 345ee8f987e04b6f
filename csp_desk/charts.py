"""Chart pictures for documents, drawn with QtGui (no window needed): the reports stay free of
Qt and receive PNG bytes. The command line gets an offscreen QGuiApplication for this."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QFont, QImage, QPainter

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


def _canvas(width: int, height: int, pixels: int) -> tuple[QImage, QPainter, QFont]:
    """A white picture, a painter on it and the Japanese font at `pixels` px, set on the painter."""
    from PySide6.QtGui import QColor, QFont, QImage, QPainter

    _application()
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont()
    font.setFamilies(list(JAPANESE_FONTS))
    font.setPixelSize(pixels)
    painter.setFont(font)
    return image, painter, font


def _png(image: QImage) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


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
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor

    row, top, left, right = 64, 110, 420, 180
    height = top + row * max(1, len(bars)) + 40
    image, painter, font = _canvas(width, height, 34)
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
    return _png(image)


GANTT_BAR = "#4472c4"
GANTT_EARLY = "#e69138"
GANTT_TODAY = "#c0392b"


def gantt_png(rows: list[tuple[str, object, object]], first: object, last: object, today: object, *,
              width: int = 1700) -> bytes:  # fmt: skip
    """A Gantt chart as PNG bytes: one bar per (title, start, due) from its start to its due date
    (a date missing: a one-day mark), the part before `today` in orange, a line at `today`, and
    the months along the top. `first`/`last`: the days the axis runs from and to."""
    from datetime import date, timedelta

    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QFontMetrics, QPen

    assert isinstance(first, date) and isinstance(last, date) and isinstance(today, date)
    # 30 px over a 1,700 px picture printed 170 mm wide is 8.5 pt: never smaller than the text around it
    row, top, left, right, bottom = 54, 104, 600, 30, 64
    height = top + row * max(1, len(rows)) + bottom
    image, painter, font = _canvas(width, height, 30)
    metrics = QFontMetrics(font)
    days = max(1, (last - first).days + 1)
    span = width - left - right

    def x(day: date) -> float:
        return left + span * (day - first).days / days

    # months along the top, with a light line where each begins
    month = first.replace(day=1)
    while month <= last:
        start = max(month, first)
        following = date(month.year + (month.month == 12), month.month % 12 + 1, 1)
        end = min(following - timedelta(days=1), last)
        painter.setPen(QColor("#d0d7de"))
        painter.drawLine(int(x(start)), top - 30, int(x(start)), top + row * max(1, len(rows)))
        whole = month.month == 1 or month == first.replace(day=1)
        label = f"{month.year}年{month.month}月" if whole else f"{month.month}月"
        painter.setPen(QColor("#1f2933"))
        painter.drawText(QRectF(x(start) + 4, top - 72, x(end) - x(start) + 80, 38),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label)  # fmt: skip
        month = following
    for index, (title, start, due) in enumerate(rows):
        y = top + index * row
        if index % 2:
            painter.fillRect(QRectF(0, y, width, row), QColor("#f5f7fa"))
        painter.setPen(QColor("#1f2933"))
        shown = metrics.elidedText(str(title), Qt.TextElideMode.ElideRight, left - 30)
        middle = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(QRectF(10, y, left - 20, row), middle, shown)
        begin = start if isinstance(start, date) else due
        finish = due if isinstance(due, date) else start
        if not isinstance(begin, date) or not isinstance(finish, date):
            continue
        x0, x1 = x(begin), x(finish + timedelta(days=1))
        bar = QRectF(x0, y + 10, max(x1 - x0, 4), row - 20)
        painter.fillRect(bar, QColor(GANTT_BAR))
        if begin < today:
            early = QRectF(x0, y + 10, max(min(x(today), x1) - x0, 4), row - 20)
            painter.fillRect(early, QColor(GANTT_EARLY))
    pen = QPen(QColor(GANTT_TODAY))
    pen.setWidth(3)
    painter.setPen(pen)
    if first <= today <= last:
        painter.drawLine(int(x(today)), top - 30, int(x(today)), top + row * max(1, len(rows)))
    painter.setPen(QColor("#1f2933"))
    legend_y = top + row * max(1, len(rows)) + 12
    for offset, (colour, text) in enumerate(((GANTT_BAR, "作業期間"), (GANTT_EARLY, "本書の日付より前の予定"),
                                              (GANTT_TODAY, "本書の日付"))):  # fmt: skip
        lx = 10 + offset * 560
        painter.fillRect(QRectF(lx, legend_y + 10, 40, 22), QColor(colour))
        painter.drawText(QRectF(lx + 50, legend_y, 500, 42),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)  # fmt: skip
    painter.end()
    return _png(image)


class QtPictures:
    """The documents' chart pictures drawn with QtGui (services.documents.Pictures): passed in by
    the window and the command line, so the documents' code never imports Qt."""

    def gantt(self, rows: list[tuple[str, object, object]], start: object, end: object,
              today: object) -> bytes:  # fmt: skip
        return gantt_png(rows, start, end, today)

    def bar_chart(self, title: str, values: list[tuple[str, int]], *, unit: str) -> bytes:
        return bar_chart_png(title, values, unit=unit)


PICTURES = QtPictures()
