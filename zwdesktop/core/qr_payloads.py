"""What the QR codes in the minutes and on the poster say: texts that phone cameras open.

Pure functions, no QR library here (the export draws the codes). The forms
follow what phones accept (DESIGN.md §1):

- an ``https://`` address (needs mobile data on the phone);
- ``mailto:`` with a percent-encoded subject and body, ASCII only as RFC 6068
  asks — it works with the venue offline, the mail goes out later;
- a bare ``BEGIN:VEVENT … END:VEVENT`` (iPhone cameras refuse it inside
  ``VCALENDAR``) for a calendar entry;
- a vCard 3.0 for the contact person.
"""

from __future__ import annotations

import datetime as dt
import re
import urllib.parse
from collections.abc import Iterable
from dataclasses import dataclass

_CRLF = "\r\n"
_UTC = dt.UTC


class PayloadError(ValueError):
    """A value that cannot go into a payload; ``code`` says why (``url_invalid``, ``email_invalid``, …)."""

    def __init__(self, code: str, value: str = "") -> None:
        super().__init__(f"{code}: {value}")
        self.code = code
        self.value = value


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")


def https_url(url: str) -> str:
    """An ``https://`` (or ``http://``) address, trimmed and with non-ASCII characters percent-encoded.

    An address without a scheme gets ``https://``. A host with umlauts is
    written in its IDNA (``xn--``) form, so the payload stays ASCII.
    """
    text = url.strip()
    if not text:
        raise PayloadError("url_invalid", url)
    if "://" not in text:
        text = "https://" + text
    parts = urllib.parse.urlsplit(text)
    if parts.scheme.lower() not in ("https", "http") or not parts.hostname or " " in text:
        raise PayloadError("url_invalid", url)
    try:
        host = parts.hostname.encode("idna").decode("ascii")
    except UnicodeError as exc:
        raise PayloadError("url_invalid", url) from exc
    netloc = host + (f":{parts.port}" if parts.port else "")
    if parts.username:
        raise PayloadError("url_invalid", url)
    safe = "/:@!$&'()*+,;=%-._~?#"
    path = urllib.parse.quote(parts.path, safe=safe)
    query = urllib.parse.quote(parts.query, safe=safe)
    fragment = urllib.parse.quote(parts.fragment, safe=safe)
    return urllib.parse.urlunsplit((parts.scheme.lower(), netloc, path, query, fragment))


def mailto(address: str, subject: str = "", body: str = "") -> str:
    """A ``mailto:`` link with the subject and body percent-encoded as UTF-8 (RFC 6068): ASCII only."""
    address = address.strip()
    if not _EMAIL.match(address) or not address.isascii():
        raise PayloadError("email_invalid", address)
    fields = []
    if subject:
        fields.append("subject=" + urllib.parse.quote(subject, safe=""))
    if body:
        fields.append("body=" + urllib.parse.quote(body.replace("\r\n", "\n").replace("\n", "\r\n"), safe=""))
    return "mailto:" + urllib.parse.quote(address, safe="@.+-_") + ("?" + "&".join(fields) if fields else "")


def signup_subject(workshop_title: str, group: str, language: str = "de") -> str:
    """The subject of a sign-up mail naming the workshop and the group."""
    if language == "en":
        return f"Sign-up: {group} ({workshop_title})"
    return f"Anmeldung: {group} ({workshop_title})"


def _escape(text: str) -> str:
    """Escape a text value for iCalendar and vCard (RFC 5545 §3.3.11, RFC 2426 §5)."""
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\n").replace("\n", "\\n")


def _fold(line: str) -> Iterable[str]:
    """Fold a content line at 75 octets without splitting a UTF-8 character (RFC 5545 §3.1)."""
    encoded = line.encode("utf-8")
    if len(encoded) <= 75:
        yield line
        return
    pieces: list[str] = []
    current = ""
    limit = 75
    for ch in line:
        if len((current + ch).encode("utf-8")) > limit:
            pieces.append(current)
            current = ""
            limit = 74  # continuation lines start with a space
        current += ch
    pieces.append(current)
    yield pieces[0]
    for piece in pieces[1:]:
        yield " " + piece


def _utc_stamp(value: dt.datetime) -> str:
    if value.tzinfo is None or value.utcoffset() is None:
        raise PayloadError("time_naive", value.isoformat())
    return value.astimezone(_UTC).strftime("%Y%m%dT%H%M%SZ")


@dataclass(frozen=True)
class CalendarEvent:
    """A dated meeting for a phone's calendar (start and end timezone-aware)."""

    uid: str
    summary: str
    start: dt.datetime
    end: dt.datetime
    location: str = ""
    description: str = ""


def vevent(event: CalendarEvent, stamp: dt.datetime | None = None) -> str:
    """A bare ``BEGIN:VEVENT … END:VEVENT`` with the times in UTC (phones show them in their own zone).

    ``stamp`` (DTSTAMP) is when the entry was made or last changed (RFC 5545
    §3.8.7.2); it defaults to the start, so the same meeting always gives the
    same code.
    """
    if event.end <= event.start:
        raise PayloadError("end_before_start", event.end.isoformat())
    lines = [
        "BEGIN:VEVENT",
        f"UID:{_escape(event.uid)}",
        f"DTSTAMP:{_utc_stamp(stamp or event.start)}",
        f"DTSTART:{_utc_stamp(event.start)}",
        f"DTEND:{_utc_stamp(event.end)}",
        f"SUMMARY:{_escape(event.summary)}",
    ]
    if event.location:
        lines.append(f"LOCATION:{_escape(event.location)}")
    if event.description:
        lines.append(f"DESCRIPTION:{_escape(event.description)}")
    lines.append("END:VEVENT")
    return _CRLF.join(folded for line in lines for folded in _fold(line))


@dataclass(frozen=True)
class Contact:
    """A contact person for a vCard."""

    name: str
    organisation: str = ""
    role: str = ""
    email: str = ""
    phone: str = ""


def vcard(contact: Contact) -> str:
    """A vCard 3.0 of the contact person (UTF-8 text; phones add it to their contacts)."""
    name = " ".join(contact.name.split())
    if not name:
        raise PayloadError("name_empty")
    parts = name.rsplit(" ", 1)
    family, given = (parts[1], parts[0]) if len(parts) == 2 else (parts[0], "")
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"N:{_escape(family)};{_escape(given)};;;", f"FN:{_escape(name)}"]
    if contact.organisation:
        lines.append(f"ORG:{_escape(contact.organisation)}")
    if contact.role:
        lines.append(f"TITLE:{_escape(contact.role)}")
    if contact.email:
        lines.append(f"EMAIL;TYPE=INTERNET:{contact.email.strip()}")
    if contact.phone:
        lines.append(f"TEL;TYPE=WORK,VOICE:{contact.phone.strip()}")
    lines.append("END:VCARD")
    return _CRLF.join(folded for line in lines for folded in _fold(line))
