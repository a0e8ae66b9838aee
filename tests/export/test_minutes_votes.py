"""The dot votes and the Blitzlicht in the minutes PDF (demo workshop, German and English)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from zwdesktop.core.templates import DEFAULT_TEMPLATE_ID, list_templates
from zwdesktop.demo.workshop import demo_workshop
from zwdesktop.export.minutes.options import MinutesOptions
from zwdesktop.export.minutes.story import build_minutes
from zwdesktop.paths import resource_dir

from . import pdf_tools


def _demo_minutes(tmp_path: Path, language: str) -> str:
    templates, _ = list_templates(resource_dir() / "templates", None)
    data = demo_workshop(next(t for t in templates if t.id == DEFAULT_TEMPLATE_ID), dt.datetime.now(dt.UTC))
    options = MinutesOptions(sections=("votes", "blitzlicht"), language=language)
    path = tmp_path / f"votes-{language}.pdf"
    path.write_bytes(build_minutes(data, options, load_photo=lambda photo: photo.data).pdf)
    return pdf_tools.compact(pdf_tools.text(path))


def has(text: str, *phrases: str) -> bool:
    """Whether every phrase is in the text (compared without spaces and line breaks, as the text is)."""
    return all(pdf_tools.compact(phrase) in text for phrase in phrases)


def test_minutes_report_rules_ranking_tie_and_its_runoff(tmp_path: Path) -> None:
    text = _demo_minutes(tmp_path, "de")
    assert has(text, "Punktabfragen", "höchstens 2 pro Thema")
    assert has(text, "Gleichstand an der Grenze", "Entschieden durch eine Stichwahl")
    assert has(text, "Stichwahl zu „Welche Kritikpunkte sind für Aulendorf am dringendsten?“")
    assert has(text, "1 Punkt pro Person")
    assert has(text, "Die Runde war beim Erstellen des Protokolls noch offen.")  # the fantasy round
    assert has(text, "Blitzlicht", "sehr gut", "28 Punkte von 29 Teilnehmenden")


def test_english_minutes_of_the_votes(tmp_path: Path) -> None:
    text = _demo_minutes(tmp_path, "en")
    assert has(text, "Dot votes", "Settled by a run-off round", "very good")


def test_the_settled_round_says_how_its_runoff_ended(tmp_path: Path) -> None:
    german = _demo_minutes(tmp_path, "de")
    assert has(german, "Entschieden durch eine Stichwahl (siehe unten): 17 : 11 für „Ehrenamt“ vor „Kinder & Jugend“.")
    assert has(german, "Gleichstand an der Grenze: „Ehrenamt“, „Kinder & Jugend“ mit je 15 Punkten.")
    english = _demo_minutes(tmp_path, "en")
    assert has(english, "Settled by a run-off round (see below): 17 : 11 for “Ehrenamt” over “Kinder & Jugend”.")
    assert "Stichwahl" not in english.replace("(Stichwahl)", "")  # the demo's own round title keeps its word


def test_counts_of_one_are_singular_in_the_minutes(tmp_path: Path) -> None:
    german = _demo_minutes(tmp_path, "de")
    # The run-off: one dot per person, one place open.
    assert has(german, "29 Teilnehmende · 1 Punkt pro Person · die erste Option kommt weiter")
    assert not has(german, "die ersten 1 kommen weiter")
    english = _demo_minutes(tmp_path, "en")
    assert has(english, "29 participants · 1 dot per person · the top option goes forward")
    assert has(english, "4 dots per person, at most 2 per option · the top 3 go forward")
    assert has(english, "28 dots from 29 participants.")


def test_a_round_without_dots_has_no_places_and_says_so(tmp_path: Path) -> None:
    templates, _ = list_templates(resource_dir() / "templates", None)
    data = demo_workshop(next(t for t in templates if t.id == DEFAULT_TEMPLATE_ID), dt.datetime.now(dt.UTC))
    fantasy = next(r for r in data.votes.rounds if r.status == "open" and not r.is_mood)
    for option in data.votes.options_of(fantasy.id):
        option.tally = 0
    path = tmp_path / "no-dots.pdf"
    options = MinutesOptions(sections=("votes",), language="de")
    path.write_bytes(build_minutes(data, options, load_photo=lambda photo: photo.data).pdf)
    text = pdf_tools.text(path)
    assert has(pdf_tools.compact(text), "Es wurden keine Punkte erfasst; es gibt noch kein Ergebnis.")
    section = text[text.index("Welche Wünsche sollen Projekte werden?") :]
    assert "Gleichstand" not in section and "kommen weiter:" not in section.split("Blitzlicht")[0]
    # Its table has no places (at 0 dots each option would be "1 =") and its 15 options are listed with 0 dots.
    cells = [line.strip() for line in section.splitlines()]
    table = cells[cells.index("Platz") : cells.index("weiter")]
    assert not any(cell[:1].isdigit() and cell != "0" for cell in table)
    assert table.count("0") == 15
