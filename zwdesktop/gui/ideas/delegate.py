"""How one idea looks in the list: its cluster's colour at the edge, the whole text wrapped, a small line below.

Right-to-left texts (Arabic, Farsi) are laid out right-to-left and start at
the right edge. Row heights are measured once per text and width and kept,
so scrolling through 10,000 ideas measures nothing again.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ...core.ideas import is_right_to_left
from ..model_index import AnyIndex
from .model import IdeasModel

PAD = 6
BAR = 6
# Card pictures kept: a screenful several times over (a card of 900 x 45 pixels is about 160 KB).
_PICTURES_KEPT = 64
# The states a card looks different in (a picture is kept per state).
_STATES_DRAWN = (QStyle.StateFlag.State_Selected | QStyle.StateFlag.State_HasFocus).value


# Break at spaces only (Qt's "wrap anywhere" flag breaks every line mid-word, not just over-long words).
WRAP_FLAGS = int(Qt.TextFlag.TextWordWrap)


def wrap_flags(metrics: QFontMetrics, text: str, width: int) -> int:
    """Break at spaces; a text with a word wider than ``width`` may also break inside words."""
    needed = metrics.boundingRect(QRect(0, 0, max(1, width), 1_000_000), WRAP_FLAGS, text)
    if needed.width() <= width:
        return WRAP_FLAGS
    return WRAP_FLAGS | int(Qt.TextFlag.TextWrapAnywhere)


def measure_wrapped(metrics: QFontMetrics, text: str, width: int) -> QRect:
    """The box ``text`` needs wrapped into ``width`` (as :func:`draw_wrapped` paints it)."""
    return metrics.boundingRect(QRect(0, 0, max(1, width), 1_000_000), wrap_flags(metrics, text, width), text)


def draw_wrapped(painter: QPainter, rect: QRect, text: str, wrap: bool = True, flags: int | None = None) -> None:
    """Draw ``text`` wrapped into ``rect`` in its own reading direction, with the same flags it is measured with.

    Measuring (``QFontMetrics.boundingRect`` with :data:`WRAP_FLAGS`) and
    painting must break lines alike, or a card's last line is cut off.
    ``flags``: the wrap flags when the caller knows them (saves measuring the text again).
    """
    rtl = is_right_to_left(text)
    if flags is None:
        flags = wrap_flags(painter.fontMetrics(), text, rect.width()) if wrap else 0
    flags |= int(Qt.AlignmentFlag.AlignTop)
    # Absolute: in a right-to-left layout Qt would otherwise mirror "right" to the left edge.
    flags |= int(Qt.AlignmentFlag.AlignAbsolute | (Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft))
    direction = painter.layoutDirection()
    painter.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
    painter.drawText(rect, flags, text)
    painter.setLayoutDirection(direction)


class IdeaDelegate(QStyledItemDelegate):
    """Paints an idea card row; measures heights once per (text, width)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._heights: dict[tuple[str, int, str], int] = {}
        self._font_key = ""
        self._flags: dict[tuple[str, int, str], int] = {}
        self._metrics = QFontMetrics(QFont())
        self._small_height = 0
        self._pictures: dict[tuple[object, ...], QPixmap] = {}  # oldest first
        self._seen: dict[tuple[object, ...], bool] = {}  # cards painted once, not yet kept; oldest first

    def _small(self, font: QFont) -> QFont:
        small = QFont(font)
        small.setPointSizeF(max(6.0, font.pointSizeF() * 0.85))
        return small

    def _text_width(self, option: QStyleOptionViewItem) -> int:
        return max(40, option.rect.width() - 2 * PAD - BAR)

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        """The height of the wrapped text plus the small line."""
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        width = self._text_width(option)
        self.measure_in(option.font)
        return QSize(width + 2 * PAD + BAR, self.row_height(text, option.rect.width()))

    def measure_in(self, font: QFont) -> None:
        """Measure the next rows in ``font`` (asked once per batch of rows: a font's key is not free)."""
        font_key = font.key()
        if self._font_key != font_key:
            self._font_key = font_key
            self._metrics, self._small_height = QFontMetrics(font), QFontMetrics(self._small(font)).height()

    def row_height(self, text: str, row_width: int) -> int:
        """The height of a row ``row_width`` wide showing ``text`` wrapped and the small line below it.

        The small line is never wrapped (it is one line whatever it says), so only the text and
        the width decide the height: kept per text, width and font.
        """
        width = max(40, row_width - 2 * PAD - BAR)
        key = (text, width, self._font_key)
        height = self._heights.get(key)
        if height is None:
            body = measure_wrapped(self._metrics, text, width).height()
            height = body + self._small_height + 3 * PAD
            if len(self._heights) > 50_000:
                self._heights.clear()
            self._heights[key] = height
        return height

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        """Draw the card; one painted a second time alike is drawn from a kept picture from then on.

        Adding an idea or scrolling moves every card shown, and the list then paints all of them
        again; laying out their texts anew each time was most of an Enter's cost. A card is only
        kept once it comes again: a search keystroke shows mostly other cards, and making pictures
        of those would cost more than it saves.
        """
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        meta = str(index.data(IdeasModel.MetaRole) or "")
        colour = str(index.data(IdeasModel.ColourRole) or "")
        rect = option.rect
        if rect.isEmpty():
            return
        ratio = painter.device().devicePixelRatioF()
        key = (text, meta, colour, option.state.value & _STATES_DRAWN, rect.width(), rect.height(),
               option.font.key(), option.palette.cacheKey(), ratio)  # fmt: skip
        picture = self._pictures.get(key)
        if picture is None and self._seen.pop(key, False):
            picture = self._picture(key, painter, option, text, meta, colour)
        if picture is not None:
            painter.drawPixmap(rect.topLeft(), picture)
            return
        if len(self._seen) >= 2 * _PICTURES_KEPT:
            del self._seen[next(iter(self._seen))]  # the oldest
        self._seen[key] = True
        painter.save()
        self._draw_card(painter, rect, option, text, meta, colour)
        painter.restore()

    def _picture(
        self,
        key: tuple[object, ...],
        painter: QPainter,
        option: QStyleOptionViewItem,
        text: str,
        meta: str,
        colour: str,
    ) -> QPixmap:
        """A kept picture of the card for ``painter``'s device (in place of the oldest one, drawn over when as big)."""
        ratio = painter.device().devicePixelRatioF()
        area = QRect(QPoint(0, 0), option.rect.size())
        picture = self._pictures.pop(next(iter(self._pictures))) if len(self._pictures) >= _PICTURES_KEPT else None
        if picture is None or picture.size() != area.size() * ratio:
            picture = QPixmap(area.size() * ratio)
        picture.setDevicePixelRatio(ratio)
        picture.fill(option.palette.color(QPalette.ColorRole.Base))  # what a see-through colour would show
        card = QPainter(picture)
        card.setLayoutDirection(painter.layoutDirection())
        self._draw_card(card, area, option, text, meta, colour)
        card.end()
        self._pictures[key] = picture
        return picture

    def _draw_card(
        self, painter: QPainter, rect: QRect, option: QStyleOptionViewItem, text: str, meta: str, colour: str
    ) -> None:
        """Background (selection or cluster colour), colour bar, text in its direction, the small line."""
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(rect, palette.color(QPalette.ColorRole.Highlight))
            pen = palette.color(QPalette.ColorRole.HighlightedText)
        elif colour:
            painter.fillRect(rect, QColor(colour).lighter(125))
            pen = QColor("#000000")
        else:
            painter.fillRect(rect, palette.color(QPalette.ColorRole.Base))
            pen = palette.color(QPalette.ColorRole.Text)
        if colour:
            painter.fillRect(QRect(rect.left(), rect.top(), BAR, rect.height()), QColor(colour).darker(130))
        # The line between cards as a filled rectangle: much cheaper to draw than a line.
        painter.fillRect(QRect(rect.left(), rect.bottom(), rect.width(), 1), QColor(128, 128, 128, 90))
        small = self._small(option.font)
        small_height = QFontMetrics(small).height()
        body = QRect(
            rect.left() + BAR + PAD, rect.top() + PAD, self._text_width(option), rect.height() - small_height - 3 * PAD
        )
        painter.setPen(pen)
        painter.setFont(option.font)
        # The wrap flags are kept per text, width and font: a repaint of a row measures nothing.
        flags_key = (text, body.width(), option.font.key())
        flags = self._flags.get(flags_key)
        if flags is None:
            if len(self._flags) > 20_000:
                self._flags.clear()
            flags = self._flags[flags_key] = wrap_flags(painter.fontMetrics(), text, body.width())
        draw_wrapped(painter, body, text, flags=flags)
        painter.setFont(small)
        meta_colour = QColor(pen)
        meta_colour.setAlpha(170)
        painter.setPen(meta_colour)
        meta_rect = QRect(body.left(), body.bottom() + PAD, body.width(), small_height)
        draw_wrapped(painter, meta_rect, meta if not is_right_to_left(text) else "\u200f" + meta, wrap=False)
        if option.state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(palette.color(QPalette.ColorRole.Highlight).darker(150))
            painter.drawRect(rect.adjusted(0, 0, -1, -1))
