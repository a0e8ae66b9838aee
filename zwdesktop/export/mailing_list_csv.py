"""The mailing list as CSV for a mail program: only people with consent, readable by German Excel.

UTF-8 with a byte-order mark (without it Excel reads the file as Windows-1252
and breaks every umlaut) and semicolons (German Excel's list separator).
A cell that a spreadsheet would run as a formula is prefixed with an
apostrophe (CSV injection).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from pathlib import Path
from zoneinfo import ZoneInfo

from ..core.agreements import STEERING_GROUP, AgreementsData
from ..store.workshop_store import WorkshopStore
from .atomic import write_bytes_atomic

HEADERS = {
    "de": ("Name", "E-Mail", "Telefon", "Kommune", "Gruppen", "Einwilligung am", "Einwilligungstext"),
    "en": ("Name", "E-mail", "Phone", "Municipality", "Groups", "Consent given", "Consent text"),
}
_STEERING = {"de": "Steuerungsgruppe", "en": "Steering group"}
_PHONE = re.compile(r"^\+?[0-9 ()/\-–.]+$")


def _safe(cell: str) -> str:
    """A cell a spreadsheet shows as text (a leading = + - @ would start a formula); phone numbers stay."""
    if cell[:1] in ("=", "@", "\t", "\r") or (cell[:1] in ("+", "-") and not _PHONE.match(cell)):
        return "'" + cell
    return cell


def _local(instant: str, zone: str) -> str:
    return dt.datetime.fromisoformat(instant).astimezone(ZoneInfo(zone)).strftime("%Y-%m-%d %H:%M")


def signups_csv(data: AgreementsData, language: str = "de", zone: str = "Europe/Berlin") -> str:
    """The sign-ups with consent as CSV text (``;``, CRLF line ends), in the order people signed up.

    The time of consent is shown in the workshop's time zone (``zone``), as a spreadsheet user reads it.
    """
    lang = "en" if language == "en" else "de"
    titles = {a.id: a.title for a in data.agreements}
    titles[STEERING_GROUP] = _STEERING[lang]
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(HEADERS[lang])
    for signup in sorted(data.signups, key=lambda s: (s.created_at, s.id)):
        if not signup.consented:
            continue  # no consent, no line: a file from elsewhere might hold such a row
        groups = ", ".join(titles[g] for g in signup.groups if g in titles)
        cells = (signup.name, signup.email, signup.phone, signup.municipality, groups, _local(signup.consent_at, zone),
                 " ".join(signup.consent_text.split()))  # fmt: skip
        writer.writerow([_safe(cell) for cell in cells])
    return out.getvalue()


def write_signups_csv(store: WorkshopStore, target: Path, language: str = "de") -> int:
    """Write the mailing list to ``target`` (UTF-8 with BOM, atomically); returns the number of people."""
    data = store.agreements.data()
    text = signups_csv(data, language, store.workshop().timezone)
    write_bytes_atomic(Path(target), text.encode("utf-8-sig"))
    return sum(1 for s in data.signups if s.consented)
