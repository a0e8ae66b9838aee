"""The agenda by keyboard: a new item is typed cell after cell, Tab going on to what can be typed next."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox

from .conftest import open_demo, type_text


def test_tab_after_a_new_items_title_goes_on_to_its_phase_and_minutes(make_window, tmp_path, qtbot, english) -> None:  # type: ignore[no-untyped-def]
    window = open_demo(make_window, tmp_path, qtbot)
    window.show_section("agenda")
    page = window.workspace.section("agenda")
    page.table.setCurrentIndex(page.model.index(2, 0))
    QTest.keyClick(page.table, Qt.Key.Key_Insert)
    title = QApplication.focusWidget()
    type_text(title, "Read the wall newspaper")
    QTest.keyClick(title, Qt.Key.Key_Tab)
    phase = QApplication.focusWidget()
    assert isinstance(phase, QComboBox)  # the phase's list, open to choose from (not the start time)
    QTest.keyClick(phase, Qt.Key.Key_Tab)
    minutes = QApplication.focusWidget()
    minutes.selectAll()
    type_text(minutes, "25")
    QTest.keyClick(minutes, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.session.store.agenda.all()[3].planned_minutes == 25)  # the view commits queued
    item = window.session.store.agenda.all()[3]
    assert (item.title, item.planned_minutes) == ("Read the wall newspaper", 25)
    assert page.table.currentIndex().row() == 3


def test_the_cursor_never_rests_on_a_worked_out_time_so_f2_edits_the_title(
    make_window, tmp_path, qtbot, english
) -> None:  # type: ignore[no-untyped-def]
    """The table starts at its first cell and Home or a click on a time goes there: F2 did nothing."""
    window = open_demo(make_window, tmp_path, qtbot)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.show_section("agenda")
    page = window.workspace.section("agenda")
    table = page.table
    title_column = 2
    assert QApplication.focusWidget() is table
    QTest.keyClick(table, Qt.Key.Key_Down)
    assert (table.currentIndex().row(), table.currentIndex().column()) == (1, title_column)
    for key in (Qt.Key.Key_Left, Qt.Key.Key_Home):
        QTest.keyClick(table, key)
        assert table.currentIndex().column() == title_column, key
    start_cell = table.visualRect(page.model.index(3, 0)).center()
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start_cell)
    assert (table.currentIndex().row(), table.currentIndex().column()) == (3, title_column)
    QTest.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not table and editor.text() == page.model.items[3].title


def test_a_long_method_shows_whole_in_its_row(make_window, tmp_path, qtbot, english) -> None:  # type: ignore[no-untyped-def]
    """A method of several lines makes its row taller; it was cut after two lines with "…"."""
    window = open_demo(make_window, tmp_path, qtbot)
    window.resize(1280, 720)
    window.show_section("agenda")
    page = window.workspace.section("agenda")
    table = page.table
    method = page.model.index(1, 5)
    text = (
        "Karten schreiben und Zurufe sammeln, clustern, gewichten; jede Gruppe stellt ihre Wand vor "
        "und die anderen fragen nach, bevor alle gemeinsam die wichtigsten Kritiken auswählen."
    )
    assert page.model.setData(method, text)
    qtbot.waitUntil(lambda: window.session.store.agenda.all()[1].method == text)
    short_row = table.rowHeight(2)

    def height_needed() -> int:
        width = table.columnWidth(5) - 8  # the cell's margins
        return table.fontMetrics().boundingRect(0, 0, width, 10_000, Qt.TextFlag.TextWordWrap, text).height()

    def fits() -> bool:
        # Tall enough for every line, and not with empty lines below them.
        return height_needed() <= table.rowHeight(1) < height_needed() + table.fontMetrics().lineSpacing()

    qtbot.waitUntil(fits)
    assert height_needed() >= 3 * table.fontMetrics().lineSpacing()  # more than the two lines a row had
    assert table.rowHeight(1) > short_row
    wide_height = table.rowHeight(1)
    window.resize(1000, 720)  # the method column narrower: more lines, a taller row
    qtbot.waitUntil(lambda: fits() and table.rowHeight(1) > wide_height)


def test_a_method_changed_while_the_agenda_is_hidden_shows_whole_when_it_is_shown_again(
    make_window, tmp_path, qtbot, english
) -> None:  # type: ignore[no-untyped-def]
    window = open_demo(make_window, tmp_path, qtbot)
    window.resize(1280, 720)
    window.show_section("agenda")
    page = window.workspace.section("agenda")
    table = page.table
    qtbot.waitUntil(lambda: table.rowHeight(2) > 0)
    window.show_section("details")
    text = "Stille Post mit Karten, dann in Vierergruppen sortieren, jede Gruppe nennt ihre drei wichtigsten Punkte."
    item = window.session.store.agenda.all()[2]
    page.model.setData(page.model.index(2, 5), text)  # as undo or another edit does while the page is away
    qtbot.waitUntil(lambda: window.session.store.agenda.get(item.id).method == text)
    qtbot.wait(20)
    window.show_section("agenda")
    width = table.columnWidth(5) - 8
    needed = table.fontMetrics().boundingRect(0, 0, width, 10_000, Qt.TextFlag.TextWordWrap, text).height()
    qtbot.waitUntil(lambda: table.rowHeight(2) >= needed)
