"""What every section of the minutes shares.

The text styles, the context a section is built from, a section's shape, and
the small table helpers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any
from zoneinfo import ZoneInfo

from msgspec import Struct, field
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table, TableStyle

from ...core.exchange import ExchangeData
from ...core.photos import Photo
from ..pdf.flowables import ACCENT, MUTED, RULE, QRCode, TextBlock, TextStyle
from ..pdf.flowables import table as make_table
from ..pdf.images import PreparedImage
from ..pdf.table_tags import DATA
from .labels import Labels
from .options import MinutesOptions

TITLE = TextStyle(size=20, bold=True, color=ACCENT, leading_factor=1.25, space_after=3, role="H1")
SUBTITLE = TextStyle(size=12.5, color=MUTED, leading_factor=1.35, space_after=8)
# Section headings are H2 and their parts H3 in the tagged PDF (the title is its H1).
H1 = TextStyle(size=14, bold=True, color=ACCENT, space_before=14, space_after=5, role="H2")
H2 = TextStyle(size=11.5, bold=True, space_before=8, space_after=3, role="H3")
LABEL = TextStyle(size=9, bold=True, color=MUTED)
CELL = TextStyle(size=9)
CELL_BOLD = CELL.but(bold=True)
CELL_RIGHT = CELL.but(align="end")
CAPTION = TextStyle(size=8.5, color=MUTED, space_before=2)


class MinutesContext(Struct):
    """What a section builder gets: the workshop's records, the options, the words, the photo loader."""

    data: ExchangeData
    options: MinutesOptions
    labels: Labels
    now: dt.datetime
    load_photo: Callable[[Photo], bytes]
    qr_payloads: list[str] = field(default_factory=list)  # every QR payload drawn, in order (tests compare)
    # Photos scaled once per export, though the document may be built twice (for the contents).
    prepared: dict[tuple[str, str], PreparedImage] = field(default_factory=dict)

    def qr(self, payload: str, size: float = 38 * mm) -> QRCode:
        """A QR code flowable; the payload is remembered for checks."""
        self.qr_payloads.append(payload)
        return QRCode(payload, size)

    def local(self, instant: dt.datetime) -> dt.datetime:
        """An instant in the workshop's time zone."""
        return instant.astimezone(ZoneInfo(self.data.workshop.timezone))


SectionBuilder = Callable[[MinutesContext], list[Flowable]]


class Section(Struct, frozen=True):
    """A part of the minutes: ``title(labels)`` for the dialog, ``build`` for the PDF."""

    key: str
    title: Callable[[Labels], str]
    build: SectionBuilder
    names: bool = False  # whether the section prints people's names (then "names" option applies)


def heading(text: str, key: str, level: int = 0) -> TextBlock:
    """A section heading that goes into the table of contents and the PDF outline."""
    return TextBlock(text, H1 if level == 0 else H2, outline=(level, key))


def data_table(rows: list[list[Any]], widths: list[float], header: bool = True, zebra: bool = True) -> Table:
    # A table of facts: its header row (or, without one, its first column) names what the cells are.
    result = make_table(rows, widths, repeatRows=1 if header else 0, kind=DATA, row_headers=not header)
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
    ]
    if header:
        commands += [("LINEBELOW", (0, 0), (-1, 0), 0.8, MUTED)]
    if zebra:
        for row in range(1 if header else 0, len(rows), 2):
            commands.append(("BACKGROUND", (0, row), (-1, row), "#f5f7fa"))
    result.setStyle(TableStyle(commands))
    return result


def field_rows(pairs: list[tuple[str, str]]) -> list[list[Any]]:
    return [[TextBlock(label, LABEL), TextBlock(value, CELL)] for label, value in pairs if value.strip()]


def clock_time(value: dt.datetime | None) -> str:
    return value.strftime("%H:%M") if value else "–"
