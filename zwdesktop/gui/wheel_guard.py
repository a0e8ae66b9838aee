"""The mouse wheel scrolls a form: a number or list box passing under the pointer keeps its value.

Qt gives a spin box or a combo box the wheel (and the keyboard focus) whenever the pointer is over
it. On a page that scrolls, a moderator who turns the wheel to read on would change whatever field
slides under the pointer, and the change is stored at once: scrolling the details over
"Participants: other" set it from 6 to 0. A guarded box takes the wheel only once it has the
focus (clicked or reached with Tab); until then the wheel goes on to the page around it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QWidget


class _WheelGuard(QObject):
    """Passes a wheel turn over an unfocused box on to its parents, unchanged."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ignore the wheel for a box without the focus (ignored and filtered: Qt offers it to the parent)."""
        if event.type() == QEvent.Type.Wheel and isinstance(watched, QWidget) and not watched.hasFocus():
            event.ignore()
            return True
        return False


def guard_box(box: QAbstractSpinBox | QComboBox) -> None:
    """Let ``box`` take the wheel only while it has the focus."""
    box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the wheel no longer gives it the focus
    box.installEventFilter(_WheelGuard(box))  # a child of the box: it goes when the box goes


def guard_fields_within(container: QWidget) -> None:
    """Guard every spin box and combo box that ``container`` holds now (see :func:`guard_box`)."""
    for spin in container.findChildren(QAbstractSpinBox):
        guard_box(spin)
    for box in container.findChildren(QComboBox):
        guard_box(box)
