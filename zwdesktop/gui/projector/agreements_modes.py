"""Two projector modes for the last twenty minutes: "Verabredungen" and "Anmeldung".

**Verabredungen** shows the agreements large: each group's title, its contact
person and its first meeting (or that one is still missing). **Anmeldung**
shows one tile per group with its QR codes — scan to sign up (web address or
mail), scan to put the first meeting in your calendar (a bare VEVENT) — and
the mailing list's code last, every module large enough for a phone at the
back of the hall (:mod:`.signup_layout`). With more groups than fit, the
picture turns the page every few seconds by the clock (no timer of its own).
"""

from __future__ import annotations

import datetime as dt
import math

from msgspec import Struct
from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtGui import QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from ...core.agreements import AgreementBundle
from ...core.agreements_payloads import SignupCode, signup_codes
from ...core.workshop import Workshop
from ..agreements.texts import meeting_line
from ..clock.controller import ClockController
from ..i18n import arg
from .modes import ProjectorMode, QuestionBlock, elide_to_fit, fit_font, paint_question, question_block
from .qr_painter import QUIET_MODULES, paint_qr, qr_matrix
from .signup_layout import MAX_MODULE_SHARE, Box, Metrics, PlacedTile, min_module, paginate, place

PAGE_SECONDS = 12  # how long one page of groups stays up when not all fit
CARDS_PER_PAGE = 6


def _page(count: int, per_page: int, now: dt.datetime) -> tuple[int, int]:
    """The page to show now and the number of pages."""
    pages = max(1, math.ceil(count / per_page))
    return int(now.timestamp() // PAGE_SECONDS) % pages, pages


class _PaintedMode(ProjectorMode):
    """A mode that paints its picture; keeps what it last showed for tests and repaints on change."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workshop: Workshop | None = None
        self.bundles: list[AgreementBundle] = []
        self.page, self.pages = 0, 1
        self._signature: object = None
        self.base = QFont(self.font())

    def update_state(self, controller: ClockController) -> None:
        """Read the agreements (only when the file changed, or the page turns) and repaint."""
        store = controller.session.store
        workshop = store.workshop()
        bundles = [b for b in store.agreements.bundles() if b.agreement.status != "dropped"]
        page, pages = _page(self._count(bundles, workshop), self._per_page(), controller.state.now)
        signature = (workshop, bundles, page)
        if signature != self._signature:
            self._signature = signature
            self.workshop, self.bundles, self.page, self.pages = workshop, bundles, page, pages
            self.update()

    def _count(self, bundles: list[AgreementBundle], workshop: Workshop) -> int:
        return len(bundles)

    def _per_page(self) -> int:
        return CARDS_PER_PAGE

    def _font(self, text: str, width: int, height: int, max_px: int, bold: bool = False, wrap: bool = False) -> QFont:
        base = QFont(self.base)
        base.setBold(bold)
        return fit_font(base, text or "X", max(1, width), max(1, height), max_pixels=max(8, max_px), min_pixels=10,
                        wrap=wrap)  # fmt: skip

    def _text(
        self, painter: QPainter, rect: QRect, text: str, max_px: int, color: object, *, bold: bool = False,
        wrap: bool = False, align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
        valign: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignVCenter,
    ) -> QRect:  # fmt: skip
        """Draw ``text`` as large as it fits in ``rect`` (up to ``max_px``); returns where its lines stand."""
        font = self._font(text, rect.width(), rect.height(), max_px, bold, wrap)
        shown = elide_to_fit(font, text, rect.width(), rect.height(), wrap=wrap)
        painter.setFont(font)
        painter.setPen(color)  # type: ignore[call-overload]
        flags = int(align | valign) | (int(Qt.TextFlag.TextWordWrap) if wrap else 0)
        return painter.drawText(rect, flags, shown)

    def question(self) -> QuestionBlock:
        """The guiding question as it is drawn under the heading (height 0 without one)."""
        question = self.workshop.guiding_question if self.workshop else ""
        margin_x = max(8, round(self.width() * 0.03))
        return question_block(self.base, question, self.width() - 2 * margin_x, self.height())

    def _content_top(self) -> int:
        """Where the content starts: below the heading and the guiding question under it."""
        h = self.height()
        top = max(6, round(h * 0.035)) + round(h * 0.09)
        question = self.question()
        if question.height:
            top += round(h * 0.005) + question.height
        return top + round(h * 0.02)

    def _heading(self, painter: QPainter, title: str) -> QRect:
        """Paint the mode's heading, the page number and the guiding question; returns the area left below."""
        w, h = self.width(), self.height()
        margin_x, margin_y = max(8, round(w * 0.03)), max(6, round(h * 0.035))
        head = QRect(margin_x, margin_y, w - 2 * margin_x, round(h * 0.09))
        question = self.question()
        paint_question(painter, QRect(margin_x, head.bottom() + round(h * 0.005), head.width(), question.height),
                       question, self.theme.muted)  # fmt: skip
        # The page number keeps a place of its own at the right: a long (German) title never runs into it.
        counter = round(w * 0.07) if self.pages > 1 else 0
        self._text(painter, head.adjusted(0, 0, -counter, 0), title, round(h * 0.07), self.theme.accent, bold=True)
        if self.pages > 1:
            self._text(painter, head, f"{self.page + 1}/{self.pages}", round(h * 0.045), self.theme.muted,
                       align=Qt.AlignmentFlag.AlignRight)  # fmt: skip
        top = self._content_top()
        return QRect(margin_x, top, w - 2 * margin_x, h - top - margin_y)

    @staticmethod
    def _grid(area: QRect, count: int, columns: int, gap: int) -> list[QRect]:
        rows = max(1, math.ceil(count / columns))
        cell_w = (area.width() - (columns - 1) * gap) // columns
        cell_h = (area.height() - (rows - 1) * gap) // rows
        return [
            QRect(area.x() + (i % columns) * (cell_w + gap), area.y() + (i // columns) * (cell_h + gap), cell_w, cell_h)
            for i in range(count)
        ]


class AgreementsMode(_PaintedMode):
    """ "Verabredungen": the groups with their contact person and first meeting, large."""

    key = "agreements"

    def title(self) -> str:
        """The mode's name for the moderator's menus."""
        return self.tr("Agreements")

    @staticmethod
    def _inner(rect: QRect) -> QRect:
        """A card's text area inside its frame."""
        return rect.adjusted(rect.width() // 24, rect.height() // 14, -rect.width() // 24, -rect.height() // 14)

    def visible_bundles(self) -> list[AgreementBundle]:
        """The groups on the current page."""
        return self.bundles[self.page * CARDS_PER_PAGE : (self.page + 1) * CARDS_PER_PAGE]

    def paintEvent(self, event: QPaintEvent) -> None:
        """The heading, then one card per group in a grid."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        area = self._heading(painter, self.tr("Our agreements"))
        shown = self.visible_bundles()
        if not shown:
            self._text(painter, area, self.tr("No agreements yet."), round(self.height() * 0.06), self.theme.muted,
                       align=Qt.AlignmentFlag.AlignCenter)  # fmt: skip
            painter.end()
            return
        columns = 1 if len(shown) == 1 else 2 if len(shown) <= 4 else 3
        gap = round(self.width() * 0.02)
        zone = self.workshop.timezone if self.workshop else "Europe/Berlin"
        cards = [(rect, self._inner(rect), bundle) for rect, bundle in
                 zip(self._grid(area, len(shown), columns, gap), shown, strict=True)]  # fmt: skip
        # Every card's contact at one size, the largest at which each fits (two lines if need be): on one
        # line, a long role shrank its name to a size the hall could not read, and sizes differed card to card.
        contacts = [(inner, _contact(bundle)) for _rect, inner, bundle in cards]
        contact_px = min((self._font(text, inner.width(), round(inner.height() * 0.2), round(self.height() * 0.032),
                                     wrap=True).pixelSize() for inner, text in contacts if text),
                         default=round(self.height() * 0.032))  # fmt: skip
        for (rect, inner, bundle), (_same_inner, contact) in zip(cards, contacts, strict=True):
            painter.setPen(self.theme.muted)
            painter.drawRoundedRect(rect.adjusted(0, 0, -1, -1), 12, 12)
            h = inner.height()
            # Title, contact and first meeting one below the other, each from where the one above ends and
            # with the same gap: centred in fixed rows, a contact on two lines ran into a meeting on three.
            top = Qt.AlignmentFlag.AlignTop
            gap = round(h * 0.06)
            title_rect = QRect(inner.x(), inner.y(), inner.width(), round(h * 0.36))
            y = self._text(painter, title_rect, bundle.agreement.title, round(self.height() * 0.055),
                           self.theme.text, bold=True, wrap=True, valign=top).bottom() + gap  # fmt: skip
            if contact:
                y = self._text(painter, QRect(inner.x(), y, inner.width(), round(h * 0.2)), contact, contact_px,
                               self.theme.muted, wrap=True, valign=top).bottom() + gap  # fmt: skip
            first = bundle.first_meeting
            if first is not None:
                text = arg(self.tr("First meeting: %1"), meeting_line(first, zone))
                color = self.theme.accent
            else:
                text = "⚠ " + self.tr("First meeting still to be agreed")
                color = self.theme.warning
            self._text(painter, QRect(inner.x(), y, inner.width(), inner.bottom() - y), text,
                       round(self.height() * 0.036), color, bold=True, wrap=True, valign=top)  # fmt: skip
        painter.end()


def _contact(bundle: AgreementBundle) -> str:
    """ "Contact: Maria Schmid (Integrationsbeauftragte)", or "" without a contact person."""
    a = bundle.agreement
    contact = a.contact_name.strip()
    if not contact:
        return ""
    if a.contact_role.strip():
        contact += f" ({a.contact_role.strip()})"
    return arg(QCoreApplication.translate("AgreementsMode", "Contact: %1"), contact)


class _Tile(Struct, frozen=True):
    title: str
    codes: tuple[SignupCode, ...]


class SignupMode(_PaintedMode):
    """ "Anmeldung": per group its sign-up and calendar codes, and the mailing list's code."""

    key = "signup"

    def title(self) -> str:
        """The mode's name for the moderator's menus."""
        return self.tr("Sign-up")

    def _tiles(self) -> list[_Tile]:
        if self.workshop is None:
            return []
        codes = signup_codes(self.bundles, self.workshop, self.workshop.minutes_language)
        tiles: list[_Tile] = []
        for code in codes:
            if code.kind == "mailing_list":
                tiles.append(_Tile(self.tr("Mailing list"), (code,)))
            elif tiles and tiles[-1].title == code.title and tiles[-1].codes[0].kind != "mailing_list":
                tiles[-1] = _Tile(code.title, (*tiles[-1].codes, code))
            else:
                tiles.append(_Tile(code.title, (code,)))
        return tiles

    def _count(self, bundles: list[AgreementBundle], workshop: Workshop) -> int:
        # Pages of whole groups, as many as fit with modules large enough for the back of the hall.
        self.workshop, self.bundles = workshop, bundles
        return len(self._pages())

    def _per_page(self) -> int:
        return 1  # _count gives pages, not tiles

    def _metrics(self) -> Metrics:
        h = self.height()
        return Metrics(title_h=round(h * 0.06), caption_h=round(h * 0.05), gap=round(self.width() * 0.02),
                       inner_gap=round(self.width() * 0.012))  # fmt: skip

    def _code_area(self) -> QRect:
        w, h = self.width(), self.height()
        margin_x, margin_y = max(8, round(w * 0.03)), max(6, round(h * 0.035))
        top = self._content_top()  # below the heading and the question (see _heading)
        return QRect(margin_x, top, w - 2 * margin_x, h - top - margin_y)

    @staticmethod
    def _modules(tile: _Tile) -> list[int]:
        return [len(qr_matrix(code.payload)) + 2 * QUIET_MODULES for code in tile.codes]

    def _pages(self) -> list[list[int]]:
        tiles = [self._modules(tile) for tile in self._tiles()]
        area = self._code_area()
        return paginate(tiles, area.width(), area.height(), min_module(self.width()), self._metrics())

    def _page_tiles(self) -> list[_Tile]:
        tiles, pages = self._tiles(), self._pages()
        if not pages:
            return []
        return [tiles[i] for i in pages[min(self.page, len(pages) - 1)]]

    def visible_payloads(self) -> list[str]:
        """The QR payloads on the current page, in order (for tests and checks)."""
        return [code.payload for tile in self._page_tiles() for code in tile.codes]

    def module_pixels(self) -> int:
        """The size of one module on the current page, in pixels."""
        return self._placed()[0]

    def _placed(self) -> tuple[int, list[PlacedTile]]:
        tiles = self._page_tiles()
        if not tiles:
            return 0, []
        area = self._code_area()
        box = Box(area.x(), area.y(), area.width(), area.height())
        biggest = max(min_module(self.width()), math.floor(self.width() * MAX_MODULE_SHARE))
        modules = [self._modules(tile) for tile in tiles]
        return place(modules, list(range(len(tiles))), box, min_module(self.width()), self._metrics(), biggest)

    def _caption(self, kind: str) -> str:
        if kind == "calendar":
            return self.tr("First meeting into your calendar")
        if kind == "mailing_list":
            return self.tr("Join the mailing list (e-mail)")
        return self.tr("Sign up")

    def paintEvent(self, event: QPaintEvent) -> None:
        """The heading, then the tiles with their codes."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        area = self._heading(painter, self.tr("Join in – scan with your phone's camera"))
        tiles = self._page_tiles()
        if not tiles:
            self._text(painter, area, self.tr("No sign-up codes yet: give a group a web address or e-mail to sign up."),
                       round(self.height() * 0.045), self.theme.muted, wrap=True,
                       align=Qt.AlignmentFlag.AlignCenter)  # fmt: skip
            painter.end()
            return
        _module, placed = self._placed()
        for spot in placed:
            tile = tiles[spot.index]
            title = QRect(spot.title.x, spot.title.y, spot.title.w, spot.title.h)
            self._text(painter, title, tile.title, round(self.height() * 0.04), self.theme.text, bold=True,
                       align=Qt.AlignmentFlag.AlignCenter)  # fmt: skip
            for code, square, under in zip(tile.codes, spot.codes, spot.captions, strict=True):
                paint_qr(painter, QRect(square.x, square.y, square.w, square.h), code.payload)
                caption = QRect(under.x, under.y, under.w, under.h)
                self._text(painter, caption, self._caption(code.kind), round(self.height() * 0.026), self.theme.muted,
                           align=Qt.AlignmentFlag.AlignCenter, wrap=True)  # fmt: skip
        painter.end()
