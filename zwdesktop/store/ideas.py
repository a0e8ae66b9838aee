"""The ideas and clusters of the workshop file (``store.ideas``).

Every method is one committed transaction that reports a change of
:attr:`~.changes.Area.IDEAS` or :attr:`~.changes.Area.CLUSTERS` with the ids
it touched, so the lists refresh only those rows. Rules (clean text, limits,
phases) come from :mod:`zwdesktop.core.ideas`; a refused value raises
:class:`~zwdesktop.store.errors.InvalidValueError` and changes nothing. Undo
commands use the same methods backwards; :meth:`IdeaRepository.put` writes
whole records back (with a fresh ``updated_at``, so an undone change also
wins a later merge).
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from msgspec.structs import replace

from ..core.ideas import (
    CLUSTER_EDITABLE_FIELDS,
    IDEA_EDITABLE_FIELDS,
    Cluster,
    Idea,
    check_cluster_field,
    check_idea_field,
    clean_idea_text,
    merged_text,
    text_key,
)
from ..core.ideas_exchange import cluster_to_record, idea_to_record
from ..core.workshop import utc_now
from .changes import Area, Change
from .errors import InvalidValueError, StoreError, StoreErrorKind
from .fields import check_fields, fields_of
from .ordering import renumber
from .repository import Repository

if TYPE_CHECKING:
    from sqlite_utils import Database

    from .workshop_store import WorkshopStore

IDEA_COLUMNS = "id, text, phase, cluster_id, author, reframed_from, merged_into, deleted, created_at, updated_at"


def idea_from_row(row: sqlite3.Row | dict[str, Any]) -> Idea:
    """The idea of an ``idea`` row."""
    return Idea(
        id=row["id"],
        text=row["text"],
        phase=row["phase"],
        cluster_id=row["cluster_id"] or None,
        author=row["author"] or "",
        reframed_from=row["reframed_from"] or None,
        merged_into=row["merged_into"] or None,
        deleted=bool(row["deleted"]),
        created_at=row["created_at"],
        updated_at=row["updated_at"],
    )


def cluster_from_row(row: sqlite3.Row | dict[str, Any]) -> Cluster:
    """The cluster of an ``idea_cluster`` row."""
    return Cluster(
        id=row["id"],
        name=row["name"],
        colour=row["colour"],
        position=int(row["position"]),
        deleted=bool(row["deleted"]),
        updated_at=row["updated_at"],
    )


class IdeaRepository(Repository):
    """Reads and changes the ideas and clusters of one open workshop file."""

    area = Area.IDEAS

    def __init__(self, store: WorkshopStore) -> None:
        super().__init__(store)
        # The duplicate check's kept index: (phase, text key) of every visible idea, made on first
        # use and brought up to date from the ids each change names, so a check per Enter does not
        # read every idea of the file.
        self._dup_index: dict[tuple[str, str], set[str]] | None = None
        self._dup_keys: dict[str, tuple[str, str]] = {}
        self._dup_stale: set[str] = set()
        store.add_listener(self._on_change)

    # ---- rows ----------------------------------------------------------

    def row(self, idea: Idea) -> dict[str, Any]:
        """The ``idea`` row of an idea of this file."""
        return {**idea_to_record(idea), "deleted": int(idea.deleted), "workshop_id": self.workshop_id}

    def cluster_row(self, cluster: Cluster) -> dict[str, Any]:
        """The ``idea_cluster`` row of a cluster of this file."""
        return {**cluster_to_record(cluster), "deleted": int(cluster.deleted), "workshop_id": self.workshop_id}

    # ---- reading -------------------------------------------------------

    def all(self, include_hidden: bool = False) -> list[Idea]:
        """The ideas in the order they were captured (deleted and merged-away ones only with ``include_hidden``)."""
        where = "" if include_hidden else "WHERE deleted = 0 AND merged_into IS NULL"
        return [
            idea_from_row(row) for row in self._rows(f"SELECT {IDEA_COLUMNS} FROM idea {where} ORDER BY created_at, id")
        ]

    def by_ids(self, ids: Iterable[str]) -> list[Idea]:
        """The ideas with these ids (hidden ones too), in capture order; unknown ids are left out."""
        wanted = list(dict.fromkeys(ids))
        found: list[Idea] = []
        # Chunks stay below SQLite's limit of bound parameters.
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            marks = ",".join("?" * len(chunk))
            found.extend(
                idea_from_row(row)
                for row in self._rows(f"SELECT {IDEA_COLUMNS} FROM idea WHERE id IN ({marks})", chunk)
            )
        return sorted(found, key=lambda i: (i.created_at, i.id))

    def get(self, idea_id: str) -> Idea:
        """One idea by id (also a hidden one)."""
        row = self._row(f"SELECT {IDEA_COLUMNS} FROM idea WHERE id = ?", [idea_id])
        if row is None:
            raise StoreError(StoreErrorKind.NOT_FOUND, id=idea_id)
        return idea_from_row(row)

    def reframed_from(self, idea_id: str) -> list[Idea]:
        """The ideas (hidden ones too) that name ``idea_id`` as the critique point they were reframed from."""
        rows = self._rows(f"SELECT {IDEA_COLUMNS} FROM idea WHERE reframed_from = ? ORDER BY created_at, id", [idea_id])
        return [idea_from_row(row) for row in rows]

    def clusters(self, include_deleted: bool = False) -> list[Cluster]:
        """The clusters in their order."""
        where = "" if include_deleted else "WHERE deleted = 0"
        return [
            cluster_from_row(row) for row in self._rows(f"SELECT * FROM idea_cluster {where} ORDER BY position, id")
        ]

    def cluster(self, cluster_id: str) -> Cluster:
        """One cluster by id (also a deleted one)."""
        row = self._row("SELECT * FROM idea_cluster WHERE id = ?", [cluster_id])
        if row is None:
            raise StoreError(StoreErrorKind.NOT_FOUND, id=cluster_id)
        return cluster_from_row(row)

    def duplicate(self, text: str, phase: str, ignore_id: str | None = None) -> Idea | None:
        """The first captured visible idea of ``phase`` with the same text (case and spacing aside), or None."""
        found = self._duplicate_index().get((phase, text_key(text)), set()) - {ignore_id or ""}
        ideas = self.by_ids(found)
        return ideas[0] if ideas else None

    def _duplicate_index(self) -> dict[tuple[str, str], set[str]]:
        index = self._dup_index
        if index is None:
            index, self._dup_keys, self._dup_stale = {}, {}, set()
            rows = self._rows("SELECT id, text, phase FROM idea WHERE deleted = 0 AND merged_into IS NULL")
            self._dup_index = index
            self._index_rows(rows)
        elif self._dup_stale:
            stale, self._dup_stale = list(self._dup_stale), set()
            for idea_id in stale:
                key = self._dup_keys.pop(idea_id, None)
                if key is not None:
                    index[key].discard(idea_id)
            for start in range(0, len(stale), 500):
                chunk = stale[start : start + 500]
                marks = ",".join("?" * len(chunk))
                sql = f"SELECT id, text, phase FROM idea WHERE id IN ({marks}) AND deleted = 0 AND merged_into IS NULL"
                self._index_rows(self._rows(sql, chunk))
        return index

    def _index_rows(self, rows: Iterable[sqlite3.Row]) -> None:
        assert self._dup_index is not None
        for row in rows:
            key = (str(row["phase"]), text_key(row["text"]))
            self._dup_index.setdefault(key, set()).add(row["id"])
            self._dup_keys[row["id"]] = key

    def _on_change(self, change: Change) -> None:
        # Written ideas are looked at again at the next check; a change of any row (a merge) rebuilds the index.
        if self._dup_index is not None and change.touches(Area.IDEAS):
            if change.ids:
                self._dup_stale.update(change.ids)
            else:
                self._dup_index = None

    def _write(self, ids: Iterable[str], *areas: Area) -> contextlib.AbstractContextManager[Database]:
        ids = list(ids)
        if self._dup_index is not None:
            self._dup_stale.update(ids)  # at once: a check inside a batch sees the batch's own writes
        return super()._write(ids, *areas)

    # ---- checks --------------------------------------------------------

    def _checked(self, idea: Idea) -> Idea:
        idea = replace(idea, text=clean_idea_text(idea.text), author=clean_idea_text(idea.author))
        check_fields(fields_of(idea, IDEA_EDITABLE_FIELDS), IDEA_EDITABLE_FIELDS, check_idea_field)
        if idea.cluster_id is not None:
            self._live_cluster(idea.cluster_id)
        if idea.reframed_from is not None:
            if idea.reframed_from == idea.id:
                raise StoreError(StoreErrorKind.NOT_FOUND, id=idea.reframed_from)
            self.get(idea.reframed_from)
        return idea

    def _live_cluster(self, cluster_id: str) -> Cluster:
        cluster = self.cluster(cluster_id)
        if cluster.deleted:
            raise StoreError(StoreErrorKind.NOT_FOUND, id=cluster_id)
        return cluster

    def _cluster_order(self) -> list[str]:
        return [c.id for c in self.clusters()]

    # ---- changing ideas --------------------------------------------------

    def add(self, idea: Idea) -> Idea:
        """Store a new idea (text cleaned and checked; an empty or too long text is refused); returns it as stored."""
        now = utc_now()
        stored = replace(self._checked(idea), created_at=now, updated_at=now, deleted=False, merged_into=None)
        with self._write([stored.id]) as db:
            db.table("idea").insert(self.row(stored))
        return stored

    def update(self, idea_id: str, **changes: Any) -> Idea:
        """Change fields of one idea (text, phase, cluster_id, author, reframed_from), each checked first."""
        check_fields(changes, IDEA_EDITABLE_FIELDS, lambda _name, _value: None)
        updated = self._checked(replace(self.get(idea_id), **changes))
        updated.updated_at = utc_now()
        with self._write([idea_id]) as db:
            db.table("idea").update(idea_id, self.row(updated))
        return updated

    def delete(self, idea_ids: Sequence[str]) -> list[Idea]:
        """Delete ideas (kept as tombstones for the two-laptop merge); returns them as they were."""
        return self._set_flag(idea_ids, deleted=True)

    def restore(self, idea_ids: Sequence[str]) -> list[Idea]:
        """Bring deleted ideas back (undo of a delete or of an add)."""
        return self._set_flag(idea_ids, deleted=False)

    def _set_flag(self, idea_ids: Sequence[str], deleted: bool) -> list[Idea]:
        before = self.by_ids(idea_ids)
        if len(before) != len(set(idea_ids)):
            missing = set(idea_ids) - {i.id for i in before}
            raise StoreError(StoreErrorKind.NOT_FOUND, id=sorted(missing)[0])
        now = utc_now()
        with self._write(idea_ids) as db:
            for idea in before:
                db.table("idea").update(idea.id, {"deleted": int(deleted), "updated_at": now})
        return before

    def set_cluster(self, idea_ids: Sequence[str], cluster_id: str | None) -> dict[str, str | None]:
        """Put ideas into one cluster (None: into none); returns each idea's cluster before, for an undo."""
        if cluster_id is not None:
            self._live_cluster(cluster_id)
        before = {idea.id: idea.cluster_id for idea in self.by_ids(idea_ids)}
        now = utc_now()
        with self._write(idea_ids) as db:
            for idea_id in before:
                db.table("idea").update(idea_id, {"cluster_id": cluster_id, "updated_at": now})
        return before

    def set_clusters_of(self, assignment: dict[str, str | None]) -> None:
        """Give each idea its own cluster (the undo of :meth:`set_cluster`); deleted clusters become none."""
        live = set(self._cluster_order())
        now = utc_now()
        with self._write(assignment) as db:
            for idea_id, cluster_id in assignment.items():
                value = cluster_id if cluster_id in live else None
                db.table("idea").update(idea_id, {"cluster_id": value, "updated_at": now})

    def merge(self, survivor_id: str, absorbed_id: str) -> tuple[Idea, Idea]:
        """Merge two ideas into one: the survivor carries both texts, the other is hidden (its text kept).

        Refused when the two texts together exceed the limit. Returns both
        ideas as they were before, for an undo with :meth:`put`.
        """
        if survivor_id == absorbed_id:
            raise StoreError(StoreErrorKind.NOT_FOUND, id=absorbed_id)
        survivor, absorbed = self.get(survivor_id), self.get(absorbed_id)
        text = merged_text(survivor.text, absorbed.text)
        problem = check_idea_field("text", text)
        if problem:
            raise InvalidValueError("text", problem)
        reframed = [i.id for i in self.reframed_from(absorbed_id)]
        now = utc_now()
        with self._write([survivor_id, absorbed_id, *reframed]) as db:
            db.table("idea").update(
                survivor_id, {"text": text, "cluster_id": survivor.cluster_id or absorbed.cluster_id, "updated_at": now}
            )
            db.table("idea").update(absorbed_id, {"merged_into": survivor_id, "updated_at": now})
            # A wish reframed from the absorbed critique point now points at the merged one.
            db.execute(
                "UPDATE idea SET reframed_from = ?, updated_at = ? WHERE reframed_from = ?",
                [survivor_id, now, absorbed_id],
            )
        return survivor, absorbed

    def put(self, ideas: Sequence[Idea]) -> None:
        """Write whole idea records back as given (an undo), with a fresh ``updated_at``."""
        now = utc_now()
        with self._write([i.id for i in ideas]) as db:
            for idea in ideas:
                db.table("idea").upsert(self.row(replace(idea, updated_at=now)), pk="id")

    # ---- changing clusters -----------------------------------------------

    def add_cluster(self, cluster: Cluster, index: int | None = None) -> Cluster:
        """Add a cluster at ``index`` of the order (the end when None); returns it as stored."""
        cluster = replace(cluster, name=clean_idea_text(cluster.name).replace("\n", " "))
        check_fields(fields_of(cluster, CLUSTER_EDITABLE_FIELDS), CLUSTER_EDITABLE_FIELDS, check_cluster_field)
        order = self._cluster_order()
        index = len(order) if index is None else max(0, min(index, len(order)))
        stored = replace(cluster, deleted=False, position=index, updated_at=utc_now())
        order.insert(index, stored.id)
        with self._write([stored.id], Area.CLUSTERS) as db:
            db.table("idea_cluster").upsert(self.cluster_row(stored), pk="id")
            renumber(db, "idea_cluster", order, touched=stored.id)
        return stored

    def update_cluster(self, cluster_id: str, **changes: Any) -> Cluster:
        """Rename or recolour a cluster."""
        current = self._live_cluster(cluster_id)
        if "name" in changes:
            changes["name"] = clean_idea_text(str(changes["name"])).replace("\n", " ")
        check_fields(changes, CLUSTER_EDITABLE_FIELDS, check_cluster_field)
        updated = replace(current, **changes, updated_at=utc_now())
        with self._write([cluster_id], Area.CLUSTERS) as db:
            db.table("idea_cluster").update(cluster_id, self.cluster_row(updated))
        return updated

    def move_cluster(self, cluster_id: str, index: int) -> int:
        """Move a cluster to ``index`` of the order; returns the index it came from."""
        order = self._cluster_order()
        if cluster_id not in order:
            raise StoreError(StoreErrorKind.NOT_FOUND, id=cluster_id)
        old = order.index(cluster_id)
        order.remove(cluster_id)
        order.insert(max(0, min(index, len(order))), cluster_id)
        with self._write([cluster_id], Area.CLUSTERS) as db:
            renumber(db, "idea_cluster", order, touched=cluster_id)
        return old

    def delete_cluster(self, cluster_id: str) -> tuple[Cluster, int, list[str]]:
        """Delete a cluster; its ideas stay, without a cluster. Returns the cluster, its index and its ideas' ids."""
        order = self.clusters()
        index = next((i for i, c in enumerate(order) if c.id == cluster_id), None)
        if index is None:
            raise StoreError(StoreErrorKind.NOT_FOUND, id=cluster_id)
        removed = order.pop(index)
        members = [str(row[0]) for row in self._rows("SELECT id FROM idea WHERE cluster_id = ?", [cluster_id])]
        now = utc_now()
        with self._write([cluster_id, *members], Area.CLUSTERS, Area.IDEAS) as db:
            db.table("idea_cluster").update(cluster_id, {"deleted": 1, "updated_at": now})
            renumber(db, "idea_cluster", [c.id for c in order])
            for idea_id in members:
                db.table("idea").update(idea_id, {"cluster_id": None, "updated_at": now})
        return removed, index, members

    def restore_cluster(self, cluster: Cluster, index: int, members: Sequence[str]) -> None:
        """Bring a deleted cluster back at ``index`` with its ideas (the undo of :meth:`delete_cluster`)."""
        with self.store.batch():
            self.add_cluster(cluster, index)
            if members:
                now = utc_now()
                with self._write(members) as db:
                    for idea_id in members:
                        db.table("idea").update(idea_id, {"cluster_id": cluster.id, "updated_at": now})
