"""Backups while the window runs, and File → Restore from backup…."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from file_helpers import make_file
from PySide6.QtCore import QDate, QDateTime, QLocale, Qt
from PySide6.QtWidgets import QDialog

from zwdesktop.core.ideas import Idea
from zwdesktop.gui.files import backups as backups_module
from zwdesktop.gui.files.actions import FileAction
from zwdesktop.gui.files.restore_dialog import RestoreDialog
from zwdesktop.store import WorkshopStore
from zwdesktop.store.backup import BackupSchedule, backup_root, list_backups


def _fake_clock(window):  # type: ignore[no-untyped-def]
    now = [0.0]
    window.backups.schedule = BackupSchedule(clock=lambda: now[0])
    return now


def test_the_open_workshop_is_backed_up_every_ten_minutes_with_changes_and_on_close(
    make_window, answers, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    path = make_file(tmp_path / "werkstatt.zwd")
    window = make_window()
    assert window.open_file(path)
    now = _fake_clock(window)
    store = window.session.store
    now[0] += 3600
    window.backups.tick()
    assert list_backups() == []  # nothing changed: no backup
    store.ideas.add(Idea(text="Mehr Bänke am Markt", phase="critique"))
    window.backups.tick()  # the last backup (the opening) is more than 10 minutes ago
    (first,) = list_backups()
    assert first.counts["ideas"] == 1
    store.ideas.add(Idea(text="Zweite Idee", phase="critique"))
    now[0] += 599
    window.backups.tick()
    assert len(list_backups()) == 1
    now[0] += 1
    window.backups.tick()
    (second,) = list_backups()  # the newest of each hour is kept
    assert second.counts["ideas"] == 2
    store.ideas.add(Idea(text="Bus am Sonntag", phase="critique"))
    window.close_workshop()  # a last backup on close
    newest = list_backups()[0]
    assert newest.counts["ideas"] == 3
    assert newest.path.parent == backup_root() / store.workshop_id


def test_restore_from_backup_opens_the_chosen_backup_as_a_new_file(make_window, answers, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    path = make_file(tmp_path / "werkstatt.zwd")
    with WorkshopStore.open(path) as store:
        store.ideas.add(Idea(text="Vor dem Unglück", phase="critique"))
        backups_module.make_backup(store)
    path.write_bytes(path.read_bytes()[:4096])  # the file itself is lost
    window = make_window()
    assert not window.open_file(path)
    offered: list[list[str]] = []

    def choose(parent, backups, current):  # type: ignore[no-untyped-def]
        offered.append([b.title for b in backups])
        return backups[0]

    monkeypatch.setattr(backups_module, "choose_backup", choose)
    answers.save_path = tmp_path / "gerettet.zwd"
    window.action(FileAction.RESTORE_BACKUP).trigger()
    assert offered == [["Zukunftswerkstatt Bad Waldsee"]]
    assert window.session is not None and window.session.store.path == tmp_path / "gerettet.zwd"
    assert not window.session.read_only
    assert [idea.text for idea in window.session.store.ideas.all()] == ["Vor dem Unglück"]
    assert "gerettet.zwd" in window.windowTitle()


def test_the_restore_dialog_lists_date_time_and_counts_the_open_workshops_first(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    first = make_file(tmp_path / "eins.zwd", title="Aulendorf")
    second = make_file(tmp_path / "zwei.zwd", title="Bad Waldsee")
    with WorkshopStore.open(first) as store:
        # Aulendorf's workshop starts at half past midnight in Berlin: still the 14th in UTC.
        store.update_workshop(date=dt.date(2026, 3, 15), start_time=dt.time(0, 30))
        backups_module.make_backup(store)
    with WorkshopStore.open(second) as store:
        for number in range(3):
            store.ideas.add(Idea(text=f"Idee {number}", phase="critique"))
        backups_module.make_backup(store)
        current = store.workshop_id
    found = list_backups()
    found.sort(key=lambda b: b.title)  # Aulendorf first in the list handed in
    dialog = RestoreDialog(found, current, backup_root())
    qtbot.addWidget(dialog)
    dialog.show()
    table = dialog.table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers[:4] == ["Workshop", "Workshop day", "Backup date", "Time"] and "Ideas" in headers
    assert table.item(0, 0).text() == "Bad Waldsee"  # the open workshop's backups first
    assert table.item(0, headers.index("Ideas")).text() == "3"
    locale = QLocale()
    day = {row: table.item(row, 1).text() for row in range(2)}
    assert day == {
        0: locale.toString(QDate(2026, 1, 15), QLocale.FormatType.ShortFormat),
        1: locale.toString(QDate(2026, 3, 15), QLocale.FormatType.ShortFormat),
    }
    taken = QDateTime.fromSecsSinceEpoch(int(dialog.backups[0].taken_at.timestamp())).toLocalTime()
    assert table.item(0, 2).text() == locale.toString(taken.date(), QLocale.FormatType.ShortFormat)
    assert table.item(0, 3).text() == taken.time().toString("HH:mm")
    table.selectRow(1)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.chosen is not None and dialog.chosen.title == "Aulendorf"


def test_the_restore_dialog_without_backups_says_where_they_will_be(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = RestoreDialog([], None, Path("/home/moderation/.local/share/zwdesktop/backups"))
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.open_button.isEnabled()
    labels = [w.text() for w in dialog.findChildren(type(dialog.layout().itemAt(0).widget()))]
    assert any("no backups yet" in text and "zwdesktop/backups" in text for text in labels)


def test_the_restore_dialog_is_wide_enough_for_whole_titles_on_a_laptop_screen(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    title = "Lokale Zukunftswerkstatt Aulendorf-Schussental im Landkreis Ravensburg"
    with WorkshopStore.open(make_file(tmp_path / "eins.zwd", title=title)) as store:
        backups_module.make_backup(store)
    dialog = RestoreDialog(list_backups(), None, backup_root())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.table
    assert table.columnWidth(0) >= table.fontMetrics().horizontalAdvance(title)
    assert dialog.frameGeometry().width() <= dialog.screen().availableGeometry().width()
    assert table.horizontalScrollBar().maximum() == 0  # every column in view, none cut
