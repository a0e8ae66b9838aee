"""One open workshop file in the GUI: the store, its undo stack, and change signals.

Every edit goes one way: a :class:`~zwdesktop.gui.commands.StoreCommand` runs
a store operation (which commits), the store reports the change, and the
session re-emits it as a Qt signal so that views refresh what changed.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..store import StoreError, WorkshopStore
from ..store.changes import Change
from .ideas.context import IdeaContext
from .votes.focus import VoteFocus


class WorkshopSession(QObject):
    """The open workshop: ``store``, ``undo_stack``, and ``changed(change)`` after each commit.

    Two pieces of view state belong to the open workshop and are shared by its
    views: ``idea_context`` (the phase ideas go into, the wall's highlight) and
    ``vote_focus`` (the round on the projector). Neither is written to the file.

    ``changed`` carries the store's :class:`~zwdesktop.store.changes.Change`:
    the areas the commit touched and the ids it wrote. A view connects to it
    and refreshes only when ``change.touches(...)`` one of the areas it shows.
    ``failed`` carries a :class:`StoreError` when an edit could not be
    written; the edit is then not on the undo stack and nothing changed.
    """

    changed = Signal(object)
    failed = Signal(object)

    def __init__(self, store: WorkshopStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.undo_stack = QUndoStack(self)
        self.idea_context = IdeaContext(self)
        self.vote_focus = VoteFocus(self)
        store.add_listener(self._on_change)

    @property
    def read_only(self) -> bool:
        """Whether the file is open for reading only."""
        return self.store.read_only

    def _on_change(self, change: Change) -> None:
        self.changed.emit(change)

    def push(self, command: QUndoCommand) -> bool:
        """Run ``command`` once and put it on the undo stack; on a store error report it and return False."""
        run_first = getattr(command, "run_first", None)
        if run_first is not None:
            try:
                run_first()
            except StoreError as exc:
                self.failed.emit(exc)
                return False
        self.undo_stack.push(command)
        return True

    def report(self, exc: StoreError) -> None:
        """Report an error of an undo or redo that could not be written."""
        self.failed.emit(exc)

    def close(self) -> None:
        """Close the file (the undo history goes with it)."""
        self.undo_stack.clear()
        self.store.close()
