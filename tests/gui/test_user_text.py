"""User text with "&" on widgets that read "&" as an accelerator: shown as typed, never a shortcut."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QCheckBox, QPushButton

from zwdesktop.cli import main as cli_main
from zwdesktop.gui.files.actions import FileAction
from zwdesktop.gui.ideas.dialogs import IdeaAsk
from zwdesktop.gui.main_window import WindowAction
from zwdesktop.gui.user_text import escape_ampersands

NAME = "Mobilität & Bus"


def shown(action: QAction) -> str:
    """The text a menu shows for ``action`` (Qt drops each accelerator "&" and shows "&&" as "&")."""
    return action.iconText()


def test_a_check_box_and_a_button_show_the_name_and_make_no_shortcut(qtbot) -> None:  # type: ignore[no-untyped-def]
    box = QCheckBox(escape_ampersands(NAME))
    button = QPushButton(escape_ampersands(NAME))
    qtbot.addWidget(box)
    qtbot.addWidget(button)
    assert box.shortcut().isEmpty() and button.shortcut().isEmpty()
    assert shown(QAction(box.text())) == NAME


def test_undo_menu_and_recent_files_show_an_ampersand_as_typed(  # type: ignore[no-untyped-def]
    make_window, answers, tmp_path: Path, qtbot, monkeypatch
) -> None:
    path = tmp_path / "Bus & Bahn.zwd"
    assert cli_main(["new", str(path), "--title", "Zukunftswerkstatt"]) == 0
    window = make_window()
    assert window.open_file(path)
    QTest.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    monkeypatch.setattr(IdeaAsk, "text", classmethod(lambda cls, p, t, label, initial="": NAME))
    window.workspace.ideas.cluster_ops.new_cluster()
    undo = window.action(WindowAction.UNDO)
    assert shown(undo) == "Undo New cluster “Mobilität & Bus”"
    window.session.undo_stack.undo()
    assert shown(window.action(WindowAction.REDO)) == "Redo New cluster “Mobilität & Bus”"
    window.action(FileAction.CLOSE).trigger()
    entries = window.files.recent_menu.actions()
    assert [shown(a) for a in entries] == [str(path)]
