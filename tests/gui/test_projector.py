"""The projector window: the clock picture, its keys and themes, and its place on a second screen."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import cast

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAction, QFontMetrics, QGuiApplication, QKeySequence, QPalette, QScreen
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from zwdesktop.core.clock import ClockEvent, ClockLevel, FakeClock
from zwdesktop.core.templates import DEFAULT_TEMPLATE_ID, load_template
from zwdesktop.core.workshop import AgendaItem, Workshop
from zwdesktop.gui.clock.controller import ClockController
from zwdesktop.gui.projector.clock_mode import ClockMode
from zwdesktop.gui.projector.modes import THEMES, ProjectorMode, fits
from zwdesktop.gui.projector.screens import ScreenPicker, choose_screen
from zwdesktop.gui.projector.window import ProjectorWindow
from zwdesktop.gui.session import WorkshopSession
from zwdesktop.gui.settings import Settings
from zwdesktop.paths import resource_dir
from zwdesktop.store import WorkshopStore

MakeProjector = Callable[..., ProjectorWindow]
QUESTION = "Aulendorf als lebenswerte Stadt für alle Generationen – was brauchen wir dafür?"
# 14:00 in Berlin on 14 March 2026 (winter time, UTC+1).
START = dt.datetime(2026, 3, 14, 13, 0, tzinfo=dt.UTC)


def _make_workshop_file(path: Path) -> WorkshopStore:
    template = load_template(resource_dir() / "templates" / f"{DEFAULT_TEMPLATE_ID}.json", builtin=True)
    workshop = Workshop(
        title="Zukunftswerkstatt Aulendorf",
        guiding_question=QUESTION,
        date=dt.date(2026, 3, 14),
        start_time=dt.time(14, 0),
        end_time=dt.time(18, 0),
        timezone="Europe/Berlin",
    )
    return WorkshopStore.create(path, workshop, template.agenda("de"))


@pytest.fixture
def store(tmp_path: Path) -> Iterator[WorkshopStore]:
    """A workshop file from the built-in four-hour template, with a guiding question."""
    opened = _make_workshop_file(tmp_path / "Aulendorf.zwd")
    yield opened
    opened.close()


@pytest.fixture
def items(store: WorkshopStore) -> list[AgendaItem]:
    """The agenda in order."""
    return store.agenda.all()


@pytest.fixture
def clock() -> FakeClock:
    """A clock standing at the planned start of the workshop."""
    return FakeClock(START)


@pytest.fixture
def controller(qtbot: QtBot, store: WorkshopStore, clock: FakeClock) -> ClockController:
    """A clock controller over the file, driven by the fake clock only (its timer is stopped)."""
    session = WorkshopSession(store)
    made = ClockController(session, clock)
    made.timer.stop()
    return made


@pytest.fixture
def make_projector(qtbot: QtBot, settings: Settings, controller: ClockController) -> Iterator[MakeProjector]:
    """A factory of shown, active projector windows of a given size."""
    windows: list[ProjectorWindow] = []

    def make(width: int = 960, height: int = 540) -> ProjectorWindow:
        window = ProjectorWindow(settings, controller)
        qtbot.addWidget(window)
        window.resize(width, height)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=2000)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()


def _clock_mode(window: ProjectorWindow) -> ClockMode:
    mode = window.mode("clock")
    assert isinstance(mode, ClockMode)
    return mode


def _start(store: WorkshopStore, items: list[AgendaItem]) -> None:
    store.clock.add(ClockEvent(kind="started", at=START, item_id=items[0].id))


class WallMode(ProjectorMode):
    """A stand-in for a later mode (the idea wall)."""

    key = "wall"

    def __init__(self) -> None:
        super().__init__()
        self.updates = 0

    def title(self) -> str:
        """The mode's name."""
        return "Idea wall"

    def update_state(self, controller: ClockController) -> None:
        """Count the refreshes."""
        self.updates += 1


# ---- the clock picture ----------------------------------------------------------------------


def test_clock_mode_follows_the_clock_history(
    make_projector: MakeProjector,
    store: WorkshopStore,
    items: list[AgendaItem],
    clock: FakeClock,
    controller: ClockController,
) -> None:
    window = make_projector(1920, 1080)
    mode = _clock_mode(window)
    theme = THEMES["dark"]

    # Before the start: the workshop's title, "Starting soon", and the first item next.
    assert mode.countdown_label.text() == "Starting soon"
    assert mode.title_label.full_text == "Zukunftswerkstatt Aulendorf"
    assert mode.next_label.text() == f"Up next: {items[0].title}"
    assert mode.level is None

    # Started at 14:00 Berlin time; eight minutes into the 20-minute arrival block.
    _start(store, items)
    clock.advance(minutes=8)
    controller.tick()
    assert mode.phase_label.text() == "Arrival"
    assert mode.title_label.full_text == items[0].title == "Ankommen, Begrüßung, Ablauf & Spielregeln"
    assert mode.countdown_label.text() == "12:00"
    assert mode.next_label.text() == "Up next: Kritikphase"
    assert mode.question_label.text() == QUESTION
    assert mode.clock_label.text() == "14:08"
    assert mode.status_label.text() == ""
    assert mode.level is ClockLevel.NORMAL
    assert mode.countdown_color() == theme.text

    # The last two minutes: warning.
    clock.advance(minutes=11)
    controller.tick()
    assert mode.countdown_label.text() == "01:00"
    assert mode.level is ClockLevel.WARNING
    assert mode.countdown_color() == theme.warning

    # Time is up and runs on into overrun: alert.
    clock.advance(seconds=90)
    controller.tick()
    assert mode.countdown_label.text() == "−00:30"
    assert mode.level is ClockLevel.ALERT
    assert mode.countdown_color() == theme.alert
    assert mode.clock_label.text() == "14:20"

    # The moderator goes on: the critique phase with 45 minutes; its title equals the phase name
    # in German, so the phase line is not repeated.
    store.clock.add(ClockEvent(kind="next", at=clock.now(), item_id=items[1].id))
    assert mode.title_label.full_text == "Kritikphase"
    assert mode.countdown_label.text() == "45:00"
    assert mode.level is ClockLevel.NORMAL
    assert mode.countdown_color() == theme.text
    assert mode.next_label.text() == "Up next: Pause"

    clock.advance(minutes=5)
    assert controller.pause()
    assert mode.status_label.text() == "Paused"
    assert mode.countdown_label.text() == "40:00"
    clock.advance(minutes=3)
    controller.tick()
    assert mode.countdown_label.text() == "40:00"

    assert controller.resume()
    assert mode.status_label.text() == ""
    store.clock.add(ClockEvent(kind="finished", at=clock.advance(minutes=1)))
    assert mode.countdown_label.text() == "Thank you!"
    assert mode.next_label.text() == ""
    assert mode.level is None


def test_the_time_of_day_is_in_the_workshops_time_zone(
    make_projector: MakeProjector,
    store: WorkshopStore,
    items: list[AgendaItem],
    clock: FakeClock,
    controller: ClockController,
) -> None:
    window = make_projector()
    _start(store, items)
    # 1 July: summer time in Berlin (UTC+2), while the UTC clock says 10:15.
    store.update_workshop(date=dt.date(2026, 7, 1))
    clock.set(dt.datetime(2026, 7, 1, 10, 15, tzinfo=dt.UTC))
    controller.tick()
    assert _clock_mode(window).clock_label.text() == "12:15"
    store.update_workshop(timezone="America/New_York")
    assert _clock_mode(window).clock_label.text() == "06:15"


@pytest.mark.parametrize(("width", "height"), [(800, 600), (1920, 1080)])
def test_the_countdown_is_big_and_never_clips(
    make_projector: MakeProjector,
    qtbot: QtBot,
    store: WorkshopStore,
    items: list[AgendaItem],
    clock: FakeClock,
    controller: ClockController,
    width: int,
    height: int,
) -> None:
    window = make_projector(width, height)
    mode = _clock_mode(window)
    assert (mode.width(), mode.height()) == (width, height)
    _start(store, items)

    def check(expected: str, least_ink_share: float) -> None:
        label = mode.countdown_label
        assert label.text() == expected
        ink = mode.countdown_text_rect()
        assert QRect(0, 0, label.width(), label.height()).contains(ink), (ink, label.size())
        assert mode.rect().contains(label.geometry())
        # Read from 15 m: the font's height at least 30 % of the window, the digits' ink not far below.
        assert QFontMetrics(label.font()).height() >= 0.30 * height
        assert ink.height() >= least_ink_share * height, (ink.height(), height)
        # And no other text is cut off either.
        for other in mode.findChildren(QLabel):
            if other is label:
                continue
            text = other.text()
            assert not text or fits(other.font(), text, other.width(), other.height(), wrap=other.wordWrap()), text

    clock.advance(minutes=8)
    controller.tick()
    check("12:00", 0.28)
    clock.advance(minutes=14, seconds=13)
    controller.tick()
    check("−02:13", 0.22)
    assert controller.extend(70)
    check("1:07:47", 0.18)
    # A resize refits the running countdown.
    window.resize(height, width)
    qtbot.waitUntil(lambda: (mode.width(), mode.height()) == (height, width), timeout=2000)
    mode.update_state(controller)
    label = mode.countdown_label
    assert QRect(0, 0, label.width(), label.height()).contains(mode.countdown_text_rect())


def test_long_texts_are_shortened_not_cut(
    make_projector: MakeProjector,
    store: WorkshopStore,
    items: list[AgendaItem],
    clock: FakeClock,
    controller: ClockController,
) -> None:
    window = make_projector(800, 600)
    store.agenda.update(items[0].id, title="Ankommen, Begrüßung, Vorstellungsrunde, Ablauf und Spielregeln " * 3)
    store.update_workshop(guiding_question=" ".join([QUESTION] * 20))
    _start(store, items)
    mode = _clock_mode(window)
    assert mode.title_label.text().endswith("…")
    assert mode.question_label.text().endswith("…")
    for label in (mode.title_label, mode.question_label):
        assert fits(label.font(), label.text(), label.width(), label.height(), wrap=label.wordWrap())


# ---- keys, themes, pointer ------------------------------------------------------------------


def test_m_cycles_the_modes_and_f_keys_pick_one(
    make_projector: MakeProjector, qtbot: QtBot, controller: ClockController
) -> None:
    window = make_projector()
    wall = WallMode()
    window.add_mode(wall)
    assert window.mode_keys() == ["clock", "wall"]
    assert window.current_mode().key == "clock"
    with pytest.raises(ValueError):
        window.add_mode(WallMode())

    with qtbot.waitSignal(window.mode_changed) as changed:
        QTest.keyClick(window, Qt.Key.Key_M)
    assert changed.args == ["wall"]
    assert window.current_mode() is wall
    assert wall.updates >= 1
    controller.tick()
    assert wall.updates >= 2

    QTest.keyClick(window, Qt.Key.Key_M)
    assert window.current_mode().key == "clock"
    QTest.keyClick(window, Qt.Key.Key_F2)
    assert window.current_mode().key == "wall"
    QTest.keyClick(window, Qt.Key.Key_F1)
    assert window.current_mode().key == "clock"
    window.set_mode("wall")
    assert window.current_mode() is wall
    with pytest.raises(KeyError):
        window.set_mode("nothing")


def test_t_switches_the_theme_and_it_is_remembered(
    make_projector: MakeProjector, qtbot: QtBot, settings: Settings
) -> None:
    window = make_projector()
    mode = _clock_mode(window)
    dark, light = THEMES["dark"], THEMES["light"]
    assert window.theme_name == "dark"
    assert mode.palette().color(QPalette.ColorRole.Window) == dark.background
    assert window.grab().toImage().pixelColor(3, 3) == dark.background

    QTest.keyClick(window, Qt.Key.Key_T)
    assert window.theme_name == "light"
    assert settings.projector_theme == "light"
    assert window.palette().color(QPalette.ColorRole.Window) == light.background
    assert mode.palette().color(QPalette.ColorRole.Window) == light.background
    assert mode.title_label.palette().color(QPalette.ColorRole.WindowText) == light.text
    assert mode.countdown_color() == light.text
    assert window.grab().toImage().pixelColor(3, 3) == light.background

    # A new projector window (the next workshop day) starts in the light theme.
    again = make_projector()
    assert again.theme_name == "light"
    assert _clock_mode(again).palette().color(QPalette.ColorRole.Window) == light.background
    QTest.keyClick(again, Qt.Key.Key_T)
    assert again.theme_name == "dark"
    assert settings.projector_theme == "dark"
    with pytest.raises(ValueError):
        again.set_theme("sepia")


def test_no_mouse_pointer_anywhere(make_projector: MakeProjector) -> None:
    window = make_projector()
    window.add_mode(WallMode())
    assert window.cursor().shape() == Qt.CursorShape.BlankCursor
    children = window.findChildren(QWidget)
    assert len(children) > 8
    for child in children:
        assert child.cursor().shape() == Qt.CursorShape.BlankCursor, child


def test_adopted_moderator_shortcuts_work_on_the_projector(
    make_projector: MakeProjector, qtbot: QtBot, controller: ClockController
) -> None:
    moderator = QWidget()
    qtbot.addWidget(moderator)
    pause = QAction("Pause/resume", moderator)
    pause.setShortcut(QKeySequence(Qt.Key.Key_Space))
    pause.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    moderator.addAction(pause)
    fired: list[bool] = []
    pause.triggered.connect(lambda: fired.append(True))
    pause.triggered.connect(controller.toggle)

    window = make_projector()
    QTest.keyClick(window, Qt.Key.Key_Space)
    assert fired == []  # the moderator's window is not active, and the projector does not know the action yet

    window.adopt_actions([pause])
    window.adopt_actions([pause])  # twice is once
    assert window.actions().count(pause) == 1
    QTest.keyClick(window, Qt.Key.Key_Space)
    assert fired == [True]
    assert controller.state.status == "running"
    assert _clock_mode(window).countdown_label.text() == "20:00"
    QTest.keyClick(window, Qt.Key.Key_Space)
    assert controller.state.status == "paused"
    assert _clock_mode(window).status_label.text() == "Paused"


def test_escape_leaves_full_screen_and_does_not_close(make_projector: MakeProjector, qtbot: QtBot) -> None:
    window = make_projector()
    window.showFullScreen()
    qtbot.waitUntil(window.isFullScreen, timeout=2000)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    QTest.keyClick(window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isFullScreen(), timeout=2000)
    assert window.isVisible()
    QTest.keyClick(window, Qt.Key.Key_Escape)
    assert window.isVisible()


# ---- screens --------------------------------------------------------------------------------


class FakeScreen:
    """Just enough of a QScreen for choose_screen."""

    def __init__(self, name: str) -> None:
        self._name = name

    def name(self) -> str:
        """The screen's name."""
        return self._name


def _screen(name: str) -> QScreen:
    return cast(QScreen, FakeScreen(name))


def test_choose_screen() -> None:
    laptop, beamer, third = _screen("laptop"), _screen("beamer"), _screen("HDMI-2")
    screens = [laptop, beamer, third]
    # The remembered one when connected ...
    assert choose_screen(screens, "HDMI-2", avoid=laptop, primary=laptop) is third
    # ... else one the moderator's window is not on, whichever is primary ...
    assert choose_screen(screens, "gone", avoid=laptop, primary=beamer) is beamer
    assert choose_screen([beamer, laptop], None, avoid=beamer, primary=beamer) is laptop
    # ... else the primary.
    assert choose_screen(screens, "", primary=beamer) is beamer
    assert choose_screen([laptop], "beamer", avoid=laptop, primary=laptop) is laptop
    with pytest.raises(ValueError):
        choose_screen([], "beamer")


def test_one_screen_gives_an_ordinary_window_that_keeps_its_geometry(
    qtbot: QtBot, settings: Settings, controller: ClockController, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert len(QGuiApplication.screens()) == 1
    monkeypatch.setattr(ScreenPicker, "ask", classmethod(lambda *args: pytest.fail("no question with one screen")))
    window = ProjectorWindow(settings, controller)
    qtbot.addWidget(window)
    assert window.open_on_screen(None, ask=True)
    qtbot.waitExposed(window)
    assert not window.isFullScreen()
    assert abs(window.width() / window.height() - 16 / 9) < 0.01
    assert settings.projector_screen == ""  # nothing to choose between

    window.resize(700, 420)
    qtbot.waitUntil(lambda: window.size().width() == 700, timeout=2000)
    window.close()

    again = ProjectorWindow(settings, controller)
    qtbot.addWidget(again)
    again.show_on(QGuiApplication.primaryScreen())
    qtbot.waitExposed(again)
    assert (again.width(), again.height()) == (700, 420)
    assert not again.isFullScreen()
    again.close()


def test_screen_picker_lists_the_screens(qtbot: QtBot) -> None:
    screen = QGuiApplication.primaryScreen()
    picker = ScreenPicker([screen], screen)
    qtbot.addWidget(picker)
    size = screen.geometry().size()
    text = picker.list.item(0).text()
    assert screen.name() in text and f"{size.width()} × {size.height()}" in text
    assert picker.selected_screen() is screen


TWO_SCREENS = {
    "screens": [
        {"name": "laptop", "x": 0, "y": 0, "width": 1280, "height": 800, "logicalDpi": 96},
        {"name": "beamer", "x": 1280, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96},
    ]
}

# Run in a fresh process: the offscreen platform reads its screens only when the application starts.
TWO_SCREEN_SCRIPT = textwrap.dedent(
    """
    import datetime as dt
    import json
    import sys
    from pathlib import Path

    from PySide6.QtCore import QRect, QSettings, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QWidget

    from zwdesktop.core.clock import FakeClock
    from zwdesktop.gui.clock.controller import ClockController
    from zwdesktop.gui.projector.screens import ScreenPicker
    from zwdesktop.gui.projector.window import ProjectorWindow
    from zwdesktop.gui.session import WorkshopSession
    from zwdesktop.gui.settings import Settings
    from zwdesktop.store import WorkshopStore

    workshop_path, settings_path, now = sys.argv[1], sys.argv[2], sys.argv[3]
    app = QApplication([])
    out = {"screens": sorted(screen.name() for screen in app.screens())}
    laptop = next(screen for screen in app.screens() if screen.name() == "laptop")

    # The moderator's window on the laptop's screen.
    moderator = QWidget()
    moderator.setScreen(laptop)
    moderator.setGeometry(100, 100, 900, 600)
    moderator.show()
    QTest.qWaitForWindowExposed(moderator)

    session = WorkshopSession(WorkshopStore.open(Path(workshop_path)))
    controller = ClockController(session, FakeClock(dt.datetime.fromisoformat(now)))
    settings = Settings(QSettings(settings_path, QSettings.Format.IniFormat))
    projector = ProjectorWindow(settings, controller)

    def describe():
        QTest.qWait(50)
        geometry = projector.geometry()
        return {
            "screen": projector.screen().name(),
            "full_screen": projector.isFullScreen(),
            "geometry": [geometry.x(), geometry.y(), geometry.width(), geometry.height()],
            "frame": projector.frameGeometry() == projector.geometry(),
            "visible": projector.isVisible(),
        }

    ScreenPicker.ask = classmethod(lambda cls, parent, screens, current: current)  # the moderator says OK
    out["opened"] = projector.open_on_screen(moderator, ask=True)
    out["first"] = describe()
    mode = projector.mode("clock")
    label = mode.countdown_label
    out["countdown"] = label.text()
    out["countdown_fits"] = QRect(0, 0, label.width(), label.height()).contains(mode.countdown_text_rect())
    out["remembered"] = settings.projector_screen

    # The moderator clicks into the projector on purpose (only then does it take keys), then Esc.
    QTest.mouseClick(projector, Qt.MouseButton.LeftButton)
    for _ in range(500):
        if projector.isActiveWindow():
            break
        QTest.qWait(10)
    QTest.keyClick(projector, Qt.Key.Key_Escape)
    out["after_escape"] = describe()

    # Next time: the remembered screen, even though the moderator's window is now over there.
    moderator.setScreen(projector.screen())
    projector.close()
    again = ProjectorWindow(settings, controller)
    again.open_on_screen(moderator)
    projector = again
    out["reopened"] = describe()
    print(json.dumps(out))
    """
)


def test_full_screen_on_the_second_screen(tmp_path: Path, store: WorkshopStore, items: list[AgendaItem]) -> None:
    _start(store, items)
    store.close()  # the subprocess opens the file for itself
    config = tmp_path / "two-screens.json"
    config.write_text(json.dumps(TWO_SCREENS), encoding="utf-8")
    script = tmp_path / "two_screens.py"
    script.write_text(TWO_SCREEN_SCRIPT, encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    now = (START + dt.timedelta(minutes=8)).isoformat()
    result = subprocess.run(
        [sys.executable, str(script), str(tmp_path / "Aulendorf.zwd"), str(tmp_path / "two.ini"), now],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout.strip().splitlines()[-1])
    assert out["screens"] == ["beamer", "laptop"]
    assert out["opened"] is True
    assert out["first"] == {
        "screen": "beamer",
        "full_screen": True,
        "geometry": [1280, 0, 1920, 1080],
        "frame": True,
        "visible": True,
    }
    assert out["countdown"] == "12:00"
    assert out["countdown_fits"] is True
    assert out["remembered"] == "beamer"
    after = out["after_escape"]
    assert after["screen"] == "beamer" and after["visible"] and not after["full_screen"]
    assert QRect(1280, 0, 1920, 1080).contains(QRect(*after["geometry"]))
    assert out["reopened"]["screen"] == "beamer" and out["reopened"]["full_screen"]
