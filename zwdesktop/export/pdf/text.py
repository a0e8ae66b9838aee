"""Text for the PDF: right-to-left ordering, Arabic joining and line breaking, without reportlab.

The order of work follows what was measured to be right (DESIGN.md §4):
break a paragraph into lines in *logical* order first, measuring each word in
its joined (shaped) form; then turn each line on its own into *visual* order.
Doing bidi on the whole paragraph first would put the lines of a wrapped
right-to-left paragraph in the wrong order.

Arabic and Farsi letters are joined by ``arabic_reshaper`` (it swaps each
letter for its initial/medial/final presentation form, which the shipped
Noto Sans Arabic draws); ``python-bidi``'s reference algorithm reorders a
line and mirrors brackets. Both are pure Python and work offline.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Iterator

from arabic_reshaper import ArabicReshaper
from bidi.algorithm import get_display
from msgspec import Struct

from ...core.bidi import FSI, ISOLATES, PDI, RLI

_RESHAPER = ArabicReshaper({"delete_harakat": False, "support_ligatures": True})
_TOKENS = re.compile(r"\s+|\S+")
# Characters that start a right-to-left paragraph (Unicode bidi classes R and AL).
_RTL_CLASSES = frozenset({"R", "AL"})
_LTR_CLASSES = frozenset({"L"})
# Characters that reordering or joining can change: right-to-left letters and numbers, and the explicit controls.
_SHAPED_CLASSES = frozenset({"R", "AL", "AN", "LRE", "RLE", "LRO", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI"})
# Stand-ins for isolates while the line is ordered: bidi class ON (neutral), never mirrored, never joined.
_PLACEHOLDERS = tuple(chr(c) for c in (*range(0x2FF0, 0x2FFC), *range(0x2400, 0x2427)))

Measure = Callable[[str], float]


def is_rtl(text: str) -> bool:
    """Whether a paragraph runs right to left: its first strong character is Hebrew, Arabic, Farsi …

    Text inside an isolate (FSI … PDI, e.g. a contained user text) does not count (UAX #9, P2).
    """
    depth = 0
    for ch in text:
        if ch in ISOLATES:
            depth += 1
        elif ch == PDI:
            depth = max(0, depth - 1)
        elif depth == 0:
            kind = unicodedata.bidirectional(ch)
            if kind in _RTL_CLASSES:
                return True
            if kind in _LTR_CLASSES:
                return False
    return False


@functools.lru_cache(maxsize=65536)  # line breaking asks about the same words many times
def needs_shaping(text: str) -> bool:
    """Whether ``text`` has characters that bidi or joining change (so plain text can skip the work)."""
    if text.isascii():
        return False
    return any(unicodedata.bidirectional(ch) in _SHAPED_CLASSES for ch in text)


def shape(text: str) -> str:
    """Arabic letters replaced by their joined forms; other text unchanged (logical order kept)."""
    return _RESHAPER.reshape(text) if needs_shaping(text) else text


def visual(line: str, rtl: bool) -> str:
    """One line in the order it is drawn from left to right (joined, reordered, brackets mirrored).

    Isolates (LRI, RLI, FSI … PDI) are laid out on their own and take their
    place in the line as one neutral character, as UAX #9 asks: python-bidi's
    reference algorithm predates isolates (and stops at them), so each is
    replaced by a placeholder for the line's ordering and filled in after.
    """
    if not needs_shaping(line):
        return line
    if ISOLATES.isdisjoint(line) and PDI not in line:
        return str(get_display(shape(line), base_dir="R" if rtl else "L"))
    outer, pieces = _lift_isolates(line)
    shown = str(get_display(shape(outer), base_dir="R" if rtl else "L")) if needs_shaping(outer) else outer
    for placeholder, piece in pieces.items():
        shown = shown.replace(placeholder, piece)
    return shown


def _lift_isolates(line: str) -> tuple[str, dict[str, str]]:
    """The line with each outermost isolate replaced by a placeholder, and each placeholder's drawn text."""
    free = (p for p in _PLACEHOLDERS if p not in line)
    outer: list[str] = []
    pieces: dict[str, str] = {}
    content: list[str] = []
    initiator = ""
    depth = 0

    def place() -> None:
        text = "".join(content)
        direction = initiator == RLI or (initiator == FSI and is_rtl(text))
        placeholder = next(free, None)
        if placeholder is None:  # more isolates in one line than placeholders: laid out inline
            outer.append(text)
            return
        outer.append(placeholder)
        pieces[placeholder] = visual(text, direction)

    for ch in line:
        if depth == 0:
            if ch in ISOLATES:
                initiator, content, depth = ch, [], 1
            elif ch != PDI:  # a PDI without its isolate closes nothing
                outer.append(ch)
            continue
        if ch in ISOLATES:
            depth += 1
        elif ch == PDI:
            depth -= 1
            if depth == 0:
                place()
                continue
        content.append(ch)
    if depth:
        place()  # an isolate left open runs to the end of the line
    return "".join(outer), pieces


class Line(Struct, frozen=True):
    """One wrapped line: its text in logical order and its width."""

    text: str
    width: float


def _cluster_ends(word: str) -> Iterator[int]:
    """Offsets where a too-long word may be cut: never before a combining mark or inside a joiner sequence."""
    for index in range(1, len(word)):
        ch, before = word[index], word[index - 1]
        if unicodedata.combining(ch) or ch in "\u200d\ufe0e\ufe0f" or before == "\u200d":
            continue
        if 0x1F3FB <= ord(ch) <= 0x1F3FF:  # skin tone modifier belongs to the emoji before it
            continue
        yield index
    yield len(word)


def _cut_word(word: str, width: float, measure: Measure) -> list[str]:
    """A word wider than the line cut into pieces that fit (at least one cluster each)."""
    pieces: list[str] = []
    start = 0
    last_fit = 0
    for end in _cluster_ends(word):
        if end - start > 0 and measure(shape(word[start:end])) > width and last_fit > start:
            pieces.append(word[start:last_fit])
            start = last_fit
        last_fit = end
    if start < len(word):
        pieces.append(word[start:])
    return pieces


def wrap_paragraph(text: str, width: float, measure: Measure) -> list[Line]:
    """Break one paragraph (no newlines) into lines no wider than ``width``, in logical order.

    Lines break at spaces; a word longer than a whole line is cut between
    characters. ``measure`` gives the drawn width of shaped text.
    """
    lines: list[Line] = []
    current = ""
    for token in _TOKENS.findall(text):
        if token.isspace():
            if current:
                current += " "
            continue
        candidate = current + token
        if measure(shape(candidate)) <= width:
            current = candidate
            continue
        if current.strip():
            done = current.rstrip()
            lines.append(Line(done, measure(shape(done))))
        if measure(shape(token)) <= width:
            current = token
            continue
        pieces = _cut_word(token, width, measure)
        for piece in pieces[:-1]:
            lines.append(Line(piece, measure(shape(piece))))
        current = pieces[-1]
    done = current.rstrip()
    if done or not lines:
        lines.append(Line(done, measure(shape(done))))
    return lines


def wrap_text(text: str, width: float, measure: Measure) -> list[tuple[Line, bool]]:
    """All lines of a text with line breaks kept, each with whether its paragraph runs right to left."""
    result: list[tuple[Line, bool]] = []
    for paragraph in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        rtl = is_rtl(paragraph)
        result.extend((line, rtl) for line in wrap_paragraph(paragraph, width, measure))
    return result
