"""A rehearsal can be undone; a try-out on another day says so; ending on time adds up; the agenda's times are core's."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QFontMetrics

from zwdesktop.cli import main as cli_main
from zwdesktop.core.clock import ClockStatus, FakeClock
from zwdesktop.gui.clock import questions as clock_questions
from zwdesktop.gui.clock.actions import ClockAction
from zwdesktop.gui.clock.end_on_time_dialog import EndOnTimeDialog
from zwdesktop.gui.main_window import MainWindow, WindowAction
from zwdesktop.gui.projector.screens import ScreenPicker
from zwdesktop.gui.settings import Settings

WORKSHOP_START = dt.datetime(2026, 11, 25, 13, 0, tzinfo=dt.UTC)  # 14:00 in Berlin
REHEARSAL = dt.datetime(2026, 11, 18, 9, 0, tzinfo=dt.UTC)  # 10:00 a week before


def _window(qtbot, tmp_path, clock: FakeClock, *extra: str) -> MainWindow:  # type: ignore[no-untyped-def]
    path = tmp_path / "probe.zwd"
    assert cli_main(["new", str(path), "--date", "2026-11-25", "--start", "14:00", *extra]) == 0
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings, "en", clock=clock)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert window.open_file(path)
    window.show_section("clock")
    return window


def test_a_try_out_says_so_and_is_reset_with_a_confirmation_and_undone(qtbot, tmp_path, answers, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    clock = FakeClock(REHEARSAL)
    window = _window(qtbot, tmp_path, clock)
    page = window.workspace.run
    assert page.day_label.isVisible()
    assert "not the workshop's date (25.11.2026)" in page.day_label.text()
    assert page.delay_label.text() == ""  # no "10,000 min ahead of plan"
    assert not window.workspace.clock_actions.get(ClockAction.RESET).isEnabled()  # nothing to reset yet
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Space)  # the try-out starts
    clock.advance(minutes=25)
    window.controller.tick()
    assert "Try-out" in page.day_label.text()
    assert (
        page.delay_label.text() == "Expected end 14:05, 5 min after the planned end"
    )  # against the plan moved to 10:00, not days
    assert page.actuals.rows[0]["planned_start"] == "10:00"  # the table's plan moves with it
    assert page.actuals.rows[-1]["planned_end"] == "14:05"
    qtbot.keyClick(page.table, Qt.Key.Key_Right)

    asked: list[tuple[str, str]] = []
    monkeypatch.setattr(
        clock_questions, "ask_reset", lambda parent, question, details: asked.append((question, details)) or False
    )
    reset = window.workspace.clock_actions.get(ClockAction.RESET)
    assert reset.isEnabled()
    reset.trigger()
    question, details = asked[0]
    assert question == "Reset the clock to “not started”?"
    assert "started on 18.11.2026 at 10:00" in details
    assert "not the workshop's date (25.11.2026): a try-out" in details
    assert "The actual times of 2 agenda items are removed." in details
    assert "2 recorded clock steps" in details
    assert window.controller.state.status is ClockStatus.RUNNING  # cancelled: nothing changed

    monkeypatch.setattr(clock_questions, "ask_reset", lambda parent, question, details: True)
    reset.trigger()
    assert window.controller.state.status is ClockStatus.NOT_STARTED
    assert window.session.store.clock.events() == []
    assert page.phase_label.text() == "Not started yet"
    assert all(row["actual_start"] == "" for row in page.actuals.rows)
    assert window.action(WindowAction.UNDO).text() == "&Undo Reset the clock"
    window.action(WindowAction.UNDO).trigger()
    assert window.controller.state.status is ClockStatus.RUNNING
    assert "Kritikphase" in page.item_label.text()
    window.action(WindowAction.REDO).trigger()
    assert window.controller.state.status is ClockStatus.NOT_STARTED

    # On the workshop's day the notice goes and the clock is the real one.
    clock.set(WORKSHOP_START)
    window.controller.tick()
    assert not page.day_label.isVisible()
    qtbot.keyClick(page.table, Qt.Key.Key_Space)
    clock.advance(minutes=2)
    window.controller.tick()
    assert page.delay_label.text() == "Expected end 18:00, as planned"
    window.close()


def test_end_on_time_then_header_and_table_agree(qtbot, tmp_path, answers, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    clock = FakeClock(WORKSHOP_START)
    window = _window(qtbot, tmp_path, clock)
    page = window.workspace.run
    window.controller.start()
    clock.advance(minutes=35)  # the arrival runs 15 minutes over
    window.controller.next()
    assert page.delay_label.text() == "Expected end 18:15, 15 min after the planned end"
    shown: list[list[str]] = []

    def accept(dialog: EndOnTimeDialog) -> bool:
        shown.append([cell.text() for cell in dialog.new_cells])
        return True

    monkeypatch.setattr(clock_questions, "ask_end_on_time", accept)
    assert window.workspace.clock_actions.end_on_time()
    # Every remaining item shows its minutes in the proposal, changed or not.
    assert shown and all(text.isdigit() for text in shown[0])
    assert page.delay_label.text() == "Expected end 18:00, as planned"
    assert "Until the planned end (18:00)" in page.remaining_label.text()
    assert page.actuals.rows[-1]["planned_end"] == "18:00"  # the table's end is the header's
    # The critique, running since 14:35, comes before the rest: the next item starts when it ends.
    critique = page.actuals.rows[1]
    assert critique["actual_start"] == "14:35"
    window.close()


def test_the_end_on_time_dialog_shows_unchanged_items_with_their_minutes(qtbot) -> None:  # type: ignore[no-untyped-def]
    from zwdesktop.core.workshop import AgendaItem

    items = [
        AgendaItem(title="Pause", phase="break", planned_minutes=5),  # at its minimum: unchanged
        AgendaItem(title="Phantasiephase", phase="fantasy", planned_minutes=55),
    ]
    dialog = EndOnTimeDialog(items, 10)
    qtbot.addWidget(dialog)
    assert [cell.text() for cell in dialog.new_cells] == ["5", "45"]
    assert not dialog.new_cells[0].font().bold() and dialog.new_cells[1].font().bold()


def test_the_agenda_counts_real_minutes_on_the_night_the_clocks_go_forward(qtbot, tmp_path, answers) -> None:  # type: ignore[no-untyped-def]
    clock = FakeClock(WORKSHOP_START)
    window = _window(qtbot, tmp_path, clock, "--title", "Nachtwerkstatt")
    # 29 March 2026: at 02:00 the clocks in Berlin go to 03:00, so 00:30–04:30 is three real hours.
    window.session.store.update_workshop(date=dt.date(2026, 3, 29), start_time=dt.time(0, 30), end_time=dt.time(4, 30))
    window.show_section("agenda")
    agenda = window.workspace.agenda
    model = agenda.model
    assert model.data(model.index(0, 0)) == "00:30"
    assert model.data(model.index(1, 0)) == "00:50"
    assert model.data(model.index(model.rowCount() - 1, 1)) == "05:30"  # 240 real minutes later
    summary = agenda.summary.text()
    assert "The agenda ends at 05:30; the workshop is planned to end at 04:30." in summary
    assert "The plan runs 60 min past the end!" in summary
    window.close()


def test_the_dialogs_are_wide_enough_for_their_titles(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QGuiApplication

    extend = clock_questions.extension_dialog(None)
    qtbot.addWidget(extend)
    extend.show()
    title_width = QFontMetrics(extend.font()).horizontalAdvance(extend.windowTitle())
    assert extend.width() >= title_width + 120
    picker = ScreenPicker(QGuiApplication.screens())
    qtbot.addWidget(picker)
    picker.show()
    assert picker.width() >= QFontMetrics(picker.font()).horizontalAdvance(picker.windowTitle()) + 120
    assert picker.width() >= 420


@pytest.mark.parametrize("section", ["agenda", "clock"])
def test_tab_follows_the_page_in_reading_order(qtbot, tmp_path, answers, section: str) -> None:  # type: ignore[no-untyped-def]
    clock = FakeClock(WORKSHOP_START)
    window = _window(qtbot, tmp_path, clock)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.show_section(section)
    page = window.workspace.section(section)
    first = page.nextInFocusChain()
    while not (page.isAncestorOf(first) and first.isVisible() and first.focusPolicy() & Qt.FocusPolicy.TabFocus):
        first = first.nextInFocusChain()
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    seen = [first]
    widget = first
    for _ in range(40):
        widget = widget.nextInFocusChain()
        while not (widget.isVisible() and widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
            widget = widget.nextInFocusChain()
        if not page.isAncestorOf(widget):
            break
        seen.append(widget)
    # Top to bottom, left to right: every next widget is below the last, or on its row to the right.
    positions = [w.mapTo(page, w.rect().topLeft()) for w in seen]
    for (a, wa), (b, wb) in zip(
        zip(positions, seen, strict=True), zip(positions[1:], seen[1:], strict=True), strict=False
    ):
        same_row = abs(a.y() - b.y()) < max(wa.height(), 8) // 2 + 4
        assert (same_row and b.x() > a.x()) or b.y() > a.y(), (wa, wb, a, b)
    assert len(seen) >= 3
    window.close()
