"""A refused value in the details, once the field is left: the stored value again and what was not stored.

The same as in the agreements and the steering group: while the cursor is in the field the typing
stays to be mended; what the page shows afterwards is what the file holds.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from .conftest import new_workshop_details, retype


def test_a_refused_address_left_with_tab_shows_the_stored_one_and_what_was_not_stored(make_window, answers, tmp_path, qtbot, english) -> None:  # type: ignore[no-untyped-def]
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
