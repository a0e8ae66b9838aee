"""The main window as an organiser uses it: create, fill in, undo, close, reopen."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QSpinBox

from zwdesktop.cli import main as cli_main
from zwdesktop.core.schedule import is_workshop_day
from zwdesktop.core.templates import DEFAULT_TEMPLATE_ID, list_templates
from zwdesktop.demo.workshop import demo_workshop
from zwdesktop.gui import dialogs
from zwdesktop.gui.files.actions import DEMO_FILE_NAME, FileAction
from zwdesktop.gui.main_window import WindowAction
from zwdesktop.paths import resource_dir, user_data_dir
from zwdesktop.store import WorkshopStore
from zwdesktop.store.backup import list_backups
from zwdesktop.store.merge import create_from_document

from .conftest import type_text


def _create(make_window, answers, tmp_path: Path, qtbot):  # type: ignore[no-untyped-def]
    window = make_window()
    answers.save_path = tmp_path / "Aulendorf.zwd"
    qtbot.mouseClick(window.welcome.new_button, Qt.MouseButton.LeftButton)
    assert window.workspace is not None
    return window


def test_create_from_template_fill_in_close_and_reopen(make_window, answers, tmp_path, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = _create(make_window, answers, tmp_path, qtbot)
    path = tmp_path / "Aulendorf.zwd"
    assert path.exists()
    assert "Aulendorf.zwd" in window.windowTitle()
    assert window.workspace.current_section() == "details"

    details = window.workspace.details
    title = details.field("title")
    assert isinstance(title, QLineEdit)
    title.selectAll()
    qtbot.keyClicks(title, "Zukunftswerkstatt ")
    type_text(title, "Aulendorf – Begegnung stärken")
    question = details.field("guiding_question")
    assert isinstance(question, QPlainTextEdit)
    question.setFocus()
    type_text(question, "Aulendorf als lebenswerte Stadt – aber wie? Ğüzel, Україна, مرحبا")
    email = details.field("contact_email")
    email.setFocus()
    qtbot.keyClicks(email, "e.militz@rv.de")
    staff = details.field("count_staff")
    assert isinstance(staff, QSpinBox)
    staff.setValue(9)
    assert "Zukunftswerkstatt Aulendorf – Begegnung stärken" in window.windowTitle()

    # What the window shows is in the file at once, seen by another connection.
    with sqlite3.connect(path) as conn:
        row = conn.execute("SELECT title, guiding_question, contact_email, count_staff FROM workshop").fetchone()
    assert row == (
        "Zukunftswerkstatt Aulendorf – Begegnung stärken",
        "Aulendorf als lebenswerte Stadt – aber wie? Ğüzel, Україна, مرحبا",
        "e.militz@rv.de",
        9,
    )

    # Agenda: add an item by keyboard and rename it.
    window.show_section("agenda")
    agenda = window.workspace.agenda
    agenda.table.setFocus()
    agenda.select_row(8)
    qtbot.keyClick(agenda.table, Qt.Key.Key_Insert)
    assert len(agenda.model.items) == 10
    editor = agenda.table.viewport().findChild(QLineEdit)
    assert isinstance(editor, QLineEdit)  # the new item's title is being edited
    editor.selectAll()
    type_text(editor, "Fotos der Pinnwände")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the view commits the editor's text right after
    qtbot.waitUntil(lambda: agenda.model.items[-1].title == "Fotos der Pinnwände")
    assert len(agenda.model.items) == 10

    window.close()
    assert not Path(str(path) + ".lock").exists()

    again = make_window()
    assert again.open_file(path)
    store = again.session.store
    workshop = store.workshop()
    assert workshop.title == "Zukunftswerkstatt Aulendorf – Begegnung stärken"
    assert workshop.contact_email == "e.militz@rv.de"
    assert workshop.count_staff == 9
    assert store.agenda.all()[-1].title == "Fotos der Pinnwände"
    assert again.workspace.details.field("title").text() == workshop.title


def test_invalid_values_show_a_message_and_change_nothing(make_window, answers, tmp_path, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = _create(make_window, answers, tmp_path, qtbot)
    details = window.workspace.details
    store = window.session.store

    email = details.field("contact_email")
    email.setFocus()
    qtbot.keyClicks(email, "e.militz@")
    assert "e-mail" in details.problem_shown("contact_email")
    assert store.workshop().contact_email == ""
    qtbot.keyClicks(email, "rv.de")
    assert details.problem_shown("contact_email") == ""
    assert store.workshop().contact_email == "e.militz@rv.de"

    date = details.field("date")
    before = store.workshop().date
    date.selectAll()
    qtbot.keyClicks(date, "31.02.2025")
    assert "There is no such day: that month has only 28 days." in details.problem_shown("date")
    date.selectAll()
    qtbot.keyClicks(date, "31.13.2025")
    assert "not a date" in details.problem_shown("date")
    assert store.workshop().date == before  # neither was stored

    end = details.field("end_time")
    start_before = store.workshop().start_time
    end.selectAll()
    qtbot.keyClicks(end, "13:00")  # the template starts at 14:00
    assert "after the start" in details.problem_shown("end_time")
    assert store.workshop().end_time.strftime("%H:%M") == "18:00"
    end.selectAll()
    qtbot.keyClicks(end, "25:00")
    assert "not a time" in details.problem_shown("end_time")
    end.selectAll()
    qtbot.keyClicks(end, "18:30")
    assert details.problem_shown("end_time") == ""
    assert store.workshop().end_time.strftime("%H:%M") == "18:30"
    assert store.workshop().start_time == start_before

    title = details.field("title")
    title.selectAll()
    qtbot.keyClick(title, Qt.Key.Key_Delete)
    assert "must not be empty" in details.problem_shown("title")
    assert store.workshop().title  # the stored title is kept


def test_undo_and_redo_every_edit_by_keyboard(make_window, answers, tmp_path, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = _create(make_window, answers, tmp_path, qtbot)
    store = window.session.store
    details = window.workspace.details
    original_title = store.workshop().title

    title = details.field("title")
    title.selectAll()
    qtbot.keyClicks(title, "Neuer Titel")
    assert store.workshop().title == "Neuer Titel"
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    # Typing a word is one undo step.
    assert store.workshop().title == original_title
    assert title.text() == original_title
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert store.workshop().title == "Neuer Titel"

    window.show_section("agenda")
    agenda = window.workspace.agenda
    agenda.table.setFocus()
    first = [item.title for item in store.agenda.all()]
    agenda.select_row(0)
    qtbot.keyClick(agenda.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert [item.title for item in store.agenda.all()][:2] == [first[1], first[0]]
    agenda.select_row(2)
    qtbot.keyClick(agenda.table, Qt.Key.Key_Delete)
    assert len(store.agenda.all()) == 8
    window.action(WindowAction.UNDO).trigger()
    assert len(store.agenda.all()) == 9
    window.action(WindowAction.UNDO).trigger()
    assert [item.title for item in store.agenda.all()] == first
    window.action(WindowAction.REDO).trigger()
    assert [item.title for item in store.agenda.all()][:2] == [first[1], first[0]]


def test_agenda_minutes_edit_updates_times_and_overrun_warning(make_window, answers, tmp_path, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = _create(make_window, answers, tmp_path, qtbot)
    window.show_section("agenda")
    agenda = window.workspace.agenda
    model = agenda.model
    assert "The agenda ends at 18:00;" in agenda.summary.text()
    assert "past the end" not in agenda.summary.text()
    minutes_column = 4
    assert model.setData(model.index(1, minutes_column), 60)
    assert model.data(model.index(2, 0)) == "15:20"
    assert "runs 15 min past the end" in agenda.summary.text()
    assert not model.setData(model.index(1, minutes_column), -5)
    assert "0 to 600 minutes" in agenda.problem_label.text()
    assert window.session.store.agenda.all()[1].planned_minutes == 60


def test_agenda_model_passes_the_model_tester(make_window, answers, tmp_path, qtbot, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    window = _create(make_window, answers, tmp_path, qtbot)
    qtmodeltester.check(window.workspace.agenda.model)


@contextlib.contextmanager
def _other_instance(path: Path) -> Iterator[None]:
    """Another zwdesktop process that holds ``path`` open until the block ends."""
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        yield
    finally:
        holder.communicate("", timeout=60)


HOLDER = (
    "import sys\n"
    "from zwdesktop.store import WorkshopStore\n"
    "store = WorkshopStore.open(sys.argv[1])\n"
    "print('held', flush=True)\n"
    "sys.stdin.read()\n"
    "store.close()\n"
)


def test_second_instance_gets_read_only_with_holder_named(make_window, answers, tmp_path, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "held.zwd"
    assert cli_main(["new", str(path), "--title", "Gehalten"]) == 0
    asked: list[str] = []
    monkeypatch.setattr(
        dialogs.Ask,
        "open_read_only",
        classmethod(lambda cls, parent, message: asked.append(message) or answers.read_only),
    )
    with _other_instance(path):
        since = dt.datetime.fromisoformat(json.loads((tmp_path / "held.zwd.lock").read_text())["since"]).astimezone()
        window = make_window()
        answers.read_only = True
        assert window.open_file(path)
        assert window.session.read_only
        assert "[read-only]" in window.windowTitle()
        assert window.workspace.banner.isVisible()
        title = window.workspace.details.field("title")
        assert isinstance(title, QLineEdit) and title.isReadOnly()
        assert not window.workspace.agenda.add_action.isEnabled()
        # The live clock offers nothing that would write: no key, no button, no jump by double-click.
        window.show_section("clock")
        clock = window.workspace.run
        assert not clock.jump_action.isEnabled()
        assert not any(action.isEnabled() for action in clock.clock_actions.keyed())
        rect = clock.table.visualRect(clock.table.model().index(2, 0))
        QTest.mouseClick(clock.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        QTest.mouseDClick(clock.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert clock.message_label.text() == ""
        answers.read_only = False
        other = make_window()
        assert not other.open_file(path)
    # Who and since when, in local time — not the lock file's UTC text.
    assert asked[0].endswith(f"since {since.day} {since.strftime('%b')} {since.year}, {since:%H:%M}."), asked[0]
    assert "T" not in asked[0].split(" since ")[1] and "+00:00" not in asked[0]


def test_in_use_time_is_local_and_german_in_german() -> None:
    from zwdesktop.gui.files.opening import local_time_text

    moment = dt.datetime(2026, 12, 1, 19, 52, tzinfo=dt.UTC)
    local = moment.astimezone()
    assert local_time_text(moment.isoformat(), "de") == f"{local:%d.%m.%Y, %H:%M} Uhr"
    assert local_time_text("garbage", "de") == "garbage"


def test_the_programs_own_lock_is_never_reported_as_in_use(make_window, answers, tmp_path, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    asked: list[str] = []
    monkeypatch.setattr(dialogs.Ask, "open_read_only", classmethod(lambda cls, parent, message: asked.append(message)))
    window = _create(make_window, answers, tmp_path, qtbot)
    path = tmp_path / "Aulendorf.zwd"
    # Opening the window's own file again (File → Open, a recent file) just shows it.
    assert window.open_file(path)
    assert window.session is not None and not window.session.read_only
    # A lock this process left behind (an open that failed half way) is taken back.
    leaked = WorkshopStore.open(tmp_path / "other.zwd") if cli_main(["new", str(tmp_path / "other.zwd")]) == 0 else None
    assert leaked is not None
    assert window.open_file(tmp_path / "other.zwd")
    assert not window.session.read_only
    assert asked == [] and answers.informed == []
    window.close()
    assert not (tmp_path / "other.zwd.lock").exists()


def test_bad_files_get_a_message_and_no_crash(make_window, answers, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    text_file = tmp_path / "notes.zwd"
    text_file.write_text("hello", encoding="utf-8")
    assert not window.open_file(text_file)
    assert not window.open_file(tmp_path / "missing.zwd")
    messages = [message for _title, message in answers.informed]
    assert "is not a workshop file" in messages[0]
    assert "does not exist" in messages[1]
    assert text_file.read_text(encoding="utf-8") == "hello"
    assert window.session is None


def test_full_disk_shows_message_and_keeps_what_is_stored(make_window, answers, tmp_path, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = _create(make_window, answers, tmp_path, qtbot)
    store = window.session.store
    pages = store._conn.execute("PRAGMA page_count").fetchone()[0]
    store._conn.execute(f"PRAGMA max_page_count = {pages}")
    notes = window.workspace.details.field("notes")
    assert isinstance(notes, QPlainTextEdit)
    notes.setPlainText("ü" * 2000)  # 4,000 bytes need a new page: the "disk" is full
    assert answers.informed and "disk is full" in answers.informed[-1][1]
    assert store.workshop().notes == ""
    assert notes.toPlainText() == ""  # the form shows what is really stored
    assert not window.session.undo_stack.canUndo()


def test_demo_from_the_welcome_screen_and_recent_files(make_window, answers, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    qtbot.mouseClick(window.welcome.demo_button, Qt.MouseButton.LeftButton)
    assert window.session is not None
    assert window.session.store.workshop().guiding_question == "Aulendorf als lebenswerte Stadt – aber wie?"
    path = window.session.store.path
    window.action(FileAction.CLOSE).trigger()
    assert window.session is None
    assert window.welcome.recent_list.count() == 1
    item = window.welcome.recent_list.item(0)
    window.welcome.recent_list.itemActivated.emit(item)
    assert window.session is not None and window.session.store.path == path


def _demo_made(path: Path, days_ago: int) -> None:
    templates, _problems = list_templates(resource_dir() / "templates", None)
    template = next(t for t in templates if t.id == DEFAULT_TEMPLATE_ID)
    path.parent.mkdir(parents=True, exist_ok=True)
    now = dt.datetime.now(dt.UTC) - dt.timedelta(days=days_ago)
    create_from_document(path, demo_workshop(template, now)).close()


def test_a_demo_of_an_earlier_day_goes_to_the_backups_and_opens_made_for_today(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Its clock would run hours over its time: it is kept among the backups, and the demo is made anew."""
    path = user_data_dir() / DEMO_FILE_NAME
    _demo_made(path, days_ago=2)
    old_day = WorkshopStore.open(path, read_only=True)
    old_date = old_day.workshop().date
    old_day.close()
    window = make_window()
    qtbot.mouseClick(window.welcome.demo_button, Qt.MouseButton.LeftButton)
    assert window.session is not None and window.session.store.path == path
    assert is_workshop_day(window.session.store.workshop(), dt.datetime.now(dt.UTC))
    assert old_date.strftime("%d.%m.%Y") in window.statusBar().currentMessage()
    kept = list_backups()
    assert len(kept) == 1
    backup = WorkshopStore.open(kept[0].path, read_only=True)
    assert backup.workshop().date == old_date  # the old demo, whole, among the backups
    backup.close()


def test_a_demo_of_today_opens_with_what_was_tried_in_it(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    path = user_data_dir() / DEMO_FILE_NAME
    _demo_made(path, days_ago=0)
    store = WorkshopStore.open(path)
    store.update_workshop(title="Ausprobiert")
    store.close()
    window = make_window()
    qtbot.mouseClick(window.welcome.demo_button, Qt.MouseButton.LeftButton)
    assert window.session is not None and window.session.store.workshop().title == "Ausprobiert"
    assert list_backups() == []


def test_a_recent_file_on_a_stick_that_is_not_plugged_in_stays_listed_until_let_go(  # type: ignore[no-untyped-def]
    make_window, answers, tmp_path, qtbot, monkeypatch
) -> None:
    """A file that is not there now stays in "Recently used", greyed but chosen: choosing it asks whether to
    forget it (No keeps it). With the stick back, choosing it opens the file."""
    stick = tmp_path / "stick"
    stick.mkdir()
    path = stick / "werkstatt.zwd"
    assert cli_main(["new", str(path)]) == 0
    window = make_window()
    assert window.open_file(path)
    window.action(FileAction.CLOSE).trigger()
    stick.rename(tmp_path / "unplugged")
    asked: list[str] = []
    keep = [False]
    monkeypatch.setattr(
        dialogs.Ask, "forget_missing", classmethod(lambda cls, parent, name: asked.append(name) or not keep[0])
    )
    keep[0] = True
    window.files.refresh_recent()
    recent = window.welcome.recent_list
    assert recent.count() == 1 and recent.item(0).flags() & Qt.ItemFlag.ItemIsEnabled
    assert "USB stick" in recent.item(0).toolTip()
    assert window.files.recent_menu.actions()[0].isEnabled()
    recent.itemActivated.emit(recent.item(0))
    assert asked == [str(path.resolve())] and window.session is None
    assert window.settings.recent_files == [str(path.resolve())]  # kept: the stick may come back
    assert answers.informed == []  # one question, no second message about it
    (tmp_path / "unplugged").rename(stick)
    recent.itemActivated.emit(recent.item(0))
    assert window.session is not None and window.session.store.path == path
    window.action(FileAction.CLOSE).trigger()
    stick.rename(tmp_path / "unplugged")
    keep[0] = False
    window.files.recent_menu.actions()[0].trigger()
    assert len(asked) == 2 and window.settings.recent_files == []  # let go
    assert window.welcome.recent_list.count() == 0


def test_save_a_copy(make_window, answers, tmp_path, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = _create(make_window, answers, tmp_path, qtbot)
    answers.save_path = tmp_path / "copy.zwd"
    window.action(FileAction.SAVE_COPY).trigger()
    with WorkshopStore.open(tmp_path / "copy.zwd") as copy:
        assert copy.workshop() == window.session.store.workshop()
        assert copy.agenda.all() == window.session.store.agenda.all()


def test_window_geometry_is_remembered(make_window, settings) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.resize(700, 500)  # smaller than the tests' 1366×768 screen
    window.move(40, 30)
    window.close()
    again = make_window()
    assert (again.width(), again.height()) == (700, 500)
    assert again.geometry().topLeft() == window.geometry().topLeft()


def test_every_section_has_a_keyboard_path(make_window, answers, tmp_path, qtbot) -> None:  # type: ignore[no-untyped-def]
    # Ctrl+1 … Ctrl+9, Ctrl+0 count down the section list as the moderator sees it: the n-th row of the
    # list is Ctrl+n, and the View menu shows that key beside the same name.
    window = _create(make_window, answers, tmp_path, qtbot)
    nav = window.workspace.nav
    keys = ("details", "agenda", "clock", "photos", "ideas", "votes", "agreements", "steering", "mailing", "followup")
    assert nav.count() == len(keys)
    for row, key in enumerate(keys):
        digit = (row + 1) % 10
        qtbot.keyClick(window, getattr(Qt.Key, f"Key_{digit}"), Qt.KeyboardModifier.ControlModifier)
        assert window.workspace.current_section() == key
        assert nav.currentRow() == row
        action = window.action(WindowAction(f"view.{key}"))
        assert action.shortcut().toString() == f"Ctrl+{digit}"
        assert action.text().replace("&", "") == nav.item(row).text()


def test_a_section_key_or_click_puts_the_keyboard_on_the_pages_main_widget(
    make_window, answers, tmp_path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QToolButton

    window = _create(make_window, answers, tmp_path, qtbot)
    workspace = window.workspace
    main_widgets = {
        "details": lambda: workspace.details.field("title"),
        "agenda": lambda: workspace.agenda.table,
        "clock": lambda: workspace.run.table,
        "photos": lambda: workspace.photos.list,
        "ideas": lambda: workspace.ideas.capture.edit,
        "votes": lambda: workspace.section("votes").rounds,
        "agreements": lambda: workspace.agreements.list,
        "steering": lambda: workspace.steering.table,
        "mailing": lambda: workspace.mailing.edits["name"],  # ready for the next sign-up
        "followup": lambda: workspace.section("followup").tree,
    }
    for number, key in ((2, "agenda"), (3, "clock"), (4, "photos"), (5, "ideas"), (6, "votes"), (7, "agreements"),
                        (8, "steering"), (9, "mailing"), (0, "followup"), (1, "details")):  # fmt: skip
        qtbot.keyClick(QApplication.focusWidget() or window, getattr(Qt.Key, f"Key_{number}"),
                       Qt.KeyboardModifier.ControlModifier)  # fmt: skip
        assert workspace.current_section() == key
        assert QApplication.focusWidget() is main_widgets[key](), key
    # On the agenda with the keyboard on one of its buttons, Ctrl+2 brings it back to the table: "+"
    # lengthens the selected item, not whatever a button would do.
    window.show_section("agenda")
    agenda = workspace.agenda
    agenda.select_row(2)
    next(b for b in agenda.findChildren(QToolButton) if b.isVisible()).setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is agenda.table
    before = [item.planned_minutes for item in window.session.store.agenda.all()]
    qtbot.keyClick(agenda.table, Qt.Key.Key_Plus)
    after = [item.planned_minutes for item in window.session.store.agenda.all()]
    assert after[2] == before[2] + 5 and after[:2] == before[:2]
    # A click on a section goes into its page; the arrow keys walk the list and stay there.
    nav = workspace.nav
    QTest.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=nav.visualItemRect(nav.item(4)).center())
    assert workspace.current_section() == "ideas" and QApplication.focusWidget() is workspace.ideas.capture.edit
    nav.setFocus()
    qtbot.keyClick(nav, Qt.Key.Key_Down)
    assert workspace.current_section() == "votes" and QApplication.focusWidget() is nav
    qtbot.keyClick(nav, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is workspace.section("votes").rounds


@pytest.mark.parametrize(
    ("language", "long_names"),
    [("de", ("Verabredungen", "Steuerungsgruppe")), ("en", ("Steering group", "Mailing list"))],
)
def test_every_section_name_is_shown_whole(  # type: ignore[no-untyped-def]
    make_window, answers, tmp_path, qtbot, language: str, long_names: tuple[str, str]
) -> None:
    from PySide6.QtWidgets import QApplication

    from zwdesktop.gui.i18n import install_translators

    app = QApplication.instance()
    translators = install_translators(app, language)
    try:
        window = _create(make_window, answers, tmp_path, qtbot)
        window.show_section("clock")  # its long row of buttons leaves the list the least room
        qtbot.wait(10)
        nav = window.workspace.nav
        names = [nav.item(row).text() for row in range(nav.count())]
        assert all(name in names for name in long_names)
        room = nav.viewport().width()
        for row, name in enumerate(names):
            needed = nav.visualItemRect(nav.item(row)).left() + nav.fontMetrics().horizontalAdvance(name)
            assert needed <= room, (name, needed, room)
        assert not nav.horizontalScrollBar().isVisible()
    finally:
        for translator in translators:
            app.removeTranslator(translator)


def test_a_small_screen_holds_every_page_and_the_buttons_wrap(make_window, answers, tmp_path, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication, QToolButton

    from zwdesktop.gui.i18n import install_translators

    app = QApplication.instance()
    translators = install_translators(app, "de")  # the longer button labels
    try:
        window = _create(make_window, answers, tmp_path, qtbot)
        for key in ("details", "agenda", "clock", "photos", "ideas", "votes", "agreements", "steering", "mailing"):
            window.show_section(key)
        assert window.minimumSizeHint().width() <= 1000  # a 1024 px screen, or 1280 px at 125 %
        window.show_section("clock")
        window.resize(900, 700)
        qtbot.wait(50)
        page = window.workspace.run
        buttons = [b for b in page.findChildren(QToolButton) if b.isVisible()]
        assert len(buttons) >= 8
        rows = {b.geometry().top() for b in buttons}
        assert len(rows) >= 2  # wrapped
        for button in buttons:
            assert button.geometry().right() <= page.width(), button.text()

        def no_overlap() -> bool:
            apart = all(
                first is second or not first.geometry().intersects(second.geometry())
                for first in buttons
                for second in buttons
            )
            return apart and all(b.geometry().bottom() < page.table.geometry().top() for b in buttons)

        assert no_overlap()
        page.toggle_action.setText("Fortsetzen nach der langen Kaffeepause mit Kuchen und Gesprächen")  # grows
        qtbot.waitUntil(no_overlap, timeout=1000)
        page.toggle_action.setText("Pause")
        window.resize(1400, 800)
        qtbot.wait(50)
        assert len({b.geometry().top() for b in buttons}) == 1  # one row when there is room
    finally:
        for translator in translators:
            app.removeTranslator(translator)


def test_the_agenda_summary_counts_one_item_as_one(make_window, answers, tmp_path, qtbot, english) -> None:  # type: ignore[no-untyped-def]
    window = _create(make_window, answers, tmp_path, qtbot)
    window.show_section("agenda")
    agenda = window.workspace.agenda
    while agenda.model.rowCount() > 1:
        agenda.select_row(0)
        agenda.remove_item()
    assert agenda.summary.text().startswith("1 item, ")
    agenda.add_item()
    assert agenda.summary.text().startswith("2 items, ")
