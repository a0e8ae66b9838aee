"""All follow-up meetings as one iCalendar file (RFC 5545), made with the ``icalendar`` library.

Times are written in the workshop's time zone (Europe/Berlin) with its
VTIMEZONE, so a calendar shows 19:00 as 19:00 on both sides of a change to
summer time. Every meeting keeps its UID (its row id), so importing the file
again updates the entries instead of doubling them; DTSTAMP and LAST-MODIFIED
are the meeting's last change, so the same file is written byte for byte the
same.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event

from .. import __version__
from ..core.agreements import AgreementsData
from ..core.agreements_payloads import calendar_event
from ..core.workshop import Workshop
from ..store.workshop_store import WorkshopStore
from .atomic import write_bytes_atomic

_STEERING = {"de": "Steuerungsgruppe", "en": "Steering group"}


def meetings_calendar(workshop: Workshop, data: AgreementsData, language: str = "de") -> bytes:
    """The calendar of every meeting of every agreement and of the steering group."""
    lang = "en" if language == "en" else "de"
    zone = ZoneInfo(workshop.timezone)
    calendar = Calendar()
    calendar.add("prodid", f"-//zwdesktop//zwdesktop {__version__}//{lang.upper()}")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", workshop.title)
    entries = []
    for bundle in data.bundles():
        for index, meeting in enumerate(bundle.meetings):
            entries.append((bundle.agreement.title, meeting, index == 0))
    for index, meeting in enumerate(data.steering_meetings()):
        entries.append((_STEERING[lang], meeting, index == 0))
    for title, meeting, first in sorted(entries, key=lambda e: (e[1].starts_at, e[1].id)):
        details = calendar_event(title, meeting, first, lang)
        event = Event()
        event.add("uid", details.uid)
        changed = dt.datetime.fromisoformat(meeting.updated_at).astimezone(dt.UTC).replace(microsecond=0)
        event.add("dtstamp", changed)
        event.add("last-modified", changed)
        event.add("dtstart", meeting.starts_at.astimezone(zone))
        event.add("dtend", meeting.ends_at.astimezone(zone))
        event.add("summary", details.summary)
        if details.location:
            event.add("location", details.location)
        if details.description:
            event.add("description", details.description)
        calendar.add_component(event)
    if entries:
        calendar.add_missing_timezones()
    return bytes(calendar.to_ical())


def write_calendar(store: WorkshopStore, target: Path, language: str | None = None) -> int:
    """Write every meeting to ``target`` (atomically); returns how many.

    The entries' titles are in ``language``, by default the minutes' language
    of the workshop — never the language of the program that writes the file,
    so two laptops write the same calendar.
    """
    data = store.agreements.data()
    workshop = store.workshop()
    write_bytes_atomic(Path(target), meetings_calendar(workshop, data, language or workshop.minutes_language))
    return len(data.meetings)
