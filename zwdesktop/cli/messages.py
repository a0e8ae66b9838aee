"""The command line's sentences in German and English, chosen by LC_ALL / LC_MESSAGES / LANG.

The GUI has its own ``tr()`` texts for the same situations (Qt's translation
system); this catalogue serves the command line, which runs without Qt.
"""

from __future__ import annotations

import os
from typing import Any

from ..core.instants import local_time_text
from .document_messages import DOCUMENT_MESSAGES

MESSAGES: dict[str, tuple[str, str]] = {
    # store errors
    "missing": ("Die Datei {path} gibt es nicht.", "The file {path} does not exist."),
    "missing_folder": ("Den Ordner {path} gibt es nicht.", "The folder {path} does not exist."),
    "not_a_file": ("{path} ist keine Datei.", "{path} is not a file."),
    "no_permission": ("Keine Berechtigung, {path} zu lesen.", "No permission to read {path}."),
    "not_sqlite": (
        "{path} ist keine Zukunftswerkstatt-Datei (keine SQLite-Datenbank).",
        "{path} is not a workshop file (not an SQLite database).",
    ),
    "corrupt": (
        "{path} ist beschädigt oder unvollständig und wird nicht verändert (technische Angabe: {detail}).",
        "{path} is damaged or incomplete and is left unchanged (technical detail: {detail}).",
    ),
    "damaged_readable": (
        "{path} ist beschädigt (technische Angabe: {detail}); ihre Einträge sind noch lesbar. Sie wird nicht verändert: im Fenster"
        " lässt sie sich nur zum Lesen öffnen (etwa um das Protokoll zu exportieren), oder Datei → Aus Sicherung"
        " wiederherstellen.",
        "{path} is damaged (technical detail: {detail}); its records can still be read. It is left unchanged: the window opens it"
        " read-only (e.g. to export the minutes), or use File → Restore from backup.",
    ),
    "foreign": (
        "{path} ist eine SQLite-Datei eines anderen Programms, keine Zukunftswerkstatt-Datei; sie wird nicht verändert.",
        "{path} is another application's SQLite file, not a workshop file; it is left unchanged.",
    ),
    "too_new": (
        "{path} wurde mit einer neueren zwdesktop-Version geschrieben (Schema {version}); bitte zwdesktop aktualisieren."
        " Die Datei bleibt unverändert.",
        "{path} was written by a newer zwdesktop (schema {version}); please update zwdesktop."
        " The file is left unchanged.",
    ),
    "disk_full": (
        "Der Datenträger ist voll: {path} konnte nicht geschrieben werden; nichts wurde verändert.",
        "The disk is full: {path} could not be written; nothing was changed.",
    ),
    "read_only": ("{path} ist schreibgeschützt.", "{path} is read-only."),
    "busy": (
        "{path} wird gerade von einem anderen Programm benutzt; bitte später noch einmal versuchen. Nichts wurde verändert.",
        "{path} is in use by another program; please try again later. Nothing was changed.",
    ),
    "exists": ("{path} gibt es schon; sie wird nicht überschrieben.", "{path} already exists; it is not overwritten."),
    "io_error": (
        "{path} konnte nicht gelesen oder geschrieben werden (technische Angabe: {detail}).",
        "{path} could not be read or written (technical detail: {detail}).",
    ),
    "locked": (
        "{path} ist geöffnet von {user} auf {host} seit {since}.",
        "{path} is open by {user} on {host} since {since}.",
    ),
    "other_workshop": (
        "Das Dokument gehört zu einer anderen Zukunftswerkstatt („{title}“) als {path}; nichts wurde verändert.",
        "The document belongs to a different workshop (“{title}”) than {path}; nothing was changed.",
    ),
    "in_use": (
        "Die Zusammenführung in {path} lässt sich nicht mehr zurücknehmen: die Uhr ist seither durch einen Programmpunkt gelaufen, den sie gebracht hat.",
        "The merge into {path} can no longer be taken back: the clock has since run through an agenda item it brought.",
    ),
    "not_found": ("Eintrag {id} nicht gefunden.", "Record {id} not found."),
    "unknown_field": ("Unbekanntes Feld {field}.", "Unknown field {field}."),
    "invalid_value": ("Ungültiger Wert für {field}: {reason}", "Invalid value for {field}: {reason}"),
    # validation problems
    "title_empty": ("Der Titel darf nicht leer sein.", "The title must not be empty."),
    "item_title_empty": (
        "Der Titel des Programmpunkts darf nicht leer sein.",
        "The agenda item's title must not be empty.",
    ),
    "text_too_long": (
        "Der Text ist {length} Zeichen lang; erlaubt sind höchstens {limit}.",
        "The text is {length} characters long; at most {limit} are allowed.",
    ),
    "email_invalid": ("„{value}“ ist keine gültige E-Mail-Adresse.", "“{value}” is not a valid e-mail address."),
    "phone_invalid": ("„{value}“ ist keine gültige Telefonnummer.", "“{value}” is not a valid phone number."),
    "count_invalid": ("Bitte eine ganze Zahl von 0 bis {max}.", "Please a whole number from 0 to {max}."),
    "language_invalid": ("Unbekannte Sprache „{value}“ (de oder en).", "Unknown language “{value}” (de or en)."),
    "timezone_invalid": ("Unbekannte Zeitzone „{value}“.", "Unknown time zone “{value}”."),
    "date_invalid": ("„{value}“ ist kein Datum (JJJJ-MM-TT).", "“{value}” is not a date (YYYY-MM-DD)."),
    "date_no_such_day": (
        "„{value}“ gibt es nicht: Der Monat hat nur {days} Tage.",
        "There is no “{value}”: that month has only {days} days.",
    ),
    "time_invalid": ("„{value}“ ist keine Uhrzeit (HH:MM).", "“{value}” is not a time (HH:MM)."),
    "end_before_start": ("Das Ende muss nach dem Beginn liegen.", "The end must come after the start."),
    "phase_invalid": ("Unbekannte Phase „{value}“.", "Unknown phase “{value}”."),
    "minutes_invalid": ("Die Dauer muss 0 bis {max} Minuten sein.", "The duration must be 0 to {max} minutes."),
    # commands
    "created": (
        "{path} angelegt: „{title}“, {items}, {start}–{end}.",
        "Created {path}: “{title}”, {items}, {start}–{end}.",
    ),
    "demo_created": ("Beispiel-Werkstatt {path} angelegt: „{title}“.", "Demo workshop {path} created: “{title}”."),
    "demo_kept": (
        "Die Beispiel-Werkstatt {path} ist von heute; sie bleibt, wie sie ist.",
        "The demo workshop {path} is today's; it stays as it is.",
    ),
    "demo_set_aside": (
        "Die Beispiel-Werkstatt vom {day} liegt jetzt bei den Sicherungen ({backup}); sie wird für heute neu angelegt.",
        "The demo workshop of {day} is now among the backups ({backup}); it is made anew for today.",
    ),
    "no_template": (
        "Es gibt keine Vorlage „{name}“. Vorhanden: {names}.",
        "There is no template “{name}”. Available: {names}.",
    ),
    "template_problem": ("Vorlage nicht lesbar: {detail}", "Template not readable: {detail}"),
    "exported_csv": (
        "{path} geschrieben: {people} mit Einwilligung im Mail-Verteiler.",
        "Wrote {path}: {people} with consent on the mailing list.",
    ),
    "exported_ics": ("{path} geschrieben: {meetings}.", "Wrote {path}: {meetings}."),
    "agreement_title_empty": ("Die Verabredung braucht einen Titel.", "The agreement needs a title."),
    "status_invalid": ("Unbekannter Status „{value}“.", "Unknown status “{value}”."),
    "url_invalid": ("„{value}“ ist keine gültige Web-Adresse.", "“{value}” is not a valid web address."),
    "step_what_empty": ("Ein Schritt braucht ein „Was“.", "A step needs a “what”."),
    "source_invalid": ("Unbekannte Herkunft „{value}“.", "Unknown origin “{value}”."),
    "origin_label_empty": ("Die Herkunft braucht einen Text.", "The origin needs a text."),
    "name_empty": ("Der Name darf nicht leer sein.", "The name must not be empty."),
    "email_empty": ("Die E-Mail-Adresse fehlt.", "The e-mail address is missing."),
    "consent_needed": (
        "E-Mail-Adresse und Telefonnummer nur mit Einwilligung.",
        "E-mail address and phone number only with consent.",
    ),
    "consent_missing": (
        "Ohne Einwilligung wird nichts gespeichert.",
        "Without consent nothing is stored.",
    ),
    "role_invalid": ("Unbekannte Rolle „{value}“.", "Unknown role “{value}”."),
    "meeting_too_long": ("Ein Treffen dauert höchstens 24 Stunden.", "A meeting lasts at most 24 hours."),
    "doc_unknown_agreement": (
        "verweist auf eine unbekannte Verabredung {value}.",
        "refers to an unknown agreement {value}.",
    ),
    "doc_unknown_meeting": (
        "verweist auf ein unbekanntes Folgetreffen {value}.",
        "refers to an unknown follow-up meeting {value}.",
    ),
    # follow-up
    "held_needs_date": ("Ein stattgefundenes Treffen braucht ein Datum.", "A meeting that took place needs a date."),
    "held_in_future": (
        "Ein Treffen in der Zukunft kann nicht stattgefunden haben.",
        "A meeting in the future cannot have taken place.",
    ),
    "next_in_past": ("Das nächste Treffen muss in der Zukunft liegen.", "The next meeting must lie in the future."),
    "state_invalid": ("Unbekannter Stand „{value}“.", "Unknown state “{value}”."),
    "note_kind_invalid": ("Unbekannte Art der Notiz „{value}“.", "Unknown kind of note “{value}”."),
    "note_text_empty": ("Eine Notiz braucht einen Text.", "A note needs a text."),
    "person_kind_invalid": ("Unbekannte Art der Person „{value}“.", "Unknown kind of person “{value}”."),
    "revision_kind_invalid": ("Unbekannte Art „{value}“.", "Unknown kind “{value}”."),
    "correction_what_empty": ("Die Korrektur braucht ein „Was“.", "The correction needs a “what”."),
    "revision_in_future": ("Das Datum liegt in der Zukunft.", "The date lies in the future."),
    "approval_meeting_not_held": (
        "Genehmigt wird bei einem Treffen, das stattgefunden hat.",
        "Approval happens at a meeting that took place.",
    ),
    "meeting_recorded": (
        "Zu diesem Treffen ist schon etwas festgehalten (Nachbereitung); es bleibt. Eine Gruppe, die nicht "
        "weitermacht, bekommt den Stand „aufgegeben“.",
        "Something is recorded about this meeting (follow-up); it stays. A group that does not go on gets the "
        "status “dropped”.",
    ),
    "exported": ("{path} geschrieben.", "Wrote {path}."),
    "exported_poster": (
        "Aushang {path} geschrieben ({codes}).",
        "Wrote the poster {path} ({codes}).",
    ),
    "exported_press": (
        "Pressetext {path} geschrieben – bitte vor dem Versand lesen und ergänzen.",
        "Wrote the press text {path} – please read and complete it before sending.",
    ),
    "exported_docx": (
        "Protokoll zum Bearbeiten {path} geschrieben (Word).",
        "Wrote the minutes for editing {path} (Word).",
    ),
    "poster_empty": (
        "Kein Aushang geschrieben: er hätte keinen QR-Code. Noch nimmt keine Gruppe Anmeldungen an (eine Web-Adresse"
        " oder E-Mail zum Anmelden, oder ein erstes Treffen für den Kalender), und die Werkstatt hat keine"
        " Kontakt-E-Mail für den Verteiler. Bitte unter Verabredungen oder Angaben ergänzen.",
        "No poster written: it would have no QR code. No group takes sign-ups yet (a sign-up web address or e-mail,"
        " or a first meeting for the calendar), and the workshop has no contact e-mail for the mailing list."
        " Please add one in Agreements or Details.",
    ),
    "poster_pdf_only": (
        "Den Aushang und den Fortschrittsbericht gibt es nur als PDF: {path} endet nicht auf .pdf.",
        "The poster and the progress sheet are made as PDF only: {path} does not end in .pdf.",
    ),
    "report_back_txt_only": (
        "Den Nachbericht gibt es nur als Text: {path} endet nicht auf .txt.",
        "The report back is made as text only: {path} does not end in .txt.",
    ),
    "exported_progress": (
        "Fortschrittsbericht {path} geschrieben ({codes}).",
        "Wrote the progress sheet {path} ({codes}).",
    ),
    "exported_minutes": ("Protokoll {path} geschrieben ({pages}).", "Wrote the minutes {path} ({pages})."),
    "photo_too_large": (
        "Das Foto ist {size_mb} MB groß; erlaubt sind höchstens {limit_mb} MB.",
        "The photo is {size_mb} MB; at most {limit_mb} MB are allowed.",
    ),
    "photo_not_image": ("Das ist kein JPEG- oder PNG-Bild.", "This is not a JPEG or PNG image."),
    "doc_photo_too_large": (
        "das Foto ist {size_mb} MB groß; erlaubt sind höchstens {limit_mb} MB.",
        "the photo is {size_mb} MB; at most {limit_mb} MB are allowed.",
    ),
    "doc_photo_not_image": ("das ist kein JPEG- oder PNG-Bild.", "this is not a JPEG or PNG image."),
    "unknown_format": (
        "Unbekanntes Ausgabeformat „{suffix}“ (möglich: {formats}).",
        "Unknown output format “{suffix}” (possible: {formats}).",
    ),
    "imported_new": ("{path} aus dem Dokument angelegt.", "Created {path} from the document."),
    "imported": (
        "Zusammengeführt in {path}: {added} neu, {updated} aktualisiert, {kept} behalten (in der Datei neuer).",
        "Merged into {path}: {added} added, {updated} updated, {kept} kept (newer in the file).",
    ),
    "imported_ideas_only": (
        "Das Dokument gehört zu einer anderen Zukunftswerkstatt („{title}“): nur Ideen und Cluster wurden übernommen.",
        "The document belongs to another workshop (“{title}”): only ideas and clusters were taken over.",
    ),
    "same_file": (
        "{path} kann nicht in sich selbst übernommen werden.",
        "{path} cannot be merged into itself.",
    ),
    "conflict_idea_document": (
        "Idee auf beiden Laptops geändert – übernommen (später geändert): {kept}; ersetzt: {lost}",
        "Idea changed on both laptops – taken over (changed later): {kept}; replaced: {lost}",
    ),
    "conflict_idea_file": (
        "Idee auf beiden Laptops geändert – behalten (später geändert): {kept}; nicht übernommen: {lost}",
        "Idea changed on both laptops – kept (changed later): {kept}; not taken over: {lost}",
    ),
    "conflict_merged_document": (
        "Idee auf dem anderen Laptop mit einer anderen zusammengeführt – das bleibt so; die spätere Änderung"
        " hier ist ersetzt: {lost}",
        "Idea merged into another on the other laptop – it stays merged; the later change here was replaced: {lost}",
    ),
    "conflict_merged_file": (
        "Idee hier mit einer anderen zusammengeführt – das bleibt so; die spätere Änderung des anderen Laptops"
        " ist nicht übernommen: {lost}",
        "Idea merged into another here – it stays merged; the other laptop's later change was not taken: {lost}",
    ),
    "conflict_cluster_document": (
        "Cluster auf beiden Laptops geändert – übernommen: {kept}; ersetzt: {lost}",
        "Cluster changed on both laptops – taken over: {kept}; replaced: {lost}",
    ),
    "conflict_cluster_file": (
        "Cluster auf beiden Laptops geändert – behalten: {kept}; nicht übernommen: {lost}",
        "Cluster changed on both laptops – kept: {kept}; not taken over: {lost}",
    ),
    "deleted_mark": ("„{text}“ (gelöscht)", "“{text}” (deleted)"),
    "idea_empty": ("Eine leere Idee wird nicht gespeichert.", "An empty idea is not stored."),
    "idea_too_long": (
        "Die Idee ist {length} Zeichen lang; erlaubt sind höchstens {limit}. Nichts wurde gekürzt.",
        "The idea is {length} characters long; at most {limit} are allowed. Nothing was cut.",
    ),
    "cluster_name_empty": ("Der Name des Clusters darf nicht leer sein.", "The cluster's name must not be empty."),
    "colour_invalid": ("„{value}“ ist keine Farbe (#rrggbb).", "“{value}” is not a colour (#rrggbb)."),
    "doc_unknown_round": (
        "verweist auf eine unbekannte Punktabfrage {value}.",
        "refers to an unknown dot vote {value}.",
    ),
    "text_control": (
        "Der Text enthält ein Steuerzeichen ({char}); es wird nicht gespeichert.",
        "The text contains a control character ({char}); it is not stored.",
    ),
    "vote_title_empty": ("Die Frage der Runde darf nicht leer sein.", "The question of the round must not be empty."),
    "vote_participants_invalid": (
        "Die Zahl der Teilnehmenden muss 0 bis {max} sein.",
        "The number of participants must be 0 to {max}.",
    ),
    "vote_dots_invalid": ("Jede Person braucht 1 bis {max} Punkte.", "Each person needs 1 to {max} dots."),
    "vote_cap_invalid": ("Die Obergrenze pro Thema muss 1 bis {max} sein.", "The cap per option must be 1 to {max}."),
    "vote_cutoff_invalid": (
        "Die Zahl der Themen, die weiterkommen, muss 1 bis {max} sein.",
        "The number of options going forward must be 1 to {max}.",
    ),
    "vote_kind_invalid": ("Unbekannte Art der Runde „{value}“.", "Unknown kind of round “{value}”."),
    "vote_stacking_invalid": ("Unbekannte Regel „{value}“.", "Unknown rule “{value}”."),
    "vote_status_invalid": ("Unbekannter Stand „{value}“.", "Unknown status “{value}”."),
    "vote_entry_invalid": ("Unbekannte Eingabeart „{value}“.", "Unknown way of entry “{value}”."),
    "vote_settlement_invalid": ("Unbekannte Entscheidung „{value}“.", "Unknown settlement “{value}”."),
    "vote_option_has_dots": (
        "„{option}“ hat Punkte auf einem Stimmzettel. Bitte diese Punkte zuerst entfernen.",
        "“{option}” has dots on a ballot. Remove those dots first.",
    ),
    "tally_sum_too_high": (
        "Warnung: {sum} Punkte – mehr als möglich (höchstens {max}). Zählung oder Teilnehmendenzahl prüfen.",
        "Warning: {sum} dots – more than possible (at most {max}). Check the count or the number of participants.",
    ),
    "tally_option_too_high": (
        "Warnung: Eine Option hat {count} Punkte, mehr als die Obergrenze insgesamt erlaubt ({max}).",
        "Warning: an option has {count} dots, more than the cap allows in all ({max}).",
    ),
    "meeting_incomplete": (
        "Ein Treffen braucht Datum, Beginn und Ende (TT.MM.JJJJ, HH:MM).",
        "A meeting needs a date, a start and an end (DD.MM.YYYY, HH:MM).",
    ),
    "fewer_counted_than_ticked": (
        "Als gekommen angekreuzt: {ticked}; gezählt: {counted}. Bitte eintragen, wie viele gekommen sind.",
        "Ticked as having come: {ticked}; counted: {counted}. Please enter how many came.",
    ),
    "meeting_before_workshop": (
        "Ein Folgetreffen liegt nach der Werkstatt: Dieses Datum liegt davor.",
        "A follow-up meeting comes after the workshop: this date lies before it.",
    ),
    "unknown_agreement": ("Unbekannte Verabredung „{value}“.", "Unknown agreement “{value}”."),
    "vote_cap_above_dots": (
        "Die Obergrenze pro Thema ({cap}) muss zwischen 1 und den Punkten pro Person ({dots}) liegen.",
        "The cap per option ({cap}) must be at least 1 and at most the dots per person ({dots}).",
    ),
    "vote_mood_one_dot": ("Ein Blitzlicht hat einen Punkt pro Person.", "A Blitzlicht has one dot per person."),
    "vote_option_empty": ("Ein Thema braucht einen Text.", "An option needs a text."),
    "vote_tally_invalid": ("Punkte: eine ganze Zahl von 0 bis {max}.", "Dots: a whole number from 0 to {max}."),
    "ballot_number_invalid": (
        "Die Teilnehmer-Nummer muss 1 bis {max} sein.",
        "The participant number must be 1 to {max}.",
    ),
    "ballot_number_taken": (
        "Es gibt schon einen Stimmzettel von Nr. {number}.",
        "There is already a ballot of participant no. {number}.",
    ),
    "ballot_unknown_option": (
        "Der Stimmzettel nennt ein Thema einer anderen Runde ({value}).",
        "The ballot names an option of another round ({value}).",
    ),
    "ballot_dots_invalid": (
        "Die Punkte für „{option}“ müssen 0 bis {max} sein.",
        "The dots for “{option}” must be 0 to {max}.",
    ),
    "ballot_empty": ("Der Stimmzettel hat keine Punkte.", "The ballot has no dots."),
    "ballot_too_many_dots": (
        "{given} Punkte vergeben, aber jede Person hat nur {allowed}.",
        "{given} dots given, but each person has only {allowed}.",
    ),
    "ballot_over_cap": (
        "{given} Punkte auf „{option}“, erlaubt sind höchstens {cap} pro Thema.",
        "{given} dots on “{option}”, but at most {cap} per option are allowed.",
    ),
    "ballot_mood_one_dot": ("Ein Blitzlicht nimmt einen Punkt pro Person.", "A Blitzlicht takes one dot per person."),
    "doc_unknown_cluster": ("verweist auf einen unbekannten Cluster {value}.", "refers to an unknown cluster {value}."),
    "doc_unknown_idea": ("verweist auf eine unbekannte Idee {value}.", "refers to an unknown idea {value}."),
    "unchanged": (
        "Nichts zu tun: {path} enthält das Dokument schon.",
        "Nothing to do: {path} already holds the document.",
    ),
    "no_backups": (
        "Noch keine Sicherungen (sie entstehen im Fenster alle 10 Minuten mit Änderungen und beim Schließen, in {folder}).",
        "No backups yet (the window makes them every 10 minutes with changes and on closing, in {folder}).",
    ),
    "restored": ("{path} aus der Sicherung angelegt: „{title}“.", "Created {path} from the backup: “{title}”."),
    "check_ok": ("{path}: in Ordnung.", "{path}: OK."),
    "check_problem": ("{path}: Problem: {detail}", "{path}: problem: {detail}"),
    "check_schema": (
        "Schema-Version: {version} (aktuell: {current})",
        "Schema version: {version} (current: {current})",
    ),
    "check_older": (
        "Ältere Version: wird beim ersten Öffnen zum Schreiben auf Schema {current} aktualisiert"
        " (eine Sicherung bleibt daneben).",
        "Older version: upgraded to schema {current} when first opened for writing (a backup is kept beside it).",
    ),
    "check_contents": ("Inhalt:", "Contents:"),
    "check_count": ("  {count}", "  {count}"),
    "no_display": (
        "Das Fenster kann nicht geöffnet werden (keine grafische Oberfläche verfügbar).",
        "The window cannot be opened (no graphical display available).",
    ),
    "demo_county_created": (
        "Beispiel-Landkreis in {path} angelegt: {count} Werkstätten ({names}).",
        "Demo county created in {path}: {count} workshops ({names}).",
    ),
    "county_read": ("Gelesen: {file} ({name}, {date})", "Read: {file} ({name}, {date})"),
    "county_left_out": ("Nicht gelesen: {file} – {why}", "Not read: {file} – {why}"),
    "county_nothing": (
        "Keine Werkstatt-Datei ließ sich lesen; nichts wurde geschrieben.",
        "No workshop file could be read; nothing was written.",
    ),
    "county_out_is_input": (
        "{path} ist eine der Werkstatt-Dateien, die gelesen werden; sie wird nicht überschrieben.",
        "{path} is one of the workshop files being read; it is not overwritten.",
    ),
    "county_pdf": (
        "Bericht {path} geschrieben: {workshops}, {pages}.",
        "Wrote the report {path}: {workshops}, {pages}.",
    ),
    "county_data": (
        "Offene Daten {path} geschrieben: {workshops}, {projects}; Datenkarte {card}.",
        "Wrote the open data {path}: {workshops}, {projects}; data card {card}.",
    ),
    "county_ics": (
        "Kalender {path} geschrieben: {meetings}.",
        "Wrote the calendar {path}: {meetings}.",
    ),
    "write_failed": ("{path} konnte nicht geschrieben werden ({detail}).", "{path} could not be written ({detail})."),
    **DOCUMENT_MESSAGES,  # a refused exchange document's sentences
}


def language() -> str:
    """``"en"`` when the environment asks for English, otherwise German (the fallback)."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(name, "")
        if value:
            return "en" if value.lower().startswith("en") else "de"
    return "de"


def text(key: str, /, **params: Any) -> str:
    """The sentence ``key`` in the user's language, filled with ``params``."""
    german, english = MESSAGES[key]
    template = english if language() == "en" else german
    try:
        return template.format(**params)
    except (KeyError, IndexError):
        return template


def store_error_text(kind: str, params: dict[str, Any]) -> str:
    """The sentence for a :class:`~zwdesktop.store.StoreError`."""
    params = {"detail": "", **params}
    if kind == "locked":
        params["since"] = local_time_text(str(params.get("since", "")), language())
    if kind == "invalid_value":
        reason = text(params["code"], **params) if params.get("code") in MESSAGES else params.get("code", "")
        return text("invalid_value", field=params.get("field", "?"), reason=reason)
    if kind in MESSAGES:
        return text(kind, **params)
    return f"{kind}: {params}"


def document_error_text(path: str, code: str, params: dict[str, Any]) -> str:
    """The sentence for a refused exchange document."""
    key = "doc_" + code
    if key in MESSAGES:
        reason = text(key, **params)
    elif code in MESSAGES:
        reason = text(code, **params)
    else:
        reason = code
    return text("document", path=path, reason=reason)
