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
