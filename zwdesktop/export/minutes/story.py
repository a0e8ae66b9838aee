"""The minutes (Protokoll) as PDF: a document a county office can send out unchanged.

The document is a list of **sections**, each a builder
``(MinutesContext) -> list[Flowable]`` registered under a key. The export
dialog and the command line choose sections by key; a feature that brings
new data (ideas by cluster, dot votes, agreements with their QR codes, the
steering group, the mailing list, the Blitzlicht) adds its section with
:func:`register_section` and reads its records from ``context.data`` (the
same :class:`~zwdesktop.core.exchange.ExchangeData` the exchange document
carries). The order of the sections is the process order of a workshop, set
by each section's ``order`` number (see :data:`SECTION_ORDER`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table, TableStyle

from ... import __version__
from ...core.bidi import isolated
from ...core.clock import ClockStatus, ItemActual, compute_state
from ...core.exchange import ExchangeData, recorded_actuals
from ...core.photos import PHOTO_AT_END, Photo, process_order
from ...core.qr_payloads import Contact, PayloadError, vcard
from ...core.schedule import clock_events_for_minutes, planned_schedule, workshop_start_utc
from ..pdf.alt_text import photo_alt
from ..pdf.document import Contents, DocumentInfo, render
from ..pdf.flowables import ACCENT, MUTED, RULE, SMALL, JpegImage, QRCode, Rule, TextBlock, TextStyle
from ..pdf.flowables import table as make_table
from ..pdf.images import PHOTO_SIZES, PreparedImage, prepare
from ..pdf.table_tags import DATA
from .labels import Labels

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

# Where each known and expected section goes. Sections of other features use these keys.
SECTION_ORDER: dict[str, int] = {
    "agenda": 100,
    "ideas": 200,  # ideas by cluster per phase (extension point)
    "votes": 300,  # dot-vote results, table and chart (extension point)
    "photos": 400,
    "agreements": 500,  # agreements with sign-up and calendar QR codes (extension point)
    "steering_group": 600,  # (extension point)
    "mailing_list": 700,  # how many signed up (extension point)
    "blitzlicht": 800,  # (extension point)
    "contact": 900,
    "workshop_data": 1000,
}
TOC_MIN_PAGES = 4  # a table of contents only when the minutes run to more pages than this


@dataclass(frozen=True)
class MinutesOptions:
    """What the export dialog chooses: sections, whether names are printed, the photo size."""

    sections: tuple[str, ...] | None = None  # None: every registered section
    include_names: bool = True
    photo_size: str = "medium"  # a key of PHOTO_SIZES
    language: str | None = None  # None: the workshop's minutes language


@dataclass
class MinutesContext:
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
        from zoneinfo import ZoneInfo

        return instant.astimezone(ZoneInfo(self.data.workshop.timezone))


SectionBuilder = Callable[[MinutesContext], list[Flowable]]


@dataclass(frozen=True)
class Section:
    """A part of the minutes: ``title(labels)`` for the dialog, ``build`` for the PDF."""

    key: str
    title: Callable[[Labels], str]
    build: SectionBuilder
    order: int
    names: bool = False  # whether the section prints people's names (then "names" option applies)


_SECTIONS: dict[str, Section] = {}


def register_section(section: Section) -> None:
    """Add (or replace) a section of the minutes."""
    _SECTIONS[section.key] = section


def sections() -> list[Section]:
    """The registered sections in document order."""
    return sorted(_SECTIONS.values(), key=lambda s: (s.order, s.key))


# ---- helpers -----------------------------------------------------------------


def heading(text: str, key: str, level: int = 0) -> TextBlock:
    """A section heading that goes into the table of contents and the PDF outline."""
    return TextBlock(text, H1 if level == 0 else H2, outline=(level, key))


def _table(rows: list[list[Any]], widths: list[float], header: bool = True, zebra: bool = True) -> Table:
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


def _field_rows(pairs: list[tuple[str, str]]) -> list[list[Any]]:
    return [[TextBlock(label, LABEL), TextBlock(value, CELL)] for label, value in pairs if value.strip()]


def _hm(value: dt.datetime | None) -> str:
    return value.strftime("%H:%M") if value else "–"


# ---- the header --------------------------------------------------------------


def build_header(ctx: MinutesContext) -> list[Flowable]:
    """Title, guiding question and the workshop's key facts."""
    w, lab = ctx.data.workshop, ctx.labels
    story: list[Flowable] = [
        TextBlock(lab("minutes_of").upper(), TextStyle(size=8.5, bold=True, color=MUTED, space_after=2)),
        TextBlock(w.title, TITLE),
    ]
    if w.guiding_question.strip():
        story.append(TextBlock(w.guiding_question, SUBTITLE))
    venue = ", ".join(part for part in (w.venue_name.strip(), " ".join(w.venue_address.split())) if part)
    time = lab("time_range", start=w.start_time.strftime("%H:%M"), end=w.end_time.strftime("%H:%M"))
    participants = ""
    if w.participant_total:
        participants = lab(
            "participants_split",
            total=w.participant_total,
            staff=w.count_staff,
            volunteers=w.count_volunteers,
            other=w.count_other,
        )
    contact = w.contact_name if ctx.options.include_names else lab("names_withheld")
    if w.contact_role and ctx.options.include_names:
        contact += f", {w.contact_role}"
    moderation = w.moderation_team if ctx.options.include_names else lab("names_withheld")
    pairs = [
        (lab("municipality"), w.municipality),
        (lab("county"), w.county),
        (lab("date"), lab.long_date(w.date)),
        (lab("venue"), venue),
        (lab("time"), time),
        (lab("moderation"), moderation if w.moderation_team else ""),
        (lab("contact"), contact if w.contact_name else ""),
        (lab("participants"), participants),
    ]
    story.append(Rule(ACCENT, 1.2, 4))
    story.append(_table(_field_rows(pairs), [38 * mm, None], header=False, zebra=False))  # type: ignore[list-item]
    story.append(Rule(ACCENT, 1.2, 4))
    return story


# ---- the agenda --------------------------------------------------------------


def build_agenda(ctx: MinutesContext) -> list[Flowable]:
    """The agenda with planned and actual times per item, and the totals."""
    data, lab = ctx.data, ctx.labels
    agenda = sorted(data.agenda, key=lambda i: (i.position, i.id))
    if not agenda:
        return []
    slots = planned_schedule(workshop_start_utc(data.workshop), agenda)
    actuals: dict[str, ItemActual] = {}
    finished = False
    # A try-out on another day (never reset) has no place under the workshop's date.
    events = clock_events_for_minutes(data.workshop, data.clock_events)
    if events:
        last = max(event.at for event in events)
        state = compute_state(agenda, events, last)
        actuals = {a.item_id: a for a in state.actuals}
        finished = state.status is ClockStatus.FINISHED
    header = [
        TextBlock(lab("col_no"), LABEL),
        TextBlock(lab("col_item"), LABEL),
        TextBlock(lab("col_planned"), LABEL),
        TextBlock(lab("col_actual"), LABEL),
        TextBlock(lab("col_difference"), LABEL.but(align="end")),
    ]
    rows: list[list[Any]] = [header]
    planned_total = 0
    actual_seconds = 0.0
    total_delta = 0
    # An item the clock went past without running it was skipped; so was any left when the workshop ended.
    last_run = max((i for i, item in enumerate(agenda) if item.id in actuals), default=-1)
    for number, (item, slot) in enumerate(zip(agenda, slots, strict=True), start=1):
        planned_total += item.planned_minutes
        actual = actuals.get(item.id)
        planned = f"{_hm(ctx.local(slot.start))}–{_hm(ctx.local(slot.end))}\n" + lab(
            "minutes_unit", n=item.planned_minutes
        )
        difference = ""
        if actual is None:
            # Skipped when a later item ran or the workshop is over; otherwise it simply has not come yet.
            shown = lab("not_run") if finished or number - 1 < last_run else "–"
        else:
            minutes = round(actual.running_seconds / 60)
            actual_seconds += actual.running_seconds
            end = _hm(ctx.local(actual.end)) if actual.end else lab("running")
            shown = f"{_hm(ctx.local(actual.start))}–{end}\n" + lab("minutes_unit", n=minutes)
            if actual.end is not None:  # a running item has no difference yet
                delta = minutes - item.planned_minutes
                total_delta += delta
                difference = f"{delta:+d}" if delta else "±0"
        rows.append(
            [
                TextBlock(str(number), CELL),
                _two_line(item.title, lab.phase(item.phase)),
                TextBlock(planned, CELL),
                TextBlock(shown, CELL),
                TextBlock(difference, CELL_RIGHT),
            ]
        )
    rows.append(
        [
            TextBlock("", CELL),
            TextBlock(lab("total"), CELL_BOLD),
            TextBlock(lab("minutes_unit", n=planned_total), CELL_BOLD),
            TextBlock(lab("minutes_unit", n=round(actual_seconds / 60)) if actuals else "–", CELL_BOLD),
            TextBlock((f"{total_delta:+d}" if total_delta else "±0") if actuals else "", CELL_BOLD.but(align="end")),
        ]
    )
    table = _table(rows, [10 * mm, None, 30 * mm, 30 * mm, 14 * mm])  # type: ignore[list-item]
    table.setStyle(
        TableStyle([("LINEABOVE", (0, -1), (-1, -1), 0.8, MUTED), ("BACKGROUND", (0, -1), (-1, -1), "#e4e7eb")])
    )
    note = lab("agenda_note" if events else "agenda_try_out" if data.clock_events else "agenda_not_started")
    return [heading(lab("agenda"), "agenda"), table, TextBlock(note, SMALL.but(space_before=4))]


class _TwoLine(Flowable):  # type: ignore[misc]
    """A bold title over a muted second line, in one table cell."""

    def __init__(self, first: str, second: str) -> None:
        super().__init__()
        self.first = TextBlock(first, CELL_BOLD)
        self.second = TextBlock(second, SMALL)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        _w, h1 = self.first.wrap(availWidth, availHeight)
        _w, h2 = self.second.wrap(availWidth, availHeight)
        self.width, self.height = availWidth, h1 + h2
        return self.width, self.height

    def draw(self) -> None:
        self.first.drawOn(self.canv, 0, self.second.height)
        self.second.drawOn(self.canv, 0, 0)


class _Stack(Flowable):  # type: ignore[misc]
    """Flowables one above the other that never split (a photo with its caption), usable in a table cell."""

    def __init__(self, parts: list[Flowable]) -> None:
        super().__init__()
        self.parts = parts
        self._sizes: list[tuple[float, float]] = []

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._sizes = [part.wrap(availWidth, availHeight) for part in self.parts]
        self.width = max((w for w, _h in self._sizes), default=0.0)
        self.height = sum(h + part.getSpaceBefore() for part, (_w, h) in zip(self.parts, self._sizes, strict=True))
        return self.width, self.height

    def draw(self) -> None:
        y = self.height
        for part, (_w, h) in zip(self.parts, self._sizes, strict=True):
            y -= h + part.getSpaceBefore()
            part.drawOn(self.canv, 0, y)


def _two_line(first: str, second: str) -> Flowable:
    return _TwoLine(first, second)


# ---- photos ------------------------------------------------------------------


def build_photos(ctx: MinutesContext) -> list[Flowable]:
    """ "Impressionen": the photos with captions, grouped by phase in process order."""
    if not ctx.data.photos:
        return []
    lab = ctx.labels
    longest, quality = PHOTO_SIZES.get(ctx.options.photo_size, PHOTO_SIZES["medium"])
    # The printed width per size: two small photos side by side, medium and large one per row.
    width = {"small": 80 * mm, "medium": 120 * mm, "large": 170 * mm}.get(ctx.options.photo_size, 120 * mm)
    phase_order: list[str] = []
    for item in sorted(ctx.data.agenda, key=lambda i: (i.position, i.id)):
        if item.phase not in phase_order:
            phase_order.append(item.phase)
    story: list[Flowable] = []
    pending: list[Flowable] = [heading(lab("photos"), "photos")]
    for phase, photos in process_order(ctx.data.photos, phase_order):
        title = lab("photos_at_end") if phase == PHOTO_AT_END else lab.phase(phase)
        pending.append(heading(title, f"photos-{phase or 'end'}", level=1))
        cells = [_photo_cell(ctx, photo, width, longest, quality) for photo in photos]
        if ctx.options.photo_size == "small":
            blocks: list[Flowable] = []
            for start in range(0, len(cells), 2):
                pair = cells[start : start + 2]
                grid = make_table([pair + [""] * (2 - len(pair))], [85 * mm, 85 * mm], hAlign="LEFT")
                grid.setStyle(
                    TableStyle(
                        [
                            ("VALIGN", (0, 0), (-1, -1), "TOP"),
                            ("LEFTPADDING", (0, 0), (-1, -1), 0),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                        ]
                    )
                )
                blocks.append(grid)
        else:
            blocks = cells
        # Headings never stand alone at the foot of a page: they go with the first photo.
        story.append(KeepTogether([*pending, blocks[0]]))
        story.extend(blocks[1:])
        pending = []
    return story


def _photo_cell(ctx: MinutesContext, photo: Photo, width: float, longest: int, quality: int) -> Flowable:

    try:
        key = (photo.id, ctx.options.photo_size)
        prepared = ctx.prepared.get(key)
        if prepared is None:
            prepared = ctx.prepared[key] = prepare(ctx.load_photo(photo), longest, quality)
    except (OSError, ValueError, SyntaxError):
        # A damaged file must not stop the minutes: say so where the photo would be.
        name = photo.original_name or photo.id
        return TextBlock(ctx.labels("photo_unreadable", name=name), CAPTION)
    height = width * prepared.height / prepared.width
    # Tall photos are limited to 15 cm, so a portrait shot leaves room for its caption.
    if height > 150 * mm:
        width, height = width * 150 * mm / height, 150 * mm
    phase = ctx.labels("photos_at_end") if photo.phase == PHOTO_AT_END else ctx.labels.phase(photo.phase)
    image = JpegImage(prepared.data, width, height, alt=photo_alt(photo.caption, phase, ctx.labels.language))
    parts: list[Flowable] = [image]
    if photo.caption.strip():
        parts.append(TextBlock(photo.caption, CAPTION))
    parts.append(Spacer(1, 8))
    return _Stack(parts)


# ---- contact and workshop data -------------------------------------------------


def contact_payload(ctx: MinutesContext) -> str | None:
    """The vCard of the workshop's contact person (None without a name)."""
    w = ctx.data.workshop
    try:
        return vcard(
            Contact(w.contact_name, w.county or w.municipality, w.contact_role, w.contact_email, w.contact_phone)
        )
    except PayloadError:
        return None


def build_contact(ctx: MinutesContext) -> list[Flowable]:
    """The contact person with a QR code (vCard) and the same details printed beside it."""
    w, lab = ctx.data.workshop, ctx.labels
    if not w.contact_name.strip() or not ctx.options.include_names:
        return []
    payload = contact_payload(ctx)
    details = _field_rows(
        [
            (lab("contact"), w.contact_name),
            (lab("role"), w.contact_role),
            (lab("email"), w.contact_email),
            (lab("phone"), w.contact_phone),
        ]
    )
    info = _table(details, [30 * mm, None], header=False, zebra=False)  # type: ignore[list-item]
    hint = TextBlock(lab("contact_qr"), SMALL.but(space_before=4))
    if payload is None:
        return [heading(lab("contact_section"), "contact"), info]
    code = ctx.qr(payload)
    # The code's column is as wide as the code with its quiet zone: no text comes into it.
    block = make_table([[code, [info, hint]]], [code.size + 4 * mm, None])
    block.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return [CondPageBreak(50 * mm), heading(lab("contact_section"), "contact"), block]


def build_workshop_data(ctx: MinutesContext) -> list[Flowable]:
    """Notes, the venue's address and how the minutes were made."""
    w, lab = ctx.data.workshop, ctx.labels
    pairs = [(lab("address"), w.venue_address), (lab("notes"), w.notes)]
    rows = _field_rows(pairs)
    story: list[Flowable] = [heading(lab("workshop_data"), "workshop-data")]
    if rows:
        story.append(_table(rows, [38 * mm, None], header=False, zebra=False))  # type: ignore[list-item]
    made = lab("made_with", date=lab.long_date(ctx.local(ctx.now).date()), version=__version__)
    story.append(TextBlock(made, SMALL.but(space_before=6)))
    return story


for _section in (
    Section("agenda", lambda lab: lab("agenda"), build_agenda, SECTION_ORDER["agenda"]),
    Section("photos", lambda lab: lab("photos"), build_photos, SECTION_ORDER["photos"]),
    Section("contact", lambda lab: lab("contact_section"), build_contact, SECTION_ORDER["contact"], names=True),
    Section("workshop_data", lambda lab: lab("workshop_data"), build_workshop_data, SECTION_ORDER["workshop_data"]),
):
    register_section(_section)

# The sections of other features register themselves when imported (kept after the built-in ones).
from . import agreements, ideas  # noqa: E402, F401

# ---- the whole document ---------------------------------------------------------


@dataclass(frozen=True)
class MinutesResult:
    """The PDF and what went into it."""

    pdf: bytes
    pages: int
    qr_payloads: tuple[str, ...]


def _prepare_photos(
    photos: list[Photo],
    options: MinutesOptions,
    load_photo: Callable[[Photo], bytes | None],
    prepared: dict[tuple[str, str], PreparedImage],
) -> None:
    """Scale every photo at once on all cores (Pillow works outside the GIL); a bad one is left for its cell."""
    import os
    from concurrent.futures import ThreadPoolExecutor

    longest, quality = PHOTO_SIZES.get(options.photo_size, PHOTO_SIZES["medium"])
    # The bytes are read here, in this thread: the store's connection belongs to it.
    blobs = [(photo.id, load_photo(photo)) for photo in photos]
    with ThreadPoolExecutor(max_workers=max(1, min(4, os.cpu_count() or 1))) as pool:
        futures = [(pid, pool.submit(prepare, blob, longest, quality)) for pid, blob in blobs if blob]
        for pid, future in futures:
            # A bad photo is left out here: _photo_cell tries again and prints the notice in its place.
            with contextlib.suppress(OSError, ValueError, SyntaxError):
                prepared[(pid, options.photo_size)] = future.result()


@dataclass
class MinutesStory:
    """The minutes as a story of flowables, before any file is made (the PDF and the Word document draw it)."""

    make: Callable[[Contents | None], list[Flowable]]  # a fresh story; ``contents`` where the contents go
    info: DocumentInfo
    labels: Labels
    payloads: list[str]  # the QR payloads of the story made last


def minutes_story(
    data: ExchangeData,
    options: MinutesOptions | None = None,
    load_photo: Callable[[Photo], bytes] | None = None,
    now: dt.datetime | None = None,
) -> MinutesStory:
    """The chosen sections of a workshop's minutes as flowables, with what the document says about itself.

    ``load_photo`` fetches a photo's bytes when they are not in the record
    (the store keeps them apart so listing photos stays cheap).
    """
    options = options or MinutesOptions()
    w = data.workshop
    labels = Labels(options.language or w.minutes_language)
    chosen = [s for s in sections() if options.sections is None or s.key in options.sections]
    payloads: list[str] = []
    prepared: dict[tuple[str, str], PreparedImage] = {}
    if data.photos and any(s.key == "photos" for s in chosen):
        _prepare_photos(data.photos, options, load_photo or (lambda photo: photo.data), prepared)

    def story(contents: Contents | None) -> list[Flowable]:
        ctx = MinutesContext(
            data=data,
            options=options,
            labels=labels,
            now=now or dt.datetime.now(dt.UTC),
            load_photo=load_photo or (lambda photo: photo.data),
            prepared=prepared,
        )
        flowables = build_header(ctx)
        if contents is not None:
            flowables += [TextBlock(labels("contents"), H2.but(space_before=10, role="H2")), contents, Spacer(1, 6)]
        for section in chosen:
            flowables += section.build(ctx)
        payloads[:] = ctx.qr_payloads
        return flowables

    info = DocumentInfo(
        title=f"{labels('minutes')}: {w.title}",
        author=w.moderation_team if options.include_names and w.moderation_team else (w.county or w.municipality),
        subject=labels("subject", municipality=w.municipality or w.title, date=labels.long_date(w.date)),
        language=labels.bcp47,
        footer=w.funder_line,
        page_label=lambda page, pages: labels("page_of", page=page, pages=pages),
        running_title=f"{isolated(w.title)} · {labels.long_date(w.date)}",
        keywords="Zukunftswerkstatt, " + labels("minutes"),
    )
    return MinutesStory(story, info, labels, payloads)


def build_minutes(
    data: ExchangeData,
    options: MinutesOptions | None = None,
    load_photo: Callable[[Photo], bytes] | None = None,
    now: dt.datetime | None = None,
) -> MinutesResult:
    """The minutes PDF of a workshop (see :func:`minutes_story`)."""
    story = minutes_story(data, options, load_photo, now)
    pdf, pages = render(story.make, story.info, story.labels("contents"), TOC_MIN_PAGES)
    return MinutesResult(pdf, pages, tuple(story.payloads))


__all__ = [
    "SECTION_ORDER",
    "MinutesContext",
    "MinutesOptions",
    "MinutesResult",
    "MinutesStory",
    "Section",
    "build_minutes",
    "heading",
    "minutes_story",
    "recorded_actuals",
    "register_section",
    "sections",
]


# The dot votes and the Blitzlicht bring their own sections (imported last: they build on the helpers above).
from . import votes as _minutes_votes  # noqa: E402, F401
