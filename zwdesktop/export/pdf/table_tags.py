"""Tables in the tagged PDF: Table/TR/TH/TD for data, nothing for layout, TOC/TOCI/Link for the contents.

reportlab calls a table's ``renderCB`` at the start and end of its
background, each row and cell, and its grid lines, and hands it on to the
parts of a table split across pages. :class:`TableTags` uses that to open
and close the structure elements around the cells' own marked content and
to mark backgrounds, lines and the header row repeated on the next page as
artifacts. One object serves every part of one table, so a table that runs
over two pages is one Table element.
"""

from __future__ import annotations

from typing import Any

from msgspec import Struct, field
from reportlab.graphics.shapes import Drawing

from .tagging import Element, Tagger

DATA = "data"  # a table of facts: the first row is a header (or, without one, the first column)
LAYOUT = "layout"  # cells side by side for the eye only (a code with its text): no table structure
TOC = "toc"  # the table of contents: one entry per row, each a link to its heading


class _Pass(Struct):
    """What one rendering pass has drawn of the table so far."""

    element: Element | None = None
    parts: int = 0
    rows_done: int = 0  # rows drawn in earlier parts, not counting repeated headers
    row: Element | None = None
    row_is_copy: bool = False
    row_box: list[float] = field(default_factory=list)  # x0, y0, x1, y1 of the entry's cells
    cell_open: str = ""  # "marked", "artifact" or ""


def _unmarked(value: Any) -> bool:
    """Whether a cell value draws content that marks nothing itself: a chart's bar (a reportlab Drawing), a filler.

    Our flowables, and those built of them, mark their own content.
    """
    return isinstance(value, Drawing) or (isinstance(value, str) and not value.strip()) or value is None


class TableTags:
    """The ``renderCB`` of one table (and of its parts after a split)."""

    def __init__(self, kind: str = LAYOUT, header_rows: int = 0, row_headers: bool = False,
                 keys: list[str] | None = None) -> None:  # fmt: skip
        self.kind = kind
        self.header_rows = header_rows
        self.row_headers = row_headers
        self.keys = keys or []  # TOC: the bookmark of each row

    def __call__(self, table: Any, event: str, *args: Any) -> None:
        """reportlab's callback: ``event`` is startTable, startBG, startRow, startCell, … endTable."""
        canvas = table.canv
        # Not tagger_of(): a repeated header row silences the tagger, and its end must still be seen here.
        tagger: Tagger | None = getattr(canvas, "zw_tagger", None)
        if tagger is None:
            return
        state: _Pass | None = tagger.state(self)
        if state is None:
            state = _Pass()
            tagger.remember(self, state)
        getattr(self, "_" + event)(tagger, canvas, state, table, *args)

    # ---- whole table ------------------------------------------------------------

    def _startTable(self, tagger: Tagger, canvas: Any, state: _Pass, table: Any) -> None:
        state.parts += 1
        if self.kind == LAYOUT:
            return
        if state.element is None:
            state.element = tagger.parent.add("Table" if self.kind == DATA else "TOC")
        tagger.push(state.element)

    def _endTable(self, tagger: Tagger, canvas: Any, state: _Pass, table: Any) -> None:
        if self.kind != LAYOUT:
            tagger.pop()

    def _startBG(self, tagger: Tagger, canvas: Any, state: _Pass, table: Any) -> None:
        tagger.begin_artifact(canvas)

    def _endBG(self, tagger: Tagger, canvas: Any, state: _Pass, table: Any) -> None:
        tagger.end_marked(canvas)

    _startLines = _startBG
    _endLines = _endBG

    # ---- rows -------------------------------------------------------------------

    def _startRow(self, tagger: Tagger, canvas: Any, state: _Pass, table: Any, row: int) -> None:
        # A continued table starts with copies of the header: drawn for the eye, read once.
        state.row_is_copy = state.parts > 1 and row < getattr(table, "repeatRows", 0)
        if state.row_is_copy:
            tagger.begin_artifact(canvas, "Pagination")
            tagger.silent += 1  # its cells' text is drawn, not read
            return
        if self.kind == LAYOUT:
            return
        assert state.element is not None
        if self.kind == DATA:
            state.row = state.element.add("TR")
        else:
            entry = state.element.add("TOCI")
            state.row = entry.add("Link", alt=self._entry_text(table, row))
            state.row_box = []
        tagger.push(state.row)

    def _endRow(self, tagger: Tagger, canvas: Any, state: _Pass, table: Any) -> None:
        if state.row_is_copy:
            tagger.silent -= 1
            tagger.end_marked(canvas)
            state.row_is_copy = False
            return
        number = state.rows_done
        state.rows_done += 1
        if self.kind == LAYOUT or state.row is None:
            return
        tagger.pop()
        if self.kind == TOC and state.row_box and number < len(self.keys):
            x0, y0, x1, y1 = state.row_box
            tagger.link_destination(canvas, state.row, self.keys[number], (x0, y0, x1, y1))
        state.row = None

    @staticmethod
    def _entry_text(table: Any, row: int) -> str:
        texts = []
        for value in table._cellvalues[row]:
            # reportlab wraps flowable cells in tuples of their flowables.
            for part in value if isinstance(value, (list, tuple)) else [value]:
                texts.append(getattr(part, "text", part if isinstance(part, str) else ""))
        return " ".join(" ".join(str(t).split()) for t in texts if t)

    # ---- cells ------------------------------------------------------------------

    def _startCell(self, tagger: Tagger, canvas: Any, state: _Pass, table: Any, row: int, column: int,
                   value: Any, style: Any, pos: tuple[float, float], size: tuple[float, float]) -> None:  # fmt: skip
        if state.row_is_copy:
            return
        values = value if isinstance(value, (list, tuple)) else [value]
        if self.kind == DATA and state.row is not None:
            header = (state.parts == 1 and row < self.header_rows) or (self.row_headers and column == 0)
            scope = ("Column" if row < self.header_rows else "Row") if header else ""
            cell = state.row.add("TH" if header else "TD", scope=scope)
            tagger.push(cell)
        if self.kind == TOC:
            x, y = pos
            w, h = size
            box = state.row_box
            state.row_box = [x, y, x + w, y + h] if not box else [min(box[0], x), min(box[1], y),
                                                                    max(box[2], x + w), max(box[3], y + h)]  # fmt: skip
        if all(_unmarked(v) for v in values):
            tagger.begin_artifact(canvas)  # a bar of a chart, an empty filler
            state.cell_open = "artifact"
        elif isinstance(value, str):
            tagger.begin_marked(canvas, tagger.parent)  # a plain string cell
            state.cell_open = "marked"
        else:
            state.cell_open = ""

    def _endCell(self, tagger: Tagger, canvas: Any, state: _Pass, table: Any) -> None:
        if state.row_is_copy:
            return
        if state.cell_open:
            tagger.end_marked(canvas)
            state.cell_open = ""
        if self.kind == DATA and state.row is not None:
            tagger.pop()
