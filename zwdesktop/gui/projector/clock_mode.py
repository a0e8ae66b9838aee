"""The clock on the projector: phase, item, a countdown readable from the back of the hall, what comes next.

The picture, top to bottom: the phase (left) and the time of day (right),
the current item's title, the countdown (its digits about a third of the
window high), a status line ("Paused"), the next item and the guiding
question. Every font is fitted to the window on each resize, so the same
picture works on a 4:3 beamer, a 16:9 screen and a small window on the laptop.
"""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from msgspec import Struct
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from ...core.clock import ClockLevel, ClockStatus, format_countdown
from ..clock.controller import ClockController
from ..i18n import arg
from ..phases import phase_over_title
from .modes import ProjectorMode, Theme, elide_to_fit, fit_font, fits

# Shares of the inner height (window height less the margins), top to bottom; the guiding
# question gets what is left.
_TOP_SHARE = 0.075
_TITLE_SHARE = 0.11
_COUNTDOWN_SHARE = 0.48
_STATUS_SHARE = 0.07
_NEXT_SHARE = 0.09
# Largest font sizes (shares of the window height) for texts that would otherwise grow to
# fill their row: the next item and the question must stay smaller than the item's title.
_NEXT_MAX = 0.055
_QUESTION_MAX = 0.05
_QUESTION_MIN = 0.022
# Status words ("Starting soon", "Thank you!") in the countdown's place: big, but not digit-big.
_WORDS_MAX = 0.2
# The countdown keeps a little air at the sides, and more above and below its ink so that it
# does not crowd the title: the digits come out at about 38 % of the window height at 16:9.
_COUNTDOWN_FILL_WIDTH = 0.96
_COUNTDOWN_FILL_HEIGHT = 0.86
_DIGITS = re.compile(r"\d")


class _Fit(Struct):
    """How one label's font is fitted to its place."""

    max_share: float | None = None  # largest pixel size as a share of the window height (None: the row's height)
    min_share: float = 0.02  # smallest pixel size before the text is shortened instead
    wrap: bool = False


class _FittedLabel(QLabel):
    """A label whose font is fitted to its rectangle; keeps the full text to refit after a resize."""

    def __init__(self, owner: QWidget, alignment: Qt.AlignmentFlag, fit: _Fit, font: QFont) -> None:
        super().__init__(owner)
        self._owner = owner
        self.fit = fit
        self.full_text = ""
        # The text to fit the font to, when it is not the text itself (see ClockMode._countdown_measure).
        self.measure_text: str | None = None
        self.base_font = QFont(font)
        self.setAlignment(alignment)
        self.setWordWrap(fit.wrap)
        self.setTextFormat(Qt.TextFormat.PlainText)
        # Geometry comes from ClockMode._relayout; the size hint of a 400 px font must not stop
        # the window from becoming small.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)

    def set_full_text(self, text: str, measure: str | None = None) -> None:
        """Show ``text``, fitted anew only when the text or its measure changed (this runs four times a second)."""
        if text == self.full_text and measure == self.measure_text:
            return
        # A countdown whose form is the same ("12:34" → "12:33") keeps its size.
        same_form = measure is not None and measure == self.measure_text
        self.full_text, self.measure_text = text, measure
        if same_form:
            self.setText(text)
        else:
            self.refit()

    def _box(self) -> tuple[int, int]:
        return max(1, self.width()), max(1, self.height())

    def _pixel_range(self, height: int) -> tuple[int, int]:
        window_height = max(1, self._owner.height())
        max_pixels = height if self.fit.max_share is None else min(height, round(self.fit.max_share * window_height))
        min_pixels = min(max_pixels, max(8, round(self.fit.min_share * window_height)))
        return max(1, max_pixels), min_pixels

    def refit(self) -> None:
        """Fit the font to the label's current rectangle and shorten the text if it still does not fit."""
        width, height = self._box()
        max_pixels, min_pixels = self._pixel_range(height)
        measure = self.measure_text if self.measure_text is not None else self.full_text
        font = fit_font(
            self.base_font,
            measure or "X",
            width,
            height,
            max_pixels=max_pixels,
            min_pixels=min_pixels,
            wrap=self.fit.wrap,
        )
        self.setFont(font)
        shown = self.full_text
        if not fits(font, shown, width, height, wrap=self.fit.wrap):
            shown = elide_to_fit(font, shown, width, height, wrap=self.fit.wrap)
        self.setText(shown)

    def set_color(self, color: QColor) -> None:
        """Draw the text in ``color``."""
        palette = self.palette()
        if palette.color(QPalette.ColorRole.WindowText) != color:
            palette.setColor(QPalette.ColorRole.WindowText, color)
            self.setPalette(palette)


class _CountdownLabel(_FittedLabel):
    """The big countdown, painted by its ink so the digits may use the whole height of their row.

    A label centres a line box that is a third taller than digits (room for
    accents and descenders the countdown never has); painting the glyphs
    centred by their own outline gives the digits that third.
    """

    def refit(self) -> None:
        """Fit the font so that the ink of the measure text fills the rectangle (less a little air)."""
        width, height = self._box()
        width, height = max(1, int(width * _COUNTDOWN_FILL_WIDTH)), max(1, int(height * _COUNTDOWN_FILL_HEIGHT))
        window_height = max(1, self._owner.height())
        max_pixels = 4 * height if self.fit.max_share is None else round(self.fit.max_share * window_height)
        min_pixels = min(max_pixels, max(8, round(self.fit.min_share * window_height)))
        measure = self.measure_text if self.measure_text is not None else self.full_text
        font = fit_font(
            self.base_font, measure or "X", width, height, max_pixels=max_pixels, min_pixels=min_pixels, tight=True
        )
        self.setFont(font)
        shown = self.full_text
        if not fits(font, shown, width, height, tight=True):
            shown = elide_to_fit(font, shown, width, height, tight=True)
        self.setText(shown)

    def _origin(self) -> QPoint:
        # The baseline point that centres the text's ink: horizontally the text itself, vertically
        # the measure text, so that the digits stay put while the number changes.
        metrics = QFontMetrics(self.font())
        text = self.text()
        ink = metrics.boundingRect(text)
        vertical = metrics.tightBoundingRect(self.measure_text or text or "X")
        x = (self.width() - ink.width()) // 2 - ink.left()
        y = (self.height() - vertical.height()) // 2 - vertical.top()
        return QPoint(x, y)

    def text_rect(self) -> QRect:
        """Where the text's ink lies, in the label's coordinates."""
        return QFontMetrics(self.font()).tightBoundingRect(self.text()).translated(self._origin())

    def paintEvent(self, event: QPaintEvent) -> None:
        """Paint the text centred by its ink."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setFont(self.font())
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        painter.drawText(self._origin(), self.text())
        painter.end()


class ClockMode(ProjectorMode):
    """The agenda clock for the hall: current phase and item, big countdown, next item, guiding question, time of day.

    The countdown is coloured by :class:`~zwdesktop.core.clock.ClockLevel`
    (normal, warning, alert) in the current theme. Before the start it reads
    "Starting soon", after the end "Thank you!"; while paused a status line
    says so.
    """

    key = "clock"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.level: ClockLevel | None = None
        self._zones: dict[str, dt.tzinfo] = {}
        bold = QFont(self.font())
        bold.setWeight(QFont.Weight.Bold)
        # Tabular figures: every digit equally wide, so the countdown does not wobble as it runs.
        bold.setFeature(QFont.Tag("tnum"), 1)
        plain = QFont(self.font())
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        center = Qt.AlignmentFlag.AlignCenter
        self.phase_label = _FittedLabel(self, left, _Fit(min_share=0.02), bold)
        self.clock_label = _FittedLabel(self, right, _Fit(min_share=0.02), bold)
        self.title_label = _FittedLabel(self, center, _Fit(min_share=0.045), bold)
        self.countdown_label = _CountdownLabel(self, center, _Fit(min_share=0.05), bold)
        self.status_label = _FittedLabel(self, center, _Fit(min_share=0.03), bold)
        self.next_label = _FittedLabel(self, center, _Fit(max_share=_NEXT_MAX, min_share=0.025), plain)
        self.question_label = _FittedLabel(
            self, center, _Fit(max_share=_QUESTION_MAX, min_share=_QUESTION_MIN, wrap=True), plain
        )
        self._widest_digit = self._find_widest_digit(bold)
        self.apply_theme(self.theme)

    @staticmethod
    def _find_widest_digit(font: QFont) -> str:
        # Should the font lack tabular figures, the countdown is fitted to its widest digit so that
        # no later value of the same form can overflow the size fitted now.
        probe = QFont(font)
        probe.setPixelSize(200)
        metrics = QFontMetrics(probe)
        return max("0123456789", key=metrics.horizontalAdvance)

    def title(self) -> str:
        """The mode's name for the moderator's menus."""
        return self.tr("Clock")

    # ---- content -----------------------------------------------------

    def _zone(self, name: str) -> dt.tzinfo:
        if name not in self._zones:
            try:
                self._zones[name] = ZoneInfo(name)
            except (ZoneInfoNotFoundError, ValueError):
                # A file from elsewhere with a zone this computer does not know: local time is the best guess.
                self._zones[name] = dt.datetime.now().astimezone().tzinfo or dt.UTC
        return self._zones[name]

    def _countdown_measure(self, text: str) -> str:
        # The widest text of the same form (every digit the widest one): the size changes only
        # when the form does — at the start of an overrun (the minus) or below one hour.
        return _DIGITS.sub(self._widest_digit, text)

    def update_state(self, controller: ClockController) -> None:
        """Show the clock's current state: item, countdown and level, next item, guiding question, time of day."""
        state = controller.state
        workshop = controller.workshop
        item = controller.item(state.current_item_id)
        upcoming = controller.next_item()
        level: ClockLevel | None = None
        status_text = phase_text = ""
        if state.status in (ClockStatus.RUNNING, ClockStatus.PAUSED):
            title_text = item.title if item else workshop.title
            phase_text = phase_over_title(item.phase, item.title) if item else ""
            countdown = format_countdown(state.item_remaining_seconds) if item else ""
            self.countdown_label.fit.max_share = None
            self.countdown_label.set_full_text(countdown, self._countdown_measure(countdown))
            level = state.level
            if state.status is ClockStatus.PAUSED:
                status_text = self.tr("Paused")
        else:
            title_text = workshop.title
            words = self.tr("Starting soon") if state.status is ClockStatus.NOT_STARTED else self.tr("Thank you!")
            self.countdown_label.fit.max_share = _WORDS_MAX
            self.countdown_label.set_full_text(words)
        if upcoming is not None and state.status is not ClockStatus.FINISHED:
            next_text = arg(self.tr("Up next: %1"), upcoming.title)
        else:
            next_text = ""
        self.phase_label.set_full_text(phase_text)
        self.title_label.set_full_text(title_text)
        self.status_label.set_full_text(status_text)
        self.next_label.set_full_text(next_text)
        self.question_label.set_full_text(" ".join(workshop.guiding_question.split()))
        self.clock_label.set_full_text(state.now.astimezone(self._zone(workshop.timezone)).strftime("%H:%M"))
        self._show_level(level)

    def _show_level(self, level: ClockLevel | None) -> None:
        self.level = level
        self.countdown_label.set_color(self.level_color(level))

    def level_color(self, level: ClockLevel | None) -> QColor:
        """The countdown's colour for ``level`` in the current theme (None: status words, no countdown)."""
        if level is ClockLevel.WARNING:
            return self.theme.warning
        if level is ClockLevel.ALERT:
            return self.theme.alert
        return self.theme.text

    def countdown_color(self) -> QColor:
        """The colour the countdown is drawn in now."""
        return self.countdown_label.palette().color(QPalette.ColorRole.WindowText)

    def countdown_text_rect(self) -> QRect:
        """Where the countdown's ink lies, in the countdown label's coordinates."""
        return self.countdown_label.text_rect()

    # ---- look --------------------------------------------------------

    def apply_theme(self, theme: Theme) -> None:
        """Recolour every part in ``theme``."""
        super().apply_theme(theme)
        self.phase_label.set_color(theme.accent)
        self.clock_label.set_color(theme.text)
        self.title_label.set_color(theme.text)
        self.status_label.set_color(theme.accent)
        self.next_label.set_color(theme.muted)
        self.question_label.set_color(theme.muted)
        self._show_level(self.level)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Lay the picture out anew and fit every font to the new size."""
        super().resizeEvent(event)
        self._relayout()

    def _relayout(self) -> None:
        width, height = self.width(), self.height()
        margin_x = max(8, round(width * 0.03))
        margin_y = max(6, round(height * 0.035))
        inner_width = max(1, width - 2 * margin_x)
        inner_height = max(1, height - 2 * margin_y)
        y = margin_y

        def row(share: float) -> QRect:
            nonlocal y
            rect = QRect(margin_x, y, inner_width, max(1, round(share * inner_height)))
            y += rect.height()
            return rect

        top = row(_TOP_SHARE)
        # Phase and time of day share the top row; the time needs only a quarter of it.
        clock_width = max(1, inner_width // 4)
        self.phase_label.setGeometry(top.adjusted(0, 0, -clock_width, 0))
        self.clock_label.setGeometry(top.adjusted(inner_width - clock_width, 0, 0, 0))
        self.title_label.setGeometry(row(_TITLE_SHARE))
        self.countdown_label.setGeometry(row(_COUNTDOWN_SHARE))
        self.status_label.setGeometry(row(_STATUS_SHARE))
        self.next_label.setGeometry(row(_NEXT_SHARE))
        self.question_label.setGeometry(QRect(margin_x, y, inner_width, max(1, height - margin_y - y)))
        for label in self.findChildren(_FittedLabel):
            label.refit()
