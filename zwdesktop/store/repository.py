"""What every feature's repository shares: it reads through the store's connection and writes through ``store.write``.

A repository is made once with its :class:`~.workshop_store.WorkshopStore`
and reached as an attribute of it (``store.agenda``, ``store.clock``,
``store.photos``, ``store.ideas``, ``store.votes``, ``store.agreements``), as
Anki's collection has ``col.decks`` and ``col.models``. Each write is one
committed transaction that reports a :class:`~.changes.Change` of the
repository's areas with the ids it wrote.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from .changes import Area, Change

if TYPE_CHECKING:
    from sqlite_utils import Database

    from .workshop_store import WorkshopStore


class Repository:
    """The base of the store's feature repositories; ``area`` is what their changes report."""

    area: Area

    def __init__(self, store: WorkshopStore) -> None:
        self.store = store

    @property
    def workshop_id(self) -> str:
        """The id of the file's workshop (the rows' ``workshop_id``)."""
        return self.store.workshop_id

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]:
        return self.store.conn.execute(sql, params).fetchall()

    def _row(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Row | None:
        row: sqlite3.Row | None = self.store.conn.execute(sql, params).fetchone()
        return row

    def _write(self, ids: Iterable[str], *areas: Area) -> contextlib.AbstractContextManager[Database]:
        """One committed transaction reporting a change of ``areas`` (this repository's when none) with ``ids``."""
        return self.store.write(Change.of(*(areas or (self.area,)), ids=ids))
