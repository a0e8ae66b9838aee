"""The fixed words of the minutes, poster and press text in the minutes language (German or English).

The minutes go out in the workshop's ``minutes_language``, whatever language
the program's interface speaks, so these texts live here and not in Qt's
translation files.
"""

from __future__ import annotations

import datetime as dt

LABELS: dict[str, tuple[str, str]] = {
    "ideas": ("Ideen und Themen", "Ideas and topics"),
    "no_cluster": ("Ohne Cluster", "Not clustered"),
    "reframed_from": ("aus der Kritik: „{text}“", "from the critique: “{text}”"),
    "agreements": ("Verabredungen und Projektgruppen", "Agreements and project groups"),
    "goal": ("Ziel", "Goal"),
    "members": ("Mitglieder", "Members"),
    "first_meeting": ("Erstes Folgetreffen", "First follow-up meeting"),
    "no_first_meeting": ("noch offen – bitte zeitnah vereinbaren", "still open – please arrange soon"),
    "origin": ("Hervorgegangen aus", "Came from"),
    "step_what": ("Was", "What"),
    "step_who": ("Wer", "Who"),
    "step_with": ("Mit wem", "With whom"),
    "step_due": ("Bis wann", "By when"),
    "qr_signup": ("Anmelden", "Sign up"),
    "qr_calendar": ("Erstes Treffen in den Kalender", "First meeting into your calendar"),
    "steering_group": ("Steuerungsgruppe", "Steering group"),
    "steering_split": (
        "{staff} hauptamtlich, {volunteers} ehrenamtlich, {other} weitere",
        "staff: {staff}, volunteers: {volunteers}, others: {other}",
    ),
    "role_staff": ("hauptamtlich", "staff"),
    "role_volunteer": ("ehrenamtlich", "volunteer"),
    "role_other": ("weitere", "other"),
    "mailing_list": ("Mail-Verteiler", "Mailing list"),
    "mailing_note": (
        "Die Adressen stehen nicht im Protokoll; die Ansprechperson verwaltet den Verteiler.",
        "The addresses are not in the minutes; the contact person keeps the list.",
    ),
    "minutes": ("Protokoll", "Minutes"),
    "minutes_of": ("Protokoll der Zukunftswerkstatt", "Minutes of the future workshop"),
    "guiding_question": ("Leitfrage", "Guiding question"),
    "municipality": ("Kommune", "Municipality"),
    "county": ("Landkreis", "County"),
    "date": ("Datum", "Date"),
    "venue": ("Ort", "Venue"),
    "time": ("Zeit", "Time"),
    "moderation": ("Moderation", "Moderation"),
    "version": ("Fassung", "Version"),
    "version_draft": ("Version {n}, Entwurf", "Version {n}, draft"),
    "version_approved": ("Version {n}, genehmigt am {date}", "Version {n}, approved on {date}"),
    "approved_by": ("{text} ({by})", "{text} ({by})"),
    "corrections": ("Korrekturen", "Corrections"),
    "contact": ("Ansprechperson", "Contact person"),
    "participants": ("Teilnehmende", "Participants"),
    "participants_split": (
        "{total} (davon {staff} hauptamtlich, {volunteers} ehrenamtlich, {other} weitere)",
        "{total} (staff: {staff}, volunteers: {volunteers}, others: {other})",
    ),
    "contents": ("Inhalt", "Contents"),
    "agenda": ("Ablauf", "Agenda"),
    "col_no": ("Nr.", "No."),
    "col_item": ("Programmpunkt", "Agenda item"),
    "col_phase": ("Phase", "Phase"),
    "col_planned": ("geplant", "planned"),
    "col_actual": ("tatsächlich", "actual"),
    "col_difference": ("Abw.", "Diff."),
    "total": ("Gesamt", "Total"),
    "not_run": ("nicht gelaufen", "did not run"),
    "running": ("(läuft)", "(running)"),
    "minutes_unit": ("{n} min", "{n} min"),
    "agenda_note": (
        "Geplante Zeiten nach dem Ablaufplan; tatsächliche Zeiten nach der Moderationsuhr"
        " (ohne Unterbrechungen). Abw. = tatsächliche minus geplante Minuten.",
        "Planned times from the agenda; actual times from the moderation clock (without pauses)."
        " Diff. = actual minus planned minutes.",
    ),
    "agenda_counted_to": (
        "Der laufende Programmpunkt ist bis zum Export um {time} Uhr gezählt.",
        "The running item is counted up to the export at {time}.",
    ),
    "agenda_not_started": (
        "Die Moderationsuhr wurde nicht gestartet; es gibt nur die geplanten Zeiten.",
        "The moderation clock was not started; only the planned times are known.",
    ),
    "agenda_try_out": (
        "Die Moderationsuhr lief nur zur Probe an einem anderen Tag; es gibt nur die geplanten Zeiten.",
        "The moderation clock ran only as a try-out on another day; only the planned times are known.",
    ),
    "photos": ("Impressionen", "Impressions"),
    # Photos of no phase: a heading of its own, never to be taken for the closing phase ("Abschluss").
    "photos_at_end": ("Fotos ohne Phase", "Photos of no particular phase"),
    "photo_unreadable": (
        "[Foto „{name}“ konnte nicht gelesen werden]",
        "[The photo “{name}” could not be read]",
    ),
    "contact_section": ("Kontakt", "Contact"),
    "contact_qr": (
        "QR-Code scannen, um die Ansprechperson ins Adressbuch zu übernehmen.",
        "Scan the QR code to add the contact person to your address book.",
    ),
    "email": ("E-Mail", "E-mail"),
    "phone": ("Telefon", "Phone"),
    "role": ("Funktion", "Role"),
    "workshop_data": ("Angaben zur Werkstatt", "About the workshop"),
    "notes": ("Anmerkungen", "Notes"),
    "address": ("Adresse", "Address"),
    "made_with": (
        "Erstellt am {date} mit zwdesktop {version}.",
        "Made on {date} with zwdesktop {version}.",
    ),
    "page_of": ("Seite {page} von {pages}", "Page {page} of {pages}"),
    "names_withheld": ("(Namen nicht aufgeführt)", "(names not listed)"),
    "time_range": ("{start}–{end} Uhr", "{start}–{end}"),
    "subject": (
        "Protokoll der Zukunftswerkstatt {municipality} am {date}",
        "Minutes of the future workshop {municipality} on {date}",
    ),
    # phases
    "phase_arrival": ("Ankommen", "Arrival"),
    "phase_critique": ("Kritikphase", "Critique phase"),
    "phase_fantasy": ("Phantasiephase", "Fantasy phase"),
    "phase_realisation": ("Verwirklichungsphase", "Realisation phase"),
    "phase_agreements": ("Verabredungen", "Agreements"),
    "phase_break": ("Pause", "Break"),
    "phase_closing": ("Abschluss", "Closing"),
    "phase_other": ("Sonstiges", "Other"),
}

# Counted words: (German one, German more, English one, English more); "{n}" is the number.
COUNTED: dict[str, tuple[str, str, str, str]] = {
    "ideas_count": ("{n} Karte", "{n} Karten", "{n} card", "{n} cards"),
    "steering_count": ("{n} Mitglied", "{n} Mitglieder", "{n} member", "{n} members"),
    "mailing_count": (
        "{n} Person hat sich mit Einwilligung in den Mail-Verteiler eingetragen.",
        "{n} Personen haben sich mit Einwilligung in den Mail-Verteiler eingetragen.",
        "{n} person signed up for the mailing list with their consent.",
        "{n} people signed up for the mailing list with their consent.",
    ),
}

MONTHS_DE = (
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
)
MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


class Labels:
    """The words in one language: ``labels("date")``, ``labels("page_of", page=1, pages=3)``."""

    def __init__(self, language: str) -> None:
        self.language = "en" if language == "en" else "de"

    def __call__(self, key: str, **params: object) -> str:
        """The text of ``key`` with ``params`` filled in."""
        german, english = LABELS[key]
        text = english if self.language == "en" else german
        return text.format(**params) if params else text

    def count(
        self, key: str, n: int, table: dict[str, tuple[str, str, str, str]] | None = None, **params: object
    ) -> str:
        """The counted text of ``key`` for ``n`` ("1 Karte", "2 Karten"), with ``params`` filled in.

        ``table``: another feature's counted words, in the shape of :data:`COUNTED` (which is the default).
        """
        de_one, de_more, en_one, en_more = (COUNTED if table is None else table)[key]
        one, more = (en_one, en_more) if self.language == "en" else (de_one, de_more)
        return (one if n == 1 else more).format(n=n, **params)

    def phase(self, code: str) -> str:
        """The name of a phase code (an unknown code as it is)."""
        key = f"phase_{code}"
        return self(key) if key in LABELS else code

    def long_date(self, value: object) -> str:
        """``14. Juni 2025`` / ``14 June 2025``."""
        assert isinstance(value, dt.date)
        if self.language == "en":
            return f"{value.day} {MONTHS_EN[value.month - 1]} {value.year}"
        return f"{value.day}. {MONTHS_DE[value.month - 1]} {value.year}"

    @property
    def bcp47(self) -> str:
        """The PDF's language tag."""
        return "en-GB" if self.language == "en" else "de-DE"
