"""The idea wall: the ideas of the present phase on the projector, grouped by cluster like a pinboard.

It grows as ideas come in and always fits the screen: one text size and a
number of columns are chosen so that every card fits (see
:mod:`~zwdesktop.gui.projector.wall_layout`) with every word whole; only when
that would make the text too small to read from the back of the hall are
long words broken, at their hyphenation points (see
:mod:`~zwdesktop.gui.projector.wall_text`). Cards take their cluster's
colour with black text; Arabic and Farsi cards are laid out right-to-left.
The moderator highlights one idea or one cluster from the Ideas section;
the rest is dimmed. The layout is computed again only when something shown
changed (not on every clock tick); the wall keeps the ideas it shows and
reads from the file only the ideas a change names, so a clock tick costs
nothing however many ideas there are.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import QWidget

from ...core.ideas import Cluster, Idea, wall_groups
from ...store.changes import Area, Change
from ..clock.controller import ClockController
from ..i18n import arg
from ..ideas.context import IdeaContext
from ..ideas.delegate import WRAP_FLAGS, draw_wrapped, wrap_flags
from ..phases import phase_name
from ..session import WorkshopSession
from .modes import ProjectorMode, QuestionBlock, Theme, paint_question, question_block
from .wall_layout import MIN_PIXELS, Box, WallGroupText, WallItem, WallLayout, header_chip, layout_wall
from .wall_text import fitted_text, measure_whole_words

_MARGIN_SHARE = 0.025  # of the window's shorter side
_TITLE_SHARE = 0.06  # of the window's height
_MAX_TEXT_SHARE = 0.06  # the largest card text, of the window's height (a few ideas: big, but not a poster)
_READABLE_CAP_SHARE = 0.025  # capital letters at least this share of the height are read from 15 m
_UNCLUSTERED_CARD = QColor("#f1f3f5")
_CARD_TEXT = QColor("#000000")
_TOO_TALL = 1_000_000  # the height of a text that cannot be set at a size: it never fits


class IdeaWallMode(ProjectorMode):
    """Projector mode ``ideas``: the present phase's ideas by cluster, fitted to the window."""

    key = "ideas"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller: ClockController | None = None
        self.layout_result = WallLayout()
        self.title_text = ""
        self.question_text = ""  # the workshop's guiding question, under the title
        self.colours: dict[int, QColor | None] = {}
        self.group_keys: list[str] = []
        self.context: IdeaContext | None = None
        self._signature: object = None
        self._base = QFont(self.font())
        # (text, pixels, width, bold, hyphenate) -> (height, the text as drawn); see _fitted.
        self._measure_cache: dict[tuple[str, int, int, bool, bool], tuple[int, str]] = {}
        self._short_cache: dict[tuple[str, str, int, int], tuple[str, int]] = {}
        self._paint_fonts: dict[int, tuple[str, int]] = {}  # id of a font painted with -> (its key, line height)
        self._hints: dict[bool, int] = {}
        self._readable = (
            -1,
            MIN_PIXELS,
        )  # (window height, readable_pixels() at it)  # hyphenated or not -> the text size the last layout found
        self._hyphenate = False
        # What the wall shows, kept between ticks: the visible ideas (None: read them all at the next
        # update), the ids a change named since, and a number that grows with every change.
        self._session: WorkshopSession | None = None
        self._ideas: dict[str, Idea] | None = None
        self._clusters: list[Cluster] = []
        self._stale: set[str] = set()
        self._version = 0
        self._question_read = False  # whether question_text is the open workshop's

    def title(self) -> str:
        """The mode's name in the moderator's menus."""
        return self.tr("Idea wall")

    # ---- state -----------------------------------------------------------

    def update_state(self, controller: ClockController) -> None:
        """Show the ideas of the phase the idea context says (the running one, or the chosen one)."""
        session = controller.session
        context = session.idea_context
        if context is not self.context:
            if self.context is not None:
                # The old context went with its workshop when another file was opened: so did the connection.
                with contextlib.suppress(RuntimeError):
                    self.context.changed.disconnect(self._context_changed)
            self.context = context
            context.changed.connect(self._context_changed)
        self._controller = controller
        self._follow_session(session)
        if not self._question_read:  # read again only after a change of the workshop's details
            self.question_text = session.store.workshop().guiding_question
            self._question_read = True
        phase = context.phase()
        ideas = self._kept_ideas(session)
        signature = (
            phase,
            self._version,
            context.highlight_idea,
            context.highlight_cluster,
            self.width(),
            self.height(),
            self.theme.name,
            self.question_text,
        )
        if signature == self._signature:
            return
        self._signature = signature
        self._relayout(phase, ideas, self._clusters)

    def _follow_session(self, session: WorkshopSession) -> None:
        if session is self._session:
            return
        if self._session is not None:
            with contextlib.suppress(RuntimeError):  # gone with its workshop
                self._session.changed.disconnect(self._on_changed)
        self._session = session
        self._ideas = None
        self._question_read = False
        session.changed.connect(self._on_changed)

    def _on_changed(self, change: Change) -> None:
        # Only noted here (an Enter costs the wall nothing); the next tick reads what changed.
        if change.touches(Area.WORKSHOP):
            self._question_read = False  # the guiding question may have changed
        if not change.touches(Area.IDEAS, Area.CLUSTERS):
            return
        self._version += 1
        if change.areas == {Area.IDEAS} and change.ids:
            self._stale.update(change.ids)
        else:
            self._ideas = None

    def _kept_ideas(self, session: WorkshopSession) -> list[Idea]:
        ideas = self._ideas
        if ideas is None:
            ideas = self._ideas = {idea.id: idea for idea in session.store.ideas.all()}
            self._clusters = session.store.ideas.clusters()
            self._stale = set()
        elif self._stale:
            for idea in session.store.ideas.by_ids(self._stale):
                if idea.visible:
                    ideas[idea.id] = idea
                else:
                    ideas.pop(idea.id, None)
            self._stale = set()
        return list(ideas.values())

    def follow(self, controller: ClockController | None) -> None:
        """Forget the closed workshop's controller and what was laid out for it."""
        self._controller = controller
        self._signature = None
        self._ideas = None
        self._question_read = False

    def _context_changed(self) -> None:
        if self._controller is not None and self.isVisible():
            self.update_state(self._controller)

    def _relayout(self, phase: str, ideas: list[Idea], clusters: list[Cluster]) -> None:
        groups = wall_groups(ideas, clusters, phase)
        count = sum(len(g.ideas) for g in groups)
        self.title_text = arg(self.tr("%1 · %n ideas", "", count), phase_name(phase))
        texts = []
        self.colours = {}
        self.group_keys = []
        for index, group in enumerate(groups):
            name = group.cluster.name if group.cluster else self.tr("Without cluster")
            self.colours[index] = QColor(group.cluster.colour) if group.cluster else None
            self.group_keys.append(group.cluster.id if group.cluster else "")
            continued = arg(self.tr("%1 (continued)"), name)
            texts.append(WallGroupText(self.group_keys[-1], name, [(i.id, i.text) for i in group.ideas], continued))
        area = self.wall_rect()
        max_pixels = max(MIN_PIXELS, round(_MAX_TEXT_SHARE * max(1, self.height())))
        # Whole words first, shrinking as needed; only when that would be too small to read from the
        # back of the hall are long words hyphenated, if that allows a larger size.
        # Each search starts at the size it found last time (see layout_wall's hint).
        self._hyphenate = False
        whole = layout_wall(texts, area.width(), area.height(), self._measure, max_pixels, self._hints.get(False))
        self._hints[False] = whole.pixels
        self.layout_result = whole
        if not whole.fits or whole.pixels < self.readable_pixels():
            self._hyphenate = True
            # Only a hyphenated layout that fits would be taken: an overflowing one is not made.
            hint = self._hints.get(True)
            broken = layout_wall(texts, area.width(), area.height(), self._measure, max_pixels, hint, squeeze=False)
            self._hints[True] = broken.pixels
            if broken.fits and (not whole.fits or broken.pixels > whole.pixels):
                self.layout_result = broken
            else:
                self._hyphenate = False
        self.update()

    def readable_pixels(self) -> int:
        """The smallest text size whose capital letters are 2.5 % of the window high (readable from 15 m)."""
        if self._readable[0] == self.height():
            return self._readable[1]
        wanted = _READABLE_CAP_SHARE * self.height()
        pixels = MIN_PIXELS
        while pixels < self.height() and QFontMetrics(self.font_at(pixels)).capHeight() < wanted:
            pixels += 1
        self._readable = (self.height(), pixels)
        return pixels

    def question(self) -> QuestionBlock:
        """The guiding question as it is drawn under the title (height 0 without one)."""
        margin = round(_MARGIN_SHARE * min(self.width(), self.height()))
        return question_block(self._base, self.question_text, self.width() - 2 * margin, self.height())

    def wall_rect(self) -> QRect:
        """The area the cards go into (below the title and the guiding question, inside the margins)."""
        margin = round(_MARGIN_SHARE * min(self.width(), self.height()))
        top = round(_TITLE_SHARE * self.height())
        question = self.question()
        if question.height:
            top += question.height + margin // 2
        return QRect(margin, margin + top, max(1, self.width() - 2 * margin), max(1, self.height() - 2 * margin - top))

    def font_at(self, pixels: int, bold: bool = False) -> QFont:
        """The wall's font at a pixel size."""
        font = QFont(self._base)
        font.setPixelSize(max(1, pixels))
        font.setBold(bold)
        return font

    def _fitted(self, text: str, pixels: int, width: int, bold: bool) -> tuple[int, str]:
        # Every word whole, or (when the wall allows it) broken at a hyphenation point (wall_text); a
        # text that cannot be set so "does not fit" at this size and width, and the layout takes a
        # smaller size or more columns.
        key = (text, pixels, width, bold, self._hyphenate)
        found = self._measure_cache.get(key)
        if found is None:
            fitted = fitted_text(QFontMetrics(self.font_at(pixels, bold)), text, width, self._hyphenate)
            found = (fitted[1].height(), fitted[0]) if fitted is not None else (_TOO_TALL, text)
            if len(self._measure_cache) > 50_000:
                self._measure_cache.clear()
            self._measure_cache[key] = found
        return found

    def _measure(self, text: str, pixels: int, width: int, bold: bool) -> int:
        return self._fitted(text, pixels, width, bold)[0]

    def display_text(self, item: WallItem) -> str:
        """The card's or header's text as it is drawn: with soft hyphens where a long word is broken."""
        result = self.layout_result
        return self._fitted(item.text, result.pixels, item.text_box.w, item.kind == "header")[1]

    def item_rect(self, box: Box, area: QRect | None = None) -> QRect:
        """A layout box in window coordinates (``area``: the :meth:`wall_rect`, when it is at hand)."""
        area = area or self.wall_rect()
        return QRect(area.left() + box.x, area.top() + box.y, box.w, box.h)

    # ---- painting --------------------------------------------------------

    def apply_theme(self, theme: Theme) -> None:
        """Recolour (the cards keep their cluster colours)."""
        super().apply_theme(theme)
        self.update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Fit the wall to the new size."""
        super().resizeEvent(event)
        if self._controller is not None:
            self.update_state(self._controller)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Title, then every header and card at its place."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.theme.background)
        margin = round(_MARGIN_SHARE * min(self.width(), self.height()))
        title_height = round(_TITLE_SHARE * self.height())
        title_font = self.font_at(max(MIN_PIXELS, round(title_height * 0.62)), bold=True)
        painter.setFont(title_font)
        painter.setPen(self.theme.accent)
        title_rect = QRect(margin, margin, self.width() - 2 * margin, title_height)
        shown_title = QFontMetrics(title_font).elidedText(
            self.title_text, Qt.TextElideMode.ElideRight, title_rect.width()
        )
        painter.drawText(title_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), shown_title)
        question = self.question()
        paint_question(painter, QRect(margin, title_rect.bottom() + 1, title_rect.width(), question.height), question,
                       self.theme.muted)  # fmt: skip
        result = self.layout_result
        if not result.items:
            painter.setPen(self.theme.muted)
            painter.setFont(self.font_at(max(MIN_PIXELS, self.height() // 20)))
            painter.drawText(
                self.wall_rect(), int(Qt.AlignmentFlag.AlignCenter), self.tr("No ideas yet in this phase.")
            )
            return
        context = self.context
        highlight_idea = context.highlight_idea if context else None
        highlight_cluster = context.highlight_cluster if context else None
        highlighted_group = next(
            (n for n, key in enumerate(self.group_keys) if highlight_cluster is not None and key == highlight_cluster),
            None,
        )
        anything_highlighted = highlighted_group is not None or any(
            item.key == highlight_idea for item in result.items if item.kind == "card"
        )
        card_font = self.font_at(result.pixels)
        header_font = self.font_at(result.pixels, bold=True)
        self._paint_fonts = {id(f): (f.key(), QFontMetrics(f).height()) for f in (card_font, header_font)}
        radius = max(2, result.pixels // 4)
        area = self.wall_rect()
        for item in result.items:
            rect = self.item_rect(item.box, area)
            text_rect = self.item_rect(item.text_box, area)
            lit = item.key == highlight_idea if item.kind == "card" else False
            lit = lit or item.group == highlighted_group
            painter.setOpacity(0.35 if anything_highlighted and not lit else 1.0)
            colour = self.colours.get(item.group)
            if item.kind == "header":
                painter.setFont(header_font)
                if colour is not None:
                    chip = QRect(rect.left(), rect.top(), header_chip(result.pixels), rect.height())
                    painter.fillRect(chip, colour)
                painter.setPen(self.theme.text)
                self._draw_text(painter, text_rect, self.display_text(item), header_font, result.fits)
                continue
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour if colour is not None else _UNCLUSTERED_CARD)
            if rect.height() > 2 * radius:
                painter.drawRoundedRect(QRectF(rect), radius, radius)
            else:  # a sliver of an overflowing wall: no room for round corners
                painter.fillRect(rect, painter.brush())
            if lit and item.key == highlight_idea:
                pen = QPen(self.theme.accent, max(3, result.pixels // 4))
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(QRectF(rect).adjusted(1, 1, -1, -1), radius, radius)
            painter.setFont(card_font)
            painter.setPen(_CARD_TEXT)
            self._draw_text(painter, text_rect, self.display_text(item), card_font, result.fits)
        painter.setOpacity(1.0)

    def _draw_text(self, painter: QPainter, rect: QRect, text: str, font: QFont, fits: bool) -> None:
        if fits:
            # A text that fits was set with whole words (or at soft hyphens): wrapped at spaces only.
            draw_wrapped(painter, rect, text, flags=WRAP_FLAGS)
            return
        # An overflowing wall: the shortened text and its wrap flags are kept, so a repaint measures nothing.
        font_key, line = self._paint_fonts.get(id(font)) or (font.key(), QFontMetrics(font).height())
        if rect.height() < line // 2:
            return  # not half a line high: any text would only spill over the cards below
        key = (text, font_key, rect.width(), rect.height())
        found = self._short_cache.get(key)
        if found is None:
            if len(self._short_cache) > 20_000:
                self._short_cache.clear()
            shown = shortened(font, text, rect.width(), rect.height())
            found = self._short_cache[key] = (shown, wrap_flags(QFontMetrics(font), shown, rect.width()))
        draw_wrapped(painter, rect, found[0], flags=found[1])


def shortened(font: QFont, text: str, width: int, height: int) -> str:
    """``text`` cut at a word with "…" until it fits ``width`` × ``height`` (only when the wall overflows)."""
    metrics = QFontMetrics(font)

    def fits(candidate: str) -> bool:
        needed = measure_whole_words(metrics, candidate, width)
        return needed is not None and needed.height() <= height

    if height < metrics.height():
        return "…"  # not even one line fits: no shorter text would
    if fits(text):
        return text
    words = text.split()
    while words:
        words.pop()
        candidate = " ".join(words) + " …"
        if fits(candidate):
            return candidate
    return "…"
