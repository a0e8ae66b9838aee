"""Ctrl+Z and Ctrl+Shift+Z (Ctrl+Y) reach the window's undo history from a text field that has nothing to undo.

A line edit or text field claims the undo keys for its own typing even when it has none to take back
(after a commit, which empties it, or after the form reloaded what is stored), so the key did
nothing. With :func:`pass_undo_to_window` such a field keeps the keys only while it has typing of its
own to undo or redo; otherwise they go to the window's Undo/Redo actions. The capture field passes
them on whenever it is empty (``when_empty=True``): Ctrl+Z there takes back the idea just captured.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QKeyCombination, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

_CTRL = Qt.KeyboardModifier.ControlModifier
_REDO_KEYS = (
    QKeyCombination(_CTRL | Qt.KeyboardModifier.ShiftModifier, Qt.Key.Key_Z),
    QKeyCombination(_CTRL, Qt.Key.Key_Y),
)


def undo_key(event: QKeyEvent) -> str | None:
    """``"undo"`` or ``"redo"`` when the key is one of the window's undo/redo keys, else None."""
    if event.matches(QKeySequence.StandardKey.Undo):
        return "undo"
    if event.matches(QKeySequence.StandardKey.Redo) or event.keyCombination() in _REDO_KEYS:
        return "redo"
    return None


def _own_history(widget: QObject, kind: str) -> bool:
    """Whether ``widget`` has typing of its own to undo (``kind`` "undo") or redo."""
    if isinstance(widget, QAbstractSpinBox):
        inner = widget.findChild(QLineEdit)
        return inner is not None and _own_history(inner, kind)
    if isinstance(widget, QLineEdit):
        if widget.isReadOnly():
            return False
        return widget.isUndoAvailable() if kind == "undo" else widget.isRedoAvailable()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        if widget.isReadOnly():
            return False
        document = widget.document()
        return document.isUndoAvailable() if kind == "undo" else document.isRedoAvailable()
    return False


def _is_empty(widget: QObject) -> bool:
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return not widget.toPlainText()
    if isinstance(widget, QLineEdit):
        return not widget.text()
    return False


class _UndoKeys(QObject):
    """Lets the undo keys through to the window when the watched field has nothing of its own to undo."""

    def __init__(self, parent: QWidget, when_empty: bool) -> None:
        super().__init__(parent)
        self.when_empty = when_empty

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ignore the field's claim on an undo key (a ShortcutOverride) when the window should have it."""
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        kind = undo_key(event)
        if kind is None:
            return False
        to_window = _is_empty(watched) if self.when_empty else not _own_history(watched, kind)
        if to_window:
            event.ignore()  # not overridden: the shortcut (the window's Undo/Redo action) fires
            return True
        return False


def pass_undo_to_window(*widgets: QWidget, when_empty: bool = False) -> None:
    """Let these fields pass Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y to the window when they have nothing to undo.

    With ``when_empty`` the keys go to the window whenever the field is empty, and stay with the field
    whenever it holds text (the capture field).
    """
    for widget in widgets:
        widget.installEventFilter(_UndoKeys(widget, when_empty))
