"""The progress sheet for the steering group: its text (pdftotext) and its calendar codes decoded (zbarimg)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from tests.export.pdf_tools import assert_decodes_to, compact, info, qr_output, text
from zwdesktop.cli import main as cli_main
from zwdesktop.core.templates import DEFAULT_TEMPLATE_ID, list_templates
from zwdesktop.demo.workshop import demo_workshop
from zwdesktop.export.exchange_file import exchange_data
from zwdesktop.export.minutes.labels import Labels
from zwdesktop.export.progress import PROGRESS_COUNTED, build_progress
from zwdesktop.paths import resource_dir
from zwdesktop.store import WorkshopStore
from zwdesktop.store.merge import create_from_document

NOW = dt.datetime(2026, 11, 30, 10, 0, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def later(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo four weeks after its evening, with the Sprachcafé's first meeting recorded."""
    templates, _problems = list_templates(resource_dir() / "templates", None)
    template = next(t for t in templates if t.id == DEFAULT_TEMPLATE_ID)
    path = tmp_path_factory.mktemp("progress") / "Aulendorf.zwd"
    create_from_document(path, demo_workshop(template, NOW, weeks_later=4)).close()
    return path


def test_the_sheet_says_per_group_where_it_stands_and_decodes_its_next_meetings(later: Path, tmp_path: Path) -> None:
    with WorkshopStore.open(later, read_only=True) as store:
        data = exchange_data(store)
    pdf_bytes, payloads = build_progress(data, NOW)
    pdf = tmp_path / "Fortschritt.pdf"
    pdf.write_bytes(pdf_bytes)
    assert int(info(pdf)["Pages"]) <= 2
    found = compact(text(pdf))
    assert compact("Fortschritt: Lokale Zukunftswerkstatt Aulendorf") in found
    assert compact("Protokoll: Version 2, genehmigt am") in found
    for group in ("Interkulturelles Fest", "Sprachcafé", "Austausch- und Begegnungscafé"):
        assert compact(group) in found
    assert compact("Stand: aktiv · 1 von 3 Schritten erledigt") in found  # the Sprachcafé: the room is done
    assert compact("Stand: aktiv · 0 von 1 Schritt erledigt") in found  # the Austausch group: one step, singular
    assert compact("4 Gruppen, 1 Folgetreffen stattgefunden, 4 Schritte überfällig") in found
    assert compact("Noch kein Folgetreffen stattgefunden") in found  # the Fest never met yet
    assert compact("(überfällig)") in found
    assert compact("(12 Teilnehmende)") in found  # who came to the Sprachcafé's first meeting
    assert compact("Ansprechperson: Olena Kovalenko") in found
    assert compact("Steuerungsgruppe") in found and compact("Eva Militz (Hauptamt)") in found
    # The Sprachcafé's next meeting and the steering group's, each as a calendar entry a phone opens.
    assert len(payloads) == 2 and all(p.startswith("BEGIN:VEVENT") for p in payloads)
    assert "Sprachcafé" in payloads[0] and "Steuerungsgruppe" in payloads[1]
    assert_decodes_to(qr_output(pdf, tmp_path), payloads)


def test_the_command_line_writes_the_sheet(later: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "sheet.pdf"
    assert cli_main(["export", str(later), str(out), "--progress"]) == 0
    # One code or more, as of today (the CLI counts from now): "1 Kalender-Code", "2 Kalender-Codes".
    assert re.search(r"\((1 Kalender-Code|[02-9]\d* Kalender-Codes)\)", capsys.readouterr().out)
    assert compact("Fortschritt:") in compact(text(out))
    assert cli_main(["export", str(later), str(tmp_path / "sheet.txt"), "--progress"]) == 1


def test_the_report_back_says_what_became_of_the_workshop(later: Path, tmp_path: Path) -> None:
    out = tmp_path / "nachbericht.txt"
    assert cli_main(["export", str(later), str(out), "--report-back"]) == 0
    report = out.read_text(encoding="utf-8")
    assert report.startswith("Was aus der Zukunftswerkstatt in Aulendorf geworden ist")
    assert "1 Projekt ist in Gang gekommen: „Sprachcafé“." in report
    assert "Ein Folgetreffen hat stattgefunden, insgesamt mit 12 Teilnehmenden." in report
    assert "Die Gruppe „Sprachcafé“ hat beschlossen: Das Sprachcafé findet jeden zweiten Donnerstag" in report
    assert "Wer mitmachen möchte, ist weiterhin herzlich willkommen. Ansprechperson: Eva Militz" in report


def test_the_minutes_print_their_version_and_approval(later: Path, tmp_path: Path) -> None:
    out = tmp_path / "Protokoll.pdf"
    assert cli_main(["export", str(later), str(out)]) == 0
    found = compact(text(out, 1))
    assert compact("Fassung Version 2, genehmigt am") in found
    assert compact("Namen einer Teilnehmerin im Sprachcafé berichtigt") in found
    docx = tmp_path / "Protokoll.docx"
    assert cli_main(["export", str(later), str(docx)]) == 0
    import docx as python_docx

    document = python_docx.Document(str(docx))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    assert any(cell.startswith("Version 2, genehmigt am") for cell in cells)


def test_counted_words_agree_with_their_number_in_both_languages() -> None:
    """ "0 von 1 Schritt erledigt", "1 step overdue": each counted word as its number wants it."""
    german, english = Labels("de"), Labels("en")
    assert german.count("progress", 1, PROGRESS_COUNTED, done=0) == "0 von 1 Schritt erledigt"
    assert german.count("progress", 3, PROGRESS_COUNTED, done=1) == "1 von 3 Schritten erledigt"
    assert english.count("progress", 1, PROGRESS_COUNTED, done=0) == "0 of 1 step done"
    assert [english.count(key, 1, PROGRESS_COUNTED) for key in ("groups", "held", "overdue_steps")] == [
        "1 group",
        "1 follow-up meeting held",
        "1 step overdue",
    ]
    assert german.count("overdue_steps", 2, PROGRESS_COUNTED) == "2 Schritte überfällig"
