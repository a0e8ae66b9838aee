"""User text in Qt's widgets exactly as typed: never read as markup.

Qt guesses whether a label's text or a tooltip is rich text (``Qt::mightBeRichText``):
a card reading ``<b>fett</b>`` would be shown bold, ``<img>`` as a broken image,
``<a>`` as a link. Labels that show user text are set to plain text where they
are made (``setTextFormat(Qt.TextFormat.PlainText)``); a tooltip has no such
switch, so :func:`plain_tooltip` escapes the text inside a rich-text wrapper.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

# What html.escape(text, quote=False) replaces. The html module itself is not imported for it: it
# brings html.entities (2,000 names, for unescaping), about 9 M instructions at every start.
_MARKUP = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` as typed: escaped, its line breaks kept, long lines wrapped."""
    if not text:
        return ""
    return "<p style='white-space:pre-wrap'>" + text.translate(_MARKUP) + "</p>"


def plain_message(
    parent: QWidget | None,
    icon: str,
    title: str,
    text: str,
    buttons: tuple[str, ...] = ("Ok",),
    default: str | None = None,
) -> str:
    """Show a message box whose text (file names, card texts) is plain text; returns the name of the button pressed.

    ``icon`` and the buttons are named as in Qt (``"Warning"``, ``"Yes"``, ``"Cancel"``) so that
    callers need not import QMessageBox, whose first use takes time (see ``dialogs``).
    """
    standard = QMessageBox.StandardButton
    flags = standard.NoButton
    for name in buttons:
        flags |= getattr(standard, name)
    box = QMessageBox(getattr(QMessageBox.Icon, icon), title, text, flags, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if default is not None:
        box.setDefaultButton(getattr(standard, default))
    pressed = standard(box.exec())
    return next((name for name in buttons if getattr(standard, name) == pressed), "")
