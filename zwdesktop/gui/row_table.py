"""A small editable table whose rows carry stable ids: steps, meetings, members.

Rows a user has just added and not yet filled are "pending": they live only in
the widget until their required cell has text, and are not written. **Ins**
adds a row and starts editing its first cell; **Del** removes the selected row
(while no cell is being edited). **Tab** goes from cell to cell in reading
order and, after the last cell, on to the next field of the form (Shift+Tab
before the first cell back to the previous one). The columns always fit the
table's width (:class:`FittedTable`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from ..core.workshop import new_id
from .fitted_columns import fit_view_columns

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class FittedTable(QTableWidget):
    """A table whose columns always fit its width (:func:`~.fitted_columns.fit_view_columns`).

    Short columns are as wide as their contents, text columns (``stretch``) share the rest and
    wrap onto further lines when that is not enough, so nothing is cut off and no column hides
    behind a sideways scroll bar (a 1366-pixel laptop screen shows every column).
    """

    def __init__(
        self, rows: int, headers: Sequence[str], stretch: Sequence[int], parent: QWidget | None = None
    ) -> None:
        super().__init__(rows, len(headers), parent)
        self.setHorizontalHeaderLabels(list(headers))
        self.stretch = tuple(stretch)
        # A typical value per short column ("31.12.2026", "0176 2231 4450"): its width even while still empty.
        self.samples: dict[int, str] = {}
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        # Changes of the contents fit the columns once, after the change (a list filled row by row is measured once).
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self.fit_columns)
        for signal in (self.model().dataChanged, self.model().rowsInserted, self.model().rowsRemoved,
                       self.model().modelReset):  # fmt: skip
            signal.connect(self._schedule_fit)

    def _schedule_fit(self, *_args: object) -> None:
        self._fit_timer.start()

    def fit_columns(self) -> None:
        """Give every column its width for the table's present width and contents."""
        fit_view_columns(self, self.stretch, self.samples)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Fit the columns to the new width."""
        super().resizeEvent(event)
        self.fit_columns()


class RowTable(FittedTable):
    """Columns of text (and optionally one check column); ``edited`` after any change a user made."""

    edited = Signal()

    def __init__(
        self,
        headers: Sequence[str],
        check_column: int | None = None,
        parent: QWidget | None = None,
        stretch: Sequence[int] = (0,),
    ) -> None:
        super().__init__(0, headers, stretch, parent)
        self.check_column = check_column
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setTabKeyNavigation(True)
        self.verticalHeader().setVisible(False)
        self._loading = False
        self.last_edited: tuple[int, int] | None = None  # the cell the user changed last (row, column)
        self.new_row_values: Callable[[], list[str | bool]] = lambda: [""] * self.columnCount()
        self.itemChanged.connect(self._on_item_changed)

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if not self._loading:
            self.last_edited = (item.row(), item.column())
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

    def row_of(self, row_id: str) -> int:
        """The row showing ``row_id`` (-1 when none)."""
        for row in range(self.rowCount()):
            first = self.item(row, 0)
            if first is not None and first.data(ID_ROLE) == row_id:
                return row
        return -1

    def set_cell(self, row: int, column: int, value: str | bool) -> None:
        """Show ``value`` in a cell without reporting it as the user's edit (e.g. the stored value after a refusal)."""
        item = self.item(row, column)
        if item is None:
            return
        self._loading = True
        try:
            if column == self.check_column:
                item.setCheckState(Qt.CheckState.Checked if value else Qt.CheckState.Unchecked)
            else:
                item.setText(str(value))
        finally:
            self._loading = False

    def _at_edge(self, forward: bool) -> bool:
        """Whether Tab (``forward``) or Shift+Tab leaves the table: past its last cell, before its first, or empty."""
        if self.rowCount() == 0:
            return True
        row, column = self.currentRow(), self.currentColumn()
        if row < 0 or column < 0:
            return not forward
        if forward:
            return row == self.rowCount() - 1 and column == self.columnCount() - 1
        return row == 0 and column == 0

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Reached by Tab the table starts at its first cell, by Shift+Tab at its last (reading order)."""
        super().focusInEvent(event)
        if self.rowCount() and self.state() != QAbstractItemView.State.EditingState:
            if event.reason() == Qt.FocusReason.TabFocusReason:
                self.setCurrentCell(0, 0)
            elif event.reason() == Qt.FocusReason.BacktabFocusReason:
                self.setCurrentCell(self.rowCount() - 1, self.columnCount() - 1)

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab moves from cell to cell; at the end of the table it goes on to the next field of the form."""
        if self._at_edge(next):
            return QWidget.focusNextPrevChild(self, next)
        return super().focusNextPrevChild(next)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        """Tab in the editor of the last cell commits it and leaves the table (instead of going round to the top)."""
        forward = hint == QAbstractItemDelegate.EndEditHint.EditNextItem
        if (forward or hint == QAbstractItemDelegate.EndEditHint.EditPreviousItem) and self._at_edge(forward):
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            QWidget.focusNextPrevChild(self, forward)
            return
        super().closeEditor(editor, hint)

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
