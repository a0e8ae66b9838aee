"""The minutes' sections of the agreements feature: project groups, steering group, mailing list.

Each agreement gets its steps (what, who, with whom, by when), contact person
and first follow-up meeting, and two QR codes with the same information
printed beside them: one to sign up, one that puts the first meeting into the
phone's calendar. The mailing list is reported as a count only: no personal
e-mail address goes into the minutes.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, TableStyle

from ...core.agreements import STEERING_GROUP, AgreementBundle, Meeting
from ...core.agreements_payloads import calendar_payload, signup_payload
from ..pdf.document import FRAME_WIDTH, MARGIN_BOTTOM, MARGIN_TOP
from ..pdf.flowables import SMALL, QRCode, TextBlock, measure_for
from ..pdf.flowables import table as make_table
from .common import CELL, CELL_BOLD, H2, LABEL, MinutesContext, data_table, field_rows, heading

QR_SIZE = 34 * mm  # the wished size; a dense code grows (see pdf.flowables.QRCode)
QR_GAP = 3 * mm  # between a code's quiet zone and the text beside it
TEXT_MIN = 36 * mm  # the narrowest text column beside a code
# What one page holds below its margins (the frame's own padding of 6 pt each side is not room).
PAGE_ROOM = A4[1] - MARGIN_TOP - MARGIN_BOTTOM - 12


def _meeting_text(ctx: MinutesContext, meeting: Meeting) -> str:
    start, end = ctx.local(meeting.starts_at), ctx.local(meeting.ends_at)
    when = f"{ctx.labels.long_date(start.date())}, {start:%H:%M}–{end:%H:%M}"
    place = ", ".join(part for part in (meeting.place.strip(), meeting.address.strip()) if part)
    return " · ".join(part for part in (when, place, meeting.purpose.strip()) if part)


def _code_caption(ctx: MinutesContext, meeting: Meeting) -> str:
    """Beside the calendar code: when and where, short (the whole meeting is printed above the codes)."""
    start, end = ctx.local(meeting.starts_at), ctx.local(meeting.ends_at)
    when = f"{ctx.labels.long_date(start.date())}, {start:%H:%M}–{end:%H:%M}"
    place = meeting.place.strip()
    place = place if len(place) <= 80 else place[:79].rstrip() + "…"
    return " · ".join(part for part in (when, place) if part)


def _distinct_labels(bundle: AgreementBundle) -> list[str]:
    """The origins' texts in order, each once: a wish carried forward names its vote option and its idea alike."""
    seen: set[str] = set()
    labels = []
    for origin in sorted(bundle.origins, key=lambda o: (o.position, o.id)):
        label = " ".join(origin.label.split())
        if label and label.casefold() not in seen:
            seen.add(label.casefold())
            labels.append(label)
    return labels


def _steps_table(ctx: MinutesContext, bundle: AgreementBundle) -> list[Flowable]:
    lab = ctx.labels
    if not bundle.steps:
        return []
    # "Who" and "with whom" name people: without names only what and by when are printed.
    names = ctx.options.include_names
    keys = ("step_what", "step_who", "step_with", "step_due") if names else ("step_what", "step_due")
    rows: list[list[Any]] = [[TextBlock(lab(key), LABEL) for key in keys]]
    for step in sorted(bundle.steps, key=lambda s: (s.position, s.id)):
        due = TextBlock(step.due.strftime("%d.%m.%Y") if step.due else "–", CELL)
        if names:
            rows.append([TextBlock(step.what, CELL), TextBlock(step.who, CELL), TextBlock(step.with_whom, CELL), due])
        else:
            rows.append([TextBlock(step.what, CELL), due])
    widths = [70 * mm, 35 * mm, 40 * mm, None] if names else [145 * mm, None]
    return [data_table(rows, widths)]  # type: ignore[arg-type]


def _codes(ctx: MinutesContext, bundle: AgreementBundle) -> list[Flowable]:
    """The sign-up and calendar codes, each with what it holds printed beside it.

    Each code's column is as wide as the code with its quiet zone (a dense
    code grows beyond :data:`QR_SIZE`) plus a gap, so no text comes into the
    quiet zone. Two codes stand side by side when both texts still get
    :data:`TEXT_MIN` of width; otherwise each code has a row of its own.
    """
    lab, language = ctx.labels, ctx.labels.language
    entries: list[tuple[QRCode, list[Flowable]]] = []
    signup = signup_payload(bundle.agreement, ctx.data.workshop, language)
    if signup is not None:
        target = bundle.agreement.signup_url.strip() or bundle.agreement.signup_email.strip()
        entries.append((ctx.qr(signup, QR_SIZE), [TextBlock(lab("qr_signup"), CELL_BOLD), TextBlock(target, CELL)]))
    first = bundle.first_meeting
    calendar = calendar_payload(bundle, language)
    if calendar is not None and first is not None:
        text = [TextBlock(lab("qr_calendar"), CELL_BOLD), TextBlock(_code_caption(ctx, first), CELL)]
        entries.append((ctx.qr(calendar, QR_SIZE), text))
    if not entries:
        return []
    columns = [code.size + QR_GAP for code, _text in entries]
    style = TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    # A text column is never narrower than its longest word (an address is not cut in two).
    narrowest = max([TEXT_MIN] + [_widest_word(block) for _code, text in entries for block in text])
    if len(entries) == 2 and sum(columns) + 2 * narrowest <= FRAME_WIDTH:
        text_width = (FRAME_WIDTH - sum(columns)) / 2
        block = make_table([[entries[0][0], entries[0][1], entries[1][0], entries[1][1]]],
                           [columns[0], text_width, columns[1], None])  # fmt: skip
        block.setStyle(style)
        return [block]
    blocks: list[Flowable] = []
    for code, text in entries:
        block = make_table([[code, text]], [code.size + QR_GAP, None])
        block.setStyle(style)
        blocks.append(block)
    return blocks


def _widest_word(block: Flowable) -> float:
    measure = measure_for(block.style)
    return max((measure(word) for word in block.text.split()), default=0.0) + 2  # + the cell's rounding


def build_agreements(ctx: MinutesContext) -> list[Flowable]:
    """Every agreement that is not dropped: goal, steps, contact, first meeting, QR codes."""
    lab = ctx.labels
    bundles = [b for b in ctx.data.agreements.bundles() if b.agreement.status != "dropped"]
    if not bundles:
        return []
    story: list[Flowable] = [CondPageBreak(40 * mm)]
    # The section's heading goes with its first agreement: never alone at the foot of a page.
    pending: list[Flowable] = [heading(lab("agreements"), "agreements")]
    for bundle in bundles:
        agreement = bundle.agreement
        first = bundle.first_meeting
        pairs = [(lab("goal"), agreement.goal)]
        if ctx.options.include_names:
            contact = ", ".join(
                part
                for part in (
                    agreement.contact_name,
                    agreement.contact_role,
                    agreement.contact_email,
                    agreement.contact_phone,
                )
                if part.strip()
            )
            pairs.append((lab("contact"), contact))
            if bundle.members:
                pairs.append((lab("members"), ", ".join(m.name for m in bundle.members if m.name.strip())))
        pairs.append((lab("first_meeting"), _meeting_text(ctx, first) if first else lab("no_first_meeting")))
        pairs.append((lab("origin"), ", ".join(_distinct_labels(bundle))))
        head: list[Flowable] = [TextBlock(agreement.title, H2)]
        rows = field_rows(pairs)
        if rows:
            head.append(data_table(rows, [32 * mm, None], header=False, zebra=False))  # type: ignore[list-item]
        steps, codes = _steps_table(ctx, bundle), _codes(ctx, bundle)
        whole = [*pending, *head, *steps, *codes]
        if _height(whole) <= PAGE_ROOM:
            # An agreement that fits a page is never split: its codes stay with its title and steps.
            story.append(KeepTogether(whole))
        else:
            # A long one breaks in its steps; its codes come before them, with the title and first
            # meeting they sign up for, so they never stand alone at the top of a page.
            story.append(KeepTogether([*pending, *head, *codes]))
            story.extend(steps)
        pending = []
        story.append(Spacer(1, 6))
    return story


def _height(flowables: list[Flowable]) -> float:
    """The height the flowables take in the page's frame, with the space between them."""
    total = 0.0
    for flowable in flowables:
        total += flowable.wrap(FRAME_WIDTH, PAGE_ROOM * 10)[1] + flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return total


def _introduction(text: str) -> TextBlock:
    """The line under a section's heading that says how many: it goes with the table below it, so the
    heading and this line never stand alone at the foot of a page (the heading goes with it)."""
    line = TextBlock(text, CELL)
    line.keepWithNext = True
    return line


def build_steering_group(ctx: MinutesContext) -> list[Flowable]:
    """The steering group's members with their role (names only when names are printed) and first meeting."""
    lab, data = ctx.labels, ctx.data.agreements
    members = sorted(data.steering_members, key=lambda m: (m.position, m.id))
    meetings = sorted((m for m in data.meetings if m.agreement_id is None), key=lambda m: m.starts_at)
    if not members and not meetings:
        return []
    story: list[Flowable] = [heading(lab("steering_group"), "steering-group")]
    roles = Counter(member.role for member in members)
    split = lab(
        "steering_split",
        staff=roles.get("staff", 0),
        volunteers=roles.get("volunteer", 0),
        other=roles.get("other", 0),
    )
    story.append(_introduction(f"{lab.count('steering_count', len(members))} ({split})"))
    if ctx.options.include_names and members:
        rows = [[TextBlock(m.name, CELL), TextBlock(lab(f"role_{m.role}"), CELL)] for m in members]
        story.append(data_table(rows, [70 * mm, None], header=False))  # type: ignore[list-item]
    if meetings:
        story.append(TextBlock(f"{lab('first_meeting')}: {_meeting_text(ctx, meetings[0])}", CELL.but(space_before=4)))
    return story


def build_mailing_list(ctx: MinutesContext) -> list[Flowable]:
    """How many signed up (with consent) and for which groups — counts, no addresses."""
    lab, data = ctx.labels, ctx.data.agreements
    signups = [s for s in data.signups if s.consent_at]
    if not signups:
        return []
    story: list[Flowable] = [
        heading(lab("mailing_list"), "mailing-list"),
        _introduction(lab.count("mailing_count", len(signups))),
    ]
    titles = {a.id: a.title for a in data.agreements}
    titles[STEERING_GROUP] = lab("steering_group")
    per_group = Counter(group for signup in signups for group in signup.groups if group in titles)
    if per_group:
        rows = [[TextBlock(titles[g], CELL), TextBlock(str(n), CELL)] for g, n in per_group.most_common()]
        story.append(data_table(rows, [100 * mm, None], header=False))  # type: ignore[list-item]
    story.append(TextBlock(lab("mailing_note"), SMALL.but(space_before=4)))
    return story
