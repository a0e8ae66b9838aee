"""What a projector mode is: a pluggable full-window view, its colour themes, and text fitting.

Every mode (the clock, the idea wall, the dot vote, the agreements, the sign-up)
is a :class:`ProjectorMode` that the :class:`~zwdesktop.gui.projector.window.ProjectorWindow`
holds in a stack. A mode draws nothing but what its ``update_state`` is told,
in the colours of the current :class:`Theme`, in fonts scaled to the window
(a projector picture is read from up to 15 m away).
"""

from __future__ import annotations

from msgspec import Struct
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QWidget

from ..clock.controller import ClockController

DARK = "dark"
LIGHT = "light"
DEFAULT_THEME = DARK
# Far larger than any window: the height of the "page" wrapped text is measured in.
_UNBOUNDED = 1_000_000


class Theme(Struct, frozen=True):
    """The colours of the projector picture: one set for dark halls, one for bright ones.

    ``text`` carries the main content, ``accent`` what orients (phase, status),
    ``muted`` what is secondary but must still be read across the room
    (the guiding question, the next item); ``warning`` and ``alert`` colour
    the countdown shortly before and after the end of an item.
    """

    name: str
    background: QColor
    text: QColor
    accent: QColor
    muted: QColor
    warning: QColor
    alert: QColor


# Contrast against the background is at least 4.5:1 for every colour (WCAG AA for large
# text is 3:1; a washed-out beamer in daylight eats a good part of it).
THEMES: dict[str, Theme] = {
    DARK: Theme(
        name=DARK,
        background=QColor("#0a0a0a"),
        text=QColor("#ffffff"),
        accent=QColor("#ffd60a"),
        muted=QColor("#d0d0d0"),
        warning=QColor("#ffa000"),
        alert=QColor("#ff4a3d"),
    ),
    LIGHT: Theme(
        name=LIGHT,
        background=QColor("#ffffff"),
        text=QColor("#000000"),
        accent=QColor("#0b3d91"),
        muted=QColor("#333333"),
        warning=QColor("#b84a00"),
        alert=QColor("#b00000"),
    ),
}


def theme_named(name: str) -> Theme:
    """The theme called ``name``; the default (dark) one for an unknown name."""
    return THEMES.get(name, THEMES[DEFAULT_THEME])


def _fits(metrics: QFontMetrics, text: str, width: int, height: int, wrap: bool, tight: bool = False) -> bool:
    if wrap:
        needed = metrics.boundingRect(QRect(0, 0, width, _UNBOUNDED), int(Qt.TextFlag.TextWordWrap), text)
        return needed.width() <= width and needed.height() <= height
    # The advance is where the next glyph would start; the bounding rect adds the bearings
    # of the outer glyphs, which a big bold font can have on either side. Both must fit.
    text_width = max(metrics.horizontalAdvance(text), metrics.boundingRect(text).width())
    # A line box is taller than its digits (room for accents above, descenders below); a text
    # painted by its ink alone may use all of the height.
    text_height = metrics.tightBoundingRect(text).height() if tight else metrics.height()
    return text_width <= width and text_height <= height


def fit_font(
    base: QFont,
    text: str,
    width: int,
    height: int,
    *,
    max_pixels: int,
    min_pixels: int = 8,
    wrap: bool = False,
    tight: bool = False,
) -> QFont:
    """``base`` at the largest pixel size (``min_pixels``..``max_pixels``) at which ``text`` fits ``width`` × ``height``.

    With ``wrap`` the text may break into lines at spaces. With ``tight`` only
    its ink must fit the height (for one line painted by its ink, not its line
    box). When it does not fit even at ``min_pixels`` that size is returned;
    the caller elides.
    """
    font = QFont(base)
    low, high = max(1, min_pixels), max(1, min_pixels, max_pixels)
    best = low
    # A binary search: a few measurements instead of one per pixel size of a 400 px digit.
    while low <= high:
        middle = (low + high) // 2
        font.setPixelSize(middle)
        if _fits(QFontMetrics(font), text, width, height, wrap, tight):
            best, low = middle, middle + 1
        else:
            high = middle - 1
    font.setPixelSize(best)
    return font


def fits(font: QFont, text: str, width: int, height: int, *, wrap: bool = False, tight: bool = False) -> bool:
    """Whether ``text`` in ``font`` fits ``width`` × ``height`` (wrapped at spaces with ``wrap``; by its ink with ``tight``)."""
    return _fits(QFontMetrics(font), text, width, height, wrap, tight)


def elide_to_fit(font: QFont, text: str, width: int, height: int, *, wrap: bool = False, tight: bool = False) -> str:
    """``text`` shortened with "…" until it fits (one line: at the right end; wrapped: word by word)."""
    metrics = QFontMetrics(font)
    if _fits(metrics, text, width, height, wrap, tight):
        return text
    if not wrap:
        return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
    words = text.split()
    while words:
        words.pop()
        candidate = " ".join(words) + " …"
        if _fits(metrics, candidate, width, height, wrap):
            return candidate
    return "…"


# The guiding question under a mode's heading: one line as large as this share of the window's
# height allows, never smaller than the lower share (its capitals then stand 2.5 % of the height,
# as the idea wall's cards: read from 15 m); a longer question wraps into two lines at that size.
QUESTION_MAX_SHARE = 0.045
QUESTION_MIN_SHARE = 0.035


class QuestionBlock(Struct, frozen=True):
    """The guiding question as a mode draws it: its font, its text (elided after two lines) and its height."""

    font: QFont
    text: str
    height: int


def question_block(base: QFont, question: str, width: int, window_height: int) -> QuestionBlock:
    """How the guiding question fits ``width`` on a window ``window_height`` high (height 0: there is none)."""
    text = " ".join(question.split())
    if not text or width <= 0:
        return QuestionBlock(QFont(base), "", 0)
    high = max(8, round(window_height * QUESTION_MAX_SHARE))
    low = max(8, min(high, round(window_height * QUESTION_MIN_SHARE)))
    font = fit_font(base, text, width, _UNBOUNDED, max_pixels=high, min_pixels=low)
    metrics = QFontMetrics(font)
    if _fits(metrics, text, width, metrics.height(), wrap=False):
        return QuestionBlock(font, text, metrics.height())
    font.setPixelSize(low)
    metrics = QFontMetrics(font)
    # Under three lines' height: two lines, however Qt rounds the height of wrapped text.
    shown = elide_to_fit(font, text, width, int(2.5 * metrics.lineSpacing()), wrap=True)
    wrapped = metrics.boundingRect(QRect(0, 0, width, _UNBOUNDED), int(Qt.TextFlag.TextWordWrap), shown)
    return QuestionBlock(font, shown, wrapped.height())


def paint_question(painter: QPainter, rect: QRect, block: QuestionBlock, color: QColor) -> None:
    """Paint the guiding question into ``rect`` (left-aligned, wrapped as :func:`question_block` measured it)."""
    if not block.text:
        return
    painter.setFont(block.font)
    painter.setPen(color)
    flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
    painter.drawText(rect, int(flags) | int(Qt.TextFlag.TextWordWrap), block.text)


class ProjectorMode(QWidget):
    """A pluggable view of the projector window (clock, idea wall, vote results, …).

    Subclasses set ``key`` (a stable name used in settings and code), return
    a translated :meth:`title`, show the workshop's present state in
    :meth:`update_state` and recolour themselves in :meth:`apply_theme`.
    They show only what the moderator chose to show: no dialogs, no notes.
    """

    key: str = ""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.theme: Theme = THEMES[DEFAULT_THEME]
        self.setAutoFillBackground(True)
        # The projector shows no mouse pointer, whatever widget it would hover over.
        self.setCursor(Qt.CursorShape.BlankCursor)

    def title(self) -> str:
        """The mode's name for the moderator's menus, translated."""
        raise NotImplementedError

    def update_state(self, controller: ClockController) -> None:
        """Show the workshop as ``controller`` sees it now (called on every clock tick while current)."""
        raise NotImplementedError

    def follow(self, controller: ClockController | None) -> None:
        """The window's controller changed (another workshop was opened; None: none is open).

        Called for every mode, shown or not. A mode that keeps the
        controller for later (a resize, a change notice) takes the new one
        here and drops the old, whose workshop is closed.
        """

    def apply_theme(self, theme: Theme) -> None:
        """Take on ``theme``'s colours (subclasses colour their own parts after calling this)."""
        self.theme = theme
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, theme.background)
        palette.setColor(QPalette.ColorRole.WindowText, theme.text)
        self.setPalette(palette)

    def set_theme(self, name: str) -> None:
        """Take on the theme called ``name`` (``dark`` or ``light``)."""
        self.apply_theme(theme_named(name))
