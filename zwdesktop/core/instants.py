"""Instants (points in time) as the file and the exchange document write them: one parser, one spelling.

Every record's ``updated_at`` decides which copy wins a merge ("the later change
wins"), so the two spellings of one instant must compare equal as text:
:func:`canonical_instant` writes every instant in UTC with microseconds.
:func:`parse_instant` accepts only instants that exist (no 30 February, no
hour 24), carry a time zone and lie in the years :data:`MIN_YEAR` to
:data:`MAX_YEAR`, so that shifting them into any time zone cannot overflow.
"""

from __future__ import annotations

import datetime as dt

MIN_YEAR = 1900
MAX_YEAR = 2999
_ENGLISH_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def parse_instant(text: object) -> dt.datetime:
    """An aware UTC datetime from ISO 8601 text with a time zone; ``ValueError`` for anything else."""
    if not isinstance(text, str):
        raise ValueError(f"not an instant: {type(text).__name__}")
    value = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError("instant without time zone")
    if not MIN_YEAR <= value.year <= MAX_YEAR:
        raise ValueError(f"year {value.year} outside {MIN_YEAR}–{MAX_YEAR}")
    return value.astimezone(dt.UTC)


def canonical_instant(text: object) -> str:
    """One spelling of an instant (UTC, microseconds), so "later change wins" compares like with like."""
    return format_instant(parse_instant(text))


def format_instant(value: dt.datetime) -> str:
    """An aware datetime in the canonical spelling."""
    return value.astimezone(dt.UTC).isoformat(timespec="microseconds")


def format_instant_seconds(value: dt.datetime) -> str:
    """An aware datetime to the second in UTC: how scheduled times (a meeting, the workshop's start) are written."""
    return value.astimezone(dt.UTC).isoformat(timespec="seconds")


def is_instant(text: object) -> bool:
    """Whether ``text`` is an instant :func:`parse_instant` accepts."""
    try:
        parse_instant(text)
    except (ValueError, OverflowError):
        return False
    return True


def local_time_text(text: str, language: str) -> str:
    """An instant as this computer's local date and time, for a person to read.

    German "01.12.2026, 20:52 Uhr", English ("en") "1 Dec 2026, 20:52"; an instant
    without a zone counts as UTC (how a lock writes its time). Text that is no
    instant is returned as it is.
    """
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        return text
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    local = moment.astimezone()  # the computer's time zone
    if language == "en":
        return f"{local.day} {_ENGLISH_MONTHS[local.month - 1]} {local.year}, {local:%H:%M}"
    return f"{local:%d.%m.%Y, %H:%M} Uhr"
