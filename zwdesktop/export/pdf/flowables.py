"""reportlab flowables that draw text through our fallback, bidi and wrapping, and vector QR codes."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table

from ...core.qr_matrix import QUIET_MODULES, dark_runs, qr_matrix
from .fonts import FontSet, font_set
from .text import Line, visual, wrap_text

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#52606d")
ACCENT = colors.HexColor("#1d5f8a")
RULE = colors.HexColor("#cbd2d9")


@dataclass(frozen=True)
class TextStyle:
    """How a block of text looks. ``align`` is ``start`` (left, or right for right-to-left text), ``center`` or ``end``."""

    size: float = 10.0
    bold: bool = False
    leading_factor: float = 1.38
    color: Any = INK
    align: str = "start"
    space_before: float = 0.0
    space_after: float = 0.0

    @property
    def leading(self) -> float:
        """The distance between baselines."""
        return self.size * self.leading_factor

    def but(self, **changes: Any) -> TextStyle:
        """A copy with some values changed."""
        return replace(self, **changes)


BODY = TextStyle()
SMALL = TextStyle(size=8.5, color=MUTED)


def table(rows: list[list[Any]], col_widths: Any, **kwargs: Any) -> Table:
    """A reportlab table whose own font is the shipped main font.

    reportlab sets each cell's font even when the cell holds only our
    flowables; left at its default that is Helvetica, which then appears in
    the PDF as a font that is not embedded.
    """
    # A row taller than a page (a 2,000-character purpose beside a narrow label) splits inside the row.
    kwargs.setdefault("splitInRow", 1)
    result = Table(rows, colWidths=col_widths, **kwargs)
    result.setStyle([("FONTNAME", (0, 0), (-1, -1), font_set().main())])
    return result


def measure_for(style: TextStyle, fonts: FontSet | None = None) -> Any:
    """The width function of shaped text in ``style``."""
    fonts = fonts or font_set()
    return lambda text: fonts.width(text, style.size, style.bold)


def draw_line(
    canvas: Any, x: float, y: float, width: float, text: str, style: TextStyle, rtl: bool, fonts: FontSet | None = None
) -> None:
    """Draw one line (logical order) at baseline ``y`` inside ``[x, x + width]``, aligned by ``style``.

    The line is turned into visual order, split into font runs and drawn
    run by run from the left.
    """
    fonts = fonts or font_set()
    shown = visual(text, rtl)
    runs = fonts.runs(shown, style.bold)
    total = sum(canvas.stringWidth(run.text, run.font, style.size) for run in runs)
    align = style.align
    if align == "start":
        align = "right" if rtl else "left"
    elif align == "end":
        align = "left" if rtl else "right"
    if align == "right":
        x = x + width - total
    elif align == "center":
        x = x + (width - total) / 2
    canvas.setFillColor(style.color)
    for run in runs:
        canvas.setFont(run.font, style.size)
        canvas.drawString(x, y, run.text)
        x += canvas.stringWidth(run.text, run.font, style.size)


class TextBlock(Flowable):  # type: ignore[misc]
    """A paragraph of user text in any script: wraps, splits across pages, never parses markup.

    ``outline`` (level, key) makes it a heading: the document adds it to the
    table of contents and the PDF outline.
    """

    def __init__(self, text: str, style: TextStyle = BODY, outline: tuple[int, str] | None = None) -> None:
        super().__init__()
        self.text = text
        self.style = style
        self.outline = outline
        self._lines: list[tuple[Line, bool]] | None = None
        self._for_width = -1.0
        self.spaceBefore = style.space_before
        self.spaceAfter = style.space_after
        if outline is not None:
            self.keepWithNext = True

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

    def natural_width(self) -> float:
        """The widest line unwrapped (for sizing table columns)."""
        measure = measure_for(self.style)
        return max((measure(p) for p in self.text.splitlines() or [""]), default=0.0)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        """Split between lines when the block does not fit (headings never split)."""
        lines = self._layout(availWidth)
        fit = int(availHeight // self.style.leading)
        if self.outline is not None or fit < 2 or fit >= len(lines) or len(lines) - fit < 2:
            return []
        first = _LinesBlock(lines[:fit], self.style)
        rest = _LinesBlock(lines[fit:], self.style)
        rest.spaceBefore = 0
        first.spaceAfter = 0
        return [first, rest]

    def draw(self) -> None:
        """Draw the lines from the top."""
        _draw_lines(self.canv, self._layout(self.width), self.style, self.width)


class _LinesBlock(Flowable):  # type: ignore[misc]
    """Already wrapped lines (the parts of a split :class:`TextBlock`)."""

    def __init__(self, lines: list[tuple[Line, bool]], style: TextStyle) -> None:
        super().__init__()
        self.lines = lines
        self.style = style
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
        return [_LinesBlock(self.lines[:fit], self.style), _LinesBlock(self.lines[fit:], self.style)]

    def draw(self) -> None:
        """Draw the lines from the top."""
        _draw_lines(self.canv, self.lines, self.style, self.width)


def _draw_lines(canvas: Any, lines: list[tuple[Line, bool]], style: TextStyle, width: float) -> None:
    top = len(lines) * style.leading
    # Baseline: the line box's top minus the ascent share of the font size.
    offset = (style.leading - style.size) / 2 + style.size * 0.82
    for index, (line, rtl) in enumerate(lines):
        draw_line(canvas, 0, top - index * style.leading - offset, width, line.text, style, rtl)


class _JpegSource:
    """JPEG bytes handed to reportlab as they are: embedded without decoding.

    Given an ``ImageReader``, reportlab decodes every photo to raw RGB just to
    name it (hundreds of MB for twenty photos); a source with ``jpeg_fh`` and
    a stable name is copied straight into the PDF.
    """

    def __init__(self, data: bytes) -> None:
        import hashlib

        self.data = data
        self.name = "zwjpeg-" + hashlib.sha1(data, usedforsecurity=False).hexdigest()

    def jpeg_fh(self) -> Any:
        import io

        return io.BytesIO(self.data)

    def __str__(self) -> str:
        return self.name


class JpegImage(Flowable):  # type: ignore[misc]
    """A JPEG photo drawn at ``width`` × ``height`` points."""

    def __init__(self, data: bytes, width: float, height: float) -> None:
        super().__init__()
        self.source = _JpegSource(data)
        self.width = width
        self.height = height

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        """Its fixed size."""
        return self.width, self.height

    def draw(self) -> None:
        """Place the JPEG (the same photo twice is stored once)."""
        self.canv.drawImage(self.source, 0, 0, self.width, self.height)


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
        """Draw the line."""
        self.canv.setStrokeColor(self.color)
        self.canv.setLineWidth(self.thickness)
        self.canv.line(0, self.thickness / 2, self.width, self.thickness / 2)


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

    def __init__(self, payload: str, size: float = 38 * mm) -> None:
        super().__init__()
        self.payload = payload
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
