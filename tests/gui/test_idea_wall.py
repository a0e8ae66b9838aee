"""The idea wall on the projector: 150 ideas fit the screen, nothing overlaps or is cut off, it grows as ideas come in."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator
from pathlib import Path

import pyphen
import pytest
from PySide6.QtGui import QFont, QFontMetrics, QTextLayout, QTextOption
from pytestqt.qtbot import QtBot

from zwdesktop.core.clock import FakeClock
from zwdesktop.core.ideas import CLUSTER_COLOURS, Cluster, Idea
from zwdesktop.core.templates import DEFAULT_TEMPLATE_ID, load_template
from zwdesktop.core.workshop import Workshop
from zwdesktop.gui.clock.controller import ClockController
from zwdesktop.gui.projector.idea_wall import IdeaWallMode
from zwdesktop.gui.projector.wall_text import measure_whole_words
from zwdesktop.gui.projector.window import ProjectorWindow
from zwdesktop.gui.session import WorkshopSession
from zwdesktop.gui.settings import Settings
from zwdesktop.paths import resource_dir
from zwdesktop.store import WorkshopStore

TEXTS = [
    "Es gibt kaum Orte, an denen man sich zufällig begegnet.",
    "Bus",
    "Komşularla tanışmak için hiç fırsat yok, herkes kendi evinde oturuyor.",
    "Формуляри в ратуші лише німецькою, ніхто не пояснює.",
    "لا يوجد مكان يلتقي فيه الأطفال من ثقافات مختلفة بعد المدرسة.",
    "کافه زبان برای همه",
    "ቦታ ንመንእሰያት የለን",
    "🚌🌙 Bürgerbus am Abend und am Wochenende, von Ehrenamtlichen gefahren, für alle Ortsteile",
    "Donaudampfschifffahrtsgesellschaftskapitänswitwenrente",
]


@pytest.fixture
def controller(qtbot: QtBot, tmp_path: Path) -> Iterator[ClockController]:
    """A controller over a new file (clock not started: the wall shows the critique phase)."""
    template = load_template(resource_dir() / "templates" / f"{DEFAULT_TEMPLATE_ID}.json", builtin=True)
    store = WorkshopStore.create(
        tmp_path / "wall.zwd", Workshop(title="Wand", date=dt.date(2026, 3, 14)), template.agenda("de")
    )
    made = ClockController(WorkshopSession(store), FakeClock(dt.datetime(2026, 3, 14, 12, 0, tzinfo=dt.UTC)))
    made.timer.stop()
    yield made
    store.close()


def _fill(store: WorkshopStore, count: int, clusters: int = 8) -> None:
    made = [
        store.ideas.add_cluster(Cluster(name=f"Thema {n + 1}", colour=CLUSTER_COLOURS[n % 8])) for n in range(clusters)
    ]
    texts = itertools.cycle(TEXTS)
    for n in range(count):
        cluster = made[n % clusters].id if n % 10 else None
        store.ideas.add(Idea(text=f"{next(texts)} ({n})", cluster_id=cluster))


def _wall(qtbot: QtBot, settings: Settings, controller: ClockController, width: int, height: int) -> IdeaWallMode:
    window = ProjectorWindow(settings, controller)
    qtbot.addWidget(window)
    wall = IdeaWallMode()
    window.add_mode(wall)
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    window.set_mode("ideas")
    window.refresh()
    return wall


def _check_geometry(wall: IdeaWallMode) -> None:
    result = wall.layout_result
    assert result.fits
    area = wall.wall_rect()
    rects = [wall.item_rect(item.box) for item in result.items]
    for rect in rects:
        assert area.contains(rect), (rect, area)
        assert wall.rect().contains(rect)
    for a, b in itertools.combinations(rects, 2):
        assert not a.intersects(b), (a, b)
    for item in result.items:
        font = wall.font_at(result.pixels, bold=item.kind == "header")
        text_rect = wall.item_rect(item.text_box)
        needed = measure_whole_words(QFontMetrics(font), wall.display_text(item), text_rect.width())
        assert needed is not None, item.text  # every word whole (or broken at a soft hyphen)
        assert needed.height() <= text_rect.height() and needed.width() <= text_rect.width(), item.text
        assert wall.item_rect(item.box).contains(text_rect)


@pytest.mark.parametrize(("width", "height"), [(1920, 1080), (1280, 720)])
def test_150_ideas_fit_without_overlap_or_clipping(  # type: ignore[no-untyped-def]
    qtbot, settings, controller, width: int, height: int
) -> None:
    _fill(controller.session.store, 150)
    wall = _wall(qtbot, settings, controller, width, height)
    cards = [item for item in wall.layout_result.items if item.kind == "card"]
    assert len(cards) == 150
    assert "150" in wall.title_text
    _check_geometry(wall)
    image = wall.grab()
    assert image.width() == width


def test_the_wall_grows_as_ideas_come_in_and_highlights(qtbot, settings, controller) -> None:  # type: ignore[no-untyped-def]
    store = controller.session.store
    wall = _wall(qtbot, settings, controller, 1280, 720)
    assert wall.layout_result.items == []
    store.ideas.add(Idea(text="Erste Idee"))
    wall.update_state(controller)
    few = wall.layout_result.pixels
    _fill(store, 60)
    wall.update_state(controller)
    many = wall.layout_result.pixels
    assert many < few
    _check_geometry(wall)
    context = controller.session.idea_context
    first = store.ideas.all()[0].id
    context.set_highlight(idea_id=first)
    assert context.highlight_idea == first
    wall.grab()  # paints with the highlight
    _check_geometry(wall)


def test_the_wall_shows_the_chosen_phase(qtbot, settings, controller) -> None:  # type: ignore[no-untyped-def]
    store = controller.session.store
    store.ideas.add(Idea(text="Kritik"))
    store.ideas.add(Idea(text="Es wäre schön, wenn …", phase="fantasy"))
    wall = _wall(qtbot, settings, controller, 960, 540)
    assert [i.text for i in wall.layout_result.items if i.kind == "card"] == ["Kritik"]
    controller.session.idea_context.set_phase("fantasy")
    wall.update_state(controller)
    assert [i.text for i in wall.layout_result.items if i.kind == "card"] == ["Es wäre schön, wenn …"]


# ---- words stay whole, and the wall is readable from the back of the hall -----------------------

COMPOUNDS = [
    "Ehrenamtsbörse",
    "Begegnungscafé & Interkulturelles Fest",
    "Nachbarschaftshilfe für Seniorinnen und Senioren",
    "Mitfahrbank am Marktplatz",
    "Jugendtreff mit Hausaufgabenbetreuung",
    "Bürgerbus am Abend",
    "Sprachpatenschaften",
    "Willkommensfest im Gemeindezentrum",
    "Reparaturcafé",
    "Kinderbetreuung während der Veranstaltungen",
    "Mehrgenerationenhaus",
    "Integrationsbeauftragte im Rathaus",
]


def _lines(text: str, font: QFont, width: int) -> list[tuple[int, int]]:
    """Where Qt breaks ``text`` wrapped at words into ``width`` (as the wall's painter does): (start, length) per line."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    lines = []
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        lines.append((line.textStart(), line.textLength(), line.naturalTextWidth()))
    layout.endLayout()
    for _start, _length, natural in lines:
        assert natural <= width + 0.5, (text, natural, width)
    return [(start, length) for start, length, _natural in lines]


@pytest.mark.parametrize("count", [15, 30, 60])
def test_long_compounds_stay_whole_and_are_readable(qtbot, settings, controller, count: int) -> None:  # type: ignore[no-untyped-def]
    store = controller.session.store
    clusters = [store.ideas.add_cluster(Cluster(name=name, colour=CLUSTER_COLOURS[n])) for n, name in enumerate(
        ("Ehrenamt und Engagement", "Begegnung", "Mobilität", "Kinder und Jugendliche"))]  # fmt: skip
    for n in range(count):
        store.ideas.add(Idea(text=COMPOUNDS[n % len(COMPOUNDS)], cluster_id=clusters[n % 4].id if n % 7 else None))
    wall = _wall(qtbot, settings, controller, 1920, 1080)
    result = wall.layout_result
    assert result.fits
    assert len([item for item in result.items if item.kind == "card"]) == count
    _check_geometry(wall)
    dictionary = pyphen.Pyphen(lang="de_DE")
    for item in result.items:
        font = wall.font_at(result.pixels, bold=item.kind == "header")
        shown = wall.display_text(item)
        assert shown.replace("\u00ad", "") == item.text  # nothing but soft hyphens added
        for start, _length in _lines(shown, font, item.text_box.w)[1:]:
            before = shown[start - 1]
            if before in " -":
                continue  # broken at a space or an existing hyphen
            assert before == "\u00ad", (item.text, shown[:start], shown[start:])
            # ... and the soft hyphen is one of the word's hyphenation points.
            word_start = max(shown.rfind(" ", 0, start), -1) + 1
            word = shown[word_start:].split(" ")[0].replace("\u00ad", "")
            offset = len(shown[word_start:start].replace("\u00ad", ""))
            assert offset in dictionary.positions(word), (word, offset)
    cap_height = QFontMetrics(wall.font_at(result.pixels)).capHeight()
    if count <= 30:
        assert cap_height >= 0.025 * 1080, (count, result.pixels, cap_height)
    wall.grab()


def test_the_wall_shows_the_guiding_question_under_its_title_readable(qtbot, settings, controller) -> None:  # type: ignore[no-untyped-def]
    question = "Aulendorf als lebenswerte Stadt – aber wie?"
    controller.session.store.update_workshop(guiding_question=question)
    _fill(controller.session.store, 30)
    wall = _wall(qtbot, settings, controller, 1920, 1080)
    block = wall.question()
    assert block.text == question  # one whole line
    assert QFontMetrics(block.font).capHeight() >= 0.025 * 1080  # read from the back of the hall
    title_bottom = round(0.025 * 1080) + round(0.06 * 1080)
    assert wall.wall_rect().top() >= title_bottom + block.height  # the cards start below it
    _check_geometry(wall)


def test_a_cluster_header_and_its_continuation_keep_clear_of_the_colour_bar(qtbot, settings, controller) -> None:  # type: ignore[no-untyped-def]
    """One large cluster flows on into further columns: each column starts with its name, "(continued)", and no
    header's text runs into its colour bar."""
    from zwdesktop.gui.projector.wall_layout import header_chip

    store = controller.session.store
    cluster = store.ideas.add_cluster(Cluster(name="Begegnung", colour=CLUSTER_COLOURS[0]))
    for n in range(40):
        store.ideas.add(Idea(text=f"Ein Begegnungscafé im Rathaus mit Kinderbetreuung ({n})", cluster_id=cluster.id))
    wall = _wall(qtbot, settings, controller, 1920, 1080)
    result = wall.layout_result
    assert result.columns > 1
    headers = [item for item in result.items if item.kind == "header"]
    assert [h.text for h in headers] == ["Begegnung"] + ["Begegnung (continued)"] * (result.columns - 1)
    for header in headers:
        assert header.box.y == 0  # at the top of its column
        chip_right = header.box.x + header_chip(result.pixels)
        assert header.text_box.x >= chip_right + 1, (header.text, header.text_box.x, chip_right)
    _check_geometry(wall)


def test_a_long_guiding_question_wraps_into_two_lines_before_it_is_shortened(qtbot, settings, controller) -> None:  # type: ignore[no-untyped-def]
    question = ("Wie wollen wir in Aulendorf zusammenleben – heute, morgen und in zehn Jahren, mit allen, "
                "die hier wohnen?")  # fmt: skip
    controller.session.store.update_workshop(guiding_question=question)
    _fill(controller.session.store, 10)
    wall = _wall(qtbot, settings, controller, 1920, 1080)
    block = wall.question()
    assert block.text == question  # whole, on two lines
    assert block.height >= 2 * QFontMetrics(block.font).lineSpacing()
    assert QFontMetrics(block.font).capHeight() >= 0.025 * 1080
    _check_geometry(wall)


def test_the_wall_follows_a_changed_guiding_question(qtbot, settings, controller) -> None:  # type: ignore[no-untyped-def]
    _fill(controller.session.store, 5)
    wall = _wall(qtbot, settings, controller, 1920, 1080)
    assert wall.question().text == ""  # none yet: no room taken for it
    controller.session.store.update_workshop(guiding_question="Wie wollen wir zusammenleben?")
    controller.tick()
    assert wall.question().text == "Wie wollen wir zusammenleben?"
    _check_geometry(wall)


@pytest.mark.parametrize(
    ("language", "one", "two"),
    [
        ("en", "Critique phase · 1 idea", "Critique phase · 2 ideas"),
        ("de", "Kritikphase · 1 Idee", "Kritikphase · 2 Ideen"),
    ],
)
def test_the_walls_title_counts_one_idea_as_one(  # type: ignore[no-untyped-def]
    qtbot, settings, controller, request, language: str, one: str, two: str
) -> None:
    request.getfixturevalue("english" if language == "en" else "german")
    controller.session.store.ideas.add(Idea(text="Ein Bürgerbus am Abend."))
    wall = _wall(qtbot, settings, controller, 1280, 720)
    assert wall.title_text == one
    controller.session.store.ideas.add(Idea(text="Mitfahrbänke in allen Ortsteilen."))
    projector = wall.window()
    assert isinstance(projector, ProjectorWindow)
    projector.refresh()
    assert wall.title_text == two
