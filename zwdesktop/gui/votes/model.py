"""The options of one round as a table: text, dots (typed from the board), rank; edits become undo commands."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, Signal

from ...core.validation import clean_text
from ...core.votes import MOOD_SCALE, TIED, Entry, check_option_label, check_tally
from ...store import StoreError
from ...store.changes import Area, Change
from ..i18n import arg
from ..messages import problem_text
from ..model_index import AnyIndex
from ..session import WorkshopSession
from . import commands as vote_commands
from .chart import face_icon
from .view import RoundView, load_round

LABEL, DOTS, RANK = range(3)


class VoteOptionsModel(QAbstractTableModel):
    """Rows are the options of the chosen round in order."""

    problem = Signal(str)  # a refused edit's reason, for the page to show

    OptionIdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, session: WorkshopSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.votes = session.store.votes
        self.round_id = ""
        self.view: RoundView | None = None
        session.changed.connect(self._on_changed)

    def set_round(self, round_id: str) -> None:
        """Show the options of this round ("" for none)."""
        self.beginResetModel()
        self.round_id = round_id
        self._load()
        self.endResetModel()

    def _load(self) -> None:
        self.view = None
        if self.round_id:
            try:
                self.view = load_round(self.votes, self.round_id)
            except StoreError:
                self.round_id = ""

    def _on_changed(self, change: Change) -> None:
        if not change.touches(Area.VOTES):
            return
        old = [o.id for o in self.view.options] if self.view else []
        self._load()
        new = [o.id for o in self.view.options] if self.view else []
        if old != new:
            self.beginResetModel()
            self.endResetModel()
        elif new:
            self.dataChanged.emit(self.index(0, 0), self.index(len(new) - 1, RANK))

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """One row per option."""
        return 0 if parent.isValid() or self.view is None else len(self.view.options)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Text, dots, rank."""
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Option"), self.tr("Dots"), self.tr("Rank"))[section]
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        """While the round is open: text editable; dots when they are typed from the board (not summed from
        ballots). A closed round shows its results as they are (reopened, it can be corrected)."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.view is None or self.session.read_only or self.view.closed:
            return base
        label = index.column() == LABEL and not self.view.round.is_mood  # a Blitzlicht's scale is fixed
        if label or (index.column() == DOTS and self.view.round.entry == Entry.TALLIES.value):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """What each cell shows."""
        if not index.isValid() or self.view is None or not 0 <= index.row() < len(self.view.options):
            return None
        option = self.view.options[index.row()]
        ranking = {r.option_id: r for r in self.view.outcome.ranking}
        column = index.column()
        if role == self.OptionIdRole:
            return option.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == LABEL:
                return option.label if role == Qt.ItemDataRole.EditRole else self.view.option_text(option)
            if column == DOTS:
                return self.view.counts.get(option.id, 0)
            if column == RANK and not self.view.round.is_mood:
                entry = ranking.get(option.id)
                if entry is None or self.view.outcome.no_dots:  # no dots, no places
                    return None
                return f"{entry.rank} =" if entry.standing == TIED else str(entry.rank)
        if (
            role == Qt.ItemDataRole.DecorationRole
            and column == LABEL
            and option.label in MOOD_SCALE
            and self.view.round.is_mood
        ):
            return face_icon(MOOD_SCALE.index(option.label))
        if role == Qt.ItemDataRole.TextAlignmentRole and column != LABEL:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == RANK:
            entry = ranking.get(option.id)
            if entry is not None and entry.standing == TIED:
                return self.tr("In a tie at the cut-off line")
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Turn an edit into an undoable command; a refused value is reported through ``problem``."""
        if role != Qt.ItemDataRole.EditRole or self.view is None or not index.isValid():
            return False
        option = self.view.options[index.row()]
        if index.column() == LABEL:
            text = " ".join(clean_text(str(value)).split())
            if text == option.label:
                return False
            problem = check_option_label(text)
            if problem:
                self.problem.emit(problem_text(problem.code, problem.params))
                return False
            command = vote_commands.rename_option(
                self.session, self.tr("Change option text"), option.id, option.label, text
            )
        elif index.column() == DOTS:
            try:
                number = int(str(value).strip())
            except ValueError:
                self.problem.emit(self.tr("Please type a whole number of dots."))
                return False
            problem = check_tally(number)
            if problem:
                self.problem.emit(problem_text(problem.code, problem.params))
                return False
            if number == option.tally:
                return True
            command = vote_commands.set_tallies(
                self.session, arg(self.tr("Dots for %1"), option.label), {option.id: option.tally}, {option.id: number}
            )
        else:
            return False
        ok = self.session.push(command)
        if ok:
            self.problem.emit("")
        return ok

    def option_id(self, row: int) -> str:
        """The id of the option in ``row``."""
        return self.view.options[row].id if self.view and 0 <= row < len(self.view.options) else ""
