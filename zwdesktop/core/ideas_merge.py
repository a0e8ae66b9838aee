"""Merging the ideas and clusters of a second laptop: both laptops end up with the same ideas under the same numbers.

The rules (the README's *Two laptops* says the same):

- Rows are matched by their UUID. A row only the other side has is added; of a
  row both have, the copy changed later (``updated_at``) wins; on a tie, a
  fixed order of the contents decides, so both laptops pick the same copy.
- **A merge of two ideas is kept.** An idea one laptop merged into another
  stays merged when the other laptop changed it later without knowing of the
  merge: its merged copy wins, and the other laptop's change is reported
  (the absorbed idea is hidden, its own text kept in the file).
- Deletions travel as tombstones (``deleted``) and follow the later-change rule.
- An idea whose cluster was deleted (here or there) ends up without a cluster.
- Cluster numbers (the order of the clusters) follow from the merged rows alone
  (position, then the earlier change, then the id), and are then renumbered 1, 2, 3 …
  with a time stamp later than every row seen, so that the other laptop takes
  the same numbers when it merges back.

When both copies differ in more than their time stamps and places, the losing
copy is reported, so the moderator can see what the other assistant had typed.
Plain Python: no Qt, no SQL.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Generic, TypeVar

from msgspec import Struct, field
from msgspec.structs import astuple, replace

from .ideas import Cluster, Idea
from .instants import format_instant, parse_instant

Row = TypeVar("Row", Idea, Cluster)


class Conflict(Struct, frozen=True):
    """Both sides changed the same row: ``kept`` is the copy that won, ``lost`` the other one; ``from_document`` says where ``kept`` came from."""

    kind: str  # "idea" or "cluster"
    kept: Idea | Cluster
    lost: Idea | Cluster
    from_document: bool


class MergePlan(Struct, Generic[Row]):
    """What to write: rows to insert and to update, the rows kept because the file's copy wins, and the conflicts."""

    insert: list[Row] = field(default_factory=list)
    update: list[Row] = field(default_factory=list)
    kept_newer: list[Row] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)


def _order(row: Idea | Cluster) -> tuple[object, ...]:
    # The later change first; on equal time stamps a kept merge, then the contents, so that the
    # choice does not depend on which laptop merges.
    merged = isinstance(row, Idea) and row.merged_into is not None
    return (row.updated_at, merged, repr(astuple(row)))


def winner(own: Row, theirs: Row) -> Row:
    """The copy of a row both sides have that the merged file keeps (the same on either laptop)."""
    if isinstance(own, Idea) and isinstance(theirs, Idea) and (own.merged_into is None) != (theirs.merged_into is None):
        return own if own.merged_into is not None else theirs  # a merge of two ideas is kept
    return max(own, theirs, key=_order)


def _worth_a_word(a: Idea | Cluster, b: Idea | Cluster, dead_clusters: frozenset[str]) -> bool:
    """Whether two copies differ in more than their time stamps, places and a cluster that is gone anyway."""
    if isinstance(a, Cluster) and isinstance(b, Cluster):
        return replace(a, updated_at="", position=0) != replace(b, updated_at="", position=0)
    assert isinstance(a, Idea) and isinstance(b, Idea)

    def plain(idea: Idea) -> Idea:
        cluster = None if idea.cluster_id in dead_clusters else idea.cluster_id
        return replace(idea, updated_at="", cluster_id=cluster)

    return plain(a) != plain(b)


def plan_merge(
    kind: str, mine: Mapping[str, Row], theirs: Iterable[Row], dead_clusters: frozenset[str] = frozenset()
) -> MergePlan[Row]:
    """Compare the file's rows (by id) with the document's; ``dead_clusters`` are the ids of deleted clusters."""
    plan: MergePlan[Row] = MergePlan()
    for row in theirs:
        own = mine.get(row.id)
        if own is None:
            plan.insert.append(row)
            continue
        if row == own:
            continue
        kept = winner(own, row)
        from_document = kept is row
        differs = _worth_a_word(own, row, dead_clusters)
        if from_document:
            plan.update.append(row)
        elif differs:
            plan.kept_newer.append(row)
        if differs:
            plan.conflicts.append(Conflict(kind, kept, own if from_document else row, from_document))
    return plan


def cluster_order(clusters: Iterable[Cluster]) -> list[Cluster]:
    """The visible clusters in their merged order: place, then the earlier change, then the id."""
    return sorted((c for c in clusters if not c.deleted), key=lambda c: (c.position, c.updated_at, c.id))


def stamp_after(stamps: Iterable[str], now: str) -> str:
    """A time stamp later than every one in ``stamps`` and not earlier than ``now``.

    A merge's own changes (new numbers, an idea let go of its deleted cluster)
    must win against every copy it has seen, even one from a laptop whose clock
    is ahead, or merging back would undo them.
    """
    latest = max(stamps, default="")
    if latest < now:
        return now
    return format_instant(parse_instant(latest) + dt.timedelta(microseconds=1))
