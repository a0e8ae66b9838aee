"""The options of a round and their dots: the tally table (digits + Enter), + / −, adding and removing options, the sum."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QIntValidator, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core.votes import MAX_TALLY, Entry, plausibility
from ..messages import problem_text
from ..placeholder_width import keep_placeholder_whole
from .model import DOTS, LABEL, RANK, VoteOptionsModel
from .texts import VoteTexts, join_sentences
from .view import RoundView
from .widgets import MessageLine

WARNING_STYLE = "color: #b00020; font-weight: bold;"


class TallyDelegate(QStyledItemDelegate):
    """Edits a tally as digits; Enter stores it and moves to the next option, ready for the next number."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self.view = view

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:
        """A line edit that takes digits only."""
        editor = QLineEdit(parent)
        editor.setValidator(QIntValidator(0, MAX_TALLY, editor))
        editor.setAlignment(Qt.AlignmentFlag.AlignRight)
        return editor

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        """Enter: commit, close and go to the next row (the next number can be typed at once)."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and isinstance(editor, QLineEdit)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            row = self.view.currentIndex().row()
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            model = self.view.model()
            if row + 1 < model.rowCount():
                self.view.setCurrentIndex(model.index(row + 1, DOTS))
            self.view.setFocus()
            return True
        return super().eventFilter(editor, event)


class OptionsBox(QGroupBox):
    """The options table with their dots and rank; below it + / −, a field for a new option, and the sum."""

    def __init__(self, model: VoteOptionsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Options and dots"))
        self.model = model
        self.table = QTableView(self)
        self.table.setObjectName("tallyTable")
        self.table.setModel(model)
        self.table.setItemDelegateForColumn(DOTS, TallyDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        # Tab leaves the table for the next field (digits + Enter walk the options; the arrows move too).
        self.table.setTabKeyNavigation(False)
        self.table.installEventFilter(self)  # a digit typed on an option's text is its dots
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(LABEL, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(DOTS, 70)
        self.table.setColumnWidth(RANK, 60)
        self.table.setMinimumHeight(220)
        self.plus_button = QPushButton("+", self)
        self.plus_button.setObjectName("plusDot")
        self.plus_button.setToolTip(self.tr("One dot more (+)"))
        self.minus_button = QPushButton("−", self)
        self.minus_button.setObjectName("minusDot")
        self.minus_button.setToolTip(self.tr("One dot less (−)"))
        self.option_edit = QLineEdit(self)
        self.option_edit.setObjectName("newOption")
        self.option_edit.setPlaceholderText(self.tr("Type an option and press Enter"))
        keep_placeholder_whole(self.option_edit)
        self.pick_button = QPushButton(self.tr("From ideas/clusters…"), self)
        self.remove_option_button = QPushButton(self.tr("Remove option"), self)
        self.sum_label = MessageLine(self, "dotSum")
        row = QHBoxLayout()
        for widget in (self.plus_button, self.minus_button):
            # One sign each: twice as wide as high, not the style's 80 pixels, so that the hint of the field fits.
            widget.setMaximumWidth(2 * widget.sizeHint().height())
            row.addWidget(widget)
        row.addWidget(self.option_edit, 1)
        row.addWidget(self.pick_button)
        row.addWidget(self.remove_option_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addWidget(self.sum_label)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A digit typed while the cursor is on an option's text goes to its dots, not into the text.

        The table starts at its first cell, the text: tabbing in and typing "7", Enter replaced the
        option's text with "7". Letters (and F2) still edit the text.
        """
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.text().isdigit()
            and self.table.currentIndex().column() == LABEL
            and self.table.state() != QAbstractItemView.State.EditingState
        ):
            dots = self.model.index(self.table.currentIndex().row(), DOTS)
            if dots.flags() & Qt.ItemFlag.ItemIsEditable:
                self.table.setCurrentIndex(dots)
        return super().eventFilter(watched, event)

    def focus_order(self) -> list[QWidget]:
        """The table, then the row below it, in reading order."""
        return [
            self.table,
            self.plus_button,
            self.minus_button,
            self.option_edit,
            self.pick_button,
            self.remove_option_button,
        ]

    def fill(self, view: RoundView, writable: bool) -> None:
        """Show what can be done with this round's options, and the sum of its dots."""
        mood = view.round.is_mood
        for widget in (self.option_edit, self.pick_button, self.remove_option_button):
            widget.setVisible(not mood)
            widget.setEnabled(writable)  # read-only: no option to add or remove
        tallies = view.round.entry == Entry.TALLIES.value
        self.plus_button.setEnabled(writable and tallies)
        self.minus_button.setEnabled(writable and tallies)
        round_ = view.round
        text = VoteTexts().dot_sum(sum(view.counts.values()), round_)
        warning = plausibility(round_, view.counts)
        if warning is not None:
            params = dict(warning.params)
            if "option_id" in params:
                params["option"] = view.label(str(params["option_id"]))
            text = join_sentences(text, problem_text(warning.code, params))
        self.sum_label.setStyleSheet(WARNING_STYLE if warning is not None else "")
        self.sum_label.setText(text)
