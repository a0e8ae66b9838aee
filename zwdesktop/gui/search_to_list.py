"""From a search field down into the list it filters: ↓ or Enter, as in a file dialog or a browser's list.

Without it the way from the search to the found idea is Tab, Tab, Tab past the filters; Alt+1…9 or
Del then met no chosen idea. :func:`lead_into` makes ↓ and Enter put the keyboard on the list, on
the idea chosen there or else on the first one shown, chosen, so that what comes next acts on it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QLineEdit

_INTO_LIST = (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter)


class _LeadInto(QObject):
    """The search field's filter: ↓ and Enter go on to the list."""

    def __init__(self, edit: QLineEdit, view: QAbstractItemView) -> None:
        super().__init__(edit)
        self.view = view

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Hand ↓ and Enter (without modifiers) to the list."""
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if event.key() not in _INTO_LIST or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        model = self.view.model()
        if model is None or model.rowCount() == 0:
            return False
        current = self.view.currentIndex()
        if not current.isValid() or not self.view.selectionModel().isSelected(current):
            current = model.index(0, 0)
            self.view.selectionModel().setCurrentIndex(current, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.view.scrollTo(current)
        self.view.setFocus(Qt.FocusReason.TabFocusReason)
        return True


def lead_into(edit: QLineEdit, view: QAbstractItemView) -> None:
    """Make ↓ and Enter in ``edit`` put the keyboard on ``view`` (on its chosen row, else the first, chosen)."""
    edit.installEventFilter(_LeadInto(edit, view))
