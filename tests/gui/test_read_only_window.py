"""A file opened read-only: no section offers a field, box or button that would change it.

Whatever a moderator can still type or choose there would not be stored, so it must not look
changeable: fields are read-only, boxes and buttons that write are greyed. What only looks (search,
filters, the projector, exports) stays usable.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit, QWidget

from zwdesktop.gui.workspace import SECTIONS

from .conftest import demo_file

# Widgets that only look or choose what is shown (the idea wall's highlight is not in the file).
LOOKING_NAMES = {"ideaSearch", "ideaPhaseFilter", "ideaClusterFilter"}
LOOKING_TEXTS = {"Highlight cluster on the wall"}


def _changeable(page: QWidget) -> list[str]:
    found = []
    for widget in page.findChildren(QWidget):
        if not widget.isVisibleTo(page) or widget.objectName() in LOOKING_NAMES:
            continue
        if isinstance(widget, QLineEdit) and isinstance(widget.parentWidget(), QAbstractSpinBox | QComboBox):
            continue  # judged with its spin box or box
        if isinstance(widget, QLineEdit | QPlainTextEdit) and not widget.isReadOnly() and widget.isEnabled():
            found.append(f"{type(widget).__name__} {widget.objectName() or widget.placeholderText()!r}")
        elif isinstance(widget, QAbstractSpinBox) and widget.isEnabled() and not widget.isReadOnly():
            found.append(f"spin box {widget.objectName()!r}")
        elif isinstance(widget, QComboBox) and widget.isEnabled():
            found.append(f"box {widget.objectName() or widget.currentText()!r}")
        elif isinstance(widget, QAbstractButton) and widget.isEnabled() and widget.text() not in LOOKING_TEXTS | {""}:
            found.append(f"button {widget.text()!r}")
    return found


def test_no_section_of_a_read_only_file_offers_a_change(make_window, tmp_path, qtbot, english) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    assert window.open_file(demo_file(tmp_path / "demo.zwd"), read_only=True)
    window.show()
    qtbot.waitExposed(window)
    offered = {}
    for section in SECTIONS:
        window.show_section(section.key)
        page = window.workspace.section(section.key)
        qtbot.wait(1)
        if found := _changeable(page):
            offered[section.key] = found
    # Every kind of round: closed, run-off, open, Blitzlicht.
    votes = window.workspace.section("votes")
    window.show_section("votes")
    for round_ in window.session.store.votes.rounds():
        votes.select_round(round_.id)
        qtbot.wait(1)
        if found := _changeable(votes):
            offered[round_.title] = found
    assert offered == {}
