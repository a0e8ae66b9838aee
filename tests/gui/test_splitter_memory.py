"""A section's split between list and editor stays where the moderator dragged it, also after a restart."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QSplitter

from .conftest import demo_file


def _splitter(window, section: str) -> QSplitter:  # type: ignore[no-untyped-def]
    window.show_section(section)
    splitter = window.workspace.section(section).findChild(QSplitter)
    assert splitter is not None and splitter.objectName()
    return splitter


def test_a_dragged_split_is_there_again_in_the_next_window(make_window, tmp_path, qtbot) -> None:  # type: ignore[no-untyped-def]
    path = demo_file(tmp_path / "demo.zwd")
    window = make_window()
    assert window.open_file(path)
    window.resize(1100, 700)
    qtbot.waitExposed(window)
    moved = {}
    for section in ("ideas", "votes", "agreements"):
        splitter = _splitter(window, section)
        qtbot.wait(10)
        before = splitter.sizes()
        handle = splitter.handle(1)
        middle = handle.rect().center()
        QTest.mousePress(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, middle)
        QTest.mouseMove(handle, middle + QPoint(-120, 0))
        QTest.mouseRelease(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, middle + QPoint(-120, 0))
        assert splitter.sizes() != before, section  # the drag moved it
        moved[section] = splitter.sizes()
    window.close_workshop()
    window.close()

    again = make_window()
    assert again.open_file(path)
    again.resize(1100, 700)
    qtbot.waitExposed(again)
    for section, sizes in moved.items():
        splitter = _splitter(again, section)
        qtbot.wait(10)
        assert splitter.sizes() == sizes, section
