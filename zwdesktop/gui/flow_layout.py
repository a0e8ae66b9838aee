"""A layout that places its items in a row and starts a new row when the width runs out.

Qt has no such layout of its own (only an example). A row of buttons with long
German labels would otherwise force a minimum window width wider than a small
laptop screen, or one at 125 % scaling.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget

DEFAULT_SPACING = 6


class FlowLayout(QLayout):
    """Lays its items out left to right, wrapping to further rows as needed; rows are left-aligned."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        # Qt asks for the sizes many times per layout pass; they change only on invalidate().
        self._size_hint: QSize | None = None
        self._minimum: QSize | None = None
        self._heights: dict[int, int] = {}

    def invalidate(self) -> None:
        """Forget the cached sizes (an item changed)."""
        self._size_hint = self._minimum = None
        self._heights.clear()
        super().invalidate()

    # ---- the item list QLayout asks for ------------------------------------

    def addItem(self, item: QLayoutItem) -> None:
        """Append ``item`` (called by ``addWidget``)."""
        self._items.append(item)

    def count(self) -> int:
        """How many items the layout holds."""
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        """The item at ``index``, or None."""
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        """Remove and return the item at ``index`` (None when there is none)."""
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    # ---- sizes ---------------------------------------------------------------

    def gap(self) -> int:
        """The space between neighbouring items, across and down."""
        spacing = self.spacing()
        return spacing if spacing >= 0 else DEFAULT_SPACING

    def expandingDirections(self) -> Qt.Orientation:
        """It takes no extra space of its own."""
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        """Its height depends on how many rows the width allows."""
        return True

    def heightForWidth(self, width: int) -> int:
        """The height the items need when laid out in ``width``."""
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = self._arrange(QRect(0, 0, width, 0), move=False)
        return height

    def sizeHint(self) -> QSize:
        """All items in one row."""
        if self._size_hint is not None:
            return self._size_hint
        hints = [item.sizeHint() for item in self._items]
        width = sum(hint.width() for hint in hints) + self.gap() * max(0, len(hints) - 1)
        height = max((hint.height() for hint in hints), default=0)
        self._size_hint = QSize(width, height) + self._margins_size()
        return self._size_hint

    def minimumSize(self) -> QSize:
        """As wide as the widest item: everything else can wrap."""
        if self._minimum is not None:
            return self._minimum
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        self._minimum = size + self._margins_size()
        return self._minimum

    def _margins_size(self) -> QSize:
        margins = self.contentsMargins()
        return QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def setGeometry(self, rect: QRect) -> None:
        """Place the items inside ``rect``."""
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def _arrange(self, rect: QRect, move: bool) -> int:
        """Lay the items out in ``rect`` (moving them only when ``move``); returns the height used."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        gap = self.gap()
        x, y, row_height = area.x(), area.y(), 0
        for item in self._items:
            hint = item.sizeHint()
            if x > area.x() and x + hint.width() > area.right() + 1:
                x, y, row_height = area.x(), y + row_height + gap, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + gap
            row_height = max(row_height, hint.height())
        return y + row_height - rect.y() + margins.bottom()
