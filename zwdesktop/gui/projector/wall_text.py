"""Card text on the idea wall: words stay whole, long ones may break only where a dictionary allows.

A projector card is read from the back of the hall, so a word cut anywhere
("Ehrenamtsbör" / "se") is worse than a smaller font. The wall therefore
measures a card as fitting only when every word fits its line whole or
breaks at a hyphenation point. Those points come from the hyphenation
patterns that :mod:`pyphen` ships (the LibreOffice/hunspell dictionaries):
German ones for words in Latin script (the workshops are German; a German
pattern never splits an English word badly enough to matter), Ukrainian ones
for Cyrillic; Turkish, Arabic, Farsi, Tigrinya and emoji are never
hyphenated and the wall shrinks instead. The points are soft hyphens
(U+00AD) in the text, which Qt breaks at and shows as "-" only at a line end.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics

SOFT_HYPHEN = "\u00ad"
# Shorter words are never split: "Treff-" / "punkt" helps nobody.
MIN_WORD = 7
# Letters kept together at either end of a split (pyphen's left/right): no "Ei-" or "-se".
LEFT, RIGHT = 3, 3
# Letters that only Turkish (and Azerbaijani) write: German patterns would split such a word wrongly.
_TURKISH = frozenset("ıİşŞğĞ")
_WORD = re.compile(r"\w+", re.UNICODE)
_WRAP = int(Qt.TextFlag.TextWordWrap)
# Far taller than any card: the height a text is measured in.
_UNBOUNDED = 1_000_000


@functools.cache
def _dictionary(language: str) -> object:
    import pyphen  # here, not at the top: only the idea wall needs it

    return pyphen.Pyphen(lang=language, left=LEFT, right=RIGHT)


def _language(word: str) -> str | None:
    if any(ch in _TURKISH for ch in word):
        return None
    scripts = {unicodedata.name(ch, "").split(" ")[0] for ch in word if ch.isalpha()}
    if scripts == {"LATIN"}:
        return "de_DE"
    if scripts == {"CYRILLIC"}:
        return "uk_UA"
    return None


@functools.lru_cache(maxsize=20_000)
def hyphenated(text: str) -> str:
    """``text`` with soft hyphens at the hyphenation points of its long words (the text itself is unchanged otherwise)."""

    def mark(match: re.Match[str]) -> str:
        word = match.group(0)
        language = _language(word) if len(word) >= MIN_WORD else None
        if language is None:
            return word
        return str(_dictionary(language).inserted(word, hyphen=SOFT_HYPHEN))  # type: ignore[attr-defined]

    return _WORD.sub(mark, text)


def measure_whole_words(metrics: QFontMetrics, text: str, width: int) -> QRect | None:
    """The box ``text`` needs wrapped into ``width`` at spaces and soft hyphens; None when a word is wider than that."""
    needed = metrics.boundingRect(QRect(0, 0, max(1, width), _UNBOUNDED), _WRAP, text)
    return needed if needed.width() <= width else None


def fitted_text(metrics: QFontMetrics, text: str, width: int, hyphenate: bool = True) -> tuple[str, QRect] | None:
    """The text to draw in ``width`` and the box it needs; None when it cannot be set with whole words.

    Whole words come first. With ``hyphenate`` a word that is wider than the
    line by itself gets its hyphenation points (soft hyphens), and only such
    a word: Qt breaks at the last point that fills a line, which would
    otherwise split words that fit whole on the next line.
    """
    needed = measure_whole_words(metrics, text, width)
    if needed is not None:
        return text, needed
    if not hyphenate:
        return None

    def mark(match: re.Match[str]) -> str:
        word = match.group(0)
        return hyphenated(word) if metrics.horizontalAdvance(word) > width else word

    marked = _WORD.sub(mark, text)
    if marked == text:
        return None
    needed = measure_whole_words(metrics, marked, width)
    return (marked, needed) if needed is not None else None
