"""The follow-up tree's first column wraps: a long step keeps the name of who does it.

``QTreeView.setWordWrap(True)`` alone does not wrap: the view asks its delegate
for a row's height without telling it how wide the column is, so a step such as
"Familienzentrum und Kitas fragen, wer mitmacht (Sabine Maier)" was cut to
"… (Sabine …". :class:`WrappingDelegate` answers for the width the column has
(less the tree's indentation), and the rows are laid out again when the column
changes its width.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTreeView

AnyIndex = QModelIndex | QPersistentModelIndex


class WrappingDelegate(QStyledItemDelegate):
    """Size hints of ``column`` for its width in ``tree``, so that its text wraps instead of being cut."""

    def __init__(self, tree: QTreeView, column: int = 0) -> None:
        super().__init__(tree)
        self._tree = tree
        self._column = column
        tree.header().sectionResized.connect(self._relayout)

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        """One line for other columns; as many lines as the text needs at the column's width here."""
        if index.column() != self._column:
            return super().sizeHint(option, index)
        depth = 0
        parent = index.parent()
        while parent.isValid():
            depth += 1
            parent = parent.parent()
        levels = depth + (1 if self._tree.rootIsDecorated() else 0)
        width = self._tree.columnWidth(self._column) - self._tree.indentation() * levels
        wrapped = QStyleOptionViewItem(option)
        # A valid rectangle of the column's width: the style wraps the text within it (its height is not used).
        wrapped.rect = QRect(0, 0, max(width, 1), max(option.fontMetrics.height(), 1))
        return super().sizeHint(wrapped, index)

    def _relayout(self, column: int, _old: int, _new: int) -> None:
        if column == self._column:
            self._tree.doItemsLayout()  # the rows' heights for the new width
