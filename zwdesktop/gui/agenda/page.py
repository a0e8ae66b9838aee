"""The agenda: a table of items with planned times, edited in place and by keyboard."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core.schedule import plan_overrun_minutes
from ...core.validation import MAX_ITEM_MINUTES
from ...core.workshop import AgendaItem, Phase
from ...store.changes import Area, Change
from ..actions import ActionCollection, action_buttons
from ..fitted_rows import FittedRows
from ..i18n import arg
from ..model_index import AnyIndex
from ..phases import phase_choices
from ..session import WorkshopSession
from . import commands
from .actions import AgendaAction
from .model import COLUMNS, EDITABLE, AgendaModel


class PhaseDelegate(QStyledItemDelegate):
    """Edits the phase with a drop-down of the translated phase names."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex) -> QWidget:
        """A combo box of phases."""
        box = QComboBox(parent)
        for code, name in phase_choices():
            box.addItem(name, code)
        return box

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        """Select the item's phase."""
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        """Store the chosen phase code."""
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class MinutesDelegate(QStyledItemDelegate):
    """Edits the planned minutes with a spin box in steps of 5."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex) -> QWidget:
        """A spin box from 0 to the longest allowed item."""
        spin = QSpinBox(parent)
        spin.setRange(0, MAX_ITEM_MINUTES)
        spin.setSingleStep(5)
        spin.setSuffix(self.tr(" min"))
        return spin

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        """Show the current minutes."""
        assert isinstance(editor, QSpinBox)
        editor.setValue(int(index.data(Qt.ItemDataRole.EditRole)))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        """Store the minutes."""
        assert isinstance(editor, QSpinBox)
        editor.interpretText()
        model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)


class AgendaPage(QWidget):
    """The agenda table with its buttons, and the planned end against the workshop's end."""

    def __init__(self, session: WorkshopSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = AgendaModel(session, self)
        self.table = QTableView(self)
        self.table.setObjectName("agendaTable")
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(COLUMNS.index("phase"), PhaseDelegate(self.table))
        self.table.setItemDelegateForColumn(COLUMNS.index("planned_minutes"), MinutesDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setAlternatingRowColors(True)
        # Drag rows to reorder; the model turns a drop into an undoable move.
        self.table.setDragEnabled(True)
        self.table.setAcceptDrops(True)
        self.table.setDropIndicatorShown(True)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.model.moved.connect(self.select_row)
        self.table.selectionModel().currentChanged.connect(self._keep_cursor_on_typed_cells)
        self.table.setWordWrap(True)
        # Each row as tall as its longest wrapped text: a method or material of three lines was cut
        # after two with "…", and the moderator planning the day could not read it.
        self.fitted_rows = FittedRows(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COLUMNS.index("title"), QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COLUMNS.index("method"), QHeaderView.ResizeMode.Stretch)
        for column, width in (("start", 60), ("end", 60), ("phase", 170), ("planned_minutes", 80), ("material", 180)):
            self.table.setColumnWidth(COLUMNS.index(column), width)

        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setObjectName("agendaSummary")
        self.summary.setWordWrap(True)
        self.problem_label = QLabel(self)
        self.problem_label.setTextFormat(Qt.TextFormat.PlainText)
        self.problem_label.setObjectName("agendaProblem")
        self.problem_label.setStyleSheet("color: #b00020; font-weight: bold;")
        self.problem_label.hide()
        self.model.problem.connect(self._show_problem)

        ctx = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.page_actions = actions = ActionCollection(self)
        self.add_action = actions.add(
            AgendaAction.ADD,
            self.tr("&Add item"),
            self.add_item,
            "Ins",
            self,
            ctx,
            self.tr("Add an agenda item below the selected one"),
        )
        self.remove_action = actions.add(
            AgendaAction.REMOVE,
            self.tr("&Remove item"),
            self.remove_item,
            "Del",
            self,
            ctx,
            self.tr("Remove the selected agenda item"),
        )
        self.up_action = actions.add(
            AgendaAction.UP,
            self.tr("Move &up"),
            lambda: self.move_item(-1),
            "Ctrl+Up",
            self,
            ctx,
            self.tr("Move the selected item up"),
        )
        self.down_action = actions.add(
            AgendaAction.DOWN,
            self.tr("Move &down"),
            lambda: self.move_item(1),
            "Ctrl+Down",
            self,
            ctx,
            self.tr("Move the selected item down"),
        )

        self.duplicate_action = actions.add(
            AgendaAction.DUPLICATE,
            self.tr("D&uplicate"),
            self.duplicate_item,
            "Ctrl+D",
            self,
            ctx,
            self.tr("Insert a copy of the selected item below it"),
        )
        self.split_action = actions.add(
            AgendaAction.SPLIT,
            self.tr("&Split in two"),
            self.split_item,
            "Ctrl+T",
            self,
            ctx,
            self.tr("Split the selected item into two halves"),
        )
        self.longer_action = actions.add(
            AgendaAction.LONGER,
            self.tr("+5 min"),
            lambda: self.change_minutes(5),
            "+",
            self,
            ctx,
            self.tr("Make the selected item 5 minutes longer"),
        )
        self.shorter_action = actions.add(
            AgendaAction.SHORTER,
            self.tr("−5 min"),
            lambda: self.change_minutes(-5),
            "-",
            self,
            ctx,
            self.tr("Make the selected item 5 minutes shorter"),
        )

        self.edit_actions = [
            self.add_action,
            self.remove_action,
            self.up_action,
            self.down_action,
            self.duplicate_action,
            self.split_action,
            self.longer_action,
            self.shorter_action,
        ]
        buttons = action_buttons(self, self.edit_actions)

        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        # Tab in reading order: the buttons above, then the table (which was made before them).
        last = buttons.itemAt(buttons.count() - 1)
        last_button = last.widget() if last is not None else None
        if last_button is not None:
            QWidget.setTabOrder(last_button, self.table)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.summary)

        session.changed.connect(self._on_changed)
        self._refresh_summary()
        if session.read_only:
            for action in self.edit_actions:
                action.setEnabled(False)
        if self.model.rowCount():
            self.table.selectRow(0)

    def focus_target(self) -> QWidget:
        """Where the keyboard goes when the section is chosen: the agenda table."""
        return self.table

    # ---- summary -------------------------------------------------------

    def _on_changed(self, change: Change) -> None:
        if change.touches(Area.AGENDA, Area.WORKSHOP):
            self._refresh_summary()

    def _refresh_summary(self) -> None:
        workshop = self.session.store.workshop()
        total = sum(item.planned_minutes for item in self.model.items)
        planned_end = self.model.end_time()
        text = arg(
            self.tr("%n items, %1 minutes in all (%2 h %3 min).", "", len(self.model.items)),
            str(total),
            str(total // 60),
            f"{total % 60:02d}",
        )
        if planned_end is not None:
            over = plan_overrun_minutes(workshop, self.model.items)
            text += " " + arg(
                self.tr("The agenda ends at %1; the workshop is planned to end at %2."),
                planned_end.strftime("%H:%M"),
                workshop.end_time.strftime("%H:%M"),
            )
            if over > 0:
                text += " " + arg(self.tr("The plan runs %1 min past the end!"), str(over))
                self.summary.setStyleSheet("color: #b00020; font-weight: bold;")
            else:
                self.summary.setStyleSheet("")
        self.summary.setText(text)

    def _show_problem(self, message: str) -> None:
        self.problem_label.setText(message)
        self.problem_label.setVisible(bool(message))

    # ---- editing -------------------------------------------------------

    def current_row(self) -> int:
        """The selected row (-1 when none)."""
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def _keep_cursor_on_typed_cells(self, current: QModelIndex, _previous: QModelIndex) -> None:
        """The start and end are worked out, not typed: the cursor goes to the row's title instead.

        Otherwise the first key on the page (the table starts at the first cell), Home or a click on a
        time left the cursor where F2 and typing do nothing.
        """
        if current.isValid() and COLUMNS[current.column()] not in EDITABLE:
            self.table.setCurrentIndex(self.model.index(current.row(), COLUMNS.index("title")))

    def select_row(self, row: int) -> None:
        """Select and show a row."""
        if 0 <= row < self.model.rowCount():
            self.table.selectRow(row)  # the cursor goes on to the title (_keep_cursor_on_typed_cells)

    def add_item(self) -> None:
        """Insert a new item below the selection and start editing its title."""
        row = self.current_row()
        index = row + 1 if row >= 0 else self.model.rowCount()
        item = AgendaItem(title=self.tr("New agenda item"), phase=Phase.OTHER.value, planned_minutes=15)
        if self.session.push(commands.insert_agenda_item(self.session, self.tr("Add agenda item"), item, index)):
            self.select_row(index)
            self.table.edit(self.model.index(index, COLUMNS.index("title")))

    def remove_item(self) -> None:
        """Remove the selected item (undoable)."""
        row = self.current_row()
        item = self.model.item_at(row)
        if item is None:
            return
        text = arg(self.tr("Remove “%1”"), item.title)
        if self.session.push(commands.remove_agenda_item(self.session, text, item, row)):
            self.select_row(min(row, self.model.rowCount() - 1))

    def move_item(self, step: int) -> None:
        """Move the selected item up (-1) or down (+1)."""
        row = self.current_row()
        item = self.model.item_at(row)
        target = row + step
        if item is None or not 0 <= target < self.model.rowCount():
            return
        text = arg(self.tr("Move “%1”"), item.title)
        if self.session.push(commands.move_agenda_item(self.session, text, item.id, row, target)):
            self.select_row(target)

    def duplicate_item(self) -> None:
        """Insert a copy of the selected item below it."""
        row = self.current_row()
        item = self.model.item_at(row)
        if item is None:
            return
        copy = AgendaItem(
            title=item.title,
            phase=item.phase,
            planned_minutes=item.planned_minutes,
            method=item.method,
            material=item.material,
        )
        text = arg(self.tr("Duplicate “%1”"), item.title)
        if self.session.push(commands.insert_agenda_item(self.session, text, copy, row + 1)):
            self.select_row(row + 1)

    def split_item(self) -> None:
        """Split the selected item into two parts (the first gets the larger half of the minutes)."""
        row = self.current_row()
        item = self.model.item_at(row)
        if item is None or item.planned_minutes < 2:
            return
        first = (item.planned_minutes + 1) // 2
        second = AgendaItem(
            title=arg(self.tr("%1 (part 2)"), item.title),
            phase=item.phase,
            planned_minutes=item.planned_minutes - first,
            method=item.method,
            material=item.material,
        )
        text = arg(self.tr("Split “%1”"), item.title)
        if self.session.push(commands.split_agenda_item(self.session, text, item, first, second, row + 1)):
            self.select_row(row)

    def change_minutes(self, delta: int) -> None:
        """Make the selected item ``delta`` minutes longer or shorter (not below 0)."""
        row = self.current_row()
        item = self.model.item_at(row)
        if item is None:
            return
        new = max(0, min(MAX_ITEM_MINUTES, item.planned_minutes + delta))
        if new == item.planned_minutes:
            return
        text = arg(self.tr("Change the length of “%1”"), item.title)
        if self.session.push(
            commands.set_agenda_minutes(self.session, text, {item.id: item.planned_minutes}, {item.id: new})
        ):
            self.select_row(row)
