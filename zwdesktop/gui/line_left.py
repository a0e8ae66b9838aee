"""A line "left": Enter pressed in it, or the keyboard focus gone elsewhere, once for each.

The forms keep a refused value after Enter, so that it can be mended, and show the stored value
again once the line is left. Qt 6's ``QLineEdit.editingFinished`` is emitted on leaving only when
the text changed since it was last emitted: after Enter, a Tab with nothing typed in between would
leave the refused typing shown as if it were stored. :func:`when_left` calls back on Enter (the line
still has the focus) and on every loss of the focus except to a popup (a context menu, a completer).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QLineEdit


class _FocusLeft(QObject):
    """Calls back when the watched line loses the keyboard focus (not to a popup)."""

    def __init__(self, edit: QLineEdit, callback: Callable[[], None]) -> None:
        super().__init__(edit)
        self._callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Call back on a focus-out; the event itself goes on to the line."""
        if (
            event.type() == QEvent.Type.FocusOut
            and isinstance(event, QFocusEvent)
            and event.reason() != Qt.FocusReason.PopupFocusReason
        ):
            self._callback()
        return False


def when_left(edit: QLineEdit, callback: Callable[[], None]) -> None:
    """Call ``callback`` when Enter is pressed in ``edit`` and whenever the focus leaves it.

    On Enter the line still has the focus (``edit.hasFocus()``); on leaving it has not. The
    ``editingFinished`` that Qt emits on leaving is not passed on a second time.
    """
    edit.editingFinished.connect(lambda: callback() if edit.hasFocus() else None)
    edit.installEventFilter(_FocusLeft(edit, callback))
