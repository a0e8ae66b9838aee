"""User text on widgets that read "&" as a keyboard accelerator: buttons, check boxes, radio buttons,
actions and menu entries, group-box titles and tabs.

Qt takes the character after an "&" in such a text as the widget's Alt shortcut and underlines it,
so a cluster called "Mobilität & Bus" would show as "Mobilität _Bus" and answer Alt+Space. Every text
a user typed (or a file name) passes through :func:`escape_ampersands` before it goes on such a widget;
labels and item views show "&" as it is and need nothing.
"""

from __future__ import annotations


def escape_ampersands(text: str) -> str:
    """``text`` for a widget that interprets "&": each "&" doubled, so it shows once and makes no shortcut."""
    return text.replace("&", "&&")
