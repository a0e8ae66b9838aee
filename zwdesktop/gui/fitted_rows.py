"""Rows of a word-wrapping table as tall as their texts, at the columns' present widths.

``QHeaderView.ResizeMode.ResizeToContents`` on the rows is not enough for a table whose
text columns stretch: it measures the rows when the table is laid out, which can be
before the stretched columns have their final widths, and does not measure again when
they change. Rows then came out too short (a method cut after two lines with "…") or
far too tall. :class:`FittedRows` measures the rows once after every change of a
column's width or of the model (a zero-timer, so that a window being resized or a list
being filled is measured once), and while the table is hidden only when it is shown again:
measuring 40 agenda items takes about 8 ms, which typing in the details (each key a change of
the workshop) would otherwise pay for the hidden agenda.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QTableView


class FittedRows(QObject):
    """Keeps every row of ``table`` as tall as its longest wrapped text."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self._table = table
        # No row lower than Qt's usual one: a one-line row keeps room for its editor (a spin box, a list).
        header = table.verticalHeader()
        header.setMinimumSectionSize(header.defaultSectionSize())
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._fit)
        self._stale = False
        table.horizontalHeader().sectionResized.connect(self._schedule)
        model = table.model()
        for signal in (model.dataChanged, model.rowsInserted, model.rowsRemoved, model.rowsMoved,
                       model.modelReset, model.layoutChanged):  # fmt: skip
            signal.connect(self._schedule)
        table.installEventFilter(self)
        self._schedule()

    def _schedule(self, *_args: object) -> None:
        self._timer.start()

    def _fit(self) -> None:
        if not self._table.isVisible():
            self._stale = True  # measured when it is shown
            return
        self._stale = False
        self._table.resizeRowsToContents()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Measure the rows a hidden table missed as soon as it is shown."""
        if watched is self._table and event.type() == QEvent.Type.Show and self._stale:
            self._fit()
        return False
