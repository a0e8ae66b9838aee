"""QR codes on screen: segno's module matrix painted square by square with QPainter, crisp and with a quiet zone.

Every module is a whole number of pixels (no smoothing, no scaling of a
bitmap), dark on a light field even in the dark theme — scanners need the
light quiet zone around the code.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QPainter

QUIET_MODULES = 4  # the quiet zone the standard asks for, in modules


@functools.lru_cache(maxsize=64)
def qr_matrix(payload: str) -> tuple[tuple[bool, ...], ...]:
    """The module matrix of ``payload`` (error correction M; UTF-8 with an ECI marker when not ASCII, DESIGN.md §4)."""
    import segno

    ascii_only = payload.isascii()
    code = segno.make(
        payload, error="m", boost_error=False, micro=False, encoding=None if ascii_only else "utf-8", eci=not ascii_only
    )
    return tuple(tuple(bool(cell) for cell in row) for row in code.matrix)


def qr_rect(matrix: tuple[tuple[bool, ...], ...], area: QRect) -> QRect:
    """The square, centred in ``area``, the code with its quiet zone takes at whole pixels per module."""
    modules = len(matrix) + 2 * QUIET_MODULES
    module = max(1, min(area.width(), area.height()) // modules)
    side = module * modules
    return QRect(area.x() + (area.width() - side) // 2, area.y() + (area.height() - side) // 2, side, side)


def paint_qr(painter: QPainter, area: QRect, payload: str) -> QRect:
    """Paint the code of ``payload`` as large as fits ``area``; returns the rectangle used (quiet zone included)."""
    matrix = qr_matrix(payload)
    rect = qr_rect(matrix, area)
    module = rect.width() // (len(matrix) + 2 * QUIET_MODULES)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.fillRect(rect, QColor("#ffffff"))
    dark = QColor("#000000")
    x0 = rect.x() + QUIET_MODULES * module
    y0 = rect.y() + QUIET_MODULES * module
    for r, row in enumerate(matrix):
        column = 0
        while column < len(row):
            if not row[column]:
                column += 1
                continue
            start = column
            while column < len(row) and row[column]:
                column += 1
            painter.fillRect(x0 + start * module, y0 + r * module, (column - start) * module, module, dark)
    painter.restore()
    return rect
