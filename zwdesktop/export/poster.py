"""The sign-up poster for the exit door: one block per agreement with a large QR code, and the mailing list's code.

Blocks come from providers registered with :func:`register_blocks`, so the
agreements feature adds one block per agreement (title, first meeting, its
sign-up code) without touching this module. Built in is the mailing-list
block: a ``mailto:`` to the contact person whose subject names the workshop,
which works with the venue offline (the mail leaves when the phone is online).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from reportlab.lib.pagesizes import A3, A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, TableStyle

from ..core.exchange import ExchangeData
from ..core.qr_payloads import PayloadError, mailto
from .minutes_labels import Labels
from .pdf.document import DocumentInfo, render
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


@dataclass(frozen=True)
class PosterBlock:
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
    from zoneinfo import ZoneInfo

    from ..core.signup_payloads import calendar_payload, signup_payload

    zone = ZoneInfo(data.workshop.timezone)
    blocks = []
    for bundle in data.agreements.bundles():
        agreement = bundle.agreement
        if agreement.status in ("done", "dropped"):
            continue
        payload = signup_payload(agreement, data.workshop, labels.language) or calendar_payload(
            bundle, labels.language
        )
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


def build_poster(data: ExchangeData, size: str = "A4", language: str | None = None) -> tuple[bytes, list[str]]:
    """The poster PDF and its QR payloads in order."""
    labels = Labels(language or data.workshop.minutes_language)
    blocks = [block for provider in _PROVIDERS for block in provider(data, labels)]
    scale = 1.41 if size == "A3" else 1.0
    qr_size = 60 * mm * scale
    payloads = [block.payload for block in blocks]

    def story(_contents: object) -> list[Flowable]:
        flowables: list[Flowable] = [
            TextBlock(_text(labels, "headline"), TextStyle(size=34 * scale, bold=True, color=ACCENT, space_after=4)),
            TextBlock(data.workshop.title, TextStyle(size=16 * scale, bold=True, space_after=2)),
            TextBlock(_text(labels, "intro"), TextStyle(size=12 * scale, color=MUTED, space_after=14 * scale)),
        ]
        for block in blocks:
            text = [TextBlock(block.title, TextStyle(size=18 * scale, bold=True, space_after=4))]
            text += [TextBlock(line, TextStyle(size=12 * scale, space_after=2)) for line in block.lines]
            code = QRCode(block.payload, qr_size)
            # The code's column holds the code with its quiet zone and a gap: the box and the text stay out of it.
            row = make_table([[code, text]], [code.size + 10 * mm, None])
            row.setStyle(
                TableStyle(
                    [
                        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                        ("LEFTPADDING", (0, 0), (-1, -1), 0),
                        ("LEFTPADDING", (0, 0), (0, 0), 4 * mm),
                        ("BOX", (0, 0), (-1, -1), 0.8, ACCENT),
                        ("TOPPADDING", (0, 0), (-1, -1), 6),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                    ]
                )
            )
            flowables += [row, Spacer(1, 8 * mm * scale)]
        return flowables

    w = data.workshop
    info = DocumentInfo(
        title=f"{_text(labels, 'poster')}: {w.title}",
        author=w.county or w.municipality,
        subject=_text(labels, "headline"),
        language=labels.bcp47,
        footer=w.funder_line,
        page_label=lambda page, pages: labels("page_of", page=page, pages=pages),
    )
    pdf, _pages = render(story, info, "", 10**6, pagesize=A3 if size == "A3" else A4)
    return pdf, payloads
