"""A stored value put into a one-line field shows its beginning, as a reader expects.

``QLineEdit.setText`` leaves the cursor at the end, so a caption or an address longer than the field
showed its last words ("…Mobilität, Information)."). While the user types in the field, the cursor
stays where the typing is.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit


def show_stored(edit: QLineEdit, text: str) -> None:
    """Put ``text`` into ``edit``; unless the keyboard is in it, its beginning is what shows."""
    edit.setText(text)
    if not edit.hasFocus():
        edit.setCursorPosition(0)
