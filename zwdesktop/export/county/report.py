"""The county's report (PDF): a page per workshop, then what the county needs for its forum and funding report.

Built from the minutes' building blocks (fonts, text in every script, tagged
PDF, page frame): the overview's figures, a page per workshop ("Lokale
Zukunftswerkstatt Aulendorf, 12.07.2023", guiding question, participants
HA/EA, ideas, priorities, project groups with status and progress, steering
group, mailing list), "Wie ging und geht es in den Kommunen weiter?" (the
projects of each municipality with status), the recurring topics, the totals,
the next dates, and the files read and left out. The workshops' funder lines
are the footer. No personal data (:mod:`zwdesktop.core.county`).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from msgspec import Struct
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Spacer

from ... import __version__
from ...core.county import CountyOverview, MeetingFact, ProjectFact, WorkshopFacts
from ..atomic import write_bytes_atomic
from ..minutes.common import CELL, CELL_RIGHT, H2, LABEL, SUBTITLE, TITLE, data_table, heading
from ..pdf.document import NO_CONTENTS, DocumentInfo, render
from ..pdf.flowables import ACCENT, MUTED, Rule, TextBlock, TextStyle
from .labels import CountyLabels

BULLET = TextStyle(size=10, role="LI", space_after=1)
NOTE = TextStyle(size=8.5, color=MUTED, space_before=2, space_after=4)
LINE = TextStyle(size=10.5, space_after=2)


class ReportResult(Struct, frozen=True):
    """The PDF and how many pages it has."""

    pdf: bytes
    pages: int


def _local(instant: dt.datetime, zone: str) -> dt.datetime:
    return instant.astimezone(ZoneInfo(zone))


def _when(instant: dt.datetime | None, zone: str, lab: CountyLabels, cell: bool = False) -> str:
    """ "23.12.2026, 18:00 Uhr" in a sentence; "23.12.2026 18:00" in a table cell (no line break)."""
    if instant is None:
        return "–"
    local = _local(instant, zone)
    if cell:
        return f"{lab.short_date(local.date())}\u00a0{local.strftime('%H:%M')}"
    return f"{lab.short_date(local.date())}, {lab('clock', time=local.strftime('%H:%M'))}"


def _steps(p: ProjectFact, lab: CountyLabels) -> str:
    if not p.steps_total:
        return lab("no_steps")
    text = lab("steps_of", done=p.steps_done, total=p.steps_total)
    return text + (f" ({lab('overdue', n=p.steps_overdue)})" if p.steps_overdue else "")


def _cells(values: list[str], styles: list[TextStyle] | None = None) -> list[Any]:
    return [TextBlock(v, (styles or [CELL] * len(values))[i]) for i, v in enumerate(values)]


def _projects_table(w: WorkshopFacts, lab: CountyLabels) -> Flowable:
    header = [TextBlock(lab(k), LABEL) for k in ("col_project", "col_status", "col_progress", "col_met", "col_next")]
    rows: list[list[Any]] = [header]
    for p in w.projects:
        rows.append(
            _cells(
                [
                    p.title,
                    lab.status(p.status),
                    _steps(p, lab),
                    str(p.meetings_held),
                    _when(p.next_meeting, w.timezone, lab, cell=True),
                ],
                [CELL, CELL, CELL, CELL_RIGHT, CELL],
            )
        )
    return data_table(rows, [None, 27 * mm, 27 * mm, 16 * mm, 31 * mm])  # type: ignore[list-item]


def _workshop_page(w: WorkshopFacts, lab: CountyLabels, now: dt.datetime) -> list[Flowable]:
    title = lab("workshop_heading", name=w.name, date=lab.short_date(w.date))
    story: list[Flowable] = [PageBreak(), heading(title, f"ws-{w.key}")]
    if w.guiding_question.strip():
        story.append(TextBlock(w.guiding_question, SUBTITLE))
    participants = lab(
        "participants_line",
        total=w.participants,
        staff=w.count_staff,
        volunteers=w.count_volunteers,
        other=w.count_other,
    )
    story.append(TextBlock(participants, LINE.but(bold=True)))
    ideas, topics = lab.counted("ideas", w.ideas), lab.counted("topics", len(w.clusters))
    story.append(TextBlock(lab("ideas_line", ideas=ideas, topics=topics), LINE))
    if w.contact_role:
        story.append(TextBlock(lab("contact_role", role=w.contact_role), LINE))
    story.append(TextBlock(lab("top_topics"), H2))
    if w.top_topics:
        story += [TextBlock(f"• {topic}", BULLET) for topic in w.top_topics]
    else:
        story.append(TextBlock(lab("no_top_topics"), NOTE))
    story.append(TextBlock(lab("projects"), H2))
    story.append(_projects_table(w, lab) if w.projects else TextBlock(lab("no_projects"), NOTE))
    story.append(Spacer(1, 3 * mm))
    steering = lab("steering_line", members=lab.counted("members", w.steering_size))
    upcoming = w.steering_next(now)
    if upcoming is not None:
        steering += " · " + lab("steering_next", date=_when(upcoming.starts_at, upcoming.timezone, lab))
    story.append(TextBlock(steering, LINE))
    story.append(TextBlock(lab("mailing_line", sign_ups=lab.counted("sign_ups", w.mailing_size)), LINE))
    return story


def _follow_up(overview: CountyOverview, lab: CountyLabels) -> list[Flowable]:
    story: list[Flowable] = [PageBreak(), heading(lab("follow_up"), "follow-up")]
    for w in overview.workshops:
        block: list[Flowable] = [TextBlock(f"{w.name} ({lab.short_date(w.date)})", H2)]
        if w.projects:
            for p in w.projects:
                detail = lab.status(p.status)
                if p.steps_total:
                    detail += ", " + lab("col_progress") + " " + _steps(p, lab)
                if p.next_meeting is not None:
                    detail += ", " + lab("col_next") + " " + _when(p.next_meeting, w.timezone, lab)
                block.append(TextBlock(f"• {p.title} – {detail}", BULLET))
        else:
            block.append(TextBlock(lab("no_projects"), NOTE))
        story.append(KeepTogether(block))
    return story


def _topics(overview: CountyOverview, lab: CountyLabels) -> list[Flowable]:
    story: list[Flowable] = [CondPageBreak(60 * mm), heading(lab("recurring"), "topics")]
    if not overview.topics:
        return [*story, TextBlock(lab("no_recurring"), NOTE)]
    story.append(TextBlock(lab("recurring_note"), NOTE))
    rows: list[list[Any]] = [[TextBlock(lab("col_topic"), LABEL), TextBlock(lab("col_where"), LABEL)]]
    for topic in overview.topics:
        name = topic.label + (f" ({lab('by_hand')})" if topic.edited else "")
        by_place: dict[str, list[str]] = {}
        for mention in topic.mentions:
            by_place.setdefault(mention.municipality, []).append(mention.text)
        where = "\n".join(f"{place}: {', '.join(dict.fromkeys(texts))}" for place, texts in by_place.items())
        rows.append([TextBlock(name, CELL.but(bold=True)), TextBlock(where, CELL)])
    story.append(data_table(rows, [50 * mm, None]))  # type: ignore[list-item]
    return story


def _totals(overview: CountyOverview, lab: CountyLabels) -> list[Flowable]:
    t = overview.totals
    pairs = [
        (lab("t_workshops"), t.workshops),
        (lab("t_municipalities"), t.municipalities),
        (lab("t_participants"), t.participants),
        (lab("t_staff"), t.count_staff),
        (lab("t_volunteers"), t.count_volunteers),
        (lab("t_other"), t.count_other),
        (lab("t_ideas"), t.ideas),
        (lab("t_projects"), t.projects),
        *((lab("t_status", status=lab.status(s)), n) for s, n in t.projects_by_status.items()),
        (lab("t_met"), t.projects_with_meeting),
        (lab("t_held"), t.meetings_held),
        (lab("t_attendance"), t.meeting_attendance),
        (lab("t_upcoming"), t.meetings_upcoming),
        (lab("t_steering"), t.steering_members),
        (lab("t_mailing"), t.mailing_list),
    ]
    rows = [[TextBlock(label, CELL), TextBlock(str(value), CELL_RIGHT)] for label, value in pairs]
    return [CondPageBreak(70 * mm), heading(lab("totals"), "totals"), data_table(rows, [None, 25 * mm], header=False)]  # type: ignore[list-item]


def _next_dates(overview: CountyOverview, lab: CountyLabels) -> list[Flowable]:
    story: list[Flowable] = [CondPageBreak(50 * mm), heading(lab("next_dates"), "next-dates")]
    if not overview.next_dates:
        return [*story, TextBlock(lab("no_next_dates"), NOTE)]
    header = [TextBlock(lab(k), LABEL) for k in ("col_date", "col_municipality", "col_group", "col_place")]
    rows: list[list[Any]] = [header]
    for m in overview.next_dates:
        rows.append(
            _cells([_when(m.starts_at, m.timezone, lab, cell=True), m.municipality, _group(m, lab), m.place or "–"])
        )
    story.append(data_table(rows, [32 * mm, 30 * mm, None, 50 * mm]))  # type: ignore[list-item]
    return story


def _group(m: MeetingFact, lab: CountyLabels) -> str:
    return m.group or lab("steering_group_name")


def _sources(overview: CountyOverview, lab: CountyLabels) -> list[Flowable]:
    story: list[Flowable] = [CondPageBreak(40 * mm), heading(lab("sources"), "sources")]
    story += [TextBlock(f"• {Path(w.source).name}", BULLET) for w in overview.workshops] or [TextBlock("–", NOTE)]
    if overview.left_out:
        story.append(TextBlock(lab("left_out"), H2))
        for o in overview.left_out:
            detail = Path(o.detail).name if o.detail.endswith(".zwd") else o.detail
            story.append(TextBlock(f"• {Path(o.source).name}: {lab.problem(o.problem, detail)}", BULLET))
    return story


def report_story(overview: CountyOverview, lab: CountyLabels) -> list[Flowable]:
    """The report's flowables, in order."""
    ws = overview.workshops
    counties = list(dict.fromkeys(w.county for w in ws if w.county))
    story: list[Flowable] = [
        TextBlock(
            " · ".join(counties).upper() or "ZWDESKTOP", TextStyle(size=8.5, bold=True, color=MUTED, space_after=2)
        ),
        TextBlock(lab("report_title"), TITLE),
    ]
    if ws:
        first, last = lab.short_date(ws[0].date), lab.short_date(ws[-1].date)
        municipalities = overview.totals.municipalities or len(ws)
        subtitle = (
            lab("report_subtitle_one", first=first)
            if len(ws) == 1
            else lab(
                "report_subtitle",
                n=len(ws),
                municipalities=lab.counted("municipalities", municipalities),
                first=first,
                last=last,
            )
        )
        story.append(TextBlock(subtitle, SUBTITLE))
    story.append(Rule(ACCENT, 1.2, 4))
    made = lab("report_made", date=lab.short_date(overview.now.date()), version=__version__)
    story.append(TextBlock(made, NOTE))
    story += _totals(overview, lab)[1:]  # the figures open the report; no page break before them
    for w in ws:
        story += _workshop_page(w, lab, overview.now)
    story += _follow_up(overview, lab)
    story += _topics(overview, lab)
    story += _next_dates(overview, lab)
    story += _sources(overview, lab)
    return story


def build_report(overview: CountyOverview, language: str = "de") -> ReportResult:
    """The county's report as PDF in ``language`` (German by default)."""
    lab = CountyLabels(language)
    counties = list(dict.fromkeys(w.county for w in overview.workshops if w.county))
    info = DocumentInfo(
        title=lab("report_title") + (f" – {', '.join(counties)}" if counties else ""),
        author=", ".join(counties) or "zwdesktop",
        subject=lab("follow_up"),
        language=lab.bcp47,
        footer=" · ".join(overview.funder_lines),
        page_label=lambda page, pages: lab("page_of", page=page, pages=pages),
        running_title=lab("report_title") + (f" · {', '.join(counties)}" if counties else ""),
        keywords="Zukunftswerkstatt, " + lab("report_title"),
    )
    pdf, pages = render(lambda _contents: report_story(overview, lab), info, "", NO_CONTENTS)
    return ReportResult(pdf, pages)


def write_report(overview: CountyOverview, target: Path, language: str = "de") -> ReportResult:
    """Build the report and write it to ``target`` (atomically: an old file stays intact if anything fails)."""
    result = build_report(overview, language)
    write_bytes_atomic(Path(target), result.pdf)
    return result


__all__ = ["ReportResult", "build_report", "report_story", "write_report"]
