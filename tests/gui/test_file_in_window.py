"""The workshop file as the window opens it: read-only places, older files, damaged files, backups."""

from __future__ import annotations

from pathlib import Path

from file_helpers import listing, make_wal_file, read_only_place


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


def test_a_wal_file_opened_for_writing_keeps_every_idea_and_its_copy_is_whole(make_window, answers, tmp_path, qtbot) -> None:  # type: ignore[no-untyped-def]
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
