"""The fixed words of the county's report, data card and calendar, in the language chosen for them (German default).

Like the minutes, these go out in a chosen language whatever the interface
speaks, so they live here and not in Qt's translation files. Words the
minutes already have (dates, "page x of y") come from their labels.
"""

from __future__ import annotations

from ..minutes.labels import LABELS, MONTHS_EN, Labels

COUNTY_LABELS: dict[str, tuple[str, str]] = {
    "report_title": ("Lokale Zukunftswerkstätten", "Local future workshops"),
    "report_subtitle": (
        "{n} Werkstätten in {municipalities}, {first} bis {last}",
        "{n} workshops in {municipalities}, {first} to {last}",
    ),
    "report_subtitle_one": ("Eine Werkstatt, {first}", "One workshop, {first}"),
    "report_made": (
        "Bericht vom {date}, erstellt mit zwdesktop {version}.",
        "Report of {date}, made with zwdesktop {version}.",
    ),
    "workshop_heading": ("Lokale Zukunftswerkstatt {name}, {date}", "Local future workshop {name}, {date}"),
    "participants_line": (
        "{total} Teilnehmende ({staff} HA / {volunteers} EA, {other} weitere)",
        "{total} participants ({staff} staff / {volunteers} volunteers, {other} others)",
    ),
    "ideas_line": ("{ideas} in {topics}", "{ideas} in {topics}"),
    "top_topics": ("Schwerpunkte aus der Punktabfrage", "Priorities from the dot vote"),
    "no_top_topics": ("keine abgeschlossene Punktabfrage", "no closed dot vote"),
    "projects": ("Projektgruppen", "Project groups"),
    "no_projects": ("keine Verabredungen", "no agreements"),
    "steering_line": ("Steuerungsgruppe: {members}", "Steering group: {members}"),
    "steering_next": ("nächstes Treffen {date}", "next meeting {date}"),
    "mailing_line": ("Mail-Verteiler: {sign_ups}", "Mailing list: {sign_ups}"),
    "contact_role": ("Ansprechperson vor Ort: {role}", "Local contact: {role}"),
    "follow_up": ("Wie ging und geht es in den Kommunen weiter?", "How did and does it go on in the municipalities?"),
    "col_project": ("Projekt", "Project"),
    "col_status": ("Stand", "Status"),
    "col_progress": ("Schritte", "Steps"),
    "col_met": ("Treffen", "Held"),  # a narrow column: "Meetings" would break
    "col_next": ("nächstes Treffen", "next meeting"),
    "col_municipality": ("Kommune", "Municipality"),
    "col_date": ("Datum", "Date"),
    "col_group": ("Gruppe", "Group"),
    "col_place": ("Ort", "Place"),
    "col_topic": ("Thema", "Topic"),
    "col_where": ("in den Kommunen", "in the municipalities"),
    "col_figure": ("Zahl", "Figure"),
    "steps_of": ("{done} von {total}", "{done} of {total}"),
    "no_steps": ("–", "–"),
    "overdue": ("{n} überfällig", "{n} overdue"),
    "t_attendance": ("Teilnahmen an gehaltenen Folgetreffen", "Attendances at follow-up meetings held"),
    "recurring": ("Themen, die in mehreren Kommunen wiederkehren", "Topics that recur in several municipalities"),
    "recurring_note": (
        "Gefunden über gemeinsame Wörter der Themen (Cluster) und Projektgruppen; von Hand zusammengeführt"
        " oder getrennt, wo angegeben.",
        "Found by shared words of the topics (clusters) and project groups; merged or split by hand where marked.",
    ),
    "by_hand": ("von Hand", "by hand"),
    "no_recurring": ("Kein Thema kehrt in mehreren Kommunen wieder.", "No topic recurs in several municipalities."),
    "totals": ("Zahlen im Überblick", "Figures at a glance"),
    "next_dates": ("Die nächsten Termine", "The next dates"),
    "no_next_dates": ("Keine Folgetreffen geplant.", "No follow-up meetings planned."),
    "steering_group_name": ("Steuerungsgruppe", "Steering group"),
    "sources": ("Gelesene Dateien", "Files read"),
    "left_out": ("Nicht gelesen", "Not read"),
    "t_workshops": ("Zukunftswerkstätten", "Future workshops"),
    "t_municipalities": ("Kommunen", "Municipalities"),
    "t_participants": ("Teilnehmende", "Participants"),
    "t_staff": ("davon Hauptamtliche", "of them staff"),
    "t_volunteers": ("davon Ehrenamtliche", "of them volunteers"),
    "t_other": ("davon weitere", "of them others"),
    "t_ideas": ("Ideen", "Ideas"),
    "t_projects": ("Projektgruppen", "Project groups"),
    "t_status": ("davon {status}", "of them {status}"),
    "t_met": ("Projektgruppen, die sich schon getroffen haben", "Project groups that have met"),
    "t_held": ("Folgetreffen gehalten", "Follow-up meetings held"),
    "t_upcoming": ("Folgetreffen geplant", "Follow-up meetings planned"),
    "t_steering": ("Mitglieder in Steuerungsgruppen", "Steering-group members"),
    "t_mailing": ("Eintragungen in Mail-Verteiler", "Mailing-list sign-ups"),
    "status_planned": ("geplant", "planned"),
    "status_active": ("aktiv", "active"),
    "status_paused": ("pausiert", "paused"),
    "status_done": ("abgeschlossen", "done"),
    "status_dropped": ("aufgegeben", "dropped"),
    "calendar_name": ("Folgetreffen der Zukunftswerkstätten", "Follow-up meetings of the future workshops"),
    "calendar_workshop": ("Aus der Zukunftswerkstatt {name} vom {date}.", "From the future workshop {name} of {date}."),
    "meeting": ("Folgetreffen", "Follow-up meeting"),
    "first_meeting": ("Erstes Folgetreffen", "First follow-up meeting"),
    "clock": ("{time} Uhr", "{time}"),
    "problem_missing": ("nicht gefunden", "not found"),
    "problem_not_a_file": ("keine Datei", "not a file"),
    "problem_no_permission": ("keine Leseberechtigung", "no permission to read"),
    "problem_not_sqlite": ("keine Zukunftswerkstatt-Datei", "not a workshop file"),
    "problem_foreign": ("Datei eines anderen Programms", "another application's file"),
    "problem_too_new": (
        "von einer neueren zwdesktop-Version (Schema {detail})",
        "from a newer zwdesktop (schema {detail})",
    ),
    "problem_corrupt": ("beschädigt ({detail})", "damaged ({detail})"),
    "problem_damaged_readable": ("beschädigt ({detail})", "damaged ({detail})"),
    "problem_io_error": ("nicht lesbar ({detail})", "unreadable ({detail})"),
    "problem_busy": ("gerade nicht lesbar (von einem Programm belegt)", "cannot be read just now (in use)"),
    "problem_duplicate": (
        "ältere Kopie derselben Werkstatt wie {detail}",
        "older copy of the same workshop as {detail}",
    ),
    "problem_no_files": ("Ordner ohne Zukunftswerkstatt-Dateien", "folder without workshop files"),
    "problem_other": ("nicht lesbar", "unreadable"),
}

# Counted words (see minutes.labels.COUNTED): "Steuerungsgruppe: 1 Mitglied", "in 1 Kommune".
COUNTY_COUNTED: dict[str, tuple[str, str, str, str]] = {
    "municipalities": ("{n} Kommune", "{n} Kommunen", "{n} municipality", "{n} municipalities"),
    "ideas": ("{n} Idee", "{n} Ideen", "{n} idea", "{n} ideas"),
    "topics": ("{n} Thema", "{n} Themen", "{n} topic", "{n} topics"),
    "members": ("{n} Mitglied", "{n} Mitglieder", "{n} member", "{n} members"),
    "sign_ups": ("{n} Eintragung", "{n} Eintragungen", "{n} sign-up", "{n} sign-ups"),
}


class CountyLabels(Labels):
    """The county's words in one language; falls back to the minutes' words (dates, pages)."""

    def __call__(self, key: str, **params: object) -> str:
        """The text of ``key`` with ``params`` filled in."""
        german, english = COUNTY_LABELS[key] if key in COUNTY_LABELS else LABELS[key]
        text = english if self.language == "en" else german
        return text.format(**params) if params else text

    def counted(self, key: str, n: int) -> str:
        """``n`` with the county's word of ``key`` in its number ("1 Kommune", "3 Kommunen")."""
        return self.count(key, n, COUNTY_COUNTED)

    def status(self, code: str) -> str:
        """The name of an agreement status (an unknown one as it is)."""
        key = f"status_{code}"
        return self(key) if key in COUNTY_LABELS else code

    def problem(self, code: str, detail: str) -> str:
        """Why a file was left out."""
        key = f"problem_{code}"
        return self(key if key in COUNTY_LABELS else "problem_other", detail=detail)

    def short_date(self, value: object) -> str:
        """``12.07.2023`` / ``12 Jul 2023``."""
        import datetime as dt

        assert isinstance(value, dt.date)
        if self.language == "en":
            return f"{value.day} {MONTHS_EN[value.month - 1][:3]} {value.year}"
        return value.strftime("%d.%m.%Y")
