"""How the details page is laid out: one column of fields down the page."""

from __future__ import annotations

from .conftest import new_workshop_details


def test_the_fields_of_every_group_start_in_one_column(make_window, answers, tmp_path, qtbot, english) -> None:  # type: ignore[no-untyped-def]
    """Workshop, date and place, people: the fields line up down the page, whatever each group's longest label."""
    window, details = new_workshop_details(make_window, answers, tmp_path, qtbot)
    window.resize(1100, 700)
    qtbot.wait(20)
    fields = [details.field(name) for name in ("title", "date", "venue_name", "contact_name", "contact_phone")]
    lefts = {field.mapTo(details.form, field.rect().topLeft()).x() for field in fields}
    assert len(lefts) == 1, lefts
