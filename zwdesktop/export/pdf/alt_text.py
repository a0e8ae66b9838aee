"""Alternative texts: what a screen reader says for a QR code (what scanning it does) and for a photo.

The QR code's text is read from its payload, so every code of every section
is described without the section saying anything: a ``mailto:`` ("Anmeldung
per E-Mail an …"), a web address, a calendar entry ("Termin in den Kalender:
…") or a contact card.
"""

from __future__ import annotations

import datetime as dt
import urllib.parse
from zoneinfo import ZoneInfo

_WORDS = {
    "de": {
        "mail": "QR-Code: E-Mail an {address}",
        "mail_subject": "QR-Code: E-Mail an {address}, Betreff „{subject}“",
        "signup": "QR-Code: Anmeldung per E-Mail an {address}, Betreff „{subject}“",
        "web": "QR-Code: Webseite {url}",
        "calendar": "QR-Code: Termin in den Kalender: {summary}, {when}",
        "calendar_at": "QR-Code: Termin in den Kalender: {summary}, {when}, {place}",
        "contact": "QR-Code: Kontakt ins Adressbuch: {name}",
        "other": "QR-Code",
        "photo": "Foto",
    },
    "en": {
        "mail": "QR code: e-mail to {address}",
        "mail_subject": "QR code: e-mail to {address}, subject “{subject}”",
        "signup": "QR code: sign up by e-mail to {address}, subject “{subject}”",
        "web": "QR code: web page {url}",
        "calendar": "QR code: date into your calendar: {summary}, {when}",
        "calendar_at": "QR code: date into your calendar: {summary}, {when}, {place}",
        "contact": "QR code: contact into your address book: {name}",
        "other": "QR code",
        "photo": "Photo",
    },
}


def _words(language: str) -> dict[str, str]:
    return _WORDS["en" if language.lower().startswith("en") else "de"]


def _unfold(payload: str) -> dict[str, str]:
    """The properties of a VEVENT or vCard (folded lines joined, escapes undone), by name without parameters."""
    fields: dict[str, str] = {}
    for line in payload.replace("\r\n ", "").split("\r\n"):
        name, _sep, value = line.partition(":")
        value = value.replace("\\n", " ").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\")
        fields.setdefault(name.split(";")[0].upper(), value)
    return fields


def _when(stamp: str, zone: str, language: str) -> str:
    try:
        instant = dt.datetime.strptime(stamp, "%Y%m%dT%H%M%SZ").replace(tzinfo=dt.UTC)
    except ValueError:
        return stamp
    local = instant.astimezone(ZoneInfo(zone))
    return local.strftime("%d.%m.%Y, %H:%M") if not language.startswith("en") else local.strftime("%Y-%m-%d, %H:%M")


def qr_alt(payload: str, language: str = "de", zone: str = "Europe/Berlin") -> str:
    """What scanning the code does, in the document's language."""
    words = _words(language)
    if payload.startswith("mailto:"):
        address, _sep, query = payload[len("mailto:") :].partition("?")
        subject = urllib.parse.parse_qs(query).get("subject", [""])[0]
        address = urllib.parse.unquote(address)
        if not subject:
            return words["mail"].format(address=address)
        key = "signup" if subject.lower().startswith(("anmeldung", "sign-up")) else "mail_subject"
        return words[key].format(address=address, subject=subject)
    if payload.startswith(("https://", "http://")):
        return words["web"].format(url=payload)
    if payload.startswith("BEGIN:VEVENT"):
        fields = _unfold(payload)
        when = _when(fields.get("DTSTART", ""), zone, language)
        place = fields.get("LOCATION", "")
        key = "calendar_at" if place else "calendar"
        return words[key].format(summary=fields.get("SUMMARY", ""), when=when, place=place)
    if payload.startswith("BEGIN:VCARD"):
        fields = _unfold(payload)
        return words["contact"].format(name=", ".join(v for v in (fields.get("FN", ""), fields.get("EMAIL", "")) if v))
    return words["other"]


def photo_alt(caption: str, phase: str, language: str = "de") -> str:
    """A photo's alternative text: its caption and the phase it belongs to."""
    return ", ".join(part for part in (_words(language)["photo"] + f" ({phase})", caption.strip()) if part)
