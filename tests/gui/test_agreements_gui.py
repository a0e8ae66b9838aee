"""Agreements in the window: keyboard entry, undo, the flag, the mailing list's consent, erasure; the projector's QR codes."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import subprocess

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit

from zwdesktop.core.agreements_payloads import mailing_list_payload
from zwdesktop.core.agreements_privacy import PersonQuery
from zwdesktop.gui import dialogs
from zwdesktop.gui.agreements.actions import AgreementFileAction
from zwdesktop.gui.agreements.model import AgreementListModel
from zwdesktop.gui.main_window import WindowAction

from .conftest import type_text


def _demo(make_window):  # type: ignore[no-untyped-def]
    window = make_window()
    assert window.files.open_demo()
    return window


def _open_editor(table) -> QLineEdit:  # type: ignore[no-untyped-def]
    """The cell editor open in ``table`` (closed ones linger until deleted)."""
    editors = [e for e in table.viewport().findChildren(QLineEdit) if e.isVisible()]
    assert len(editors) == 1
    return editors[0]


def _editor_line(qtbot, table, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type into the open cell editor of ``table`` and move on with Tab."""
    editor = _open_editor(table)
    type_text(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)


def test_an_agreement_with_steps_and_a_first_meeting_typed_by_keyboard(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = _demo(make_window)
    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    assert window.workspace.current_section() == "agreements"
    page = window.workspace.agreements
    page.list.setFocus()
    page.select_row(3)
    qtbot.keyClick(page.list, Qt.Key.Key_Insert)  # a new agreement after the chosen one; the cursor in its title
    title = page.editor.lines["title"]
    qtbot.waitUntil(lambda: title.hasFocus())
    type_text(title, "Wiederbelebung Integrationsbeirat")
    qtbot.keyClick(title, Qt.Key.Key_Tab)
    type_text(page.editor.goal, "Der Beirat trifft sich wieder regelmäßig.")
    contact = page.editor.lines["contact_name"]
    contact.setFocus()
    type_text(contact, "Eva Militz")
    url = page.editor.lines["signup_url"]
    url.setFocus()
    qtbot.keyClicks(url, "kein link")
    assert "web address" in page.editor.problem_shown()
    url.selectAll()
    qtbot.keyClicks(url, "https://www.aulendorf.de/beirat")
    assert page.editor.problem_shown() == ""

    steps = page.editor.steps
    steps.setFocus()
    qtbot.keyClick(steps, Qt.Key.Key_Insert)
    _editor_line(qtbot, steps, "Alte Mitglieder anschreiben")
    _editor_line(qtbot, steps, "Eva Militz")
    _editor_line(qtbot, steps, "Bürgermeisteramt")
    due = (dt.date.today() + dt.timedelta(days=30)).strftime("%d.%m.%Y")
    editor = _open_editor(steps)
    type_text(editor, due)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # Qt commits a cell on Return from the event loop; a moderator's next click comes after that.
    qtbot.waitUntil(lambda: steps.state() != QAbstractItemView.State.EditingState)

    meetings = page.editor.meetings
    meetings.setFocus()
    qtbot.keyClick(meetings, Qt.Key.Key_Insert)
    day = dt.date.today() + dt.timedelta(days=14)
    _editor_line(qtbot, meetings, day.strftime("%d.%m.%Y"))
    qtbot.keyClick(_open_editor(meetings), Qt.Key.Key_Tab)  # keep 19:00
    qtbot.keyClick(_open_editor(meetings), Qt.Key.Key_Tab)  # keep 20:30
    editor = _open_editor(meetings)
    type_text(editor, "Rathaus Aulendorf")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the view commits the editor's text right after

    store = window.session.store

    def placed() -> bool:
        return any(m.place == "Rathaus Aulendorf" for b in store.agreements.bundles() for m in b.meetings)

    qtbot.waitUntil(placed)
    bundle = next(b for b in store.agreements.bundles() if b.agreement.title == "Wiederbelebung Integrationsbeirat")
    assert [b.agreement.title for b in store.agreements.bundles()].index(bundle.agreement.title) == 4
    assert bundle.agreement.goal == "Der Beirat trifft sich wieder regelmäßig."
    assert bundle.agreement.signup_url == "https://www.aulendorf.de/beirat"
    assert [(s.what, s.who, s.with_whom, s.due) for s in bundle.steps] == [
        ("Alte Mitglieder anschreiben", "Eva Militz", "Bürgermeisteramt", dt.date.today() + dt.timedelta(days=30))
    ]
    first = bundle.first_meeting
    assert first is not None and first.place == "Rathaus Aulendorf"
    assert first.ends_at - first.starts_at == dt.timedelta(minutes=90)  # the proposed 19:00–20:30 kept
    with sqlite3.connect(store.path) as conn:  # in the file at once
        assert conn.execute(
            "SELECT count(*) FROM meeting WHERE agreement_id = ?", [bundle.agreement.id]
        ).fetchone() == (1,)
    row = page.model.row_of(bundle.agreement.id)
    assert not page.model.data(page.model.index(row), AgreementListModel.FlagRole)
    assert "First meeting" in page.model.data(page.model.index(row))

    # Undo takes the place back, then the meeting, then the rest step by step; the flag comes back with it.
    window.action(WindowAction.UNDO).trigger()
    assert store.agreements.bundle(bundle.agreement.id).meetings[0].place == ""
    window.action(WindowAction.UNDO).trigger()
    assert store.agreements.bundle(bundle.agreement.id).meetings == []
    assert page.model.data(page.model.index(row), AgreementListModel.FlagRole)
    while window.session.undo_stack.canUndo():
        window.session.undo_stack.undo()
    assert all(b.agreement.title != "Wiederbelebung Integrationsbeirat" for b in store.agreements.bundles())


def test_members_need_consent_for_contact_details(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = _demo(make_window)
    window.show_section("agreements")
    page = window.workspace.agreements
    page.select_row(0)
    members = page.editor.members
    members.setFocus()
    qtbot.keyClick(members, Qt.Key.Key_Insert)
    _editor_line(qtbot, members, "Jana Roth")  # Tab goes on to the consent tick
    qtbot.keyClick(members, Qt.Key.Key_Tab)  # past it, unticked, to the address
    qtbot.keyClick(members, "j")  # typing opens the cell's editor
    _editor_line(qtbot, members, "ana@example.org")
    qtbot.waitUntil(lambda: "consent" in page.editor.problem_shown("members"))
    store = window.session.store
    # The name alone was stored as typed; the address is refused, and the cell shows what is stored.
    jana = next(m for m in store.agreements.bundles()[0].members if m.name == "Jana Roth")
    assert jana.email == "" and not jana.consented
    row = members.rowCount() - 1
    assert members.item(row, 2).text() == ""
    assert "jana@example.org" in page.editor.problem_shown("members")
    members.item(row, 1).setCheckState(Qt.CheckState.Checked)
    members.item(row, 2).setText("jana@example.org")
    stored = next(m for m in store.agreements.bundles()[0].members if m.name == "Jana Roth")
    assert stored.email == "jana@example.org" and stored.consented and "agree" in stored.consent_text
    assert page.editor.problem_shown("members") == ""


def test_agreement_list_model(qtmodeltester, make_window) -> None:  # type: ignore[no-untyped-def]
    window = _demo(make_window)
    model = AgreementListModel(window.session)
    qtmodeltester.check(model)
    flags = [model.data(model.index(r), AgreementListModel.FlagRole) for r in range(model.rowCount())]
    assert flags == [False, False, False, True]


def test_the_mailing_list_stores_nothing_without_consent(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = _demo(make_window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # mnemonics (Alt+…) go to the active window
    qtbot.keyClick(window, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
    page = window.workspace.mailing
    store = window.session.store
    before = len(store.agreements.signups())
    name = page.edits["name"]
    name.setFocus()
    type_text(name, "Gülsen Aydın")
    page.edits["email"].setFocus()
    qtbot.keyClicks(page.edits["email"], "guelsen@example.org")
    qtbot.keyClick(page.edits["email"], Qt.Key.Key_Return)
    assert "consent" in page.message.text()
    assert len(store.agreements.signups()) == before
    page.groups.item(1).setCheckState(Qt.CheckState.Checked)
    qtbot.keyClick(page.edits["email"], Qt.Key.Key_Y, Qt.KeyboardModifier.AltModifier)  # "Yes, I agree" by its letter
    qtbot.waitUntil(page.consent.isChecked)  # a button's letter clicks it as the mouse would, a moment later
    qtbot.keyClick(page.edits["email"], Qt.Key.Key_Return)
    signups = store.agreements.signups()
    assert len(signups) == before + 1
    assert signups[-1].name == "Gülsen Aydın" and signups[-1].consented
    assert signups[-1].groups == [store.agreements.bundles()[1].agreement.id]
    assert page.edits["name"].text() == "" and not page.consent.isChecked()
    window.action(WindowAction.UNDO).trigger()
    assert len(store.agreements.signups()) == before


def test_erasing_a_person_from_the_menu(make_window, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = _demo(make_window)
    monkeypatch.setattr(dialogs.Ask, "person", classmethod(lambda cls, parent, title: ("Ahmad Rahimi", "")))
    monkeypatch.setattr(dialogs.Ask, "save_file", classmethod(lambda cls, *a: tmp_path / "ahmad.json"))
    asked: list[str] = []
    monkeypatch.setattr(dialogs.Ask, "confirm", classmethod(lambda cls, p, t, m: asked.append(m) or True))
    window.action(AgreementFileAction.PERSON_EXPORT).trigger()
    exported = (tmp_path / "ahmad.json").read_text(encoding="utf-8")
    assert "a.rahimi@example.org" in exported and "signup" in exported
    window.action(AgreementFileAction.PERSON_ERASE).trigger()
    assert asked and "cannot be undone" in asked[0]
    assert not window.session.undo_stack.canUndo()
    assert window.session.store.agreements.person_report(PersonQuery(name="Ahmad Rahimi")) == {}


def test_the_mailing_list_exported_from_the_file_menu(make_window, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = _demo(make_window)
    suggested: list[str] = []
    monkeypatch.setattr(
        dialogs.Ask, "save_file", classmethod(lambda cls, p, t, s, f, x: suggested.append(s) or tmp_path / "list.csv")
    )
    window.action(AgreementFileAction.EXPORT_CSV).trigger()
    assert suggested[0].endswith(".csv")
    consented = [s for s in window.session.store.agreements.signups() if s.consented]
    written = (tmp_path / "list.csv").read_text(encoding="utf-8-sig")
    assert consented and all(s.email in written for s in consented)
    assert "list.csv" in window.statusBar().currentMessage()


def _signup_pages(window):  # type: ignore[no-untyped-def]
    """The projector at 1920×1080 in sign-up mode; yields (mode, page) for every page, painted."""
    projector = window.projector_control.ensure()
    projector.resize(1920, 1080)
    projector.show()
    projector.set_mode("signup")
    projector.refresh()
    QApplication.processEvents()
    mode = projector.mode("signup")
    # The picture turns its pages by the clock's ticks; the test turns them itself, so the ticks
    # must not turn one in between (a slow machine would otherwise see the next page's codes).
    window.controller.timer.stop()
    try:
        for page in range(mode.pages):
            mode.page = page
            mode.update()
            QApplication.processEvents()
            yield projector, mode
    finally:
        window.controller.timer.start()


def test_every_code_of_the_sign_up_picture_scans_from_the_back_of_the_hall(make_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A phone 8 m from a 3 m screen sees about 40 % of 1920×1080: ZXing reads every code of every page so."""
    import zxingcpp
    from PIL import Image

    window = _demo(make_window)
    expected: list[str] = []
    decoded: list[str] = []
    for number, (projector, mode) in enumerate(_signup_pages(window)):
        assert projector.width() == 1920
        assert mode.module_pixels() >= 1920 / 350  # every module at least 1/350 of the screen's width
        shown = mode.visible_payloads()
        assert shown
        expected += shown
        picture = tmp_path / f"anmeldung-{number}.png"
        assert projector.grab().save(str(picture))
        with Image.open(picture) as image:
            seen = image.convert("L").resize((768, 432), Image.Resampling.BOX)  # 40 %
        found = [code.text for code in zxingcpp.read_barcodes(seen, formats=zxingcpp.BarcodeFormat.QRCode)]
        assert sorted(found) == sorted(shown), number
        decoded += found
    assert len(expected) == 7  # three groups with sign-up and calendar codes, and the mailing list
    assert mailing_list_payload(window.session.store.workshop()) == expected[-1]
    assert sorted(decoded) == sorted(expected)
    assert any(p.startswith("BEGIN:VEVENT") for p in decoded) and not any("VCALENDAR" in p for p in decoded)
    window.projector_control.ensure().hide()


@pytest.mark.skipif(shutil.which("zbarimg") is None, reason="zbarimg (Debian zbar-tools) is not installed")
def test_the_sign_up_picture_on_the_projector_scans(make_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = _demo(make_window)
    expected: list[str] = []
    decoded = ""
    for number, (projector, mode) in enumerate(_signup_pages(window)):
        expected += mode.visible_payloads()
        picture = tmp_path / f"anmeldung-{number}.png"
        assert projector.grab().save(str(picture))
        result = subprocess.run(
            ["zbarimg", "--raw", "--nodbus", "-q", "-Sdisable", "-Sqrcode.enable", str(picture)],
            capture_output=True,
            check=False,
        )
        decoded += result.stdout.decode("utf-8")
    assert len(expected) == 7
    for payload in expected:
        assert payload.replace("\r\n", "\n") in decoded.replace("\r\n", "\n")
    assert "BEGIN:VEVENT" in decoded and "VCALENDAR" not in decoded
    projector = window.projector_control.ensure()
    projector.set_mode("agreements")
    QApplication.processEvents()
    assert next(b.agreement.title for b in projector.mode("agreements").visible_bundles()) == "Interkulturelles Fest"
    projector.hide()


def test_the_agreements_on_the_projector_name_every_contact_at_one_readable_size(make_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A long role ("Integrationsbeauftragte, Stadt Aulendorf") wraps onto a second line rather than shrinking its
    card's contact line below the others."""
    from zwdesktop.gui.projector import agreements_modes

    window = _demo(make_window)
    projector = window.projector_control.ensure()
    projector.resize(1920, 1080)
    projector.set_mode("agreements")
    mode = projector.mode("agreements")
    drawn: list[tuple[str, int]] = []
    paint_text = agreements_modes.AgreementsMode._text

    def record(self, painter, rect, text, max_px, color, **kwargs):  # type: ignore[no-untyped-def]
        drawn.append((text, self._font(text, rect.width(), rect.height(), max_px, kwargs.get("bold", False),
                                       kwargs.get("wrap", False)).pixelSize()))  # fmt: skip
        return paint_text(self, painter, rect, text, max_px, color, **kwargs)

    monkeypatch.setattr(agreements_modes.AgreementsMode, "_text", record)
    mode.resize(1920, 1080)
    mode.grab()
    contacts = [size for text, size in drawn if text.startswith("Contact: ")]
    assert len(contacts) == 4
    assert len(set(contacts)) == 1 and contacts[0] >= 0.025 * 1080
    projector.hide()


def test_on_the_projector_each_cards_first_meeting_stands_apart_from_its_contact(make_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A contact on two lines and a first meeting on three keep a gap between them, as a one-line contact does."""
    from PySide6.QtGui import QFontMetrics

    from zwdesktop.gui.projector import agreements_modes

    window = _demo(make_window)
    projector = window.projector_control.ensure()
    projector.resize(1920, 1080)
    projector.set_mode("agreements")
    mode = projector.mode("agreements")
    drawn: list[tuple[str, QRect]] = []  # text, where its lines stand
    paint_text = agreements_modes.AgreementsMode._text

    def record(self, painter, rect, text, max_px, color, **kwargs):  # type: ignore[no-untyped-def]
        lines = paint_text(self, painter, rect, text, max_px, color, **kwargs)
        drawn.append((text, lines))
        return lines

    monkeypatch.setattr(agreements_modes.AgreementsMode, "_text", record)
    mode.resize(1920, 1080)
    mode.grab()
    contacts = [lines for text, lines in drawn if text.startswith("Contact: ")]
    meetings = [lines for text, lines in drawn if text.startswith(("First meeting", "⚠"))]
    assert len(contacts) == len(meetings) == 4
    assert any(lines.height() > QFontMetrics(mode.font()).height() * 1.5 for lines in contacts)  # one wraps
    for contact, meeting in zip(contacts, meetings, strict=True):
        assert meeting.top() - contact.bottom() >= 0.015 * 1080  # about half a line of the contact
    projector.hide()
