"""The agenda as a table model over the store; edits become undo commands."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)

from ...core.schedule import PlannedSlot, planned_schedule, workshop_start_utc
from ...core.validation import check_agenda_field, clean_text
from ...core.workshop import AgendaItem
from ...store.changes import Area, Change
from ..i18n import arg
from ..messages import problem_text
from ..model_index import AnyIndex
from ..phases import phase_name
from ..session import WorkshopSession
from . import commands

COLUMNS = ("start", "end", "title", "phase", "planned_minutes", "method", "material")
MIME_TYPE = "application/x-zwdesktop-agenda-item"
EDITABLE = {"title", "phase", "planned_minutes", "method", "material"}


class AgendaModel(QAbstractTableModel):
    """Rows are agenda items in order; start and end are computed from the workshop start."""

    problem = Signal(str)  # a refused edit's reason, for the page to show
    moved = Signal(int)  # the row an item was dragged to

    ItemIdRole = Qt.ItemDataRole.UserRole + 1
    PhaseRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, session: WorkshopSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.items: list[AgendaItem] = []
        self.slots: list[PlannedSlot] = []
        self.last_problem = ""
        self._reload()
        session.changed.connect(self._on_changed)

    def _reload(self) -> None:
        self.items = self.session.store.agenda.all()
        workshop = self.session.store.workshop()
        # The one rule for clock times (DST-aware, in the workshop's time zone): core.schedule.
        start = workshop_start_utc(workshop).astimezone(ZoneInfo(workshop.timezone))
        self.slots = planned_schedule(start, self.items)

    def _on_changed(self, change: Change) -> None:
        if not change.touches(Area.AGENDA, Area.WORKSHOP):
            return
        old_ids = [item.id for item in self.items]
        new_items = self.session.store.agenda.all()
        if [item.id for item in new_items] != old_ids:
            # Rows came, went or moved: a reset keeps the model simple and correct.
            self.beginResetModel()
            self._reload()
            self.endResetModel()
            return
        self._reload()
        if self.items:
            # Same rows: only values (and the computed times below) changed.
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.items) - 1, len(COLUMNS) - 1))

    # ---- Qt model interface --------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """The number of agenda items."""
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """The number of columns."""
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Column titles, and row numbers down the side."""
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        titles = {
            "start": self.tr("Start"),
            "end": self.tr("End"),
            "title": self.tr("Agenda item"),
            "phase": self.tr("Phase"),
            "planned_minutes": self.tr("Minutes"),
            "method": self.tr("Method"),
            "material": self.tr("Material"),
        }
        return titles[COLUMNS[section]] if 0 <= section < len(COLUMNS) else None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        """Editable cells unless the file is read-only; computed times are never editable."""
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.session.read_only:
            base |= Qt.ItemFlag.ItemIsDragEnabled
        if COLUMNS[index.column()] in EDITABLE and not self.session.read_only:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell values for display and editing."""
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        column = COLUMNS[index.column()]
        if role == self.ItemIdRole:
            return item.id
        if role == self.PhaseRole:
            return item.phase
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("start", "end", "planned_minutes"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        if column == "start":
            return self.slots[index.row()].start.strftime("%H:%M")
        if column == "end":
            return self.slots[index.row()].end.strftime("%H:%M")
        if column == "phase":
            return item.phase if role == Qt.ItemDataRole.EditRole else phase_name(item.phase)
        return getattr(item, column)

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Commit an edited cell through an undo command; a refused value changes nothing."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        column = COLUMNS[index.column()]
        if column not in EDITABLE:
            return False
        item = self.items[index.row()]
        if column == "planned_minutes":
            try:
                value = int(value)
            except (TypeError, ValueError):
                value = -1
        elif isinstance(value, str):
            value = clean_text(value)
        problem = check_agenda_field(column, value)
        if problem is not None:
            self.last_problem = problem_text(problem.code, problem.params)
            self.problem.emit(self.last_problem)
            return False
        old = getattr(item, column)
        if old == value:
            return True
        text = arg(self.tr("Edit agenda item “%1”"), item.title)
        return self.session.push(commands.set_agenda_field(self.session, text, item.id, column, old, value))

    # ---- drag and drop -------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        """Rows are only moved within the table."""
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        """The private type carrying the dragged item's id."""
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        """The id of the dragged item."""
        data = QMimeData()
        rows = sorted({index.row() for index in indexes if index.isValid()})
        if rows:
            data.setData(MIME_TYPE, QByteArray(self.items[rows[0]].id.encode("ascii")))
        return data

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex) -> bool:
        """Move the dropped item through an undo command; returns False so the view removes nothing itself."""
        if action != Qt.DropAction.MoveAction or not data.hasFormat(MIME_TYPE) or self.session.read_only:
            return False
        item_id = bytes(data.data(MIME_TYPE).data()).decode("ascii")
        old = self.row_of(item_id)
        if old < 0:
            return False
        target = row if row >= 0 else (parent.row() if parent.isValid() else len(self.items))
        new = target - 1 if target > old else target
        new = max(0, min(new, len(self.items) - 1))
        if new == old:
            return False
        text = arg(self.tr("Move “%1”"), self.items[old].title)
        if self.session.push(commands.move_agenda_item(self.session, text, item_id, old, new)):
            self.moved.emit(new)
        return False

    def item_at(self, row: int) -> AgendaItem | None:
        """The agenda item in ``row``."""
        return self.items[row] if 0 <= row < len(self.items) else None

    def row_of(self, item_id: str) -> int:
        """The row of an item id (-1 when absent)."""
        return next((row for row, item in enumerate(self.items) if item.id == item_id), -1)

    def end_time(self) -> dt.datetime | None:
        """The planned end of the agenda in the workshop's time zone (None when it is empty)."""
        return self.slots[-1].end if self.slots else None
