"""A small editable table whose rows carry stable ids: steps, meetings, members.

Rows a user has just added and not yet filled are "pending": they live only in
the widget until their required cell has text, and are not written. **Ins**
adds a row and starts editing its first cell; **Del** removes the selected row
(while no cell is being edited).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from ..core.model import new_id

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class RowTable(QTableWidget):
    """Columns of text (and optionally one check column); ``edited`` after any change a user made."""

    edited = Signal()

    def __init__(self, headers: Sequence[str], check_column: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(0, len(headers), parent)
        self.setHorizontalHeaderLabels(list(headers))
        self.check_column = check_column
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setTabKeyNavigation(True)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setStretchLastSection(True)
        self.verticalHeader().setVisible(False)
        self._loading = False
        self.new_row_values: Callable[[], list[str | bool]] = lambda: [""] * self.columnCount()
        self.itemChanged.connect(self._on_item_changed)

    def _on_item_changed(self, _item: QTableWidgetItem) -> None:
        if not self._loading:
            self.edited.emit()

    def _make_item(self, column: int, value: str | bool) -> QTableWidgetItem:
        item = QTableWidgetItem()
        if column == self.check_column:
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if value else Qt.CheckState.Unchecked)
        else:
            item.setText(str(value))
        return item

    def set_rows(self, rows: Sequence[tuple[str, Sequence[str | bool]]]) -> None:
        """Show ``(id, values)`` rows, keeping the selection and any pending row when the stored rows are the same."""
        if rows == self.stored_rows():
            return
        shown = self.all_rows()
        pending = [(rid, values) for rid, values in shown if self._pending_values(values)]
        wanted = [*rows, *pending]
        self._loading = True
        try:
            if [rid for rid, _values in wanted] == [rid for rid, _values in shown]:
                # The same rows: change only the cells that differ, so that an editor open in the
                # table stays where it is (rebuilding the rows would take it away from under the user).
                self._update_cells(wanted)
                return
            current = self.currentRow()
            self.setRowCount(0)
            for row_id, values in wanted:
                self._append(row_id, values)
            if 0 <= current < self.rowCount():
                self.setCurrentCell(current, max(0, self.currentColumn()))
        finally:
            self._loading = False

    def _update_cells(self, rows: Sequence[tuple[str, Sequence[str | bool]]]) -> None:
        for row, (_row_id, values) in enumerate(rows):
            for column, value in enumerate(values):
                item = self.item(row, column)
                if item is None:
                    continue
                if column == self.check_column:
                    state = Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
                    if item.checkState() != state:
                        item.setCheckState(state)
                elif item.text() != str(value):
                    item.setText(str(value))

    def _append(self, row_id: str, values: Sequence[str | bool]) -> int:
        row = self.rowCount()
        self.insertRow(row)
        for column, value in enumerate(values):
            item = self._make_item(column, value)
            if column == 0:
                item.setData(ID_ROLE, row_id)
            self.setItem(row, column, item)
        return row

    def _pending_values(self, values: Sequence[str | bool]) -> bool:
        # A row whose first column is still empty has not been filled in: it is not stored yet.
        return not str(values[0]).strip()

    def all_rows(self) -> list[tuple[str, list[str | bool]]]:
        """Every row as ``(id, values)`` (check columns as bool)."""
        result: list[tuple[str, list[str | bool]]] = []
        for row in range(self.rowCount()):
            first = self.item(row, 0)
            row_id = str(first.data(ID_ROLE)) if first is not None and first.data(ID_ROLE) else new_id()
            values: list[str | bool] = []
            for column in range(self.columnCount()):
                item = self.item(row, column)
                if column == self.check_column:
                    values.append(item is not None and item.checkState() == Qt.CheckState.Checked)
                else:
                    values.append(item.text() if item is not None else "")
            result.append((row_id, values))
        return result

    def stored_rows(self) -> list[tuple[str, list[str | bool]]]:
        """The rows that are filled in (what is written to the file)."""
        return [(rid, values) for rid, values in self.all_rows() if not self._pending_values(values)]

    def add_row(self) -> None:
        """Add a pending row at the end and start editing its first cell."""
        self._loading = True
        try:
            row = self._append(new_id(), self.new_row_values())
        finally:
            self._loading = False
        self.setFocus()
        self.setCurrentCell(row, 0)
        first = self.item(row, 0)
        if first is not None:
            self.editItem(first)

    def remove_current(self) -> None:
        """Remove the selected row."""
        row = self.currentRow()
        if row >= 0:
            self.removeRow(row)
            self.edited.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Ins adds a row, Del removes the selected one; Space toggles the check column."""
        if self.state() != QAbstractItemView.State.EditingState:
            if event.key() == Qt.Key.Key_Insert:
                self.add_row()
                return
            if event.key() == Qt.Key.Key_Delete and event.modifiers() == Qt.KeyboardModifier.NoModifier:
                self.remove_current()
                return
        super().keyPressEvent(event)
