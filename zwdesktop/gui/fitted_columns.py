"""Columns that always fit a table's width: short columns as wide as their contents, text columns share the rest.

Text columns (``stretch``) get at least the width of their header and of their longest
word when the room allows (a text wraps between words, never inside one:
"Stadtverwaltung" was cut to "Stadtverwaltun", "Begegnungsorte" to "Begegnungso…"),
and the room left over in proportion to what their texts need beyond that. No column
hides behind a sideways scroll bar, so a 1366-pixel laptop screen shows every column.
:func:`fit_view_columns` does it once; :class:`FittedColumns` keeps a view fitted.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QHeaderView, QTableView

CELL_ROOM = 16  # pixels of a cell's text margins and grid line


def _longest_word(view: QTableView, column: int) -> int:
    model = view.model()
    metrics = view.fontMetrics()
    words = (word for row in range(model.rowCount())
             for word in str(model.index(row, column).data() or "").split())  # fmt: skip
    return max((metrics.horizontalAdvance(word) for word in words), default=0) + CELL_ROOM


def fit_view_columns(view: QTableView, stretch: Sequence[int], samples: Mapping[int, str] | None = None) -> None:
    """Give every column of ``view`` its width for the view's present width and contents.

    ``samples`` holds a typical value per short column ("31.12.2026"): its width even while it is empty.
    """
    header = view.horizontalHeader()
    columns = range(view.model().columnCount())
    metrics = view.fontMetrics()

    def wanted_width(column: int) -> int:
        sample = (samples or {}).get(column)
        typical = metrics.horizontalAdvance(sample) + CELL_ROOM if sample else 0
        return max(view.sizeHintForColumn(column), header.sectionSizeHint(column), typical)

    wanted = {column: wanted_width(column) for column in columns if not header.isSectionHidden(column)}
    texts = [c for c in wanted if c in stretch]
    fixed = sum(width for column, width in wanted.items() if column not in stretch)
    room = max(0, view.viewport().width() - fixed)
    floors = {c: min(wanted[c], max(header.sectionSizeHint(c), _longest_word(view, c))) for c in texts}
    if sum(floors.values()) > room:
        floors = {c: header.sectionSizeHint(c) for c in texts}  # too narrow for whole words: headers at least
    left = max(0, room - sum(floors.values()))
    need = sum(wanted[c] - floors[c] for c in texts) or 1
    widths = dict(wanted)
    for column in texts:
        widths[column] = floors[column] + left * (wanted[column] - floors[column]) // need
    if texts:
        # Whole pixels: the last text column takes what rounding left, so the columns end at the edge.
        widths[texts[-1]] += max(0, room - sum(widths[c] for c in texts))
    for column, width in widths.items():
        if header.sectionSize(column) != width:
            header.resizeSection(column, width)


class FittedColumns(QObject):
    """Keeps the columns of a model view fitted to its width (:func:`fit_view_columns`) after every change.

    Once after a change of the view's width or of its model (a zero-timer: a list filled row by
    row, or a window being dragged wider, is measured once).
    """

    def __init__(self, view: QTableView, stretch: Sequence[int]) -> None:
        super().__init__(view)
        self._view = view
        self._stretch = tuple(stretch)
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setWordWrap(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fit)
        model = view.model()
        for signal in (model.dataChanged, model.rowsInserted, model.rowsRemoved, model.modelReset,
                       model.layoutChanged):  # fmt: skip
            signal.connect(self._schedule)
        # The viewport's width, not the view's: a vertical scroll bar that comes with taller rows narrows it too.
        self._viewport = view.viewport()
        self._viewport.installEventFilter(self)
        view.installEventFilter(self)
        self._schedule()

    def _schedule(self, *_args: object) -> None:
        self._timer.start()

    def fit(self) -> None:
        """Fit the columns now."""
        fit_view_columns(self._view, self._stretch)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Fit again when the viewport's width changes or the view is shown."""
        resized = watched is self._viewport and event.type() == QEvent.Type.Resize  # (no call: the view may be going)
        if resized or (watched is self._view and event.type() == QEvent.Type.Show):
            self._schedule()
        return False
