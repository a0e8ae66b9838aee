"""Ctrl+Z / Ctrl+Shift+Z reach the window's undo history from a text field that has nothing of its own to undo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from zwdesktop.cli import main as cli_main

from .conftest import type_text

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _open(make_window, tmp_path: Path):  # type: ignore[no-untyped-def]
    path = tmp_path / "w.zwd"
    assert cli_main(["new", str(path), "--title", "Zukunftswerkstatt Aulendorf"]) == 0
    window = make_window()
    assert window.open_file(path)
    return window


def undo(widget: QWidget) -> None:
    QTest.keyClick(widget, Qt.Key.Key_Z, CTRL)


def redo(widget: QWidget) -> None:
    QTest.keyClick(widget, Qt.Key.Key_Z, CTRL | SHIFT)


def test_ctrl_z_in_the_empty_capture_field_takes_back_the_idea_just_captured(  # type: ignore[no-untyped-def]
    make_window, answers, tmp_path, qtbot
) -> None:
    window = _open(make_window, tmp_path)
    QTest.keyClick(window, Qt.Key.Key_I, CTRL)
    edit = window.workspace.ideas.capture.edit
    qtbot.waitUntil(edit.hasFocus)
    type_text(edit, "Mehr Bänke im Park\n")
    type_text(edit, "Bürgerbus am Abend\n")
    store = window.session.store
    assert [i.text for i in store.ideas()] == ["Mehr Bänke im Park", "Bürgerbus am Abend"]
    undo(edit)
    assert [i.text for i in store.ideas()] == ["Mehr Bänke im Park"]
    assert edit.hasFocus() and edit.toPlainText() == ""
    redo(edit)
    assert [i.text for i in store.ideas()] == ["Mehr Bänke im Park", "Bürgerbus am Abend"]
    QTest.keyClick(edit, Qt.Key.Key_Y, CTRL)  # nothing left to redo: Ctrl+Y changes nothing
    # With text in the field, Ctrl+Z undoes the typing and leaves the ideas alone.
    type_text(edit, "Sprachcafé")
    undo(edit)
    assert edit.toPlainText() == ""
    assert len(store.ideas()) == 2
    undo(edit)  # now empty again: the last capture goes
    assert [i.text for i in store.ideas()] == ["Mehr Bänke im Park"]


def test_ctrl_z_in_the_assistant_station_takes_back_its_capture(make_window, answers, tmp_path, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = _open(make_window, tmp_path)
    QTest.keyClick(window, Qt.Key.Key_I, CTRL | SHIFT)
    station = window.station
    edit = station.capture.edit
    type_text(edit, "Interkulturelles Fest\n")
    assert len(window.session.store.ideas()) == 1
    undo(edit)
    assert window.session.store.ideas() == []
    redo(edit)
    assert [i.text for i in window.session.store.ideas()] == ["Interkulturelles Fest"]
    # The cluster and author fields of the capture bar pass the keys on as well when they have no typing.
    undo(station.capture.author_edit)
    assert window.session.store.ideas() == []
