"""User text in Qt's widgets exactly as typed: never read as markup.

Qt guesses whether a label's text or a tooltip is rich text (``Qt::mightBeRichText``):
a card reading ``<b>fett</b>`` would be shown bold, ``<img>`` as a broken image,
``<a>`` as a link. Labels that show user text are set to plain text where they
are made (``setTextFormat(Qt.TextFormat.PlainText)``); a tooltip has no such
switch, so :func:`plain_tooltip` escapes the text inside a rich-text wrapper.
"""

from __future__ import annotations

# What html.escape(text, quote=False) replaces. The html module itself is not imported for it: it
# brings html.entities (2,000 names, for unescaping), about 9 M instructions at every start.
_MARKUP = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` as typed: escaped, its line breaks kept, long lines wrapped."""
    if not text:
        return ""
    return "<p style='white-space:pre-wrap'>" + text.translate(_MARKUP) + "</p>"
