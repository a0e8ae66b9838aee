"""The idea list as a view whose rows are as high as their wrapped text, kept row by row.

A :class:`~PySide6.QtWidgets.QListView` with rows of different heights lays
out every row again (asking the delegate for each one's size) whenever a row
is inserted, so adding the 10,000th idea cost as much as showing all of them.
This view is a one-column table: the row heights live in its vertical header,
and only the rows that were inserted or changed are measured (the delegate
keeps each height per text and width); all rows are measured again only when
the model is reset (a new filter: heights come from the kept ones) or the
width changes. Otherwise it behaves as the list did: rows are selected whole,
Home and End go to the first and last idea, Tab leaves the list.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QEvent, QItemSelection, QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from .delegate import IdeaDelegate
from .model import IdeasModel

_ENSURE = QAbstractItemView.ScrollHint.EnsureVisible


class IdeaListView(QTableView):
    """One idea card per row over an :class:`IdeasModel`, painted and measured by an :class:`IdeaDelegate`."""

    def __init__(self, model: IdeasModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cards = IdeaDelegate(self)
        self.setItemDelegate(self.cards)
        self.setShowGrid(False)
        self.setCornerButtonEnabled(False)
        self.setTabKeyNavigation(False)
        self.setWordWrap(True)
        self.horizontalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # the heights are set here, row by row
        rows.setMinimumSectionSize(1)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Always there: a search that shows a few ideas and the next that shows all again would
        # otherwise hide and show it, and every card would wrap anew at each width (twice a keystroke).
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._width = -1
        self.setModel(model)
        self.ideas = model
        # Connected after setModel: the header has made its rows when these run.
        model.rowsInserted.connect(self._inserted)
        model.dataChanged.connect(self._changed)
        model.modelReset.connect(self._measure_reset)
        model.layoutChanged.connect(self.measure_all)
        self.measure_all()

    def _measure(self, first: int, last: int) -> None:
        if not self.isVisible():
            self._width = -1  # measured when shown, at the width it is shown at
            return
        width = self.viewport().width()
        self.cards.measure_in(self.font())
        resize, height = self.verticalHeader().resizeSection, self.cards.row_height
        for row, idea in enumerate(self.ideas.rows[max(0, first) : last + 1], max(0, first)):
            resize(row, height(idea.text, width))

    def measure_all(self) -> None:
        """Set every row's height for the present width (kept heights make this quick)."""
        self._measure(0, self.ideas.rowCount() - 1)
        if self.isVisible():
            self._width = self.viewport().width()

    def _measure_reset(self) -> None:
        # After a reset (a new filter) the header keeps the heights its first rows had before (of
        # other ideas) and gives the rows beyond them its default height: the most common height
        # becomes the default, and each row whose height is not the one it needs is set.
        if not self.isVisible():
            self._width = -1
            return
        self._width = width = self.viewport().width()
        self.cards.measure_in(self.font())
        height = self.cards.row_height
        heights = [height(idea.text, width) for idea in self.ideas.rows]
        if not heights:
            return
        rows = self.verticalHeader()
        rows.setDefaultSectionSize(Counter(heights).most_common(1)[0][0])
        resize, size = rows.resizeSection, rows.sectionSize
        for row, row_height in enumerate(heights):
            if size(row) != row_height:
                resize(row, row_height)

    def _inserted(self, parent: QModelIndex, first: int, last: int) -> None:
        if not parent.isValid():
            self._measure(first, last)

    def _changed(self, top: QModelIndex, bottom: QModelIndex, _roles: object = None) -> None:
        self._measure(top.row(), bottom.row())

    def resizeEvent(self, event: QResizeEvent) -> None:
        """A new width wraps the texts anew: every row is measured again."""
        super().resizeEvent(event)
        if self.viewport().width() != self._width:
            self.measure_all()

    def showEvent(self, event: QShowEvent) -> None:
        """Rows added or changed while hidden are measured when the list is shown."""
        super().showEvent(event)
        if self.viewport().width() != self._width:
            self.measure_all()

    def changeEvent(self, event: QEvent) -> None:
        """A new font measures every row again."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.measure_all()

    def choose(self, rows: list[int]) -> None:
        """Select these rows in one selection; the first becomes current, in the middle of the list."""
        if not rows:
            return
        model = self.model()
        selection = QItemSelection()
        for row in rows:
            selection.select(model.index(row, 0), model.index(row, 0))
        chosen = self.selectionModel()
        chosen.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        chosen.setCurrentIndex(model.index(rows[0], 0), QItemSelectionModel.SelectionFlag.NoUpdate)
        self.scrollTo(model.index(rows[0], 0), QAbstractItemView.ScrollHint.PositionAtCenter)

    def scrollTo(
        self, index: QModelIndex | QPersistentModelIndex, hint: QAbstractItemView.ScrollHint = _ENSURE
    ) -> None:
        """Scroll to a row, also one just inserted (the scroll range is brought up to date first)."""
        self.updateGeometries()  # else the range is the one before the insert and the last row stays out of sight
        super().scrollTo(index, hint)

    def moveCursor(self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier) -> QModelIndex:
        """Home and End go to the first and last idea, as in a list (a table would go to the row's first cell)."""
        if action in (QAbstractItemView.CursorAction.MoveHome, QAbstractItemView.CursorAction.MoveEnd):
            modifiers |= Qt.KeyboardModifier.ControlModifier
        return super().moveCursor(action, modifiers)
