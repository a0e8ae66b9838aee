"""The county view's files: read-only reading (locked, damaged, older, foreign, newer), open data, calendar, report, CLI."""

from __future__ import annotations

import contextlib
import io
import json
import re
import subprocess
from pathlib import Path

import pytest
from county_helpers import (
    NOW,
    county_files,
    damaged_file,
    digest,
    foreign_file,
    newer_file,
    older_file,
    personal_data,
    truncated_file,
)
from file_helpers import listing, make_file
from icalendar import Calendar

from zwdesktop import cli
from zwdesktop.core.county_topics import TopicEdit
from zwdesktop.export.county.calendar import county_calendar
from zwdesktop.export.county.labels import CountyLabels
from zwdesktop.export.county.open_data import COLUMNS, card_path, write_open_data
from zwdesktop.export.county.read import read_county
from zwdesktop.export.county.report import write_report
from zwdesktop.store import WorkshopStore


def command(*args: str | Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
        code = cli.main([str(a) for a in args])
    return code, out.getvalue(), err.getvalue()


def pdf_text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True).stdout


@pytest.fixture
def county(tmp_path: Path) -> tuple[Path, list]:
    folder = tmp_path / "Landkreis"
    _paths, datas = county_files(folder, 3)
    return folder, datas


def test_every_file_is_read_without_a_trace_also_locked_older_and_problem_files_are_left_out(tmp_path: Path) -> None:
    folder = tmp_path / "laufwerk"
    paths, _datas = county_files(folder / "2026", 2)
    older = older_file(folder / "alt.zwd")
    sound = make_file(tmp_path / "vorlage.zwd")
    bad = {
        "foreign": foreign_file(folder / "fremd.zwd"),
        "too_new": newer_file(folder / "neu.zwd", sound),
        "damaged_readable": damaged_file(folder / "kaputt.zwd", sound),
        "corrupt": truncated_file(folder / "halb.zwd", sound),
    }
    (folder / "notiz.zwd").write_text("Einkaufsliste\n", encoding="utf-8")
    before = {p: digest(p) for p in folder.rglob("*.zwd")}
    names_before = listing(folder) + listing(folder / "2026")
    with WorkshopStore.open(paths[0]):  # open in a running program: its lock stays its own
        lock_before = sorted(p.name for p in (folder / "2026").iterdir())
        overview = read_county([folder], NOW)
        assert sorted(p.name for p in (folder / "2026").iterdir()) == lock_before
    assert {w.source for w in overview.workshops} == {str(paths[0]), str(paths[1]), str(older)}
    assert next(w for w in overview.workshops if w.source == str(older)).municipality == "Altdorf"
    problems = {Path(o.source).name: o.problem for o in overview.left_out}
    assert problems == {"fremd.zwd": "foreign", "neu.zwd": "too_new", "kaputt.zwd": "damaged_readable",
                        "halb.zwd": "corrupt", "notiz.zwd": "not_sqlite"}  # fmt: skip
    assert all(digest(p) == d for p, d in before.items())  # nothing written, the older file not upgraded
    assert listing(folder) + listing(folder / "2026") == names_before  # no backup, journal, lock or -wal beside
    assert bad  # each kind made


def test_two_copies_of_one_workshop_are_read_once(tmp_path: Path) -> None:
    paths, _ = county_files(tmp_path / "a", 1)
    copy = tmp_path / "b" / "Kopie.zwd"
    copy.parent.mkdir()
    copy.write_bytes(paths[0].read_bytes())
    with WorkshopStore.open(copy) as store:  # the copy gets a later change
        store.update_workshop(count_other=99)
    overview = read_county([tmp_path], NOW)
    assert [w.source for w in overview.workshops] == [str(copy)]
    assert [(o.source, o.problem, o.detail) for o in overview.left_out] == [(str(paths[0]), "duplicate", str(copy))]


def test_a_folder_is_read_without_its_hidden_folders(tmp_path: Path) -> None:
    """The home folder chosen: its workshop files are read, not zwdesktop's backups under .local."""
    paths, _ = county_files(tmp_path / "Werkstätten", 2)
    backups = tmp_path / ".local" / "share" / "zwdesktop" / "backups" / "abc"
    backups.mkdir(parents=True)
    other, _ = county_files(tmp_path / "weg", 1)
    other[0].rename(backups / "2026-12-06T21-15-03Z.zwd")  # another workshop, set aside there
    hidden_file = tmp_path / "Werkstätten" / ".~Kopie.zwd"
    hidden_file.write_bytes(paths[0].read_bytes())
    overview = read_county([tmp_path], NOW)
    assert sorted(w.source for w in overview.workshops) == sorted(str(p) for p in paths)
    assert not overview.left_out
    named = read_county([backups], NOW)  # chosen on purpose, a hidden folder is read
    assert len(named.workshops) == 1


def test_open_data_and_calendar_and_report_carry_no_personal_data(county: tuple[Path, list], tmp_path: Path) -> None:
    folder, datas = county
    overview = read_county([folder], NOW)
    outputs = []
    for name in ("offen.csv", "offen.json"):
        write_open_data(overview, tmp_path / name)
        outputs += [(tmp_path / name).read_text(encoding="utf-8-sig"), card_path(tmp_path / name).read_text("utf-8")]
    outputs.append(county_calendar(overview).decode("utf-8"))
    write_report(overview, tmp_path / "bericht.pdf")
    outputs.append(pdf_text(tmp_path / "bericht.pdf"))
    secrets = personal_data(datas)
    assert len(secrets) > 100  # names, e-mail addresses and phone numbers of every kind of person
    for output in outputs:
        flat = " ".join(output.split()).casefold()
        digits = re.sub(r"\D", "", output)
        for secret in secrets:
            assert secret.casefold() not in flat, secret
            assert secret.split()[-1].casefold() not in flat or "@" in secret or secret[0].isdigit(), secret
            if secret[0].isdigit() or secret[0] == "+":
                assert re.sub(r"\D", "", secret) not in digits, secret
    # The texts that named someone are still there, without the name.
    assert "[…]" in outputs[0]


def test_open_data_has_a_row_per_workshop_and_project_and_a_data_card(
    county: tuple[Path, list], tmp_path: Path
) -> None:
    folder, datas = county
    (folder / "fremd.zwd").write_text("kein SQLite", encoding="utf-8")
    overview = read_county([folder], NOW)
    target = tmp_path / "landkreis.csv"
    card = write_open_data(overview, target)
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel reads UTF-8 only with its mark
    lines = raw.decode("utf-8-sig").splitlines()
    assert lines[0].split(";") == list(COLUMNS)
    kinds = [line.split(";")[0] for line in lines[1:]]
    assert kinds.count("workshop") == 3
    assert kinds.count("project") == sum(len(d.agreements.agreements) for d in datas)
    text = card.read_text(encoding="utf-8")
    assert card.name == "landkreis.datacard.md"
    assert "Datenlizenz Deutschland" in text and NOW.date().isoformat() in text
    assert all(f"`{column}`" in text for column in COLUMNS)
    assert "fremd.zwd: keine Zukunftswerkstatt-Datei" in text
    document = json.loads(
        write_open_data(overview, tmp_path / "landkreis.json").with_name("landkreis.json").read_text("utf-8")
    )
    assert len(document["workshops"]) == 3 and document["files_left_out"][0]["file"] == "fremd.zwd"
    assert {p["project_status"] for p in document["projects"]} <= {"planned", "active", "paused", "done", "dropped"}
    # Status, progress and meetings as the follow-up recorded them (issue 16).
    for project in document["projects"]:
        bundle = next(b for d in datas for b in d.agreements.bundles() if b.agreement.id == project["project_id"])
        counted = [s for s in bundle.steps if s.state != "dropped"]
        assert project["project_status"] == bundle.agreement.status
        assert (project["steps_done"], project["steps_total"]) == (
            sum(s.state == "done" for s in counted),
            len(counted),
        )
        assert project["meetings_held"] == sum(m.status == "held" for m in bundle.meetings)
    first = document["workshops"][0]
    aulendorf = datas[0].agreements
    assert first["meetings_held"] == sum(m.status == "held" for m in aulendorf.meetings)
    assert first["meeting_attendance"] == sum(m.attendance for m in aulendorf.meetings if m.status == "held") > 0
    assert first["steering_group_size"] == len(aulendorf.steering_members)
    assert first["mailing_list_size"] == len(aulendorf.signups)
    municipalities = [w["municipality"] for w in document["workshops"]]
    assert municipalities == ["Aulendorf", "Weingarten", "Bad Waldsee"]  # in the order they were held


def test_the_calendar_has_every_upcoming_meeting_with_its_uid_in_berlin_time(county: tuple[Path, list]) -> None:
    folder, datas = county
    overview = read_county([folder], NOW)
    ics = county_calendar(overview)
    assert county_calendar(read_county([folder], NOW)) == ics  # the same files give the same calendar
    events = Calendar.from_ical(ics).walk("VEVENT")
    ahead = {m.id for d in datas for m in d.agreements.meetings if m.status == "planned" and m.starts_at >= NOW}
    assert any(m.status == "held" for d in datas for m in d.agreements.meetings)  # held ones are not ahead
    assert {str(e["UID"]) for e in events} == {f"{i}@zwdesktop" for i in ahead}
    assert all(e["DTSTART"].dt.tzinfo.key == "Europe/Berlin" for e in events)
    assert all(e.decoded("DTSTART") > NOW for e in events)
    summaries = [str(e["SUMMARY"]) for e in events]
    assert any(s.startswith("Aulendorf – Steuerungsgruppe") for s in summaries)
    assert any(s.startswith("Weingarten – Nachbarschaftscafé") for s in summaries)


def test_the_report_has_a_page_per_workshop_and_the_countys_pages(county: tuple[Path, list], tmp_path: Path) -> None:
    folder, datas = county
    (folder / "fremd.zwd").write_text("kein SQLite", encoding="utf-8")
    overview = read_county([folder], NOW)
    target = tmp_path / "bericht.pdf"
    result = write_report(overview, target)
    text = " ".join(pdf_text(target).split())
    assert result.pages >= 5
    for data in datas:
        w = data.workshop
        heading = f"Lokale Zukunftswerkstatt {w.municipality}, {w.date:%d.%m.%Y}"
        assert heading in text
        assert f"{w.participant_total} Teilnehmende ({w.count_staff} HA / {w.count_volunteers} EA" in text
    for part in ("Wie ging und geht es in den Kommunen weiter?", "Themen, die in mehreren Kommunen wiederkehren",
                 "Zahlen im Überblick", "Die nächsten Termine", "Gelesene Dateien", "fremd.zwd: keine Zukunftswerkstatt-Datei",
                 "Mit Unterstützung des Programms „Land.Zuhause.Zukunft“ der Robert Bosch Stiftung", "Sprachcafé – aktiv"):  # fmt: skip
        assert part in text, part
    assert "Sprache" in text.split("Themen, die in mehreren Kommunen wiederkehren")[1]  # Aulendorf and Weingarten
    assert not re.search(r"\b1 (Mitglieder|Eintragungen|Ideen|Themen|Kommunen)\b", text)
    english = tmp_path / "report.pdf"
    topic = overview.topics[0]
    write_report(overview.with_edits([TopicEdit("drop", (topic.key,))]), english, "en")
    text_en = " ".join(pdf_text(english).split())
    assert (
        "How did and does it go on in the municipalities?" in text_en and "Local future workshop Aulendorf" in text_en
    )


def test_the_reports_counted_words_agree_with_their_number() -> None:
    german, english = CountyLabels("de"), CountyLabels("en")
    assert german("steering_line", members=german.counted("members", 1)) == "Steuerungsgruppe: 1 Mitglied"
    assert german("steering_line", members=german.counted("members", 6)) == "Steuerungsgruppe: 6 Mitglieder"
    assert german("mailing_line", sign_ups=german.counted("sign_ups", 1)) == "Mail-Verteiler: 1 Eintragung"
    ideas, topics = german.counted("ideas", 1), german.counted("topics", 1)
    assert german("ideas_line", ideas=ideas, topics=topics) == "1 Idee in 1 Thema"
    assert (
        english.counted("municipalities", 1) == "1 municipality" and german.counted("municipalities", 2) == "2 Kommunen"
    )


def test_the_command_lists_what_it_read_and_left_out(county: tuple[Path, list], tmp_path: Path) -> None:
    folder, _datas = county
    (folder / "fremd.zwd").write_text("kein SQLite", encoding="utf-8")
    code, out, err = command("county", tmp_path / "b.pdf", folder)
    assert code == 0, err
    assert f"Gelesen: {folder / 'Aulendorf.zwd'} (Aulendorf," in out
    assert f"Nicht gelesen: {folder / 'fremd.zwd'} – keine Zukunftswerkstatt-Datei" in out
    assert "Bericht" in out and (tmp_path / "b.pdf").exists()
    code, out, _ = command("county", tmp_path / "k.ics", folder / "Aulendorf.zwd", folder / "Vogt.zwd")
    assert code == 0 and "Nicht gelesen" in out and "Vogt.zwd – nicht gefunden" in out
    code, out, _ = command("county", tmp_path / "d.json", folder)
    assert code == 0 and "Datenkarte" in out and (tmp_path / "d.datacard.md").exists()
    code, _, err = command("county", tmp_path / "x.txt", folder)
    assert code == 1 and "Unbekanntes Ausgabeformat" in err
    before = digest(tmp_path / "b.pdf")
    code, _, err = command("county", tmp_path / "b.pdf", folder, tmp_path / "b.pdf")
    assert code == 1 and "wird nicht überschrieben" in err and digest(tmp_path / "b.pdf") == before
    (tmp_path / "leer").mkdir()
    code, out, err = command("county", tmp_path / "n.pdf", tmp_path / "leer")
    assert code == 1 and "Ordner ohne Zukunftswerkstatt-Dateien" in out and "nichts wurde geschrieben" in err
    assert not (tmp_path / "n.pdf").exists()


def test_the_demo_county_is_seven_workshops_to_try_the_overview_with(tmp_path: Path) -> None:
    folder = tmp_path / "Beispiel-Landkreis"
    code, out, err = command("demo", "--county", folder)
    assert code == 0, err
    assert "7 Werkstätten (Aulendorf, Weingarten, Bad Waldsee" in out
    code, out, err = command("county", tmp_path / "bericht.pdf", folder)
    assert code == 0 and out.count("Gelesen:") == 7 and "Nicht gelesen" not in out
    overview = read_county([folder], NOW)
    assert any(t.label == "Sprache" for t in overview.topics) and overview.totals.meetings_held > 0
    code, _, err = command("demo", "--county", folder)  # nothing is overwritten
    assert code == 1 and "Aulendorf.zwd" in err and "nicht überschrieben" in err
