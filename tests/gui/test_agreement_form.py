"""The agreement form, the steering group and the mailing list as a moderator types them: Tab in reading order,
refusals beside what caused them, nothing that looks stored and is not, removals that ask, tables that fit 1366×768."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QPushButton, QTableWidget, QWidget

from zwdesktop.gui import dialogs
from zwdesktop.gui.agreements.actions import AgreementFileAction
from zwdesktop.gui.main_window import WindowAction
from zwdesktop.gui.scroll_into_view import enclosing_scroll_area

from .conftest import type_text


def _demo(make_window):  # type: ignore[no-untyped-def]
    window = make_window()
    window.resize(1366, 740)  # a 1366×768 laptop screen, less the panel
    assert window.files.open_demo()
    return window


def _name(widget: QWidget | None) -> str:
    while widget is not None and not widget.objectName():
        widget = widget.parentWidget()
    return widget.objectName() if widget is not None else ""


def _tabbing(start: QWidget, presses: int) -> list[str]:
    """The fields Tab reaches from ``start`` (a table counts once however many cells it has)."""
    start.setFocus(Qt.FocusReason.OtherFocusReason)
    QApplication.processEvents()
    seen = [_name(QApplication.focusWidget())]
    for _ in range(presses):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        QApplication.processEvents()
        name = _name(QApplication.focusWidget())
        if name != seen[-1]:
            seen.append(name)
    return seen


def _open_editor(table: QTableWidget) -> QLineEdit:
    editors = [e for e in table.viewport().findChildren(QLineEdit) if e.isVisible()]
    assert len(editors) == 1
    return editors[0]


def test_tab_walks_the_agreement_form_in_reading_order(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = _demo(make_window)
    window.show_section("agreements")
    editor = window.workspace.agreements.editor
    cells = sum(t.rowCount() * t.columnCount() for t in editor.tables.values())
    order = _tabbing(editor.lines["title"], 9 + cells + 1)
    form = [
        "title", "goal", "status", "contact_name", "contact_role", "contact_email", "contact_phone",
        "signup_url", "signup_email", "steps", "meetings", "members", "origins",
    ]  # fmt: skip
    assert order[:13] == form
    assert order[13] not in form  # past the last table Tab leaves the form (not back to its first cell)
    # Inside a table Tab goes cell by cell in reading order: row by row, left to right.
    steps = editor.steps
    steps.setFocus(Qt.FocusReason.TabFocusReason)
    visited = [(steps.currentRow(), steps.currentColumn())]
    for _ in range(steps.columnCount()):
        QTest.keyClick(steps, Qt.Key.Key_Tab)
        visited.append((steps.currentRow(), steps.currentColumn()))
    assert visited == [(0, 0), (0, 1), (0, 2), (0, 3), (1, 0)]


def test_an_address_without_consent_is_refused_beside_the_table_and_the_cell_shows_what_is_stored(  # type: ignore[no-untyped-def]
    make_window, qtbot
) -> None:
    window = _demo(make_window)
    window.show_section("agreements")
    page = window.workspace.agreements
    page.select_row(0)
    members = page.editor.members
    store = window.session.store
    thomas = 1  # "Thomas Berger", without consent
    members.setFocus()
    members.setCurrentCell(thomas, 2)
    QTest.keyClick(members, Qt.Key.Key_T)  # typing opens the e-mail cell's editor
    editor = _open_editor(members)
    type_text(editor, "homas@example.org")
    QTest.keyClick(editor, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: members.state() != QAbstractItemView.State.EditingState or members.currentColumn() == 3)
    stored = next(m for m in store.agreements.bundles()[0].members if m.name == "Thomas Berger")
    assert stored.email == ""
    assert members.item(thomas, 2).text() == ""  # what is stored, not what was typed
    note = page.editor.notes["members"]
    assert note.isVisible() and "thomas@example.org" in note.text() and "consent" in note.text()
    # The refusal stands in the members' box, right under the table, not a screen away.
    assert note.parentWidget() is members.parentWidget()
    assert 0 <= note.y() - (members.y() + members.height()) < 20
    # Unticking the consent of someone whose address is stored is refused the same way.
    ahmad = 0
    members.item(ahmad, 1).setCheckState(Qt.CheckState.Unchecked)
    assert members.item(ahmad, 1).checkState() == Qt.CheckState.Checked
    assert "Consent stays ticked" in note.text()
    assert store.agreements.bundles()[0].members[0].consented


@pytest.mark.parametrize("enter_first", [False, True], ids=["tab", "enter-then-tab"])
def test_a_refused_line_is_marked_and_shows_the_stored_value_once_left(make_window, qtbot, enter_first) -> None:  # type: ignore[no-untyped-def]
    window = _demo(make_window)
    window.show_section("agreements")
    editor = window.workspace.agreements.editor
    email = editor.lines["contact_email"]
    before = window.session.store.agreements.bundles()[0].agreement.contact_email
    email.setFocus()
    email.selectAll()
    type_text(email, "maria@")
    note = editor.notes["contact_email"]
    assert note.isVisible() and note.text().startswith("Not saved:")
    assert "b00020" in email.styleSheet()
    if enter_first:
        QTest.keyClick(email, Qt.Key.Key_Return)
        assert email.text() == "maria@" and "b00020" in email.styleSheet()  # kept to be mended
    QTest.keyClick(email, Qt.Key.Key_Tab)  # after Enter: nothing typed since, and Qt reports no end of editing
    assert not email.hasFocus()
    assert email.text() == before and "b00020" not in email.styleSheet()
    assert "“maria@” was not stored" in note.text()
    assert window.session.store.agreements.bundles()[0].agreement.contact_email == before


def test_the_reason_under_a_table_at_the_bottom_of_the_view_is_scrolled_into_view(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = _demo(make_window)
    window.show_section("agreements")
    page = window.workspace.agreements
    page.select_row(0)
    members = page.editor.members
    area = enclosing_scroll_area(members)
    assert area is not None
    qtbot.wait(10)
    bottom = members.mapTo(area.widget(), members.rect().bottomLeft()).y()
    area.verticalScrollBar().setValue(bottom - area.viewport().height() + 2)  # the table's lower edge at the view's
    note = page.editor.notes["members"]
    members.setFocus()
    members.setCurrentCell(1, 2)  # Thomas Berger, without consent: his e-mail
    QTest.keyClick(members, Qt.Key.Key_T)
    type_text(_open_editor(members), "homas@example.org")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.wait(50)  # the note laid out under the table and scrolled into view
    assert "consent" in note.text()
    assert note.height() > 0 and note.visibleRegion().boundingRect().height() == note.height()


def test_a_refused_steering_meeting_time_kept_after_enter_shows_the_stored_one_once_left(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = _demo(make_window)
    window.show_section("steering")
    page = window.workspace.steering
    start = page.meeting_edits["start"]
    start.setFocus()
    start.selectAll()
    type_text(start, "25:00")
    QTest.keyClick(start, Qt.Key.Key_Return)
    assert start.text() == "25:00" and "b00020" in start.styleSheet()
    QTest.keyClick(start, Qt.Key.Key_Tab)
    assert start.text() == "18:00" and "“25:00” was not stored" in page.problem_shown()


def test_removing_an_agreement_with_steps_and_meetings_asks_first_naming_them(  # type: ignore[no-untyped-def]
    make_window, removals, english, qtbot
) -> None:
    answers = removals
    window = _demo(make_window)
    window.show_section("agreements")
    page = window.workspace.agreements
    store = window.session.store
    titles = [b.agreement.title for b in store.agreements.bundles()]
    page.select_row(1)  # Sprachcafé: 2 steps, 2 meetings, 3 members
    page.list.setFocus()
    answers.remove = False
    QTest.keyClick(page.list, Qt.Key.Key_Delete)
    assert answers.removals == ["“Sprachcafé” is removed with:\n• 2 steps\n• 2 follow-up meetings\n• 3 members\n\n"
                                "Ctrl+Z brings it back."]  # fmt: skip
    assert [b.agreement.title for b in store.agreements.bundles()] == titles
    answers.remove = True
    QTest.keyClick(page.list, Qt.Key.Key_Delete)
    assert "Sprachcafé" not in [b.agreement.title for b in store.agreements.bundles()]
    window.action(WindowAction.UNDO).trigger()
    assert [b.agreement.title for b in store.agreements.bundles()] == titles
    # A new, empty agreement goes at once.
    QTest.keyClick(page.list, Qt.Key.Key_Insert)
    page.list.setFocus()
    asked = len(answers.removals)
    QTest.keyClick(page.list, Qt.Key.Key_Delete)
    assert len(answers.removals) == asked and len(store.agreements.bundles()) == len(titles)


def _assert_columns_fit(table: QTableWidget) -> None:
    """Every column within the table's width, none narrower than its contents' title, no sideways scrolling."""
    header = table.horizontalHeader()
    assert header.length() <= table.viewport().width()
    assert not table.horizontalScrollBar().isVisible()
    for column in range(table.columnCount()):
        assert header.sectionSize(column) >= header.sectionSizeHint(column), column
    for row in range(table.rowCount()):
        assert table.rowHeight(row) >= table.sizeHintForRow(row) - 1  # long texts wrap instead of being cut


def _cut_words(table: QTableWidget) -> list[tuple[int, int, str]]:
    """The words wider than their column ("Stadtverwaltun"): a cell's text wraps between words, never inside one."""
    metrics = table.fontMetrics()
    return [(row, column, word) for row in range(table.rowCount()) for column in range(table.columnCount())
            if (item := table.item(row, column)) is not None for word in item.text().split()
            if metrics.horizontalAdvance(word) + 8 > table.columnWidth(column)]  # fmt: skip


@pytest.mark.parametrize("width", [1366, 1100])
def test_every_word_of_the_steps_and_meetings_shows_whole(make_window, qtbot, width, german) -> None:  # type: ignore[no-untyped-def]
    window = _demo(make_window)
    window.resize(width, 740)
    window.show_section("agreements")
    page = window.workspace.agreements
    for row in range(page.model.rowCount()):
        page.select_row(row)
        qtbot.wait(20)  # the columns are fitted once after the record's rows came in (a zero-timer)
        for table in (page.editor.steps, page.editor.meetings):
            assert not _cut_words(table)


@pytest.mark.parametrize("width", [1366, 1100])  # the laptop's whole width, and a window that leaves room beside it
def test_the_wide_tables_fit_a_1366_pixel_screen_with_the_consent_column_in_view(make_window, qtbot, width) -> None:  # type: ignore[no-untyped-def]
    window = _demo(make_window)
    window.resize(width, 740)
    window.show_section("agreements")
    editor = window.workspace.agreements.editor
    QApplication.processEvents()
    for table in (editor.steps, editor.meetings, editor.members):
        _assert_columns_fit(table)
    consent = editor.members.horizontalHeader()
    assert consent.sectionViewportPosition(1) + consent.sectionSize(1) <= editor.members.viewport().width()
    window.show_section("steering")
    QApplication.processEvents()
    _assert_columns_fit(window.workspace.steering.table)
    window.show_section("mailing")
    QApplication.processEvents()
    _assert_columns_fit(window.workspace.mailing.table)


def test_the_steering_group_refuses_beside_its_table_and_shows_what_is_stored(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = _demo(make_window)
    window.show_section("steering")
    page = window.workspace.steering
    table = page.table
    assert [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())] == [
        "Name", "Role", "Consent", "E-mail", "Phone"
    ]  # fmt: skip
    thomas = 3  # "Thomas Berger", without consent
    table.item(thomas, 4).setText("07525 1234")
    assert table.item(thomas, 4).text() == ""
    assert "07525 1234" in page.problem_shown() and page.problem.isVisible()
    assert window.session.store.agreements.steering_members()[thomas].phone == ""
    # A meeting field refused while typing is marked; left, it shows what is stored.
    start = page.meeting_edits["start"]
    start.setFocus()
    start.selectAll()
    type_text(start, "25:00")
    assert "b00020" in start.styleSheet() and page.meeting_problem.isVisible()
    QTest.keyClick(start, Qt.Key.Key_Tab)
    assert start.text() == "18:00" and "“25:00” was not stored" in page.problem_shown()


def test_the_data_access_export_names_the_groups(make_window, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = _demo(make_window)
    monkeypatch.setattr(dialogs.Ask, "person", classmethod(lambda cls, parent, title: ("Ahmad Rahimi", "")))
    monkeypatch.setattr(dialogs.Ask, "save_file", classmethod(lambda cls, *a: tmp_path / "ahmad.json"))
    window.action(AgreementFileAction.PERSON_EXPORT).trigger()
    records = json.loads((tmp_path / "ahmad.json").read_text(encoding="utf-8"))["records"]
    groups = records["signup"][0]["groups"]
    assert [g["name"] for g in groups] == ["Interkulturelles Fest", "Steering group"]
    assert all(len(g["id"]) for g in groups)
    assert records["agreement_member"][0]["agreement"] == "Interkulturelles Fest"


def test_no_german_in_the_english_agreements(make_window) -> None:  # type: ignore[no-untyped-def]
    window = _demo(make_window)
    window.show_section("agreements")
    page = window.workspace.agreements
    flagged = page.model.data(page.model.index(3))
    assert "No first meeting yet – agree one soon" in flagged and "zeitnah" not in flagged
    page.select_row(3)
    window.show_section("steering")
    roles = {window.workspace.steering.table.item(r, 1).text() for r in range(6)}
    assert roles == {"staff", "volunteer", "other"}


def test_buttons_stay_put_when_a_status_message_appears(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = _demo(make_window)
    window.show_section("agreements")
    QApplication.processEvents()
    button = window.workspace.agreements.findChildren(QPushButton)[-1]
    before = button.mapTo(window, button.rect().topLeft())
    window.statusBar().showMessage("Minutes saved as /tmp/Aulendorf – Protokoll.pdf.", 8000)
    QApplication.processEvents()
    assert button.mapTo(window, button.rect().topLeft()) == before
