"""Merging the ideas and clusters of a second laptop: "the later change wins, the others are reported".

Rows are matched by their UUID. A row only the other side has is added; a
row both have is taken from the side that changed it later (``updated_at``).
When both copies differ, the losing copy is reported, so the moderator can
see what the other assistant had typed. Deletions travel as tombstones
(``deleted``), so they follow the same rule. Plain Python: no Qt, no SQL.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Generic, TypeVar

from .ideas import Cluster, Idea

Row = TypeVar("Row", Idea, Cluster)


@dataclass(frozen=True)
class Conflict:
    """Both sides changed the same row: ``kept`` is the later copy, ``lost`` the other one; ``from_document`` says where ``kept`` came from."""

    kind: str  # "idea" or "cluster"
    kept: Idea | Cluster
    lost: Idea | Cluster
    from_document: bool


@dataclass
class MergePlan(Generic[Row]):
    """What to write: rows to insert and to update, the rows kept because the file's copy is later, and the conflicts."""

    insert: list[Row] = field(default_factory=list)
    update: list[Row] = field(default_factory=list)
    kept_newer: list[Row] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)


def _same(a: Idea | Cluster, b: Idea | Cluster) -> bool:
    # Equal apart from the time stamp: nothing to report.
    return replace(a, updated_at="") == replace(b, updated_at="")  # type: ignore[arg-type]


def plan_merge(kind: str, mine: Mapping[str, Row], theirs: Iterable[Row]) -> MergePlan[Row]:
    """Compare the file's rows (by id) with the document's."""
    plan: MergePlan[Row] = MergePlan()
    for row in theirs:
        own = mine.get(row.id)
        if own is None:
            plan.insert.append(row)
        elif row.updated_at == own.updated_at or _same(own, row):
            # The same version (a copy of one change), or no difference worth a word.
            continue
        elif row.updated_at > own.updated_at:
            plan.update.append(row)
            plan.conflicts.append(Conflict(kind, row, own, from_document=True))
        else:
            plan.kept_newer.append(row)
            plan.conflicts.append(Conflict(kind, own, row, from_document=False))
    return plan
