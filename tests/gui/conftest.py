"""Fixtures for the GUI tests: a main window on a fresh workshop file, typing helpers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QStyle, QStyleOptionFrame, QWidget

from zwdesktop.core.templates import DEFAULT_TEMPLATE_ID, list_templates
from zwdesktop.demo.workshop import demo_workshop
from zwdesktop.gui import dialogs
from zwdesktop.gui.fonts import install_shipped_fonts
from zwdesktop.gui.main_window import MainWindow
from zwdesktop.gui.settings import Settings
from zwdesktop.paths import resource_dir
from zwdesktop.store.merge import create_from_document


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` into ``widget`` key by key, any script (qtbot.keyClicks aborts on non-ASCII)."""
    for ch in text:
        if ch == "\n":
            QTest.keyClick(widget, Qt.Key.Key_Return)
        else:
            QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)


def placeholder_whole(edit: QLineEdit) -> bool:
    """Whether ``edit`` shows its placeholder without "…", measured as QLineEdit paints it.

    Qt draws the placeholder in the style's contents rectangle less the text margins and two pixels a
    side, elided to that width.
    """
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    contents = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    margins = edit.textMargins()
    room = contents.width() - margins.left() - margins.right() - 4
    text = edit.placeholderText()
    return edit.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, room) == text


def retype(qtbot, edit: QWidget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Put the keyboard in a line, select what it holds and type ``text`` over it, key by key."""
    edit.setFocus()
    edit.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(edit, text)


def demo_file(path: Path) -> Path:
    """The demo workshop (from the default template, timed from now) written to ``path``."""
    templates, _ = list_templates(resource_dir() / "templates", None)
    template = next(t for t in templates if t.id == DEFAULT_TEMPLATE_ID)
    create_from_document(path, demo_workshop(template, dt.datetime.now(dt.UTC))).close()
    return path


def open_demo(make_window, tmp_path: Path, qtbot):  # type: ignore[no-untyped-def]
    """A main window of 1100×700 on a fresh demo workshop, shown."""
    window = make_window()
    assert window.open_file(demo_file(tmp_path / "demo.zwd"))
    window.resize(1100, 700)
    window.show()
    qtbot.waitExposed(window)
    return window


def new_workshop_details(make_window, answers, tmp_path: Path, qtbot):  # type: ignore[no-untyped-def]
    """A workshop made from the template with the welcome screen's button, shown and active, and its details page."""
    window = make_window()
    answers.save_path = tmp_path / "Aulendorf.zwd"
    qtbot.mouseClick(window.welcome.new_button, Qt.MouseButton.LeftButton)
    assert window.workspace is not None
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    return window, window.workspace.details


@pytest.fixture(scope="session", autouse=True)
def shipped_fonts(qapp):  # type: ignore[no-untyped-def]
    """The fonts the program registers at start (``gui.fonts``): the tests measure text as users see it."""
    install_shipped_fonts(qapp)


class Answers:
    """What the replaced dialogs answer, and what they were told."""

    def __init__(self) -> None:
        self.save_path: Path | None = None
        self.open_path: Path | None = None
        self.read_only = True
        self.informed: list[tuple[str, str]] = []
        self.remove = True  # the answer to "remove it with its results?"
        self.removals: list[str] = []  # what those questions said


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    """Replace every dialog with a scripted answer."""
    result = Answers()
    monkeypatch.setattr(dialogs.Ask, "save_path", classmethod(lambda cls, parent, title, suggestion: result.save_path))
    monkeypatch.setattr(dialogs.Ask, "open_path", classmethod(lambda cls, parent, folder="": result.open_path))
    monkeypatch.setattr(dialogs.Ask, "open_read_only", classmethod(lambda cls, parent, message: result.read_only))
    monkeypatch.setattr(
        dialogs.Ask, "inform", classmethod(lambda cls, parent, title, message: result.informed.append((title, message)))
    )
    return result


@pytest.fixture
def removals(answers: Answers, monkeypatch: pytest.MonkeyPatch) -> Answers:
    """Answer "remove it with its results?" with ``answers.remove`` and keep what was asked in ``answers.removals``."""
    monkeypatch.setattr(
        dialogs.Ask,
        "confirm_removal",
        classmethod(lambda cls, parent, title, message, button: answers.removals.append(message) or answers.remove),
    )
    return answers


def _translated(qapp, language: str) -> Iterator[None]:  # type: ignore[no-untyped-def]
    from zwdesktop.gui.i18n import install_translators

    locale = QLocale()
    translators = install_translators(qapp, language)
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(locale)


@pytest.fixture
def english(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """The English translation installed, with its plural forms ("1 idea", "2 ideas"), as the program loads it."""
    yield from _translated(qapp, "en")


@pytest.fixture
def german(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """The German translation installed, with its plural forms ("1 Idee", "2 Ideen")."""
    yield from _translated(qapp, "de")


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Settings in a temporary INI file."""
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def make_window(qtbot, settings: Settings, answers: Answers) -> Iterator:  # type: ignore[no-untyped-def]
    """A factory of shown main windows (closed at the end of the test)."""
    windows: list[MainWindow] = []

    def make() -> MainWindow:
        window = MainWindow(settings, "en")
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(lambda: window.isActiveWindow(), timeout=2000)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()
