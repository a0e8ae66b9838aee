"""The progress sheet for the steering group: where every project group stands, on one or two pages.

Per group its status and progress, its open steps (overdue ones marked), the
last meeting that took place (with how many came) and the next one with its
calendar code, and the contact person; then the steering group's members and
next meeting. Everything comes from :func:`~zwdesktop.core.followup_progress.followup_summary`.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, TableStyle

from ..core.agreements import Meeting
from ..core.agreements_payloads import meeting_payload
from ..core.exchange import ExchangeData
from ..core.followup_progress import AgreementSummary, FollowupSummary, followup_summary, is_overdue
from .atomic import write_bytes_atomic
from .minutes.labels import Labels
from .pdf.document import MARGIN_X, DocumentInfo, render
from .pdf.flowables import ACCENT, MUTED, QRCode, Rule, TextBlock, TextStyle
from .pdf.flowables import table as make_table

PROGRESS_LABELS: dict[str, tuple[str, str]] = {
    "sheet": ("Fortschritt", "Progress"),
    "as_of": ("Stand: {date}", "As of {date}"),
    "workshop_on": ("Zukunftswerkstatt am {date}", "Future workshop on {date}"),
    "status": ("Stand: {status}", "Status: {status}"),
    "no_steps": ("noch keine Schritte", "no steps yet"),
    "open_steps": ("Offene Schritte", "Open steps"),
    "overdue": ("überfällig", "overdue"),
    "due": ("bis {date}", "by {date}"),
    "last_meeting": ("Letztes Treffen: {when}", "Last meeting: {when}"),
    "next_meeting": ("Nächstes Treffen: {when}", "Next meeting: {when}"),
    "no_next": ("Noch kein nächster Termin", "No next date yet"),
    "unrecorded": ("Treffen am {when}: noch nicht festgehalten", "Meeting on {when}: not recorded yet"),
    "no_meeting_held": ("Noch kein Folgetreffen stattgefunden", "No follow-up meeting held yet"),
    "contact": ("Ansprechperson: {name}", "Contact: {name}"),
    "calendar_hint": ("Code: nächstes Treffen in den Kalender", "Code: next meeting into your calendar"),
    "steering": ("Steuerungsgruppe", "Steering group"),
    "members": ("Mitglieder: {names}", "Members: {names}"),
    "no_members": ("Noch keine Mitglieder", "No members yet"),
    "minutes_draft": ("Protokoll: Version {n}, Entwurf", "Minutes: version {n}, draft"),
    "minutes_approved": ("Protokoll: Version {n}, genehmigt am {date}", "Minutes: version {n}, approved on {date}"),
}
# Counted words (see minutes.labels.COUNTED): "0 von 1 Schritt erledigt", not "0 von 1 Schritten".
PROGRESS_COUNTED: dict[str, tuple[str, str, str, str]] = {
    "progress": ("{done} von {n} Schritt erledigt", "{done} von {n} Schritten erledigt",
                 "{done} of {n} step done", "{done} of {n} steps done"),
    "groups": ("{n} Gruppe", "{n} Gruppen", "{n} group", "{n} groups"),
    "held": ("{n} Folgetreffen stattgefunden", "{n} Folgetreffen stattgefunden",
             "{n} follow-up meeting held", "{n} follow-up meetings held"),
    "overdue_steps": ("{n} Schritt überfällig", "{n} Schritte überfällig", "{n} step overdue", "{n} steps overdue"),
    "attendance": ("{n} Person", "{n} Teilnehmende", "{n} attended", "{n} attended"),
}  # fmt: skip
STATUS_WORDS: dict[str, tuple[str, str]] = {
    "planned": ("geplant", "planned"),
    "active": ("aktiv", "active"),
    "paused": ("pausiert", "paused"),
    "done": ("erledigt", "done"),
    "dropped": ("aufgegeben", "dropped"),
    "open": ("offen", "open"),
    "started": ("begonnen", "started"),
}
ROLE_WORDS: dict[str, tuple[str, str]] = {
    "staff": ("Hauptamt", "staff"),
    "volunteer": ("Ehrenamt", "volunteer"),
    "other": ("weitere", "other"),
}
TITLE = TextStyle(size=20, bold=True, color=ACCENT, space_after=2, role="H1")
GROUP = TextStyle(size=12.5, bold=True, space_before=4, space_after=1, role="H2")
LINE = TextStyle(size=9.5, space_after=1)
NOTE = TextStyle(size=9, color=MUTED, space_after=1)
FLAG = TextStyle(size=9.5, bold=True, color=colors.HexColor("#9b1c1c"), space_after=1)
QR_SIZE = 24 * mm


def _text(labels: Labels, key: str, **params: object) -> str:
    german, english = PROGRESS_LABELS[key]
    return (english if labels.language == "en" else german).format(**params)


def _word(table: dict[str, tuple[str, str]], labels: Labels, code: str) -> str:
    german, english = table.get(code, (code, code))
    return english if labels.language == "en" else german


def _short_date(labels: Labels, value: dt.date) -> str:
    return value.strftime("%d/%m/%Y") if labels.language == "en" else value.strftime("%d.%m.%Y")


def _when(labels: Labels, meeting: Meeting, zone: ZoneInfo) -> str:
    start, end = meeting.starts_at.astimezone(zone), meeting.ends_at.astimezone(zone)
    text = f"{_short_date(labels, start.date())}, {start:%H:%M}–{end:%H:%M}"
    return f"{text}, {meeting.place.strip()}" if meeting.place.strip() else text


def _beside_code(lines: list[Flowable], payload: str | None, width: float) -> Flowable:
    """The lines, with the next meeting's calendar code on the right when there is one."""
    if payload is None:
        row = make_table([[lines]], [width])
        row.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        return row
    code = QRCode(payload, QR_SIZE)
    column = code.size + 6 * mm
    row = make_table([[lines, code]], [width - column, column])
    row.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                             ("ALIGN", (1, 0), (1, 0), "RIGHT")]))  # fmt: skip
    return row


def _group(
    group: AgreementSummary, labels: Labels, zone: ZoneInfo, today: dt.date, width: float
) -> tuple[Flowable, str | None]:
    lines: list[Flowable] = [TextBlock(group.title, GROUP)]
    status = _word(STATUS_WORDS, labels, group.status)
    steps = group.progress
    done = (
        labels.count("progress", steps.total, PROGRESS_COUNTED, done=steps.done)
        if steps.total
        else _text(labels, "no_steps")
    )
    lines.append(TextBlock(f"{_text(labels, 'status', status=status)} · {done}", LINE))
    if group.needs_meeting:
        lines.append(TextBlock(_text(labels, "no_meeting_held"), FLAG))
    for meeting in group.unrecorded:
        lines.append(TextBlock(_text(labels, "unrecorded", when=_when(labels, meeting, zone)), NOTE))
    if group.open_steps:
        lines.append(TextBlock(_text(labels, "open_steps"), LINE.but(bold=True)))
        for step in group.open_steps:
            parts = [step.what.strip()]
            if step.who.strip():
                parts.append(step.who.strip())
            if step.due is not None:
                parts.append(_text(labels, "due", date=_short_date(labels, step.due)))
            if step.state == "started":
                parts.append(_word(STATUS_WORDS, labels, "started"))
            text = "• " + " – ".join(parts)
            late = is_overdue(step, today)
            lines.append(TextBlock(f"{text} ({_text(labels, 'overdue')})" if late else text, FLAG if late else LINE))
    last = group.last_meeting
    if last is not None:
        when = _when(labels, last, zone)
        if last.attendance:
            when += f" ({labels.count('attendance', last.attendance, PROGRESS_COUNTED)})"
        lines.append(TextBlock(_text(labels, "last_meeting", when=when), LINE))
    payload = None
    if group.next_meeting is not None:
        lines.append(TextBlock(_text(labels, "next_meeting", when=_when(labels, group.next_meeting, zone)), LINE))
        payload = meeting_payload(group.title, group.next_meeting, False, labels.language)
        if payload is not None:
            lines.append(TextBlock(_text(labels, "calendar_hint"), NOTE))
    else:
        lines.append(TextBlock(_text(labels, "no_next"), NOTE))
    if group.contact.strip():
        contact = group.contact.strip()
        extra = [p for p in (group.agreement.contact_email.strip(), group.agreement.contact_phone.strip()) if p]
        lines.append(TextBlock(_text(labels, "contact", name=", ".join([contact, *extra])), LINE))
    return KeepTogether([_beside_code(lines, payload, width), Rule()]), payload


def progress_story(
    data: ExchangeData, summary: FollowupSummary, labels: Labels, today: dt.date
) -> tuple[list[Flowable], list[str]]:
    """The sheet's flowables and its calendar codes' payloads in order."""
    zone = ZoneInfo(data.workshop.timezone)
    width = 210 * mm - 2 * MARGIN_X - 12
    w = data.workshop
    version = summary.minutes
    minutes = (
        _text(labels, "minutes_approved", n=version.number, date=_short_date(labels, version.approval.day))
        if version.approval is not None
        else _text(labels, "minutes_draft", n=version.number)
    )
    story: list[Flowable] = [
        TextBlock(f"{_text(labels, 'sheet')}: {w.title}", TITLE),
        TextBlock(
            f"{_text(labels, 'workshop_on', date=_short_date(labels, w.date))} · "
            f"{_text(labels, 'as_of', date=_short_date(labels, today))}",
            NOTE,
        ),
        TextBlock(
            ", ".join(
                labels.count(key, n, PROGRESS_COUNTED)
                for key, n in (
                    ("groups", len(summary.agreements)),
                    ("held", summary.meetings_held),
                    ("overdue_steps", summary.overdue_steps),
                )
            ),
            LINE.but(bold=True),
        ),
        TextBlock(minutes, LINE.but(space_after=4)),
        Rule(),
    ]
    payloads: list[str] = []
    for group in summary.agreements:
        block, payload = _group(group, labels, zone, today, width)
        story.append(block)
        if payload:
            payloads.append(payload)
    lines: list[Flowable] = [TextBlock(_text(labels, "steering"), GROUP)]
    members = [f"{m.name} ({_word(ROLE_WORDS, labels, m.role)})" for m in data.agreements.steering_members]
    lines.append(
        TextBlock(_text(labels, "members", names=", ".join(members)) if members else _text(labels, "no_members"), LINE)
    )
    payload = None
    if summary.steering_last is not None:
        lines.append(TextBlock(_text(labels, "last_meeting", when=_when(labels, summary.steering_last, zone)), LINE))
    if summary.steering_next is not None:
        lines.append(TextBlock(_text(labels, "next_meeting", when=_when(labels, summary.steering_next, zone)), LINE))
        payload = meeting_payload(_text(labels, "steering"), summary.steering_next, False, labels.language)
        if payload is not None:
            lines.append(TextBlock(_text(labels, "calendar_hint"), NOTE))
            payloads.append(payload)
    else:
        lines.append(TextBlock(_text(labels, "no_next"), NOTE))
    story.append(KeepTogether([_beside_code(lines, payload, width)]))
    return story, payloads


def build_progress(
    data: ExchangeData, now: dt.datetime | None = None, language: str | None = None
) -> tuple[bytes, list[str]]:
    """The progress sheet PDF and its calendar codes' payloads in order (the groups', then the steering group's)."""
    now = now or dt.datetime.now(dt.UTC)
    labels = Labels(language or data.workshop.minutes_language)
    summary = followup_summary(data.workshop, data.agreements, data.followup, now)
    today = now.astimezone(ZoneInfo(data.workshop.timezone)).date()
    payloads: list[str] = []

    def story(_contents: object) -> list[Flowable]:
        flowables, found = progress_story(data, summary, labels, today)
        payloads[:] = found
        return flowables

    w = data.workshop
    info = DocumentInfo(
        title=f"{_text(labels, 'sheet')}: {w.title}",
        author=w.county or w.municipality,
        subject=_text(labels, "steering"),
        language=labels.bcp47,
        footer=w.funder_line,
        page_label=lambda page, pages: labels("page_of", page=page, pages=pages),
    )
    pdf, _pages = render(story, info, "", 10**6)
    return pdf, payloads


def write_progress(data: ExchangeData, target: Path, now: dt.datetime | None = None) -> list[str]:
    """Build the progress sheet and write it to ``target`` atomically; returns its calendar codes' payloads."""
    pdf, payloads = build_progress(data, now)
    write_bytes_atomic(Path(target), pdf)
    return payloads
