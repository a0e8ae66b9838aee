"""Undo commands of the follow-up: each is one store write taken back and done again exactly (a row journal)."""

from __future__ import annotations

from collections.abc import Callable

from ...store.row_journal import WrittenRows, put_again, put_back
from ..commands import StoreCommand
from ..session import WorkshopSession


class JournalCommand(StoreCommand):
    """A follow-up change: ``write`` runs once; undo writes the rows as they were, redo as they became."""

    def __init__(self, session: WorkshopSession, text: str, write: Callable[[], WrittenRows]) -> None:
        self.rows = WrittenRows()
        self._cleared = WrittenRows()
        self._written = False

        def forward() -> None:
            if not self._written:
                self.rows = write()
                self._written = True
            else:
                put_again(session.store, self.rows, self._cleared)

        def backward() -> None:
            self._cleared = put_back(session.store, self.rows)

        super().__init__(session, text, forward, backward)
