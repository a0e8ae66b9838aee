"""A one-line field as wide as its placeholder, so that the hint it gives is read whole.

A layout gives a ``QLineEdit`` the room of about 17 characters and squeezes it further when a
neighbour stretches; a hint such as "Tisch oder Name (freiwillig)" then ends in "…" just where it
says what the field is for. :func:`keep_placeholder_whole` sets the field's minimum width to what its
placeholder needs, by the same measure Qt's own size hint uses.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

# QLineEdit::sizeHint() counts the room for this many "x" plus its margins, frame and side buttons.
_SIZE_HINT_CHARACTERS = 17
_SPARE_PIXELS = 2


def keep_placeholder_whole(*edits: QLineEdit) -> None:
    """Give each field at least the width its placeholder text needs (margins and clear button included)."""
    for edit in edits:
        metrics = edit.fontMetrics()
        chrome = edit.sizeHint().width() - metrics.horizontalAdvance("x") * _SIZE_HINT_CHARACTERS
        # Eliding measures the text a pixel wider than its advance: without the spare pixels the hint loses
        # its last word to "…".
        edit.setMinimumWidth(metrics.horizontalAdvance(edit.placeholderText()) + chrome + _SPARE_PIXELS)
