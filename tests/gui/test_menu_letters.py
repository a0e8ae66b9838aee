"""Every menu's entries have letters of their own, so Alt+menu letter+entry letter opens the entry at once; the
welcome screen's letters are not the menus'."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QLabel, QMenu

from zwdesktop.cli import main as cli_main
from zwdesktop.gui.i18n import install_translators


def _letter(text: str) -> str | None:
    """The accelerator letter of a menu text ("&&" is a literal "&", not a letter)."""
    i = 0
    while (i := text.find("&", i)) != -1 and i + 1 < len(text):
        if text[i + 1] != "&":
            return text[i + 1].casefold()
        i += 2
    return None


def _clashes(menu: QMenu, where: str) -> list[str]:
    found: dict[str, list[str]] = {}
    clashes: list[str] = []
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        letter = _letter(action.text())
        if letter is not None:
            found.setdefault(letter, []).append(action.text())
        if action.menu() is not None:
            clashes += _clashes(action.menu(), f"{where} → {action.text()}")
    clashes += [f"{where}: {' / '.join(texts)}" for texts in found.values() if len(texts) > 1]
    return clashes


@pytest.mark.parametrize("language", ["de", "en"])
def test_no_two_entries_of_a_menu_share_a_letter(make_window, qapp, tmp_path: Path, language: str) -> None:  # type: ignore[no-untyped-def]
    assert cli_main(["demo", str(tmp_path / "demo.zwd")]) == 0
    translators = install_translators(qapp, language)
    try:
        window = make_window()
        assert window.open_file(tmp_path / "demo.zwd")
        window.show_recent_files([str(tmp_path / "demo.zwd")])
        bar = window.menuBar()
        clashes: list[str] = []
        tops = [a for a in bar.actions() if a.menu() is not None]
        assert len({_letter(a.text()) for a in tops}) == len(tops), [a.text() for a in tops]
        for top in tops:
            clashes += _clashes(top.menu(), top.text())
        assert clashes == [], "\n".join(clashes)
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


@pytest.mark.parametrize("language", ["de", "en"])
def test_the_welcome_screens_letters_are_not_the_menus(make_window, qapp, qtbot, language: str) -> None:  # type: ignore[no-untyped-def]
    """Alt+letter on the welcome screen reaches its button at once, not a menu with the same letter.

    Qt moves the focus between two widgets with one letter instead of pressing either: "Bea&mer"
    and "De&mo-Werkstatt öffnen" made Alt+M do nothing the first time.
    """
    translators = install_translators(qapp, language)
    try:
        window = make_window()
        window.show()
        welcome = window.welcome
        menus = {_letter(a.text()): a.text() for a in window.menuBar().actions() if a.menu() is not None}
        texts = [button.text() for button in welcome.findChildren(QAbstractButton) if button.isVisibleTo(welcome)]
        texts += [label.text() for label in welcome.findChildren(QLabel) if label.buddy() is not None]
        letters = [_letter(text) for text in texts if _letter(text) is not None]
        assert len(letters) >= 4, texts  # the template, new, open and demo
        assert len(set(letters)) == len(letters), texts
        assert [text for text in texts if _letter(text) in menus] == [], menus
        # And in the program: the demo's letter opens the demo.
        letter = _letter(welcome.demo_button.text())
        assert letter is not None
        with qtbot.waitSignal(welcome.demo_requested, timeout=2000):
            QTest.keyClick(window, letter, Qt.KeyboardModifier.AltModifier)
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


SECTIONS = ("details", "agenda", "clock", "photos", "ideas", "votes", "agreements", "steering", "mailing", "followup")


@pytest.mark.parametrize("language", ["de", "en"])
def test_no_button_of_a_section_shares_its_letter_with_a_menu(make_window, qapp, tmp_path: Path, language: str) -> None:  # type: ignore[no-untyped-def]
    """A button whose Alt+letter is also a menu's is only focused, not pressed. (Some fields' labels still share
    a menu's letter: the details form has more fields than letters are left; Alt+letter then alternates.)"""
    assert cli_main(["demo", str(tmp_path / "demo.zwd")]) == 0
    translators = install_translators(qapp, language)
    try:
        window = make_window()
        assert window.open_file(tmp_path / "demo.zwd")
        menus = {_letter(a.text()): a.text() for a in window.menuBar().actions() if a.menu() is not None}
        clashes = []
        for key in SECTIONS:
            window.show_section(key)
            page = window.workspace.section(key)
            buttons = [
                b.text() for b in page.findChildren(QAbstractButton) if b.isVisibleTo(page) and _letter(b.text())
            ]
            clashes += [f"{key}: {text} / {menus[_letter(text)]}" for text in buttons if _letter(text) in menus]
            letters = [_letter(text) for text in buttons]
            clashes += [f"{key}: {buttons}" for letter in set(letters) if letters.count(letter) > 1]
        assert clashes == [], "\n".join(clashes)
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
