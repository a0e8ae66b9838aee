"""File → Export minutes for editing (Word)…: the same dialog and choices as the PDF, a .docx written."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from PySide6.QtCore import Qt

from zwdesktop.gui.exports import minutes_dialog as export_dialog
from zwdesktop.gui.exports.actions import ExportAction


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> dict[str, object]:
    state: dict[str, object] = {"path": None, "asked": [], "shown": [], "informed": []}

    def docx_path(cls, parent, suggestion):  # type: ignore[no-untyped-def]
        state["asked"].append(suggestion)  # type: ignore[attr-defined]
        return state["path"]

    monkeypatch.setattr(export_dialog.ExportAsk, "docx_path", classmethod(docx_path))
    monkeypatch.setattr(
        export_dialog.ExportAsk, "pdf_path", classmethod(lambda cls, p, s: pytest.fail("asked for a PDF"))
    )
    monkeypatch.setattr(export_dialog.ExportAsk, "open_folder", classmethod(lambda cls, p, path: False))
    monkeypatch.setattr(
        export_dialog.ExportAsk,
        "inform",
        classmethod(lambda cls, p, t, m: state["informed"].append(m)),  # type: ignore[attr-defined]
    )
    return state


def test_word_minutes_from_the_file_menu(make_window, tmp_path: Path, qtbot, answers) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    assert window.files.open_demo()
    action = window.action(ExportAction.MINUTES_WORD)
    assert action.isEnabled()
    assert action in window.menuBar().actions()[0].menu().actions()  # in the File menu
    target = tmp_path / "Protokoll zum Bearbeiten.docx"
    answers["path"] = target
    action.trigger()
    dialog = window.exports.minutes_dialog
    assert dialog.isVisible() and "Word" in dialog.windowTitle()
    dialog.section_boxes["workshop_data"].setChecked(False)
    dialog.names.setChecked(False)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.wait_for_build()
    qtbot.waitUntil(lambda: target.exists(), timeout=20000)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    assert str(answers["asked"][0]).endswith(".docx")  # type: ignore[index]
    document = docx.Document(str(target))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 2"]
    assert "Ablauf" in headings and "Angaben zur Werkstatt" not in headings
    assert "Eva Militz" not in "\n".join(p.text for p in document.paragraphs)
    assert target.name in window.statusBar().currentMessage()
    assert answers["informed"] == []


def test_a_folder_that_cannot_be_written_is_reported(make_window, tmp_path: Path, qtbot, answers) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    assert window.files.open_demo()
    answers["path"] = tmp_path / "fehlt" / "Protokoll.docx"
    window.action(ExportAction.MINUTES_WORD).trigger()
    dialog = window.exports.minutes_dialog
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.wait_for_build()
    qtbot.waitUntil(lambda: bool(answers["informed"]), timeout=20000)
    assert "Protokoll.docx" in answers["informed"][0]  # type: ignore[index]
    assert dialog.isVisible() and dialog.export_button.isEnabled()
    dialog.reject()
