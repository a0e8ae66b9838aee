"""Numbers with their word in the right number, for the command line's messages ("1 Seite", "12 Seiten")."""

from __future__ import annotations

from collections.abc import Iterable

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

# The records `zwdesktop check` and `zwdesktop backups` count, by the keys of WorkshopStore.counts().
RECORDS: dict[str, tuple[str, str, str, str]] = {
    "workshop": ("{n} Werkstatt", "{n} Werkstätten", "{n} workshop", "{n} workshops"),
    "agenda_items": ("{n} Programmpunkt", "{n} Programmpunkte", "{n} agenda item", "{n} agenda items"),
    "clock_events": ("{n} Ereignis der Uhr", "{n} Ereignisse der Uhr", "{n} clock event", "{n} clock events"),
    "photos": ("{n} Foto", "{n} Fotos", "{n} photo", "{n} photos"),
    "agreements": ("{n} Verabredung", "{n} Verabredungen", "{n} agreement", "{n} agreements"),
    "meetings": ("{n} Folgetreffen", "{n} Folgetreffen", "{n} follow-up meeting", "{n} follow-up meetings"),
    "steering_members": ("{n} Mitglied der Steuerungsgruppe", "{n} Mitglieder der Steuerungsgruppe",
                         "{n} steering group member", "{n} steering group members"),
    "signups": ("{n} Anmeldung", "{n} Anmeldungen", "{n} sign-up", "{n} sign-ups"),
    "meeting_notes": ("{n} Notiz zu Folgetreffen", "{n} Notizen zu Folgetreffen", "{n} meeting note", "{n} meeting notes"),
    "meeting_attendees": ("{n} Teilnahme an Folgetreffen", "{n} Teilnahmen an Folgetreffen",
                          "{n} meeting attendance", "{n} meeting attendances"),
    "minutes_revisions": ("{n} Fassung des Protokolls", "{n} Fassungen des Protokolls",
                          "{n} minutes revision", "{n} minutes revisions"),
    "vote_rounds": ("{n} Punktabfrage", "{n} Punktabfragen", "{n} dot vote", "{n} dot votes"),
    "vote_options": ("{n} Option der Punktabfragen", "{n} Optionen der Punktabfragen",
                     "{n} dot vote option", "{n} dot vote options"),
    "vote_ballots": ("{n} Stimmzettel", "{n} Stimmzettel", "{n} ballot", "{n} ballots"),
    "vote_events": ("{n} Ereignis der Punktabfragen", "{n} Ereignisse der Punktabfragen",
                    "{n} dot vote event", "{n} dot vote events"),
    "ideas": ("{n} Idee", "{n} Ideen", "{n} idea", "{n} ideas"),
    "clusters": ("{n} Cluster", "{n} Cluster", "{n} cluster", "{n} clusters"),
}  # fmt: skip


def counted(key: str, n: int) -> str:
    """``n`` with the word of ``key`` in its number, in the user's language ("1 Seite", "2 pages")."""
    return Labels(language()).count(key, n, COUNTED)


def counted_records(counts: dict[str, int], keys: Iterable[str] | None = None) -> list[str]:
    """Each count of ``counts`` (of ``keys``, in their order) as words in the user's language ("9 Programmpunkte")."""
    labels = Labels(language())
    return [labels.count(key, counts.get(key, 0), RECORDS) for key in (counts if keys is None else keys)]
