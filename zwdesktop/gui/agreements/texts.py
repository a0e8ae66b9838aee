"""Words for the agreements in the interface language: status, roles, a meeting in one line."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QCoreApplication

from ...core.agreements import Meeting


def status_name(code: str) -> str:
    """The translated name of an agreement status."""
    names = {
        "planned": QCoreApplication.translate("Agreements", "planned"),
        "active": QCoreApplication.translate("Agreements", "active"),
        "paused": QCoreApplication.translate("Agreements", "paused"),
        "done": QCoreApplication.translate("Agreements", "done"),
        "dropped": QCoreApplication.translate("Agreements", "dropped"),
    }
    return names.get(code, code)


def role_name(code: str) -> str:
    """The translated name of a steering-group role."""
    names = {
        "staff": QCoreApplication.translate("Agreements", "staff"),
        "volunteer": QCoreApplication.translate("Agreements", "volunteer"),
        "other": QCoreApplication.translate("Agreements", "other"),
    }
    return names.get(code, code)


def consent_text() -> str:
    """The consent text shown next to every consent box (and stored with the consent)."""
    return QCoreApplication.translate(
        "Agreements",
        "I agree that my details are stored and used for invitations and news about the future workshop and "
        "its project groups. I can withdraw my consent at any time; my details are then deleted.",
    )


def zone_of(name: str) -> dt.tzinfo:
    """The time zone called ``name`` (the computer's own when unknown)."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return dt.datetime.now().astimezone().tzinfo or dt.UTC


def meeting_line(meeting: Meeting, zone: str, with_place: bool = True) -> str:
    """A meeting in one line in the workshop's time zone, e.g. "15.12.2026, 19:00–20:30, Rathaus"."""
    tz = zone_of(zone)
    start, end = meeting.starts_at.astimezone(tz), meeting.ends_at.astimezone(tz)
    text = f"{start:%d.%m.%Y}, {start:%H:%M}–{end:%H:%M}"
    if with_place and meeting.place.strip():
        text += ", " + meeting.place.strip()
    return text
