"""The fonts the program ships, in the window too: every script and the emoji a participant types.

A venue laptop often has no Ethiopic (Tigrinya) and no emoji font, so ideas and
the Blitzlicht faces would show as empty boxes. The fonts of ``resources/fonts``
(the ones the minutes PDF embeds) are registered with Qt at start and put behind
the system's interface font as fallbacks: text the system font can draw looks as
it always does, and whatever it lacks comes from the shipped fonts before Qt asks
the system for any other. A system colour emoji font, where there is one, still
draws emoji (Qt prefers it for emoji by itself).

Registering costs about a millisecond: Qt only notes the files until a glyph is needed.
"""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase, QFontInfo, QGuiApplication

from ..paths import resource_dir

# In the order in which they are asked for a character the interface font lacks.
FALLBACK_FAMILIES = ("Noto Sans", "Noto Sans Arabic", "Noto Sans Ethiopic", "Symbola", "Noto Emoji")


def register_shipped_fonts() -> list[str]:
    """Register every font of ``resources/fonts`` with Qt; returns the families now available from them."""
    families: list[str] = []
    for path in sorted((resource_dir() / "fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families.extend(f for f in QFontDatabase.applicationFontFamilies(font_id) if f not in families)
    return families


def install_shipped_fonts(app: QGuiApplication) -> list[str]:
    """Register the shipped fonts and make them the application font's fallbacks; returns its families.

    Call before the first widget is made: widgets copy the application font.
    """
    font = app.font()
    # The family the system really gives (e.g. "DejaVu Sans" for the alias "Sans Serif", "Segoe UI"
    # on Windows): an alias in a list of families is not looked up as an alias. Asked before
    # registering, which could make fontconfig resolve the alias to a shipped font instead.
    primary = QFontInfo(font).family()
    shipped = register_shipped_fonts()
    fallbacks = [family for family in FALLBACK_FAMILIES if family in shipped and family != primary]
    font.setFamilies([primary, *fallbacks])
    app.setFont(font)
    return font.families()
