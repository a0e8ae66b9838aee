"""Undo commands of the follow-up: each is one store write taken back and done again exactly (a row journal)."""

from __future__ import annotations

from collections.abc import Callable

from ...core.validation import Problem
from ...store.errors import InvalidValueError, StoreError
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


def push_from_form(session: WorkshopSession, command: JournalCommand, show: Callable[[str, Problem], None]) -> bool:
    """Run ``command`` once and put it on the undo stack; False when it was refused.

    A value the store refuses is shown beside its field (``show``), so the form stays open with
    what was typed; any other store error is reported as everywhere else.
    """
    try:
        command.run_first()
    except InvalidValueError as exc:
        show(exc.field, exc.problem)
        return False
    except StoreError as exc:
        session.report(exc)
        return False
    session.undo_stack.push(command)
    return True
