"""Every upcoming follow-up meeting of every workshop in one iCalendar file (``icalendar``, RFC 5545).

Each meeting keeps the UID it has in its own workshop's calendar (its row id),
so importing the county's calendar after a workshop's own adds nothing twice,
and importing it again updates the entries. Times are written in the
workshop's time zone (Europe/Berlin) with its VTIMEZONE; DTSTAMP is the
meeting's last change, so the same files give the same calendar byte for byte.
The texts carry no personal data (:mod:`zwdesktop.core.county`).
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event

from ... import __version__
from ...core.agreements_payloads import UID_DOMAIN
from ...core.county import CountyOverview, MeetingFact
from .labels import CountyLabels


def meeting_title(meeting: MeetingFact, labels: CountyLabels) -> str:
    """ "Aulendorf – Sprachcafé: Erstes Folgetreffen" (the purpose's first line instead, when there is one)."""
    group = meeting.group or labels("steering_group_name")
    what = meeting.purpose.splitlines()[0].strip() if meeting.purpose.strip() else ""
    kind = labels("first_meeting") if meeting.first else labels("meeting")
    return f"{meeting.municipality} – {group}: {what or kind}"


def county_calendar(overview: CountyOverview, language: str = "de") -> bytes:
    """The calendar of every upcoming meeting (not cancelled, not past) in the overview."""
    labels = CountyLabels(language)
    by_key = {w.key: w for w in overview.workshops}
    calendar = Calendar()
    calendar.add("prodid", f"-//zwdesktop//zwdesktop {__version__} county//{labels.language.upper()}")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", labels("calendar_name"))
    for meeting in overview.next_dates:
        workshop = by_key[meeting.workshop]
        zone = ZoneInfo(meeting.timezone)
        event = Event()
        event.add("uid", f"{meeting.id}@{UID_DOMAIN}")
        changed = dt.datetime.fromisoformat(meeting.updated_at).astimezone(dt.UTC).replace(microsecond=0)
        event.add("dtstamp", changed)
        event.add("last-modified", changed)
        event.add("dtstart", meeting.starts_at.astimezone(zone))
        event.add("dtend", meeting.ends_at.astimezone(zone))
        event.add("summary", meeting_title(meeting, labels))
        if meeting.place:
            event.add("location", meeting.place)
        origin = labels("calendar_workshop", name=workshop.name, date=labels.short_date(workshop.date))
        event.add("description", "\n\n".join(part for part in (meeting.purpose, origin) if part))
        event.add("categories", [workshop.name])
        calendar.add_component(event)
    if overview.next_dates:
        calendar.add_missing_timezones()
    return bytes(calendar.to_ical())
