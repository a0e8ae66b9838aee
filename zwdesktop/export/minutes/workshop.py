"""The sections about the workshop itself: the header, the agenda with the times as run, the photos, the contact, the workshop's data."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, TableStyle

from ... import __version__
from ...core.clock import ClockStatus, ItemActual, compute_state
from ...core.photos import PHOTO_AT_END, Photo, phases_in_agenda_order, process_order
from ...core.qr_payloads import Contact, PayloadError, vcard
from ...core.schedule import clock_events_for_minutes, is_workshop_day, planned_schedule, workshop_start_utc
from ..pdf.alt_text import photo_alt
from ..pdf.flowables import ACCENT, MUTED, SMALL, JpegImage, Rule, TextBlock, TextStyle
from ..pdf.flowables import table as make_table
from ..pdf.images import PHOTO_SIZES, prepare
from .common import (
    CAPTION,
    CELL,
    CELL_BOLD,
    CELL_RIGHT,
    LABEL,
    SUBTITLE,
    TITLE,
    MinutesContext,
    clock_time,
    data_table,
    field_rows,
    heading,
)


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
        *_version_rows(ctx),
    ]
    story.append(Rule(ACCENT, 1.2, 4))
    story.append(data_table(field_rows(pairs), [38 * mm, None], header=False, zebra=False))  # type: ignore[list-item]
    story.append(Rule(ACCENT, 1.2, 4))
    return story


def _version_rows(ctx: MinutesContext) -> list[tuple[str, str]]:
    """The minutes' version and approval, and the corrections (what, when, by whom) that made it."""
    from ...core.followup_progress import minutes_version

    lab = ctx.labels
    version = minutes_version(ctx.data.followup.revisions)
    if version.approval is not None:
        text = lab("version_approved", n=version.number, date=lab.long_date(version.approval.day))
        if version.approval.by.strip():
            text = lab("approved_by", text=text, by=version.approval.by.strip())
    else:
        text = lab("version_draft", n=version.number)
    rows = [(lab("version"), text)]
    if version.corrections:
        lines = []
        for correction in version.corrections:
            who = f", {correction.by.strip()}" if correction.by.strip() and ctx.options.include_names else ""
            lines.append(f"{correction.day:%d.%m.%Y}{who}: {correction.what.strip()}")
        rows.append((lab("corrections"), "; ".join(lines)))
    return rows


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
    counted_to = None
    if events:
        last = max(event.at for event in events)
        # A clock still running counts its item up to the export, as the clock page shows it then.
        # On a later day (the clock was left running) it counts only up to its last event.
        at = ctx.now if ctx.now > last and is_workshop_day(data.workshop, ctx.now) else last
        state = compute_state(agenda, events, at)
        actuals = {a.item_id: a for a in state.actuals}
        finished = state.status is ClockStatus.FINISHED
        if state.status in (ClockStatus.RUNNING, ClockStatus.PAUSED) and at == ctx.now:
            counted_to = clock_time(ctx.local(at))
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
        planned = f"{clock_time(ctx.local(slot.start))}–{clock_time(ctx.local(slot.end))}\n" + lab(
            "minutes_unit", n=item.planned_minutes
        )
        difference = ""
        if actual is None:
            # Skipped when a later item ran or the workshop is over; otherwise it simply has not come yet.
            shown = lab("not_run") if finished or number - 1 < last_run else "–"
        elif actual.end is None and counted_to is None:
            # Left running, exported on a later day: how long the item really took is not known.
            shown = f"{clock_time(ctx.local(actual.start))}–{lab('running')}"
        else:
            minutes = round(actual.running_seconds / 60)
            actual_seconds += actual.running_seconds
            end = clock_time(ctx.local(actual.end)) if actual.end else lab("running")
            shown = f"{clock_time(ctx.local(actual.start))}–{end}\n" + lab("minutes_unit", n=minutes)
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
    table = data_table(rows, [10 * mm, None, 30 * mm, 30 * mm, 14 * mm])  # type: ignore[list-item]
    table.setStyle(
        TableStyle([("LINEABOVE", (0, -1), (-1, -1), 0.8, MUTED), ("BACKGROUND", (0, -1), (-1, -1), "#e4e7eb")])
    )
    note = lab("agenda_note" if events else "agenda_try_out" if data.clock_events else "agenda_not_started")
    if counted_to is not None:
        note = f"{note} {lab('agenda_counted_to', time=counted_to)}"
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
    # An item named after its phase ("Kritikphase") would read its name twice.
    if second.strip().casefold() == first.strip().casefold():
        return TextBlock(first, CELL_BOLD)
    return _TwoLine(first, second)


def build_photos(ctx: MinutesContext) -> list[Flowable]:
    """ "Impressionen": the photos with captions, grouped by phase in process order."""
    if not ctx.data.photos:
        return []
    lab = ctx.labels
    longest, quality = PHOTO_SIZES.get(ctx.options.photo_size, PHOTO_SIZES["medium"])
    # The printed width per size: two small photos side by side, medium and large one per row.
    width = {"small": 80 * mm, "medium": 120 * mm, "large": 170 * mm}.get(ctx.options.photo_size, 120 * mm)
    phase_order = phases_in_agenda_order(ctx.data.agenda)
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
    details = field_rows(
        [
            (lab("contact"), w.contact_name),
            (lab("role"), w.contact_role),
            (lab("email"), w.contact_email),
            (lab("phone"), w.contact_phone),
        ]
    )
    info = data_table(details, [30 * mm, None], header=False, zebra=False)  # type: ignore[list-item]
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
    rows = field_rows(pairs)
    story: list[Flowable] = [heading(lab("workshop_data"), "workshop-data")]
    if rows:
        story.append(data_table(rows, [38 * mm, None], header=False, zebra=False))  # type: ignore[list-item]
    made = lab("made_with", date=lab.long_date(ctx.local(ctx.now).date()), version=__version__)
    story.append(TextBlock(made, SMALL.but(space_before=6)))
    return story
