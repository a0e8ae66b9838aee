"""The ballot editor of a dot vote: per anonymous participant their dots per option, checked against the rules."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.votes import MAX_DOTS, MAX_PARTICIPANTS, Ballot, check_ballot
from ..i18n import arg
from ..messages import problem_text
from ..scroll_into_view import enclosing_scroll_area, has_focus_within
from ..session import WorkshopSession
from ..wheel_guard import guard_box
from . import commands as vote_commands
from .view import RoundView
from .widgets import set_tab_chain


class BallotPanel(QGroupBox):
    """Participant number, dots per option, *Save ballot*; the saved ballots below with *Remove ballot*.

    A ballot that breaks a rule is refused and ``problem`` carries the
    sentence naming the rule; an empty ``problem`` clears an earlier one.
    """

    problem = Signal(str)

    def __init__(self, session: WorkshopSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Ballots"))
        self.session = session
        self.view: RoundView | None = None
        self.editable = False  # the round shown may be changed: open, in a writable file
        self.number = QSpinBox(self)
        self.number.setRange(1, MAX_PARTICIPANTS)
        self.number.setPrefix(self.tr("Participant no. "))
        self.table = QTableWidget(self)
        self.table.setObjectName("ballotTable")
        self.table.setColumnCount(2)
        self.table.setHorizontalHeaderLabels([self.tr("Option"), self.tr("Dots")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(160)
        # Tab goes from one option's dots to the next (the spin boxes), then on to *Save ballot*.
        self.table.setTabKeyNavigation(False)
        self.save_button = QPushButton(self.tr("Save ballot (Ctrl+Enter)"), self)
        self.save_button.setObjectName("saveBallot")
        self.list = QListWidget(self)
        self.list.setObjectName("ballotList")
        self.list.setMaximumHeight(120)
        self.remove_button = QPushButton(self.tr("Remove ballot"), self)
        layout = QVBoxLayout(self)
        for widget in (self.number, self.table, self.save_button, self.list, self.remove_button):
            layout.addWidget(widget)
        self.save_button.clicked.connect(self.save)
        self.remove_button.clicked.connect(self.remove)
        self.list.currentRowChanged.connect(lambda _row: self._load())

    def fill(self, view: RoundView, editable: bool = True) -> None:
        """Show the round's options in the editor and its ballots in the list (to change when ``editable``)."""
        self.view = view
        self.editable = editable
        cells = [self.table.item(r, 0) for r in range(self.table.rowCount())]
        ids = [cell.data(Qt.ItemDataRole.UserRole) for cell in cells if cell is not None]
        if ids != [o.id for o in view.options]:
            self.table.setRowCount(len(view.options))
            for row, option in enumerate(view.options):
                cell = QTableWidgetItem(view.option_text(option))
                cell.setFlags(Qt.ItemFlag.ItemIsEnabled)
                cell.setData(Qt.ItemDataRole.UserRole, option.id)
                self.table.setItem(row, 0, cell)
                spin = QSpinBox(self.table)
                spin.setRange(0, MAX_DOTS)
                guard_box(spin)
                self.table.setCellWidget(row, 1, spin)
            set_tab_chain([self.table, *(self.spin(row) for row in range(self.table.rowCount())), self.save_button])
        self.list.clear()
        for ballot in view.ballots:
            text = arg(self.tr("No. %1: %n dots", "", ballot.total), ballot.number)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, ballot.id)
            self.list.addItem(item)
        for widget in (self.number, self.save_button, self.remove_button):
            widget.setEnabled(editable)
        for row in range(self.table.rowCount()):
            self.spin(row).setEnabled(editable)
        numbers = {b.number for b in view.ballots}
        if self.number.value() in numbers:
            free = 1
            while free in numbers:
                free += 1
            self.number.setValue(free)

    def focus_order(self) -> list[QWidget]:
        """Participant number, the table, *Save ballot*, the list, *Remove ballot* (:meth:`fill` puts each option's
        dots between the table and *Save ballot*)."""
        return [self.number, self.table, self.save_button, self.list, self.remove_button]

    def spin(self, row: int) -> QSpinBox:
        """The dots field of an option in the ballot editor."""
        widget = self.table.cellWidget(row, 1)
        assert isinstance(widget, QSpinBox)
        return widget

    def _load(self) -> None:
        if self.view is None:
            return
        item = self.list.currentItem()
        ballot = next((b for b in self.view.ballots if item and b.id == item.data(Qt.ItemDataRole.UserRole)), None)
        if ballot is None:
            return
        self.number.setValue(ballot.number)
        for row, option in enumerate(self.view.options):
            self.spin(row).setValue(ballot.dots.get(option.id, 0))

    def save(self) -> None:
        """Check the ballot in the editor against the rules and save it; a wrong one is refused saying which rule."""
        if self.view is None or not self.editable:
            return
        number = self.number.value()
        dots = {o.id: self.spin(row).value() for row, o in enumerate(self.view.options)}
        dots = {k: v for k, v in dots.items() if v}
        existing = next((b for b in self.view.ballots if b.number == number), None)
        ballot = Ballot(
            id=existing.id if existing else Ballot().id, round_id=self.view.round.id, number=number, dots=dots
        )
        problem = check_ballot(self.view.round, self.view.options, ballot, self.view.ballots)
        if problem:
            self.problem.emit(arg(self.tr("Ballot refused: %1"), problem_text(problem.code, problem.params)))
            return
        text = arg(self.tr("Ballot no. %1"), str(number))
        if self.session.push(vote_commands.save_ballot(self.session, text, ballot, existing)):
            self.problem.emit("")
            for row in range(self.table.rowCount()):
                self.spin(row).setValue(0)
            self.number.setValue(number + 1)
            self.fill(self.view)
            if has_focus_within(self) and self.table.rowCount():
                self._start_next_ballot()

    def _start_next_ballot(self) -> None:
        """The keyboard on the first option's dots, where the next ballot is typed (not on the last row saved)."""
        first = self.spin(0)
        self.table.setCurrentCell(0, 1)  # the row's number in bold follows the keyboard
        self.table.scrollToTop()
        first.setFocus(Qt.FocusReason.TabFocusReason)
        first.selectAll()
        area = enclosing_scroll_area(self)
        if area is not None:  # the number and the first option on screen: the page may have scrolled on
            area.ensureWidgetVisible(self.number)

    def remove(self) -> None:
        """Remove the selected ballot (undoable)."""
        if self.view is None or not self.editable:
            return
        item = self.list.currentItem()
        ballot = next((b for b in self.view.ballots if item and b.id == item.data(Qt.ItemDataRole.UserRole)), None)
        if ballot is not None:
            self.session.push(vote_commands.remove_ballot(self.session, self.tr("Remove ballot"), ballot))
