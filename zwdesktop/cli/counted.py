"""Numbers with their word in the right number, for the command line's messages ("1 Seite", "12 Seiten")."""

from __future__ import annotations

from ..export.minutes.labels import Labels
from .messages import language

# (German one, German more, English one, English more); "{n}" is the number.
COUNTED: dict[str, tuple[str, str, str, str]] = {
    "items": ("{n} Programmpunkt", "{n} Programmpunkte", "{n} agenda item", "{n} agenda items"),
    "people": ("{n} Person", "{n} Personen", "{n} person", "{n} people"),
    "meetings": ("{n} Folgetreffen", "{n} Folgetreffen", "{n} follow-up meeting", "{n} follow-up meetings"),
    "upcoming": ("{n} kommendes Folgetreffen", "{n} kommende Folgetreffen",
                 "{n} upcoming follow-up meeting", "{n} upcoming follow-up meetings"),
    "qr_codes": ("{n} QR-Code", "{n} QR-Codes", "{n} QR code", "{n} QR codes"),
    "calendar_codes": ("{n} Kalender-Code", "{n} Kalender-Codes", "{n} calendar code", "{n} calendar codes"),
    "pages": ("{n} Seite", "{n} Seiten", "{n} page", "{n} pages"),
    "workshops": ("{n} Werkstatt", "{n} Werkstätten", "{n} workshop", "{n} workshops"),
    "projects": ("{n} Projektgruppe", "{n} Projektgruppen", "{n} project group", "{n} project groups"),
}  # fmt: skip


def counted(key: str, n: int) -> str:
    """``n`` with the word of ``key`` in its number, in the user's language ("1 Seite", "2 pages")."""
    return Labels(language()).count(key, n, COUNTED)
