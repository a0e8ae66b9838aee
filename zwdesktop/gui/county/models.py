"""Item models of the county overview: rows of plain text, and the recurring topics as a tree."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from ...core.county import CountyOverview
from ...core.county_topics import Topic
from ..i18n import arg
from .texts import (
    group_name,
    local_when,
    meetings_cell,
    mention_kind,
    participants_cell,
    problem_text,
    progress_cell,
    projects_cell,
)

KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # a topic's key, or a mention's id
KIND_ROLE = Qt.ItemDataRole.UserRole + 2  # "topic" or "mention"
Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel):
    """Read-only rows of text under headers; columns listed in ``numbers`` are right-aligned."""

    def __init__(self, headers: Sequence[str], numbers: Sequence[int] = (), parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = list(headers)
        self.numbers = set(numbers)
        self.rows: list[list[str]] = []

    def set_rows(self, rows: list[list[str]]) -> None:
        """Show ``rows`` instead of what was shown."""
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """Rows shown."""
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """Columns shown."""
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """The cell's text (also as tooltip: long questions are cut in the cell)."""
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.numbers:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """The column's name."""
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None


def workshop_rows(overview: CountyOverview) -> list[list[str]]:
    """One row per workshop: municipality, date, question, participants, ideas, top topics, projects, meetings, counts."""
    rows = []
    for w in overview.workshops:
        held, upcoming = meetings_cell(w, overview.now)
        rows.append(
            [
                w.name,
                f"{w.date:%d.%m.%Y}",
                w.guiding_question,
                participants_cell(w),
                str(w.ideas),
                "\n".join(w.top_topics) or "–",
                projects_cell(w),
                progress_cell(w),
                held,
                upcoming,
                str(w.steering_size),
                str(w.mailing_size),
            ]
        )
    return rows


def date_rows(overview: CountyOverview) -> list[list[str]]:
    """The next dates: when, municipality, group, place."""
    return [[local_when(m.starts_at, m.timezone), m.municipality, group_name(m), m.place] for m in overview.next_dates]


def file_rows(overview: CountyOverview, read: str) -> list[list[str]]:
    """Every file: read (``read`` says so), or left out and why."""
    rows = [[w.source, arg(read, w.name)] for w in overview.workshops]
    for o in overview.left_out:
        shown = Path(o.detail).name if o.problem == "duplicate" else ""
        rows.append([o.source, problem_text(o.problem, o.detail, shown)])
    return rows


class TopicsModel(QStandardItemModel):
    """The recurring topics: a row per topic (its words, municipalities, mentions), its mentions below it."""

    def __init__(self, headers: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = list(headers)
        self.setHorizontalHeaderLabels(self.headers)

    def set_topics(self, topics: Sequence[Topic], by_hand: str, found: str) -> None:
        """Show ``topics`` (``by_hand``: a topic corrected by hand, "%1" its name; ``found``: "%1 names")."""
        self.clear()
        self.setHorizontalHeaderLabels(self.headers)
        for topic in topics:
            name = arg(by_hand, topic.label) if topic.edited else topic.label
            row = [_item(name), _item(", ".join(topic.municipalities)), _item(arg(found, len(topic.mentions)))]
            row[0].setData(topic.key, KEY_ROLE)
            row[0].setData("topic", KIND_ROLE)
            for mention in topic.mentions:
                child = [_item(mention.text), _item(mention.municipality), _item(mention_kind(mention))]
                child[0].setData(mention.id, KEY_ROLE)
                child[0].setData("mention", KIND_ROLE)
                row[0].appendRow(child)
            self.appendRow(row)


def _item(text: str) -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    item.setToolTip(text)
    return item
