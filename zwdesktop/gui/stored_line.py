"""A stored value put into a one-line field shows its beginning, as a reader expects.

``QLineEdit.setText`` leaves the cursor at the end, so a caption or an address longer than the field
showed its last words ("…Mobilität, Information)."). Such a text gets the cursor at its start; one
that fits keeps it at its end, where typing goes on. While the user types in the field, the cursor
stays where the typing is.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

_FRAME_ROOM = 8  # pixels of a line edit's frame and text margins, left and right together


def show_stored(edit: QLineEdit, text: str) -> None:
    """Put ``text`` into ``edit``; unless the keyboard is in it, a text too long for it shows its beginning."""
    edit.setText(text)
    if not edit.hasFocus() and edit.fontMetrics().horizontalAdvance(text) > edit.width() - _FRAME_ROOM:
        edit.setCursorPosition(0)
