"""Actions by feature: each part of the program keeps its ``QAction`` objects in an :class:`ActionCollection`.

A collection is a child of what it belongs to — the main window for the menus'
actions, a page for the page's own keys, the workspace for the live clock's —
so its actions live exactly as long as that: a page that goes away takes its
actions with it, and no list of names has to be kept in step by hand. Names are
members of a :class:`~enum.StrEnum` per feature (``AgendaAction.ADD``), so menus,
pages and tests spell them alike.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterator
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolButton, QWidget

from .flow_layout import FlowLayout
from .session import WorkshopSession

Shortcut = QKeySequence | QKeySequence.StandardKey | str | None


class Needs(enum.Enum):
    """What an action of the menus needs to be enabled."""

    NOTHING = enum.auto()
    WORKSHOP = enum.auto()  # an open workshop
    WRITABLE = enum.auto()  # an open workshop that may be changed (not read-only)


class ActionCollection(QObject):
    """The actions of one part of the program, by name; they live as long as the collection's parent."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._actions: dict[str, QAction] = {}
        self._needs: dict[str, Needs] = {}

    def add(
        self,
        name: enum.StrEnum,
        text: str,
        slot: Callable[..., Any] | None = None,
        shortcut: Shortcut | list[Shortcut] = None,
        widget: QWidget | None = None,
        context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut,
        tip: str = "",
        needs: Needs = Needs.NOTHING,
    ) -> QAction:
        """Make the action ``name``; its shortcut works in ``widget`` (as far as ``context`` says)."""
        action = QAction(text, self)
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
        if widget is not None:
            widget.addAction(action)
        self._actions[name] = action
        self._needs[name] = needs
        return action

    def get(self, name: enum.StrEnum) -> QAction:
        """The action called ``name``."""
        return self._actions[name]

    def __contains__(self, name: object) -> bool:
        return name in self._actions

    def __iter__(self) -> Iterator[QAction]:
        return iter(self._actions.values())

    def enable_for(self, session: WorkshopSession | None) -> None:
        """Enable each action whose needs the open workshop (or none) meets."""
        for name, needs in self._needs.items():
            if needs is Needs.WORKSHOP:
                self._actions[name].setEnabled(session is not None)
            elif needs is Needs.WRITABLE:
                self._actions[name].setEnabled(session is not None and not session.read_only)


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
