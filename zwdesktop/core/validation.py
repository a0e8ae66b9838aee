"""Field rules for the workshop and its agenda, shared by every layer.

A rule returns ``None`` when the value is fine and otherwise a
:class:`Problem`: a stable code plus parameters. The command line and the GUI
turn the code into a sentence in the user's language; the rule itself stays
language-free.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from msgspec import Struct, field

from .bidi import contained
from .workshop import MINUTES_LANGUAGES, PHASES

MAX_TEXT = 2000
MAX_SHORT_TEXT = 300
MAX_ITEM_MINUTES = 600
MAX_COUNT = 10000
# An evening workshop may end after midnight; an end more than this after the start is a typing
# mistake for an end before the start (14:00 to 13:00 is not a workshop of 23 hours).
LONGEST_NIGHT = dt.timedelta(hours=12)

# Pragmatic address check: one @, a dot in the domain, no spaces. Anything
# stricter rejects real addresses (umlaut domains, plus-tags).
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")
_PHONE = re.compile(r"^[+0-9 ()/\-–.]{3,40}$")
# "14:30", "14.30", or digits alone: "14", "930", "1430" (the last two are minutes); "Uhr" or "h" may follow.
_TIME = re.compile(r"(?:(\d{1,2})[:.](\d{2})|(\d{1,2})(\d{2})?)(?:\s*(?:uhr|h))?", re.IGNORECASE)
_LONG_TIME = re.compile(r"(\d{1,2})[:.](\d{2})")
# C0 and C1 control characters, DEL, and lone surrogates (which no file can store).
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")


class Problem(Struct, frozen=True):
    """Why a value was refused: a code such as ``"date_invalid"`` and its parameters."""

    code: str
    params: dict[str, Any] = field(default_factory=dict)


_DATE_FORMATS = ("%Y-%m-%d", "%d.%m.%Y")
_SHORT_DATE_FORMATS = (*_DATE_FORMATS, "%d.%m.%y")


def parse_date(text: str, *, short_forms: bool = True) -> dt.date | None:
    """A date from ``YYYY-MM-DD`` or German ``TT.MM.JJJJ`` (``12.1.2027`` too); ``None`` when it is no date.

    Unless ``short_forms`` is false, also with a two-digit year as typed in a hurry: ``12.1.27``
    is 12 January 2027 (``69`` to ``99`` are 1969 to 1999).
    """
    text = text.strip()
    for fmt in _SHORT_DATE_FORMATS if short_forms else _DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


# A date split at its day, whether or not the day exists: "31" + ".02.2027", "2027-02-" + "31".
_DAY_FIRST = re.compile(r"(\d{1,2})(\.\d{1,2}\.\d{2,4})")
_DAY_LAST = re.compile(r"(\d{4}-\d{1,2}-)(\d{1,2})")


def date_problem(text: str) -> Problem:
    """Why ``text`` is no date: ``date_no_such_day`` for a day past its month's end ("31.02.2027": the
    month has 28 days), else ``date_invalid`` (the shape is wrong, or there is no such month).

    The month is read by :func:`parse_date` itself, from the same text with the day set to 1, so a
    two-digit year means what it means there.
    """
    stripped = text.strip()
    first = None
    if match := _DAY_FIRST.fullmatch(stripped):
        day, first = int(match.group(1)), parse_date("1" + match.group(2))
    elif match := _DAY_LAST.fullmatch(stripped):
        day, first = int(match.group(2)), parse_date(match.group(1) + "1")
    if first is not None:
        # The month's length from the first of the next (the calendar module would cost start-up time).
        days = (dt.date(first.year + first.month // 12, first.month % 12 + 1, 1) - first).days
        if day > days:
            return Problem("date_no_such_day", {"value": text, "days": days})
    return Problem("date_invalid", {"value": text})


def parse_time(text: str, *, short_forms: bool = True) -> dt.time | None:
    """A time of day as people write it; ``None`` when it is none.

    ``14:30``, ``9:30`` and ``14.30`` as on a German agenda, and (unless ``short_forms`` is
    false) the short forms typed in a hurry: ``14`` (14:00), ``1430`` and ``930`` (9:30), each
    also with ``Uhr`` or ``h`` after it (``14 Uhr``, ``14.30 Uhr``).
    """
    match = (_TIME if short_forms else _LONG_TIME).fullmatch(text.strip())
    if not match:
        return None
    hour_text, minute_text = (match.group(1), match.group(2)) if match.group(1) else (match.group(3), match.group(4))
    hour, minute = int(hour_text), int(minute_text or 0)
    if hour > 23 or minute > 59:
        return None
    return dt.time(hour, minute)


def is_short_time(text: str) -> bool:
    """Whether ``text`` is a time only in a short form (``14``, ``1430``, ``14 Uhr``).

    A field that saves as it is typed takes such a time when it is left: while it is
    typed, ``1`` on the way to ``14`` or ``143`` on the way to ``1430`` would be a time too.
    """
    return parse_time(text, short_forms=False) is None and parse_time(text) is not None


def is_short_date(text: str) -> bool:
    """Whether ``text`` is a date only with a two-digit year (``12.1.27``).

    A field that saves as it is typed takes it when it is left: ``12.1.20`` on the way to
    ``12.1.2027`` would be a date too.
    """
    return parse_date(text, short_forms=False) is None and parse_date(text) is not None


def check_email(text: str) -> Problem | None:
    """An empty address is allowed; a filled one must look like an address."""
    if text and (not _EMAIL.match(text.strip()) or _CONTROL.search(text)):
        return Problem("email_invalid", {"value": text})
    return None


def check_phone(text: str) -> Problem | None:
    """An empty number is allowed; a filled one has digits, spaces, + - / ( ) only."""
    if text and not _PHONE.match(text.strip()):
        return Problem("phone_invalid", {"value": text})
    return None


def check_text(text: str, limit: int = MAX_TEXT, lines: bool | None = None) -> Problem | None:
    """Text longer than ``limit`` characters is refused, never cut silently; so is a control character.

    Tabs are allowed everywhere, line breaks only where the field has lines:
    by default the long fields (more than :data:`MAX_SHORT_TEXT` characters),
    never the one-line fields (names, titles, places). Every other C0 and C1
    control character (NUL, ESC, …) and a lone surrogate are refused.
    """
    if len(text) > limit:
        return Problem("text_too_long", {"limit": limit, "length": len(text)})
    allowed = "\t\n" if (limit > MAX_SHORT_TEXT if lines is None else lines) else "\t"
    match = _CONTROL.search(text)
    while match is not None and match.group() in allowed:
        match = _CONTROL.search(text, match.end())
    if match is not None:
        return Problem("text_control", {"char": f"U+{ord(match.group()):04X}"})
    return None


def check_workshop_field(name: str, value: Any) -> Problem | None:
    """Check one workshop field's new value (already converted to its type)."""
    if name == "title" and not str(value).strip():
        return Problem("title_empty")
    if name in ("title", "municipality", "county", "venue_name", "contact_name", "contact_role"):
        return check_text(str(value), MAX_SHORT_TEXT)
    if name == "contact_email":
        return check_email(str(value))
    if name == "contact_phone":
        return check_phone(str(value))
    if name in ("count_staff", "count_volunteers", "count_other"):
        if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= MAX_COUNT:
            return Problem("count_invalid", {"max": MAX_COUNT})
        return None
    if name == "minutes_language" and value not in MINUTES_LANGUAGES:
        return Problem("language_invalid", {"value": value})
    if name == "timezone":
        try:
            ZoneInfo(str(value))
        except (ZoneInfoNotFoundError, ValueError):
            return Problem("timezone_invalid", {"value": value})
        return None
    if name == "date" and not isinstance(value, dt.date):
        return Problem("date_invalid", {"value": value})
    if name in ("start_time", "end_time") and not isinstance(value, dt.time):
        return Problem("time_invalid", {"value": value})
    if isinstance(value, str):
        return check_text(value)
    return None


def check_times(start: dt.time, end: dt.time) -> Problem | None:
    """The planned end must come after the start: later the same day, or after midnight up to :data:`LONGEST_NIGHT`.

    The rest of the program reads an end at or before the start as one on the next day
    (:func:`~zwdesktop.core.schedule.workshop_days`), as a demo made in the evening has it.
    """
    if end > start:
        return None
    day = dt.date(2000, 1, 1)
    length = dt.datetime.combine(day + dt.timedelta(days=1), end) - dt.datetime.combine(day, start)
    if end == start or length > LONGEST_NIGHT:
        return Problem("end_before_start")
    return None


def check_agenda_field(name: str, value: Any) -> Problem | None:
    """Check one agenda item field's new value."""
    if name == "title":
        if not str(value).strip():
            return Problem("item_title_empty")
        return check_text(str(value), MAX_SHORT_TEXT)
    if name == "phase" and value not in PHASES:
        return Problem("phase_invalid", {"value": value})
    if name == "planned_minutes":
        if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= MAX_ITEM_MINUTES:
            return Problem("minutes_invalid", {"max": MAX_ITEM_MINUTES})
        return None
    if isinstance(value, str):
        return check_text(value)
    return None


def clean_text(text: str) -> str:
    """Remove control characters (keeping line breaks and tabs), normalise line ends and trim both ends.

    What the window does with typed or pasted text before :func:`check_text`
    sees it: a stray ESC from a copied terminal line is dropped, not refused,
    and bidi controls are kept inside the text (:func:`~zwdesktop.core.bidi.contained`).
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return contained(_CONTROL.sub(lambda m: m.group() if m.group() in "\n\t" else "", text).strip())
