"""A refused value in the details, once the field is left: the stored value again and what was not stored.

The same as in the agreements and the steering group: while the cursor is in the field the typing
stays to be mended (after Enter too); what the page shows afterwards is what the file holds.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication, QLabel

from zwdesktop.gui.scroll_into_view import enclosing_scroll_area

from .conftest import new_workshop_details, retype


def test_a_refused_address_left_with_tab_shows_the_stored_one_and_what_was_not_stored(
    make_window, answers, tmp_path, qtbot, english
) -> None:  # type: ignore[no-untyped-def]
    window, details = new_workshop_details(make_window, answers, tmp_path, qtbot)
    store = window.session.store
    email = details.field("contact_email")
    email.setFocus()
    qtbot.keyClicks(email, "e.militz@rv.de")
    assert store.workshop().contact_email == "e.militz@rv.de"
    email.selectAll()
    qtbot.keyClicks(email, "eva at rv")
    qtbot.keyClick(email, Qt.Key.Key_Return)  # Enter keeps the typing to be mended
    assert email.text() == "eva at rv" and "b00020" in email.styleSheet()
    qtbot.keyClicks(email, ".de")
    qtbot.keyClick(email, Qt.Key.Key_Tab)
    assert not email.hasFocus()
    assert email.text() == "e.militz@rv.de" and email.styleSheet() == ""
    shown = details.problem_shown("contact_email")
    assert shown.startswith("“eva at rv.de” was not stored:") and "e-mail" in shown
    assert store.workshop().contact_email == "e.militz@rv.de"
    # Typing a good address takes the note away.
    retype(qtbot, email, "eva@rv.de")
    assert details.problem_shown("contact_email") == ""
    assert store.workshop().contact_email == "eva@rv.de"


def test_an_end_before_the_start_left_shows_the_stored_end(make_window, answers, tmp_path, qtbot, english) -> None:  # type: ignore[no-untyped-def]
    window, details = new_workshop_details(make_window, answers, tmp_path, qtbot)
    end = details.field("end_time")
    retype(qtbot, end, "13")  # the template starts at 14:00
    qtbot.keyClick(end, Qt.Key.Key_Tab)
    assert end.text() == "18:00"
    shown = details.problem_shown("end_time")
    assert shown.startswith("“13” was not stored:") and "after the start" in shown
    assert window.session.store.workshop().end_time.strftime("%H:%M") == "18:00"


def test_an_evening_workshop_may_end_after_midnight(make_window, answers, tmp_path, qtbot, english) -> None:  # type: ignore[no-untyped-def]
    window, details = new_workshop_details(make_window, answers, tmp_path, qtbot)
    store = window.session.store
    end = details.field("end_time")
    retype(qtbot, end, "0030")  # the template's 14:00 to half past midnight
    qtbot.keyClick(end, Qt.Key.Key_Tab)
    assert end.text() == "00:30" and details.problem_shown("end_time") == ""
    start = details.field("start_time")
    retype(qtbot, start, "20")
    qtbot.keyClick(start, Qt.Key.Key_Tab)
    assert start.text() == "20:00" and details.problem_shown("start_time") == ""
    workshop = store.workshop()
    assert (workshop.start_time.strftime("%H:%M"), workshop.end_time.strftime("%H:%M")) == ("20:00", "00:30")
    assert workshop.planned_minutes == 270


def test_an_emptied_title_left_comes_back(make_window, answers, tmp_path, qtbot, english) -> None:  # type: ignore[no-untyped-def]
    window, details = new_workshop_details(make_window, answers, tmp_path, qtbot)
    title = details.field("title")
    before = window.session.store.workshop().title
    title.setFocus()
    title.selectAll()
    qtbot.keyClick(title, Qt.Key.Key_Delete)
    qtbot.keyClick(title, Qt.Key.Key_Tab)
    assert title.text() == before and window.session.store.workshop().title == before
    assert details.problem_shown("title") == "Not stored: The title must not be empty."


def test_a_refused_address_kept_after_enter_is_undone_by_leaving_without_typing(
    make_window, answers, tmp_path, qtbot, english
) -> None:  # type: ignore[no-untyped-def]
    window, details = new_workshop_details(make_window, answers, tmp_path, qtbot)
    store = window.session.store
    email = details.field("contact_email")
    retype(qtbot, email, "e.militz@rv.de")
    retype(qtbot, email, "militz@")
    qtbot.keyClick(email, Qt.Key.Key_Return)
    assert email.text() == "militz@" and "b00020" in email.styleSheet()  # kept to be mended
    # A context menu takes the focus only for a moment: the typing stays.
    QApplication.sendEvent(email, QFocusEvent(QEvent.Type.FocusOut, Qt.FocusReason.PopupFocusReason))
    assert email.text() == "militz@"
    qtbot.keyClick(email, Qt.Key.Key_Tab)  # nothing typed since Enter: Qt reports no end of editing
    assert not email.hasFocus()
    assert email.text() == "e.militz@rv.de" and email.styleSheet() == ""
    assert details.problem_shown("contact_email").startswith("“militz@” was not stored:")
    assert store.workshop().contact_email == "e.militz@rv.de"


def test_a_short_start_time_is_taken_on_enter_and_shown_long_once_left(
    make_window, answers, tmp_path, qtbot, english
) -> None:  # type: ignore[no-untyped-def]
    window, details = new_workshop_details(make_window, answers, tmp_path, qtbot)
    start = details.field("start_time")
    retype(qtbot, start, "930")
    qtbot.keyClick(start, Qt.Key.Key_Return)
    assert window.session.store.workshop().start_time.strftime("%H:%M") == "09:30"
    qtbot.keyClick(start, Qt.Key.Key_Tab)
    assert start.text() == "09:30" and details.problem_shown("start_time") == ""


def test_the_reason_under_a_field_at_the_bottom_of_the_view_is_scrolled_into_view(
    make_window, answers, tmp_path, qtbot, english
) -> None:  # type: ignore[no-untyped-def]
    _window, details = new_workshop_details(make_window, answers, tmp_path, qtbot)
    email = details.field("contact_email")
    note = details.form.findChild(QLabel, "contact_email_error")
    area = enclosing_scroll_area(details.form)
    assert area is not None
    area.ensureWidgetVisible(email, 0, 0)  # the field on the lower edge, its note below it
    qtbot.wait(10)
    retype(qtbot, email, "militz@")
    qtbot.keyClick(email, Qt.Key.Key_Return)
    qtbot.wait(50)  # the note laid out (it pushes the form down) and, with the fix, scrolled into view
    assert note.height() > 0 and note.visibleRegion().boundingRect().height() == note.height()
    assert not email.visibleRegion().isEmpty()
    assert "e-mail" in details.problem_shown("contact_email")
