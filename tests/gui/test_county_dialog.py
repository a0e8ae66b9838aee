"""File → County overview, driven by keys: read a folder, correct the topics, export with the corrections."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from county_helpers import county_files, digest, foreign_file
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from zwdesktop.gui import dialogs
from zwdesktop.gui.county.actions import CountyAction
from zwdesktop.gui.county.dialog import CountyAsk, CountyDialog
from zwdesktop.gui.county.models import KEY_ROLE


def _labels(dialog: CountyDialog) -> list[str]:
    model = dialog.topics
    return [str(model.index(row, 0).data()) for row in range(model.rowCount())]


def _children(dialog: CountyDialog, label: str) -> list[str]:
    model = dialog.topics
    row = _labels(dialog).index(label)
    parent = model.index(row, 0)
    return [str(model.index(i, 0, parent).data()) for i in range(model.rowCount(parent))]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    target = tmp_path / "Landkreis"
    county_files(target, 4)
    foreign_file(target / "fremd.zwd")
    return target


def _open(window, qtbot) -> CountyDialog:  # type: ignore[no-untyped-def]
    window.action(CountyAction.OVERVIEW).trigger()
    dialog = window.county.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)  # mnemonics (Alt+…) go to the active window
    return dialog


def test_the_county_overview_by_keys(make_window, qtbot, folder: Path, tmp_path: Path, monkeypatch, english) -> None:  # type: ignore[no-untyped-def]
    window = make_window()  # the welcome screen: no workshop needs to be open
    before = {p: digest(p) for p in folder.iterdir()}
    monkeypatch.setattr(CountyAsk, "folder", classmethod(lambda cls, parent: folder))
    dialog = _open(window, qtbot)
    assert "No files read yet" in dialog.summary.text()
    QTest.keyClick(dialog, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)  # Choose f&older…
    qtbot.waitUntil(lambda: dialog.workshops.rowCount() == 4)
    assert dialog.summary.text() == "4 workshop files read · 1 left out (see Files read)"
    assert [dialog.workshops.rows[r][0] for r in range(4)] == [
        "Aulendorf",
        "Weingarten",
        "Bad Waldsee",
        "Leutkirch im Allgäu",
    ]
    files = {Path(row[0]).name: row[1] for row in dialog.files.rows}
    assert (
        files["fremd.zwd"] == "another application's file"
        and files["Vogt.zwd" if "Vogt.zwd" in files else "Aulendorf.zwd"]
    )
    assert {p: digest(p) for p in folder.iterdir()} == before  # read only, nothing beside

    QTest.keyClick(dialog, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # Recurring &topics
    qtbot.waitUntil(lambda: dialog.tabs.currentIndex() == 1)
    tree = dialog.topics_view
    qtbot.waitUntil(tree.hasFocus)  # the keyboard is in the list of topics, not on a button
    proposed = _labels(dialog)
    assert "Sprache" in proposed and "Begegnung" in proposed
    QTest.keyClick(tree, Qt.Key.Key_Home)
    QTest.keyClick(tree, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    first, second = proposed[0], proposed[1]
    QTest.keyClick(tree, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    merged = f"{first} / {second} (by hand)"
    qtbot.waitUntil(lambda: merged in _labels(dialog))
    assert first not in _labels(dialog) and second not in _labels(dialog)
    QTest.keyClick(dialog, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _labels(dialog) == proposed)
    QTest.keyClick(dialog, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: merged in _labels(dialog))

    # Split two names off the merged topic: into it (→), down to its first name, and one more.
    tree.setFocus()
    row = _labels(dialog).index(merged)
    tree.setCurrentIndex(dialog.topics.index(row, 0))
    QTest.keyClick(tree, Qt.Key.Key_Right)
    QTest.keyClick(tree, Qt.Key.Key_Down)
    QTest.keyClick(tree, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    names = _children(dialog, merged)[:2]
    QTest.keyClick(tree, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _children(dialog, merged) == [n for n in _children(dialog, merged) if n not in names])
    split = [label for label in _labels(dialog) if label.endswith("(by hand)") and label != merged]
    assert len(split) == 1 and _children(dialog, split[0]) == names
    assert [i.data() for i in tree.selectionModel().selectedRows(0)] == split  # the new topic is selected

    # Drop the last proposed topic: it is no topic.
    labels = _labels(dialog)
    last = [label for label in labels if not label.endswith("(by hand)")][-1]
    QTest.keyClick(tree, Qt.Key.Key_End)
    for _ in range(len(labels) - 1 - labels.index(last)):
        QTest.keyClick(tree, Qt.Key.Key_Up)
    QTest.keyClick(tree, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: last not in _labels(dialog))
    assert merged in _labels(dialog) and split[0] in _labels(dialog)

    # The report and the open data, with the corrected topics.
    report = tmp_path / "bericht.pdf"
    monkeypatch.setattr(dialogs.Ask, "save_file", classmethod(lambda cls, parent, title, suggestion, f, suffix: report))
    QTest.keyClick(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)  # Re&port (PDF)…
    qtbot.waitUntil(report.exists)
    assert dialog.saved.text().startswith("Saved the report")
    text = " ".join(
        subprocess.run(["pdftotext", str(report), "-"], capture_output=True, text=True, check=True).stdout.split()
    )
    assert f"{first} / {second} (von Hand)" in text  # the report's language is German unless chosen
    assert "fremd.zwd: Datei eines anderen Programms" in text
    data = tmp_path / "offen.csv"
    monkeypatch.setattr(dialogs.Ask, "save_file", classmethod(lambda cls, parent, title, suggestion, f, suffix: data))
    QTest.keyClick(dialog, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)  # Open data (&CSV)…
    qtbot.waitUntil(lambda: (tmp_path / "offen.datacard.md").exists())
    assert "offen.datacard.md" in dialog.saved.text()

    # Closed and opened again: "Read again" reads the same folder, the corrections are still there.
    dialog.close()
    dialog.deleteLater()
    qtbot.waitUntil(lambda: window.county.dialog is None)
    again = _open(window, qtbot)
    assert str(folder) in again.summary.text()
    QTest.keyClick(again, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)  # &Read again
    qtbot.waitUntil(lambda: again.workshops.rowCount() == 4)
    assert merged in _labels(again) and last not in _labels(again)
    assert again.topics.index(0, 0).data(KEY_ROLE)
    again.close()


def test_exports_wait_for_files_and_esc_keeps_the_size(make_window, qtbot, settings) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    dialog = _open(window, qtbot)
    dialog.resize(900, 600)
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert settings.geometry("county") is not None  # the next overview opens as this one was left
    dialog.show()
    assert not any(button.isEnabled() for button in dialog.export_buttons.values())
    assert not dialog.merge_button.isEnabled() and not dialog.split_button.isEnabled()
    dialog.close()


@pytest.mark.parametrize("language", ["de", "en"])
def test_every_entry_of_the_file_menu_has_its_own_letter(make_window, qapp, language: str) -> None:  # type: ignore[no-untyped-def]
    from zwdesktop.gui.i18n import install_translators

    translators = install_translators(qapp, language)
    try:
        window = make_window()
        file_menu = window.menuBar().actions()[0].menu()
        letters = {}
        for action in file_menu.actions():
            text = action.text()
            if "&" in text:
                letters[text] = text[text.index("&") + 1].casefold()
        county = window.action(CountyAction.OVERVIEW).text()
        assert county == {"de": "Überblick über den Landk&reis…", "en": "Count&y overview…"}[language]
        # Its letter opens it at once (a letter two entries share only moves between them).
        assert [text for text, letter in letters.items() if letter == letters[county]] == [county]
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def test_the_workshops_table_shows_every_word_whole_and_every_column_on_a_laptop(
    make_window, qtbot, tmp_path: Path, monkeypatch, german
) -> None:  # type: ignore[no-untyped-def]
    """The demo county's seven workshops at the size the overview opens with on a 1366×768 screen, in German."""
    target = tmp_path / "Landkreis"
    county_files(target, 7)
    window = make_window()
    monkeypatch.setattr(CountyAsk, "folder", classmethod(lambda cls, parent: target))
    dialog = _open(window, qtbot)
    assert dialog.width() <= 1366
    QTest.keyClick(dialog, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.workshops.rowCount() == 7)
    view = dialog.workshops_view
    metrics = view.fontMetrics()

    def cut() -> list[tuple[int, int, str]]:
        return [(row, column, word) for row in range(7) for column in range(12)
                for word in str(dialog.workshops.index(row, column).data() or "").split()
                if metrics.horizontalAdvance(word) + 7 > view.columnWidth(column)]  # fmt: skip

    def fitted() -> bool:
        # Fitted to the rows read (the date column as wide as its dates), to the viewport's whole width
        # (again after a vertical scroll bar came with the taller rows), and no word cut.
        widths = sum(view.columnWidth(c) for c in range(12))
        return view.columnWidth(1) >= view.sizeHintForColumn(1) and widths == view.viewport().width() and not cut()

    qtbot.waitUntil(fitted, timeout=3000)
    qtbot.wait(100)  # and it stays so once the layout has settled
    qtbot.waitUntil(fitted, timeout=3000)
    dialog.close()
