"""The live clock as a moderator runs it: keys, countdown into overrun, gong, end on time, restart."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import time

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from zwdesktop.cli import main as cli_main
from zwdesktop.core.clock import ClockStatus, FakeClock, compute_state
from zwdesktop.core.schedule import workshop_end_utc
from zwdesktop.gui.clock import questions as clock_questions
from zwdesktop.gui.files.actions import FileAction
from zwdesktop.gui.ideas.actions import IdeasWindowAction
from zwdesktop.gui.main_window import MainWindow, WindowAction
from zwdesktop.gui.projector.control import ProjectorAction
from zwdesktop.gui.settings import Settings
from zwdesktop.store import WorkshopStore

START = dt.datetime(2026, 11, 25, 13, 0, tzinfo=dt.UTC)  # 14:00 in Berlin


@pytest.fixture
def running(qtbot, tmp_path, answers):  # type: ignore[no-untyped-def]
    """A main window on a new four-hour workshop at 14:00, on the live clock page, with a fake clock."""
    path = tmp_path / "run.zwd"
    assert cli_main(["new", str(path), "--date", "2026-11-25", "--start", "14:00"]) == 0
    clock = FakeClock(START - dt.timedelta(minutes=5))
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings, "en", clock=clock)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert window.open_file(path)
    window.show_section("clock")
    page = window.workspace.run
    page.table.setFocus()
    yield window, page, clock
    window.close()


def _tick(window, clock, seconds: float = 0) -> None:  # type: ignore[no-untyped-def]
    clock.advance(seconds)
    window.controller.tick()


def test_keys_run_the_agenda_into_overrun(running, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, page, clock = running
    assert page.phase_label.text() == "Not started yet"
    clock.set(START)
    qtbot.keyClick(page.table, Qt.Key.Key_Space)  # start
    assert window.controller.state.status is ClockStatus.RUNNING
    assert page.countdown.text() == "20:00"
    assert "Ankommen" in page.item_label.text()
    assert page.next_label.text() == "Next: Kritikphase"

    _tick(window, clock, 17 * 60 + 30)
    assert page.countdown.text() == "02:30"
    assert page.countdown.property("level") == "normal"
    _tick(window, clock, 60)
    assert page.countdown.text() == "01:30"
    assert page.countdown.property("level") == "warning"
    played = window.gong.played
    _tick(window, clock, 90 + 30)  # 30 s over: counts on, no question asked
    assert page.countdown.text() == "−00:30"
    assert page.countdown.property("level") == "alert"
    assert window.gong.played == played + 1  # the gong sounded once at the end
    _tick(window, clock, 5)
    assert window.gong.played == played + 1

    qtbot.keyClick(page.table, Qt.Key.Key_Plus)  # +1 min
    assert page.countdown.text() == "00:25"
    qtbot.keyClick(page.table, Qt.Key.Key_Right)  # next
    assert "Kritikphase" in page.item_label.text()
    assert page.countdown.text() == "45:00"
    assert page.delay_label.text() == "Expected end 18:01, 1 min after the planned end"
    # Planned against actual: the arrival ran 20 min 55 s (20 + 1 extension, ended 25 s before its new end).
    first = page.actuals.rows[0]
    assert (first["planned_start"], first["actual_start"], first["actual_end"]) == ("14:00", "14:00", "14:20")
    assert (first["planned"], first["actual"], first["difference"]) == ("20", "21", "+1")
    # In the table the overrun is red and the running item (the second) is highlighted.
    model = page.actuals
    difference = model.index(0, 7)
    assert QColor(model.data(difference, Qt.ItemDataRole.ForegroundRole)).name() == "#b00020"
    assert model.data(model.index(1, 7), Qt.ItemDataRole.ForegroundRole) is None
    assert model.data(model.index(0, 0), Qt.ItemDataRole.BackgroundRole) is None
    assert QColor(model.data(model.index(1, 0), Qt.ItemDataRole.BackgroundRole)).name() == "#fff3cd"
    # The times of items not begun follow on from the running one: a forecast, which the tooltip says.
    tip = Qt.ItemDataRole.ToolTipRole
    assert "expected" in model.data(model.index(2, 1), tip) and "expected" in model.data(model.index(2, 3), tip)
    assert model.data(model.index(0, 1), tip) is None and model.data(model.index(1, 1), tip) is None  # begun
    assert model.data(model.index(2, 2), tip) is None  # the actual start: no forecast
    assert "expected" in model.headerData(1, Qt.Orientation.Horizontal, tip)
    font = Qt.ItemDataRole.FontRole  # and the italics show at a glance
    assert model.data(model.index(2, 1), font).italic() and model.data(model.index(2, 3), font).italic()
    assert model.data(model.index(1, 1), font) is None and model.data(model.index(2, 2), font) is None
    qtbot.keyClick(page.table, Qt.Key.Key_Space)  # pause
    assert window.controller.state.status is ClockStatus.PAUSED
    _tick(window, clock, 10 * 60)
    assert page.countdown.text() == "45:00"  # the countdown stands still in a pause
    assert page.delay_label.text() == "Expected end 18:11, 11 min after the planned end"
    qtbot.keyClick(page.table, Qt.Key.Key_Space)  # resume
    _tick(window, clock, 60)
    assert page.countdown.text() == "44:00"
    qtbot.keyClick(page.table, Qt.Key.Key_Left)  # previous
    assert "Ankommen" in page.item_label.text()
    assert page.actuals.rows[0]["actual_end"] == ""  # running again


def test_jump_and_extend_by_five(running, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, page, clock = running
    clock.set(START)
    window.controller.start()
    page.table.selectRow(3)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert "Phantasiephase" in page.item_label.text()
    qtbot.keyClick(page.table, Qt.Key.Key_Asterisk)
    assert page.countdown.text() == "1:00:00"


def test_refused_action_says_why(running, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, page, clock = running
    clock.set(START)
    window.controller.start()
    qtbot.keyClick(page.table, Qt.Key.Key_Left)
    assert page.message_label.text() == "This is the first item."


def test_end_on_time_proposal_is_applied_and_undoable(running, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window, page, clock = running
    clock.set(START)
    window.controller.start()
    _tick(window, clock, 35 * 60)  # arrival 15 min over
    window.controller.next()
    assert page.delay_label.text() == "Expected end 18:15, 15 min after the planned end"
    before = {item.id: item.planned_minutes for item in window.session.store.agenda.all()}
    monkeypatch.setattr(clock_questions, "ask_end_on_time", lambda dialog: True)
    assert window.workspace.clock_actions.end_on_time()
    after = {item.id: item.planned_minutes for item in window.session.store.agenda.all()}
    assert sum(before.values()) - sum(after.values()) == 15
    items = window.session.store.agenda.all()
    breaks = [item for item in items if item.phase == "break"]
    agreements = [item for item in items if item.phase == "agreements"]
    assert all(item.planned_minutes >= 5 for item in breaks)
    assert all(item.planned_minutes >= 10 for item in agreements)
    assert page.delay_label.text() == "Expected end 18:00, as planned"
    window.action(WindowAction.UNDO).trigger()
    assert {item.id: item.planned_minutes for item in window.session.store.agenda.all()} == before


def test_end_on_time_by_dropping_chosen_items(running, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window, _page, clock = running
    clock.set(START)
    window.controller.start()
    _tick(window, clock, 30 * 60)
    window.controller.next()
    vote = next(item for item in window.session.store.agenda.all() if item.title == "Punktabfrage")

    def drop_vote(dialog):  # type: ignore[no-untyped-def]
        dialog.set_dropped([vote.id])
        assert "ends on time" in dialog.summary.text()
        return True

    monkeypatch.setattr(clock_questions, "ask_end_on_time", drop_vote)
    assert window.workspace.clock_actions.end_on_time()
    assert window.session.store.agenda.get(vote.id).planned_minutes == 0


def test_killed_program_resumes_where_the_wall_clock_is(tmp_path) -> None:
    path = tmp_path / "kill.zwd"
    assert cli_main(["new", str(path)]) == 0
    script = tmp_path / "run.py"
    script.write_text(
        "import sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from zwdesktop.gui.clock.actions import ClockAction\n"
        "from zwdesktop.gui.main_window import MainWindow\n"
        "from zwdesktop.gui.settings import Settings\n"
        "app = QApplication([])\n"
        "window = MainWindow(Settings(), 'en')\n"
        "window.open_file(Path(sys.argv[1]))\n"
        "window.show()\n"
        "window.workspace.clock_actions.get(ClockAction.TOGGLE).trigger()\n"
        "print('STARTED', flush=True)\n"
        "app.exec()\n",
        encoding="utf-8",
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    process = subprocess.Popen([sys.executable, str(script), str(path)], stdout=subprocess.PIPE, env=env, text=True)
    try:
        assert process.stdout is not None
        # A child that hangs (e.g. in a dialog) must fail the test, not block it.
        import selectors

        selector = selectors.DefaultSelector()
        selector.register(process.stdout, selectors.EVENT_READ)
        assert selector.select(timeout=30), "the program did not start the clock within 30 s"
        assert process.stdout.readline().strip() == "STARTED"
        time.sleep(2.0)
    finally:
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
        if process.stdout is not None:
            process.stdout.close()
    killed_at = dt.datetime.now(dt.UTC)
    # Reopening takes over the stale lock and finds the countdown where the wall clock says.
    with WorkshopStore.open(path) as store:
        events = store.clock.events()
        assert [event.kind for event in events] == ["started"]
        state = compute_state(store.agenda.all(), events, killed_at, workshop_end_utc(store.workshop()))
        expected_elapsed = (killed_at - events[0].at).total_seconds()
        assert state.status is ClockStatus.RUNNING
        assert expected_elapsed >= 2.0
        assert state.item_remaining_seconds == pytest.approx(20 * 60 - expected_elapsed, abs=0.01)


def test_reopened_window_shows_the_running_countdown(qtbot, tmp_path, answers) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "again.zwd"
    assert cli_main(["new", str(path), "--date", "2026-11-25", "--start", "14:00"]) == 0
    clock = FakeClock(START)
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    first = MainWindow(settings, "en", clock=clock)
    qtbot.addWidget(first)
    first.open_file(path)
    first.controller.start()
    first.close()
    clock.advance(minutes=10)  # closed (or suspended) for ten minutes
    second = MainWindow(settings, "en", clock=clock)
    qtbot.addWidget(second)
    second.open_file(path)
    assert second.workspace.current_section() == "clock"  # a running workshop opens on its clock
    assert second.workspace.run.countdown.text() == "10:00"
    second.close()


def test_gong_switch_is_remembered(running) -> None:  # type: ignore[no-untyped-def]
    window, _page, _clock = running
    action = window.action(WindowAction.GONG)
    assert action.isChecked()
    action.trigger()
    assert not window.gong.enabled
    assert window.settings.gong is False
    window.gong.play()
    assert window.gong.played == 0


def test_agenda_duplicate_split_and_minutes_by_keyboard(running, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, _page, _clock = running
    window.show_section("agenda")
    agenda = window.workspace.agenda
    store = window.session.store
    agenda.table.setFocus()
    agenda.select_row(1)  # critique, 45 min
    qtbot.keyClick(agenda.table, Qt.Key.Key_Plus)
    assert store.agenda.all()[1].planned_minutes == 50
    qtbot.keyClick(agenda.table, Qt.Key.Key_Minus)
    qtbot.keyClick(agenda.table, Qt.Key.Key_Minus)
    assert store.agenda.all()[1].planned_minutes == 40
    qtbot.keyClick(agenda.table, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    items = store.agenda.all()
    assert [items[1].planned_minutes, items[2].planned_minutes] == [20, 20]
    assert items[2].title == "Kritikphase (part 2)"
    window.action(WindowAction.UNDO).trigger()
    assert store.agenda.all()[1].planned_minutes == 40 and len(store.agenda.all()) == 9
    agenda.select_row(0)
    qtbot.keyClick(agenda.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert [item.title for item in store.agenda.all()][:2] == [store.agenda.all()[0].title] * 2


def test_agenda_rows_move_by_drag_and_drop(running) -> None:  # type: ignore[no-untyped-def]
    window, _page, _clock = running
    model = window.workspace.agenda.model
    titles = [item.title for item in model.items]
    data = model.mimeData([model.index(0, 2)])
    model.dropMimeData(data, Qt.DropAction.MoveAction, 3, 0, model.index(-1, -1))
    assert [item.title for item in window.session.store.agenda.all()][:3] == [titles[1], titles[2], titles[0]]
    window.action(WindowAction.UNDO).trigger()
    assert [item.title for item in window.session.store.agenda.all()] == titles


def test_projector_from_the_main_window_follows_the_clock_and_takes_its_keys(running, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, _page, clock = running
    clock.set(START)
    window.action(ProjectorAction.SHOW).trigger()
    projector = window.projector_control.projector
    assert projector is not None and projector.isVisible()
    assert projector.clock_mode.countdown_label.text() == "Starting soon"
    QTest.mouseClick(projector, Qt.MouseButton.LeftButton)  # the moderator clicks into the projector
    projector.activateWindow()
    qtbot.waitUntil(projector.isActiveWindow)
    qtbot.waitUntil(lambda: projector.hasFocus() or projector.isAncestorOf(QApplication.focusWidget()))
    qtbot.keyClick(projector, Qt.Key.Key_Space)  # the moderator's key works on the projector
    assert window.controller.state.status is ClockStatus.RUNNING
    _tick(window, clock, 60)
    assert projector.clock_mode.countdown_label.text() == "19:00"
    qtbot.keyClick(projector, Qt.Key.Key_Right)
    assert "Kritikphase" in projector.clock_mode.title_label.text()
    window.action(FileAction.CLOSE).trigger()
    assert not projector.isVisible()  # nothing of a closed workshop stays on the wall
    assert not window.action(ProjectorAction.SHOW).isEnabled()
    qtbot.waitUntil(lambda: not any(action.shortcut().toString() == "Space" for action in projector.actions()))


def test_every_time_and_minute_fits_its_column(running, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, page, clock = running
    clock.set(START)
    qtbot.keyClick(page.table, Qt.Key.Key_Space)  # start
    _tick(window, clock, 25 * 60)  # five minutes over
    qtbot.keyClick(page.table, Qt.Key.Key_Right)
    model, table = page.actuals, page.table
    metrics = table.fontMetrics()
    for column in range(1, model.columnCount()):
        width = table.columnWidth(column)
        for row in range(model.rowCount()):
            text = model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)
            assert metrics.horizontalAdvance(text) + 8 <= width, (column, text, width)
    # The item titles take the remaining width.
    assert table.columnWidth(0) > table.columnWidth(1)


# ---- the clock keys wherever the moderator is in the live clock section -------------------------


def _press_here(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key as the keyboard sends it: to the focus widget of the active window (or the window itself)."""
    target = QApplication.focusWidget() or QApplication.activeWindow()
    assert target is not None
    QTest.keyClick(target, key, modifier)


def test_clock_keys_work_right_after_opening_a_running_workshop(qtbot, tmp_path, answers, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "running.zwd"
    assert cli_main(["new", str(path), "--date", "2026-11-25", "--start", "14:00"]) == 0
    clock = FakeClock(START)
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    first = MainWindow(settings, "en", clock=clock)
    qtbot.addWidget(first)
    first.open_file(path)
    first.controller.start()
    first.close()
    clock.advance(minutes=3)
    window = MainWindow(settings, "en", clock=clock)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert window.open_file(path)
    assert window.workspace.current_section() == "clock"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    _press_here(Qt.Key.Key_Space)  # no click anywhere first
    assert window.controller.state.status is ClockStatus.PAUSED
    _press_here(Qt.Key.Key_F5)
    assert window.controller.state.status is ClockStatus.RUNNING
    window.close()


def test_clock_keys_work_with_the_focus_in_the_section_list(running, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window, page, clock = running
    clock.set(START)
    nav = window.workspace.nav
    nav.setFocus()
    qtbot.waitUntil(nav.hasFocus)
    _press_here(Qt.Key.Key_Space)
    assert window.controller.state.status is ClockStatus.RUNNING
    _press_here(Qt.Key.Key_Right)
    assert "Kritikphase" in page.item_label.text()
    _press_here(Qt.Key.Key_Left)
    assert "Ankommen" in page.item_label.text()
    _press_here(Qt.Key.Key_Plus)
    assert page.countdown.text() == "21:00"
    _press_here(Qt.Key.Key_Asterisk)
    assert page.countdown.text() == "26:00"
    monkeypatch.setattr(clock_questions, "ask_extension", lambda parent: 4)
    _press_here(Qt.Key.Key_E)
    assert page.countdown.text() == "30:00"
    asked: list[bool] = []
    monkeypatch.setattr(clock_questions, "ask_end_on_time", lambda dialog: asked.append(True) or False)
    _tick(window, clock, 45 * 60)  # 15 min over
    _press_here(Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert asked == [True]
    assert nav.hasFocus()
    assert window.workspace.current_section() == "clock"  # the arrows went to the clock, not the list


def test_clock_keys_do_not_fire_while_typing_an_idea(running, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, _page, clock = running
    clock.set(START)
    window.controller.start()
    window.action(IdeasWindowAction.CAPTURE).trigger()
    capture = window.workspace.ideas.capture.edit
    qtbot.waitUntil(capture.hasFocus)
    for key in (Qt.Key.Key_E, Qt.Key.Key_Plus, Qt.Key.Key_Asterisk, Qt.Key.Key_Space):
        _press_here(key)
    assert capture.toPlainText() == "e+* "
    state = window.controller.state
    assert state.status is ClockStatus.RUNNING and state.item_allotted_seconds == 20 * 60
    # The section list in another section does not take the clock keys either.
    window.workspace.nav.setFocus()
    _press_here(Qt.Key.Key_Space)
    assert window.controller.state.status is ClockStatus.RUNNING


def test_the_clock_says_when_the_workshop_will_end_against_its_planned_end_in_german(running, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Not "5 Min. vor dem Zeitplan": the figure is the projected end against the workshop's planned end."""
    from zwdesktop.gui.i18n import install_translators

    window, page, clock = running
    app = QApplication.instance()
    translators = install_translators(app, "de")
    try:
        clock.set(START)
        window.controller.start()
        _tick(window, clock, 15 * 60)  # the arrival (20 min) ends 5 min early
        window.controller.next()
        assert page.delay_label.text() == "Voraussichtliches Ende 17:55, 5 Min. vor dem geplanten Ende"
        _tick(window, clock, 50 * 60)  # the critique (45 min) runs 5 min over: 0 overall
        assert page.delay_label.text() == "Voraussichtliches Ende 18:00, wie geplant"
        _tick(window, clock, 7 * 60)
        assert page.delay_label.text() == "Voraussichtliches Ende 18:07, 7 Min. nach dem geplanten Ende"
    finally:
        for translator in translators:
            app.removeTranslator(translator)


def test_the_table_forecasts_the_same_end_as_the_line_above_it(running, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A forecast to the nearest minute, as the expected end is; what happened, cut to its minute."""
    window, page, clock = running
    model = page.table.model()
    clock.set(START + dt.timedelta(seconds=50))
    window.controller.start()  # at 14:00:50
    _tick(window, clock, 20 * 60 - 9)  # the arrival (20 min) has 9 s left: the rest follows on
    assert page.delay_label.text() == "Expected end 18:01, 1 min after the planned end"
    last = model.rowCount() - 1
    assert model.index(last, 3).data() == "18:01"  # 18:00:50 expected: 18:01, as above the table
    assert model.index(1, 1).data() == "14:21"  # the critique expected at 14:20:50
    assert model.index(0, 2).data() == "14:00"  # the arrival began at 14:00:50: it happened at 14:00


def test_once_the_planned_end_is_past_the_line_says_by_how_much(running, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Not "0:00 h until the planned end" for an hour and more: the overrun is read off the laptop."""
    window, page, clock = running
    clock.set(START)
    qtbot.keyClick(page.table, Qt.Key.Key_Space)  # start
    _tick(window, clock, 3 * 3600 + 50 * 60)
    assert page.remaining_label.text() == "Until the planned end (18:00): 0:10 h"
    _tick(window, clock, 95 * 60)  # 18:00 + 1:25
    assert page.remaining_label.text() == "Since the planned end (18:00): 1:25 h"


def test_an_item_named_as_its_phase_is_named_once(running, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The phase line over the item says nothing when it would repeat the title; the title stays where it was."""
    window, page, clock = running
    second = window.session.store.agenda.all()[1]
    assert second.phase == "critique"
    window.session.store.agenda.update(second.id, title="Critique Phase ")
    clock.set(START)
    qtbot.keyClick(page.table, Qt.Key.Key_Space)  # start: the arrival
    _tick(window, clock, 1)
    assert page.phase_label.text() == "Arrival"
    QApplication.processEvents()  # the layout settles
    top = page.item_label.y()
    qtbot.keyClick(page.table, Qt.Key.Key_Right)  # the critique phase, titled as its phase
    assert page.item_label.text() == "Critique Phase "
    assert page.phase_label.text() == ""
    QApplication.processEvents()
    assert page.item_label.y() == top


def test_before_the_start_the_expected_end_counts_from_the_planned_start(running) -> None:  # type: ignore[no-untyped-def]
    window, page, clock = running
    # The morning of the workshop, preparing: the agenda is due to end at 18:00, not twelve hours "early".
    clock.set(START - dt.timedelta(hours=5, minutes=27))
    _tick(window, clock)
    assert window.controller.state.status is ClockStatus.NOT_STARTED
    assert page.delay_label.text() == "Expected end 18:00, as planned"
    # Ten more minutes in the agenda show as ten minutes after the planned end.
    window.session.store.agenda.update(window.session.store.agenda.all()[1].id, planned_minutes=55)
    _tick(window, clock)
    assert page.delay_label.text() == "Expected end 18:10, 10 min after the planned end"
    # Not started 20 minutes after the planned start: the end moves with the late start.
    clock.set(START + dt.timedelta(minutes=20))
    _tick(window, clock)
    assert page.delay_label.text() == "Expected end 18:30, 30 min after the planned end"
