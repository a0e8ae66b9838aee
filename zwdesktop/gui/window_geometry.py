"""Where a window opens: on a screen that exists now, inside its available area, title bar included.

A venue laptop has 1366×768 pixels, less a task bar; a remembered geometry may
belong to a projector that is no longer plugged in. Before a window is shown Qt
knows only its inner geometry, so room is kept for the window manager's frame
(an estimate; after the first show the real frame is measured and the window
pulled in once more if it still sticks out).
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QSize, QTimer
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

# The window manager's frame before the window is shown: title bar on top, borders around.
FRAME_TOP, FRAME_SIDE = 34, 6


def fit_rect(
    wanted: QRect, area: QRect, minimum: QSize, frame_top: int = FRAME_TOP, frame_side: int = FRAME_SIDE
) -> QRect:
    """``wanted`` (inner geometry) shrunk and moved so that it and its frame lie inside ``area``.

    It is never made smaller than ``minimum`` (the layout's minimum size); a
    window that cannot fit keeps its top-left corner on screen.
    """
    room_w = area.width() - 2 * frame_side
    room_h = area.height() - frame_top - frame_side
    width = max(minimum.width(), min(wanted.width(), room_w))
    height = max(minimum.height(), min(wanted.height(), room_h))
    left_min, top_min = area.left() + frame_side, area.top() + frame_top
    left_max = max(left_min, area.left() + area.width() - frame_side - width)
    top_max = max(top_min, area.top() + area.height() - frame_side - height)
    left = min(max(wanted.left(), left_min), left_max)
    top = min(max(wanted.top(), top_min), top_max)
    return QRect(left, top, width, height)


def screen_for(rect: QRect) -> QScreen | None:
    """The screen that shows most of ``rect``, or the primary screen when none shows any of it."""
    best: QScreen | None = None
    best_area = 0
    for screen in QGuiApplication.screens():
        overlap = screen.availableGeometry().intersected(rect)
        area = overlap.width() * overlap.height() if overlap.isValid() else 0
        if area > best_area:
            best, best_area = screen, area
    return best or QGuiApplication.primaryScreen()


def _minimum(window: QWidget) -> QSize:
    return window.minimumSizeHint().expandedTo(window.minimumSize())


def place_window(window: QWidget, saved: QByteArray | None, size: tuple[int, int]) -> None:
    """Give ``window`` its remembered geometry, or ``size`` centred, fitted to a screen that exists now.

    Call :func:`refit_once_shown` from its first ``showEvent`` too.
    """
    restored = saved is not None and window.restoreGeometry(saved)
    if restored and not window.isMaximized() and not window.isFullScreen():
        screen = screen_for(window.geometry())
        # Saved where it fitted (with its frame, as it was then): leave it. Off a screen that is gone, or
        # larger than the screen is now: fitted, with room for the frame (measured again once shown).
        if screen is not None and not screen.availableGeometry().contains(window.geometry()):
            window.setGeometry(fit_rect(window.geometry(), screen.availableGeometry(), _minimum(window)))
    elif not restored:
        screen = window.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            window.resize(*size)
            return
        area = screen.availableGeometry()
        # Never less than the layout needs: a window that grows to its minimum when shown grows off centre.
        minimum = _minimum(window)
        size = (max(size[0], minimum.width()), max(size[1], minimum.height()))
        width = min(size[0], area.width() - 2 * FRAME_SIDE)
        height = min(size[1], area.height() - FRAME_TOP - FRAME_SIDE)
        # Centred in what is left once the frame has its room.
        left = area.left() + max(FRAME_SIDE, (area.width() - width) // 2)
        top = area.top() + FRAME_TOP + max(0, (area.height() - FRAME_TOP - FRAME_SIDE - height) // 2)
        wanted = QRect(left, top, width, height)
        small = width < size[0] or height < size[1]  # only then can the layout's minimum matter
        window.setGeometry(fit_rect(wanted, area, _minimum(window)) if small else wanted)


def refit_once_shown(window: QWidget) -> None:
    """Call from the window's first show: with the real frame known, pull it in if it still sticks out."""
    QTimer.singleShot(0, window, lambda: _refit(window))


def _refit(window: QWidget) -> None:
    if window.isMaximized() or window.isFullScreen() or not window.isVisible():
        return
    frame, inner = window.frameGeometry(), window.geometry()
    screen = screen_for(frame)
    if screen is None or screen.availableGeometry().contains(frame):
        return
    top, side = inner.top() - frame.top(), max(inner.left() - frame.left(), 0)
    if top < 0:
        return
    fitted = fit_rect(inner, screen.availableGeometry(), _minimum(window), frame_top=top, frame_side=side)
    if fitted != inner:
        window.setGeometry(fitted)
