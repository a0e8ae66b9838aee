"""The workshop file as the window opens it: read-only places, older files, damaged files, backups."""

from __future__ import annotations

from pathlib import Path

from file_helpers import listing, make_wal_file, read_only_place

from zwdesktop.gui.main_window import WindowAction


def test_a_wal_file_from_a_read_only_place_shows_every_idea_read_only(make_window, answers, tmp_path, qtbot) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "stick"
    folder.mkdir()
    make_wal_file(folder / "alt.zwd", in_file=37, in_log=5)
    window = make_window()
    with read_only_place(folder) as place:
        assert window.open_file(place / "alt.zwd")
        assert answers.informed == []
        assert "read-only" in window.windowTitle()
        assert window.workspace.banner.isVisibleTo(window)
        window.show_section("ideas")
        page = window.workspace.ideas
        qtbot.waitUntil(lambda: page.model.rowCount() == 42)
        window.close_workshop()
        assert listing(place) == ["alt.zwd", "alt.zwd-wal"]


def test_a_wal_file_opened_for_writing_keeps_every_idea_and_its_copy_is_whole(
    make_window, answers, tmp_path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    path = make_wal_file(tmp_path / "alt.zwd", in_file=37, in_log=5)
    window = make_window()
    assert window.open_file(path)
    assert not window.session.read_only
    window.show_section("ideas")
    qtbot.waitUntil(lambda: window.workspace.ideas.model.rowCount() == 42)
    copy = tmp_path / "kopie.zwd"
    copy.write_bytes(path.read_bytes())  # while the window has it open
    window.close_workshop()
    assert window.open_file(copy)
    window.show_section("ideas")
    qtbot.waitUntil(lambda: window.workspace.ideas.model.rowCount() == 42)
    assert Path(str(path) + "-wal").exists() is False


def test_a_bad_clock_timestamp_is_refused_with_one_message_not_a_crash(make_window, answers, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from file_helpers import make_file
    from test_damaged_files import BAD_VALUES, digest, spoil

    path = make_file(tmp_path / "werkstatt.zwd")
    import datetime as dt

    from zwdesktop.core.clock import ClockEvent
    from zwdesktop.store import WorkshopStore

    with WorkshopStore.open(path) as store:
        store.clock.add(ClockEvent(kind="started", at=dt.datetime.now(dt.UTC)))
    spoil(path, BAD_VALUES["clock timestamp"])
    before = digest(path)
    window = make_window()
    assert not window.open_file(path)
    assert len(answers.informed) == 1
    assert "damaged" in answers.informed[0][1] and "clock_event" in answers.informed[0][1]
    assert window.session is None
    assert digest(path) == before
    assert listing(tmp_path) == ["werkstatt.zwd"]


def test_a_damaged_file_whose_records_read_opens_read_only_with_a_banner(make_window, answers, tmp_path, qtbot) -> None:  # type: ignore[no-untyped-def]
    from file_helpers import make_file
    from test_damaged_files import _garble_index, digest

    path = make_file(tmp_path / "werkstatt.zwd")
    _garble_index(path)
    before = digest(path)
    window = make_window()
    assert window.open_file(path)
    assert answers.informed == []
    assert window.session.read_only
    banner = window.workspace.banner
    assert banner.isVisibleTo(window) and "damaged" in banner.text() and "Restore from backup" in banner.text()
    assert not window.action(WindowAction.UNDO).isEnabled()
    window.show_section("agenda")
    assert len(window.workspace.agenda.model.items) == 9
    window.close_workshop()
    assert digest(path) == before
    assert listing(tmp_path) == ["werkstatt.zwd"]


def test_opening_a_file_on_a_full_disk_says_so_and_leaves_no_lock(make_window, answers, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import errno
    import os

    from file_helpers import make_file

    from zwdesktop.store import lock as lock_module

    path = make_file(tmp_path / "werkstatt.zwd")

    def full(fd: int, data: bytes) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(lock_module.os, "write", full)
    window = make_window()
    assert not window.open_file(path)
    assert len(answers.informed) == 1 and "disk is full" in answers.informed[0][1]
    assert listing(tmp_path) == ["werkstatt.zwd"]


def test_in_german_the_technical_detail_of_a_damaged_file_is_marked_as_such(
    make_window, answers, qapp, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    """The sentence is German; the English words of the verdict stand after "technische Angabe:", for support."""
    from file_helpers import make_file
    from test_damaged_files import _garble_index, spoil

    from zwdesktop.gui.i18n import install_translators

    refused = make_file(tmp_path / "kaputt.zwd")
    spoil(refused, "UPDATE workshop SET updated_at = 'gestern'")
    readable = make_file(tmp_path / "lesbar.zwd")
    _garble_index(readable)
    translators = install_translators(qapp, "de")
    try:
        window = make_window()
        assert not window.open_file(refused)
        message = answers.informed[0][1]
        assert (
            "ist beschädigt oder unvollständig und kann nicht geöffnet werden (technische Angabe: workshop " in message
        )
        assert "updated_at: not a time (gestern)). Sie wurde nicht verändert." in message
        assert window.open_file(readable)
        assert window.workspace.banner.text().startswith("Diese Datei ist beschädigt (technische Angabe: ")
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
