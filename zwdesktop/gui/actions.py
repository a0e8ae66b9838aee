"""All actions in one place, keyed by name, with their shortcuts.

Menus, toolbars, the projector window and tests look actions up here by
name instead of each widget making its own.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeAlias

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QToolButton, QWidget

from .flow_layout import FlowLayout

# A string alias: evaluating a union of Qt types at import time costs start-up time.
Shortcut: TypeAlias = "QKeySequence | QKeySequence.StandardKey | str | None"


class ActionRegistry(QObject):
    """Creates and keeps the program's ``QAction`` objects by name."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._actions: dict[str, QAction] = {}

    def add(
        self,
        name: str,
        text: str,
        slot: Callable[..., Any] | None = None,
        shortcut: Shortcut | list[Shortcut] = None,
        owner: QWidget | None = None,
        context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut,
        tip: str = "",
        icon: QIcon | None = None,
    ) -> QAction:
        """Make an action ``name`` (owned by ``owner`` so its shortcut works in that widget's window)."""
        action = QAction(text, owner or self.parent())
        if icon is not None:
            action.setIcon(icon)
        shortcuts = shortcut if isinstance(shortcut, list) else [shortcut]
        keys: list[QKeySequence] = []
        for key in shortcuts:
            if key is None:
                continue
            if isinstance(key, QKeySequence.StandardKey):
                keys.extend(QKeySequence.keyBindings(key))
            else:
                keys.append(QKeySequence(key))
        if keys:
            action.setShortcuts(keys)
            action.setShortcutContext(context)
            shown = keys[0].toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{tip or text.replace('&', '')} ({shown})")
        elif tip:
            action.setToolTip(tip)
        if tip:
            action.setStatusTip(tip)
        if slot is not None:
            action.triggered.connect(slot)
        if owner is not None:
            owner.addAction(action)
        self._actions[name] = action
        return action

    def register(self, name: str, action: QAction) -> QAction:
        """Keep an action made elsewhere (e.g. the undo stack's) under ``name``."""
        self._actions[name] = action
        return action

    def get(self, name: str) -> QAction:
        """The action called ``name``."""
        return self._actions[name]

    def names(self) -> list[str]:
        """All action names."""
        return list(self._actions)

    def remove_prefix(self, prefix: str) -> None:
        """Forget the actions of a page that is going away (e.g. ``agenda.``)."""
        for name in [n for n in self._actions if n.startswith(prefix)]:
            del self._actions[name]


def action_buttons(parent: QWidget, actions: list[QAction], text_only: bool = True) -> FlowLayout:
    """Tool buttons, one per action (text, shortcut in the tooltip), left-aligned; they wrap when narrow."""
    row = FlowLayout()
    for action in actions:
        button = QToolButton(parent)
        button.setDefaultAction(action)
        if text_only:
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        row.addWidget(button)
    return row
