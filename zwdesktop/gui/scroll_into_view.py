"""A note that has just appeared under a field is scrolled into view, so that the reason is read.

A refusal shows up under the field being typed in; near the lower edge of a scrolled form it would
appear below what can be seen. :func:`show_when_laid_out` waits until the form has made room for it
(the next turn of the event loop) and then scrolls the enclosing scroll area just enough.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

MARGIN = 12  # pixels kept around the note


def enclosing_scroll_area(widget: QWidget) -> QScrollArea | None:
    """The scroll area whose content holds ``widget``, or None."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


def has_focus_within(widget: QWidget) -> bool:
    """Whether the keyboard is in ``widget`` or in one of its children (a table's cell editor)."""
    focused = QApplication.focusWidget()
    return focused is not None and (focused is widget or widget.isAncestorOf(focused))


def show_when_laid_out(note: QWidget) -> None:
    """Scroll ``note`` into view once the layout has placed it (nothing happens outside a scroll area)."""
    area = enclosing_scroll_area(note)
    if area is not None:
        QTimer.singleShot(0, note, lambda: area.ensureWidgetVisible(note, MARGIN, MARGIN))
