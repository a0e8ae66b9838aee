"""The follow-up section driven by keys: the file opens on it weeks later; a meeting recorded, states moved, undone."""

from __future__ import annotations

import datetime as dt
import os
import time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from msgspec.structs import replace
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QLineEdit

from tests.gui.conftest import type_text
from zwdesktop.core.templates import DEFAULT_TEMPLATE_ID, list_templates
from zwdesktop.demo.workshop import demo_workshop
from zwdesktop.gui.followup.page import FollowupPage
from zwdesktop.gui.followup.record_dialog import RecordMeetingDialog
from zwdesktop.paths import resource_dir
from zwdesktop.store import WorkshopStore
from zwdesktop.store.merge import create_from_document


def _demo(path: Path, weeks_later: int) -> Path:
    templates, _problems = list_templates(resource_dir() / "templates", None)
    template = next(t for t in templates if t.id == DEFAULT_TEMPLATE_ID)
    # Made at noon today in Berlin, so that the workshop's day is today at any hour the test runs.
    berlin = ZoneInfo("Europe/Berlin")
    now = dt.datetime.combine(dt.datetime.now(berlin).date(), dt.time(15, 0), tzinfo=berlin).astimezone(dt.UTC)
    create_from_document(path, demo_workshop(template, now, weeks_later)).close()
    return path


@pytest.fixture
def later(tmp_path: Path) -> Path:
    """The demo four weeks after its evening (the Sprachcafé's first meeting recorded)."""
    return _demo(tmp_path / "Aulendorf.zwd", 4)


def _page(window) -> FollowupPage:  # type: ignore[no-untyped-def]
    page = window.workspace.section("followup")
    assert isinstance(page, FollowupPage)
    return page


def _active(qtbot, dialog):  # type: ignore[no-untyped-def]
    """The dialog as the user has it: shown and the active window (its Ctrl+Enter works there)."""
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    return dialog


def _dialog(page: FollowupPage, qtbot) -> RecordMeetingDialog:  # type: ignore[no-untyped-def]
    dialog = page.dialog
    assert isinstance(dialog, RecordMeetingDialog)
    return _active(qtbot, dialog)


def _fill(line: QLineEdit, text: str) -> None:
    line.setFocus()
    line.selectAll()
    QTest.keyClick(line, Qt.Key.Key_Backspace)
    type_text(line, text)


def test_weeks_later_the_file_opens_on_the_follow_up_with_each_groups_state(make_window, later: Path, english) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    assert window.open_file(later)
    assert window.workspace.current_section() == "followup"
    page = _page(window)
    rows = {page.model.item(r, 0).text(): [page.model.item(r, c).text() for c in range(6)]
            for r in range(page.model.rowCount())}  # fmt: skip
    assert rows["Sprachcafé"][1] == "active" and rows["Sprachcafé"][2] == "1 of 3 done"
    assert "(12 came)" in rows["Sprachcafé"][3]
    assert "no meeting held yet" in rows["Interkulturelles Fest"][5]
    assert "Steering group" in rows
    assert page.minutes.text().startswith("Minutes: version 2, approved on")
    assert page.next_list.count() >= 1 and "Sprachcafé" in page.next_list.item(page.next_list.count() - 1).text()


def test_the_workshop_day_itself_opens_as_before(make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    assert window.open_file(_demo(tmp_path / "heute.zwd", 0))
    assert window.workspace.current_section() != "followup"


def test_on_the_workshop_day_a_group_whose_first_meeting_is_ahead_needs_no_attention(
    make_window, tmp_path: Path, english
) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    assert window.open_file(_demo(tmp_path / "heute.zwd", 0))
    window.show_section("followup")
    page = _page(window)
    groups = {g.title: g for g in page.model.summary.agreements}
    notes = {page.model.item(r, 0).text(): page.model.item(r, 5).text() for r in range(page.model.rowCount())}
    ahead = [t for t, g in groups.items() if g.needs_meeting and g.next_meeting is not None and not g.unrecorded]
    assert ahead  # the demo's groups have their first follow-up date fixed that evening
    assert all("no meeting held yet" not in notes[t] for t in ahead)
    assert all(notes[t] == "" for t in ahead if not groups[t].overdue)
    # Without a date for its first meeting, a group is flagged on the evening itself.
    assert any(n == "no meeting planned yet" for n in notes.values())  # the demo's parents' meeting point
    store = window.session.store
    target = groups[ahead[0]]
    store.agreements.put_bundle(replace(store.agreements.bundle(target.agreement.id), meetings=()))
    page.model.reload()
    notes = {page.model.item(r, 0).text(): page.model.item(r, 5).text() for r in range(page.model.rowCount())}
    assert notes[target.title].startswith("no meeting planned yet")


def test_a_meeting_is_recorded_by_keys_and_taken_back_with_ctrl_z(make_window, later: Path, qtbot, english) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    assert window.open_file(later)
    page = _page(window)
    fest = next(a for a in page.model.summary.agreements if a.title == "Interkulturelles Fest")
    assert page.select("group", fest.agreement.id)
    page.tree.setFocus()
    QTest.keyClick(page.tree, Qt.Key.Key_Return)
    dialog = _dialog(page, qtbot)
    # It opens on the group's first meeting, whose date has passed without a record.
    assert "planned" in dialog.meeting_box.currentText() and dialog.outcome.currentData() == "held"
    _fill(dialog.counts["count_staff"], "3")
    _fill(dialog.counts["count_volunteers"], "10000")
    QTest.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    error = dialog.findChild(QLabel, "error_count_volunteers")
    assert error is not None and error.isVisible() and "9999" in error.text()
    assert page.model.summary.meetings_held == 1  # nothing stored
    _fill(dialog.counts["count_volunteers"], "8")
    dialog.people_list.setFocus()
    dialog.people_list.setCurrentRow(0)
    QTest.keyClick(dialog.people_list, Qt.Key.Key_Space)
    dialog.note_kind.setCurrentIndex(dialog.note_kind.findData("decision"))
    _fill(dialog.note_text, "Das Fest ist am 20. Juni im Stadtpark.")
    QTest.keyClick(dialog.note_text, Qt.Key.Key_Return)
    dialog.note_kind.setCurrentIndex(dialog.note_kind.findData("task"))
    _fill(dialog.note_text, "Bühne anfragen")
    _fill(dialog.task_who, "Ahmad Rahimi")
    QTest.keyClick(dialog.task_who, Qt.Key.Key_Return)
    assert dialog.note_list.count() == 2
    next_day = dt.date.today() + dt.timedelta(days=14)
    _fill(dialog.next_date, f"{next_day:%d.%m.%Y}")
    QTest.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    store: WorkshopStore = window.session.store
    bundle = next(b for b in store.agreements.bundles() if b.agreement.id == fest.agreement.id)
    held = next(m for m in bundle.meetings if m.status == "held")
    assert (held.count_staff, held.count_volunteers) == (3, 8)
    record = store.followup.record(held.id)
    assert [n.kind for n in record.notes] == ["decision", "task"] and len(record.attendees) == 1
    assert bundle.steps[-1].what == "Bühne anfragen" and bundle.steps[-1].who == "Ahmad Rahimi"
    assert any(m.starts_at.date() >= next_day - dt.timedelta(days=1) for m in bundle.meetings if m.status == "planned")
    row = next(a for a in page.model.summary.agreements if a.agreement.id == fest.agreement.id)
    assert not row.needs_meeting and page.model.summary.meetings_held == 2

    _active(qtbot, window)
    page.tree.setFocus()
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert page.model.summary.meetings_held == 1
    assert store.followup.record(held.id).notes == []
    assert all(s.what != "Bühne anfragen" for s in store.agreements.data().steps)
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert page.model.summary.meetings_held == 2


def _record_first_group(make_window, later: Path, qtbot):  # type: ignore[no-untyped-def]
    """The file weeks later, and the record dialog of its first group opened with Enter in the tree."""
    window = make_window()
    assert window.open_file(later)
    page = _page(window)
    page.tree.setFocus()
    QTest.keyClick(page.tree, Qt.Key.Key_Return)
    return window, _dialog(page, qtbot)


def test_a_meeting_in_the_future_cannot_be_held(make_window, later: Path, qtbot, english) -> None:  # type: ignore[no-untyped-def]
    window, dialog = _record_first_group(make_window, later, qtbot)
    _fill(dialog.date, f"{dt.date.today() + dt.timedelta(days=3):%d.%m.%Y}")
    QTest.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    error = dialog.findChild(QLabel, "error_date")
    assert error is not None and error.isVisible() and "future" in error.text()
    _fill(dialog.date, "")
    QTest.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert error.isVisible() and "needs a date" in error.text()
    assert dialog.isVisible() and not window.session.undo_stack.canUndo()
    dialog.reject()


def test_a_meeting_dated_before_the_workshop_is_refused_as_a_slip(make_window, later: Path, qtbot, english) -> None:  # type: ignore[no-untyped-def]
    window, dialog = _record_first_group(make_window, later, qtbot)
    workshop_day = window.session.store.workshop().date
    _fill(dialog.date, f"{workshop_day - dt.timedelta(days=1):%d.%m.%Y}")
    QTest.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    error = dialog.findChild(QLabel, "error_date")
    assert error is not None and error.isVisible() and "after the workshop" in error.text()
    assert dialog.isVisible() and not window.session.undo_stack.canUndo()
    _fill(dialog.date, f"{workshop_day:%d.%m.%Y}")  # on the workshop's own day it may be
    QTest.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible() and window.session.undo_stack.canUndo()


def test_people_ticked_as_having_come_are_counted_too(make_window, later: Path, qtbot, english) -> None:  # type: ignore[no-untyped-def]
    """Three names ticked and the counts left at 0 recorded a meeting that nobody came to."""
    window, dialog = _record_first_group(make_window, later, qtbot)
    for row in range(3):
        dialog.people_list.item(row).setCheckState(Qt.CheckState.Checked)
    QTest.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    error = dialog.findChild(QLabel, "error_count_staff")
    assert error is not None and error.isVisible()
    assert error.text() == "Ticked as having come: 3; counted: 0. Please enter how many came."
    assert dialog.isVisible() and not window.session.undo_stack.canUndo()
    _fill(dialog.counts["count_staff"], "1")
    _fill(dialog.counts["count_volunteers"], "4")
    QTest.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible() and window.session.undo_stack.canUndo()


def test_space_moves_a_step_and_a_group_on_and_ctrl_z_takes_it_back(make_window, later: Path, english) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    assert window.open_file(later)
    page = _page(window)
    store: WorkshopStore = window.session.store
    cafe = next(b for b in store.agreements.bundles() if b.agreement.title == "Sprachcafé")
    flyer = cafe.steps[1]
    assert flyer.state == "open" and page.select("step", flyer.id)
    page.tree.setFocus()
    QTest.keyClick(page.tree, Qt.Key.Key_Space)
    assert next(s for s in store.agreements.data().steps if s.id == flyer.id).state == "started"
    assert page.chosen() == ("step", flyer.id)  # the row stays chosen after the change
    QTest.keyClick(page.tree, Qt.Key.Key_Space)
    assert next(s for s in store.agreements.data().steps if s.id == flyer.id).state == "done"
    assert page.select("group", cafe.agreement.id)
    QTest.keyClick(page.tree, Qt.Key.Key_Space)
    assert store.agreements.bundle(cafe.agreement.id).agreement.status == "paused"
    for _ in range(3):
        QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert store.agreements.bundle(cafe.agreement.id).agreement.status == "active"
    assert next(s for s in store.agreements.data().steps if s.id == flyer.id).state == "open"


def test_a_correction_makes_a_new_draft_and_the_approval_approves_it(make_window, later: Path, qtbot, english) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    assert window.open_file(later)
    page = _page(window)
    page.tree.setFocus()
    QTest.keyClick(page, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = _active(qtbot, page.revision_dialog)
    QTest.keyClick(dialog, Qt.Key.Key_Return)
    error = dialog.findChild(QLabel, "error_what")
    assert error is not None and error.isVisible()  # what was corrected is missing
    _fill(dialog.what, "Uhrzeit der Pause")
    QTest.keyClick(dialog.what, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert page.minutes.text() == "Minutes: version 3, draft"
    _active(qtbot, window)
    page.tree.setFocus()
    QTest.keyClick(page, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    approval = _active(qtbot, page.revision_dialog)
    # Today where the workshop is held (the correction's day), not the machine's: they differ around midnight.
    _fill(approval.day, f"{dt.datetime.now(ZoneInfo('Europe/Berlin')).date():%d.%m.%Y}")
    QTest.keyClick(approval.day, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not approval.isVisible())
    assert page.minutes.text().startswith("Minutes: version 3, approved on")


def test_the_press_text_offers_the_report_back_weeks_later(make_window, later: Path, qtbot, english) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    assert window.open_file(later)
    window.exports.show_press_text()
    dialog = window.exports.press_dialog
    assert dialog is not None and dialog.kind.currentData() == "report_back"
    assert dialog.editor.toPlainText().startswith("Was aus der Zukunftswerkstatt in Aulendorf geworden ist")
    dialog.kind.setCurrentIndex(0)
    assert dialog.editor.toPlainText().startswith("Lokale Zukunftswerkstatt Aulendorf")
    dialog.reject()


def test_file_progress_sheet_writes_the_pdf_where_the_user_says(
    make_window, later: Path, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from zwdesktop.gui.exports.actions import ExportAction
    from zwdesktop.gui.exports.minutes_dialog import ExportAsk

    target = tmp_path / "Fortschritt.pdf"
    monkeypatch.setattr(ExportAsk, "progress_path", classmethod(lambda cls, parent, suggestion: target))
    window = make_window()
    assert window.open_file(later)
    window.action(ExportAction.PROGRESS).trigger()
    assert target.read_bytes().startswith(b"%PDF")
    assert "Fortschritt.pdf" in window.statusBar().currentMessage()


def test_file_menu_opens_the_demo_four_weeks_later_on_its_follow_up(make_window, english) -> None:  # type: ignore[no-untyped-def]
    from zwdesktop.gui.files.actions import FileAction

    window = make_window()
    window.action(FileAction.DEMO_LATER).trigger()
    assert window.session is not None and window.workspace.current_section() == "followup"
    assert _page(window).model.summary.meetings_held == 1
    window.action(FileAction.DEMO_LATER).trigger()  # again: made anew over the one open now
    assert window.session is not None and _page(window).model.summary.meetings_held == 1


def test_the_groups_names_are_shown_whole_in_the_laptops_window(make_window, later: Path, qtbot, english) -> None:  # type: ignore[no-untyped-def]
    """The first column takes the room the short columns leave (it shared it with the notes before)."""
    from PySide6.QtGui import QFontMetrics

    window = make_window()
    assert window.open_file(later)
    page = _page(window)
    qtbot.waitUntil(lambda: page.tree.isVisible())
    tree, model = page.tree, page.model
    assert window.width() <= 1366  # the venue laptop's screen (tests/laptop-screen.json)
    header = tree.header()
    assert header.sectionSize(0) > max(header.sectionSize(c) for c in range(1, 6))
    for row in range(model.rowCount()):
        item = model.item(row, 0)
        rect = tree.visualRect(model.indexFromItem(item))
        needed = QFontMetrics(item.font()).horizontalAdvance(item.text())
        assert rect.width() >= needed, item.text()  # no "…"
    # The notes keep about 35 characters; the whole of a longer one is its tooltip.
    assert header.sectionSize(5) <= tree.fontMetrics().averageCharWidth() * 35
    long_note = model.item(0, 5)
    assert (
        long_note.text().startswith("no meeting held yet, 1 step overdue") and long_note.toolTip() == long_note.text()
    )


def test_a_long_step_wraps_and_keeps_who_does_it(make_window, later: Path, qtbot, english) -> None:  # type: ignore[no-untyped-def]
    """In a narrow window a step's text with its person wraps in the tree instead of ending in "…"."""
    window = make_window()
    window.resize(900, 700)
    assert window.open_file(later)
    page = _page(window)
    tree = page.tree
    qtbot.waitUntil(lambda: tree.columnWidth(0) > 0)
    metrics = tree.fontMetrics()
    steps = [
        page.model.index(row, 0, page.model.index(group, 0))
        for group in range(page.model.rowCount())
        for row in range(page.model.rowCount(page.model.index(group, 0)))
    ]
    longest = max(steps, key=lambda index: metrics.horizontalAdvance(index.data()))
    text = longest.data()
    rect = tree.visualRect(longest)
    assert metrics.horizontalAdvance(text) > rect.width()  # it does not fit on one line here
    needed = metrics.boundingRect(0, 0, rect.width() - 8, 10_000, Qt.TextFlag.TextWordWrap, text).height()
    assert rect.height() >= needed > metrics.height()  # on two lines or more, whole
    window.resize(1900, 900)  # wider: the rows follow the column's new width
    qtbot.waitUntil(lambda: tree.visualRect(longest).height() < rect.height())


@pytest.mark.parametrize("machine_zone", ["Pacific/Kiritimati", "Pacific/Pago_Pago"])
def test_the_state_is_of_the_day_where_the_workshop_is_held_on_a_laptop_set_to_another_zone(
    make_window, later: Path, machine_zone: str, english
) -> None:  # type: ignore[no-untyped-def]
    """The heading's "As of" is the day its overdue steps are counted on: today in Aulendorf, not on the laptop.

    At any hour one of the two zones has another date than Berlin (14 hours ahead of UTC, 11 behind).
    """
    before = os.environ.get("TZ")
    os.environ["TZ"] = machine_zone
    time.tzset()
    try:
        window = make_window()
        assert window.open_file(later)
        berlin_today = dt.datetime.now(ZoneInfo("Europe/Berlin")).date()
        assert _page(window).heading.text().startswith(f"As of {berlin_today:%d.%m.%Y}:")
    finally:
        if before is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = before
        time.tzset()
