"""Ctrl+Z / Ctrl+Shift+Z reach the window's undo history from a text field that has nothing of its own to undo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from zwdesktop.cli import main as cli_main

from .conftest import type_text

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _open(make_window, tmp_path: Path):  # type: ignore[no-untyped-def]
    path = tmp_path / "w.zwd"
    assert cli_main(["new", str(path), "--title", "Zukunftswerkstatt Aulendorf"]) == 0
    window = make_window()
    assert window.open_file(path)
    return window


def undo(widget: QWidget) -> None:
    QTest.keyClick(widget, Qt.Key.Key_Z, CTRL)


def redo(widget: QWidget) -> None:
    QTest.keyClick(widget, Qt.Key.Key_Z, CTRL | SHIFT)


def test_ctrl_z_in_the_empty_capture_field_takes_back_the_idea_just_captured(  # type: ignore[no-untyped-def]
    make_window, answers, tmp_path, qtbot
) -> None:
    window = _open(make_window, tmp_path)
    QTest.keyClick(window, Qt.Key.Key_I, CTRL)
    edit = window.workspace.ideas.capture.edit
    qtbot.waitUntil(edit.hasFocus)
    type_text(edit, "Mehr Bänke im Park\n")
    type_text(edit, "Bürgerbus am Abend\n")
    store = window.session.store
    assert [i.text for i in store.ideas.all()] == ["Mehr Bänke im Park", "Bürgerbus am Abend"]
    undo(edit)
    assert [i.text for i in store.ideas.all()] == ["Mehr Bänke im Park"]
    assert edit.hasFocus() and edit.toPlainText() == ""
    bar = window.workspace.ideas.capture
    assert bar.message.text() == "Taken back: Bürgerbus am Abend (Ctrl+Shift+Z brings it back)"  # not "Saved: …"
    redo(edit)
    assert [i.text for i in store.ideas.all()] == ["Mehr Bänke im Park", "Bürgerbus am Abend"]
    assert bar.message.text() == "Saved: Bürgerbus am Abend"
    QTest.keyClick(edit, Qt.Key.Key_Y, CTRL)  # nothing left to redo: Ctrl+Y changes nothing
    # With text in the field, Ctrl+Z undoes the typing and leaves the ideas alone.
    type_text(edit, "Sprachcafé")
    undo(edit)
    assert edit.toPlainText() == ""
    assert len(store.ideas.all()) == 2
    undo(edit)  # now empty again: the last capture goes
    assert [i.text for i in store.ideas.all()] == ["Mehr Bänke im Park"]


def test_ctrl_z_in_the_assistant_station_takes_back_its_capture(make_window, answers, tmp_path, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = _open(make_window, tmp_path)
    QTest.keyClick(window, Qt.Key.Key_I, CTRL | SHIFT)
    station = window.ideas.station
    edit = station.capture.edit
    type_text(edit, "Interkulturelles Fest\n")
    assert len(window.session.store.ideas.all()) == 1
    undo(edit)
    assert window.session.store.ideas.all() == []
    redo(edit)
    assert [i.text for i in window.session.store.ideas.all()] == ["Interkulturelles Fest"]
    # The cluster and author fields of the capture bar pass the keys on as well when they have no typing.
    undo(station.capture.author_edit)
    assert window.session.store.ideas.all() == []


def test_ctrl_z_in_a_form_field_with_nothing_to_undo_takes_back_the_last_change(  # type: ignore[no-untyped-def]
    make_window, answers, tmp_path, qtbot
) -> None:
    window = _open(make_window, tmp_path)
    window.show_section("details")
    details = window.workspace.details
    store = window.session.store
    venue = details.field("venue_name")
    venue.setFocus()
    type_text(venue, "Rathaus")
    assert store.workshop().venue_name == "Rathaus"
    county = details.field("county")
    county.setFocus()
    undo(county)  # the county field has no typing of its own: the venue change is taken back
    assert store.workshop().venue_name == ""
    redo(county)
    assert store.workshop().venue_name == "Rathaus"
    # In the field that has typing, Ctrl+Z first undoes that typing (which is the stored change, too).
    venue.setFocus()
    type_text(venue, " Aulendorf")
    undo(venue)
    assert venue.text() == "Rathaus" and store.workshop().venue_name == "Rathaus"


def test_ctrl_z_reaches_the_window_from_the_agreement_form_steering_group_mailing_list_and_photos(  # type: ignore[no-untyped-def]
    make_window, answers, qtbot
) -> None:
    window = make_window()
    assert window.files.open_demo()
    store = window.session.store
    window.show_section("mailing")
    mailing = window.workspace.mailing
    before = len(store.agreements.signups())
    mailing.edits["name"].setFocus()
    type_text(mailing.edits["name"], "Gülsen Aydın")
    type_text(mailing.edits["email"], "guelsen@example.org")
    mailing.consent.setChecked(True)
    QTest.keyClick(mailing.edits["email"], Qt.Key.Key_Return)
    assert len(store.agreements.signups()) == before + 1
    undo(mailing.edits["name"])  # the form was emptied for the next person: Ctrl+Z takes the sign-up back
    assert len(store.agreements.signups()) == before

    window.show_section("agreements")
    editor = window.workspace.agreements.editor
    title = editor.lines["title"]
    old_title = title.text()
    title.setFocus()
    type_text(title, " 2027")
    goal = editor.goal
    goal.setFocus()
    undo(goal)  # the goal has nothing to undo: the title's typing is taken back
    assert store.agreements.bundles()[0].agreement.title == old_title

    window.show_section("steering")
    steering = window.workspace.steering
    place = steering.meeting_edits["place"]
    old_place = place.text()
    place.setFocus()
    type_text(place, " (1. OG)")
    purpose = steering.meeting_edits["purpose"]
    purpose.setFocus()
    undo(purpose)
    assert store.agreements.steering_meetings()[0].place == old_place

    window.show_section("photos")
    photos = window.workspace.photos
    photo = store.photos.all()[0]
    photos.caption.setFocus()
    photos.caption.selectAll()
    type_text(photos.caption, "Pinnwand\n")
    assert store.photos.get(photo.id).caption == "Pinnwand"
    photos.list.setCurrentRow(0)
    photos.caption.setFocus()  # reloaded from the file: nothing of its own to undo
    undo(photos.caption)
    assert store.photos.get(photo.id).caption == photo.caption
