"""The store's idea and cluster operations (mixed into :class:`~zwdesktop.store.workshop_store.WorkshopStore`).

Every method is one committed transaction that reports a
:class:`~zwdesktop.store.workshop_store.Change` of kind ``"ideas"`` or
``"clusters"`` with the ids it touched, so the lists refresh only those rows.
Rules (clean text, limits, phases) come from :mod:`zwdesktop.core.ideas`; a
refused value raises :class:`~zwdesktop.store.errors.InvalidValueError` and
changes nothing. Undo commands use the same methods backwards; the
``put_*`` methods write whole records back (with a fresh ``updated_at``, so an
undone change also wins a later merge).
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from ..core.workshop import utc_now
from .errors import InvalidValueError, StoreError, StoreErrorKind

if TYPE_CHECKING:
    import contextlib

    from sqlite_utils import Database

    from ..core.ideas import Cluster, Idea
    from .workshop_store import Change

IDEA_COLUMNS = "id, text, phase, cluster_id, author, reframed_from, merged_into, deleted, created_at, updated_at"


@functools.cache
def _record_types() -> tuple[type[Idea], type[Cluster]]:
    """The idea and cluster classes, imported on first use (start-up time) and then kept.

    Not an import in the row functions themselves: those run once per row, and every
    import statement passes PySide6's import hook.
    """
    from ..core.ideas import Cluster, Idea

    return Idea, Cluster


def idea_from_row(row: sqlite3.Row | dict[str, Any]) -> Idea:
    """The idea of an ``idea`` row."""
    idea, _cluster = _record_types()
    return idea(
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
    _idea, cluster = _record_types()
    return cluster(
        id=row["id"],
        name=row["name"],
        colour=row["colour"],
        position=int(row["position"]),
        deleted=bool(row["deleted"]),
        updated_at=row["updated_at"],
    )


class IdeaStoreMixin:
    """Reading and changing ideas and clusters; needs the store's connection, workshop id and ``write``."""

    if TYPE_CHECKING:
        _conn: sqlite3.Connection
        _workshop_id: str

        def write(self, change: Change) -> contextlib.AbstractContextManager[Database]: ...

        def batch(self) -> contextlib.AbstractContextManager[None]: ...

    # ---- rows ----------------------------------------------------------

    def idea_row(self, idea: Idea) -> dict[str, Any]:
        """The ``idea`` row of an idea of this file."""
        return {
            "id": idea.id,
            "workshop_id": self._workshop_id,
            "text": idea.text,
            "phase": idea.phase,
            "cluster_id": idea.cluster_id,
            "author": idea.author,
            "reframed_from": idea.reframed_from,
            "merged_into": idea.merged_into,
            "deleted": int(idea.deleted),
            "created_at": idea.created_at,
            "updated_at": idea.updated_at,
        }

    def cluster_row(self, cluster: Cluster) -> dict[str, Any]:
        """The ``idea_cluster`` row of a cluster of this file."""
        return {
            "id": cluster.id,
            "workshop_id": self._workshop_id,
            "name": cluster.name,
            "colour": cluster.colour,
            "position": cluster.position,
            "deleted": int(cluster.deleted),
            "updated_at": cluster.updated_at,
        }

    # ---- reading -------------------------------------------------------

    def ideas(self, include_hidden: bool = False) -> list[Idea]:
        """The ideas in the order they were captured (deleted and merged-away ones only with ``include_hidden``)."""
        where = "" if include_hidden else "WHERE deleted = 0 AND merged_into IS NULL"
        rows = self._conn.execute(f"SELECT {IDEA_COLUMNS} FROM idea {where} ORDER BY created_at, id").fetchall()
        return [idea_from_row(row) for row in rows]

    def ideas_by_id(self, ids: Iterable[str]) -> list[Idea]:
        """The ideas with these ids (hidden ones too), in capture order."""
        wanted = list(dict.fromkeys(ids))
        found: list[Idea] = []
        # Chunks stay below SQLite's limit of bound parameters.
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            marks = ",".join("?" * len(chunk))
            rows = self._conn.execute(f"SELECT {IDEA_COLUMNS} FROM idea WHERE id IN ({marks})", chunk).fetchall()
            found.extend(idea_from_row(row) for row in rows)
        return sorted(found, key=lambda i: (i.created_at, i.id))

    def idea(self, idea_id: str) -> Idea:
        """One idea by id (also a hidden one)."""
        row = self._conn.execute(f"SELECT {IDEA_COLUMNS} FROM idea WHERE id = ?", [idea_id]).fetchone()
        if row is None:
            raise StoreError(StoreErrorKind.NOT_FOUND, id=idea_id)
        return idea_from_row(row)

    def clusters(self, include_deleted: bool = False) -> list[Cluster]:
        """The clusters in their order."""
        where = "" if include_deleted else "WHERE deleted = 0"
        rows = self._conn.execute(f"SELECT * FROM idea_cluster {where} ORDER BY position, id").fetchall()
        return [cluster_from_row(row) for row in rows]

    def cluster(self, cluster_id: str) -> Cluster:
        """One cluster by id (also a deleted one)."""
        row = self._conn.execute("SELECT * FROM idea_cluster WHERE id = ?", [cluster_id]).fetchone()
        if row is None:
            raise StoreError(StoreErrorKind.NOT_FOUND, id=cluster_id)
        return cluster_from_row(row)

    # ---- checks --------------------------------------------------------

    def _checked_idea(self, idea: Idea) -> Idea:
        from ..core.ideas import IDEA_EDITABLE_FIELDS, check_idea_field, clean_idea_text

        idea = replace(idea, text=clean_idea_text(idea.text), author=clean_idea_text(idea.author))
        for name in IDEA_EDITABLE_FIELDS:
            problem = check_idea_field(name, getattr(idea, name))
            if problem:
                raise InvalidValueError(name, problem)
        if idea.cluster_id is not None:
            self._live_cluster(idea.cluster_id)
        if idea.reframed_from is not None:
            if idea.reframed_from == idea.id:
                raise StoreError(StoreErrorKind.NOT_FOUND, id=idea.reframed_from)
            self.idea(idea.reframed_from)
        return idea

    def _live_cluster(self, cluster_id: str) -> Cluster:
        cluster = self.cluster(cluster_id)
        if cluster.deleted:
            raise StoreError(StoreErrorKind.NOT_FOUND, id=cluster_id)
        return cluster

    # ---- changing ideas --------------------------------------------------

    def add_idea(self, idea: Idea) -> Idea:
        """Store a new idea (text cleaned and checked; an empty or too long text is refused); returns it as stored."""
        from .workshop_store import Change

        now = utc_now()
        stored = replace(self._checked_idea(idea), created_at=now, updated_at=now, deleted=False, merged_into=None)
        with self.write(Change("ideas", (stored.id,))) as db:
            db.table("idea").insert(self.idea_row(stored))
        return stored

    def update_idea(self, idea_id: str, **changes: Any) -> Idea:
        """Change fields of one idea (text, phase, cluster_id, author, reframed_from), each checked first."""
        from ..core.ideas import IDEA_EDITABLE_FIELDS
        from .workshop_store import Change

        for name in changes:
            if name not in IDEA_EDITABLE_FIELDS:
                raise StoreError(StoreErrorKind.UNKNOWN_FIELD, field=name)
        updated = self._checked_idea(replace(self.idea(idea_id), **changes))
        updated.updated_at = utc_now()
        with self.write(Change("ideas", (idea_id,))) as db:
            db.table("idea").update(idea_id, self.idea_row(updated))
        return updated

    def delete_ideas(self, idea_ids: Sequence[str]) -> list[Idea]:
        """Delete ideas (kept as tombstones for the two-laptop merge); returns them as they were."""
        return self._set_flag(idea_ids, deleted=True)

    def restore_ideas(self, idea_ids: Sequence[str]) -> list[Idea]:
        """Bring deleted ideas back (undo of a delete or of an add)."""
        return self._set_flag(idea_ids, deleted=False)

    def _set_flag(self, idea_ids: Sequence[str], deleted: bool) -> list[Idea]:
        from .workshop_store import Change

        before = self.ideas_by_id(idea_ids)
        if len(before) != len(set(idea_ids)):
            missing = set(idea_ids) - {i.id for i in before}
            raise StoreError(StoreErrorKind.NOT_FOUND, id=sorted(missing)[0])
        now = utc_now()
        with self.write(Change("ideas", tuple(idea_ids))) as db:
            for idea in before:
                db.table("idea").update(idea.id, {"deleted": int(deleted), "updated_at": now})
        return before

    def set_ideas_cluster(self, idea_ids: Sequence[str], cluster_id: str | None) -> dict[str, str | None]:
        """Put ideas into one cluster (None: into none); returns each idea's cluster before, for an undo."""
        from .workshop_store import Change

        if cluster_id is not None:
            self._live_cluster(cluster_id)
        before = {idea.id: idea.cluster_id for idea in self.ideas_by_id(idea_ids)}
        now = utc_now()
        with self.write(Change("ideas", tuple(idea_ids))) as db:
            for idea_id in before:
                db.table("idea").update(idea_id, {"cluster_id": cluster_id, "updated_at": now})
        return before

    def set_clusters_of(self, assignment: dict[str, str | None]) -> None:
        """Give each idea its own cluster (the undo of :meth:`set_ideas_cluster`); deleted clusters become none."""
        from .workshop_store import Change

        live = {c.id for c in self.clusters()}
        now = utc_now()
        with self.write(Change("ideas", tuple(assignment))) as db:
            for idea_id, cluster_id in assignment.items():
                value = cluster_id if cluster_id in live else None
                db.table("idea").update(idea_id, {"cluster_id": value, "updated_at": now})

    def merge_ideas(self, survivor_id: str, absorbed_id: str) -> tuple[Idea, Idea]:
        """Merge two ideas into one: the survivor carries both texts, the other is hidden (its text kept).

        Refused when the two texts together exceed the limit. Returns both
        ideas as they were before, for an undo with :meth:`put_ideas`.
        """
        from ..core.ideas import check_idea_field, merged_text
        from .workshop_store import Change

        if survivor_id == absorbed_id:
            raise StoreError(StoreErrorKind.NOT_FOUND, id=absorbed_id)
        survivor, absorbed = self.idea(survivor_id), self.idea(absorbed_id)
        text = merged_text(survivor.text, absorbed.text)
        problem = check_idea_field("text", text)
        if problem:
            raise InvalidValueError("text", problem)
        now = utc_now()
        with self.write(Change("ideas", (survivor_id, absorbed_id))) as db:
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

    def put_ideas(self, ideas: Sequence[Idea]) -> None:
        """Write whole idea records back as given (an undo), with a fresh ``updated_at``."""
        from .workshop_store import Change

        now = utc_now()
        with self.write(Change("ideas", tuple(i.id for i in ideas))) as db:
            for idea in ideas:
                db.table("idea").upsert(self.idea_row(replace(idea, updated_at=now)), pk="id")

    # ---- changing clusters -----------------------------------------------

    def add_cluster(self, cluster: Cluster, index: int | None = None) -> Cluster:
        """Add a cluster at ``index`` of the order (the end when None); returns it as stored."""
        from ..core.ideas import CLUSTER_EDITABLE_FIELDS, check_cluster_field, clean_idea_text
        from .workshop_store import Change

        cluster = replace(cluster, name=clean_idea_text(cluster.name).replace("\n", " "))
        for name in CLUSTER_EDITABLE_FIELDS:
            problem = check_cluster_field(name, getattr(cluster, name))
            if problem:
                raise InvalidValueError(name, problem)
        order = self.clusters()
        index = len(order) if index is None else max(0, min(index, len(order)))
        stored = replace(cluster, deleted=False, updated_at=utc_now())
        order.insert(index, stored)
        with self.write(Change("clusters", (stored.id,))) as db:
            db.table("idea_cluster").upsert(self.cluster_row(stored), pk="id")
            self._renumber_clusters(db, order, touched=stored.id)
        stored.position = index
        return stored

    def update_cluster(self, cluster_id: str, **changes: Any) -> Cluster:
        """Rename or recolour a cluster."""
        from ..core.ideas import CLUSTER_EDITABLE_FIELDS, check_cluster_field, clean_idea_text
        from .workshop_store import Change

        current = self._live_cluster(cluster_id)
        for name, value in changes.items():
            if name not in CLUSTER_EDITABLE_FIELDS:
                raise StoreError(StoreErrorKind.UNKNOWN_FIELD, field=name)
            if name == "name":
                changes[name] = value = clean_idea_text(str(value)).replace("\n", " ")
            problem = check_cluster_field(name, value)
            if problem:
                raise InvalidValueError(name, problem)
        updated = replace(current, **changes, updated_at=utc_now())
        with self.write(Change("clusters", (cluster_id,))) as db:
            db.table("idea_cluster").update(cluster_id, self.cluster_row(updated))
        return updated

    def move_cluster(self, cluster_id: str, index: int) -> int:
        """Move a cluster to ``index`` of the order; returns the index it came from."""
        from .workshop_store import Change

        order = self.clusters()
        old = next((i for i, c in enumerate(order) if c.id == cluster_id), None)
        if old is None:
            raise StoreError(StoreErrorKind.NOT_FOUND, id=cluster_id)
        order.insert(max(0, min(index, len(order) - 1)), order.pop(old))
        with self.write(Change("clusters", (cluster_id,))) as db:
            self._renumber_clusters(db, order, touched=cluster_id)
        return old

    def delete_cluster(self, cluster_id: str) -> tuple[Cluster, int, list[str]]:
        """Delete a cluster; its ideas stay, without a cluster. Returns the cluster, its index and its ideas' ids."""
        from .workshop_store import Change

        order = self.clusters()
        index = next((i for i, c in enumerate(order) if c.id == cluster_id), None)
        if index is None:
            raise StoreError(StoreErrorKind.NOT_FOUND, id=cluster_id)
        removed = order.pop(index)
        members = [str(row[0]) for row in self._conn.execute("SELECT id FROM idea WHERE cluster_id = ?", [cluster_id])]
        now = utc_now()
        with self.batch():
            with self.write(Change("clusters", (cluster_id,))) as db:
                db.table("idea_cluster").update(cluster_id, {"deleted": 1, "updated_at": now})
                self._renumber_clusters(db, order)
            if members:
                with self.write(Change("ideas", tuple(members))) as db:
                    for idea_id in members:
                        db.table("idea").update(idea_id, {"cluster_id": None, "updated_at": now})
        return removed, index, members

    def restore_cluster(self, cluster: Cluster, index: int, members: Sequence[str]) -> None:
        """Bring a deleted cluster back at ``index`` with its ideas (the undo of :meth:`delete_cluster`)."""
        from .workshop_store import Change

        with self.batch():
            self.add_cluster(cluster, index)
            if members:
                now = utc_now()
                with self.write(Change("ideas", tuple(members))) as db:
                    for idea_id in members:
                        db.table("idea").update(idea_id, {"cluster_id": cluster.id, "updated_at": now})

    def _renumber_clusters(self, db: Database, order: list[Cluster], touched: str | None = None) -> None:
        now = utc_now()
        for position, cluster in enumerate(order):
            if cluster.position != position or cluster.id == touched:
                db.table("idea_cluster").update(cluster.id, {"position": position, "updated_at": now})
                cluster.position = position
