"""The clusters (Themenspeicher) as a list model: numbered, coloured, with counts; ideas are dropped onto them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QMimeData, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QColor, QPixmap

from ...core.ideas import Cluster
from ...store.changes import Area, Change
from ..model_index import DECORATION, DISPLAY, EDIT, TOOLTIP, USER, AnyIndex
from ..plain_text import plain_tooltip
from ..session import WorkshopSession
from .model import MIME_TYPE, ids_from_mime

_ID_ROLE = USER + 1
_ROLES = frozenset({DISPLAY, EDIT, DECORATION, TOOLTIP, _ID_ROLE})  # what data() answers
# Made once: combining flags is Python code, and a view asks for them at every paint.
_SELECTABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_TAKES_DROPS = _SELECTABLE | Qt.ItemFlag.ItemIsDropEnabled


class ClustersModel(QAbstractListModel):
    """Rows are the clusters in their order, shown as "1  Name (count)".

    Dropping ideas on a row emits ``ideas_dropped(ids, cluster_id)``; the page
    turns it into an undoable assignment.
    """

    IdRole = _ID_ROLE
    ideas_dropped = Signal(list, str)

    def __init__(self, session: WorkshopSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.clusters: list[Cluster] = session.store.ideas.clusters()
        self.counts: dict[str, int] = {}
        self._swatches: dict[str, QPixmap] = {}
        session.changed.connect(self._on_changed)

    def _on_changed(self, change: Change) -> None:
        if not change.touches(Area.CLUSTERS):
            return
        self.beginResetModel()
        self.clusters = self.session.store.ideas.clusters()
        self.endResetModel()

    def set_counts(self, counts: dict[str, int]) -> None:
        """Show these idea counts per cluster id."""
        if counts != self.counts:
            before, self.counts = self.counts, dict(counts)
            # Only the rows whose count changed are drawn again (one, when an idea is added).
            for row, cluster in enumerate(self.clusters):
                if before.get(cluster.id, 0) != self.counts.get(cluster.id, 0):
                    self.dataChanged.emit(self.index(row), self.index(row), [Qt.ItemDataRole.DisplayRole])

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """The number of clusters."""
        return 0 if parent.isValid() else len(self.clusters)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        """Clusters are selectable and take dropped ideas."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _SELECTABLE if self.session.read_only else _TAKES_DROPS

    def data(self, index: AnyIndex, role: int = DISPLAY) -> Any:
        """ "N  Name (count)", the colour as a swatch, the id."""
        if role not in _ROLES:
            return None
        row = index.row()  # -1 for an invalid index
        if not 0 <= row < len(self.clusters):
            return None
        cluster = self.clusters[row]
        if role == DISPLAY:
            return f"{row + 1}  {cluster.name} ({self.counts.get(cluster.id, 0)})"
        if role == EDIT:
            return cluster.name
        if role == DECORATION:
            swatch = self._swatches.get(cluster.colour)
            if swatch is None:  # one per colour: the panel is painted again at every count that changes
                swatch = self._swatches[cluster.colour] = QPixmap(14, 14)
                swatch.fill(QColor(cluster.colour))
            return swatch
        if role == TOOLTIP:
            return plain_tooltip(cluster.name)
        return cluster.id  # _ID_ROLE

    def supportedDropActions(self) -> Qt.DropAction:
        """Ideas are moved into a cluster."""
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def mimeTypes(self) -> list[str]:
        """Dragged ideas."""
        return [MIME_TYPE]

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex) -> bool:
        """Ideas may be dropped onto a cluster row."""
        return bool(ids_from_mime(data)) and parent.isValid() and not self.session.read_only

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex) -> bool:
        """Ask for the dropped ideas to go into the cluster under the pointer; the view removes nothing."""
        ids = ids_from_mime(data)
        if not ids or not parent.isValid() or self.session.read_only:
            return False
        cluster = self.cluster_at(parent.row())
        if cluster is None:
            return False
        self.ideas_dropped.emit(ids, cluster.id)
        return False

    def cluster_at(self, row: int) -> Cluster | None:
        """The cluster in ``row``."""
        return self.clusters[row] if 0 <= row < len(self.clusters) else None

    def row_of(self, cluster_id: str) -> int:
        """The row of a cluster (-1 when absent)."""
        return next((row for row, c in enumerate(self.clusters) if c.id == cluster_id), -1)
