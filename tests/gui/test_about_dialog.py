"""Help → About: the version, the licence with its text, the shipped fonts with their licences."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel, QMenu

from zwdesktop import __version__
from zwdesktop.gui.about_dialog import AboutDialog
from zwdesktop.paths import resource_dir


def _open_about(window) -> AboutDialog:  # type: ignore[no-untyped-def]
    help_menu = next(action.menu() for action in window.menuBar().actions() if action.text().replace("&", "") == "Help")
    assert isinstance(help_menu, QMenu)
    about = next(action for action in help_menu.actions() if "About" in action.text())
    about.trigger()
    dialog = window.findChild(AboutDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_help_about_names_version_licence_and_font_licences(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    dialog = _open_about(window)
    shown = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert f"zwdesktop {__version__}" in shown
    assert "GPL-3.0-or-later" in shown and "GNU General Public License" in shown
    table = dialog.font_table
    rows = [[table.topLevelItem(i).text(c) for c in range(3)] for i in range(table.topLevelItemCount())]
    assert ["Noto Sans", "Latin, Greek, Cyrillic", "SIL Open Font License 1.1"] in rows
    assert {row[0] for row in rows} == {"Noto Sans", "Noto Sans Arabic", "Noto Sans Ethiopic", "Symbola", "Noto Emoji"}
    assert ["Symbola", "symbols, dingbats, emoji", "free for any use"] in rows
    dialog.close()


def test_about_shows_the_full_licence_texts(make_window) -> None:  # type: ignore[no-untyped-def]
    dialog = _open_about(make_window())
    licence = dialog.licence_text.toPlainText()
    assert licence.lstrip().startswith("GNU GENERAL PUBLIC LICENSE")
    assert "Version 3, 29 June 2007" in licence and "END OF TERMS AND CONDITIONS" in licence
    fonts = dialog.font_licence_text.toPlainText()
    assert "SIL OPEN FONT LICENSE Version 1.1" in fonts
    assert "Noto Sans, Noto Sans Arabic, Noto Sans Ethiopic" in fonts
    assert "Fonts are free for any use" in fonts  # Symbola's licence
    dialog.close()


def test_every_shipped_font_is_named_with_an_existing_licence(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    folder = resource_dir() / "fonts"
    entries = dialog.fonts()
    for font_file in sorted(folder.glob("*.ttf")):
        assert any(font_file.name.startswith(entry.file_prefix) for entry in entries), font_file.name
    for entry in entries:
        assert any(folder.glob(f"{entry.file_prefix}*.ttf")), entry.family
        assert Path(folder / entry.licence_file).is_file(), entry.licence_file
