"""The county's open data: one row per workshop and per project (CSV and JSON), and its data card.

No personal data at all: the facts carry no names, e-mail addresses or phone
numbers (:mod:`zwdesktop.core.county`), contact persons appear as their role,
steering groups and mailing lists as counts, and the files read are named by
their file name only (a path could carry a user's name). The data card beside
the file lists every field, the licence and the date, and which files were
read and which left out.

The CSV is UTF-8 with a byte-order mark and semicolons, as German Excel reads
it (like the mailing list); the JSON carries the same rows.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path
from typing import Any

from ... import __version__
from ...core.agreements import STATUSES
from ...core.county import CountyOverview, ProjectFact, WorkshopFacts
from ..atomic import write_bytes_atomic, write_text_atomic
from ..mailing_list_csv import _safe
from .labels import CountyLabels

FORMAT = "zwdesktop-county-open-data"
FORMAT_VERSION = 1
LICENCE = "Datenlizenz Deutschland – Namensnennung – Version 2.0 (dl-de/by-2-0)"
LICENCE_URL = "https://www.govdata.de/dl-de/by-2-0"

# (name, German meaning, English meaning) of every column, in the file's order.
FIELDS: tuple[tuple[str, str, str], ...] = (
    ("record", "„workshop“ (eine Werkstatt) oder „project“ (eine Projektgruppe)", "“workshop” or “project”"),
    ("workshop_id", "Kennung der Werkstatt (UUID, bleibt gleich)", "the workshop's id (UUID, stable)"),
    ("municipality", "Kommune", "municipality"),
    ("county", "Landkreis", "county"),
    ("workshop_date", "Datum der Werkstatt (JJJJ-MM-TT)", "date of the workshop (YYYY-MM-DD)"),
    ("workshop_title", "Titel der Werkstatt", "title of the workshop"),
    ("guiding_question", "Leitfrage", "guiding question"),
    ("venue", "Veranstaltungsort", "venue"),
    ("start_time", "Beginn (HH:MM, Ortszeit)", "start (HH:MM, local time)"),
    ("end_time", "Ende (HH:MM, Ortszeit)", "end (HH:MM, local time)"),
    ("participants_staff", "Teilnehmende Hauptamt", "participants: staff"),
    ("participants_volunteers", "Teilnehmende Ehrenamt", "participants: volunteers"),
    ("participants_other", "weitere Teilnehmende", "participants: others"),
    ("participants_total", "Teilnehmende gesamt", "participants: all"),
    ("ideas", "Zahl der Ideen (Moderationskarten)", "number of ideas (cards)"),
    ("topics", "Zahl der Themen (Cluster)", "number of topics (clusters)"),
    (
        "top_topics",
        "Schwerpunkte aus den abgeschlossenen Punktabfragen, mit „; “ getrennt",
        "priorities of the closed dot votes, separated by “; ”",
    ),
    ("projects", "Zahl der Projektgruppen", "number of project groups"),
    *((f"projects_{s}", f"Projektgruppen mit Stand „{s}“", f"project groups with status “{s}”") for s in STATUSES),
    (
        "meetings_held",
        "gehaltene Folgetreffen (Werkstatt: aller Gruppen und der Steuerungsgruppe)",
        "follow-up meetings held (workshop: of all groups and the steering group)",
    ),
    (
        "meeting_attendance",
        "Teilnehmende an den gehaltenen Folgetreffen, zusammengezählt",
        "people at the follow-up meetings held, added up",
    ),
    ("meetings_planned", "geplante Folgetreffen, die noch bevorstehen", "follow-up meetings planned and still ahead"),
    (
        "next_meeting",
        "nächstes Folgetreffen (JJJJ-MM-TT HH:MM, Ortszeit)",
        "next follow-up meeting (YYYY-MM-DD HH:MM, local time)",
    ),
    ("steering_group_size", "Mitglieder der Steuerungsgruppe (Anzahl)", "steering-group members (count)"),
    ("mailing_list_size", "Eintragungen im Mail-Verteiler (Anzahl)", "mailing-list sign-ups (count)"),
    ("contact_role", "Rolle der Ansprechperson (kein Name)", "the contact person's role (no name)"),
    ("funder", "Förderhinweis", "funder line"),
    ("project_id", "Kennung der Projektgruppe (UUID, bleibt gleich)", "the project group's id (UUID, stable)"),
    ("project_title", "Titel der Projektgruppe", "title of the project group"),
    ("project_goal", "Ziel der Projektgruppe", "goal of the project group"),
    ("project_status", "Stand: " + ", ".join(STATUSES), "status: " + ", ".join(STATUSES)),
    ("steps_done", "erledigte Schritte", "steps done"),
    ("steps_total", "Schritte insgesamt (ohne aufgegebene)", "steps in all (without dropped ones)"),
    (
        "steps_overdue",
        "überfällige Schritte (Termin vorbei, nicht erledigt)",
        "overdue steps (due date passed, not done)",
    ),
    (
        "progress_percent",
        "Fortschritt: erledigte von allen Schritten, in Prozent (leer ohne Schritte)",
        "progress: steps done of all, in per cent (empty without steps)",
    ),
    ("last_meeting", "letztes gehaltenes Treffen (JJJJ-MM-TT, Ortszeit)", "last meeting held (YYYY-MM-DD, local time)"),
)
COLUMNS: tuple[str, ...] = tuple(name for name, _de, _en in FIELDS)


def _local(instant: dt.datetime | None, zone: str, with_time: bool = True) -> str:
    if instant is None:
        return ""
    from zoneinfo import ZoneInfo

    local = instant.astimezone(ZoneInfo(zone))
    return local.strftime("%Y-%m-%d %H:%M" if with_time else "%Y-%m-%d")


def _common(w: WorkshopFacts) -> dict[str, Any]:
    return {
        "workshop_id": w.key,
        "municipality": w.municipality,
        "county": w.county,
        "workshop_date": w.date.isoformat(),
        "workshop_title": w.title,
    }


def workshop_row(w: WorkshopFacts, now: dt.datetime) -> dict[str, Any]:
    """The open-data row of a workshop."""
    status = w.status_counts()
    upcoming = w.upcoming(now)
    return {
        "record": "workshop",
        **_common(w),
        "guiding_question": w.guiding_question,
        "venue": w.venue,
        "start_time": w.start_time.strftime("%H:%M"),
        "end_time": w.end_time.strftime("%H:%M"),
        "participants_staff": w.count_staff,
        "participants_volunteers": w.count_volunteers,
        "participants_other": w.count_other,
        "participants_total": w.participants,
        "ideas": w.ideas,
        "topics": len(w.clusters),
        "top_topics": "; ".join(w.top_topics),
        "projects": len(w.projects),
        **{f"projects_{s}": status.get(s, 0) for s in STATUSES},
        "meetings_held": len(w.held_meetings()),
        "meeting_attendance": sum(m.attendance for m in w.held_meetings()),
        "meetings_planned": len(upcoming),
        "next_meeting": _local(upcoming[0].starts_at, w.timezone) if upcoming else "",
        "steering_group_size": w.steering_size,
        "mailing_list_size": w.mailing_size,
        "contact_role": w.contact_role,
        "funder": w.funder_line,
    }


def project_row(w: WorkshopFacts, p: ProjectFact) -> dict[str, Any]:
    """The open-data row of a project group."""
    progress = p.progress
    return {
        "record": "project",
        **_common(w),
        "project_id": p.id,
        "project_title": p.title,
        "project_goal": p.goal,
        "project_status": p.status,
        "steps_done": p.steps_done,
        "steps_total": p.steps_total,
        "steps_overdue": p.steps_overdue,
        "progress_percent": round(progress * 100) if progress is not None else None,
        "meetings_held": p.meetings_held,
        "last_meeting": _local(p.last_meeting, w.timezone, with_time=False),
        "next_meeting": _local(p.next_meeting, w.timezone),
        "contact_role": p.contact_role,
    }


def rows(overview: CountyOverview) -> list[dict[str, Any]]:
    """Every row, each workshop followed by its projects, with every column (None where it does not apply)."""
    found = []
    for w in overview.workshops:
        for row in (workshop_row(w, overview.now), *(project_row(w, p) for p in w.projects)):
            found.append({column: row.get(column) for column in COLUMNS})
    return found


def open_data_csv(overview: CountyOverview) -> str:
    """The rows as CSV text (``;``, CRLF line ends; an empty cell where a column does not apply)."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(COLUMNS)
    for row in rows(overview):
        writer.writerow(["" if row[c] is None else _safe(str(row[c])) for c in COLUMNS])
    return out.getvalue()


def _files(overview: CountyOverview, labels: CountyLabels) -> dict[str, Any]:
    return {
        "files_read": [Path(w.source).name for w in overview.workshops],
        "files_left_out": [
            {"file": Path(o.source).name, "problem": o.problem, "why": labels.problem(o.problem, _shown(o.detail))}
            for o in overview.left_out
        ],
    }


def _shown(detail: str) -> str:
    """A left-out file's detail as published: another file by its name only."""
    return Path(detail).name if detail.endswith(".zwd") else detail


def open_data_json(overview: CountyOverview, language: str = "de") -> str:
    """The workshops and projects as a JSON document: the same fields as the CSV, each record with its own."""
    labels = CountyLabels(language)

    def own(row: dict[str, Any]) -> dict[str, Any]:
        return {key: value for key, value in row.items() if key != "record"}

    document = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "created": overview.now.date().isoformat(),
        "licence": LICENCE,
        "licence_url": LICENCE_URL,
        "workshops": [own(workshop_row(w, overview.now)) for w in overview.workshops],
        "projects": [own(project_row(w, p)) for w in overview.workshops for p in w.projects],
        **_files(overview, labels),
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def data_card(overview: CountyOverview, data_file: str, language: str = "de") -> str:
    """The data card (Markdown): what the file holds, every field, the licence, the date, the files read."""
    labels = CountyLabels(language)
    en = labels.language == "en"
    counties = sorted({w.county for w in overview.workshops if w.county})
    lines = [
        f"# {'Data card' if en else 'Datenkarte'}: {data_file}",
        "",
        (
            f"Local future workshops{' of ' + ', '.join(counties) if counties else ''}: one row per workshop and"
            " per project group."
            if en
            else f"Lokale Zukunftswerkstätten{' im ' + ', '.join(counties) if counties else ''}: eine Zeile je"
            " Werkstatt und je Projektgruppe."
        ),
        "",
        f"- {'Created' if en else 'Stand'}: {overview.now.date().isoformat()}",
        f"- {'Licence' if en else 'Lizenz'}: {LICENCE} – {LICENCE_URL}",
        f"- {'Made with' if en else 'Erstellt mit'}: zwdesktop {__version__}",
        f"- {'Records' if en else 'Datensätze'}: {len(overview.workshops)} "
        + ("workshops" if en else "Werkstätten")
        + f", {sum(len(w.projects) for w in overview.workshops)} "
        + ("project groups" if en else "Projektgruppen"),
        "- "
        + (
            "Format: CSV (UTF-8 with byte-order mark, separator “;”) and JSON with the same fields."
            if en
            else "Format: CSV (UTF-8 mit Byte-Order-Mark, Trennzeichen „;“) und JSON mit denselben Feldern."
        ),
        "",
        "## " + ("Personal data" if en else "Personenbezogene Daten"),
        "",
        (
            "None. No names, e-mail addresses or phone numbers: contact persons appear as their role, steering"
            " groups and mailing lists as counts; names the workshop files know are removed from every text"
            " taken over (shown as “[…]”)."
            if en
            else "Keine. Keine Namen, E-Mail-Adressen oder Telefonnummern: Ansprechpersonen erscheinen mit ihrer"
            " Rolle, Steuerungsgruppen und Mail-Verteiler als Anzahl; Namen, die die Werkstatt-Dateien kennen,"
            " sind aus jedem übernommenen Text entfernt (als „[…]“)."
        ),
        "",
        "## " + ("Fields" if en else "Felder"),
        "",
        "| " + ("field | meaning" if en else "Feld | Bedeutung") + " |",
        "|---|---|",
    ]
    lines += [f"| `{name}` | {english if en else german} |" for name, german, english in FIELDS]
    lines += [
        "",
        (
            "Rows of kind “workshop” leave the project fields empty, rows of kind “project” the workshop's"
            " figures. A meeting counts as held when it was recorded as held at the follow-up (a past meeting nobody"
            " recorded counts neither as held nor as planned); progress counts the steps done of all steps that"
            " were not dropped."
            if en
            else "Zeilen der Art „workshop“ lassen die Felder der Projektgruppe leer, Zeilen der Art „project“ die"
            " Zahlen der Werkstatt. Ein Treffen zählt als gehalten, wenn es bei der Nachbereitung als gehalten"
            " festgehalten wurde (ein vergangenes Treffen, das niemand festgehalten hat, zählt weder als gehalten"
            " noch als geplant); der Fortschritt zählt die erledigten von allen nicht aufgegebenen Schritten."
        ),
        "",
        "## " + labels("sources"),
        "",
    ]
    lines += [f"- {Path(w.source).name}" for w in overview.workshops] or ["–"]
    if overview.left_out:
        lines += ["", "## " + labels("left_out"), ""]
        lines += [f"- {Path(o.source).name}: {labels.problem(o.problem, _shown(o.detail))}" for o in overview.left_out]
    return "\n".join(lines) + "\n"


def card_path(target: Path) -> Path:
    """Where the data card of ``target`` goes: ``NAME.datacard.md`` beside it."""
    return target.with_name(f"{target.stem}.datacard.md")


def write_open_data(overview: CountyOverview, target: Path, language: str = "de") -> Path:
    """Write ``target`` (.csv or .json, atomically) and its data card beside it; returns the card's path."""
    target = Path(target)
    if target.suffix.lower() == ".json":
        write_text_atomic(target, open_data_json(overview, language))
    else:
        write_bytes_atomic(target, open_data_csv(overview).encode("utf-8-sig"))
    card = card_path(target)
    write_text_atomic(card, data_card(overview, target.name, language))
    return card
