"""Guard against a PySide6 build that loses references to None (6.12.0 did: the program aborted after minutes)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QWidget


def test_void_qt_calls_keep_none_alive(qtbot) -> None:  # type: ignore[no-untyped-def]
    widget = QWidget()
    qtbot.addWidget(widget)
    before = sys.getrefcount(None)
    for _ in range(2000):
        widget.setEnabled(True)
    # A little slack for unrelated references; a leaking build loses 2,000.
    assert sys.getrefcount(None) >= before - 50
