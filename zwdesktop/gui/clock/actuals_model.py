"""Planned against actual times of every agenda item, as a table model."""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QColor, QFont

from ...core.clock import ClockState, ClockStatus
from ...core.schedule import live_schedule, planned_start_for_clock
from ..model_index import AnyIndex
from .controller import ClockController

COLUMNS = ("title", "planned_start", "actual_start", "planned_end", "actual_end", "planned", "actual", "difference")
_FORECAST = ("planned_start", "planned_end")  # for an item not begun while the clock runs: a forecast


CURRENT_BACKGROUND = QColor("#fff3cd")
OVERRUN_FOREGROUND = QColor("#b00020")


@functools.cache
def forecast_font() -> QFont:
    """The table's font in italics: the times of an item not begun are expected, not planned."""
    font = QFont()
    font.setItalic(True)
    return font


def _minutes(seconds: float) -> str:
    return f"{round(seconds / 60)}"


def _clock_time(moment: dt.datetime, zone: ZoneInfo, forecast: bool = False) -> str:
    """HH:MM of an instant: what happened is cut to its minute, as a clock shows it; a forecast is
    rounded to the nearest minute, as the expected end above the table is (18:19:41 is 18:20 there)."""
    if forecast:
        moment += dt.timedelta(seconds=30)
    return moment.astimezone(zone).strftime("%H:%M")


class ActualsModel(QAbstractTableModel):
    """One row per agenda item: planned and actual start, end and minutes, and the difference."""

    def __init__(self, controller: ClockController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.rows: list[dict[str, Any]] = []
        self._signature: tuple[Any, ...] = ()
        controller.ticked.connect(self.update_state)
        self.update_state(controller.state)

    def update_state(self, state: ClockState) -> None:
        """Recompute the rows (cheap: nine items) and tell the view what changed."""
        items = self.controller.items
        zone = ZoneInfo(self.controller.workshop.timezone)
        # Items still to come follow on from the current one, so the table's last end agrees with the
        # planned end above it after "End on time" (core.schedule.live_schedule).
        # A try-out's plan starts when the try-out did (as its figures above the table do).
        start = planned_start_for_clock(self.controller.workshop, self.controller.events, state.now)
        slots = {slot.item_id: slot for slot in live_schedule(start, items, state)}
        actuals = {actual.item_id: actual for actual in state.actuals}
        rows = []
        for item in items:
            slot = slots[item.id]
            actual = actuals.get(item.id)
            # Once the clock runs, an item not begun starts when those before it end: a forecast.
            expected = actual is None and state.status is not ClockStatus.NOT_STARTED
            row: dict[str, Any] = {
                "id": item.id,
                "title": item.title,
                "planned_start": _clock_time(slot.start, zone, expected),
                "planned_end": _clock_time(slot.end, zone, expected),
                "planned": str(item.planned_minutes),
                "actual_start": "",
                "actual_end": "",
                "actual": "",
                "difference": "",
                "current": item.id == state.current_item_id and state.status is not ClockStatus.FINISHED,
                "expected": expected,
                "over": False,
            }
            if actual is not None:
                row["actual_start"] = _clock_time(actual.start, zone)
                if actual.end is not None:
                    row["actual_end"] = _clock_time(actual.end, zone)
                row["actual"] = _minutes(actual.running_seconds)
                if actual.end is None:
                    rows.append(row)
                    continue  # still running: no difference yet
                difference = round((actual.running_seconds - actual.planned_seconds) / 60)
                row["difference"] = f"{difference:+d}" if difference else "±0"
                row["over"] = difference > 0
            rows.append(row)
        signature = tuple(tuple(sorted(row.items())) for row in rows)
        if len(rows) != len(self.rows):
            self.beginResetModel()
            self.rows = rows
            self._signature = signature
            self.endResetModel()
        elif signature != self._signature:
            self.rows = rows
            self._signature = signature
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(COLUMNS) - 1))

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """One row per agenda item."""
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """The columns of :data:`COLUMNS`."""
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Column titles."""
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._expected_tip() if section < len(COLUMNS) and COLUMNS[section] in _FORECAST else None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("Agenda item"),
            self.tr("Planned start"),
            self.tr("Actual start"),
            self.tr("Planned end"),
            self.tr("Actual end"),
            self.tr("Planned min"),
            self.tr("Actual min"),
            self.tr("Difference"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def _expected_tip(self) -> str:
        return self.tr(
            "For an item not begun yet: expected, following on from the item now running, if the items before "
            "it take their planned minutes."
        )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell texts; the current item bold-ish by background, overruns in red."""
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._expected_tip() if column in _FORECAST and row["expected"] else None
        if role == Qt.ItemDataRole.FontRole:  # a forecast in a column headed "planned" stands out as one
            return forecast_font() if column in _FORECAST and row["expected"] else None
        # Colours, not brushes: the delegate takes either, and QBrush's first use
        # builds its gradient enums (start-up time).
        if role == Qt.ItemDataRole.BackgroundRole and row["current"]:
            return CURRENT_BACKGROUND
        if role == Qt.ItemDataRole.ForegroundRole and column == "difference" and row["over"]:
            return OVERRUN_FOREGROUND
        if role == Qt.ItemDataRole.TextAlignmentRole and column != "title":
            return int(Qt.AlignmentFlag.AlignCenter)
        return None
