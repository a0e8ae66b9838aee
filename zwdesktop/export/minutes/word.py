"""The minutes as a Word document (.docx) an office can edit, made with python-docx from the PDF's own story.

The sections build their flowables once (:func:`~.minutes.minutes_story`);
this module reads that story instead of writing every section a second
time, so the Word document has the same sections in the same order with the
same words: headings become Word's heading styles (the title Heading 1, the
sections Heading 2, their parts Heading 3), data tables real tables with a
repeating header row, ideas a bulleted list, photos and QR codes pictures
with alternative text, addresses hyperlinks, right-to-left paragraphs marked
right to left with their language. The footer carries the funder line and
"Seite x von y"; the document's language, title, author and subject are set.
Layout-only tables (a code beside its text) are read out in order.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from typing import Any

import docx
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from msgspec import Struct
from PIL import Image
from reportlab.platypus import Table

from ...core.exchange import ExchangeData
from ...core.photos import Photo
from ...core.qr_matrix import QUIET_MODULES, qr_matrix
from ..pdf.alt_text import qr_alt
from ..pdf.flowables import JpegImage, QRCode, TextBlock, TextStyle
from ..pdf.table_tags import DATA, LAYOUT, TableTags
from ..pdf.tagging import link_spans, passage_language
from ..pdf.text import is_rtl
from .options import MinutesOptions
from .story import minutes_story

POINT_PER_MM = 72 / 25.4
_BULLET = "• "
_DOCX_LANG = {"ar": "ar-SA", "fa": "fa-IR"}


class DocxResult(Struct, frozen=True):
    """The Word document and what went into it."""

    docx: bytes
    qr_payloads: tuple[str, ...]


def build_minutes_docx(
    data: ExchangeData,
    options: MinutesOptions | None = None,
    load_photo: Callable[[Photo], bytes] | None = None,
    now: Any = None,
) -> DocxResult:
    """The minutes of a workshop as a .docx (the same options as the PDF)."""
    story = minutes_story(data, options, load_photo, now)
    flowables = story.make(None)
    document = docx.Document()
    writer = _Writer(document, story.labels.language, story.info.language)
    writer.setup(story.info.title, story.info.author, story.info.subject, story.info.keywords)
    writer.footer(story.info.footer, story.info.running_title)
    headings = sum(1 for f in _leaves(flowables) if isinstance(f, TextBlock) and f.role == "H2")
    for flowable in _leaves(flowables):
        writer.add(flowable)
    # As the PDF: a table of contents when the minutes are more than a few sections long.
    if headings > 3:
        writer.contents(story.labels("contents"))
    out = io.BytesIO()
    document.save(out)
    return DocxResult(out.getvalue(), tuple(story.payloads))


def _leaves(flowables: list[Any]) -> Iterator[Any]:
    """The flowables in reading order, containers (KeepTogether, a photo with its caption) opened."""
    for flowable in flowables:
        content = getattr(flowable, "_content", None)  # KeepTogether
        if isinstance(content, list):
            yield from _leaves(content)
        elif isinstance(getattr(flowable, "parts", None), list):  # a photo over its caption
            yield from _leaves(flowable.parts)
        elif hasattr(flowable, "first") and hasattr(flowable, "second"):  # a title over a second line
            yield from _leaves([flowable.first, flowable.second])
        else:
            yield flowable


class _Writer:
    """Appends the story's pieces to a python-docx document."""

    def __init__(self, document: Any, language: str, bcp47: str) -> None:
        self.doc = document
        self.language = language
        self.bcp47 = bcp47
        self._contents_at: Any = None  # the paragraph before which the table of contents goes
        self._headings: list[tuple[int, str]] = []

    # ---- the document as a whole ----------------------------------------------------

    def setup(self, title: str, author: str, subject: str, keywords: str) -> None:
        """Title, author, subject, keywords and the language; A4 with the PDF's margins."""
        props = self.doc.core_properties
        props.title, props.author, props.subject, props.keywords = title, author, subject, keywords
        props.language = self.bcp47
        section = self.doc.sections[0]
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.left_margin = section.right_margin = Mm(20)
        section.top_margin, section.bottom_margin = Mm(18), Mm(24)
        # The language of every text that does not say otherwise (spelling, hyphenation, screen readers).
        defaults = self.doc.styles.element.find(qn("w:docDefaults"))
        rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
        lang = rpr.find(qn("w:lang"))
        if lang is None:
            lang = OxmlElement("w:lang")
            rpr.append(lang)
        lang.set(qn("w:val"), self.bcp47)
        lang.set(qn("w:bidi"), "ar-SA")
        # Word shows the title rather than the file name; it asks to update the contents when opened.
        settings = self.doc.settings.element
        update = OxmlElement("w:updateFields")
        update.set(qn("w:val"), "true")
        settings.append(update)

    def footer(self, funder: str, running_title: str) -> None:
        """The funder line and "Seite x von y" on every page; the title and date above."""
        section = self.doc.sections[0]
        paragraph = section.footer.paragraphs[0]
        paragraph.style = self.doc.styles["Footer"]
        if funder.strip():
            self._runs(paragraph, " ".join(funder.split()))
            paragraph.add_run("\t")
        words = ("Page ", " of ") if self.language == "en" else ("Seite ", " von ")
        paragraph.add_run(words[0])
        _field(paragraph, "PAGE")
        paragraph.add_run(words[1])
        _field(paragraph, "NUMPAGES")
        if running_title:
            head = section.header.paragraphs[0]
            head.style = self.doc.styles["Header"]
            self._runs(head, running_title)

    def contents(self, title: str) -> None:
        """A table of contents (a Word field, filled in when Word updates the fields) before the first section."""
        if self._contents_at is None:
            return
        self._contents_at.insert_paragraph_before(title, style="TOC Heading")
        # Until Word updates the field (it offers to when the file opens), it shows the headings.
        shown = "\n".join(("    " if level == 3 else "") + text for level, text in self._headings)
        _field(self._contents_at.insert_paragraph_before(), 'TOC \\o "2-3" \\h \\z \\u', dirty=True,
               shown=shown)  # fmt: skip

    # ---- the pieces -------------------------------------------------------------------

    def add(self, flowable: Any) -> None:
        """One flowable of the story."""
        if isinstance(flowable, TextBlock):
            self.text(flowable)
        elif isinstance(flowable, Table):
            self.table(flowable)
        elif isinstance(flowable, JpegImage):
            self.picture(flowable.source.data, flowable.width, flowable.alt)
        elif isinstance(flowable, QRCode):
            self.qr(flowable)
        # Rules, spacers and page-break hints have no place in an editable document.

    def text(self, block: TextBlock, container: Any = None) -> Any:
        """A paragraph in the style its role asks for."""
        text = block.text
        target = container if container is not None else self.doc
        role = block.role
        if not text.strip():
            return None
        if role in ("H1", "H2", "H3"):
            paragraph = target.add_paragraph(style=f"Heading {role[1]}")
            if role == "H2" and self._contents_at is None:
                self._contents_at = paragraph
            if role in ("H2", "H3"):
                self._headings.append((int(role[1]), " ".join(text.split())))
        elif role == "LI":
            paragraph = target.add_paragraph(style="List Bullet")
            text = text[len(_BULLET) :] if text.startswith(_BULLET) else text
        elif role == "LI+":
            paragraph = target.add_paragraph(style="List Continue")
            text = text.strip()
        else:
            paragraph = target.add_paragraph(style=_paragraph_style(block.style) if container is None else None)
        for number, line in enumerate(text.split("\n")):
            if number:
                paragraph.add_run().add_break()
            self._runs(paragraph, line, block.style)
        if is_rtl(text):
            _right_to_left(paragraph, passage_language(text))
        return paragraph

    def _runs(self, paragraph: Any, text: str, style: TextStyle | None = None) -> None:
        """Runs of ``text``; its e-mail and web addresses as hyperlinks."""
        done = 0
        for start, end, url in link_spans(text):
            if start > done:
                self._run(paragraph, text[done:start], style)
            _hyperlink(paragraph, text[start:end], url)
            done = end
        if done < len(text):
            self._run(paragraph, text[done:], style)

    @staticmethod
    def _run(paragraph: Any, text: str, style: TextStyle | None) -> None:
        run = paragraph.add_run(text)
        if style is not None and style.role == "P":
            if style.bold:
                run.bold = True
            if style.size < 9.5:  # notes and captions stay small, as in the PDF
                run.font.size = Pt(style.size)

    def table(self, table: Any) -> None:
        """A data table as a Word table (header row repeated on every page); a layout table read in order."""
        tags = getattr(table, "_renderCB", None)
        kind = tags.kind if isinstance(tags, TableTags) else LAYOUT
        rows = table._cellvalues
        if kind != DATA:
            for row in rows:
                for cell in row:
                    for part in _leaves(list(cell) if isinstance(cell, (list, tuple)) else [cell]):
                        self.add(part)
            return
        header_rows = tags.header_rows if isinstance(tags, TableTags) else 0
        columns = max(len(row) for row in rows)
        word_table = self.doc.add_table(rows=0, cols=columns)
        word_table.style = self.doc.styles["Table Grid"]
        word_table.autofit = False
        widths = _column_widths(table, columns)
        for column, width in zip(word_table.columns, widths, strict=True):
            column.width = width  # the grid (LibreOffice reads it), and each cell below (Word reads those)
        for number, row in enumerate(rows):
            cells = word_table.add_row().cells
            if number < header_rows:
                _repeat_header(word_table.rows[-1])
            for column, value in enumerate(row):
                cell = cells[column]
                cell.width = widths[column]
                parts = list(_leaves(list(value) if isinstance(value, (list, tuple)) else [value]))
                texts = [part for part in parts if isinstance(part, TextBlock) and part.text.strip()]
                paragraph = cell.paragraphs[0]
                for index, block in enumerate(texts):
                    target = paragraph if index == 0 else cell.add_paragraph()
                    for line_number, line in enumerate(block.text.split("\n")):
                        if line_number:
                            target.add_run().add_break()
                        self._runs(target, line)
                    header = number < header_rows or (isinstance(tags, TableTags) and tags.row_headers and column == 0)
                    if header or block.style.bold:
                        for run in target.runs:
                            run.bold = True
                    if is_rtl(block.text):
                        _right_to_left(target, passage_language(block.text))

    def picture(self, data: bytes, width_points: float, alt: str) -> None:
        """A picture at the PDF's printed width with its alternative text."""
        self.doc.add_picture(io.BytesIO(data), width=Mm(width_points / POINT_PER_MM))
        _describe_last_picture(self.doc, alt)

    def qr(self, code: QRCode) -> None:
        """The QR code as a picture as large as in the PDF (modules ≥ 0.7 mm), with what scanning it does."""
        self.picture(_qr_png(code.payload), code.size, code.alt or qr_alt(code.payload, self.language))


def _column_widths(table: Any, columns: int) -> list[Any]:
    """The PDF's column widths (the free one takes what is left of the 17 cm text width)."""
    given = list(getattr(table, "_colWidths", None) or getattr(table, "_argW", None) or [None] * columns)
    given += [None] * (columns - len(given))
    fixed = [float(w) for w in given if isinstance(w, (int, float))]
    free = [w for w in given if not isinstance(w, (int, float))]
    rest = max(20 * POINT_PER_MM, (170 * POINT_PER_MM - sum(fixed)) / max(1, len(free)))
    return [Mm((float(w) if isinstance(w, (int, float)) else rest) / POINT_PER_MM) for w in given[:columns]]


def _paragraph_style(style: TextStyle) -> str | None:
    return None  # Normal: small print is set by its size, not by a style with colours of its own


def _qr_png(payload: str) -> bytes:
    """The code as a black-and-white PNG with its quiet zone, eight pixels a module (sharp at any print size)."""
    matrix = qr_matrix(payload)
    modules = len(matrix) + 2 * QUIET_MODULES
    image = Image.new("1", (modules, modules), 1)
    pixels = image.load()
    assert pixels is not None
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                pixels[x + QUIET_MODULES, y + QUIET_MODULES] = 0
    image = image.resize((modules * 8, modules * 8), Image.Resampling.NEAREST)
    out = io.BytesIO()
    image.save(out, "PNG", dpi=(300, 300))
    return out.getvalue()


def _describe_last_picture(document: Any, alt: str) -> None:
    inline = document.inline_shapes[-1]._inline
    properties = inline.find(qn("wp:docPr"))
    properties.set("descr", alt)
    properties.set("title", alt[:80])


def _right_to_left(paragraph: Any, language: str) -> None:
    """Mark a paragraph and its runs right to left, with the language when known (ar, fa)."""
    ppr = paragraph._p.get_or_add_pPr()
    bidi = OxmlElement("w:bidi")
    ppr.insert(0, bidi)
    for run in paragraph._p.iter(qn("w:r")):
        rpr = run.find(qn("w:rPr"))
        if rpr is None:
            rpr = OxmlElement("w:rPr")
            run.insert(0, rpr)
        rpr.append(OxmlElement("w:rtl"))
        if language:
            lang = OxmlElement("w:lang")
            lang.set(qn("w:bidi"), _DOCX_LANG.get(language, language))
            rpr.append(lang)


def _hyperlink(paragraph: Any, text: str, url: str) -> None:
    """A clickable address (an external relationship), in Word's hyperlink look."""
    rel = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rel)
    run = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    colour = OxmlElement("w:color")
    colour.set(qn("w:val"), "1D5F8A")
    underline = OxmlElement("w:u")
    underline.set(qn("w:val"), "single")
    rpr.append(colour)
    rpr.append(underline)
    run.append(rpr)
    text_element = OxmlElement("w:t")
    text_element.text = text
    text_element.set(qn("xml:space"), "preserve")
    run.append(text_element)
    link.append(run)
    paragraph._p.append(link)


def _field(paragraph: Any, instruction: str, dirty: bool = False, shown: str | None = None) -> None:
    """A Word field (PAGE, NUMPAGES, TOC) that Word and LibreOffice fill in."""

    def char(kind: str) -> Any:
        run = OxmlElement("w:r")
        element = OxmlElement("w:fldChar")
        element.set(qn("w:fldCharType"), kind)
        if dirty and kind == "begin":
            element.set(qn("w:dirty"), "true")
        run.append(element)
        return run

    paragraph._p.append(char("begin"))
    run = OxmlElement("w:r")
    code = OxmlElement("w:instrText")
    code.set(qn("xml:space"), "preserve")
    code.text = f" {instruction} "
    run.append(code)
    paragraph._p.append(run)
    paragraph._p.append(char("separate"))
    placeholder = OxmlElement("w:r")
    lines = (shown if shown is not None else "1").split("\n")
    for number, line in enumerate(lines):
        if number:
            placeholder.append(OxmlElement("w:br"))
        text = OxmlElement("w:t")
        text.set(qn("xml:space"), "preserve")
        text.text = line
        placeholder.append(text)
    paragraph._p.append(placeholder)
    paragraph._p.append(char("end"))


def _repeat_header(row: Any) -> None:
    trpr = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    trpr.append(header)
