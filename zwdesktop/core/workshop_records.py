"""Domain records as plain dicts (UTC instants, plain types): the shape of table rows and of the exchange document."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

from msgspec.structs import asdict

from .instants import format_instant_seconds
from .workshop import AgendaItem, Workshop


def local_to_utc(date: dt.date, time: dt.time, zone: str) -> str:
    """A wall-clock date and time in ``zone`` as UTC ISO 8601 text."""
    local = dt.datetime.combine(date, time, tzinfo=ZoneInfo(zone))
    return format_instant_seconds(local)


def utc_to_local(text: str, zone: str) -> dt.datetime:
    """UTC ISO 8601 text as a wall-clock datetime in ``zone``."""
    return dt.datetime.fromisoformat(text).astimezone(ZoneInfo(zone))


def workshop_to_record(workshop: Workshop) -> dict[str, Any]:
    """A workshop as a plain dict with UTC ``starts_at``/``ends_at`` (the table row and the document's shape)."""
    row = asdict(workshop)
    for key in ("date", "start_time", "end_time"):
        row.pop(key)
    row["starts_at"] = local_to_utc(workshop.date, workshop.start_time, workshop.timezone)
    end_date = workshop.date
    if workshop.end_time <= workshop.start_time:
        end_date += dt.timedelta(days=1)
    row["ends_at"] = local_to_utc(end_date, workshop.end_time, workshop.timezone)
    return row


def workshop_from_record(row: dict[str, Any]) -> Workshop:
    """The workshop of such a dict."""
    zone = row["timezone"]
    start = utc_to_local(row["starts_at"], zone)
    end = utc_to_local(row["ends_at"], zone)
    known = set(Workshop.__struct_fields__)
    values = {key: value for key, value in row.items() if key in known}
    for key in ("count_staff", "count_volunteers", "count_other"):
        values[key] = int(values.get(key) or 0)
    for key, value in list(values.items()):
        if value is None:
            values[key] = ""
    values.update(
        date=start.date(), start_time=start.time().replace(tzinfo=None), end_time=end.time().replace(tzinfo=None)
    )
    return Workshop(**values)


def agenda_to_record(item: AgendaItem) -> dict[str, Any]:
    """An agenda item as a plain dict."""
    return asdict(item)


def agenda_from_record(row: dict[str, Any]) -> AgendaItem:
    """The agenda item of such a dict."""
    return AgendaItem(
        id=row["id"],
        title=row["title"],
        phase=row["phase"],
        planned_minutes=int(row["planned_minutes"]),
        method=row.get("method") or "",
        material=row.get("material") or "",
        position=int(row["position"]),
        updated_at=row["updated_at"],
    )
