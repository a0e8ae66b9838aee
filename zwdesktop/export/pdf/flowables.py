"""reportlab flowables that draw text through our fallback, bidi and wrapping, and vector QR codes."""

from __future__ import annotations

import hashlib
import io
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from msgspec import Struct
from msgspec.structs import replace
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table

from ...core.qr_matrix import QUIET_MODULES, dark_runs, qr_matrix
from .alt_text import qr_alt
from .fonts import FontSet, font_set
from .table_tags import DATA, LAYOUT, TableTags
from .tagging import Element, Tagger, link_spans, passage_language, tagger_of
from .text import Line, needs_shaping, visual, wrap_text

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#52606d")
ACCENT = colors.HexColor("#1d5f8a")
RULE = colors.HexColor("#cbd2d9")


class TextStyle(Struct, frozen=True):
    """How a block of text looks. ``align`` is ``start`` (left, or right for right-to-left text), ``center`` or ``end``."""

    size: float = 10.0
    bold: bool = False
    leading_factor: float = 1.38
    color: Any = INK
    align: str = "start"
    space_before: float = 0.0
    space_after: float = 0.0
    # What the text is in the tagged PDF: P, H1–H3, LI (a list item), LI+ (a note under the last item).
    role: str = "P"

    @property
    def leading(self) -> float:
        """The distance between baselines."""
        return self.size * self.leading_factor

    def but(self, **changes: Any) -> TextStyle:
        """A copy with some values changed."""
        return replace(self, **changes)


BODY = TextStyle()
SMALL = TextStyle(size=8.5, color=MUTED)


def table(
    rows: list[list[Any]], col_widths: Any, *, kind: str = LAYOUT, row_headers: bool = False,
    keys: list[str] | None = None, **kwargs: Any,
) -> Table:  # fmt: skip
    """A reportlab table whose own font is the shipped main font, tagged as ``kind``.

    ``kind`` is :data:`~.table_tags.DATA` for a table of facts (its header
    rows are ``repeatRows``; without any, ``row_headers`` makes the first
    column the row headers), :data:`~.table_tags.LAYOUT` for cells that only
    stand side by side (a code and its text), or ``toc`` (``keys`` the
    bookmark of each row). reportlab sets each cell's font even when the
    cell holds only our flowables; left at its default that is Helvetica,
    which then appears in the PDF as a font that is not embedded.
    """
    # A row taller than a page (a 2,000-character purpose beside a narrow label) splits inside the row.
    kwargs.setdefault("splitInRow", 1)
    header_rows = kwargs.get("repeatRows", 0) if kind == DATA else 0
    tags = TableTags(kind, header_rows=header_rows if isinstance(header_rows, int) else 0,
                     row_headers=row_headers, keys=keys)  # fmt: skip
    result = Table(rows, colWidths=col_widths, renderCB=tags, **kwargs)
    result.setStyle([("FONTNAME", (0, 0), (-1, -1), font_set().main())])
    return result


def measure_for(style: TextStyle, fonts: FontSet | None = None) -> Any:
    """The width function of shaped text in ``style``."""
    fonts = fonts or font_set()
    return lambda text: fonts.width(text, style.size, style.bold)


def _aligned_x(x: float, width: float, total: float, style: TextStyle, rtl: bool) -> float:
    align = style.align
    if align == "start":
        align = "right" if rtl else "left"
    elif align == "end":
        align = "left" if rtl else "right"
    if align == "right":
        return x + width - total
    if align == "center":
        return x + (width - total) / 2
    return x


def _draw_runs(canvas: Any, x: float, y: float, text: str, style: TextStyle, fonts: FontSet) -> float:
    """Draw visual-order ``text`` from ``x`` in font runs; returns the x after it."""
    for run in fonts.runs(text, style.bold):
        canvas.setFont(run.font, style.size)
        canvas.drawString(x, y, run.text)
        x += canvas.stringWidth(run.text, run.font, style.size)
    return x


def _runs_width(canvas: Any, text: str, style: TextStyle, fonts: FontSet) -> float:
    return float(sum(canvas.stringWidth(run.text, run.font, style.size) for run in fonts.runs(text, style.bold)))


def draw_line(
    canvas: Any, x: float, y: float, width: float, text: str, style: TextStyle, rtl: bool, fonts: FontSet | None = None
) -> None:
    """Draw one line (logical order) at baseline ``y`` inside ``[x, x + width]``, aligned by ``style``.

    The line is turned into visual order, split into font runs and drawn
    run by run from the left.
    """
    fonts = fonts or font_set()
    shown = visual(text, rtl)
    total = _runs_width(canvas, shown, style, fonts)
    canvas.setFillColor(style.color)
    _draw_runs(canvas, _aligned_x(x, width, total, style, rtl), y, shown, style, fonts)


def _draw_tagged_line(
    canvas: Any, tagger: Tagger, element: Element, y: float, width: float, text: str, style: TextStyle, rtl: bool
) -> None:
    """One line as marked content of ``element``: its addresses as links, reordered text with ``/ActualText``."""
    if needs_shaping(text):
        # Drawn reshaped and reordered: the marked content says what was typed, in reading order.
        lang = "" if element.lang else passage_language(text)
        with tagger.marked(canvas, element, actual_text=text, lang=lang):
            draw_line(canvas, 0, y, width, text, style, rtl)
        return
    spans = link_spans(text)
    if not spans:
        with tagger.marked(canvas, element):
            draw_line(canvas, 0, y, width, text, style, rtl)
        return
    fonts = font_set()
    canvas.setFillColor(style.color)
    x = _aligned_x(0, width, _runs_width(canvas, text, style, fonts), style, rtl)
    pieces: list[tuple[str, str]] = []
    done = 0
    for start, end, target in spans:
        pieces += [(text[done:start], ""), (text[start:end], target)]
        done = end
    pieces.append((text[done:], ""))
    for piece, target in pieces:
        if not piece:
            continue
        if not target:
            with tagger.marked(canvas, element):
                x = _draw_runs(canvas, x, y, piece, style, fonts)
            continue
        link = element.add("Link", alt=piece, url=target)
        start_x = x
        with tagger.marked(canvas, link):
            x = _draw_runs(canvas, x, y, piece, style, fonts)
        tagger.link_url(canvas, link, target, (start_x, y - style.size * 0.25, x, y + style.size * 0.85))


class TextBlock(Flowable):  # type: ignore[misc]
    """A paragraph of user text in any script: wraps, splits across pages, never parses markup.

    ``outline`` (level, key) makes it a heading: the document adds it to the
    table of contents and the PDF outline. ``role`` (default: the style's)
    is what it is in the tagged PDF; its parts after a page break belong to
    the same structure element.
    """

    def __init__(
        self, text: str, style: TextStyle = BODY, outline: tuple[int, str] | None = None, role: str | None = None
    ) -> None:
        super().__init__()
        self.text = text
        self.style = style
        self.outline = outline
        self.role = role or style.role
        self.token: object = self
        self._tags: tuple[str, bool] | None = None  # (passage language, whether a line needs more than one mark)
        self._lines: list[tuple[Line, bool]] | None = None
        self._for_width = -1.0
        self.spaceBefore = style.space_before
        self.spaceAfter = style.space_after
        if outline is not None:
            self.keepWithNext = True

    def tag_facts(self) -> tuple[str, bool]:
        """The paragraph's language when in Arabic script, and whether any line is reordered or has an address."""
        if self._tags is None:
            special = needs_shaping(self.text) or bool(link_spans(self.text))
            self._tags = (passage_language(self.text), special)
        return self._tags

    def _layout(self, width: float) -> list[tuple[Line, bool]]:
        if self._lines is None or abs(self._for_width - width) > 0.01:
            self._lines = wrap_text(self.text, max(width, 1.0), measure_for(self.style))
            self._for_width = width
        return self._lines

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        """Lay the text out for ``availWidth``; the height is the number of lines times the leading."""
        lines = self._layout(availWidth)
        self.width = availWidth
        self.height = len(lines) * self.style.leading
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        """Split between lines when the block does not fit (headings never split)."""
        lines = self._layout(availWidth)
        fit = int(availHeight // self.style.leading)
        if self.outline is not None or fit < 2 or fit >= len(lines) or len(lines) - fit < 2:
            return []
        first = _LinesBlock(lines[:fit], self.style, self)
        rest = _LinesBlock(lines[fit:], self.style, self)
        rest.spaceBefore = 0
        first.spaceAfter = 0
        return [first, rest]

    def draw(self) -> None:
        """Draw the lines from the top."""
        _draw_lines(self.canv, self._layout(self.width), self.style, self.width, self)


class _LinesBlock(Flowable):  # type: ignore[misc]
    """Already wrapped lines (the parts of a split :class:`TextBlock`)."""

    def __init__(self, lines: list[tuple[Line, bool]], style: TextStyle, whole: TextBlock) -> None:
        super().__init__()
        self.lines = lines
        self.style = style
        self.whole = whole  # the block it was split from: one structure element for all parts
        self.spaceBefore = style.space_before
        self.spaceAfter = style.space_after

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        """The height of the lines."""
        self.width = availWidth
        self.height = len(self.lines) * self.style.leading
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        """Split again between lines."""
        fit = int(availHeight // self.style.leading)
        if fit < 1 or fit >= len(self.lines):
            return []
        return [
            _LinesBlock(self.lines[:fit], self.style, self.whole),
            _LinesBlock(self.lines[fit:], self.style, self.whole),
        ]

    def draw(self) -> None:
        """Draw the lines from the top."""
        _draw_lines(self.canv, self.lines, self.style, self.width, self.whole)


def _draw_lines(canvas: Any, lines: list[tuple[Line, bool]], style: TextStyle, width: float, whole: TextBlock) -> None:
    top = len(lines) * style.leading
    # Baseline: the line box's top minus the ascent share of the font size.
    offset = (style.leading - style.size) / 2 + style.size * 0.82
    tagger = tagger_of(canvas)
    if tagger is None:
        for index, (line, rtl) in enumerate(lines):
            draw_line(canvas, 0, top - index * style.leading - offset, width, line.text, style, rtl)
        return
    if not any(line.text for line, _rtl in lines):
        return  # an empty cell: nothing drawn, nothing to tag
    lang, special = whole.tag_facts()
    element = tagger.block_element(whole.token, whole.role, lang=lang)
    if not special:
        # Plain lines: one marked-content sequence for the whole part.
        with tagger.marked(canvas, element):
            for index, (line, rtl) in enumerate(lines):
                draw_line(canvas, 0, top - index * style.leading - offset, width, line.text, style, rtl)
        return
    for index, (line, rtl) in enumerate(lines):
        if line.text:
            _draw_tagged_line(
                canvas, tagger, element, top - index * style.leading - offset, width, line.text, style, rtl
            )


class _JpegSource:
    """JPEG bytes handed to reportlab as they are: embedded without decoding.

    Given an ``ImageReader``, reportlab decodes every photo to raw RGB just to
    name it (hundreds of MB for twenty photos); a source with ``jpeg_fh`` and
    a stable name is copied straight into the PDF.
    """

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.name = "zwjpeg-" + hashlib.sha1(data, usedforsecurity=False).hexdigest()

    def jpeg_fh(self) -> Any:
        return io.BytesIO(self.data)

    def __str__(self) -> str:
        return self.name


class JpegImage(Flowable):  # type: ignore[misc]
    """A JPEG photo drawn at ``width`` × ``height`` points."""

    def __init__(self, data: bytes, width: float, height: float, alt: str = "") -> None:
        super().__init__()
        self.source = _JpegSource(data)
        self.width = width
        self.height = height
        self.alt = alt  # the Figure's alternative text in the tagged PDF

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        """Its fixed size."""
        return self.width, self.height

    def draw(self) -> None:
        """Place the JPEG (the same photo twice is stored once)."""
        with _figure(self.canv, self.alt or "Foto", self.width, self.height):
            self.canv.drawImage(self.source, 0, 0, self.width, self.height)


@contextmanager
def _figure(canvas: Any, alt: str, width: float, height: float) -> Iterator[None]:
    """A Figure with its alternative text and its box on the page, around what is drawn inside."""
    tagger = tagger_of(canvas)
    if tagger is None:
        yield
        return
    x0, y0 = canvas.absolutePosition(0, 0)
    x1, y1 = canvas.absolutePosition(width, height)
    figure = tagger.parent.add("Figure", alt=alt, bbox=(min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)))
    with tagger.marked(canvas, figure):
        yield


class Rule(Flowable):  # type: ignore[misc]
    """A thin horizontal line across the frame."""

    def __init__(self, color: Any = RULE, thickness: float = 0.6, space: float = 3) -> None:
        super().__init__()
        self.color = color
        self.thickness = thickness
        self.spaceBefore = space
        self.spaceAfter = space

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        """Full width, the line's thickness high."""
        self.width = availWidth
        return availWidth, self.thickness

    def draw(self) -> None:
        """Draw the line (decoration: an artifact in the tagged PDF)."""
        tagger = tagger_of(self.canv)
        if tagger is not None:
            tagger.begin_artifact(self.canv)
        self.canv.setStrokeColor(self.color)
        self.canv.setLineWidth(self.thickness)
        self.canv.line(0, self.thickness / 2, self.width, self.thickness / 2)
        if tagger is not None:
            tagger.end_marked(self.canv)


class QRCode(Flowable):  # type: ignore[misc]
    """A QR code drawn as vector squares (never a raster image), with its quiet zone, error correction M.

    ``size`` is the wished printed width including the quiet zone. The code
    grows beyond it until one module is at least :data:`MIN_MODULE` and the
    code itself at least :data:`MIN_CODE_WIDTH`, so a dense payload (a
    calendar entry) gets a larger code instead of smaller modules: what phone
    cameras and scanner apps read from paper (the tests decode the pages with
    ZXing at 72 dpi and with zbar at 150 dpi after a blur).
    """

    QUIET_MODULES = QUIET_MODULES
    # zbar at 150 dpi after a one-pixel blur missed codes with 0.6 mm modules and read every one
    # from 0.65 mm on (measured for versions 4–15); 0.7 mm leaves a margin. At 72 dpi that is
    # two pixels a module, which ZXing reads.
    MIN_MODULE = 0.7 * mm
    MIN_CODE_WIDTH = 32 * mm  # the code without its quiet zone; 3 cm is what phones need from a printout

    def __init__(self, payload: str, size: float = 38 * mm, alt: str = "") -> None:
        super().__init__()
        self.payload = payload
        self.alt = alt  # what scanning does; by default read from the payload (see alt_text.qr_alt)
        self.matrix = qr_matrix(payload)
        modules = len(self.matrix)
        count = modules + 2 * self.QUIET_MODULES
        self.module = max(size / count, self.MIN_MODULE, self.MIN_CODE_WIDTH / modules)
        self.size = self.module * count
        self.width = self.height = self.size

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        """A square of ``size``."""
        return self.size, self.size

    def draw(self) -> None:
        """White background (the quiet zone), then one rectangle per run of dark modules in a row."""
        tagger = tagger_of(self.canv)
        alt = self.alt
        if tagger is not None and not alt:
            alt = qr_alt(self.payload, tagger.language)
        with _figure(self.canv, alt, self.size, self.size):
            self._draw_code()

    def _draw_code(self) -> None:
        canvas = self.canv
        count = len(self.matrix) + 2 * self.QUIET_MODULES
        module = self.size / count
        canvas.setFillColor(colors.white)
        canvas.rect(0, 0, self.size, self.size, stroke=0, fill=1)
        canvas.setFillColor(colors.black)
        path = canvas.beginPath()
        for row_index, row in enumerate(self.matrix):
            y = self.size - (row_index + self.QUIET_MODULES + 1) * module
            for start, end in dark_runs(row):
                # Rectangles of a whole run, slightly overlapping vertically, so no hairline gaps show.
                path.rect((start + self.QUIET_MODULES) * module, y - 0.01, (end - start) * module, module + 0.02)
        canvas.drawPath(path, stroke=0, fill=1)
