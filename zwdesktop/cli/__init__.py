"""The command line: the same operations as the window, without a window.

``zwdesktop new | demo | check | export | import | backups | restore | templates | county``. Exit codes:
0 done; 1 a file or the data is the problem (one line on stderr); 2 wrong usage.
This module never imports the GUI.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from .. import SUBCOMMANDS, __version__
from ..core.validation import parse_date, parse_time
from . import commands
from .argparse_de import argparse_language
from .messages import language

_HELP = {
    "de": {
        "description": "zwdesktop – Zukunftswerkstätten offline moderieren. Ohne Unterbefehl öffnet sich das Fenster"
        " (mit DATEI.zwd auf dieser Datei).",
        "new": "eine neue Werkstatt-Datei aus einer Vorlage anlegen",
        "demo": "eine ausgefüllte Beispiel-Werkstatt anlegen",
        "check": "Datei prüfen: Integrität, Schema-Version, Anzahl der Einträge",
        "export": "exportieren; das Format folgt der Endung von AUSGABE (.json Austauschdokument, .pdf Protokoll, .docx Protokoll zum Bearbeiten (Word), .txt Pressetext, .csv Mail-Verteiler, .ics Folgetreffen)",
        "no_names": "Protokoll (PDF oder Word) ohne Namen (Moderation, Ansprechperson)",
        "poster": "statt des Protokolls den Aushang zum Eintragen (QR-Codes) als PDF",
        "size": "Papiergröße des Aushangs (Standard: A4)",
        "progress": "statt des Protokolls den Fortschrittsbericht für die Steuerungsgruppe als PDF",
        "report_back": "statt des Pressetexts zum Abend den Nachbericht nach einigen Wochen (.txt)",
        "weeks_later": "die Beispiel-Werkstatt so, wie sie N Wochen nach dem Abend aussieht (mit Nachbereitung)",
        "renew": "eine Beispiel-Werkstatt von einem früheren Tag zu den Sicherungen legen und für heute neu anlegen;"
        " eine von heute bleibt, wie sie ist",
        "photos": "Größe der Fotos im Protokoll (Standard: medium)",
        "import": "ein Austauschdokument (JSON) oder eine zweite Werkstatt-Datei (.zwd) in eine Datei übernehmen"
        " (legt sie an, wenn es sie nicht gibt); von einer anderen Werkstatt nur Ideen und Cluster",
        "templates": "die Vorlagen auflisten",
        "backups": "die Sicherungen auflisten (alle, oder die der Werkstatt in DATEI.zwd): Datum, Uhrzeit, Inhalt, Datei",
        "restore": "eine Sicherung als neue Werkstatt-Datei anlegen",
        "backup": "die Sicherung (eine Datei, die „backups“ nennt)",
        "new_file": "die neue Werkstatt-Datei (.zwd); eine bestehende wird nicht überschrieben",
        "file": "die Werkstatt-Datei (.zwd)",
        "template": "Name oder Kennung der Vorlage (Standard: Zukunftswerkstatt, 4 Stunden)",
        "title": "Titel der Werkstatt",
        "date": "Datum TT.MM.JJJJ oder JJJJ-MM-TT (Standard: heute)",
        "start": "Beginn HH:MM (Standard: aus der Vorlage)",
        "out": "Ausgabedatei",
        "in": "Austauschdokument (.json) oder Werkstatt-Datei (.zwd)",
        "bad_date": "kein gültiges Datum (TT.MM.JJJJ oder JJJJ-MM-TT): {value}",
        "bad_time": "keine gültige Uhrzeit (HH:MM): {value}",
        "not_command": "„{value}“ ist weder ein Befehl ({commands}) noch eine vorhandene Datei",
        "version": "die Versionsnummer zeigen und beenden",
        "county": "mehrere Werkstatt-Dateien zusammen auswerten (nur lesend); das Format folgt der Endung von AUSGABE"
        " (.pdf Bericht des Landkreises, .csv oder .json offene Daten mit Datenkarte, .ics alle kommenden Folgetreffen)",
        "county_out": "Ausgabedatei (.pdf, .csv, .json oder .ics)",
        "county_in": "Werkstatt-Dateien (.zwd) oder Ordner (mit allen .zwd darin und in Unterordnern)",
        "county_language": "Sprache von Bericht, Datenkarte und Kalender (Standard: de)",
        "demo_county": "statt einer Datei die sieben Werkstätten eines Beispiel-Landkreises in den Ordner DATEI.zwd"
        " (für den Überblick über den Landkreis)",
        # the placeholders of the arguments in the help
        "FILE.zwd": "DATEI.zwd",
        "NAME": "NAME",
        "TEXT": "TEXT",
        "DATE": "DATUM",
        "OUT": "AUSGABE",
        "IN.json|OTHER.zwd": "EIN.json|ANDERE.zwd",
        "BACKUP.zwd": "SICHERUNG.zwd",
        "NEW.zwd": "NEU.zwd",
        "FILE.zwd|FOLDER": "DATEI.zwd|ORDNER",
    },
    "en": {
        "description": "zwdesktop – run future workshops offline. Without a subcommand the window opens"
        " (with FILE.zwd on that file).",
        "new": "create a new workshop file from a template",
        "demo": "create a filled example workshop",
        "check": "check a file: integrity, schema version, number of records",
        "export": "export; the format follows OUT's extension (.json exchange document, .pdf minutes, .docx minutes for editing (Word), .txt press text, .csv mailing list, .ics follow-up meetings)",
        "no_names": "minutes (PDF or Word) without names (moderation, contact person)",
        "poster": "the sign-up poster (QR codes) as PDF instead of the minutes",
        "size": "paper size of the poster (default: A4)",
        "progress": "the progress sheet for the steering group as PDF instead of the minutes",
        "report_back": "the report back after some weeks instead of the press text of the evening (.txt)",
        "weeks_later": "the demo workshop as it looks N weeks after the evening (with its follow-up)",
        "renew": "put a demo workshop of an earlier day among the backups and make it anew for today; one of today"
        " stays as it is",
        "photos": "size of the photos in the minutes (default: medium)",
        "import": "merge an exchange document (JSON) or a second workshop file (.zwd) into a file"
        " (created when it does not exist); of another workshop only ideas and clusters",
        "templates": "list the templates",
        "backups": "list the backups (all, or those of the workshop in FILE.zwd): date, time, contents, file",
        "restore": "create a new workshop file from a backup",
        "backup": "the backup (a file that “backups” lists)",
        "new_file": "the new workshop file (.zwd); an existing one is not overwritten",
        "file": "the workshop file (.zwd)",
        "template": "template name or id (default: Zukunftswerkstatt, 4 Stunden)",
        "title": "the workshop's title",
        "date": "date DD.MM.YYYY or YYYY-MM-DD (default: today)",
        "start": "start HH:MM (default: from the template)",
        "out": "output file",
        "in": "exchange document (.json) or workshop file (.zwd)",
        "bad_date": "not a valid date (DD.MM.YYYY or YYYY-MM-DD): {value}",
        "bad_time": "not a valid time (HH:MM): {value}",
        "not_command": "'{value}' is neither a command ({commands}) nor an existing file",
        "version": "show the version number and exit",
        "county": "several workshop files together (read only); the format follows OUT's extension (.pdf the"
        " county's report, .csv or .json open data with a data card, .ics every upcoming follow-up meeting)",
        "county_out": "output file (.pdf, .csv, .json or .ics)",
        "county_in": "workshop files (.zwd) or folders (with every .zwd in them and their subfolders)",
        "county_language": "language of the report, data card and calendar (default: de)",
        "demo_county": "instead of one file, the seven workshops of a demo county into the folder FILE.zwd"
        " (for the county overview)",
    },
}


def _date(value: str) -> dt.date:
    parsed = parse_date(value)
    if parsed is None:
        raise argparse.ArgumentTypeError(_HELP[language()]["bad_date"].format(value=value))
    return parsed


def _time(value: str) -> dt.time:
    parsed = parse_time(value)
    if parsed is None:
        raise argparse.ArgumentTypeError(_HELP[language()]["bad_time"].format(value=value))
    return parsed


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand, its help in the user's language."""
    h = _HELP[language()]

    def shown(placeholder: str) -> str:  # an argument's placeholder in the help, in the user's language
        return h.get(placeholder, placeholder)

    parser = argparse.ArgumentParser(prog="zwdesktop", description=h["description"])
    parser.add_argument("--version", action="version", version=f"zwdesktop {__version__}", help=h["version"])
    sub = parser.add_subparsers(dest="command", metavar="{" + ",".join(SUBCOMMANDS) + "}")

    new = sub.add_parser("new", help=h["new"], description=h["new"])
    new.add_argument("file", type=Path, metavar=shown("FILE.zwd"), help=h["file"])
    new.add_argument("--template", metavar=shown("NAME"), help=h["template"])
    new.add_argument("--title", metavar=shown("TEXT"), help=h["title"])
    new.add_argument("--date", type=_date, metavar=shown("DATE"), help=h["date"])
    new.add_argument("--start", type=_time, metavar="HH:MM", help=h["start"])

    demo = sub.add_parser("demo", help=h["demo"], description=h["demo"])
    demo.add_argument("file", type=Path, metavar=shown("FILE.zwd"), help=h["file"])
    demo.add_argument("--county", action="store_true", help=h["demo_county"])
    demo.add_argument("--weeks-later", type=int, default=0, metavar="N", help=h["weeks_later"])
    demo.add_argument("--renew", action="store_true", help=h["renew"])

    check = sub.add_parser("check", help=h["check"], description=h["check"])
    check.add_argument("file", type=Path, metavar=shown("FILE.zwd"), help=h["file"])

    export = sub.add_parser("export", help=h["export"], description=h["export"])
    export.add_argument("file", type=Path, metavar=shown("FILE.zwd"), help=h["file"])
    export.add_argument("out", type=Path, metavar=shown("OUT"), help=h["out"])
    export.add_argument("--no-names", action="store_true", help=h["no_names"])
    export.add_argument("--poster", action="store_true", help=h["poster"])
    export.add_argument("--progress", action="store_true", help=h["progress"])
    export.add_argument("--report-back", action="store_true", help=h["report_back"])
    export.add_argument("--size", choices=("A4", "A3"), default="A4", help=h["size"])
    export.add_argument("--photos", choices=("small", "medium", "large"), default="medium", help=h["photos"])

    imp = sub.add_parser("import", help=h["import"], description=h["import"])
    imp.add_argument("file", type=Path, metavar=shown("FILE.zwd"), help=h["file"])
    imp.add_argument("document", type=Path, metavar=shown("IN.json|OTHER.zwd"), help=h["in"])

    backups = sub.add_parser("backups", help=h["backups"], description=h["backups"])
    backups.add_argument("file", type=Path, nargs="?", metavar=shown("FILE.zwd"), help=h["file"])

    restore = sub.add_parser("restore", help=h["restore"], description=h["restore"])
    restore.add_argument("backup", type=Path, metavar=shown("BACKUP.zwd"), help=h["backup"])
    restore.add_argument("file", type=Path, metavar=shown("NEW.zwd"), help=h["new_file"])

    sub.add_parser("templates", help=h["templates"], description=h["templates"])

    county = sub.add_parser("county", help=h["county"], description=h["county"])
    county.add_argument("out", type=Path, metavar=shown("OUT"), help=h["county_out"])
    county.add_argument("inputs", type=Path, nargs="+", metavar=shown("FILE.zwd|FOLDER"), help=h["county_in"])
    county.add_argument("--language", choices=("de", "en"), default="de", help=h["county_language"])
    return parser


_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "new": commands.cmd_new,
    "demo": commands.cmd_demo,
    "check": commands.cmd_check,
    "export": commands.cmd_export,
    "import": commands.cmd_import,
    "backups": commands.cmd_backups,
    "restore": commands.cmd_restore,
    "templates": commands.cmd_templates,
    "county": commands.cmd_county,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Run one subcommand and return its exit code.

    Output piped into a reader that stops early (``zwdesktop templates | head -1``) ends the
    command quietly with exit code 1, as Python's documentation advises, instead of a traceback.
    """
    try:
        code = _run(list(sys.argv[1:] if argv is None else argv))
        sys.stdout.flush()  # inside the try: a reader gone by now is noticed here, not at exit
    except BrokenPipeError:
        # Python flushes stdout once more at exit; it goes to nowhere now, so that says nothing.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    return code


def _run(words: list[str]) -> int:
    with argparse_language(language()):  # argparse's own "usage:", "options" and errors too
        parser = build_parser()
        if words and words[0] not in SUBCOMMANDS and not words[0].startswith("-") and not Path(words[0]).exists():
            parser.error(_HELP[language()]["not_command"].format(value=words[0], commands=", ".join(SUBCOMMANDS)))
        args = parser.parse_args(words)
        if args.command is None:
            parser.print_help()
            return 2
    try:
        return _COMMANDS[args.command](args)
    except KeyboardInterrupt:
        return 1
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:  # pragma: no cover - handled in commands
        print(str(exc), file=sys.stderr)
        return 1
