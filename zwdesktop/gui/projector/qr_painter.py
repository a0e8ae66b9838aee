"""QR codes on screen: segno's module matrix painted square by square with QPainter, crisp and with a quiet zone.

Every module is a whole number of pixels (no smoothing, no scaling of a
bitmap), dark on a light field even in the dark theme — scanners need the
light quiet zone around the code.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QPainter

from ...core.qr_matrix import QUIET_MODULES, Matrix, dark_runs, qr_matrix

__all__ = ["QUIET_MODULES", "paint_qr", "qr_matrix", "qr_rect"]


def qr_rect(matrix: Matrix, area: QRect) -> QRect:
    """The square, centred in ``area``, the code with its quiet zone takes at whole pixels per module."""
    modules = len(matrix) + 2 * QUIET_MODULES
    module = max(1, min(area.width(), area.height()) // modules)
    side = module * modules
    return QRect(area.x() + (area.width() - side) // 2, area.y() + (area.height() - side) // 2, side, side)


def paint_qr(painter: QPainter, area: QRect, payload: str) -> QRect:
    """Paint the code of ``payload`` as large as fits ``area``; returns the rectangle used (quiet zone included)."""
    try:
        matrix = qr_matrix(payload)
    except ValueError:
        # Payloads are made to fit (core.qr_payloads); should one not, the picture still paints.
        matrix = ((False,),)
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
        for start, end in dark_runs(row):
            painter.fillRect(x0 + start * module, y0 + r * module, (end - start) * module, module, dark)
    painter.restore()
    return rect
