"""Agenda templates: the built-in four-hour workshop and a user's own templates."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from zwdesktop.core.templates import DEFAULT_TEMPLATE_ID, find_template, list_templates
from zwdesktop.paths import resource_dir, user_templates_dir
from zwdesktop.store import WorkshopStore

# DESIGN.md §1: the typical four-hour plan.
BUILTIN_BLOCKS = [
    (20, "arrival"),
    (45, "critique"),
    (15, "break"),
    (55, "fantasy"),
    (10, "fantasy"),  # dot vote on the ideas of the fantasy phase
    (10, "break"),
    (60, "realisation"),
    (20, "agreements"),
    (5, "closing"),
]

WEINGARTEN: dict[str, Any] = {
    "id": "weingarten-tag",
    "name": "Weingarten, 09:30–15:00 mit Mittagessen",
    "name_en": "Weingarten, 09:30–15:00 with lunch",
    "start": "09:30",
    "items": [
        {"title": "Ankommen und Begrüßung", "phase": "arrival", "minutes": 30},
        {"title": "Kritikphase", "phase": "critique", "minutes": 60, "method": "Karten, Cluster, Punktabfrage"},
        {"title": "Pause", "phase": "break", "minutes": 15},
        {"title": "Phantasiephase", "phase": "fantasy", "minutes": 60},
        {"title": "Mittagessen", "title_en": "Lunch", "phase": "break", "minutes": 45, "material": "Suppe"},
        {"title": "Verwirklichungsphase", "phase": "realisation", "minutes": 75},
        {"title": "Verabredungen", "phase": "agreements", "minutes": 30},
        {"title": "Blitzlicht und Abschluss", "phase": "closing", "minutes": 15},
    ],
}


def run(*args: str) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [sys.executable, "-m", "zwdesktop", *args], capture_output=True, text=True, env=os.environ.copy(), timeout=60
    )
    assert "Traceback" not in result.stderr, result.stderr
    return result


def add_user_template(name: str, content: Any) -> Path:
    folder = user_templates_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(content if isinstance(content, str) else json.dumps(content, ensure_ascii=False), encoding="utf-8")
    return path


def test_the_builtin_template_holds_the_nine_blocks_of_the_four_hour_plan() -> None:
    templates, problems = list_templates(resource_dir() / "templates", None)
    assert problems == []
    template = find_template(templates, "Zukunftswerkstatt, 4 Stunden")
    assert template is not None
    assert template.id == DEFAULT_TEMPLATE_ID
    assert template.builtin
    assert [(item.minutes, item.phase) for item in template.items] == BUILTIN_BLOCKS
    assert template.total_minutes == 240
    assert template.start == dt.time(14, 0)
    titles = [item.title for item in template.items]
    assert titles[1] == "Kritikphase"
    assert titles[3] == "Phantasiephase"
    assert titles[6] == "Verwirklichungsphase"
    assert titles[7] == "Verabredungen"
    assert "Punktabfrage" in titles[4]
    assert "Blitzlicht" in titles[8]


def test_a_template_gives_fresh_agenda_items_in_either_language() -> None:
    templates, _problems = list_templates(resource_dir() / "templates", None)
    template = find_template(templates, DEFAULT_TEMPLATE_ID)
    assert template is not None
    german, english, again = template.agenda("de"), template.agenda("en"), template.agenda("de")
    assert [item.title for item in german][1] == "Kritikphase"
    assert [item.title for item in english][1] == "Critique phase"
    # Method and material speak the workshop's language too (in English the German was shown before).
    assert german[1].method.startswith("Karten schreiben") and english[1].method.startswith("Write cards")
    assert german[1].material.startswith("Moderationskarten") and english[1].material.startswith("Moderation cards")
    assert all(not any(word in f"{item.method} {item.material}" for word in ("Klebepunkte", "Stifte", "Pinnwand"))
               for item in english)  # fmt: skip
    assert [item.planned_minutes for item in english] == [minutes for minutes, _phase in BUILTIN_BLOCKS]
    assert [item.position for item in german] == list(range(9))
    assert not {item.id for item in german} & {item.id for item in again}


def test_templates_command_lists_the_builtin_template() -> None:
    result = run("templates")
    assert result.returncode == 0
    assert f"{DEFAULT_TEMPLATE_ID}\tZukunftswerkstatt, 4 Stunden\t4:00 h" in result.stdout.splitlines()
    assert result.stderr == ""


def test_a_users_template_is_listed_and_used_by_new(tmp_path: Path) -> None:
    path = add_user_template("weingarten.json", WEINGARTEN)
    listed = run("templates")
    assert listed.returncode == 0
    lines = listed.stdout.splitlines()
    assert any(line.startswith(f"{DEFAULT_TEMPLATE_ID}\t") for line in lines)
    mine = [line for line in lines if line.startswith("weingarten-tag\t")]
    assert len(mine) == 1
    assert "Weingarten, 09:30–15:00 mit Mittagessen" in mine[0]
    assert "5:30 h" in mine[0]
    assert str(path) in mine[0]

    target = tmp_path / "weingarten.zwd"
    created = run("new", str(target), "--template", "weingarten-tag", "--date", "2026-07-04")
    assert created.returncode == 0, created.stderr
    with WorkshopStore.open(target) as opened:
        workshop, agenda = opened.workshop(), opened.agenda.all()
    assert (workshop.date, workshop.start_time, workshop.end_time) == (dt.date(2026, 7, 4), dt.time(9, 30), dt.time(15))
    assert [item.title for item in agenda][4] == "Mittagessen"
    assert (agenda[4].phase, agenda[4].planned_minutes, agenda[4].material) == ("break", 45, "Suppe")
    assert sum(item.planned_minutes for item in agenda) == 330

    by_name = run("new", str(tmp_path / "zwei.zwd"), "--template", "weingarten, 09:30–15:00 MIT MITTAGESSEN")
    assert by_name.returncode == 0, by_name.stderr


def test_a_broken_user_template_is_reported_without_breaking_the_list() -> None:
    add_user_template("a-kaputt.json", '{"id": "kaputt", "name": "Kaputt", "items": [')
    add_user_template(
        "b-phase.json",
        {"id": "mittag", "name": "Mittag", "items": [{"title": "Essen", "phase": "lunch", "minutes": 45}]},
    )
    add_user_template("c-ohne-items.json", {"id": "leer", "name": "Ohne Punkte"})
    add_user_template("weingarten.json", WEINGARTEN)
    result = run("templates")
    assert result.returncode == 0
    ids = [line.split("\t")[0] for line in result.stdout.splitlines()]
    assert ids == [DEFAULT_TEMPLATE_ID, "weingarten-tag"]
    problems = result.stderr.splitlines()
    assert len(problems) == 3
    for name, line in zip(["a-kaputt.json", "b-phase.json", "c-ohne-items.json"], problems, strict=True):
        assert name in line
        assert line.startswith("Vorlage nicht lesbar")


def test_new_with_a_broken_or_unknown_template_fails_cleanly(tmp_path: Path) -> None:
    add_user_template("a-kaputt.json", "{")
    target = tmp_path / "x.zwd"
    result = run("new", str(target), "--template", "kaputt")
    assert result.returncode == 1
    assert "Zukunftswerkstatt, 4 Stunden" in result.stderr  # names what is there
    assert not target.exists()


@pytest.mark.parametrize(
    "item",
    [
        {"title": "", "phase": "other", "minutes": 30},
        {"title": "Ganzer Tag am Stück", "phase": "other", "minutes": 720},
    ],
    ids=["empty title", "longer than an item may be"],
)
def test_a_template_the_agenda_rules_refuse_does_not_make_a_file(tmp_path: Path, item: dict[str, Any]) -> None:
    """Otherwise the new file holds an agenda whose own export is refused on import."""
    add_user_template("regelwidrig.json", {"id": "regelwidrig", "name": "Regelwidrig", "items": [item]})
    target = tmp_path / "regelwidrig.zwd"
    result = run("new", str(target), "--template", "regelwidrig")
    assert result.returncode == 1, result.stdout
    assert len(result.stderr.splitlines()) >= 1
    assert not target.exists()


def test_a_users_template_with_the_builtin_id_takes_its_place(tmp_path: Path) -> None:
    own = dict(WEINGARTEN, id=DEFAULT_TEMPLATE_ID, name="Unsere eigenen 4 Stunden")
    add_user_template("eigen.json", own)
    result = run("templates")
    lines = [line for line in result.stdout.splitlines() if line.startswith(DEFAULT_TEMPLATE_ID + "\t")]
    assert len(lines) == 1
    assert "Unsere eigenen 4 Stunden" in lines[0]
    target = tmp_path / "standard.zwd"
    assert run("new", str(target)).returncode == 0
    with WorkshopStore.open(target) as opened:
        assert opened.workshop().start_time == dt.time(9, 30)
        assert len(opened.agenda.all()) == len(WEINGARTEN["items"])
