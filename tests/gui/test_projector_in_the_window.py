"""The projector as the moderator's window drives it: switching files, the keyboard, full screen, the menu."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from zwdesktop.cli import main as cli_main
from zwdesktop.core.agreements import Agreement, AgreementBundle
from zwdesktop.core.clock import ClockStatus
from zwdesktop.core.ideas import Idea
from zwdesktop.gui.files.actions import FileAction
from zwdesktop.gui.ideas.actions import IdeasWindowAction
from zwdesktop.gui.main_window import MainWindow
from zwdesktop.gui.projector.control import ProjectorAction
from zwdesktop.gui.projector.idea_wall import IdeaWallMode
from zwdesktop.gui.projector.window import ProjectorWindow
from zwdesktop.store import WorkshopStore

from .conftest import Answers, type_text

OTHER_TITLE = "Werkstatt Bad Waldsee"
MODES = ["clock", "ideas", "votes", "agreements", "signup"]


def _other_file(tmp_path: Path) -> Path:
    """A second workshop with one idea and one agreement (and no dot vote)."""
    path = tmp_path / "Bad Waldsee.zwd"
    assert cli_main(["new", str(path), "--title", OTHER_TITLE]) == 0
    with WorkshopStore.open(path) as store:
        store.ideas.add(Idea(text="Bürgerbus am Abend"))
        store.agreements.put_bundle(AgreementBundle(Agreement(title="Bürgerbus-Gruppe")))
    return path


def _projector_on_the_demo(window: MainWindow, qtbot: QtBot, mode: str) -> ProjectorWindow:
    assert window.files.open_demo()
    window.action(ProjectorAction.SHOW).trigger()
    projector = window.projector_control.projector
    assert projector is not None
    qtbot.waitUntil(projector.isVisible)
    projector.set_mode(mode)
    return projector


def _shows_the_other_workshop(window: MainWindow, projector: ProjectorWindow, mode: str, title: str) -> None:
    """The projector is shown again in its mode, with the new workshop's content, and keeps ticking."""
    assert window.workspace is not None and window.stack.currentWidget() is window.workspace
    assert projector.isVisible()
    assert projector.current_mode().key == mode
    assert projector.controller is window.controller
    current = projector.current_mode()
    if mode == "clock":
        assert projector.clock_mode.title_label.full_text == title
    elif mode == "ideas":
        assert isinstance(current, IdeaWallMode)
        expected = ["Bürgerbus am Abend"] if title == OTHER_TITLE else []
        assert [item.text for item in current.layout_result.items if item.kind == "card"] == expected
    elif mode == "votes":
        assert current.title_label.property("full_text") == "No dot vote yet"  # type: ignore[attr-defined]
    else:
        assert current.workshop is not None and current.workshop.title == title  # type: ignore[attr-defined]
    assert window.controller is not None
    for _ in range(3):
        window.controller.tick()  # every clock tick refreshes the projector without an error


@pytest.mark.parametrize("mode", MODES)
def test_opening_another_file_with_the_projector_shown(
    make_window, answers: Answers, tmp_path: Path, qtbot: QtBot, mode: str
) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    projector = _projector_on_the_demo(window, qtbot, mode)
    answers.open_path = _other_file(tmp_path)
    window.action(FileAction.OPEN).trigger()  # Ctrl+O
    assert window.session is not None and window.session.store.path == answers.open_path
    _shows_the_other_workshop(window, projector, mode, OTHER_TITLE)


@pytest.mark.parametrize("mode", MODES)
def test_a_new_workshop_with_the_projector_shown(
    make_window, answers: Answers, tmp_path: Path, qtbot: QtBot, mode: str
) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    projector = _projector_on_the_demo(window, qtbot, mode)
    window.action(FileAction.NEW).trigger()  # Ctrl+N: back to the templates ...
    assert not projector.isVisible()  # nothing of the closed workshop stays on the wall
    answers.save_path = tmp_path / "Neu.zwd"
    qtbot.mouseClick(window.welcome.new_button, Qt.MouseButton.LeftButton)  # ... and create
    assert window.session is not None and window.session.store.path == answers.save_path
    _shows_the_other_workshop(window, projector, mode, window.session.store.workshop().title)


@pytest.mark.parametrize("mode", MODES)
def test_closing_then_opening_with_the_projector_shown(
    make_window, answers: Answers, tmp_path: Path, qtbot: QtBot, mode: str
) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    projector = _projector_on_the_demo(window, qtbot, mode)
    window.action(FileAction.CLOSE).trigger()  # Ctrl+W
    assert not projector.isVisible()
    assert window.action(ProjectorAction.SHOW).text() == "Show &projector"
    answers.open_path = _other_file(tmp_path)
    window.action(FileAction.OPEN).trigger()
    _shows_the_other_workshop(window, projector, mode, OTHER_TITLE)


# ---- the keyboard stays with the moderator ------------------------------------------------------


def _press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key as the keyboard sends it: to whichever widget has the focus in the active window."""
    target = QApplication.focusWidget() or QApplication.activeWindow()
    assert target is not None
    QTest.keyClick(target, key, modifier)


def _inside(window: QWidget, widget: QWidget | None) -> bool:
    return widget is not None and (widget is window or window.isAncestorOf(widget))


def _window_manager_focuses(qtbot: QtBot, projector: ProjectorWindow) -> None:
    """What a window manager does with a window that was just shown (openbox, Windows): it activates it."""
    handle = projector.windowHandle()
    assert handle is not None
    with qtbot.waitSignal(handle.activeChanged):
        projector.activateWindow()


def test_showing_the_projector_leaves_the_keyboard_in_the_capture_field(make_window, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    assert window.files.open_demo()
    window.show_section("ideas")
    capture = window.workspace.ideas.capture.edit
    window.action(IdeasWindowAction.CAPTURE).trigger()
    qtbot.waitUntil(capture.hasFocus)
    _press(Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)  # Ctrl+B: the projector comes up
    projector = window.projector_control.projector
    assert projector is not None and projector.isVisible()
    _window_manager_focuses(qtbot, projector)
    qtbot.waitUntil(lambda: window.isActiveWindow() and capture.hasFocus())
    status = window.controller.state.status
    # The letters that act as projector keys (E, M, T, +, *, space) go into the idea.
    type_text(QApplication.focusWidget(), "Eine Mitfahrbank + Treffpunkt * am Markt")
    assert capture.toPlainText() == "Eine Mitfahrbank + Treffpunkt * am Markt"
    assert projector.current_mode().key == "clock"
    assert projector.theme_name == "dark"
    assert window.controller.state.status is status
    assert not projector.isActiveWindow()

    # Switching its mode from the menu leaves the keyboard where it is, too.
    window.action(ProjectorAction.MODE).trigger()
    assert projector.current_mode().key == "ideas"
    assert capture.hasFocus()

    # Hiding and showing it again: the same.
    _press(Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert not projector.isVisible()
    _press(Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert projector.isVisible()
    _window_manager_focuses(qtbot, projector)
    qtbot.waitUntil(lambda: window.isActiveWindow() and capture.hasFocus())
    type_text(QApplication.focusWidget(), " E")
    assert capture.toPlainText().endswith("am Markt E")


def test_a_click_into_the_projector_gives_it_its_keys(make_window, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    assert window.files.open_demo()
    window.action(ProjectorAction.SHOW).trigger()
    projector = window.projector_control.projector
    assert projector is not None
    qtbot.waitExposed(projector)
    QTest.mouseClick(projector, Qt.MouseButton.LeftButton)  # on purpose
    projector.activateWindow()  # the window manager focuses the clicked window
    qtbot.waitUntil(projector.isActiveWindow)
    qtbot.waitUntil(lambda: _inside(projector, QApplication.focusWidget()))
    _press(Qt.Key.Key_M)
    assert projector.current_mode().key == "ideas"
    _press(Qt.Key.Key_T)
    assert projector.theme_name == "light"
    status = window.controller.state.status
    _press(Qt.Key.Key_Space)
    assert window.controller.state.status is not status


# ---- full screen and the menu ------------------------------------------------------------------


def test_escape_and_f11_in_the_projector_and_the_menu_text(make_window, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    assert window.files.open_demo()
    show = window.action(ProjectorAction.SHOW)
    assert show.text() == "Show &projector"
    show.trigger()
    projector = window.projector_control.projector
    assert projector is not None and projector.isVisible()
    assert show.text() == "Hide &projector"
    projector.setWindowState(Qt.WindowState.WindowFullScreen)  # as on a second screen
    qtbot.waitUntil(projector.isFullScreen)
    QTest.mouseClick(projector, Qt.MouseButton.LeftButton)
    projector.activateWindow()
    qtbot.waitUntil(projector.isActiveWindow)
    _press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not projector.isFullScreen())
    assert projector.isVisible()
    _press(Qt.Key.Key_F11)
    qtbot.waitUntil(projector.isFullScreen)
    _press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not projector.isFullScreen())
    _press(Qt.Key.Key_F)
    qtbot.waitUntil(projector.isFullScreen)
    assert window.controller.state.status is not ClockStatus.FINISHED
    show.trigger()
    assert not projector.isVisible()
    assert show.text() == "Show &projector"


def test_the_projector_menu_puts_each_mode_on_the_wall_with_its_key(make_window, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    assert window.files.open_demo()
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Projector")
    texts = [action.text() for action in menu.actions() if not action.isSeparator()]
    for text in ("Show the &clock", "Show the &idea wall", "Show the &dot vote", "Show the &agreements",
                 "Show the sign-&up codes"):  # fmt: skip
        assert text in texts
    for key, mode, name in ((Qt.Key.Key_F2, "ideas", ProjectorAction.IDEAS), (Qt.Key.Key_F3, "votes", ProjectorAction.VOTES),
                            (Qt.Key.Key_F4, "agreements", ProjectorAction.AGREEMENTS),
                            (Qt.Key.Key_F5, "signup", ProjectorAction.SIGNUP), (Qt.Key.Key_F1, "clock", ProjectorAction.CLOCK)):  # fmt: skip
        QTest.keyClick(window, key, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        projector = window.projector_control.projector
        assert projector is not None
        qtbot.waitUntil(projector.isVisible)  # the first one shows the projector
        assert projector.current_mode().key == mode
        assert window.action(name).isChecked()
        assert window.isActiveWindow()  # the keyboard stays with the moderator
    projector.set_mode("ideas")  # M or F2 in the projector: the menu follows
    assert window.action(ProjectorAction.IDEAS).isChecked()


def test_closing_a_round_puts_its_results_on_the_shown_projector(make_window, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    projector = _projector_on_the_demo(window, qtbot, "clock")
    window.show_section("votes")
    page = window.workspace.section("votes")
    if page.view.closed:
        page.close_button.click()  # reopen it first
    assert not page.view.closed
    assert projector.current_mode().key == "clock"
    page.close_button.click()
    assert page.view.closed
    assert projector.current_mode().key == "votes"
    mode = projector.current_mode()
    assert mode.view is not None and mode.view.round.id == page.current_round_id() and mode.view.closed  # type: ignore[attr-defined]
    # With the projector hidden nothing pops up on the wall.
    window.action(ProjectorAction.SHOW).trigger()
    assert not projector.isVisible()
    projector.set_mode("clock")
    page.close_button.click()
    page.close_button.click()
    assert page.view.closed and not projector.isVisible()
    assert projector.current_mode().key == "clock"


@pytest.mark.parametrize("mode", ["ideas", "votes", "agreements", "signup"])
def test_every_mode_shows_the_guiding_question(make_window, qtbot: QtBot, mode: str) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    projector = _projector_on_the_demo(window, qtbot, mode)
    projector.resize(1920, 1080)
    qtbot.waitUntil(lambda: projector.current_mode().width() == 1920)
    window.controller.tick()
    question = " ".join(window.session.store.workshop().guiding_question.split())
    assert question
    current = projector.current_mode()
    if mode == "votes":
        label = current.question_label  # type: ignore[attr-defined]
        assert label.isVisible() and label.text() == question
        assert label.geometry().bottom() < current.chart.geometry().top()  # type: ignore[attr-defined]
        block_font = label.font()
    else:
        block = current.question()  # type: ignore[attr-defined]
        assert block.text == question
        block_font = block.font
        top = current.wall_rect().top() if mode == "ideas" else current._content_top()  # type: ignore[attr-defined]
        assert top >= block.height + 0.09 * 1080
    from PySide6.QtGui import QFontMetrics

    assert QFontMetrics(block_font).capHeight() >= 0.025 * 1080 - 1  # readable from the back of the hall
    current.grab()  # paints without a warning
