"""The ideas as a list model over the store, filtered as the user types, refreshed row by row.

One model row per shown idea and no widget per idea, so 10,000 ideas stay
instant. A committed change of some ideas touches only their rows (inserted,
changed or removed) and the counts only by those ideas; a new filter or a
change of clusters resets the model from the ideas already in memory (no
reading from the file). Each idea's search text (case folded, umlauts
composed) is kept, so a keystroke of search compares strings and nothing more.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QByteArray, QMimeData, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from ...core.ideas import (
    Cluster,
    Idea,
    IdeaCounts,
    IdeaFilter,
    is_right_to_left,
    matches,
    search_text,
    shown_and_counted,
)
from ...store.changes import Area, Change
from ..model_index import BACKGROUND, DISPLAY, EDIT, FOREGROUND, TEXT_ALIGNMENT, TOOLTIP, USER, AnyIndex
from ..phases import phase_name
from ..plain_text import plain_tooltip
from ..session import WorkshopSession

MIME_TYPE = "application/x-zwdesktop-idea-ids"

# Made once: combining flags is Python code, and a view asks for them at every paint.
_SELECTABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_DRAGGABLE = _SELECTABLE | Qt.ItemFlag.ItemIsDragEnabled
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def _order(idea: Idea) -> tuple[str, str]:
    return (idea.created_at, idea.id)


class IdeasModel(QAbstractListModel):
    """Rows are the ideas that pass :attr:`filter`, in capture order."""

    IdRole = USER + 1
    PhaseRole = USER + 2
    ClusterRole = USER + 3
    ColourRole = USER + 4
    MetaRole = USER + 5  # "phase · cluster · author", the line under the text

    def __init__(self, session: WorkshopSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.filter = IdeaFilter()
        self._needles: list[str] = []
        self._all: dict[str, Idea] = {}
        self._haystacks: dict[str, str] = {}  # id -> search_text(idea), kept while the idea is unchanged
        self._counts = IdeaCounts()
        self._meta: dict[str, str] = {}  # id -> meta_text(idea), made when first asked for
        self.clusters: dict[str, Cluster] = {}
        self.rows: list[Idea] = []
        self._keys: list[tuple[str, str]] = []
        self._load()
        self._refilter()
        session.changed.connect(self._on_changed)

    # ---- loading -----------------------------------------------------

    def _load(self) -> None:
        self._all = {idea.id: idea for idea in self.session.store.ideas.all()}
        self._haystacks = {idea_id: search_text(idea) for idea_id, idea in self._all.items()}
        self._meta = {}
        self.clusters = {c.id: c for c in self.session.store.ideas.clusters()}

    def _refilter(self) -> None:
        self._needles = self.filter.needles()
        rows, self._counts = shown_and_counted(self._all.values(), self.filter, self._haystacks)
        rows.sort(key=_order)
        self.rows = rows
        self._keys = [_order(idea) for idea in rows]

    def set_filter(self, flt: IdeaFilter) -> bool:
        """Show only the ideas that pass ``flt``; returns whether that changed the filter (and reset the rows)."""
        if flt == self.filter:
            return False
        self.beginResetModel()
        self.filter = flt
        self._refilter()
        self.endResetModel()
        return True

    def counts(self) -> IdeaCounts:
        """Counts per phase and cluster for the present search words (see :func:`~zwdesktop.core.ideas.count_ideas`)."""
        kept = self._counts
        return IdeaCounts(kept.total, dict(kept.by_phase), dict(kept.by_cluster))

    def all_ideas(self) -> list[Idea]:
        """Every visible idea (whatever the filter), in capture order."""
        return sorted(self._all.values(), key=_order)

    def _on_changed(self, change: Change) -> None:
        if change.areas == {Area.IDEAS} and change.ids:
            self._update_rows(change.ids)
        elif change.touches(Area.IDEAS, Area.CLUSTERS):
            self.beginResetModel()
            self._load()
            self._refilter()
            self.endResetModel()

    def _update_rows(self, ids: Sequence[str]) -> None:
        for idea in self.session.store.ideas.by_ids(ids):
            old_row = self.row_of(idea.id)
            old = self._all.pop(idea.id, None)
            self._meta.pop(idea.id, None)
            if old is not None:
                self._counts.add(old, self.filter, self._needles, self._haystacks.pop(idea.id), sign=-1)
            haystack = search_text(idea)
            if idea.visible:
                self._all[idea.id] = idea
                self._haystacks[idea.id] = haystack
                self._counts.add(idea, self.filter, self._needles, haystack)
            show = matches(idea, self.filter, self._needles, haystack)
            if old_row >= 0 and show and self._keys[old_row] == _order(idea):
                self.rows[old_row] = idea
                self.dataChanged.emit(self.index(old_row), self.index(old_row))
                continue
            if old_row >= 0:
                self.beginRemoveRows(QModelIndex(), old_row, old_row)
                del self.rows[old_row]
                del self._keys[old_row]
                self.endRemoveRows()
            if show:
                row = bisect.bisect_left(self._keys, _order(idea))
                self.beginInsertRows(QModelIndex(), row, row)
                self.rows.insert(row, idea)
                self._keys.insert(row, _order(idea))
                self.endInsertRows()

    # ---- Qt model interface ------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """The number of shown ideas."""
        return 0 if parent.isValid() else len(self.rows)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        """Ideas are selectable and, in a writable file, draggable onto a cluster."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _SELECTABLE if self.session.read_only else _DRAGGABLE

    def data(self, index: AnyIndex, role: int = DISPLAY) -> Any:
        """The idea's text, its id, phase, cluster and colour, and its reading direction."""
        if role not in _ROLES:
            return None
        row = index.row()  # -1 for an invalid index
        if not 0 <= row < len(self.rows):
            return None
        idea = self.rows[row]
        if role in (DISPLAY, EDIT):
            return idea.text
        if role == self.MetaRole:
            return self.meta_text(idea)
        if role == self.IdRole:
            return idea.id
        if role == self.PhaseRole:
            return idea.phase
        if role == self.ClusterRole:
            return idea.cluster_id
        if role == TOOLTIP:
            return plain_tooltip(idea.text)
        if role == TEXT_ALIGNMENT:
            # Arabic and Farsi cards start at the right, as they are read.
            return _RIGHT if is_right_to_left(idea.text) else _LEFT
        cluster = self.clusters.get(idea.cluster_id or "")
        if cluster is None:
            return None
        if role == self.ColourRole:
            return cluster.colour
        if role == BACKGROUND:
            return QBrush(QColor(cluster.colour).lighter(125))
        return QBrush(QColor("#000000"))  # FOREGROUND: cluster colours are light, dark text on them in any theme

    def meta_text(self, idea: Idea) -> str:
        """The small line under an idea: "phase · cluster · author" (and whether it was reframed)."""
        kept = self._meta.get(idea.id)
        if kept is not None and self._all.get(idea.id) is idea:
            return kept
        parts = [phase_name(idea.phase)]
        cluster = self.clusters.get(idea.cluster_id or "")
        if cluster is not None:
            parts.append(cluster.name)
        if idea.author:
            parts.append(idea.author)
        if idea.reframed_from:
            parts.append(self.tr("reframed from a critique point"))
        text = " · ".join(parts)
        if self._all.get(idea.id) is idea:
            self._meta[idea.id] = text
        return text

    # ---- dragging onto a cluster ----------------------------------------

    def supportedDragActions(self) -> Qt.DropAction:
        """Ideas are dragged onto clusters (the list itself keeps its order)."""
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def mimeTypes(self) -> list[str]:
        """The private type carrying the dragged ideas' ids."""
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        """The ids of the dragged ideas, one per line."""
        data = QMimeData()
        rows = sorted({index.row() for index in indexes if index.isValid()})
        ids = "\n".join(self.rows[row].id for row in rows if 0 <= row < len(self.rows))
        data.setData(MIME_TYPE, QByteArray(ids.encode("ascii")))
        return data

    # ---- lookups -------------------------------------------------------

    def idea_at(self, row: int) -> Idea | None:
        """The idea in ``row``."""
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, idea_id: str) -> int:
        """The row of an idea (-1 when it is not shown)."""
        idea = self._all.get(idea_id)
        if idea is None:
            return -1  # the rows are some of the kept ideas: one not kept is not shown
        row = bisect.bisect_left(self._keys, _order(idea))
        if row < len(self.rows) and self.rows[row].id == idea_id:
            return row
        return -1

    def idea(self, idea_id: str) -> Idea | None:
        """A visible idea by id (shown or not)."""
        return self._all.get(idea_id)


# What data() answers; every other role is turned away at once.
_ROLES = frozenset(
    {DISPLAY, EDIT, TOOLTIP, TEXT_ALIGNMENT, BACKGROUND, FOREGROUND}
    | {IdeasModel.IdRole, IdeasModel.PhaseRole, IdeasModel.ClusterRole, IdeasModel.ColourRole, IdeasModel.MetaRole}
)


def ids_from_mime(data: QMimeData) -> list[str]:
    """The idea ids a drag carries (empty for anything else)."""
    if not data.hasFormat(MIME_TYPE):
        return []
    return [line for line in bytes(data.data(MIME_TYPE).data()).decode("ascii").split("\n") if line]
