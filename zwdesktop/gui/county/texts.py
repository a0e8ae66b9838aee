"""Words of the county overview in the interface language: why a file was left out, cells of the table."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from ...core.county import MeetingFact, WorkshopFacts
from ...core.county_topics import Mention
from ..agreements.texts import status_name, zone_of
from ..i18n import arg

_tr = QCoreApplication.translate  # called with literal texts, so that the translation tool finds them


def problem_text(problem: str, detail: str, shown_path: str = "") -> str:
    """Why a file was left out (``shown_path``: the other file of a duplicate, as shown)."""
    texts = {
        "missing": _tr("County", "not found"),
        "not_a_file": _tr("County", "not a file"),
        "no_permission": _tr("County", "no permission to read it"),
        "not_sqlite": _tr("County", "not a workshop file"),
        "foreign": _tr("County", "another application's file"),
        "too_new": arg(_tr("County", "from a newer zwdesktop (schema %1); please update zwdesktop"), detail),
        "corrupt": arg(_tr("County", "damaged (%1)"), detail),
        "damaged_readable": arg(_tr("County", "damaged (%1)"), detail),
        "io_error": arg(_tr("County", "cannot be read (%1)"), detail),
        "busy": _tr("County", "cannot be read just now (in use by another program)"),
        "duplicate": arg(
            _tr("County", "the same workshop as %1 (read from there: newer or the same)"), shown_path or detail
        ),
        "no_files": _tr("County", "a folder without workshop files"),
    }
    return texts.get(problem, _tr("County", "cannot be read"))


def local_when(instant: dt.datetime | None, zone: str) -> str:
    """ "15.12.2026 19:00" in the workshop's time zone; "–" for none."""
    if instant is None:
        return "–"
    local = instant.astimezone(zone_of(zone))
    return f"{local:%d.%m.%Y %H:%M}"


def participants_cell(w: WorkshopFacts) -> str:
    """ "29 (9 / 14 / 6)": all, then staff / volunteers / others."""
    return f"{w.participants} ({w.count_staff} / {w.count_volunteers} / {w.count_other})"


def projects_cell(w: WorkshopFacts) -> str:
    """ "3: 2 active, 1 planned"."""
    if not w.projects:
        return "0"
    parts = [f"{n} {status_name(status)}" for status, n in w.status_counts().items()]
    return f"{len(w.projects)}: " + ", ".join(parts)


def progress_cell(w: WorkshopFacts) -> str:
    """The steps done of all, over the workshop's project groups ("4 / 9"; the column says "Steps done")."""
    total = sum(p.steps_total for p in w.projects)
    if not total:
        return "–"
    done = sum(p.steps_done for p in w.projects)
    overdue = sum(p.steps_overdue for p in w.projects)
    text = f"{done} / {total}"
    return text + "\n" + arg(_tr("County", "%1 overdue"), overdue) if overdue else text


def meetings_cell(w: WorkshopFacts, now: dt.datetime) -> tuple[str, str]:
    """(held, next): the number of meetings held and when the next one is."""
    upcoming = w.upcoming(now)
    return str(len(w.held_meetings())), local_when(upcoming[0].starts_at, w.timezone) if upcoming else "–"


def group_name(m: MeetingFact) -> str:
    """A meeting's group: the project's title, or "Steering group"."""
    return m.group or _tr("County", "Steering group")


def mention_kind(m: Mention) -> str:
    """Where a topic was found: a cluster or a project group."""
    return _tr("County", "cluster") if m.kind == "cluster" else _tr("County", "project group")
