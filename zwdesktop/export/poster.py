"""The sign-up poster for the exit door: one block per agreement with a large QR code, and the mailing list's code.

Blocks come from providers registered with :func:`register_blocks`, so the
agreements feature adds one block per agreement (title, first meeting, its
sign-up code) without touching this module. Built in is the mailing-list
block: a ``mailto:`` to the contact person whose subject names the workshop,
which works with the venue offline (the mail leaves when the phone is online).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from msgspec import Struct
from reportlab.lib.pagesizes import A3, A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, TableStyle

from ..core.agreements_payloads import calendar_payload, signup_payload
from ..core.exchange import ExchangeData
from ..core.qr_payloads import PayloadError, mailto
from .atomic import write_bytes_atomic
from .minutes.labels import Labels
from .pdf.document import MARGIN_X, DocumentInfo, render
from .pdf.flowables import ACCENT, MUTED, QRCode, TextBlock, TextStyle
from .pdf.flowables import table as make_table

POSTER_LABELS: dict[str, tuple[str, str]] = {
    "first_meeting": ("Erstes Treffen: {when}", "First meeting: {when}"),
    "calendar_hint": ("Code: erstes Treffen in den Kalender", "Code: first meeting into your calendar"),
    "headline": ("Machen Sie mit!", "Join in!"),
    "intro": (
        "Scannen Sie den Code mit der Kamera Ihres Telefons.",
        "Scan the code with your phone's camera.",
    ),
    "mailing_list": ("Auf dem Laufenden bleiben", "Stay informed"),
    "mailing_list_text": (
        "Eine E-Mail an {name} – Sie kommen in den Verteiler der Zukunftswerkstatt.",
        "An e-mail to {name} puts you on the future workshop's mailing list.",
    ),
    "mailing_subject": ("Mail-Verteiler: {title}", "Mailing list: {title}"),
    "poster": ("Aushang", "Poster"),
}


class PosterBlock(Struct, frozen=True):
    """One block: a title, lines of text (e.g. the first meeting) and the QR payload with its printed form."""

    title: str
    lines: tuple[str, ...]
    payload: str


BlockProvider = Callable[[ExchangeData, Labels], list[PosterBlock]]
_PROVIDERS: list[BlockProvider] = []


def register_blocks(provider: BlockProvider) -> None:
    """Add a source of poster blocks (in order: agreements first, the mailing list last)."""
    _PROVIDERS.insert(max(0, len(_PROVIDERS) - 1), provider)


def _text(labels: Labels, key: str, **params: object) -> str:
    german, english = POSTER_LABELS[key]
    return (english if labels.language == "en" else german).format(**params)


def mailing_list_blocks(data: ExchangeData, labels: Labels) -> list[PosterBlock]:
    """The mailing-list block: a mail to the contact person (none without a valid address)."""
    w = data.workshop
    try:
        payload = mailto(w.contact_email, _text(labels, "mailing_subject", title=w.title))
    except PayloadError:
        return []
    name = w.contact_name.strip() or w.contact_email.strip()
    lines = (_text(labels, "mailing_list_text", name=name), w.contact_email.strip())
    return [PosterBlock(_text(labels, "mailing_list"), lines, payload)]


def agreement_blocks(data: ExchangeData, labels: Labels) -> list[PosterBlock]:
    """One block per agreement that takes sign-ups: its title, first meeting and one large code.

    The code signs up (web address or mail) when the group has a sign-up target, and otherwise
    puts the first meeting into the phone's calendar; a group with neither gets no block.
    """
    zone = ZoneInfo(data.workshop.timezone)
    blocks = []
    for bundle in data.agreements.bundles():
        agreement = bundle.agreement
        if agreement.status in ("done", "dropped"):
            continue
        payload = signup_payload(agreement, data.workshop, labels.language) or calendar_payload(bundle, labels.language)
        if payload is None:
            continue
        lines: list[str] = []
        first = bundle.first_meeting
        if first is not None:
            start, end = first.starts_at.astimezone(zone), first.ends_at.astimezone(zone)
            when = f"{labels.long_date(start.date())}, {start:%H:%M}–{end:%H:%M}"
            lines.append(_text(labels, "first_meeting", when=when))
            if first.place.strip():
                lines.append(first.place.strip())
        target = agreement.signup_url.strip() or agreement.signup_email.strip()
        lines.append(target if target else _text(labels, "calendar_hint"))
        blocks.append(PosterBlock(agreement.title, tuple(lines), payload))
    return blocks


_PROVIDERS.append(agreement_blocks)
_PROVIDERS.append(mailing_list_blocks)


# Layouts tried in turn until the poster fits on one page: (columns, QR code size in mm on A4).
# The code never gets smaller than 30 mm, so a phone still reads it from an arm's length.
# With more groups than the last layout holds on one page, the poster goes on over several
# pages in that layout: shrinking it to one page would print modules too small to scan.
LAYOUTS: tuple[tuple[int, float], ...] = ((1, 60), (1, 50), (1, 42), (2, 50), (2, 42), (2, 34), (3, 34), (3, 30))


HEADLINE = TextStyle(size=34, bold=True, color=ACCENT, space_after=4, role="H1")  # the poster's H1 (tagged PDF)


def _block(block: PosterBlock, qr_size: float, width: float, scale: float) -> Flowable:
    """One block in a frame: its code on the left and title and lines beside it, or (narrow) the code above them."""
    title_size = (18 if qr_size >= 42 * mm * scale else 14) * scale
    text = [TextBlock(block.title, TextStyle(size=title_size, bold=True, space_after=4, role="H2"))]
    text += [TextBlock(line, TextStyle(size=min(12 * scale, title_size * 0.7), space_after=2)) for line in block.lines]
    code = QRCode(block.payload, qr_size)  # a dense payload makes the code larger than asked (QRCode)
    column = code.size + 10 * mm  # the code with its quiet zone and a gap: the box and the text stay out of it
    stacked = width - column < 40 * mm * scale
    cells: list[list[Any]] = [[code], [text]] if stacked else [[code, text]]
    # Never split (splitInRow=0): a code without its title, or a title without its code, tells nobody anything.
    row = make_table(cells, [width] if stacked else [column, width - column], splitInRow=0)
    row.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("ALIGN", (0, 0), (0, 0), "CENTER" if stacked else "LEFT"),
                ("LEFTPADDING", (0, 0), (-1, -1), 6 if stacked else 0),
                ("LEFTPADDING", (0, 0), (0, 0), 6 if stacked else 4 * mm),
                ("BOX", (0, 0), (-1, -1), 0.8, ACCENT),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return row


def poster_blocks(data: ExchangeData, language: str | None = None) -> list[PosterBlock]:
    """The blocks the poster shows, in order (none: nobody could sign up from it)."""
    labels = Labels(language or data.workshop.minutes_language)
    return [block for provider in _PROVIDERS for block in provider(data, labels)]


def build_poster(data: ExchangeData, size: str = "A4", language: str | None = None) -> tuple[bytes, list[str]]:
    """The poster PDF and its QR payloads in order.

    The codes shrink (to 30 mm) and go side by side until all fit on one page; more groups than
    that go on over several pages, every code still large enough to scan.
    """
    labels = Labels(language or data.workshop.minutes_language)
    blocks = poster_blocks(data, language)
    scale = 1.41 if size == "A3" else 1.0
    pagesize = A3 if size == "A3" else A4
    payloads = [block.payload for block in blocks]
    frame_width = pagesize[0] - 2 * MARGIN_X

    def story_for(columns: int, qr_mm: float) -> Callable[[object], list[Flowable]]:
        qr_size = qr_mm * mm * scale
        gap = 6 * mm * scale
        width = (frame_width - gap * (columns - 1)) / columns

        def story(_contents: object) -> list[Flowable]:
            flowables: list[Flowable] = [
                TextBlock(_text(labels, "headline"), HEADLINE.but(size=34 * scale)),
                TextBlock(data.workshop.title, TextStyle(size=16 * scale, bold=True, space_after=2)),
                TextBlock(_text(labels, "intro"), TextStyle(size=12 * scale, color=MUTED, space_after=14 * scale)),
            ]
            cells = [_block(block, qr_size, width, scale) for block in blocks]
            for start in range(0, len(cells), columns):
                row: list[Any] = cells[start : start + columns]
                row += [""] * (columns - len(row))
                widths: list[float] = []
                for column in range(columns):
                    widths += [width] if column == 0 else [gap, width]
                line: list[Any] = []
                for column, cell in enumerate(row):
                    line += [cell] if column == 0 else ["", cell]
                grid = make_table([line], widths, splitInRow=0)  # a row of blocks moves to the next page whole
                grid.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                          ("VALIGN", (0, 0), (-1, -1), "TOP")]))  # fmt: skip
                # The space goes between blocks, never after the last (it alone could start a blank page).
                flowables += [grid] if start + columns >= len(cells) else [grid, Spacer(1, 4 * mm * scale)]
            return flowables

        return story

    w = data.workshop
    info = DocumentInfo(
        title=f"{_text(labels, 'poster')}: {w.title}",
        author=w.county or w.municipality,
        subject=_text(labels, "headline"),
        language=labels.bcp47,
        footer=w.funder_line,
        page_label=lambda page, pages: labels("page_of", page=page, pages=pages),
    )
    for columns, qr_mm in LAYOUTS:
        pdf, pages = render(story_for(columns, qr_mm), info, "", 10**6, pagesize=pagesize)
        if pages == 1:
            return pdf, payloads
    # More groups than one page holds: the densest layout over as many pages as it takes (a row of
    # blocks is one table row, so a block never breaks across pages).
    return pdf, payloads


def write_poster(data: ExchangeData, target: Path, size: str = "A4") -> list[str]:
    """Build the poster and write it to ``target`` atomically; returns its QR payloads in order."""
    pdf, payloads = build_poster(data, size=size)
    write_bytes_atomic(Path(target), pdf)
    return payloads
