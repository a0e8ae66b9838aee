"""The page frame of our PDFs: A4 pages, footer with "page x of y", table of contents, outline, metadata.

Every document is a tagged PDF: the canvas carries a
:class:`~.tagging.Tagger` that the flowables report their structure to,
the footer and running title are artifacts, and :mod:`.structure` writes
the structure tree, the languages and the PDF/UA metadata into the file
reportlab made.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

from msgspec import Struct
from reportlab import rl_config
from reportlab.graphics import shapes
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, TableStyle
from reportlab.platypus.tableofcontents import TableOfContents

from .flowables import MUTED, RULE, TextBlock, TextStyle, draw_line, table
from .fonts import font_set
from .structure import finish_tagged_pdf
from .table_tags import TOC
from .tagging import Tagger
from .text import is_rtl, wrap_text

# Binary streams, not ASCII85: reportlab's ASCII85 encoder is pure Python and took most of the
# time of a document with photos (and made every embedded JPEG a quarter larger).
rl_config.useA85 = 0

MARGIN_X = 20 * mm
FRAME_WIDTH = A4[0] - 2 * MARGIN_X  # the text width of an A4 page
NO_CONTENTS = 10**6  # as ``toc_min_pages``: a document that never has a table of contents (the poster)
MARGIN_TOP = 18 * mm
MARGIN_BOTTOM = 24 * mm
FOOTER_STYLE = TextStyle(size=7.5, color=MUTED)


class DocumentInfo(Struct, frozen=True):
    """What the PDF says about itself and prints on every page.

    ``page_label(x, y)`` gives "Seite x von y" / "page x of y"; ``footer`` is
    the organiser/funder line; ``running_title`` is printed small above the
    footer rule on every page but the first.
    """

    title: str
    author: str
    subject: str
    language: str  # BCP 47, e.g. "de-DE"
    footer: str
    page_label: Callable[[int, int], str]
    running_title: str = ""
    creator: str = "zwdesktop"
    keywords: str = ""


def _numbered_canvas(info: DocumentInfo, taggers: list[Tagger]) -> type[Canvas]:
    """A canvas class that holds its pages back until the end, so every footer can say how many pages there are.

    Each canvas (one per rendering pass) gets a fresh tagger, appended to
    ``taggers``: the last one describes the file that was written.
    """

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs.setdefault("initialFontName", font_set().main())
            kwargs.setdefault("lang", info.language)
            super().__init__(*args, **kwargs)
            self._saved_pages: list[dict[str, Any]] = []
            self.zw_tagger = Tagger(info.language)
            taggers.append(self.zw_tagger)

        def showPage(self) -> None:
            self._saved_pages.append(dict(self.__dict__))
            self._startPage()
            self.zw_tagger.next_page()

        def save(self) -> None:
            total = len(self._saved_pages)
            for number, state in enumerate(self._saved_pages, start=1):
                self.__dict__.update(state)
                _draw_footer(self, info, number, total)
                Canvas.showPage(self)
            Canvas.save(self)

    return NumberedCanvas


def _draw_footer(canvas: Canvas, info: DocumentInfo, number: int, total: int) -> None:
    width, _height = canvas._pagesize
    usable = width - 2 * MARGIN_X
    label = info.page_label(number, total)
    fonts = font_set()
    label_width = fonts.width(label, FOOTER_STYLE.size) + 6 * mm
    canvas.saveState()
    # Page furniture: artifacts of the tagged PDF (a screen reader does not read them on every page).
    Tagger.begin_artifact(canvas, "Pagination", "Footer")
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    rule_y = MARGIN_BOTTOM - 6 * mm
    canvas.line(MARGIN_X, rule_y, width - MARGIN_X, rule_y)
    lines = wrap_text(info.footer, usable - label_width, lambda t: fonts.width(t, FOOTER_STYLE.size))[:3]
    y = rule_y - FOOTER_STYLE.leading
    for line, rtl in lines:
        draw_line(canvas, MARGIN_X, y, usable - label_width, line.text, FOOTER_STYLE, rtl)
        y -= FOOTER_STYLE.leading
    draw_line(canvas, MARGIN_X, rule_y - FOOTER_STYLE.leading, usable, label, FOOTER_STYLE.but(align="end"), False)
    Tagger.end_marked(canvas)
    if number > 1 and info.running_title:
        Tagger.begin_artifact(canvas, "Pagination", "Header")
        head = wrap_text(info.running_title, usable, lambda t: fonts.width(t, FOOTER_STYLE.size))[0]
        top = canvas._pagesize[1] - MARGIN_TOP + 5 * mm
        draw_line(canvas, MARGIN_X, top, usable, head[0].text, FOOTER_STYLE, is_rtl(info.running_title))
        Tagger.end_marked(canvas)
    canvas.restoreState()


class Contents(TableOfContents):  # type: ignore[misc]
    """The table of contents, its entries drawn with our text engine (headings may be in any script)."""

    def __init__(self, title: str) -> None:
        super().__init__(dotsMinLevel=-1)
        self.title = title

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        """A table of the last pass's entries: heading text, page number."""
        entries = self._lastEntries or [(0, "…", 0, None)]
        rows = []
        keys = []
        for level, text, page, key in entries:
            style = TextStyle(size=10.5 if level == 0 else 9.5, bold=level == 0)
            rows.append([TextBlock(("    " * level) + text, style), TextBlock(str(page), style.but(align="end"))])
            keys.append(key or "")
        # Each entry is a link to its heading (TOC/TOCI/Link in the tagged PDF).
        self._table = table(rows, (availWidth - 18 * mm, 18 * mm), kind=TOC, keys=keys)
        self._table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
                ]
            )
        )
        self.width, self.height = self._table.wrapOn(self.canv, availWidth, availHeight)
        return self.width, self.height


class _Template(BaseDocTemplate):  # type: ignore[misc]
    def __init__(self, target: Any, info: DocumentInfo, pagesize: tuple[float, float] = A4, **kwargs: Any) -> None:
        super().__init__(
            target,
            pagesize=pagesize,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=info.title,
            author=info.author,
            subject=info.subject,
            creator=info.creator,
            keywords=info.keywords,
            lang=info.language,
            initialFontName=font_set().main(),
            **kwargs,
        )
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body", showBoundary=0)
        self.addPageTemplates([PageTemplate(id="page", frames=[frame])])
        self._heading_count = 0

    def afterFlowable(self, flowable: Flowable) -> None:
        """Headings go into the table of contents and the PDF outline (bookmarks)."""
        outline = getattr(flowable, "outline", None)
        if isinstance(flowable, TextBlock) and outline is not None:
            level, key = outline
            text = " ".join(flowable.text.split())
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(text, key, level=level, closed=level > 0)
            self.notify("TOCEntry", (level, text, self.page, key))


def render(
    story_factory: Callable[[Contents | None], list[Flowable]],
    info: DocumentInfo,
    toc_title: str,
    toc_min_pages: int,
    pagesize: tuple[float, float] = A4,
) -> tuple[bytes, int]:
    """Build the PDF; returns its bytes and page count.

    ``story_factory(contents)`` makes a fresh story (reportlab consumes it)
    and places ``contents`` where the table of contents belongs. A document
    of more than ``toc_min_pages`` pages (without the contents) has a table
    of contents. It is built with one first — the long documents, which take
    the time, are then laid out only as often as the contents need — and
    built again without it when it turns out short.
    """
    # reportlab's charts set Helvetica as their state's font even when they draw no text; the font is
    # then referenced without being embedded. Our main font instead (embedded, as every font must be).
    shapes.STATE_DEFAULTS["fontName"] = font_set().main()
    taggers: list[Tagger] = []
    canvas_class = _numbered_canvas(info, taggers)

    def build(contents: Contents | None) -> tuple[bytes, int]:
        buffer = io.BytesIO()
        template = _Template(buffer, info, pagesize)
        story = story_factory(contents)
        if contents is None:
            template.build(story, canvasmaker=canvas_class)
        else:
            template.multiBuild(story, canvasmaker=canvas_class)
        return buffer.getvalue(), template.page

    if not toc_title or toc_min_pages >= NO_CONTENTS:
        data, pages = build(None)
    else:
        contents = Contents(toc_title)
        data, pages = build(contents)
        # The pages the contents (with their heading) take: what the document has without them.
        frame_height = pagesize[1] - MARGIN_TOP - MARGIN_BOTTOM
        if pages - int((getattr(contents, "height", 0) + 30) // frame_height) <= toc_min_pages:
            data, pages = build(None)
    return finish_tagged_pdf(data, taggers[-1], info.title), pages
