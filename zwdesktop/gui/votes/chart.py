"""A bar chart of a dot vote's results, drawn with QPainter (QtCharts is not packaged).

Used in the window and, larger, on the projector: one bar per option, sorted
by dots, the rank and the count beside it; the options that go forward are
drawn in the accent colour, options in a tie at the cut-off line striped, a
dashed line marks the cut-off. A mood check (Blitzlicht) keeps the scale's
order and draws each face itself, so no emoji font is needed, with its word
beside it ("very good" … "not good").
"""

from __future__ import annotations

import functools

from msgspec import Struct
from msgspec.structs import replace
from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontInfo, QFontMetrics, QIcon, QPainter, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...core.votes import MOOD_SCALE

# More options than this, with their names only (an open round on the projector): two columns.
TWO_COLUMNS_FROM = 8
# A row's height over the largest size at which its label may wrap onto two lines.
ROW_PER_WRAPPED_SIZE = 2.6


class Bar(Struct, frozen=True):
    """One bar: the option's text, its dots and rank, and how it stands against the cut-off."""

    label: str
    count: int
    rank: int
    standing: str  # "forward", "tied", "out"; "pending" while a tie is not settled
    hidden: bool = False  # while the round is open the projector hides the count
    caption: str = ""  # a Blitzlicht face's word ("very good"), drawn beside the face


class ChartColors(Struct, frozen=True):
    """The chart's colours (the window's palette, or a projector theme)."""

    background: QColor
    text: QColor
    bar: QColor
    forward: QColor
    tied: QColor


def window_colors() -> ChartColors:
    """Colours for the moderator's window: readable on white, accent for what goes forward."""
    return ChartColors(
        background=QColor("#ffffff"),
        text=QColor("#1a1a1a"),
        bar=QColor("#9aa5b1"),
        forward=QColor("#1b6e3a"),
        tied=QColor("#b8860b"),
    )


def draw_face(painter: QPainter, rect: QRectF, level: int, color: QColor) -> None:
    """A face of the mood scale (0 = very happy … 3 = unhappy) in ``rect``, drawn with lines."""
    side = min(rect.width(), rect.height())
    box = QRectF(rect.center().x() - side / 2, rect.center().y() - side / 2, side, side).adjusted(2, 2, -2, -2)
    pen = QPen(color, max(1.5, side / 14))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(box)
    eye = side / 14
    painter.setBrush(color)
    for dx in (-0.18, 0.18):
        painter.drawEllipse(QPointF(box.center().x() + dx * box.width(), box.top() + box.height() * 0.38), eye, eye)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    mouth_y = box.top() + box.height() * 0.66
    half = box.width() * (0.28 if level == 0 else 0.2)
    left, right = QPointF(box.center().x() - half, mouth_y), QPointF(box.center().x() + half, mouth_y)
    if level == 2:
        painter.drawLine(left, right)
    else:
        # A curve: up at the corners for happy faces, down for the unhappy one.
        bend = {0: 0.2, 1: 0.07, 3: -0.1}.get(level, 0.0) * box.height()
        arc = QRectF(left.x(), mouth_y - abs(bend), 2 * half, 2 * abs(bend))
        if bend > 0:
            arc.moveTop(mouth_y - abs(bend))
            painter.drawArc(arc, 180 * 16, 180 * 16)
        else:
            arc.moveTop(mouth_y)
            painter.drawArc(arc, 0, 180 * 16)
    painter.restore()


@functools.cache
def face_icon(level: int, color: str = "#1a1a1a") -> QIcon:
    """A face of the mood scale as an icon (for tables and lists), drawn like the chart's (made once per face)."""
    pixmap = QPixmap(48, 48)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    draw_face(painter, QRectF(0, 0, 48, 48), level, QColor(color))
    painter.end()
    return QIcon(pixmap)


def _fits_row(text: str, font: QFont, width: float, row: float) -> bool:
    """Whether ``text`` fits a label of ``width`` in a row of ``row`` pixels: on one line, or wrapped.

    Wrapped as :meth:`VoteChart._draw_label` draws it: only at a size two lines leave room for.
    """
    metrics = QFontMetrics(font)
    if metrics.horizontalAdvance(text) <= width:
        return True
    # Wrapped lines leave a gap to the next row (and to the cut-off line drawn under a row).
    return font.pixelSize() <= int(row / ROW_PER_WRAPPED_SIZE) and _wraps_into(text, metrics, width, row)


def _wraps_into(text: str, metrics: QFontMetrics, width: float, height: float) -> bool:
    """Whether ``text``, wrapped at words to ``width``, fits ``height`` (two lines always count as fitting)."""
    wrapped = metrics.boundingRect(QRect(0, 0, int(width), 10**6), int(Qt.TextFlag.TextWordWrap), text)
    return wrapped.height() <= max(height, metrics.lineSpacing() + metrics.height())


class VoteChart(QWidget):
    """Horizontal bars of a round's results; call :meth:`set_bars` with what to show."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[Bar] = []
        self.mood = False
        self.colors = window_colors()
        self.base_font = QFont(self.font())
        self.row_limit: int | None = None  # the projector shows the top rows only when there are many
        # In the window the chart grows with its rows (it stands in a scrolled form), so every label
        # gets two lines of at least the window's own text size; on the projector it keeps its room.
        self.grows = True
        self.least_height = 120
        self.drawn_labels: list[tuple[str, int]] = []  # (text, pixel size) as last painted, for tests
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(self.least_height)

    def set_bars(self, bars: list[Bar], mood: bool = False) -> None:
        """Show these bars (already in the order to show) and repaint."""
        self.bars = list(bars)
        self.mood = mood
        if self.grows:
            rows = len(self.bars[: self.row_limit] if self.row_limit else self.bars)
            metrics = QFontMetrics(self.label_font_at(self.min_label_pixels()))
            self.setMinimumHeight(max(self.least_height, rows * (metrics.lineSpacing() + metrics.height() + 6)))
        self.update()

    def min_label_pixels(self) -> int:
        """The smallest size an option's text is drawn at: the window's own text size (never below 11 px)."""
        return max(11, QFontInfo(self.font()).pixelSize())

    def label_font_at(self, pixels: int) -> QFont:
        """The labels' font at a pixel size."""
        font = QFont(self.base_font)
        font.setPixelSize(pixels)
        return font

    def set_colors(self, colors: ChartColors) -> None:
        """Use other colours (e.g. a projector theme)."""
        self.colors = colors
        self.update()

    def _draw_label(self, painter: QPainter, rect: QRectF, bar: Bar, font: QFont, least: int) -> None:
        """The option's text: one line when it fits, else two lines, shortened at a word with "…" if still too long.

        Never smaller than ``least`` pixels (a long text is shortened rather than shrunk into a smudge).
        """
        chosen = QFont(font)
        chosen.setBold(bar.standing in ("forward", "tied"))
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        metrics = QFontMetrics(chosen)
        if metrics.horizontalAdvance(bar.label) <= rect.width():
            painter.setFont(chosen)
            painter.drawText(rect, int(align), bar.label)
            painter.setFont(font)
            self.drawn_labels.append((bar.label, chosen.pixelSize()))
            return
        # Two lines: the same size when they fit the row, else as large as two lines allow, never under ``least``.
        two_lines = int(rect.height() / 2.3)
        chosen.setPixelSize(max(least, min(chosen.pixelSize(), two_lines)))
        metrics = QFontMetrics(chosen)
        flags = int(align | Qt.TextFlag.TextWordWrap)
        text = bar.label
        words = text.split()
        while len(words) > 1 and not _wraps_into(text, metrics, rect.width(), rect.height()):
            words.pop()
            text = " ".join(words) + " …"
        if not _wraps_into(text, metrics, rect.width(), rect.height()):
            text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(rect.width()))  # one word too long
        painter.setFont(chosen)
        painter.drawText(rect, flags, text)
        painter.setFont(font)
        self.drawn_labels.append((text, chosen.pixelSize()))

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw the bars."""
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.colors.background)
        bars = self.bars[: self.row_limit] if self.row_limit else self.bars
        if not bars:
            painter.end()
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        height = self.height()
        names_only = all(bar.hidden for bar in bars) and not self.mood
        # On the projector, the options of an open round (names only) stand in two columns when there are
        # many: twice the height a row, so the text is large enough for the back of the hall.
        columns = 2 if names_only and not self.grows and len(bars) > TWO_COLUMNS_FROM else 1
        per_column = -(-len(bars) // columns)
        column_width = self.width() / columns
        row = height / per_column
        font = QFont(self.base_font)
        font.setPixelSize(max(9, min(int(row * 0.5), int(self.height() * 0.09))))
        if self.grows:  # the rows were made high enough for it (set_bars)
            font.setPixelSize(max(font.pixelSize(), self.min_label_pixels()))
        painter.setFont(font)
        metrics = QFontMetrics(font)
        most = max(1, *(bar.count for bar in bars if not bar.hidden)) if any(not b.hidden for b in bars) else 1
        rank_width = metrics.horizontalAdvance("00.") + 6
        label_width = int(self.width() * (0.34 if self.mood else 0.46))
        if names_only:
            label_width = int(column_width) - rank_width  # only the options' texts are shown
        count_width = metrics.horizontalAdvance("0000") + 8
        bar_left = rank_width + label_width + 8
        bar_span = max(10, self.width() - bar_left - count_width - 4)
        # A Blitzlicht row: the face, then its word.
        face_side = min(row * 0.8, label_width * 0.4) if self.mood else 0.0
        text_left = face_side + row * 0.2 if self.mood else 0.0
        shown = [replace(bar, label=bar.caption) if self.mood and bar.caption else bar for bar in bars]
        # One size for all labels, so the rows look alike: the largest (down to 60 %) at which every label
        # fits its row, on one line or wrapped on two. Shrinking a long sentence into one line would make
        # every label smaller than two lines of the row allow (on the projector, too small for the hall).
        label_font = QFont(font)
        label_font.setBold(True)
        least = min(font.pixelSize(), self.min_label_pixels())
        size = font.pixelSize()
        room = label_width - text_left - 8
        floor = max(least, font.pixelSize() * 0.6)
        while size > floor and not all(_fits_row(bar.label, label_font, room, row) for bar in shown):
            size -= 1
            label_font.setPixelSize(size)
        label_font.setBold(False)
        self.drawn_labels = []
        drawn_line = False
        for index, bar in enumerate(bars):
            left = (index // per_column) * column_width
            top = (index % per_column) * row
            cell = QRectF(0, top, self.width(), row)
            color = {"forward": self.colors.forward, "tied": self.colors.tied}.get(bar.standing, self.colors.bar)
            painter.setPen(self.colors.text)
            if not self.mood:
                painter.drawText(
                    QRectF(left, top, rank_width - 6, row),
                    int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                    f"{index + 1 if bar.hidden else bar.rank}.",
                )
            label_rect = QRectF(left + rank_width, top, label_width, row)
            if self.mood and bar.label in MOOD_SCALE:
                face = QRectF(label_rect.left(), top + (row - face_side) / 2, face_side, face_side)
                draw_face(painter, face, MOOD_SCALE.index(bar.label), self.colors.text)
            self._draw_label(painter, label_rect.adjusted(text_left, 0, -8, 0), shown[index], label_font, least)
            painter.setFont(font)
            if bar.hidden:
                continue
            length = bar_span * bar.count / most
            bar_rect = QRectF(bar_left, top + row * 0.18, max(2.0, length), row * 0.64)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color)
            painter.drawRect(bar_rect)
            if bar.standing == "tied":
                painter.setBrush(QBrush(self.colors.background, Qt.BrushStyle.BDiagPattern))
                painter.drawRect(bar_rect)
            painter.setPen(self.colors.text)
            painter.drawText(
                QRectF(bar_rect.right() + 6, top, count_width, row),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                str(bar.count),
            )
            # The cut-off line under the last option that goes forward (or is tied across the line).
            nxt = bars[index + 1] if index + 1 < len(bars) else None
            if (
                not self.mood
                and nxt is not None
                and bar.standing in ("forward", "tied")
                and nxt.standing == "out"
                and not drawn_line
            ):
                drawn_line = True
                pen = QPen(self.colors.text, max(1.0, row * 0.04), Qt.PenStyle.DashLine)
                painter.setPen(pen)
                painter.drawLine(QPointF(0, cell.bottom()), QPointF(self.width(), cell.bottom()))
        painter.end()
