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
from collections.abc import Callable, Iterable, Sequence

from msgspec import Struct
from msgspec.structs import replace

_CRLF = "\r\n"
_UTC = dt.UTC
# The most a payload with free text may take (UTF-8 bytes): a code of version 17 at error
# correction M. Longer texts are shortened so the code stays readable from a printout and a
# projector (every text a user can enter fits the field limits; a QR code holds 2,331 bytes at most).
MAX_PAYLOAD_BYTES = 500
# A web address cannot be shortened; it may take what a code of version 35 at M holds.
MAX_URL_BYTES = 1800
SHORTENED = "…"


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
    result = urllib.parse.urlunsplit((parts.scheme.lower(), netloc, path, query, fragment))
    if len(result) > MAX_URL_BYTES:
        raise PayloadError("url_invalid", url)
    return result


def mailto(address: str, subject: str = "", body: str = "", shortened: str = SHORTENED) -> str:
    """A ``mailto:`` link with the subject and body percent-encoded as UTF-8 (RFC 6068): ASCII only.

    Within :data:`MAX_PAYLOAD_BYTES`: a body, then a subject too long for that is shortened and ends with ``shortened``.
    """
    address = address.strip()
    if not _EMAIL.match(address) or not address.isascii():
        raise PayloadError("email_invalid", address)

    def build(texts: dict[str, str]) -> str:
        fields = []
        if texts["subject"]:
            fields.append("subject=" + urllib.parse.quote(texts["subject"], safe=""))
        if texts["body"]:
            body_text = texts["body"].replace("\r\n", "\n").replace("\n", "\r\n")
            fields.append("body=" + urllib.parse.quote(body_text, safe=""))
        return "mailto:" + urllib.parse.quote(address, safe="@.+-_") + ("?" + "&".join(fields) if fields else "")

    return fit_payload(build, {"subject": subject, "body": body}, ("body", "subject"), shortened)


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


class CalendarEvent(Struct, frozen=True):
    """A dated meeting for a phone's calendar (start and end timezone-aware)."""

    uid: str
    summary: str
    start: dt.datetime
    end: dt.datetime
    location: str = ""
    description: str = ""


def vevent(event: CalendarEvent, stamp: dt.datetime | None = None, shortened: str = SHORTENED) -> str:
    """A bare ``BEGIN:VEVENT … END:VEVENT`` with the times in UTC (phones show them in their own zone).

    ``stamp`` (DTSTAMP) is when the entry was made or last changed (RFC 5545
    §3.8.7.2); it defaults to the start, so the same meeting always gives the
    same code. Within :data:`MAX_PAYLOAD_BYTES`: the description, then the
    location, then the summary are shortened as far as needed, each ending with
    ``shortened`` (e.g. "… (gekürzt)"), so the phone shows that text is missing.
    """
    if event.end <= event.start:
        raise PayloadError("end_before_start", event.end.isoformat())
    texts = {"summary": event.summary, "location": event.location, "description": event.description}

    def build(fitted: dict[str, str]) -> str:
        fitted_event = replace(
            event, summary=fitted["summary"], location=fitted["location"], description=fitted["description"]
        )
        return _vevent(fitted_event, stamp)

    return fit_payload(build, texts, ("description", "location", "summary"), shortened)


def _vevent(event: CalendarEvent, stamp: dt.datetime | None) -> str:
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


class Contact(Struct, frozen=True):
    """A contact person for a vCard."""

    name: str
    organisation: str = ""
    role: str = ""
    email: str = ""
    phone: str = ""


def vcard(contact: Contact, shortened: str = SHORTENED) -> str:
    """A vCard 3.0 of the contact person (UTF-8 text; phones add it to their contacts).

    Within :data:`MAX_PAYLOAD_BYTES`: the role, the organisation and then the
    name are shortened as far as needed (address and phone number never).
    """
    name = " ".join(contact.name.split())
    if not name:
        raise PayloadError("name_empty")
    texts = {"name": name, "organisation": contact.organisation, "role": contact.role}

    def build(fitted: dict[str, str]) -> str:
        return _vcard(replace(contact, name=fitted["name"], organisation=fitted["organisation"], role=fitted["role"]))

    return fit_payload(build, texts, ("role", "organisation", "name"), shortened)


def _vcard(contact: Contact) -> str:
    name = contact.name
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


def payload_size(payload: str) -> int:
    """The bytes a payload takes in a code (UTF-8)."""
    return len(payload.encode("utf-8"))


def fit_payload(
    build: Callable[[dict[str, str]], str],
    texts: dict[str, str],
    order: Sequence[str],
    shortened: str = SHORTENED,
    limit: int = MAX_PAYLOAD_BYTES,
) -> str:
    """``build(texts)``, with the texts named in ``order`` shortened one after another until it fits ``limit`` bytes.

    Each shortened text keeps its longest beginning that fits, cut at a word
    when one is near, and ends with ``shortened``; a text is only emptied when
    even its first character does not fit. Raises :class:`PayloadError`
    (``too_long``) when the payload is too long without any of them.
    """
    texts = dict(texts)
    payload = build(texts)
    for name in order:
        if payload_size(payload) <= limit:
            return payload
        value = texts[name]
        if not value:
            continue

        def fits(length: int, value: str = value, name: str = name) -> bool:
            return payload_size(build({**texts, name: _cut(value, length, shortened)})) <= limit

        low, high = 0, len(value)  # fits(low) is unknown for 0: then the text is dropped
        while low < high:
            middle = (low + high + 1) // 2
            if fits(middle):
                low = middle
            else:
                high = middle - 1
        texts[name] = _cut(value, low, shortened) if low else ""
        payload = build(texts)
    if payload_size(payload) > limit:
        raise PayloadError("too_long", str(payload_size(payload)))
    return payload


def shorten(text: str, length: int, shortened: str = SHORTENED) -> str:
    """``text`` in at most ``length`` characters: its beginning (ending at a word when one is near) and ``shortened``."""
    if len(text) <= length:
        return text
    return _cut(text, max(1, length - len(shortened)), shortened)


def _cut(text: str, length: int, shortened: str) -> str:
    head = text[:length]
    space = head.rfind(" ")
    if space > length * 3 // 4:  # end at a word when one ends near the cut
        head = head[:space]
    return head.rstrip() + shortened
