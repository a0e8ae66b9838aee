"""Times and dates typed in the short forms of a hurried moderator ("15", "1630", "9 Uhr", "12.1.27"): the details and the steering group."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from .conftest import new_workshop_details, retype


def test_an_hour_alone_is_taken_and_shown_as_hh_mm_once_the_field_is_left(
    make_window, answers, tmp_path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window, details = new_workshop_details(make_window, answers, tmp_path, qtbot)
    store = window.session.store
    end = details.field("end_time")
    assert isinstance(end, QLineEdit)
    retype(qtbot, end, "19")  # the template runs 14:00-18:00
    # "19" may still become "1930": no message, and nothing is saved before the field is left.
    assert details.problem_shown("end_time") == ""
    assert store.workshop().end_time.strftime("%H:%M") == "18:00"
    assert end.text() == "19"
    qtbot.keyClick(end, Qt.Key.Key_Tab)
    assert not end.hasFocus()
    assert end.text() == "19:00"
    assert store.workshop().end_time.strftime("%H:%M") == "19:00"


def test_typing_on_after_the_hour_gives_the_minutes(make_window, answers, tmp_path, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, details = new_workshop_details(make_window, answers, tmp_path, qtbot)
    store = window.session.store
    end = details.field("end_time")
    retype(qtbot, end, "18:30")
    assert end.text() == "18:30"
    assert store.workshop().end_time.strftime("%H:%M") == "18:30"
    end.selectAll()
    qtbot.keyClicks(end, "184")  # on the way to 18:45 it is no 01:84 or 18:04
    assert store.workshop().end_time.strftime("%H:%M") == "18:30"
    qtbot.keyClicks(end, "5")
    qtbot.keyClick(end, Qt.Key.Key_Return)
    assert end.text() == "18:45"
    assert store.workshop().end_time.strftime("%H:%M") == "18:45"
    start = details.field("start_time")
    retype(qtbot, start, "9 Uhr")
    qtbot.keyClick(start, Qt.Key.Key_Return)
    assert start.text() == "09:00"
    assert store.workshop().start_time.strftime("%H:%M") == "09:00"


def test_a_short_form_that_is_refused_stays_as_typed_with_its_message(make_window, answers, tmp_path, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, details = new_workshop_details(make_window, answers, tmp_path, qtbot)
    store = window.session.store
    end = details.field("end_time")
    retype(qtbot, end, "13")  # before the start at 14:00
    qtbot.keyClick(end, Qt.Key.Key_Return)
    assert end.text() == "13"
    assert "after the start" in details.problem_shown("end_time")
    assert store.workshop().end_time.strftime("%H:%M") == "18:00"
    end.selectAll()
    qtbot.keyClicks(end, "2500")
    qtbot.keyClick(end, Qt.Key.Key_Return)
    assert end.text() == "2500"
    assert "not a time" in details.problem_shown("end_time")
    assert store.workshop().end_time.strftime("%H:%M") == "18:00"
    start = details.field("start_time")
    retype(qtbot, start, "25 Uhr")  # "2" on the way is no 02:00
    qtbot.keyClick(start, Qt.Key.Key_Return)
    assert "not a time" in details.problem_shown("start_time")
    assert store.workshop().start_time.strftime("%H:%M") == "14:00"


def test_ctrl_z_takes_the_short_form_back_as_one_step(make_window, answers, tmp_path, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, details = new_workshop_details(make_window, answers, tmp_path, qtbot)
    store = window.session.store
    end = details.field("end_time")
    retype(qtbot, end, "1930")
    qtbot.keyClick(end, Qt.Key.Key_Return)
    assert store.workshop().end_time.strftime("%H:%M") == "19:30"
    window.session.undo_stack.undo()
    assert store.workshop().end_time.strftime("%H:%M") == "18:00"
    assert end.text() == "18:00"


def test_the_steering_groups_meeting_takes_a_short_form_when_the_field_is_left(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    assert window.files.open_demo()
    window.show_section("steering")
    page = window.workspace.steering
    repo = window.session.store.agreements

    zone = ZoneInfo(window.session.store.workshop().timezone)

    def stored() -> tuple[str, str]:
        meeting = repo.steering_meetings()[0]
        return f"{meeting.starts_at.astimezone(zone):%H:%M}", f"{meeting.ends_at.astimezone(zone):%H:%M}"

    start_before, end_before = stored()
    start = page.meeting_edits["start"]
    retype(qtbot, start, "17")  # "17" may still become "1730": no message, nothing saved yet
    assert stored() == (start_before, end_before) and not page.meeting_problem.isVisible()
    qtbot.keyClicks(start, "30")
    assert stored() == (start_before, end_before)
    qtbot.keyClick(start, Qt.Key.Key_Tab)
    assert start.text() == "17:30"
    assert stored() == ("17:30", end_before)
    window.session.undo_stack.undo()
    assert stored() == (start_before, end_before) and start.text() == start_before


def test_a_date_with_a_two_digit_year_is_taken_once_the_field_is_left(make_window, answers, tmp_path, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, details = new_workshop_details(make_window, answers, tmp_path, qtbot)
    store = window.session.store
    day = details.field("date")
    before = store.workshop().date
    retype(qtbot, day, "12.1.20")  # on the way to 12.1.2027: no message, nothing saved yet
    assert details.problem_shown("date") == "" and store.workshop().date == before
    day.selectAll()
    qtbot.keyClicks(day, "12.1.27")
    qtbot.keyClick(day, Qt.Key.Key_Tab)
    assert day.text() == "12.01.2027"
    assert store.workshop().date == dt.date(2027, 1, 12)
    window.session.undo_stack.undo()
    assert store.workshop().date == before


def test_the_steering_groups_meeting_takes_a_two_digit_year(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    assert window.files.open_demo()
    window.show_section("steering")
    page = window.workspace.steering
    zone = ZoneInfo(window.session.store.workshop().timezone)

    def stored() -> dt.date:
        return window.session.store.agreements.steering_meetings()[0].starts_at.astimezone(zone).date()

    day = page.meeting_edits["date"]
    retype(qtbot, day, "20.1.2027")  # "20.1.20" on the way is not taken for 2020
    assert stored() == dt.date(2027, 1, 20) and day.text() == "20.01.2027"
    retype(qtbot, day, "21.1.27")
    assert stored() == dt.date(2027, 1, 20)  # taken when the field is left
    qtbot.keyClick(day, Qt.Key.Key_Return)
    assert day.text() == "21.01.2027" and stored() == dt.date(2027, 1, 21)


def test_the_steering_groups_date_and_times_are_short_fields_as_in_the_details(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    assert window.files.open_demo()
    window.resize(1100, 740)
    window.show()
    qtbot.waitExposed(window)
    window.show_section("details")
    details_date = window.workspace.details.findChild(QLineEdit, "date")
    window.show_section("steering")
    page = window.workspace.steering
    QApplication.processEvents()
    for name in ("date", "start", "end"):
        edit = page.meeting_edits[name]
        assert edit.width() == details_date.width()
        assert edit.fontMetrics().horizontalAdvance(edit.text()) < edit.width()  # "06.01.2027" whole
    assert page.meeting_edits["place"].width() > 3 * details_date.width()  # a place's name has the room
