"""The command line: every subcommand, its exit code (0 done, 1 file or data, 2 usage) and its messages."""

from __future__ import annotations

import copy
import datetime as dt
import getpass
import hashlib
import json
import os
import re
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
import sqlite_utils

from zwdesktop import cli
from zwdesktop.cli.counted import counted
from zwdesktop.core.schedule import is_workshop_day
from zwdesktop.core.templates import DEFAULT_TEMPLATE_ID, Template, list_templates
from zwdesktop.core.workshop import Workshop
from zwdesktop.core.workshop_records import workshop_to_record
from zwdesktop.demo.workshop import demo_workshop
from zwdesktop.paths import resource_dir
from zwdesktop.store import WorkshopStore, schema
from zwdesktop.store import opening as opening_module
from zwdesktop.store.merge import create_from_document

GUIDING_QUESTION = "Aulendorf als lebenswerte Stadt – aber wie?"


def run(*args: str | Path, lang: str | None = None, **env: str) -> subprocess.CompletedProcess[str]:
    """``python -m zwdesktop ARGS`` as a user would run it; never a traceback."""
    environment = os.environ.copy()
    if lang:
        environment["LANG"] = lang
    environment.update(env)
    result = subprocess.run(
        [sys.executable, "-m", "zwdesktop", *map(str, args)],
        capture_output=True,
        text=True,
        env=environment,
        timeout=60,
    )
    assert "Traceback" not in result.stderr, result.stderr
    assert "Traceback" not in result.stdout, result.stdout
    return result


def one_line(stderr: str) -> str:
    lines = stderr.splitlines()
    assert len(lines) == 1, stderr
    return lines[0]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def builtin_template() -> Template:
    templates, _problems = list_templates(resource_dir() / "templates", None)
    return next(t for t in templates if t.id == DEFAULT_TEMPLATE_ID)


def raw_rows(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return {
            table: sorted(conn.execute(f"SELECT * FROM {table}").fetchall())
            for table in ("workshop", "agenda_item", "clock_event")
        }
    finally:
        conn.close()


@pytest.fixture(scope="module")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "aulendorf.zwd"
    create_from_document(path, demo_workshop(builtin_template(), dt.datetime.now(dt.UTC))).close()
    return path


@pytest.fixture
def demo_file(demo_master: Path, tmp_path: Path) -> Path:
    target = tmp_path / "aulendorf.zwd"
    shutil.copyfile(demo_master, target)
    return target


@pytest.fixture
def demo_json(demo_master: Path, tmp_path: Path) -> Path:
    out = tmp_path / "aulendorf.json"
    assert cli.main(["export", str(demo_master), str(out)]) == 0
    return out


# ---- help and usage ------------------------------------------------------------------


@pytest.mark.parametrize("command", [None, "new", "demo", "check", "export", "import", "templates"])
def test_help_everywhere(command: str | None, capsys: pytest.CaptureFixture[str]) -> None:
    argv = [command, "--help"] if command else ["--help"]
    with pytest.raises(SystemExit) as caught:
        cli.main(argv)
    assert caught.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("Aufruf: zwdesktop")  # the tests speak German
    assert "diese Hilfe zeigen und beenden" in out
    if command is None:
        for name in ("new", "demo", "check", "export", "import", "templates"):
            assert name in out


@pytest.mark.parametrize("command", ["export", "county"])
def test_the_help_names_the_output_as_its_usage_line_does(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    """ "Das Format folgt der Endung von AUSGABE": the name the usage line gives the argument."""
    with pytest.raises(SystemExit):
        cli.main([command, "--help"])
    out = capsys.readouterr().out
    usage = out.split("\n\n", 1)[0]
    assert " AUSGABE" in usage and "Endung von AUSGABE" in out


def test_help_through_the_launcher() -> None:
    result = run("--help")
    assert result.returncode == 0
    assert result.stdout.startswith("Aufruf: zwdesktop")
    result = run("import", "--help")
    assert result.returncode == 0
    assert "IN.json" in result.stdout


@pytest.mark.parametrize(
    "argv",
    [
        ["new"],
        ["check"],
        ["check", "a.zwd", "b.zwd"],
        ["export", "a.zwd"],
        ["import", "a.zwd"],
        ["templates", "zuviel"],
        ["new", "x.zwd", "--date", "2026-13-01"],
        ["new", "x.zwd", "--date", "morgen"],
        ["new", "x.zwd", "--start", "25:00"],
        ["new", "x.zwd", "--farbe", "blau"],
        ["--gibt-es-nicht"],
        ["loeschen", "a.zwd", "b.zwd"],
        ["frobnicate"],
        ["Aulendorf"],
    ],
    ids=lambda argv: " ".join(argv),
)
def test_wrong_usage_is_exit_2(argv: list[str], tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "zwdesktop", *argv],
        capture_output=True,
        text=True,
        env=os.environ.copy(),
        cwd=tmp_path,
        timeout=60,
    )
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "Aufruf: zwdesktop" in result.stderr and ": Fehler: " in result.stderr
    assert "Traceback" not in result.stderr
    assert list(tmp_path.iterdir()) == []  # nothing was made


def test_no_subcommand_in_process_shows_help_and_is_usage(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main([]) == 2
    assert "Aufruf: zwdesktop" in capsys.readouterr().out


def test_a_bad_date_names_the_value() -> None:
    result = run("new", "x.zwd", "--date", "31.02.2026")
    assert result.returncode == 2
    assert "kein gültiges Datum (TT.MM.JJJJ oder JJJJ-MM-TT): 31.02.2026" in result.stderr


def test_the_date_is_taken_as_germans_write_it_and_the_help_says_so(tmp_path: Path) -> None:
    target = tmp_path / "werkstatt.zwd"
    assert run("new", str(target), "--date", "5.3.27").returncode == 0
    with WorkshopStore.open(target, read_only=True) as store:
        assert store.workshop().date == dt.date(2027, 3, 5)
    assert "Datum TT.MM.JJJJ oder JJJJ-MM-TT" in " ".join(run("new", "--help").stdout.split())


# ---- new -------------------------------------------------------------------------------


def test_new_from_the_default_template(tmp_path: Path) -> None:
    target = tmp_path / "werkstatt.zwd"
    today = dt.date.today()
    result = run("new", target)
    assert result.returncode == 0, result.stderr
    assert "angelegt" in result.stdout
    assert "9 Programmpunkte" in result.stdout
    assert "14:00–18:00" in result.stdout
    with WorkshopStore.open(target) as opened:
        workshop, agenda = opened.workshop(), opened.agenda.all()
    assert workshop.title == "Zukunftswerkstatt, 4 Stunden"
    assert workshop.date in {today, dt.date.today()}  # (the test may run across midnight)
    assert (workshop.start_time, workshop.end_time) == (dt.time(14), dt.time(18))
    assert workshop.minutes_language == "de"
    assert len(agenda) == 9
    assert sum(item.planned_minutes for item in agenda) == 240
    assert agenda[1].title == "Kritikphase"


def test_new_with_title_date_and_start(tmp_path: Path) -> None:
    target = tmp_path / "aulendorf.zwd"
    result = run(
        "new",
        target,
        "--template",
        "Zukunftswerkstatt, 4 Stunden",
        "--title",
        "Zukunftswerkstatt Aulendorf",
        "--date",
        "2026-11-21",
        "--start",
        "10:00",
    )
    assert result.returncode == 0, result.stderr
    with WorkshopStore.open(target) as opened:
        workshop = opened.workshop()
    assert workshop.title == "Zukunftswerkstatt Aulendorf"
    assert (workshop.date, workshop.start_time, workshop.end_time) == (dt.date(2026, 11, 21), dt.time(10), dt.time(14))
    assert raw_rows(target)["workshop"][0][7] == "2026-11-21T09:00:00+00:00"  # starts_at, UTC


def test_new_accepts_a_german_date(tmp_path: Path) -> None:
    target = tmp_path / "x.zwd"
    assert run("new", target, "--date", "21.11.2026").returncode == 0
    with WorkshopStore.open(target) as opened:
        assert opened.workshop().date == dt.date(2026, 11, 21)


def test_new_refuses_an_existing_file(demo_file: Path) -> None:
    before = digest(demo_file)
    result = run("new", demo_file, "--title", "Überschreiben?")
    assert result.returncode == 1
    assert "gibt es schon" in one_line(result.stderr)
    assert digest(demo_file) == before


def test_new_in_a_missing_folder(tmp_path: Path) -> None:
    result = run("new", tmp_path / "gibt-es-nicht" / "x.zwd")
    assert result.returncode == 1
    assert "gibt-es-nicht" in one_line(result.stderr)


def test_new_with_an_unknown_template(tmp_path: Path) -> None:
    result = run("new", tmp_path / "x.zwd", "--template", "Wochenendklausur")
    assert result.returncode == 1
    line = one_line(result.stderr)
    assert "Wochenendklausur" in line
    assert "Zukunftswerkstatt, 4 Stunden" in line
    assert not (tmp_path / "x.zwd").exists()


# ---- demo --------------------------------------------------------------------------------


def test_demo_makes_the_filled_aulendorf_workshop(tmp_path: Path) -> None:
    target = tmp_path / "demo.zwd"
    result = run("demo", target)
    assert result.returncode == 0, result.stderr
    assert "Aulendorf" in result.stdout
    with WorkshopStore.open(target) as opened:
        workshop = opened.workshop()
        assert workshop.municipality == "Aulendorf"
        assert workshop.guiding_question == GUIDING_QUESTION
        assert workshop.contact_name and workshop.contact_email and workshop.venue_name
        assert workshop.participant_total > 0
        assert len(opened.agenda.all()) == 9
        events = opened.clock.events()
        assert events and events[0].kind == "started"
        assert all(event.at <= dt.datetime.now(dt.UTC) for event in events)
        assert opened.integrity_problems() == []
    again = run("demo", target)
    assert again.returncode == 1
    assert "gibt es schon" in one_line(again.stderr)


# ---- check -------------------------------------------------------------------------------


def test_check_a_good_file(demo_file: Path) -> None:
    with WorkshopStore.open(demo_file, read_only=True) as opened:
        events = opened.counts()["clock_events"]
    before = digest(demo_file)
    result = run("check", demo_file)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert f"Schema-Version: {schema.SCHEMA_VERSION} (aktuell: {schema.SCHEMA_VERSION})" in lines
    # Every count in words, in German: not the file's table names.
    assert lines[1] == "Inhalt:"
    assert "  1 Werkstatt" in lines
    assert "  9 Programmpunkte" in lines
    assert f"  {events} Ereignisse der Uhr" in lines
    assert "  1 Werkstatt" in lines and "  0 Stimmzettel" in lines
    assert not any("_" in line for line in lines[:-1])
    assert events > 1
    assert lines[-1].endswith("in Ordnung.")
    assert result.stderr == ""
    assert digest(demo_file) == before


def test_check_counts_in_english_with_the_word_in_its_number(demo_file: Path) -> None:
    lines = run("check", demo_file, lang="en_GB.UTF-8").stdout.splitlines()
    assert lines[1] == "Contents:"
    assert "  1 workshop" in lines and "  9 agenda items" in lines and "  0 ballots" in lines
    assert lines[-1].endswith(": OK.")


def test_check_a_file_held_by_a_running_program(demo_file: Path) -> None:
    with WorkshopStore.open(demo_file):
        result = run("check", demo_file)
    assert result.returncode == 0, result.stderr


def test_check_an_older_file_names_its_version_and_leaves_it_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "alt.zwd"
    conn = sqlite3.connect(path)
    try:
        conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
        db = sqlite_utils.Database(conn)
        schema.build_migrations(upto=1).apply(db)
        db.table("workshop").insert(workshop_to_record(Workshop(title="Alt")))
        conn.commit()
    finally:
        conn.close()
    before = digest(path)
    result = run("check", path)
    assert result.returncode == 0, result.stderr
    assert f"Schema-Version: 1 (aktuell: {schema.SCHEMA_VERSION})" in result.stdout
    assert "Ältere Version" in result.stdout
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["alt.zwd"]


def _bad_missing(path: Path) -> None:
    pass


def _bad_text(path: Path) -> None:
    path.write_text("Dies ist eine Einkaufsliste.\n", encoding="utf-8")


def _bad_folder(path: Path) -> None:
    path.mkdir()


def _bad_truncated_half(path: Path, demo: Path) -> None:
    data = demo.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _bad_truncated_200(path: Path, demo: Path) -> None:
    path.write_bytes(demo.read_bytes()[:200])


def _bad_garbage_page(path: Path, demo: Path, name: str) -> None:
    """Overwrite the page in the middle of the file where the table or index ``name`` starts."""
    shutil.copyfile(demo, path)
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", [name]).fetchone()[0]
    finally:
        conn.close()
    data = bytearray(path.read_bytes())
    start = (root - 1) * page_size
    data[start : start + page_size] = bytes((i * 37 + 11) % 256 for i in range(page_size))
    path.write_bytes(bytes(data))


def _bad_foreign(path: Path) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.execute("CREATE TABLE fotos (datei TEXT)")
        conn.commit()
    finally:
        conn.close()


def _bad_too_new(path: Path, demo: Path) -> None:
    shutil.copyfile(demo, path)
    conn = sqlite3.connect(path)
    try:
        conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES (?, '9999_future', '2030-01-01')",
            [schema.MIGRATION_SET],
        )
        conn.commit()
    finally:
        conn.close()


BAD_FILES: dict[str, tuple[Any, str]] = {
    "missing": (_bad_missing, "gibt es nicht"),
    "text file": (_bad_text, "keine Zukunftswerkstatt-Datei"),
    "folder": (_bad_folder, "keine Datei"),
    "truncated to half": (_bad_truncated_half, "beschädigt"),
    "truncated to 200 bytes": (_bad_truncated_200, "beschädigt"),
    "garbage table page": (lambda path, demo: _bad_garbage_page(path, demo, "agenda_item"), "beschädigt"),
    "garbage index page": (
        lambda path, demo: _bad_garbage_page(path, demo, "idx_agenda_item_workshop_id_position"),
        "beschädigt",
    ),
    "another application's": (_bad_foreign, "anderen Programms"),
    "newer version": (_bad_too_new, "neueren zwdesktop-Version"),
}


def make_bad_file(kind: str, path: Path, demo: Path) -> str:
    maker, expected = BAD_FILES[kind]
    if maker.__code__.co_argcount == 2:
        maker(path, demo)
    else:
        maker(path)
    return str(expected)


@pytest.mark.parametrize("kind", list(BAD_FILES))
def test_check_a_bad_file_is_exit_1_with_one_line(kind: str, tmp_path: Path, demo_master: Path) -> None:
    path = tmp_path / "problem.zwd"
    expected = make_bad_file(kind, path, demo_master)
    before = digest(path) if path.is_file() else None
    result = run("check", path)
    assert result.returncode == 1
    line = one_line(result.stderr)
    assert expected in line
    assert "problem.zwd" in line
    if before is not None:
        assert digest(path) == before


# ---- export ------------------------------------------------------------------------------


def test_export_to_json(demo_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "aulendorf.json"
    result = run("export", demo_file, out)
    assert result.returncode == 0, result.stderr
    assert "geschrieben" in result.stdout
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["format"] == "zwdesktop"
    assert document["workshop"]["guiding_question"] == GUIDING_QUESTION
    assert len(document["agenda"]) == 9
    assert list(tmp_path.glob("*.partial")) == []


def test_export_to_an_unknown_format(demo_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "aulendorf.xyz"
    result = run("export", demo_file, out)
    assert result.returncode == 1
    line = one_line(result.stderr)
    assert ".xyz" in line
    assert ".json" in line
    assert not out.exists()


@pytest.mark.parametrize("kind", ["missing", "another application's", "newer version"])
def test_export_of_a_bad_file(kind: str, tmp_path: Path, demo_master: Path) -> None:
    path = tmp_path / "problem.zwd"
    expected = make_bad_file(kind, path, demo_master)
    out = tmp_path / "out.json"
    result = run("export", path, out)
    assert result.returncode == 1
    assert expected in one_line(result.stderr)
    assert not out.exists()


def test_export_into_a_missing_folder(demo_file: Path, tmp_path: Path) -> None:
    result = run("export", demo_file, tmp_path / "fehlt" / "out.json")
    assert result.returncode == 1
    assert "out.json" in one_line(result.stderr)


# ---- import ------------------------------------------------------------------------------


def test_import_creates_a_missing_file_and_round_trips(demo_json: Path, tmp_path: Path) -> None:
    target = tmp_path / "neu.zwd"
    result = run("import", target, demo_json)
    assert result.returncode == 0, result.stderr
    assert "aus dem Dokument angelegt" in result.stdout
    again = tmp_path / "wieder.json"
    assert run("export", target, again).returncode == 0
    first = json.loads(demo_json.read_text(encoding="utf-8"))
    second = json.loads(again.read_text(encoding="utf-8"))
    first.pop("exported_at")
    second.pop("exported_at")
    assert first == second


def test_importing_the_same_document_twice_changes_nothing(demo_json: Path, tmp_path: Path) -> None:
    target = tmp_path / "neu.zwd"
    assert run("import", target, demo_json).returncode == 0
    rows = raw_rows(target)
    result = run("import", target, demo_json)
    assert result.returncode == 0, result.stderr
    assert "Nichts zu tun" in result.stdout
    assert raw_rows(target) == rows


def test_import_merges_a_newer_change(demo_file: Path, demo_json: Path, tmp_path: Path) -> None:
    document = json.loads(demo_json.read_text(encoding="utf-8"))
    document["workshop"]["venue_name"] = "Schloss Aulendorf, Rittersaal"
    stamp = dt.datetime.fromisoformat(document["workshop"]["updated_at"]) + dt.timedelta(minutes=5)
    document["workshop"]["updated_at"] = stamp.isoformat()
    changed = tmp_path / "geaendert.json"
    changed.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    result = run("import", demo_file, changed)
    assert result.returncode == 0, result.stderr
    assert "Zusammengeführt" in result.stdout
    assert "1 aktualisiert" in result.stdout
    with WorkshopStore.open(demo_file) as opened:
        assert opened.workshop().venue_name == "Schloss Aulendorf, Rittersaal"


def test_import_says_when_the_files_newer_change_was_kept(demo_file: Path, demo_json: Path, tmp_path: Path) -> None:
    with WorkshopStore.open(demo_file) as opened:
        opened.update_workshop(venue_name="Neu im Saal eingetragen")
    document = json.loads(demo_json.read_text(encoding="utf-8"))
    document["workshop"]["venue_name"] = "Alter Stand"
    older = tmp_path / "aelter.json"
    older.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    result = run("import", demo_file, older)
    assert result.returncode == 0, result.stderr
    assert "1 behalten" in result.stdout, result.stdout
    with WorkshopStore.open(demo_file) as opened:
        assert opened.workshop().venue_name == "Neu im Saal eingetragen"


def _with(document: dict[str, Any], *path: Any, value: Any) -> str:
    changed = copy.deepcopy(document)
    target: Any = changed
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return json.dumps(changed, ensure_ascii=False, indent=2)


def _negative_extension(document: dict[str, Any]) -> str:
    changed = copy.deepcopy(document)
    for event in changed["clock_events"]:
        if event["kind"] == "extended":
            event["seconds"] = -300
    return json.dumps(changed, ensure_ascii=False)


BAD_DOCUMENTS: dict[str, tuple[Any, str]] = {
    "negative minutes": (lambda d: _with(d, "agenda", 2, "planned_minutes", value=-5), "$.agenda[2].planned_minutes"),
    "bad e-mail": (
        lambda d: _with(d, "workshop", "contact_email", value="e.militz(at)rv.de"),
        "$.workshop.contact_email",
    ),
    "unknown key": (lambda d: _with(d, "anhang", value=[]), "anhang"),
    "newer format": (lambda d: _with(d, "format_version", value=2), "$.format_version"),
    "not json": (lambda d: '{\n  "format": "zwdesktop",\n  format_version: 1\n}\n', "Zeile 3, Spalte 3"),
    "extension below zero": (_negative_extension, "$.clock_events[2]"),
}


@pytest.mark.parametrize("existing", [True, False], ids=["into an existing file", "into a new file"])
@pytest.mark.parametrize("kind", list(BAD_DOCUMENTS))
def test_import_refuses_a_bad_document_whole(
    kind: str, existing: bool, demo_file: Path, demo_json: Path, tmp_path: Path
) -> None:
    make, expected = BAD_DOCUMENTS[kind]
    source = tmp_path / "kaputt.json"
    source.write_text(make(json.loads(demo_json.read_text(encoding="utf-8"))), encoding="utf-8")
    target = demo_file if existing else tmp_path / "neu.zwd"
    before = digest(target) if existing else None
    result = run("import", target, source)
    assert result.returncode == 1
    line = one_line(result.stderr)
    assert expected in line
    if existing:
        assert digest(target) == before
    else:
        assert not target.exists()


@pytest.mark.parametrize("kind", ["another application's", "newer version", "truncated to half", "text file"])
def test_import_into_a_bad_file_leaves_it_unchanged(
    kind: str, demo_json: Path, tmp_path: Path, demo_master: Path
) -> None:
    path = tmp_path / "problem.zwd"
    expected = make_bad_file(kind, path, demo_master)
    before = digest(path)
    result = run("import", path, demo_json)
    assert result.returncode == 1
    assert expected in one_line(result.stderr)
    assert digest(path) == before


def test_import_refuses_a_document_of_another_workshop_without_ideas(demo_json: Path, tmp_path: Path) -> None:
    other = tmp_path / "andere.zwd"
    assert run("new", other, "--title", "Zukunftswerkstatt Bad Schussenried").returncode == 0
    before = digest(other)
    document = json.loads(demo_json.read_text(encoding="utf-8"))
    document.pop("ideas")
    document.pop("clusters")
    no_ideas = tmp_path / "ohne-ideen.json"
    no_ideas.write_text(json.dumps(document), encoding="utf-8")
    result = run("import", other, no_ideas)
    assert result.returncode == 1
    assert "anderen Zukunftswerkstatt" in one_line(result.stderr)
    assert digest(other) == before


def test_import_of_another_workshop_takes_only_its_ideas_and_clusters(demo_json: Path, tmp_path: Path) -> None:
    other = tmp_path / "andere.zwd"
    assert run("new", other, "--title", "Zukunftswerkstatt Bad Schussenried").returncode == 0
    result = run("import", other, demo_json)
    assert result.returncode == 0, result.stderr
    assert "nur Ideen und Cluster" in result.stdout
    with WorkshopStore.open(other, read_only=True) as opened:
        assert opened.workshop().title == "Zukunftswerkstatt Bad Schussenried"
        assert opened.counts()["photos"] == 0
        assert opened.counts()["ideas"] > 30
        assert opened.counts()["clusters"] == 10
    again = run("import", other, demo_json)
    assert "Nichts zu tun" in again.stdout


def test_import_of_a_missing_document(demo_file: Path, tmp_path: Path) -> None:
    result = run("import", demo_file, tmp_path / "fehlt.json")
    assert result.returncode == 1
    assert "fehlt.json" in one_line(result.stderr)


def test_import_into_a_file_held_by_another_program(demo_file: Path, demo_json: Path) -> None:
    before = raw_rows(demo_file)
    with WorkshopStore.open(demo_file):
        result = run("import", demo_file, demo_json)
    assert result.returncode == 1
    line = one_line(result.stderr)
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "?"
    assert f"geöffnet von {user} auf {socket.gethostname()} seit" in line
    assert raw_rows(demo_file) == before


def test_an_empty_poster_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    """A new workshop has no group taking sign-ups and no contact e-mail: the poster would have no code."""
    workshop_file = tmp_path / "neu.zwd"
    assert run("new", workshop_file).returncode == 0
    out = tmp_path / "aushang.pdf"
    result = run("export", workshop_file, out, "--poster")
    assert result.returncode == 1
    assert one_line(result.stderr).startswith("Kein Aushang geschrieben: er hätte keinen QR-Code.")
    assert "Traceback" not in result.stderr
    assert not out.exists()
    english = run("export", workshop_file, out, "--poster", lang="en_GB.UTF-8")
    assert english.returncode == 1
    assert one_line(english.stderr).startswith("No poster written: it would have no QR code.")


def test_the_file_in_use_message_shows_the_local_time_as_the_window_does(demo_file: Path, demo_json: Path) -> None:
    with WorkshopStore.open(demo_file):
        german = one_line(run("import", demo_file, demo_json, TZ="Europe/Berlin").stderr)
        english = one_line(run("import", demo_file, demo_json, lang="en_GB.UTF-8", TZ="Europe/Berlin").stderr)
    assert "+00:00" not in german and "T" not in german.split(" seit ")[1]
    assert re.search(r"seit \d\d\.\d\d\.\d{4}, \d\d:\d\d Uhr\.$", german), german
    assert re.search(r"since \d{1,2} [A-Z][a-z]{2} \d{4}, \d\d:\d\d\.$", english), english


def test_the_file_in_use_time_is_in_the_computers_time_zone(monkeypatch: pytest.MonkeyPatch) -> None:
    from zwdesktop.cli import messages

    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("TZ", "Europe/Berlin")
    time.tzset()
    try:
        monkeypatch.setenv("LANG", "de_DE.UTF-8")
        german = messages.store_error_text(
            "locked", {"path": "a.zwd", "user": "anna", "host": "pc", "since": "2026-12-01T19:52:00+00:00"}
        )
        monkeypatch.setenv("LANG", "en_GB.UTF-8")
        english = messages.store_error_text(
            "locked", {"path": "a.zwd", "user": "anna", "host": "pc", "since": "2026-12-01T19:52:00+00:00"}
        )
    finally:
        monkeypatch.undo()
        time.tzset()
    assert german == "a.zwd ist geöffnet von anna auf pc seit 01.12.2026, 20:52 Uhr."
    assert english == "a.zwd is open by anna on pc since 1 Dec 2026, 20:52."


def test_import_into_a_read_only_file(
    demo_file: Path,
    demo_json: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    document = json.loads(demo_json.read_text(encoding="utf-8"))
    document["workshop"]["notes"] = "Neu"
    document["workshop"]["updated_at"] = "2099-01-01T00:00:00+00:00"
    newer = tmp_path / "neuer.json"
    newer.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    before = digest(demo_file)
    monkeypatch.setattr(opening_module, "writable", lambda _path: False)
    assert cli.main(["import", str(demo_file), str(newer)]) == 1
    assert "schreibgeschützt" in one_line(capsys.readouterr().err)
    assert digest(demo_file) == before


# ---- templates ----------------------------------------------------------------------------


def test_templates_lists_the_builtin_one(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["templates"]) == 0
    assert "Zukunftswerkstatt, 4 Stunden\t4:00 h" in capsys.readouterr().out


@pytest.mark.parametrize("unbuffered", ["1", ""])
@pytest.mark.parametrize("command", [["templates"], ["check", "DEMO"]])
def test_output_into_a_reader_that_stops_early_ends_quietly(
    command: list[str], unbuffered: str, demo_file: Path
) -> None:
    # `zwdesktop templates | head -0`: the reader is gone before the first line is written.
    # Line by line (PYTHONUNBUFFERED) the print fails; buffered, the flush at the end does.
    args = [str(demo_file) if word == "DEMO" else word for word in command]
    environment = dict(os.environ, PYTHONUNBUFFERED=unbuffered)
    reader_gone_r, reader_gone_w = os.pipe()
    os.close(reader_gone_r)
    try:
        result = subprocess.run(
            [sys.executable, "-m", "zwdesktop", *args],
            stdout=reader_gone_w,
            stderr=subprocess.PIPE,
            text=True,
            env=environment,
            timeout=60,
        )
    finally:
        os.close(reader_gone_w)
    assert result.stderr == ""
    assert result.returncode == 1


# ---- language ------------------------------------------------------------------------------


def test_messages_follow_the_language(demo_file: Path) -> None:
    english = run("new", demo_file, lang="en_US.UTF-8")
    assert english.returncode == 1
    assert "already exists; it is not overwritten." in one_line(english.stderr)
    german = run("new", demo_file, lang="de_DE.UTF-8")
    assert "gibt es schon; sie wird nicht überschrieben." in one_line(german.stderr)
    # LC_ALL overrides LANG.
    overridden = run("new", demo_file, lang="de_DE.UTF-8", LC_ALL="en_GB.UTF-8")
    assert "already exists" in one_line(overridden.stderr)
    # An unknown language falls back to German.
    fallback = run("new", demo_file, lang="fr_FR.UTF-8")
    assert "gibt es schon" in one_line(fallback.stderr)


def test_help_follows_the_language() -> None:
    assert "create a new workshop file from a template" in run("new", "--help", lang="en_US.UTF-8").stdout
    assert "eine neue Werkstatt-Datei aus einer Vorlage anlegen" in run("new", "--help").stdout


def test_the_help_names_its_placeholders_in_the_language() -> None:
    """German help says DATEI.zwd, DATUM and AUSGABE; English FILE.zwd, DATE and OUT."""
    german = run("export", "--help").stdout
    assert "DATEI.zwd AUSGABE" in german
    assert "FILE" not in german and "OUT" not in german
    new = run("new", "--help").stdout
    assert "--date DATUM" in new and "--title TEXT" in new
    county = run("county", "--help").stdout
    assert "AUSGABE DATEI.zwd|ORDNER" in county
    english = run("export", "--help", lang="en_US.UTF-8").stdout
    assert "FILE.zwd OUT" in english and "DATEI" not in english


def test_argparse_speaks_the_interface_language(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """argparse's own words too: "usage:", the group titles, "-h" and its errors."""
    with pytest.raises(SystemExit):
        cli.main(["export", "--help"])
    german = capsys.readouterr().out
    assert german.startswith("Aufruf: zwdesktop export")
    assert "\nArgumente:\n" in german and "\nOptionen:\n" in german
    for english in ("usage:", "positional arguments", "options:", "show this help message and exit"):
        assert english not in german
    with pytest.raises(SystemExit):
        cli.main(["export", "a.zwd", "--photos", "riesig"])
    error = capsys.readouterr().err
    assert "zwdesktop export: Fehler: Argument --photos: ungültige Auswahl: 'riesig'" in error
    with pytest.raises(SystemExit):
        cli.main(["check"])
    assert "Fehler: diese Argumente fehlen: DATEI.zwd" in capsys.readouterr().err
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    with pytest.raises(SystemExit):
        cli.main(["check"])
    assert "error: the following arguments are required: FILE.zwd" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        cli.main(["export", "--help"])
    english_help = capsys.readouterr().out
    assert english_help.startswith("usage: zwdesktop export") and "show this help message and exit" in english_help
    import argparse

    assert argparse._("usage: ") == "usage: "  # type: ignore[attr-defined]  # given back after parsing


def test_argparse_has_no_text_without_german() -> None:
    """Every text the running Python's argparse looks up has a German entry."""
    import argparse
    import ast
    import inspect

    from zwdesktop.cli.argparse_de import GERMAN, GERMAN_PLURAL

    missing = []
    for node in ast.walk(ast.parse(inspect.getsource(argparse))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("_", "ngettext"):
            texts = [a.value for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str)]
            if node.func.id == "ngettext" and len(texts) == 2 and tuple(texts) not in GERMAN_PLURAL:
                missing.append(texts)
            if node.func.id == "_" and texts and texts[0] not in GERMAN:
                missing.append(texts)
    assert missing == []


def test_a_word_that_is_neither_a_command_nor_a_file_is_a_usage_error(tmp_path: Path) -> None:
    """`zwdesktop frobnicate` says so and ends with 2, instead of opening a window."""
    result = subprocess.run(
        [sys.executable, "-m", "zwdesktop", "frobnicate"],
        capture_output=True,
        text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        cwd=tmp_path,
        timeout=60,
    )
    assert result.returncode == 2
    assert (
        "„frobnicate“ ist weder ein Befehl (new, demo, check, export, import, backups, restore, templates, county) noch eine vorhandene Datei"
        in result.stderr
    )
    english = subprocess.run(
        [sys.executable, "-m", "zwdesktop", "frobnicate"],
        capture_output=True,
        text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen", LANG="en_US.UTF-8"),
        cwd=tmp_path,
        timeout=60,
    )
    assert english.returncode == 2 and "'frobnicate' is neither a command" in english.stderr


def test_a_file_name_opens_the_window_even_when_the_file_is_missing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from zwdesktop import __main__ as launcher
    from zwdesktop.gui import app

    opened: list[str | None] = []
    monkeypatch.setattr(app, "run", lambda path: opened.append(path) or 0)
    existing = tmp_path / "Aulendorf"  # an existing file, whatever its name
    existing.write_text("x", encoding="utf-8")
    assert launcher.main(["missing.zwd"]) == 0
    assert launcher.main([str(existing)]) == 0
    assert launcher.main([]) == 0
    assert opened == ["missing.zwd", str(existing), None]


def test_english_check_output(demo_file: Path) -> None:
    result = run("check", demo_file, lang="C.UTF-8", LC_MESSAGES="en_US.UTF-8")
    assert result.returncode == 0
    assert f"Schema version: {schema.SCHEMA_VERSION} (current: {schema.SCHEMA_VERSION})" in result.stdout
    assert result.stdout.splitlines()[-1].endswith(": OK.")


def test_exported_files_are_ordinary_documents_not_private(tmp_path: Path) -> None:
    """An export is shared (mailed, copied to a stick): it gets the usual permissions, not 0600."""
    import os
    import stat

    from zwdesktop.cli import main as cli

    path = tmp_path / "w.zwd"
    assert cli(["new", str(path)]) == 0
    old = os.umask(0o022)
    try:
        assert cli(["export", str(path), str(tmp_path / "w.json")]) == 0
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "w.json").stat().st_mode) == 0o644


def test_the_launcher_knows_every_subcommand() -> None:
    """The launcher tells a command from a file by SUBCOMMANDS: it must name exactly the parser's commands."""
    import argparse

    from zwdesktop import SUBCOMMANDS
    from zwdesktop.cli import build_parser

    parsers = [a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction)]
    assert len(parsers) == 1 and set(parsers[0].choices) == set(SUBCOMMANDS)


def test_the_commands_count_one_as_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "1 Seite", "1 QR code": a message's number and its word agree, in either language."""
    assert counted("pages", 1) == "1 Seite" and counted("pages", 12) == "12 Seiten"
    assert counted("qr_codes", 1) == "1 QR-Code" and counted("workshops", 1) == "1 Werkstatt"
    monkeypatch.setenv("LC_ALL", "en_GB.UTF-8")
    assert counted("meetings", 1) == "1 follow-up meeting" and counted("people", 2) == "2 people"
    monkeypatch.setenv("LC_ALL", "de_DE.UTF-8")
    workshop = tmp_path / "one.zwd"
    assert cli.main(["new", str(workshop)]) == 0
    assert re.search(r"„.*“, \d+ Programmpunkte, \d\d:\d\d–\d\d:\d\d\.", capsys.readouterr().out)


def test_demo_renew_makes_a_demo_of_an_earlier_day_anew_and_keeps_the_old_one_as_a_backup(tmp_path: Path) -> None:
    """`demo --renew` (what packaging/start-demo.sh runs): yesterday's demo to the backups, a new one for today;
    today's demo stays with what was tried in it; a missing one is made."""
    templates, _problems = list_templates(resource_dir() / "templates", None)
    template = next(t for t in templates if t.id == DEFAULT_TEMPLATE_ID)
    path = tmp_path / "demo.zwd"
    old_now = dt.datetime.now(dt.UTC) - dt.timedelta(days=3)
    create_from_document(path, demo_workshop(template, old_now)).close()
    data = {"ZWDESKTOP_DATA_DIR": str(tmp_path / "data")}
    renewed = run("demo", "--renew", path, **data)
    assert renewed.returncode == 0
    assert "liegt jetzt bei den Sicherungen" in renewed.stdout and "angelegt" in renewed.stdout
    store = WorkshopStore.open(path)
    assert is_workshop_day(store.workshop(), dt.datetime.now(dt.UTC))  # made for today
    today = store.workshop().date
    store.update_workshop(title="Ausprobiert")
    store.close()
    backups = list((tmp_path / "data" / "backups").rglob("*.zwd"))
    assert len(backups) == 1
    old = WorkshopStore.open(backups[0], read_only=True)
    assert old.workshop().date < today
    old.close()
    kept = run("demo", "--renew", path, **data)
    assert kept.returncode == 0 and "bleibt, wie sie ist" in kept.stdout
    store = WorkshopStore.open(path, read_only=True)
    assert store.workshop().title == "Ausprobiert"
    store.close()
    made = run("demo", "--renew", tmp_path / "new.zwd", **data)
    assert made.returncode == 0 and (tmp_path / "new.zwd").exists()
