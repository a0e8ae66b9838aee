"""How the details page is laid out: one column of fields down the page."""

from __future__ import annotations

from PySide6.QtCore import Qt

from .conftest import new_workshop_details


def test_the_fields_of_every_group_start_in_one_column(make_window, answers, tmp_path, qtbot, english) -> None:  # type: ignore[no-untyped-def]
    """Workshop, date and place, people: the fields line up down the page, whatever each group's longest label."""
    window, details = new_workshop_details(make_window, answers, tmp_path, qtbot)
    window.resize(1100, 700)
    qtbot.wait(20)
    fields = [details.field(name) for name in ("title", "date", "venue_name", "contact_name", "contact_phone")]
    lefts = {field.mapTo(details.form, field.rect().topLeft()).x() for field in fields}
    assert len(lefts) == 1, lefts


def test_a_new_workshops_title_is_ready_to_be_typed_over(make_window, answers, tmp_path, qtbot, english) -> None:  # type: ignore[no-untyped-def]
    """The template's name stands in the title; the organiser's first keystrokes replace it, not add to it."""
    window, details = new_workshop_details(make_window, answers, tmp_path, qtbot)
    title = details.field("title")
    qtbot.waitUntil(lambda: title.hasFocus() and title.selectedText() == title.text(), timeout=2000)
    qtbot.keyClicks(title, "Ravensburg 2027")
    qtbot.keyClick(title, Qt.Key.Key_Tab)
    assert title.text() == "Ravensburg 2027"
    assert window.session.store.workshop().title == "Ravensburg 2027"
