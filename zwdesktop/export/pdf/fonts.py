"""The shipped fonts and the per-character fallback between them.

reportlab draws a string in one font and silently loses every character that
font lacks. :class:`FontSet` therefore splits text into runs, each in the
first shipped font that has all of its characters: Noto Sans for Latin, Greek
and Cyrillic, Noto Sans Arabic, Noto Sans Ethiopic, then Symbola's symbols
and emoji, then Noto Emoji for the emoji Symbola (Unicode 9) lacks (🫖, 🥲, 🫶:
Unicode 10 to 15). A character none of them has is printed as U+FFFD (visible, never
a gap); invisible format characters (joiners, variation selectors, bidi marks)
that no font draws are left out, as every renderer does.
"""

from __future__ import annotations

import functools
import unicodedata
from pathlib import Path

from msgspec import Struct
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from ...paths import resource_dir

REPLACEMENT = "\ufffd"

# (regular file, bold file) in fallback order; the first is the main font.
FONT_FILES: tuple[tuple[str, str, str], ...] = (
    ("ZWSans", "NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),
    ("ZWArabic", "NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf"),
    ("ZWEthiopic", "NotoSansEthiopic-Regular.ttf", "NotoSansEthiopic-Bold.ttf"),
    ("ZWSymbols", "Symbola-Symbols.ttf", "Symbola-Symbols.ttf"),
    ("ZWEmoji", "NotoEmoji-Regular.ttf", "NotoEmoji-Regular.ttf"),
)


class Run(Struct, frozen=True):
    """A piece of text drawn in one font (``font`` is a registered reportlab font name)."""

    font: str
    text: str


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode map, but with characters beyond U+FFFF as UTF-16 surrogate pairs.

    reportlab 5.1 writes ``<1F600>`` for an emoji, which PDF readers take as
    U+1F60: copying or searching the text then gives the wrong character.
    Joined Arabic letters map back to the letters typed (NFKC), so a reader
    that copies glyphs gives ``ب`` rather than its final form ``ﺐ``.
    """

    def utf16(value: int) -> str:
        # A joined Arabic letter (a presentation form) copies as the letter that was typed.
        text = _typed_form(value)
        return "".join(f"{unit:04X}" for ch in text for unit in _utf16_units(ord(ch)))

    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo",
        f"<< /Registry ({fontname})",
        f"/Ordering ({fontname})",
        "/Supplement 0",
        ">> def",
        f"/CMapName /{fontname} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange",
        f"{len(subset)} beginbfchar",
        *(f"<{index:02X}> <{utf16(value)}>" for index, value in enumerate(subset)),
        "endbfchar",
        "endcmap",
        "CMapName currentdict /CMap defineresource pop",
        "end",
        "end",
    ]
    return "\n".join(lines)


def _typed_form(value: int) -> str:
    """The characters a glyph stands for: Arabic presentation forms (what the reshaper draws) as their letters."""
    ch = chr(value)
    if 0xFB50 <= value <= 0xFDFF or 0xFE70 <= value <= 0xFEFF:
        return unicodedata.normalize("NFKC", ch) or ch
    return ch


def _utf16_units(value: int) -> tuple[int, ...]:
    if value < 0x10000:
        return (value,)
    value -= 0x10000
    return (0xD800 + (value >> 10), 0xDC00 + (value & 0x3FF))


def fonts_dir() -> Path:
    """Where the shipped fonts are."""
    return resource_dir() / "fonts"


def is_invisible(ch: str) -> bool:
    """Characters that are left out of the drawn text.

    Format characters that draw nothing anyway (ZWJ, ZWNJ, variation
    selectors, bidi marks), and the emoji skin-tone modifiers, which a
    black-and-white emoji cannot show (the emoji itself stays).
    """
    code = ord(ch)
    return unicodedata.category(ch) == "Cf" or 0xFE00 <= code <= 0xFE0F or 0x1F3FB <= code <= 0x1F3FF


class FontSet:
    """The registered fonts with their character coverage (one per process: reportlab's registry is global)."""

    def __init__(self, folder: Path | None = None) -> None:
        self._runs_cache: dict[tuple[str, bool], list[Run]] = {}
        self._width_cache: dict[tuple[str, bool], float] = {}
        ttfonts.makeToUnicodeCMap = _to_unicode_cmap

        folder = folder or fonts_dir()
        self._coverage: dict[str, frozenset[int]] = {}
        self.regular: list[str] = []
        self.bold: list[str] = []
        for family, regular, bold in FONT_FILES:
            for name, file, names in ((family, regular, self.regular), (family + "-Bold", bold, self.bold)):
                # getFont() of an unknown name first searches the disk for AFM files (a second).
                if name in pdfmetrics.getRegisteredFontNames():
                    font = pdfmetrics.getFont(name)
                else:
                    font = TTFont(name, str(folder / file))
                    pdfmetrics.registerFont(font)
                self._coverage[name] = frozenset(font.face.charWidths)
                names.append(name)
        self._width = pdfmetrics.stringWidth

    def main(self, bold: bool = False) -> str:
        """The main font's name (Noto Sans)."""
        return (self.bold if bold else self.regular)[0]

    def has(self, font: str, ch: str) -> bool:
        """Whether ``font`` has a glyph for ``ch``."""
        return ord(ch) in self._coverage[font]

    def font_for(self, ch: str, bold: bool = False) -> str | None:
        """The first font in fallback order that has ``ch`` (None when none has)."""
        for name in self.bold if bold else self.regular:
            if ord(ch) in self._coverage[name]:
                return name
        return None

    def runs(self, text: str, bold: bool = False) -> list[Run]:
        """``text`` split into runs by font, characters no font has replaced by U+FFFD (cached).

        Line breaking measures the same words again and again; the cache makes a
        2,000-idea workshop's minutes several times faster.
        """
        key = (text, bold)
        cached = self._runs_cache.get(key)
        if cached is None:
            if len(self._runs_cache) > 200_000:
                self._runs_cache.clear()
            cached = self._runs_cache[key] = self._split_runs(text, bold)
        return cached

    def _split_runs(self, text: str, bold: bool = False) -> list[Run]:
        """``text`` split into runs by font, characters no font has replaced by U+FFFD.

        Spaces, digits and punctuation stay in the current run when its font
        has them, so a line of Arabic is not cut into pieces at every space.
        """
        runs: list[Run] = []
        font: str | None = None
        piece: list[str] = []
        for ch in text:
            if is_invisible(ch):
                continue
            if font is not None and self.has(font, ch):
                piece.append(ch)
                continue
            chosen = self.font_for(ch, bold)
            if chosen is None:
                ch = REPLACEMENT
                chosen = self.font_for(ch, bold) or self.main(bold)
            if chosen != font:
                if piece and font is not None:
                    runs.append(Run(font, "".join(piece)))
                font, piece = chosen, []
            piece.append(ch)
        if piece and font is not None:
            runs.append(Run(font, "".join(piece)))
        return runs

    def width(self, text: str, size: float, bold: bool = False) -> float:
        """The width of ``text`` (already in visual/shaped form) at ``size`` points (cached per text)."""
        key = (text, bold)
        unit = self._width_cache.get(key)
        if unit is None:
            if len(self._width_cache) > 200_000:
                self._width_cache.clear()
            # Widths scale with the size, so one measurement at 1 pt serves every size.
            unit = self._width_cache[key] = float(
                sum(self._width(run.text, run.font, 1.0) for run in self.runs(text, bold))
            )
        return unit * size


@functools.cache
def font_set() -> FontSet:
    """The process's font set (registered on first use)."""
    return FontSet()
