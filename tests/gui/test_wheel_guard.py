"""Turning the mouse wheel over a page scrolls it: no number or list box passing under the pointer changes.

On the X11 desktop, scrolling the details with the wheel set "Participants: other" from 6 to 0
and stored it. A box takes the wheel only once it has the focus.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QScrollArea, QSpinBox, QWidget

from zwdesktop.gui.scroll_into_view import enclosing_scroll_area
from zwdesktop.gui.workspace import SECTIONS

from .conftest import open_demo

DOWN = -120  # one notch of the wheel, towards the user


def _turn_wheel_over(box: QWidget, notches: int = 1) -> bool:
    """Turn the wheel with the pointer over the middle of ``box``; whether the box took every turn.

    An event from the window system that a box leaves ignored goes on to the page around it (Qt
    passes a sent event to no parent, so the test asks the event instead of the page).
    """
    # To the box itself: a spin box's line edit lies under the pointer, but a sent event, unlike the
    # window system's, would go no further than that.
    target = box
    local = QPointF(box.rect().center())
    taken = True
    for _ in range(notches):
        event = QWheelEvent(
            local,
            QPointF(target.mapToGlobal(local.toPoint())),
            QPoint(0, 0),
            QPoint(0, DOWN),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(target, event)
        taken = taken and event.isAccepted()
    return taken


def _value(box: QWidget) -> object:
    return box.value() if isinstance(box, QSpinBox) else box.currentIndex() if isinstance(box, QComboBox) else None


def _boxes_in_scrolling_pages(page: QWidget) -> list[QWidget]:
    boxes: list[QWidget] = [*page.findChildren(QAbstractSpinBox), *page.findChildren(QComboBox)]
    return [
        box
        for box in boxes
        if box.isVisibleTo(page) and box.isEnabled() and isinstance(enclosing_scroll_area(box), QScrollArea)
    ]


def test_the_wheel_over_a_box_without_the_focus_changes_nothing_in_any_section(
    make_window, tmp_path, qtbot, english
) -> None:  # type: ignore[no-untyped-def]
    window = open_demo(make_window, tmp_path, qtbot)
    undo = window.session.undo_stack
    changed: dict[str, str] = {}
    tried: list[str] = []

    def try_page(name: str, page: QWidget) -> None:
        for box in _boxes_in_scrolling_pages(page):
            box.clearFocus()
            before, steps = _value(box), undo.count()
            taken = _turn_wheel_over(box, 3)
            qtbot.wait(1)
            tried.append(box.objectName() or type(box).__name__)
            if taken or _value(box) != before or undo.count() != steps:
                changed[name] = box.objectName() or type(box).__name__
                return  # the change may have rebuilt the page's boxes

    for section in SECTIONS:
        window.show_section(section.key)
        qtbot.wait(1)
        try_page(section.key, window.workspace.section(section.key))
    votes = window.workspace.section("votes")
    window.show_section("votes")
    for round_ in window.session.store.votes.rounds():
        votes.select_round(round_.id)
        qtbot.wait(1)
        try_page(round_.title, votes)
    # A round entered ballot by ballot: each option's count on the ballot is a spin box of its own.
    open_round = next(r for r in window.session.store.votes.rounds() if r.status == "open" and r.kind == "dots")
    votes.select_round(open_round.id)
    votes.rules.entry_box.setCurrentIndex(votes.rules.entry_box.findData("ballots"))
    qtbot.waitUntil(lambda: votes.ballots.isVisible())
    try_page("ballots", votes)
    assert changed == {}
    assert tried.count("count_other") == 1 and "status" in tried and "timezone" in tried
    assert len(tried) >= 20, tried  # with the vote rules and the ballot's counts


def test_the_wheel_over_a_count_in_the_details_is_left_to_the_page_until_the_count_has_the_focus(
    make_window, tmp_path, qtbot, english
) -> None:  # type: ignore[no-untyped-def]
    window = open_demo(make_window, tmp_path, qtbot)
    window.show_section("details")
    details = window.workspace.section("details")
    other = details.form.findChild(QSpinBox, "count_other")
    area = enclosing_scroll_area(other)
    assert area is not None
    area.ensureWidgetVisible(other)
    qtbot.wait(10)
    stored = window.session.store.workshop().count_other
    assert stored > 0
    assert not _turn_wheel_over(other)  # left to the page, which scrolls on
    qtbot.wait(1)
    assert other.value() == stored and window.session.store.workshop().count_other == stored
    assert not other.hasFocus()
    other.setFocus()
    assert _turn_wheel_over(other)
    qtbot.waitUntil(lambda: window.session.store.workshop().count_other == stored - 1)
    assert other.value() == stored - 1
