"""The dot votes and the Blitzlicht in the minutes PDF (demo workshop, German and English)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from zwdesktop.core.demo import demo_workshop
from zwdesktop.core.templates import DEFAULT_TEMPLATE_ID, list_templates
from zwdesktop.export.minutes import MinutesOptions, build_minutes
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
